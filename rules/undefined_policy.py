"""An approle or JWT role gives its tokens a policy that the project does not declare.

## What it does
Checks that every entry of `token-policies` of an approle
(`strongbox/authentication/approles/`) or of a JWT role
(`strongbox/authentication/jwt/METHOD/roles/`) is the `name` of a policy the project declares
(`supctl create policy policies`, kept in `policy/policies/`). A project that
declares no policy at all is not checked: the policies then live elsewhere, and
`unchecked-references` (LNT005) says so once. A file that failed to load may hold the policy,
so nothing is reported while such a file exists where policies are kept.

## Why is this bad?
A token is allowed what its policies allow, and nothing by default
([policies](https://avassa-api.redoc.ly/tag/Policy)). A policy name that matches no policy adds
no permission, so the application that logs in with the approle (or the CI job with the JWT
role) is refused the calls it was meant to make, typically with 403 Forbidden. Whether Control
Tower refuses such an approle when it is created is not documented, and a policy may be
defined by the tenant outside this repository, so the severity is warning.

## Example
```yaml
# strongbox/authentication/approles/telemetry-collector.yaml
name: telemetry-collector
token-policies:
  - telemetry-reader
---
# policy/policies/telemetry-read.yaml
name: telemetry-read
volga:
  topics:
    - name: telemetry
      operations:
        consume: allow
```

## Use instead
```yaml
# strongbox/authentication/approles/telemetry-collector.yaml
name: telemetry-collector
token-policies:
  - telemetry-read
---
# policy/policies/telemetry-read.yaml
name: telemetry-read
volga:
  topics:
    - name: telemetry
      operations:
        consume: allow
```
"""
from collections.abc import Iterator

from avassa_lint.loading.classify import POLICY, path_hint
from avassa_lint.model.project import Approle, Project
from avassa_lint.text.quoting import clean, quote as q
from avassa_lint.text.suggest import Suggester, phrase
from avassa_lint.core.rule import Finding, Related, rule
from avassa_lint.views.secret_hints import only_close, rename_fix


@rule(code="SEC013", name="undefined-policy", severity="warning",
      fix="unsafe: renames the policy to the one close declared policy")
def check(project: Project) -> Iterator[Finding]:
    if not project.has_policies or _may_be_hidden(project):
        return
    suggester = Suggester(project.policies)
    for holder in project.token_policy_holders():
        noun = "approle" if isinstance(holder, Approle) else "JWT role"
        owner = f"{noun} {q(holder.name.value)}" if holder.name is not None else noun
        for located in holder.token_policies:
            policy = located.value
            if policy in project.policies:
                continue
            close_name = suggester.suggest(policy)
            hint = phrase(close_name)
            related: tuple[Related, ...] = ()
            if hint is not None:
                close = project.policies.get(close_name, [])
                if close and close[0].name is not None:
                    related = (Related(close[0].name.span, f"policy {q(close[0].name.value)} declared here"),)
            else:
                hint = f"declare it in policy/policies/{clean(policy, 80)}.yaml (supctl create policy policies)"
            fix = (rename_fix(located, close_name)
                   if close_name is not None and only_close(policy, project.policies, close_name) else None)
            yield Finding(
                span=located.span,
                message=f"{owner} gives its tokens policy {q(policy)}, which is not declared",
                hint=hint,
                related=related,
                yaml_path="token-policies",
                fix=fix,
            )


def _may_be_hidden(project: Project) -> bool:
    """A file that failed to load and may hold policies."""
    for path in project.unreadable_paths:
        hint = path_hint(path)
        if hint is None or hint.kind == POLICY:
            return True
    return False
