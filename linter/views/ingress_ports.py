"""The ports a service opens on its ingress address (`network.ingress-ip-per-instance.protocols`),
item by item, for the port rules (invalid-port-ranges, duplicate-port)."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from avassa_lint.model.project import Located, Node, Service
from avassa_lint.text.describe import describe
from avassa_lint.model.parse_problem import ParseProblem
from avassa_lint.model.port_ranges import PortRange, parse_port_ranges

# The schema's pattern for port-ranges: a value it rejects is the schema's to report (SCH006).
PORT_RANGES_SYNTAX = re.compile(r"[0-9]+(-[0-9]+)?(,[0-9]+(-[0-9]+)?)*")


@dataclass(frozen=True)
class Item:
    """One comma-separated item: its ports, or the problem with it (offsets are in the whole value)."""

    text: str
    offset: int
    ports: PortRange | None
    problem: ParseProblem | None


@dataclass
class ProtocolEntry:
    node: Node
    name: str | None
    port_ranges: Located[str]
    items: list[Item]

    @property
    def where(self) -> str:
        """'protocol "tcp" in service "web"'."""
        return describe(self.node.document.data, self.node.ypath, self.node.kind)

    @property
    def valid(self) -> list[PortRange]:
        return [item.ports for item in self.items if item.ports is not None]


def protocol_entries(service: Service) -> Iterator[ProtocolEntry]:
    """The service's ingress protocol entries whose `port-ranges` has the schema's syntax."""
    if service.ingress is None:
        return
    for node in service.ingress.protocols:
        value = node.string("port-ranges")
        if value is None or not PORT_RANGES_SYNTAX.fullmatch(value.value):
            continue
        name = node.string("name")
        yield ProtocolEntry(node, name.value if name is not None else None, value, split_items(value.value))


def split_items(text: str) -> list[Item]:
    """Parse each item on its own, so that every bad item is found, not only the first."""
    items = []
    offset = 0
    for part in text.split(","):
        parsed = parse_port_ranges(part)
        if isinstance(parsed, ParseProblem):
            shifted = ParseProblem(parsed.message, parsed.offset + offset, parsed.length)
            items.append(Item(part, offset, None, shifted))
        else:
            found = parsed[0]
            items.append(Item(part, offset, PortRange(found.start, found.end, offset, found.length), None))
        offset += len(part) + 1
    return items


def normalized(ranges: Iterable[PortRange]) -> str:
    """Ranges sorted, overlapping ones merged: a valid port-ranges value with the same ports."""
    merged: list[list[int]] = []
    for current in sorted(ranges, key=lambda r: (r.start, r.end)):
        if merged and current.start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], current.end)
        else:
            merged.append([current.start, current.end])
    return ",".join(str(a) if a == b else f"{a}-{b}" for a, b in merged)
