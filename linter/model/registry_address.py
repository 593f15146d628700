"""Registry addresses, "host[:port]": a remote registry's `address` and `override-address`, and the
`default-remote-registry` of the image-registry settings.

An address is matched as a string against the first part of an image name (reference §7, §8), so
anything beyond host and port (a scheme, a path) can never match an image.
"""
from __future__ import annotations


import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from avassa_lint.core.diagnostic import Edit, Fix
from avassa_lint.loading.source import resolve_plain
from avassa_lint.model.parse_problem import ParseProblem
from avassa_lint.text.quoting import describe_char, quote

if TYPE_CHECKING:  # annotations only
    from avassa_lint.model.project import Located

MIN_PORT = 1
MAX_PORT = 65535

_DIGITS = frozenset("0123456789")
_HEX = frozenset("0123456789abcdefABCDEF")
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")
_SCHEME_CHARS = _HOST_CHARS | frozenset("+.")


@dataclass(frozen=True)
class RegistryAddress:
    """A parsed address; `port` is None when the address has none."""

    host: str
    port: int | None


def parse_registry_address(text: str, what: str = "registry address") -> RegistryAddress | ParseProblem:
    """Parse "host[:port]" (IPv6 hosts in brackets), or return the first problem from the left.

    `what` names the value in messages ("address", "default-remote-registry").
    """
    if text == "":
        return ParseProblem(f'{what} is empty, expected "host[:port]"', 0)
    for index, char in enumerate(text):
        if char.isspace():
            return ParseProblem(f"{what} {quote(text)} contains {describe_char(char)}", index)
    scheme, separator, _ = text.partition("://")
    if separator and scheme and all(char in _SCHEME_CHARS for char in scheme):
        return ParseProblem(
            f'{what} {quote(text)} starts with the scheme "{scheme}://", expected "host[:port]" '
            "without a scheme",
            0,
            len(scheme) + 3,
        )
    host_port, slash, path = text.partition("/")
    at = host_port.rfind("@")
    if at >= 0:  # "user:password@host": the value holds credentials, so it is never quoted
        return ParseProblem(f'{what} holds user credentials before "@", expected "host[:port]" only', 0, at + 1)
    if slash:
        return ParseProblem(
            f'{what} {quote(text)} has the path {quote("/" + path)}, expected "host[:port]" only',
            len(host_port),
            len(path) + 1,
        )
    if host_port.startswith("["):
        return _parse_ipv6(text, what)
    hostname, colon, port = host_port.partition(":")
    problem = _check_hostname(text, hostname, what)
    if problem is not None:
        return problem
    if not colon:
        return RegistryAddress(hostname, None)
    number = _parse_port(text, port, len(hostname) + 1, what)
    if isinstance(number, ParseProblem):
        return number
    return RegistryAddress(hostname, number)


_WEB_SCHEMES = ("http://", "https://")


def scheme_removal(text: str) -> tuple[int, int] | None:
    """How much of ``text`` to drop so that only the address is left, when it is an address behind
    an "http://" or "https://" scheme, with at most one "/" after it: (the length of the scheme,
    1 when the trailing "/" goes too, else 0). None when anything else would have to change."""
    lowered = text[:8].lower()
    scheme = next((s for s in _WEB_SCHEMES if lowered.startswith(s)), None)
    if scheme is None:
        return None
    rest = text[len(scheme):]
    trailing = 1 if rest.endswith("/") else 0
    address = rest[: len(rest) - trailing]
    if address == "" or isinstance(parse_registry_address(address), ParseProblem):
        return None
    return len(scheme), trailing


_YAML11_WORDS = frozenset(w for base in ("y", "n", "yes", "no", "on", "off")
                          for w in (base, base.capitalize(), base.upper()))
_SEXAGESIMAL = re.compile(r"[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?")


def reads_as_plain_string(text: str) -> bool:
    """``text`` written as a plain YAML scalar reads as this string, by YAML 1.2 and by YAML 1.1
    readers alike (not a number, boolean or null, no "1:20" sexagesimal, no flow "[")."""
    return (text != "" and text[0].isalnum() and resolve_plain(text) == text
            and text not in _YAML11_WORDS and _SEXAGESIMAL.fullmatch(text) is None)


def suggest_address(text: str) -> str | None:
    """A valid address the user probably meant: scheme, path and spaces dropped, the letter O in a
    port read as zero. None when no such repair gives a valid address."""
    candidate = "".join(text.split())
    scheme, separator, rest = candidate.partition("://")
    if separator:
        candidate = rest
    candidate = candidate.partition("/")[0]
    host, colon, port = candidate.rpartition(":")
    if colon and not port and host:
        candidate = host
    elif colon and not host.endswith("]") and port and not port.isdigit():
        repaired = port.replace("O", "0").replace("o", "0")
        if repaired.isdigit():
            candidate = f"{host}:{repaired}"
    if candidate == text or isinstance(parse_registry_address(candidate), ParseProblem):
        return None
    return candidate


def _parse_ipv6(text: str, what: str) -> RegistryAddress | ParseProblem:
    close = text.find("]")
    if close < 0:
        return ParseProblem(f'{what} {quote(text)} has no closing "]"', 0, len(text))
    address = text[1:close]
    if address.count(":") < 2 or any(char not in _HEX and char != ":" for char in address):
        return ParseProblem(f"{what} {quote(text)} is not an IPv6 address in brackets", 0, close + 1)
    rest = text[close + 1 :]
    if not rest:
        return RegistryAddress(text, None)
    if not rest.startswith(":"):
        return ParseProblem(
            f'{what} {quote(text)} has {quote(rest[0])} after "]", expected ":PORT" or nothing', close + 1
        )
    number = _parse_port(text, rest[1:], close + 2, what)
    if isinstance(number, ParseProblem):
        return number
    return RegistryAddress(text[: close + 1], number)


@dataclass(frozen=True)
class HostnameFault:
    """What is wrong with a host name: an empty dot-separated part, a character that is not a
    letter, digit or "-", or a part that starts or ends with "-"."""

    kind: str  # "empty-part", "character" or "dash"
    offset: int  # into the host name
    length: int = 1
    part: str = ""  # the character, or the dash part


def hostname_fault(hostname: str) -> HostnameFault | None:
    """The first fault of a non-empty host name (shared by image references and registry addresses)."""
    offset = 0
    for label in hostname.split("."):
        if label == "":
            return HostnameFault("empty-part", offset if offset < len(hostname) else offset - 1)
        for index, char in enumerate(label):
            if char not in _HOST_CHARS:
                return HostnameFault("character", offset + index, 1, char)
        if label.startswith("-") or label.endswith("-"):
            return HostnameFault("dash", offset, len(label), label)
        offset += len(label) + 1
    return None


def _check_hostname(text: str, hostname: str, what: str) -> ParseProblem | None:
    if hostname == "":
        return ParseProblem(f'{what} {quote(text)} has no host before ":"', 0)
    fault = hostname_fault(hostname)
    if fault is None:
        return None
    if fault.kind == "empty-part":
        return ParseProblem(f"{what} {quote(text)} has an empty part between dots", fault.offset)
    if fault.kind == "character":
        return ParseProblem(
            f'{what} {quote(text)} contains {describe_char(fault.part)}, expected letters, digits, "-" and "."',
            fault.offset,
        )
    return ParseProblem(
        f'{what} {quote(text)} has the part {quote(fault.part)}, which starts or ends with "-"',
        fault.offset,
        fault.length,
    )


def _parse_port(text: str, port: str, offset: int, what: str) -> int | ParseProblem:
    if port == "":
        return ParseProblem(f'{what} {quote(text)} has an empty port after ":"', offset - 1)
    if any(char not in _DIGITS for char in port):
        return ParseProblem(f"{what} {quote(text)} has the port {quote(port, 12)}, which is not a number",
                            offset, len(port))
    # Checked by length first: int() of thousands of digits is slow.
    significant = port.lstrip("0")
    if len(significant) > len(str(MAX_PORT)) or not MIN_PORT <= int(significant or "0") <= MAX_PORT:
        return ParseProblem(
            f"{what} {quote(text)} has the port {quote(port, 12)[1:-1]}, expected {MIN_PORT}-{MAX_PORT}",
            offset,
            len(port),
        )
    return int(significant)


def address_hint(text: str) -> str:
    """The fix for an invalid address: the repaired value when one is obvious."""
    suggestion = suggest_address(text)
    if suggestion is not None:
        return f'write "{suggestion}"'
    if "@" in text.partition("://")[2 if "://" in text else 0].partition("/")[0]:
        return 'write only "host[:port]", and keep the user and password in a vault secret named under credentials'
    port = text.rpartition(":")[2]
    if port.isdigit() and not text.endswith("]"):
        return f"a port is a number from {MIN_PORT} to {MAX_PORT}"
    return 'write the registry as "host[:port]", e.g. "registry.example.com:5000"'


def scheme_fix(value: Located[str]) -> Fix | None:
    """The safe fix of an address written with "http://" or "https://" (and a "/" after it): the
    address alone, when what is left is a valid address, the value is written on one line exactly
    as it reads and, when plain, still reads as that string."""
    removal = scheme_removal(value.value)
    if removal is None or not value.written_exactly:
        return None
    scheme, trailing = removal
    kept = value.value[scheme: len(value.value) - trailing]
    if value.plain and not reads_as_plain_string(kept):
        return None  # plain, and without the scheme YAML would read something else ("[", a number)
    edits = [Edit(value.part(0, scheme), "")]
    if trailing:
        edits.append(Edit(value.part(len(value.value) - 1, 1), ""))
    return Fix(f'write "{kept}"', tuple(edits))
