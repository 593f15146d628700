"""Two remote registries have the same `address`.

## What it does
Reports every remote registry whose `address` is already the address of an earlier remote
registry (files in path order, documents in file order), with the first one as the related
location. Addresses are compared exactly as written, the way Control Tower matches them against
image names: `ghcr.io` and `ghcr.io:443` are different registries.

## Why is this bad?
The address is the key of the remote-registry list in Control Tower: creating the second one
fails (the API answers "409 Conflict"), and replacing it overwrites the first, so one of the two
sets of credentials and `override-address` silently disappears. Which one survives depends on
the order the files are applied in, so this is an error.

## Example
```yaml
# image-registry/remote-registries/company.yaml
address: registry.example.com:6000
---
# image-registry/remote-registries/company-mirror.yaml
address: registry.example.com:6000
override-address: mirror.example.com:6000
```

## Use instead
```yaml
# image-registry/remote-registries/company.yaml
address: registry.example.com:6000
override-address: mirror.example.com:6000
```
"""
from collections.abc import Iterator

from avassa_lint.model.project import Project
from avassa_lint.text.quoting import quote
from avassa_lint.core.rule import Finding, Related, rule


@rule(code="IMG006", name="duplicate-registry", severity="error")
def check(project: Project) -> Iterator[Finding]:
    for address, registries in project.registries.items():
        first = registries[0]
        if first.address is None:
            continue
        for again in registries[1:]:
            if again.address is None:
                continue
            yield Finding.at(
                again.address,
                message=f"remote registry {quote(address)} is declared again, "
                        "expected each address once",
                hint="keep one remote registry for this address and move every credentials entry into it",
                related=(Related(first.address.span, "first declared here"),),
            )
