"""A JWT role is created under a JWT authentication method that the project does not declare.

## What it does
Checks that the method a JWT role belongs to (the `METHOD` of
`strongbox/authentication/jwt/METHOD/roles/`, or of
`supctl create strongbox authentication jwt METHOD roles`) is the `name` of a JWT
authentication method the project declares (kept in `strongbox/authentication/jwt/`). A project
that declares no method at all is not checked, and `unchecked-references` (LNT005) says so once.

## Why is this bad?
A role is an entry of its method's `roles` list
([JWT authentication](https://avassa-api.redoc.ly/tag/JWT-Authentication)); it cannot be created
under a method that does not exist, and a CI job that logs in through it is refused. When the
project declares its methods, a name that matches none of them is nearly always a typo or a
misplaced file, so the severity is error.

## Example
```yaml
# strongbox/authentication/jwt/gitlab.yaml
name: gitlab
discovery-url: https://gitlab.example.com
issuer: https://gitlab.example.com
---
# strongbox/authentication/jwt/gitlab-ci/roles/deploy.yaml
name: deploy
bound-audiences:
  - https://api.control-tower.example.com
user-claim: user_email
```

## Use instead
```yaml
# strongbox/authentication/jwt/gitlab.yaml
name: gitlab
discovery-url: https://gitlab.example.com
issuer: https://gitlab.example.com
---
# strongbox/authentication/jwt/gitlab/roles/deploy.yaml
name: deploy
bound-audiences:
  - https://api.control-tower.example.com
user-claim: user_email
```
"""
from collections.abc import Iterator

from avassa_lint.loading.classify import JWT_AUTH, path_hint
from avassa_lint.model.project import Project
from avassa_lint.text.quoting import clean, quote as q
from avassa_lint.text.suggest import Suggester, phrase
from avassa_lint.core.rule import Finding, Related, rule


@rule(code="SEC021", name="undefined-jwt-method", severity="error")
def check(project: Project) -> Iterator[Finding]:
    if not project.jwt_auths or _may_be_hidden(project):
        return
    methods = {m.name.value: m for m in project.jwt_auths if m.name is not None}
    suggester = Suggester(methods)
    for role in project.jwt_roles:
        method = role.method
        if method is None or method in methods or "${" in method:
            continue
        close_name = suggester.suggest(method)
        hint = phrase(close_name)
        related: tuple[Related, ...] = ()
        if hint is not None:
            close = methods.get(close_name)
            if close is not None and close.name is not None:
                related = (Related(close.name.span, f"JWT method {q(close.name.value)} declared here"),)
        else:
            hint = f"declare it in strongbox/authentication/jwt/{clean(method, 80)}.yaml, or move the role"
        name = f"JWT role {q(role.name.value)}" if role.name is not None else "a JWT role"
        yield Finding(
            span=role.name.span if role.name is not None else role.node.span,
            message=f"{name} is created under JWT method {q(method)} (its path or supctl command), "
                    "which is not declared",
            hint=hint,
            related=related,
            yaml_path="name",
        )


def _may_be_hidden(project: Project) -> bool:
    """A method without a name, or a file that failed to load and may hold methods."""
    if any(m.name is None for m in project.jwt_auths):
        return True
    for path in project.unreadable_paths:
        hint = path_hint(path)
        if hint is None or hint.kind == JWT_AUTH:
            return True
    return False
