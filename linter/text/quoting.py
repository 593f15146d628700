"""How messages show values: quoted, escaped (control and bidi characters, undecodable bytes),
URL passwords masked, clipped; and how they list choices."""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

# C0/C1 controls, DEL and bidi controls are escaped in every printed string.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def _escape_char(match: re.Match[str]) -> str:
    ch = match.group()
    code = ord(ch)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


# URL userinfo: "https://robot:PASSWORD@host" shows as "https://robot:***@host", a lone token as
# "https://***@host"; a value clipped before its "@" ("https://robot:PASS…") is masked too.
_USERINFO = re.compile(r"(?i)(\b[a-z][a-z0-9+.-]*://)([^\s/@:\"'?#]*:)?[^\s/@\"'?#…]*(@|…)")


# Without a scheme: "robot:PASSWORD@registry.example.com" (a host with a dot after the "@", which an
# image digest such as "nginx:1.25@sha256:..." does not have).
_BARE_USERINFO = re.compile(r"(?<![\w.:/@-])([\w.~%+-]+:)[^\s/@:\"'…]+@(?=[A-Za-z0-9-]+\.[A-Za-z0-9])")


def _mask_userinfo(match: re.Match[str]) -> str:
    return match.group(1) + (match.group(2) or "") + "***" + match.group(3)


def clean(text: str, limit: int | None = None) -> str:
    """Escape control and bidi characters, lone surrogates (undecodable file-name bytes), mask URL
    passwords and clip."""
    if "://" in text:
        text = _USERINFO.sub(_mask_userinfo, text)
    if "@" in text:
        text = _BARE_USERINFO.sub(r"\1***@", text)
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    if _UNSAFE.search(text):
        text = _UNSAFE.sub(_escape_char, text)
    if _SURROGATE.search(text):
        text = _SURROGATE.sub(lambda m: f"\\x{ord(m.group()) - 0xDC00:02x}", text)
    return text


# lone surrogates: the bytes of a file name that did not decode (os.fsdecode's surrogateescape)
_SURROGATE = re.compile("[\udc80-\udcff]")


def quote(value: Any, limit: int = 80) -> str:
    """A value as a message shows it: strings quoted, other scalars as YAML writes them."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    # a value is one line in a message: its line breaks and tabs read as their escapes
    text = str(value).translate(_LINE_ESCAPES)
    return '"' + clean(text, limit).replace('"', '\\"') + '"'


_LINE_ESCAPES = {ord("\n"): "\\n", ord("\t"): "\\t", ord("\r"): "\\r"}


def list_choices(names: Iterable[str], limit: int = 8) -> str:
    """'"a", "b", "c"' for the first ``limit`` names, then ", …" when there are more."""
    names = list(names)
    shown = ", ".join(quote(n, 60) for n in names[:limit])
    return shown + (", …" if len(names) > limit else "")


def describe_char(char: str) -> str:
    """A character as a message names it: "a space", whitespace quoted, anything else quoted."""
    if char == " ":
        return "a space"
    if char.isspace():
        return f"whitespace {quote(char)}"
    return quote(char)
