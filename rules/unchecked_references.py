"""References to other objects could not be checked.

## What it does
Applications refer to vaults and secrets, remote registries refer to the vaults that hold their
credentials, images refer to remote registries, and deployments refer to applications;
containers refer to approles, approles and JWT roles to policies, JWT roles to their method,
ACME static requests to vaults and to their service, and `auto-acme-cert` secrets to ACME
services. When the linted files declare no object of the kind referred to (no vault, no secret,
no remote registry, no application, no approle, no policy, no JWT method or no ACME service) and
the configuration lists none under `external` (for the kinds it has a list for), the rules that
check those references cannot tell a typo from an object that lives somewhere else. They skip those
references instead of reporting each one as undefined, and this note says, once per run, which
references were not checked and why. It is placed on the first of them and points to the first
reference of each other group.

Other references that are skipped for a reason of their own are counted too:

- a vault or secret name that holds a `${...}` variable (it depends on the site);
- a `from-tenant` reference (another tenant's secret is not in view);
- a secret of a vault that is only listed under `external.vaults`, with none of its secrets known;
- a secret found only in a file that does not say which vault it belongs to (no
  `strongbox/vaults/VAULT/secrets/` folder, no `# avassa-lint: vault=VAULT` header);
- a `key` of a secret whose values are not in the repository (no `data` or `base64-data`) or are
  generated (`auto-cert`, or a key other than `acme-cert.pem`, `acme-cert.key` and
  `acme-chain.pem` of a secret an ACME static request writes);
- a reference to an object that a file which failed to load may declare.

## Why is this bad?
Nothing is wrong with the files, but part of the project was not checked: a secret name with a
typo would go unnoticed. Linting only part of a repository (`avassa-lint check applications/`),
or a repository whose vaults are managed elsewhere, is legitimate, so the severity is info.

Lint the whole repository, or list the objects that exist only in Control Tower under `external`
in the configuration (`vaults`, `secrets` as `vault/secret`, `registries`, `applications`), so
that references to them count as declared and every other reference is checked.

## Example
Only the application is linted (`avassa-lint check applications/`), so the vault and the secret
it reads are unknown:

```yaml
# applications/web.yaml
name: web
version: "1.0"
services:
  - name: web
    mode: replicated
    replicas: 1
    variables:
      - name: MQTT_PASSWORD
        value-from-vault-secret:
          vault: edge-iot
          secret: mqtt-forwarder
          key: password
    containers:
      - name: forwarder
        image: forwarder:2.3.0
        env:
          MQTT_PASSWORD: ${MQTT_PASSWORD}
```

## Use instead
Lint the folders that declare the objects too (`avassa-lint check .`), or declare the external
ones in the configuration, for example
`external: {vaults: [edge-iot], secrets: [edge-iot/mqtt-forwarder]}`.

```yaml
# applications/web.yaml
name: web
version: "1.0"
services:
  - name: web
    mode: replicated
    replicas: 1
    variables:
      - name: MQTT_PASSWORD
        value-from-vault-secret:
          vault: edge-iot
          secret: mqtt-forwarder
          key: password
    containers:
      - name: forwarder
        image: forwarder:2.3.0
        env:
          MQTT_PASSWORD: ${MQTT_PASSWORD}
---
# strongbox/vaults/edge-iot.yaml
name: edge-iot
distribute:
  to: all
---
# strongbox/vaults/edge-iot/secrets/mqtt-forwarder.yaml
name: mqtt-forwarder
data:
  username: forwarder
  password: change-me-not-a-real-password
allow-image-access:
  - "*"
```
"""
from collections.abc import Iterator

from avassa_lint.model.project import Project
from avassa_lint.core.rule import Finding, Related, rule
from avassa_lint.views.secret_lookup import (
    EXTERNAL_VAULT,
    FROM_TENANT,
    KEYS_ELSEWHERE,
    KEYS_GENERATED,
    NO_ACME_SERVICES,
    NO_APPLICATIONS,
    NO_APPROLES,
    NO_JWT_METHODS,
    NO_POLICIES,
    NO_REGISTRIES,
    NO_SECRETS,
    NO_VAULTS,
    UNREADABLE,
    VARIABLE,
    VAULT_UNKNOWN,
)
from avassa_lint.views.unchecked import unchecked_references

# reason -> (what, one; what, many; why; how to fix or None)
_GROUPS: dict[str, tuple[str, str, str, str | None]] = {
    NO_VAULTS: ("reference to a vault", "references to vaults", "the project declares no vaults",
                "declare the vaults, or list them under external.vaults"),
    NO_SECRETS: ("reference to a secret", "references to secrets", "the project declares no secrets",
                 "declare the secrets, or list them under external.secrets as VAULT/SECRET"),
    EXTERNAL_VAULT: ("reference to a secret of an external vault", "references to secrets of external vaults",
                     "none of the vault's secrets are declared",
                     "list the secrets of external vaults under external.secrets as VAULT/SECRET"),
    VAULT_UNKNOWN: ("reference to a secret whose vault is not known",
                    "references to secrets whose vault is not known",
                    "the secret's file does not say which vault it belongs to",
                    "put secret files under strongbox/vaults/VAULT/secrets/, or add the header comment "
                    "# avassa-lint: vault=VAULT"),
    VARIABLE: ("reference with a variable in its name", "references with a variable in their names",
               "the name is only known on the site", None),
    FROM_TENANT: ("reference to another tenant's secret", "references to other tenants' secrets",
                  "other tenants are not in view", None),
    KEYS_ELSEWHERE: ("reference to a secret key", "references to secret keys",
                     "the secret's file has no data or base64-data", None),
    KEYS_GENERATED: ("reference to a generated secret key", "references to generated secret keys",
                     "Strongbox generates them", None),
    UNREADABLE: ("reference to an object in a file that failed to load",
                 "references to objects in files that failed to load",
                 "a file that could declare them failed to load", "fix the files that failed to load"),
    NO_REGISTRIES: ("reference to a registry host", "references to registry hosts",
                    "the project declares no remote registries",
                    "declare the remote registries, or list them under external.registries"),
    NO_APPLICATIONS: ("reference to an application", "references to applications",
                      "the project declares no applications",
                      "declare the applications, or list them under external.applications"),
    NO_APPROLES: ("reference to an approle", "references to approles", "the project declares no approles",
                  "declare the approles in strongbox/authentication/approles/"),
    NO_POLICIES: ("reference to a policy", "references to policies", "the project declares no policies",
                  "declare the policies in policy/policies/"),
    NO_ACME_SERVICES: ("reference to an ACME service", "references to ACME services",
                       "the project declares no ACME services",
                       "declare the ACME services in strongbox/acme-services/"),
    NO_JWT_METHODS: ("JWT role whose method is not in view", "JWT roles whose methods are not in view",
                     "the project declares no JWT authentication methods",
                     "declare the methods in strongbox/authentication/jwt/"),
}


@rule(code="LNT005", name="unchecked-references", severity="info")
def check(project: Project) -> Iterator[Finding]:
    found = sorted(unchecked_references(project), key=lambda u: (u.span, u.reason))
    if not found:
        return
    groups: dict[str, list] = {}
    for item in found:
        groups.setdefault(item.reason, []).append(item.span)
    order = sorted(groups, key=lambda reason: groups[reason][0])
    fixes = [_GROUPS[r][3] for r in order if _GROUPS[r][3]]
    if len(order) == 1:
        one, many, why, _ = _GROUPS[order[0]]
        count = len(groups[order[0]])
        message = f"{count} {one if count == 1 else many} could not be checked: {why}"
    else:
        parts = []
        for reason in order:
            one, many, why, _ = _GROUPS[reason]
            count = len(groups[reason])
            parts.append(f"{count} {one if count == 1 else many} ({why})")
        message = f"{len(found)} references could not be checked: " + ", ".join(parts)
    yield Finding(
        span=found[0].span,
        message=message,
        hint="; ".join(fixes) if fixes else None,
        related=tuple(Related(groups[r][0], f"the {_GROUPS[r][0]}" if len(groups[r]) == 1 else f"the first of the {_GROUPS[r][1]}")
                      for r in order[1:]),
    )
