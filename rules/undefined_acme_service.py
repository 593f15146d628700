"""A secret's `auto-acme-cert`, or a static request, belongs to an ACME service that the project does not declare.

## What it does
Checks that `auto-acme-cert.acme-service` of every Strongbox secret, and the service a static
request is created under (the `SERVICE` of `strongbox/acme-services/SERVICE/static-requests/`
or of `supctl create strongbox acme-services SERVICE static-requests`), is the `name` of an ACME
service the project declares (`supctl create strongbox acme-services`, kept in
`strongbox/acme-services/`). A project that declares no ACME service at all is not checked, and
`unchecked-references` (LNT005) says so once.

## Why is this bad?
Strongbox asks that service for the secret's certificate
([ACME](https://avassa-api.redoc.ly/tag/ACME)); with no such service no certificate is ever
issued, and the application that mounts the secret gets none. A static request is created in
the list of its service, which must exist. When the project declares its ACME services, a name
that matches none of them is nearly always a typo (`letsencrypt` for `letsencrypt-prod`), so the
severity is error.

## Example
```yaml
# strongbox/vaults/certs/secrets/web-tls.yaml
name: web-tls
auto-acme-cert:
  acme-service: letsencrypt
  names:
    - www.example.com
allow-image-access:
  - "*"
---
# strongbox/acme-services/letsencrypt-prod.yaml
name: letsencrypt-prod
contact-email: admin@example.com
directory-url: https://acme-v02.api.letsencrypt.org/directory
---
# strongbox/vaults/certs.yaml
name: certs
distribute:
  to: all
```

## Use instead
```yaml
# strongbox/vaults/certs/secrets/web-tls.yaml
name: web-tls
auto-acme-cert:
  acme-service: letsencrypt-prod
  names:
    - www.example.com
allow-image-access:
  - "*"
---
# strongbox/acme-services/letsencrypt-prod.yaml
name: letsencrypt-prod
contact-email: admin@example.com
directory-url: https://acme-v02.api.letsencrypt.org/directory
---
# strongbox/vaults/certs.yaml
name: certs
distribute:
  to: all
```
"""
from collections.abc import Iterator

from avassa_lint.loading.classify import ACME_SERVICE, path_hint
from avassa_lint.model.project import Project
from avassa_lint.text.quoting import clean, quote as q
from avassa_lint.text.suggest import Suggester, phrase
from avassa_lint.core.rule import Finding, Related, rule
from avassa_lint.views.secret_lookup import secret_label


@rule(code="SEC015", name="undefined-acme-service", severity="error")
def check(project: Project) -> Iterator[Finding]:
    if not project.has_acme_services or _may_be_hidden(project):
        return
    suggester = Suggester(project.acme_services)
    for secret in project.all_secrets():
        auto = secret.auto_acme_cert
        service = auto.string("acme-service") if auto is not None else None
        if service is None or service.value in project.acme_services or "${" in service.value:
            continue
        close_name = suggester.suggest(service.value)
        hint = phrase(close_name)
        related: tuple[Related, ...] = ()
        if hint is not None:
            close = project.acme_services.get(close_name, [])
            if close and close[0].name is not None:
                related = (Related(close[0].name.span, f"ACME service {q(close[0].name.value)} declared here"),)
        else:
            hint = f"declare it in strongbox/acme-services/{clean(service.value, 80)}.yaml"
        label = secret_label(secret.vault, secret.name.value) if secret.name is not None else "a secret"
        yield Finding(
            span=service.span,
            message=f"{label} gets its certificate from ACME service {q(service.value)}, which is not declared",
            hint=hint,
            related=related,
            yaml_path="auto-acme-cert/acme-service",
        )
    for request in project.static_requests:
        parent = request.service
        if parent is None or parent in project.acme_services or "${" in parent:
            continue
        close_name = suggester.suggest(parent)
        hint = phrase(close_name)
        related = ()
        if hint is not None:
            close = project.acme_services.get(close_name, [])
            if close and close[0].name is not None:
                related = (Related(close[0].name.span, f"ACME service {q(close[0].name.value)} declared here"),)
        else:
            hint = f"declare it in strongbox/acme-services/{clean(parent, 80)}.yaml, or move the request"
        name = f"static request {q(request.name.value)}" if request.name is not None else "a static request"
        yield Finding(
            span=request.name.span if request.name is not None else request.node.span,
            message=f"{name} is created under ACME service {q(parent)} (its path or supctl command), "
                    "which is not declared",
            hint=hint,
            related=related,
            yaml_path="name",
        )


def _may_be_hidden(project: Project) -> bool:
    """A file that failed to load and may hold ACME services."""
    for path in project.unreadable_paths:
        hint = path_hint(path)
        if hint is None or hint.kind == ACME_SERVICE:
            return True
    return False
