"""Images are pushed to the Control Tower registry, but no declared policy grants pushing.

## What it does
When the configuration says that images are pushed to the Control Tower registry (the
`pushed-images` or `control-tower-registry` option of `image-without-registry`, IMG003) and a
container uses such an image, and the project declares its policies (`policy/policies/`), this
note says so when none of them grants the push. A policy counts as granting it when:

- its name is one of the `policies` option (default `["registry-push"]`, the name the token
  how-to gives the policy it mints push tokens from), or
- its `capabilities` allow `all`, or allow the capability named by the `capability` option.

The name of the capability that grants `docker push` to the Control Tower registry is not in
the public material (API reference, how-tos), so `capability` has no default: set it to the
name your Control Tower uses, e.g. `rules: {missing-push-policy: {capability: NAME}}`.

## Why is this bad?
Images that Control Tower does not pull from a remote registry must have been pushed to its
registry before an application using them can be scheduled
([registry how-to](https://docs.avassa.io/how-to/registry)); the pipeline pushes them with a
token minted from a policy (`supctl do strongbox token create-token --policies registry-push`,
[token how-to](https://docs.avassa.dev/how-to/token-auth)). With no policy that grants it, the
push fails and so does the deployment. The policy may be managed outside the repository and the
capability's name is not documented, so this is a note (info).

## Example
```yaml
# .avassa-lint.yaml
rules:
  image-without-registry:
    pushed-images: ["kiosk/*"]
---
# applications/kiosk.yaml
name: kiosk
version: "1.0"
services:
  - name: ui
    mode: replicated
    replicas: 1
    containers:
      - name: ui
        image: kiosk/ui:2.3.0
---
# policy/policies/kiosk-ops.yaml
name: kiosk-ops
rest-api:
  rules:
    - path: /v1/state/applications/kiosk/**
      operations:
        read: allow
---
# image-registry/settings.yaml
default-remote-registry: registry.example.com
```

## Use instead
```yaml
# .avassa-lint.yaml
rules:
  image-without-registry:
    pushed-images: ["kiosk/*"]
---
# applications/kiosk.yaml
name: kiosk
version: "1.0"
services:
  - name: ui
    mode: replicated
    replicas: 1
    containers:
      - name: ui
        image: kiosk/ui:2.3.0
---
# policy/policies/kiosk-ops.yaml
name: kiosk-ops
rest-api:
  rules:
    - path: /v1/state/applications/kiosk/**
      operations:
        read: allow
---
# policy/policies/registry-push.yaml
name: registry-push
capabilities:
  all: allow
---
# image-registry/settings.yaml
default-remote-registry: registry.example.com
```
"""
import fnmatch
from collections.abc import Iterator
from dataclasses import dataclass

from avassa_lint.views.images import CONTROL_TOWER_OPTION_RULES, control_tower_registry, image_uses, patterns
from avassa_lint.model.project import Policy, Project
from avassa_lint.text.quoting import quote as q
from avassa_lint.core.rule import Finding, Related, rule


@dataclass(frozen=True)
class MissingPushPolicyOptions:
    policies: tuple[str, ...] = ("registry-push",)
    capability: str | None = None


@rule(code="SEC020", name="missing-push-policy", severity="info", options=MissingPushPolicyOptions)
def check(project: Project, options: MissingPushPolicyOptions) -> Iterator[Finding]:
    if not project.has_policies:
        return
    pushed = _pushed_patterns(project)
    host = control_tower_registry(project)
    if not pushed and host is None:
        return
    policies = [p for found in project.policies.values() for p in found]
    if any(_grants_push(p, options) for p in policies):
        return
    for use in image_uses(project):
        ref = use.ref
        if ref is None:
            continue
        on_host = host is not None and ref.registry is not None and ref.registry.lower() == host.lower()
        listed = ref.registry is None and any(fnmatch.fnmatchcase(ref.raw, p) or fnmatch.fnmatchcase(ref.repository, p)
                                              for p in pushed)
        if not (on_host or listed):
            continue
        names = ", ".join(q(n) for n in patterns(options.policies)) or "none"
        first = policies[0]
        yield Finding(
            span=use.image.span,
            message=f"image {q(use.image.value)} of {use.container.where} is pushed to the Control Tower "
                    "registry, but no declared policy grants pushing",
            hint=f"declare the policy the push token is minted from (named {names} by the option policies), "
                 "or name its capability with the option capability of missing-push-policy",
            related=(Related(first.name.span if first.name is not None else first.node.span,
                             "the first of the declared policies"),),
            yaml_path=use.container.node.yaml_path + "/image",
        )
        return  # once per run: the policy is missing, not each image's


def _pushed_patterns(project: Project) -> tuple[str, ...]:
    for key in CONTROL_TOWER_OPTION_RULES:
        options = project.config.rules.get(key)
        if isinstance(options, dict):
            found = options.get("pushed-images", options.get("pushed_images"))
            if found:
                return patterns(found)
    return ()


def _grants_push(policy: Policy, options: MissingPushPolicyOptions) -> bool:
    if policy.name is not None and policy.name.value in patterns(options.policies):
        return True
    return policy.allows("all") if options.capability is None else policy.allows(options.capability)
