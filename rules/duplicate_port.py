"""Service opens the same protocol and port twice on its ingress address.

## What it does
Checks the protocol entries under `network.ingress-ip-per-instance.protocols` of each service:
when two entries name the same protocol (`tcp` twice, say) and their `port-ranges` share a port,
the later entry is reported, at the first item that repeats a port, with the earlier entry as the
related location. The hint gives the merged `port-ranges` for a single entry.

Only one service is compared with itself: every service instance gets its own ingress address,
so two services may open the same port. The same port under two different protocols
(`tcp` and `udp` on 53) is fine. Overlapping items inside one `port-ranges` value are
`invalid-port-ranges` (NET001); values with a syntax error are left to the schema.

## Why is this bad?
A port is either open on the ingress address for a protocol or not: two entries opening it mean
the configuration disagrees with itself, and usually a port was added to a second entry instead
of the existing one. The platform's data model for this list is not published; `name` is its
only identifying field, so the list is most likely keyed by protocol, in which case Control Tower
rejects the second entry outright. Either way the file is wrong, hence an error. Keep one entry
per protocol even when the ranges do not overlap (this rule does not report that case).

## Example
```yaml
# applications/web.yaml
name: web
version: "1.0"
services:
  - name: web
    mode: replicated
    replicas: 1
    network:
      ingress-ip-per-instance:
        protocols:
          - name: tcp
            port-ranges: "80,443"
          - name: tcp
            port-ranges: "443,8443"
    containers:
      - name: nginx
        image: registry.example.com/web/nginx:1.25.3
---
# image-registry/remote-registries/example.yaml
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
    network:
      ingress-ip-per-instance:
        protocols:
          - name: tcp
            port-ranges: "80,443,8443"
    containers:
      - name: nginx
        image: registry.example.com/web/nginx:1.25.3
---
# image-registry/remote-registries/example.yaml
address: registry.example.com
```
"""
from collections.abc import Iterator

from avassa_lint.views.ingress_ports import ProtocolEntry, normalized, protocol_entries
from avassa_lint.model.project import Project
from avassa_lint.text.quoting import quote
from avassa_lint.core.rule import Finding, Related, rule


@rule(code="NET002", name="duplicate-port", severity="error", scope="file")
def check(project: Project) -> Iterator[Finding]:
    for service in project.services():
        seen: list[ProtocolEntry] = []
        for entry in protocol_entries(service):
            if entry.name is None:
                continue
            finding = _repeat(entry, [e for e in seen if e.name == entry.name])
            if finding is not None:
                yield finding
            seen.append(entry)


def _repeat(entry: ProtocolEntry, earlier: list[ProtocolEntry]) -> Finding | None:
    for current in entry.valid:
        for first in earlier:
            for previous in first.valid:
                low, high = max(current.start, previous.start), min(current.end, previous.end)
                if low > high:
                    continue
                ports = f"port {low}" if low == high else f"ports {low}-{high}"
                merged = normalized([*first.valid, *entry.valid])
                return Finding.at(
                    entry.port_ranges,
                    span=entry.port_ranges.part(current.offset, current.length),
                    message=f"{entry.where} opens {ports}, which an earlier {quote(entry.name)} entry "
                            "already opens; "
                            "expected each port once per protocol",
                    hint=f'merge the two {quote(entry.name)} entries into one with port-ranges: "{merged}"',
                    related=(Related(first.port_ranges.part(previous.offset, previous.length),
                                     f"{ports} first opened here"),),
                )
    return None
