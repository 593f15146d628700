"""Completion: keys allowed at the cursor (minus those present), enum values, and declared names
for references (vaults, secrets of that vault, keys of that secret, volumes and ``${VAR}`` names of
the service, applications and their versions, registry hosts at the start of an image).

The document may not parse while the user types, so the place of the cursor (the YAML path of the
mapping it is in, the keys present there and their values) is read from the text by indentation;
the loaded project model gives the declared names. A secret's value is never offered: only names
(of vaults, secrets, and the keys of a secret's data) are.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from lsprotocol import types as lsp
from pygls.uris import to_fs_path

from avassa_lint.lsp.schema_walk import expand, schema_at

TRIGGERS = [":", " ", "/", "{"]
MAX_TEXT = 5_000_000  # characters of a document beyond which nothing is offered
_KEY = re.compile(r"""([A-Za-z0-9_][A-Za-z0-9_.\-/]*|"[^"]*"|'[^']*')\s*:(?:\s|$)""")
_PARTIAL_KEY = re.compile(r"[A-Za-z0-9_.\-]*$")
_DOC_BREAK = re.compile(r"^(---|\.\.\.)(\s|$)")
_SECRET_MAPPINGS = ("value-from-vault-secret", "vault-secret", "credentials")
# --------------------------------------------------------------------------- the text around the cursor


@dataclass
class Line:
    """A line's structure: the columns of its sequence dashes, its key (and column) and value."""

    dashes: list[int]
    key: str | None
    key_col: int
    value: str
    content_col: int  # the first column after the dashes (-1: blank or a comment)


def _parse_line(text: str) -> Line:
    i = 0
    n = len(text)
    while i < n and text[i] == " ":
        i += 1
    if i >= n or text[i] == "#":
        return Line([], None, -1, "", -1)
    dashes = []
    while i < n and text[i] == "-" and (i + 1 == n or text[i + 1] in " \t"):
        dashes.append(i)
        i += 1
        while i < n and text[i] == " ":
            i += 1
    if i >= n or text[i] == "#":
        return Line(dashes, None, i, "", i if dashes else -1)
    match = _KEY.match(text, i)
    if match is None:
        return Line(dashes, None, i, text[i:], i)
    key = match.group(1)
    if key[:1] in "\"'":
        key = key[1:-1]
    value = text[match.end():].split(" #", 1)[0].strip()
    return Line(dashes, key, i, value, i)


@dataclass
class Place:
    """Where the cursor is: the YAML path of its mapping, the keys there (with their values as
    written on their line) and, for a value, the key it belongs to and what is typed of it."""

    path: list[str | int]
    present: dict[str, str] = field(default_factory=dict)
    key: str | None = None  # completing this key's value
    typed: str = ""  # the value typed so far (before the cursor)
    needs_space: bool = False  # the cursor is right after "key:"
    listed: list[str] = field(default_factory=list)  # the scalar items of the list the cursor is in
    rows: tuple[int, int] = (0, 0)  # the rows [start, end) of the cursor's YAML document
    replaced: str = ""  # what an item replaces: the text typed before the cursor (a partial key or value)
    cursor: lsp.Position | None = None


@dataclass
class _Frame:
    col: int
    seq: bool
    path: list[str | int]
    keys: dict[str, str] = field(default_factory=dict)
    last_key: str | None = None
    last_open: bool = False  # the last key's value is on the lines below
    count: int = -1  # the index of the current item of a sequence
    scalars: list[str] = field(default_factory=list)  # the scalar items of a sequence


def _open_value(value: str) -> bool:
    """A value that leaves the key's content to the lines below ("", an anchor or a tag only)."""
    return value == "" or bool(re.fullmatch(r"([&!]\S*\s*)+", value))


class _Tracker:
    """The block structure of a document, line by line, by indentation."""

    def __init__(self) -> None:
        self.stack: list[_Frame] = []

    def _child_path(self, top: _Frame) -> list[str | int] | None:
        if top.seq:
            return top.path + [max(top.count, 0)]
        if top.last_key is not None and top.last_open:
            return top.path + [top.last_key]
        return None

    def token(self, col: int, dash: bool) -> _Frame | None:
        """Place a dash or a key at ``col``: the frame it belongs to (None: not followed)."""
        stack = self.stack
        while stack and stack[-1].col > col:
            stack.pop()
        while stack and stack[-1].col == col and stack[-1].seq and not dash:
            stack.pop()  # a key at the column of a compact sequence's dashes ends it
        if not stack:
            frame = _Frame(col, dash, [])
            stack.append(frame)
        else:
            top = stack[-1]
            if top.col == col and top.seq == dash:
                frame = top
            elif top.col == col and dash:  # a compact sequence under the map's last key
                path = self._child_path(top)
                if path is None or top.seq:
                    return None
                frame = _Frame(col, True, path)
                stack.append(frame)
            elif top.col < col:
                path = self._child_path(top)
                if path is None:
                    return None
                frame = _Frame(col, dash, path)
                stack.append(frame)
            else:
                return None
        if dash:
            frame.count += 1
        return frame

    def line(self, line: Line) -> None:
        frame = None
        for d in line.dashes:
            frame = self.token(d, True)
            if frame is None:
                return
        if line.key is not None:
            frame = self.token(line.key_col, False)
            if frame is not None:
                frame.keys.setdefault(line.key, line.value)
                frame.last_key = line.key
                frame.last_open = _open_value(line.value)
        elif frame is not None and line.value:
            frame.scalars.append(_scalar(line.value.split(" #", 1)[0]))  # "- scalar"


def place_at(lines: list[str], row: int, character: int) -> Place | None:
    """The cursor's place, from the text's indentation (None when it is not at a key or value)."""
    text = lines[row] if row < len(lines) else ""
    prefix = text[:character]
    start = row
    while start > 0 and not _DOC_BREAK.match(lines[start - 1]):
        start -= 1
    end = row + 1
    while end < len(lines) and not _DOC_BREAK.match(lines[end]):
        end += 1
    tracker = _Tracker()
    for number in range(start, row):
        parsed = _parse_line(lines[number])
        if parsed.content_col >= 0 or parsed.dashes:
            tracker.line(parsed)
    current = _parse_line(prefix)
    key = None
    typed = ""
    needs_space = False
    if current.key is not None:
        key = current.key
        match = _KEY.match(prefix, current.key_col)
        rest = prefix[match.end():] if match is not None else ""
        typed = rest.lstrip()
        needs_space = match is not None and prefix[match.end() - 1] == ":"
        column = current.key_col
    elif current.content_col >= 0:
        if not _PARTIAL_KEY.fullmatch(prefix[current.content_col:]):
            return None
        column = current.content_col
    else:
        if prefix.strip():
            return None
        column = len(prefix)
    for d in current.dashes:
        if tracker.token(d, True) is None:
            return None
    target = tracker.token(column, False)
    if target is None:
        return None
    present = target.keys
    under = tracker.stack[-2] if len(tracker.stack) > 1 and tracker.stack[-1] is target else None
    seq = under if under is not None and under.seq and current.dashes else None
    if key is not None:
        present.setdefault(key, current.value)
    # the keys below the cursor in the same mapping
    for number in range(row + 1, end):
        parsed = _parse_line(lines[number])
        if parsed.content_col < 0 and not parsed.dashes:
            continue
        tracker.line(parsed)
        if not any(frame is target or frame is seq for frame in tracker.stack):
            break
    listed = list(seq.scalars) if seq is not None else []
    replaced = typed if key is not None else prefix[column:]
    if replaced[:1] in ("'", '"'):
        replaced = replaced[1:]
    return Place(list(target.path), dict(present), key, typed, needs_space, listed, (start, end), replaced)


def scan(lines: list[str], start: int, end: int) -> list[tuple[list[str | int], str, str]]:
    """Every key written in block style in rows [start, end): (path of its mapping, key, value)."""
    tracker = _Tracker()
    found = []
    for number in range(start, end):
        parsed = _parse_line(lines[number])
        if parsed.content_col < 0 and not parsed.dashes:
            continue
        tracker.line(parsed)
        if parsed.key is not None and tracker.stack and parsed.key_col == tracker.stack[-1].col \
                and not tracker.stack[-1].seq:
            found.append((list(tracker.stack[-1].path), parsed.key, parsed.value))
    return found


def _service_names(ls: Any, path: str, lines: list[str], place: Place, section: str) -> tuple[str, list[str]]:
    """The service holding the cursor: its name and the names of its ``section`` (variables or
    volumes), from the text (the document may not parse while it is typed), then the model."""
    if len(place.path) < 2 or place.path[0] != "services" or not isinstance(place.path[1], int):
        return "", []
    index = place.path[1]
    service_name = ""
    names: list[str] = []
    for at, key, value in scan(lines, *place.rows):
        if key != "name":
            continue
        if at == ["services", index]:
            service_name = _scalar(value)
        elif len(at) == 4 and at[:3] == ["services", index, section] and _scalar(value) and _scalar(value) not in names:
            names.append(_scalar(value))
    service = _service(ls, path, place.path)
    if service is not None:
        if not service_name and service.name is not None:
            service_name = str(service.name.value)
        for entry in service.variables if section == "variables" else service.volumes:
            if entry.name is not None and isinstance(entry.name.value, str) and entry.name.value not in names:
                names.append(entry.name.value)
    return service_name, names


# --------------------------------------------------------------------------- the schema at a path


def _describe_type(nodes: list[tuple[dict, str]]) -> str:
    for node, _ in nodes:
        kind = node.get("type")
        if isinstance(kind, str):
            return kind
        if isinstance(kind, list):
            return " | ".join(str(k) for k in kind)
        if "enum" in node:
            return "one of: " + ", ".join(str(v) for v in node["enum"])
    return ""


def _description(nodes: list[tuple[dict, str]]) -> str | None:
    for node, _ in nodes:
        if isinstance(node.get("description"), str):
            return node["description"]
    return None


def _keys(kind: str, path: list[str | int]) -> list[tuple[str, list[tuple[dict, str]]]]:
    found: dict[str, list[tuple[dict, str]]] = {}
    for node, where in schema_at(kind, path):
        for name, sub in (node.get("properties") or {}).items():
            if name not in found:
                found[name] = expand(sub, where)
    return list(found.items())


def _enum(kind: str, path: list[str | int]) -> list[Any]:
    values: list[Any] = []
    for node, _ in schema_at(kind, path):
        for value in node.get("enum") or []:
            if value not in values:
                values.append(value)
        if "const" in node and node["const"] not in values:
            values.append(node["const"])
    return values


# --------------------------------------------------------------------------- the handler


def _kind(ls: Any, path: str, row: int) -> str | None:
    """The kind of the document at ``row`` (0-based): the loaded result's, else the path's."""
    result = ls.state.results.get(path)
    if result is not None:
        for classified in result.classified:
            document = classified.document
            if document.start_line <= row + 1 <= document.end_line and classified.kind:
                return classified.kind
        if len(result.classified) == 1 and result.classified[0].kind:
            return result.classified[0].kind
    from avassa_lint.loading.classify import path_hint

    hint = path_hint(path)
    return hint.kind if hint is not None else None


def _service(ls: Any, path: str, place_path: list[str | int]) -> Any:
    """The model's service whose mapping holds the cursor (services/N/...)."""
    if len(place_path) < 2 or place_path[0] != "services" or not isinstance(place_path[1], int):
        return None
    try:
        project = ls.project()
    except Exception:  # noqa: BLE001 - completion without the model
        return None
    for app in project.applications:
        if app.node.path != path:
            continue
        for service in app.services:
            if tuple(service.node.ypath) == ("services", place_path[1]):
                return service
    return None


def _item(label: str, kind: lsp.CompletionItemKind, detail: str | None, place: Place,
          documentation: str | None = None, insert: str | None = None, sort: str | None = None) -> lsp.CompletionItem:
    text = insert if insert is not None else label
    if place.needs_space:
        text = " " + text
    edit = None
    if place.cursor is not None:
        width = len(place.replaced) + sum(1 for ch in place.replaced if ord(ch) > 0xFFFF)
        start = lsp.Position(line=place.cursor.line, character=max(place.cursor.character - width, 0))
        edit = lsp.TextEdit(range=lsp.Range(start=start, end=place.cursor), new_text=text)
    return lsp.CompletionItem(label=label, kind=kind, detail=detail, insert_text=None if edit else text,
                              text_edit=edit, filter_text=label, documentation=documentation,
                              sort_text=sort)


def _scalar(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def complete(ls: Any, uri: str, position: lsp.Position) -> list[lsp.CompletionItem]:
    document = ls.workspace.get_text_document(uri)
    if len(document.source) > MAX_TEXT:
        return []  # a huge file: completion would stall the server's other work
    lines = re.split(r"\r\n|\r|\n", document.source)
    if position.line >= len(lines):
        lines += [""] * (position.line - len(lines) + 1)
    text = lines[position.line]
    # the LSP character is in UTF-16 units; the line's columns in code points
    units = 0
    character = len(text)
    for index, ch in enumerate(text):
        if units >= position.character:
            character = index
            break
        units += 2 if ord(ch) > 0xFFFF else 1
    path = to_fs_path(uri) or ""
    place = place_at(lines, position.line, character)
    if place is None:
        return []
    before = text[:character]
    place.cursor = lsp.Position(line=position.line,
                                character=len(before) + sum(1 for ch in before if ord(ch) > 0xFFFF))
    kind = _kind(ls, path, position.line)
    if kind is None:
        return []
    if place.key is None:
        return _key_items(kind, place)
    return _value_items(ls, path, lines, kind, place)


def _key_items(kind: str, place: Place) -> list[lsp.CompletionItem]:
    items = []
    for index, (name, nodes) in enumerate(_keys(kind, place.path)):
        if name in place.present:
            continue
        detail = _describe_type(nodes)
        items.append(_item(name, lsp.CompletionItemKind.Property, detail or None, place, _description(nodes),
                           insert=f"{name}:" if detail in ("object", "array") else f"{name}: ", sort=f"{index:04d}"))
    if not items and place.path and isinstance(place.path[-1], int):
        # an item of a list of scalars ("- |"): the allowed values of the items
        for index, value in enumerate(_enum(kind, place.path)):
            if _label(value) in place.listed:
                continue
            items.append(_item(_label(value), lsp.CompletionItemKind.EnumMember, str(place.path[-2]), place,
                               sort=f"{index:04d}"))
    return items


def _label(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value if isinstance(value, str) else str(value)


def _value_items(ls: Any, path: str, lines: list[str], kind: str, place: Place) -> list[lsp.CompletionItem]:
    key = place.key or ""
    if kind == "secret" and any(p in ("data", "base64-data") for p in place.path):
        return []  # a secret's values are never offered
    here = place.present
    enclosing = [p for p in place.path if isinstance(p, str)]
    parent = enclosing[-1] if enclosing else None
    names: list[lsp.CompletionItem] = []
    open_brace = place.typed.rfind("${")
    if open_brace >= 0 and "}" not in place.typed[open_brace:]:
        return _variable_items(ls, path, lines, place)
    in_secret_mapping = parent in _SECRET_MAPPINGS
    if in_secret_mapping and key in ("vault", "secret", "key"):
        project = _project(ls)
        if project is None:
            return []
        vault = _scalar(here.get("vault", ""))
        if key == "vault":
            for name in sorted(project.vaults):
                names.append(_item(name, lsp.CompletionItemKind.Reference, "vault", place))
        elif key == "secret":
            for (owner, name) in sorted(project.secrets, key=lambda k: (k[0] or "", k[1])):
                if owner == vault:
                    names.append(_item(name, lsp.CompletionItemKind.Reference, f"secret in vault {vault}", place))
        else:
            secret = _scalar(here.get("secret", ""))
            seen: set[str] = set()
            for found in project.secrets.get((vault, secret), []):
                for name in list(found.data_keys) + list(found.base64_keys):
                    if name not in seen:
                        seen.add(name)
                        where = "base64-data" if name in found.base64_keys else "data"
                        names.append(_item(name, lsp.CompletionItemKind.Reference,
                                           f"key of secret {secret} ({where})", place))
        return names
    if kind == "application" and key == "volume-name":
        service_name, volumes = _service_names(ls, path, lines, place, "volumes")
        return [_item(name, lsp.CompletionItemKind.Reference, f"volume of service {service_name}", place)
                for name in volumes]
    if kind == "application-deployment" and place.path == [] and key in ("application", "application-version"):
        project = _project(ls)
        if project is None:
            return []
        if key == "application":
            for name in sorted({a.name.value for a in project.applications
                                if a.name is not None and isinstance(a.name.value, str)}):
                names.append(_item(name, lsp.CompletionItemKind.Reference, "application", place))
        else:
            wanted = _scalar(here.get("application", ""))
            seen = set()
            for app in project.applications:
                if app.name is not None and app.name.value == wanted and app.version is not None:
                    version = str(app.version.value)
                    if version not in seen:
                        seen.add(version)
                        names.append(_item(version, lsp.CompletionItemKind.Reference,
                                           f"version of application {wanted}", place, insert=f'"{version}"'))
        return names
    if kind == "application" and key == "image" and "/" not in place.typed:
        project = _project(ls)
        if project is None:
            return []
        for address in sorted(project.registries):
            names.append(_item(address + "/", lsp.CompletionItemKind.Reference, "remote registry", place))
        return names
    for index, value in enumerate(_enum(kind, place.path + [key])):
        names.append(_item(_label(value), lsp.CompletionItemKind.EnumMember, key, place, sort=f"{index:04d}"))
    return names


def _project(ls: Any) -> Any:
    try:
        return ls.project()
    except Exception:  # noqa: BLE001 - completion without the model
        return None


def _variable_items(ls: Any, path: str, lines: list[str], place: Place) -> list[lsp.CompletionItem]:
    """Inside ``${``: the service's variables, then the system variables the field may use."""
    from avassa_lint.views.substituted_fields import APPROLE_SECRET_ID, CONTAINER_VARIABLES, INSTANCE_VARIABLES
    from avassa_lint.model.substitution import SYSTEM_VARIABLES

    where = place.path + [place.key or ""]
    if len(where) < 3 or where[0] != "services" or not isinstance(where[1], int):
        return []
    place.replaced = place.typed[place.typed.rfind("${") + 2:].lstrip()
    place.needs_space = False
    field_names = [p for p in where[2:] if isinstance(p, str)]
    system = set(SYSTEM_VARIABLES)
    items = []
    if "value-from-vault-secret" not in field_names:  # its vault and secret take system variables only
        service_name, variables = _service_names(ls, path, lines, place, "variables")
        items = [_item(name, lsp.CompletionItemKind.Variable, f"variable of service {service_name}", place,
                       sort=f"0{index:04d}") for index, name in enumerate(variables)]
    section = field_names[0] if field_names else ""
    if section in ("containers", "init-containers") and len(where) > 3 and isinstance(where[3], int):
        container = where[:4]
        if not any(at == container and key == "approle" and _scalar(value)
                   for at, key, value in scan(lines, *place.rows)):
            system -= {APPROLE_SECRET_ID}
    elif section == "vm":
        system -= {APPROLE_SECRET_ID}
    else:
        system -= CONTAINER_VARIABLES
        if section in ("replicas", "site-dns-records"):
            system -= INSTANCE_VARIABLES
    for name in sorted(system):
        items.append(_item(name, lsp.CompletionItemKind.Variable, "system variable", place, sort="1" + name))
    return items


def register(server: Any) -> None:
    @server.feature(lsp.TEXT_DOCUMENT_COMPLETION, lsp.CompletionOptions(trigger_characters=TRIGGERS))
    def _completion(ls: Any, params: lsp.CompletionParams) -> lsp.CompletionList:
        try:
            items = complete(ls, params.text_document.uri, params.position)
        except Exception:  # noqa: BLE001 - a completion that fails must not stop the server
            items = []
        return lsp.CompletionList(is_incomplete=False, items=items)
