"""Ingress `port-ranges` has a port outside 1-65535, a reversed range, or items out of order.

## What it does
Checks the `port-ranges` of every protocol under `network.ingress-ip-per-instance.protocols`
of a service, item by item, and reports at the exact column:
- a port outside 1-65535 (`0`, `70000`);
- a reversed range (`80-70`);
- an item that is not above every item before it (`443,80`), or that overlaps one (`80-90,85`):
  the platform requires strictly increasing ports. This one is reported once per value, with the
  sorted value in the hint.

Only values that have the right syntax (digits, `-` and `,`, e.g. `"80,443,1025-1200"`) are
checked here: anything else (spaces, letters, empty items, a number instead of a quoted string)
is already reported by the schema (SCH006 invalid-value, SCH004 wrong-type). Probe ports
(`probes.*.http.port`, `probes.*.tcp.port`) and SRV record ports are single numbers whose
range the schema checks (SCH006), so this rule does not look at them. Two protocol entries of
the same protocol that open the same port are `duplicate-port` (NET002).

## Why is this bad?
The application schema of the platform states that "all port numbers must be strictly increasing"
and gives `1025-1200,443` as an invalid value; a port outside 1-65535 does not exist. Control
Tower rejects such an application, so none of its services is deployed: an error.

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
            port-ranges: "8443,443"
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
            port-ranges: "443,8443"
    containers:
      - name: nginx
        image: registry.example.com/web/nginx:1.25.3
---
# image-registry/remote-registries/example.yaml
address: registry.example.com
```
"""
from collections.abc import Iterator

from avassa_lint.views.ingress_ports import Item, ProtocolEntry, normalized, protocol_entries
from avassa_lint.model.project import Project
from avassa_lint.model.port_ranges import MAX_PORT, MIN_PORT, PortRange, overlaps
from avassa_lint.core.diagnostic import Edit, Fix, Span
from avassa_lint.core.rule import Finding, rule


@rule(code="NET001", name="invalid-port-ranges", severity="error", scope="file",
      fix="safe: swaps the ends of a reversed range")
def check(project: Project) -> Iterator[Finding]:
    for service in project.services():
        for entry in protocol_entries(service):
            yield from _bad_items(entry)
            order = _order_problem(entry)
            if order is not None:
                yield order


def _bad_items(entry: ProtocolEntry) -> Iterator[Finding]:
    where = f'"port-ranges" of {entry.where}'
    for item in entry.items:
        if item.problem is None:
            continue
        numbers = _numbers(item)
        outside = [(text, offset) for text, offset in numbers if not _in_range(text)]
        if outside:
            text, offset = outside[0]
            yield Finding.at(
                entry.port_ranges,
                span=entry.port_ranges.part(offset, len(text)),
                message=f"port {_shown(text)} in {where} is outside {MIN_PORT}-{MAX_PORT}",
                hint=f"ports are numbered {MIN_PORT} to {MAX_PORT}",
            )
        elif len(numbers) == 2:
            start, end = (int(text) for text, _ in numbers)
            span = entry.port_ranges.part(item.offset, len(item.text))
            yield Finding.at(
                entry.port_ranges,
                span=span,
                message=f'range "{item.text}" in {where} is reversed, expected "{end}-{start}"',
                hint=f'write "{end}-{start}"',
                fix=_swap_fix(entry, item, span),
            )


def _swap_fix(entry: ProtocolEntry, item: Item, span: Span) -> Fix | None:
    """The reversed range written the right way round, as the user wrote each number (leading
    zeros kept); only when the item's span is exactly its text in the file."""
    if not entry.port_ranges.written_exactly:
        return None
    if span.line != span.end_line or span.end_column - span.column != len(item.text):
        return None
    first, _, second = item.text.partition("-")
    swapped = f"{second}-{first}"
    return Fix(f'write "{swapped}"', (Edit(span, swapped),))


def _order_problem(entry: ProtocolEntry) -> Finding | None:
    highest: PortRange | None = None
    for item in entry.items:
        current = item.ports
        if current is None:
            continue
        if highest is not None and current.start <= highest.end:
            relation = "overlaps" if overlaps(highest, current) else "comes before"
            written = entry.port_ranges.value[current.offset: current.offset + current.length]
            before = entry.port_ranges.value[highest.offset: highest.offset + highest.length]
            return Finding.at(
                entry.port_ranges,
                span=entry.port_ranges.part(current.offset, current.length),
                message=f'"{written}" in "port-ranges" of {entry.where} {relation} the earlier item '
                        f'"{before}", expected strictly increasing ports',
                hint=_sorted_hint(entry),
            )
        if highest is None or current.end > highest.end:
            highest = current
    return None


def _sorted_hint(entry: ProtocolEntry) -> str:
    ranges: list[PortRange] = []
    for item in entry.items:
        if item.ports is not None:
            ranges.append(item.ports)
            continue
        numbers = _numbers(item)
        if any(not _in_range(text) for text, _ in numbers):
            return "sort the items by port and merge the ones that overlap"
        start, end = sorted(int(text) for text, _ in numbers)
        ranges.append(PortRange(start, end, item.offset, len(item.text)))
    return f'sort the items and merge the overlapping ones: "{normalized(ranges)}"'


def _numbers(item: Item) -> list[tuple[str, int]]:
    """The port numbers of an item as written, with their offsets in the whole value."""
    first, dash, second = item.text.partition("-")
    found = [(first, item.offset)]
    if dash:
        found.append((second, item.offset + len(first) + 1))
    return found


def _in_range(digits: str) -> bool:
    significant = digits.lstrip("0")
    return len(significant) <= len(str(MAX_PORT)) and MIN_PORT <= int(significant or "0") <= MAX_PORT


def _shown(digits: str) -> str:
    return digits if len(digits) <= 12 else digits[:11] + "…"
