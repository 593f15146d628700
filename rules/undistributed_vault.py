"""An application reads a vault whose secrets are not distributed to the sites it is deployed to.

## What it does
Follows each vault an application reads (a variable's `value-from-vault-secret`, a
`vault-secret` volume) to the vault's `distribute` and to the application's deployments, and
reports when the secret cannot reach the sites the deployment places the application on:

- the vault is distributed to `deployments: [...]` that leave out the application's deployment:
  error when the sites of both are known (see below) and a site of the application's deployment
  is not a site of the listed ones; warning otherwise, since the listed deployments may run on
  the same sites;
- the vault is distributed to `sites: [...]` and a site the deployment places the application on
  is not in the list: error. The sites are known when the placement names them by `system/name`
  (`system/name = store-1 or system/name = store-2`), or when the project declares sites
  (`system/sites/`): then the declared sites whose labels (with `system/name` and `system/type`)
  the placement matches, or all of them for `all-sites`;
- the vault has no `distribute` and a deployment places the application on edge sites: warning,
  because what a vault without `distribute` reaches is not documented.

Both ends are given as related locations. A vault distributed `to: all` reaches every site.
Without declared sites, placements that do not name their sites (`system/type = edge`,
`all-sites`) are not compared with a `sites` list, since the labels of the sites are not in
view; a vault or deployment whose name holds a variable, or an application without a
deployment, is not checked. Registry
credentials are not followed: Control Tower pulls the images with them and the sites pull from
Control Tower's registry, so that vault need not reach the sites.

## Why is this bad?
A vault's secrets are replicated only to the sites its `distribute` selects: all sites, the
listed sites, or the sites where the listed deployments run
([vault reference](https://avassa-api.redoc.ly/tag/Vault)). A service instance on a site the
secret never reaches cannot get its variable or its volume, so it does not start there. When
the sites on both ends are known the mismatch is certain and the severity is error; when
`distribute` is left out, or the sites of the listed deployments are not known, the outcome is
not certain and the severity is warning.

## Example
```yaml
# applications/pos.yaml
name: pos
version: "1.0"
services:
  - name: api
    mode: replicated
    replicas: 1
    variables:
      - name: DB_PASSWORD
        value-from-vault-secret:
          vault: retail-pos
          secret: pos-db
          key: password
    containers:
      - name: api
        image: registry.example.com/retail/pos-api:3.1.0
        env:
          DB_PASSWORD: ${DB_PASSWORD}
---
# application-deployments/pos.yaml
name: pos-stores
application: pos
placement:
  match-site-labels: system/type = edge
---
# strongbox/vaults/retail-pos.yaml
name: retail-pos
distribute:
  deployments:
    - pos
---
# strongbox/vaults/retail-pos/secrets/pos-db.yaml
name: pos-db
data:
  password: change-me-not-a-real-password
allow-image-access:
  - registry.example.com/retail/*
---
# image-registry/remote-registries/example.yaml
address: registry.example.com
```

## Use instead
```yaml
# applications/pos.yaml
name: pos
version: "1.0"
services:
  - name: api
    mode: replicated
    replicas: 1
    variables:
      - name: DB_PASSWORD
        value-from-vault-secret:
          vault: retail-pos
          secret: pos-db
          key: password
    containers:
      - name: api
        image: registry.example.com/retail/pos-api:3.1.0
        env:
          DB_PASSWORD: ${DB_PASSWORD}
---
# application-deployments/pos.yaml
name: pos-stores
application: pos
placement:
  match-site-labels: system/type = edge
---
# strongbox/vaults/retail-pos.yaml
name: retail-pos
distribute:
  deployments:
    - pos-stores
---
# strongbox/vaults/retail-pos/secrets/pos-db.yaml
name: pos-db
data:
  password: change-me-not-a-real-password
allow-image-access:
  - registry.example.com/retail/*
---
# image-registry/remote-registries/example.yaml
address: registry.example.com
```
"""
from collections.abc import Iterator

from avassa_lint.core.diagnostic import Severity
from avassa_lint.views.distribution import deployments_by_application, distribution_gap, may_reach_edge, placement_span
from avassa_lint.model.project import Deployment, Project, SecretRef, Vault
from avassa_lint.text.quoting import clean, quote as q
from avassa_lint.core.rule import Finding, Related, rule
from avassa_lint.views.secret_consumers import where
from avassa_lint.views.secret_lookup import resolved_name


@rule(code="SEC018", name="undistributed-vault", severity="error")
def check(project: Project) -> Iterator[Finding]:
    deployments = deployments_by_application(project)
    reported: set[tuple[int, str, int]] = set()
    for ref in project.secret_refs:
        if ref.via not in ("variable", "volume") or ref.service is None or ref.vault is None:
            continue
        app = ref.service.application
        if app.name is None or ref.from_tenant is not None:
            continue
        vault_name = resolved_name(ref, ref.vault)
        declared = project.vaults.get(vault_name or "")
        if vault_name is None or not declared:
            continue
        vault = declared[0]
        for deployment in deployments.get(app.name.value, []):
            key = (id(app), vault_name, id(deployment))
            if key in reported:
                continue  # one finding per application, vault and deployment: at the first reference
            finding = _judge(project, ref, vault, vault_name, deployment)
            if finding is not None:
                reported.add(key)
                yield finding


def _judge(project: Project, ref: SecretRef, vault: Vault, vault_name: str, deployment: Deployment) -> Finding | None:
    assert ref.vault is not None
    dep_name = deployment.name.value if deployment.name is not None else None
    if dep_name is None or "${" in dep_name:
        return None
    dep_span = deployment.name.span if deployment.name is not None else deployment.node.span
    distribute = vault.distribute
    reader = f"{where(ref)} reads vault {q(vault_name)}"
    if distribute is None:
        if not may_reach_edge(deployment):
            return None
        return Finding(
            span=ref.vault.span,
            message=f"{reader}, which has no distribute, while deployment {q(dep_name)} places the "
                    "application on edge sites",
            hint="add distribute to the vault: to: all, sites: [...] or deployments: "
                 f"[{clean(dep_name, 80)}]; what a vault without distribute reaches is not documented",
            related=(Related(vault.name.span if vault.name else vault.node.span, f"vault {q(vault_name)} declared here"),
                     Related(dep_span, f"deployment {q(dep_name)} declared here")),
            yaml_path=f"{ref.node.yaml_path}/vault",
            severity=Severity.WARNING,
        )
    gap = distribution_gap(project, distribute, deployment, dep_name)
    if gap is None:
        return None
    if gap.by == "deployments":
        shown = ", ".join(q(d.value) for d in gap.listed[:5]) or "no deployment"
        related = (Related(distribute.key_span("deployments") or distribute.span, f"vault {q(vault_name)} is distributed here"),
                   Related(dep_span, f"deployment {q(dep_name)} declared here"))
        hint = f"add {clean(dep_name, 80)} to distribute.deployments of vault {q(vault_name)}"
        if gap.certain:
            return Finding(
                span=ref.vault.span,
                message=f"{reader}, which is distributed to deployments {shown} only; none of them runs on "
                        f"{_sites(gap.missing)}, where deployment {q(dep_name)} places the application: the "
                        "secret never reaches " + ("them" if len(gap.missing) > 1 else "it"),
                hint=hint, related=related, yaml_path=f"{ref.node.yaml_path}/vault",
            )
        # the listed deployments may run on the same sites: likely wrong, not certain
        return Finding(
            span=ref.vault.span,
            message=f"{reader}, which is distributed to deployments {shown} only, not to deployment "
                    f"{q(dep_name)} of the application: the secret reaches its sites only where those "
                    "deployments run too",
            hint=hint, related=related, yaml_path=f"{ref.node.yaml_path}/vault", severity=Severity.WARNING,
        )
    missing = gap.missing
    shown = ", ".join(q(s) for s in missing[:5])
    return Finding(
        span=ref.vault.span,
        message=f"{reader}, whose distribute.sites leaves out site{'s' if len(missing) > 1 else ''} "
                f"{shown}, where deployment {q(dep_name)} places the application: the secret never "
                "reaches "
                + ("them" if len(missing) > 1 else "it"),
        hint=f"add {', '.join(clean(s, 80) for s in missing[:5])} to distribute.sites of vault {q(vault_name)}",
        related=(Related(distribute.key_span("sites") or distribute.span, f"vault {q(vault_name)} is distributed here"),
                 Related(placement_span(deployment) or dep_span, f"deployment {q(dep_name)} places it here")),
        yaml_path=f"{ref.node.yaml_path}/vault",
    )

def _sites(names: list[str]) -> str:
    return ("sites " if len(names) > 1 else "site ") + ", ".join(q(n) for n in names[:5])
