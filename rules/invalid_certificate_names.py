"""A DNS name of an ACME certificate request is not a DNS name.

## What it does
Checks every entry of `names` of an ACME static request
(`strongbox/acme-services/SERVICE/static-requests/`) and of a secret's `auto-acme-cert`: each
must be one DNS name (letters, digits and inner hyphens in dot-separated labels of at most 63
characters, a leading `*.` for a wildcard), after the variables the platform expands at request
time (`${SYS_SITE}`, `${SYS_DNS_ZONES[default]}`, ...) are set aside. It reports a comma (several
names joined into one entry, or a comma left at the end of a name), spaces, a URL instead of a
host name and characters a host name cannot hold.

`names` written as one comma-joined string instead of a list is a schema error (SCH004).

## Why is this bad?
The ACME server is asked for a certificate for exactly these names and refuses an order with a
name that is not a valid host name, so no certificate is issued for any of the names. An Avassa
engineer's own how-to shipped `names` as a comma-joined string and later with `bevemyr.com,`
as one entry. Control Tower stores the request as written and the failure shows only when the
certificate is requested, and a name with a form this check does not know may still be valid
for a private CA, so the severity is warning.

## Example
```yaml
# strongbox/acme-services/letsencrypt/static-requests/web-cert.yaml
name: web-cert
names:
  - www.example.com
  - example.com,
  - api.example.com,status.example.com
vault: certs
secret: web-cert
---
# strongbox/vaults/certs.yaml
name: certs
distribute:
  to: all
```

## Use instead
```yaml
# strongbox/acme-services/letsencrypt/static-requests/web-cert.yaml
name: web-cert
names:
  - www.example.com
  - example.com
  - api.example.com
  - status.example.com
vault: certs
secret: web-cert
---
# strongbox/vaults/certs.yaml
name: certs
distribute:
  to: all
```
"""
import re
from collections.abc import Iterator

from avassa_lint.model.project import Located, Node, Project
from avassa_lint.text.quoting import quote as q
from avassa_lint.core.diagnostic import Edit, Fix
from avassa_lint.model.registry_address import reads_as_plain_string
from avassa_lint.core.rule import Finding, rule

_VARIABLE = re.compile(r"\$\{[^}]*\}")
_LABEL = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")


@rule(code="SEC016", name="invalid-certificate-names", severity="warning", scope="file",
      fix="safe: removes the comma (and any blanks) after a name that ends with one")
def check(project: Project) -> Iterator[Finding]:
    for request in project.static_requests:
        owner = f"static request {q(request.name.value)}" if request.name is not None else "a static request"
        yield from _check_names(request.node, owner)
    for secret in project.all_secrets():
        auto = secret.auto_acme_cert
        if auto is not None:
            owner = f"auto-acme-cert of secret {q(secret.name.value)}" if secret.name is not None else "auto-acme-cert"
            yield from _check_names(auto, owner)


def _check_names(node: Node, owner: str) -> Iterator[Finding]:
    for entry in node.strings("names"):
        problem = _problem(entry.value)
        if problem is None:
            continue
        message, hint, at = problem
        yield Finding(
            span=entry.part(at, 1) if at is not None else entry.span,
            message=f"name {q(entry.value)} of {owner} {message}",
            hint=hint,
            yaml_path=f"{node.yaml_path}/names".lstrip("/"),
            fix=_trailing_comma_fix(entry, at) if message == "ends with a comma" else None,
        )


def _trailing_comma_fix(entry: Located[str], at: int | None) -> Fix | None:
    """Remove the comma and what follows it (blanks only), when the value is written on one line
    exactly as it reads (plain, or quoted without escapes)."""
    text = entry.value
    if at is None or not entry.written_exactly:
        return None
    if not text[:at] or text[:at] != text[:at].strip():
        return None
    if entry.plain and not reads_as_plain_string(text[:at]):
        return None  # written plain, the name alone would read as a number or a boolean
    return Fix("remove the trailing comma", (Edit(entry.part(at, len(text) - at), ""),))


def _problem(name: str) -> tuple[str, str, int | None] | None:
    """(what is wrong, how to fix it, offset of the offending character) or None."""
    if "," in name:
        parts = [p.strip() for p in name.split(",")]
        if all(parts[:-1]) and parts[-1] == "" and len(parts) == 2:
            return ("ends with a comma", f"remove the comma: {parts[0]}", name.index(","))
        return ("joins several names with commas, expected one DNS name per entry",
                "write each name as a list entry of its own: " + ", ".join(p for p in parts if p),
                name.index(","))
    if not name:
        return None  # the schema reports an empty entry (SCH006)
    if "://" in name or "/" in name:
        return ("is a URL or a path, expected a DNS name", "keep only the host name", None)
    if re.search(r"\s", name):
        return ("holds a space, expected one DNS name", "write each name as a list entry of its own",
                re.search(r"\s", name).start())  # type: ignore[union-attr]
    plain = _VARIABLE.sub("x", name)
    if "$" in plain:
        return None  # a variable this check cannot read: leave it to the platform
    labels = plain.rstrip(".").split(".")
    if labels and labels[0] == "*":
        labels = labels[1:]
    if not labels or len(plain) > 253 or not all(_LABEL.match(label) for label in labels):
        return ("is not a DNS name, expected dot-separated labels of letters, digits and inner hyphens",
                "check the spelling of the name", None)
    return None
