"""Image comes from a remote registry with credentials, but no entry covers its repository.

## What it does
Resolves every container and init-container image the way Control Tower does: through the remote
registry whose `address` equals the image's host, or, for an image without a host, through the
`default-remote-registry` (with `library/` in front of a one-part name on Docker Hub). When that
registry declares `credentials` but none of them covers the image's repository, the image is
reported, with the registry as the related location.

An entry covers a repository when its `repository` is `"*"` or a prefix of the repository by whole
path components (`retail` covers `retail/pos-api` and `retail`, not `retail-tools/x`); the longest
matching prefix wins ([registry how-to](https://docs.avassa.io/how-to/registry)).

Not reported: a registry declared without any credentials (a public registry or a mirror that
needs no login), a registry only listed under `external` in the configuration (its credentials are
unknown), and a registry with a credentials entry whose `repository` is missing or not a string
(the schema reports that). Whether the secrets named by the entries exist is checked by the SEC rules.

## Why is this bad?
A registry that has credentials is usually private, and an image no entry covers is pulled without
logging in: for a private repository the pull fails when the application is saved. The repository
may also be public on a registry shared with private ones (`ghcr.io` with credentials for one
organisation, a public image of another), and the platform's behaviour when no entry matches is
not documented, so the severity is warning rather than error.

## Example
```yaml
# applications/web.yaml
name: web
version: "1.0"
services:
  - name: web
    mode: replicated
    replicas: 1
    containers:
      - name: nginx
        image: registry.example.com/web/nginx:1.25.3
---
# image-registry/remote-registries/example.yaml
address: registry.example.com
credentials:
  - repository: retail
    vault: registry-credentials
    secret: example-retail
---
# strongbox/vaults/registry-credentials.yaml
name: registry-credentials
distribute:
  to: all
---
# strongbox/vaults/registry-credentials/secrets/example-retail.yaml
name: example-retail
data:
  username: retail-robot
  password: not-a-real-password
allow-image-access:
  - "*"
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
    containers:
      - name: nginx
        image: registry.example.com/web/nginx:1.25.3
---
# image-registry/remote-registries/example.yaml
address: registry.example.com
credentials:
  - repository: retail
    vault: registry-credentials
    secret: example-retail
  - repository: web
    vault: registry-credentials
    secret: example-web
---
# strongbox/vaults/registry-credentials.yaml
name: registry-credentials
distribute:
  to: all
---
# strongbox/vaults/registry-credentials/secrets/example-retail.yaml
name: example-retail
data:
  username: retail-robot
  password: not-a-real-password
allow-image-access:
  - "*"
---
# strongbox/vaults/registry-credentials/secrets/example-web.yaml
name: example-web
data:
  username: web-robot
  password: not-a-real-password
allow-image-access:
  - "*"
```
"""
from collections.abc import Iterator

from avassa_lint.views.images import credentials_unknown, image_uses, resolver
from avassa_lint.model.project import Project
from avassa_lint.text.quoting import quote
from avassa_lint.core.rule import Finding, Related, rule

_LISTED = 5  # prefixes named in a message


@rule(code="IMG005", name="missing-registry-credentials", severity="warning")
def check(project: Project) -> Iterator[Finding]:
    resolve = resolver(project)
    for use in image_uses(project):
        ref = use.ref
        if ref is None:
            continue
        resolution = resolve(ref)
        if resolution.source not in ("remote-registry", "default-registry") or resolution.registry is None:
            continue
        registries = project.registries.get(resolution.registry, [])
        if not any(r.credentials for r in registries) or credentials_unknown(registries):
            continue
        if resolution.credentials_index is not None:
            continue
        first = next(r for r in registries if r.credentials)
        covered = [c.repository.value for r in registries for c in r.credentials if c.repository is not None]
        shown = ", ".join(quote(p) for p in covered[:_LISTED]) + (", …" if len(covered) > _LISTED else "")
        via = ("remote registry" if resolution.source == "remote-registry" else "the default remote registry")
        offset = len(ref.registry) + 1 if ref.registry is not None else 0
        top = resolution.repository.split("/")[0]
        yield Finding.at(
            use.image,
            span=use.image.part(offset, len(ref.repository)),
            message=f"image {quote(use.image.value)} of {use.container.where} is pulled from {via} "
                    f"{quote(resolution.registry)}, but none of its credentials entries ({shown}) "
                    f"covers the repository {quote(resolution.repository)}",
            hint=f"add a credentials entry with repository {quote(top)} (or \"*\") to that remote registry, "
                 "or use an image from a repository it covers",
            related=(Related(first.node.key_span("credentials") or first.node.span, "credentials declared here"),),
        )
