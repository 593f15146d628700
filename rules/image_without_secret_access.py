"""A container reads a secret whose `allow-image-access` does not allow the container's image.

## What it does
Finds the containers (and init containers) that consume each declared secret, and checks
their `image` against the secret's `allow-image-access` patterns:

- a `vault-secret` volume is consumed by the containers that mount it;
- a variable with `value-from-vault-secret` is consumed by the containers that use it (in
  `env`, `cmd`, `entrypoint`, probes, ...) or that mount a `config-map` whose `data` uses it.

Patterns are matched like shell wildcards (`*` matches anything, `/` included; `?` one
character). Avassa documents only `"*"` (any image), so an image counts as allowed when any
spelling of it matches: as written, with the default registry in front of a host-less image,
without its registry host, and with the implicit `:latest` tag. A secret with no
`allow-image-access` at all is reported too: the platform then allows no image. Secrets known
only from `external.secrets`, secrets read `from-tenant`, and names that depend on
variables are not checked.

## Why is this bad?
Strongbox hands a secret only to the images that its `allow-image-access` allows (Avassa's
[secrets how-to](https://docs.avassa.io/how-to/secrets) writes `"*"` to let every image read a
secret; the application specification's `vault-secret` notes say the same), so the variable
cannot be set or the volume cannot be mounted, and the service cannot start as written. The
severity is therefore error. The pattern language beyond `"*"` is not documented, so this rule
reads patterns generously (every spelling above) before it reports an image.

When the image's registry host is itself a near miss of a declared remote registry
(`undeclared-registry`, IMG001, reports it with "did you mean"), the hint asks to fix the image
rather than to add the mistyped image to `allow-image-access`.

## Example
```yaml
# applications/web.yaml
name: web
version: "1.0"
services:
  - name: web
    mode: replicated
    replicas: 1
    variables:
      - name: API_KEY
        value-from-vault-secret:
          vault: web
          secret: payment
          key: api-key
    containers:
      - name: app
        image: registry.example.com/web/app:1.0
        env:
          API_KEY: ${API_KEY}
---
# strongbox/vaults/web.yaml
name: web
distribute:
  to: all
---
# strongbox/vaults/web/secrets/payment.yaml
name: payment
data:
  api-key: change-me-not-a-real-api-key
allow-image-access:
  - "registry.example.com/payments/*"
---
# image-registry/remote-registries/registry.yaml
address: registry.example.com
```

## Use instead
```yaml
# applications/web.yaml
name: web
version: "1.0"
services:
  - name: web
    mode: replicated
    replicas: 1
    variables:
      - name: API_KEY
        value-from-vault-secret:
          vault: web
          secret: payment
          key: api-key
    containers:
      - name: app
        image: registry.example.com/web/app:1.0
        env:
          API_KEY: ${API_KEY}
---
# strongbox/vaults/web.yaml
name: web
distribute:
  to: all
---
# strongbox/vaults/web/secrets/payment.yaml
name: payment
data:
  api-key: change-me-not-a-real-api-key
allow-image-access:
  - "registry.example.com/payments/*"
  - "registry.example.com/web/app:*"
---
# image-registry/remote-registries/registry.yaml
address: registry.example.com
```
"""
from collections.abc import Iterator

from avassa_lint.model.image_ref import ImageRef, parse_image
from avassa_lint.views.images import mistyped_registry
from avassa_lint.model.project import Project
from avassa_lint.text.quoting import quote as q
from avassa_lint.core.rule import Finding, Related, rule
from avassa_lint.views.image_access import image_allowed, suggested_pattern
from avassa_lint.views.secret_consumers import consumers
from avassa_lint.views.secret_lookup import FOUND, MISSING_KEY, lookup, secret_label

_SHOWN = 3


def _patterns_text(patterns: list[str]) -> str:
    shown = ", ".join(q(p) for p in patterns[:_SHOWN])
    if len(patterns) > _SHOWN:
        shown += f" and {len(patterns) - _SHOWN} more"
    return shown


def _hint(project: Project, image: str, label: str, has_list: bool, patterns: list[str],
          default: str | None) -> str:
    fixed = _fixed_image(project, image)
    if fixed is not None:
        # never suggest allowing the mistyped image: that would carry the typo into the secret
        fix = f"fix the image to {q(fixed)} (its registry host looks mistyped, see undeclared-registry)"
        if has_list and image_allowed(fixed, patterns, default):
            return f"{fix}; allow-image-access of {label} already matches it"
        return f"{fix}, then add {q(suggested_pattern(fixed))} to allow-image-access of {label}"
    if has_list:
        return f"add {q(suggested_pattern(image))} to allow-image-access of {label}"
    return f"give {label} an allow-image-access list with {q(suggested_pattern(image))}"


def _fixed_image(project: Project, image: str) -> str | None:
    """The image with its registry host corrected, when that host is a near miss of a declared
    remote registry (what undeclared-registry suggests), else None."""
    ref = parse_image(image)
    if not isinstance(ref, ImageRef) or ref.registry is None:
        return None
    meant = mistyped_registry(project, ref.registry)
    return meant + image[len(ref.registry):] if meant is not None else None


@rule(code="SEC005", name="image-without-secret-access", severity="error")
def check(project: Project) -> Iterator[Finding]:
    default = project.default_registry.value if project.default_registry is not None else None
    seen: set[tuple[int, str, str]] = set()
    for ref in project.secret_refs:
        if ref.via not in ("variable", "volume"):
            continue
        found = lookup(project, ref)
        if found.status not in (FOUND, MISSING_KEY) or not found.secrets or found.secret is None:
            continue
        if any(s.writes_allow_image_access and s.allow_image_access is None for s in found.secrets):
            continue  # not a list: the schema reports it
        lists = [s.allow_image_access for s in found.secrets if s.allow_image_access is not None]
        patterns = [p for found_list in lists for p in found_list]
        first = found.secrets[0]
        label = secret_label(found.vault, found.secret)
        access_span = (first.node.key_span("allow-image-access")
                       or (first.name.span if first.name is not None else first.node.span))
        for consumer in consumers(ref):
            container = consumer.container
            image = container.image
            if image is None or "${" in image.value:
                continue
            key = (id(container), found.vault or "", found.secret)
            if key in seen:
                continue
            if lists and image_allowed(image.value, [p.value for p in patterns], default):
                continue
            seen.add(key)
            if not lists:
                message = (f"image {q(image.value)} of {container.where} reads {label}, "
                           f"which has no allow-image-access, so no image may read it")
                related_text = f"{label} declared here"
            elif not patterns:
                message = (f"image {q(image.value)} of {container.where} reads {label}, "
                           f"whose allow-image-access is empty, so no image may read it")
                related_text = f"allow-image-access of {label}"
            else:
                message = (f"image {q(image.value)} of {container.where} reads {label}, whose "
                           f"allow-image-access ({_patterns_text([p.value for p in patterns])}) does not match it")
                related_text = f"allow-image-access of {label}"
            yield Finding.at(
                image,
                message=message,
                hint=_hint(project, image.value, label, bool(lists), [p.value for p in patterns], default),
                related=(Related(consumer.span, consumer.how),
                         Related(access_span, related_text)),
            )
