"""Container image strings, "[host[:port]/]path[:tag][@digest]", and how the platform resolves them.

The grammar is Docker's reference grammar (distribution/reference). Resolution follows the reference
(§7, §8, §12): an image whose host is a declared remote-registry `address` is pulled from that registry
with the credentials of the longest matching repository prefix; an image without a host goes to the
default remote registry, or, with none configured, must already be in the Control Tower's registry.
"""
from __future__ import annotations

import functools

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from avassa_lint.text.suggest import edit_distance
from avassa_lint.model.parse_problem import ParseProblem
from avassa_lint.text.quoting import describe_char, quote
from avassa_lint.model.registry_address import hostname_fault

MAX_TAG_LENGTH = 128
MAX_NAME_LENGTH = 255  # host and path together, as Docker limits them
MIN_PORT = 1
MAX_PORT = 65535

# Docker Hub keeps official images under "library/": a bare "nginx" there is "library/nginx".
DOCKER_HUB_ADDRESSES = frozenset({
    "docker.io", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com"
})

RegistrySource = Literal["remote-registry", "default-registry", "control-tower", "undeclared-host"]

_PATH_COMPONENT = re.compile(r"[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*")
_PATH_SEPARATOR_RUN = re.compile(r"[._-]+")
_DIGEST_ALGORITHM = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*")
_LOWER_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_PATH_CHARS = _LOWER_ALNUM | _UPPER | frozenset("._-")
_TAG_CHARS = _LOWER_ALNUM | _UPPER | frozenset("_.-")
_HEX = frozenset("0123456789abcdefABCDEF")
_DIGITS = frozenset("0123456789")
_SCHEME_CHARS = _LOWER_ALNUM | _UPPER | frozenset("+.-")
# A host name has at most 253 characters; anything longer is no typo worth a suggestion.
_MAX_FUZZY_LENGTH = 300
_MIN_DIGEST_HEX = 32
_SHA256_HEX = 64


@dataclass(frozen=True)
class ImageRef:
    """A parsed image string; `registry` is the host part as written, None when there is none."""

    raw: str
    registry: str | None
    repository: str
    tag: str | None
    digest: str | None

    def __str__(self) -> str:
        return self.raw

    @property
    def effective_tag(self) -> str | None:
        """The tag, or "latest" when the image names neither a tag nor a digest."""
        if self.tag is None and self.digest is None:
            return "latest"
        return self.tag


@dataclass(frozen=True)
class Resolution:
    """Where an image is pulled from, and which credentials entry of that registry applies."""

    source: RegistrySource
    registry: str | None
    repository: str
    credentials_index: int | None
    credentials_prefix: str | None


@functools.lru_cache(maxsize=1 << 14)
def parse_image(text: str) -> ImageRef | ParseProblem:
    """Parse an image string, or return the first problem (template leftovers and whitespace first).
    Remembered per string (both results are immutable): the language server parses every image of
    the project again on each edit."""
    if text == "":
        return ParseProblem("image is empty, expected a name such as \"nginx:1.25\"", 0)
    problem = _check_whole(text)
    if problem is not None:
        return problem

    name_part, at, digest = text.partition("@")
    last_slash = name_part.rfind("/")
    colon = name_part.rfind(":")
    tag: str | None = None
    name = name_part
    if colon > last_slash:
        name, tag = name_part[:colon], name_part[colon + 1 :]

    registry: str | None = None
    repository = name
    path_offset = 0
    first_slash = name.find("/")
    if first_slash >= 0 and looks_like_host(name[:first_slash]):
        registry, repository = name[:first_slash], name[first_slash + 1 :]
        path_offset = first_slash + 1
        problem = _check_host(text, registry)
        if problem is not None:
            return problem

    problem = _check_path(text, repository, path_offset)
    if problem is None and len(name) > MAX_NAME_LENGTH:
        problem = ParseProblem(
            f"image name is {len(name)} characters long, expected at most {MAX_NAME_LENGTH}",
            0,
            len(name),
        )
    if problem is None and tag is not None:
        problem = _check_tag(text, tag, colon + 1)
    if problem is None and at:
        problem = _check_digest(text, digest, len(name_part) + 1)
    if problem is not None:
        return problem
    return ImageRef(text, registry, repository, tag, digest if at else None)


def resolve_image(
    ref: ImageRef, registries: Mapping[str, Sequence[str]], default_registry: str | None
) -> Resolution:
    """Resolve `ref` against declared registries (address → credentials' `repository` prefixes, in order).

    A host that is not declared but equals `default_registry` counts as the default registry, which
    the platform is configured to pull from (the reference does not cover this case). For matching
    on a Docker Hub default, a one-component path gets "library/" prepended (nginx → library/nginx),
    where Docker Hub keeps official images; an explicit Docker Hub host does not, since the platform
    needs "library/" written out there (reference §8.1).
    """
    host = ref.registry
    if host is not None and host in registries:
        return _with_credentials("remote-registry", host, ref.repository, registries[host])
    if host is not None and host != default_registry:
        return Resolution("undeclared-host", host, ref.repository, None, None)
    if default_registry is None:
        return Resolution("control-tower", None, ref.repository, None, None)
    repository = ref.repository
    if host is None and default_registry in DOCKER_HUB_ADDRESSES and "/" not in repository:
        repository = "library/" + repository
    return _with_credentials(
        "default-registry", default_registry, repository, registries.get(default_registry, ())
    )


def close_addresses(host: str, addresses: Iterable[str], exclude: str | None = None) -> str | None:
    """The declared address `host` was most likely meant to be, or None when none is close.

    Close means the same host with another or no port, a difference of letter case, or at most two
    edits (a swap of neighbours counts as one; short hosts allow fewer). ``exclude``: an address
    to leave out (is there another close one?).
    """
    members, bare_hosts, lowered, answers = _prepared(tuple(addresses))
    key = (host, exclude)
    if key not in answers:  # kept per host: every image of a file usually repeats the same typo
        answers[key] = _close_address(host, exclude, members, bare_hosts, lowered)
    return answers[key]


def _close_address(host: str, exclude: str | None, members: frozenset[str], bare_hosts: dict[str, list[str]],
                   lowered: list[tuple[str, str]]) -> str | None:
    if host in members and host != exclude:
        return None
    bare_host = _without_port(host).lower()
    for address in bare_hosts.get(bare_host, ()):
        if address != exclude:
            return address
    if len(host) > _MAX_FUZZY_LENGTH:
        return None
    best: str | None = None
    best_distance = min(2, len(host) // 3) + 1
    lower = host.lower()
    for address, address_lower in lowered:
        if address == exclude:
            continue
        distance = edit_distance(lower, address_lower, best_distance - 1)
        if distance < best_distance:
            best, best_distance = address, distance
            if distance == 1:
                break  # nothing comes closer: an address equal but for case returned above
    return best


@functools.lru_cache(maxsize=16)
def _prepared(addresses: tuple[str, ...]) -> tuple[frozenset[str], dict[str, list[str]], list[tuple[str, str]],
                                                 dict[tuple[str, str | None], str | None]]:
    """The declared addresses, ready for ``close_addresses``: a set, the addresses by their host
    without port in lower case (in order), each with its lower-case form, and the answers so far.
    A project's addresses are the same tuple for every image, so this is done once per run."""
    bare: dict[str, list[str]] = {}
    for address in addresses:
        bare.setdefault(_without_port(address).lower(), []).append(address)
    return frozenset(addresses), bare, [(a, a.lower()) for a in addresses], {}


# --------------------------------------------------------------------------- parsing


def _check_whole(text: str) -> ParseProblem | None:
    """Problems about the string as a whole: template leftovers, outer whitespace, a URL scheme."""
    problem = _find_template(text)
    if problem is not None:
        return problem
    stripped = text.lstrip()
    if len(stripped) < len(text):
        return ParseProblem(
            f"image {quote(text)} starts with whitespace", 0, max(len(text) - len(stripped), 1)
        )
    stripped = text.rstrip()
    if len(stripped) < len(text):
        return ParseProblem(
            f"image {quote(text)} ends with whitespace", len(stripped), len(text) - len(stripped)
        )
    scheme, separator, _ = text.partition("://")
    if separator and scheme and scheme[0].isascii() and scheme[0].isalpha() and all(
        char in _SCHEME_CHARS for char in scheme
    ):
        return ParseProblem(
            f'image {quote(text)} starts with the scheme "{scheme}://", expected "host/path" '
            "without a scheme",
            0,
            len(scheme) + 3,
        )
    return None


def _find_template(text: str) -> ParseProblem | None:
    """The first unexpanded variable (`${X}`, `$X`, `$(cmd)`) or placeholder (`<tag>`, `{{ .Tag }}`)."""
    if "$" not in text and "<" not in text and "{" not in text:
        return None  # the common case, without a walk over every character
    absent: set[str] = set()
    for offset, char in enumerate(text):
        following = text[offset + 1 : offset + 2]
        if char == "$" and (following in ("{", "(", "_") or following.isalpha()):
            if following in ("{", "("):
                end = text.find("}" if following == "{" else ")", offset)
                end = len(text) if end < 0 else end + 1
            else:
                end = offset + 1
                while end < len(text) and (text[end].isalnum() or text[end] == "_"):
                    end += 1
            found = text[offset:end]
            what = "shell substitutions" if following == "(" else "variables"
            return ParseProblem(
                f"{what} are not expanded in image, found {quote(found)} in {quote(text)}",
                offset,
                len(found),
            )
        if (char == "<" or char == "{") and (closing := ">" if char == "<" else "}") not in absent:
            end = text.find(closing, offset + 1)
            if end < 0:
                absent.add(closing)  # nor after any later opening: searching again would be quadratic
                continue
            end += 1
            while end < len(text) and text[end] == closing:
                end += 1
            found = text[offset:end]
            return ParseProblem(
                f"image {quote(text)} contains the placeholder {quote(found)}", offset, len(found)
            )
    return None


def looks_like_host(component: str) -> bool:
    """Whether the first component of an image names a registry host."""
    # Docker's rule; the platform's own rule is not documented (reference §8.3).
    return "." in component or ":" in component or component == "localhost" or component.startswith("[")


def _check_host(text: str, host: str) -> ParseProblem | None:
    """Check "host[:port]" at the start of `text`."""
    if host.startswith("["):
        close = host.find("]")
        if close < 0:
            return ParseProblem(f'registry host {quote(host)} has no closing "]"', 0, len(host))
        address = host[1:close]
        if address.count(":") < 2 or any(char not in _HEX and char != ":" for char in address):
            return ParseProblem(
                f"registry host {quote(host[: close + 1])} is not an IPv6 address", 0, close + 1
            )
        rest = host[close + 1 :]
        if rest and not rest.startswith(":"):
            return ParseProblem(
                f'unexpected {quote(rest[0])} after "]" in registry host {quote(host)}, '
                'expected ":PORT" or "/"',
                close + 1,
            )
        return _check_port(host, rest[1:], close + 2) if rest else None
    hostname, colon, port = host.partition(":")
    problem = _check_hostname(text, hostname)
    if problem is None and colon:
        problem = _check_port(host, port, len(hostname) + 1)
    return problem


def _check_hostname(text: str, hostname: str) -> ParseProblem | None:
    if hostname == "":
        return ParseProblem(f"image {quote(text)} has an empty registry host before \":\"", 0)
    fault = hostname_fault(hostname)
    if fault is None:
        return None
    if fault.kind == "empty-part":
        return ParseProblem(f"registry host {quote(hostname)} has an empty part between dots", fault.offset)
    if fault.kind == "character":
        return ParseProblem(
            f"registry host {quote(hostname)} contains {describe_char(fault.part)}, "
            'expected letters, digits, "-" and "."',
            fault.offset,
        )
    return ParseProblem(
        f"registry host {quote(hostname)} has the part {quote(fault.part)}, "
        'which starts or ends with "-"',
        fault.offset,
        fault.length,
    )


def _check_port(host: str, port: str, offset: int) -> ParseProblem | None:
    if port == "":
        return ParseProblem(
            f'registry host {quote(host)} has an empty port after ":"', max(offset - 1, 0)
        )
    if any(char not in _DIGITS for char in port):
        return ParseProblem(
            f"registry port {quote(port)} in {quote(host)} is not a number", offset, len(port)
        )
    significant = port.lstrip("0")
    if len(significant) > len(str(MAX_PORT)) or not MIN_PORT <= int(significant or "0") <= MAX_PORT:
        return ParseProblem(
            f"registry port {quote(port, 12)[1:-1]} is outside {MIN_PORT}-{MAX_PORT}",
            offset,
            len(port),
        )
    return None


def _check_path(text: str, path: str, offset: int) -> ParseProblem | None:
    if path == "":
        if offset == 0:
            return ParseProblem(f"image {quote(text)} has no repository name", 0)
        return ParseProblem(
            f"image {quote(text)} has no repository after the registry host", offset - 1
        )
    start = offset
    for component in path.split("/"):
        problem = _check_path_component(text, component, start)
        if problem is not None:
            return problem
        start += len(component) + 1
    return None


def _check_path_component(text: str, component: str, offset: int) -> ParseProblem | None:
    if _PATH_COMPONENT.fullmatch(component):
        return None
    if component == "":
        # Point at the slash next to the gap: the one after it, or the one before it at the end.
        where = offset if offset < len(text) and text[offset] == "/" else offset - 1
        return ParseProblem(f"image {quote(text)} has an empty path component", max(where, 0))
    for index, char in enumerate(component):
        if char not in _PATH_CHARS:
            return ParseProblem(
                f"path component {quote(component)} of image {quote(text)} contains "
                f'{describe_char(char)}, expected lower-case letters, digits, ".", "_" and "-"',
                offset + index,
            )
    if _PATH_COMPONENT.fullmatch(component.lower()):
        return ParseProblem(
            f"path component {quote(component)} of image {quote(text)} has upper-case letters, "
            f"expected lower case ({quote(component.lower())})",
            offset,
            len(component),
        )
    for run in _PATH_SEPARATOR_RUN.finditer(component):
        if run.start() == 0 or run.end() == len(component):
            return ParseProblem(
                f"path component {quote(component)} of image {quote(text)} must start and end "
                "with a letter or digit",
                offset + run.start(),
                run.end() - run.start(),
            )
        separator = run.group()
        if separator not in (".", "_", "__") and separator.strip("-"):
            return ParseProblem(
                f"path component {quote(component)} of image {quote(text)} has the separator "
                f'{quote(separator)}, expected ".", "_", "__" or dashes',
                offset + run.start(),
                len(separator),
            )
    return ParseProblem(
        f"path component {quote(component)} of image {quote(text)} is not valid", offset, len(component)
    )


def _check_tag(text: str, tag: str, offset: int) -> ParseProblem | None:
    if tag == "":
        return ParseProblem(f'image {quote(text)} has an empty tag after ":"', offset - 1)
    for index, char in enumerate(tag):
        if char not in _TAG_CHARS:
            return ParseProblem(
                f"tag {quote(tag)} contains {describe_char(char)}, "
                'expected letters, digits, "_", "." and "-"',
                offset + index,
            )
    if tag[0] in ".-":
        return ParseProblem(f'tag {quote(tag)} must start with a letter, digit or "_"', offset)
    if len(tag) > MAX_TAG_LENGTH:
        return ParseProblem(
            f"tag is {len(tag)} characters long, expected at most {MAX_TAG_LENGTH}",
            offset,
            len(tag),
        )
    return None


def _check_digest(text: str, digest: str, offset: int) -> ParseProblem | None:
    if digest == "":
        return ParseProblem(f'image {quote(text)} has an empty digest after "@"', offset - 1)
    algorithm, colon, hex_digits = digest.partition(":")
    if not colon:
        return ParseProblem(
            f'digest {quote(digest)} has no ":", expected "sha256:" followed by 64 hex digits',
            offset,
            len(digest),
        )
    if not _DIGEST_ALGORITHM.fullmatch(algorithm):
        return ParseProblem(
            f"digest algorithm {quote(algorithm)} is not valid, expected a name such as \"sha256\"",
            offset,
            max(len(algorithm), 1),
        )
    hex_offset = offset + len(algorithm) + 1
    for index, char in enumerate(hex_digits):
        if char not in _HEX:
            return ParseProblem(
                f"digest {quote(digest)} contains {describe_char(char)}, expected hex digits",
                hex_offset + index,
            )
    if hex_digits == "":
        return ParseProblem(f"digest {quote(digest)} has no hex digits", hex_offset - 1)
    if algorithm == "sha256" and len(hex_digits) != _SHA256_HEX:
        return ParseProblem(
            f"sha256 digest has {len(hex_digits)} hex digits, expected {_SHA256_HEX}",
            hex_offset,
            len(hex_digits),
        )
    if len(hex_digits) < _MIN_DIGEST_HEX:
        return ParseProblem(
            f"digest has {len(hex_digits)} hex digits, expected at least {_MIN_DIGEST_HEX}",
            hex_offset,
            len(hex_digits),
        )
    return None


# --------------------------------------------------------------------------- resolution


def _with_credentials(
    source: RegistrySource, registry: str, repository: str, prefixes: Sequence[str]
) -> Resolution:
    index = _choose_credentials(repository, prefixes)
    prefix = None if index is None else prefixes[index]
    return Resolution(source, registry, repository, index, prefix)


def _choose_credentials(repository: str, prefixes: Sequence[str]) -> int | None:
    """Index of the longest `repository` prefix covering `repository` by whole path components.

    "*" covers everything but loses to any real prefix; on a tie the first declared entry wins.
    Slashes around a prefix are ignored ("team/" is "team").
    """
    best: int | None = None
    best_rank = -1
    for index, prefix in enumerate(prefixes):
        if prefix == "*":
            rank = 0
        else:
            component_prefix = prefix.strip("/")
            if not component_prefix or not (
                repository == component_prefix or repository.startswith(component_prefix + "/")
            ):
                continue
            rank = len(component_prefix) + 1
        if rank > best_rank:
            best, best_rank = index, rank
    return best


def _without_port(address: str) -> str:
    if address.startswith("["):
        return address[: address.find("]") + 1] or address
    return address.partition(":")[0]
