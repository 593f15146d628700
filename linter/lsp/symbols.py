"""Document symbols: an application as the application, its services and, under each service, its
containers, init containers, volumes and variables; every other document as the outline of its
top-level keys. A symbol's range is the whole object (from its key to the end of its value), its
selection range the name. Values are never shown (a variable or a secret's data may be secret)."""
from __future__ import annotations

from typing import Any

from lsprotocol import types as lsp
from pygls.uris import to_fs_path

from avassa_lint.core.diagnostic import Span
from avassa_lint.loading.classify import APPLICATION


def register(server: Any) -> None:
    @server.feature(lsp.TEXT_DOCUMENT_DOCUMENT_SYMBOL)
    def _symbols(ls: Any, params: lsp.DocumentSymbolParams) -> list[lsp.DocumentSymbol]:
        return document_symbols(ls, params.text_document.uri)


def document_symbols(ls: Any, uri: str) -> list[lsp.DocumentSymbol]:
    path = to_fs_path(uri) or ""
    result = ls.state.results.get(path)
    if result is None:
        return []
    lines = ls.lines_of(path)
    apps: dict[int, Any] = {}
    if any(item.kind == APPLICATION for item in result.classified):
        try:
            apps = {id(app.node.document): app for app in ls.project().applications if app.node.path == path}
        except Exception:  # noqa: BLE001 - the outline still shows the keys
            apps = {}
    symbols: list[lsp.DocumentSymbol] = []
    for item in result.classified:
        doc = item.document
        app = apps.get(id(doc)) if item.kind == APPLICATION else None
        if app is not None:
            symbols.append(_application(lines, app))
        else:
            symbols.extend(_outline(lines, doc))
    return symbols


def _union(a: Span, b: Span | None) -> Span:
    if b is None:
        return a
    start = min((a.line, a.column), (b.line, b.column))
    end = max((a.end_line, a.end_column), (b.end_line, b.end_column))
    return Span(a.path, start[0], start[1], end[0], end[1])


_CLOSERS = {"[": "]", "{": "}"}


def value_span(lines: Any, spans: Any, ypath: tuple) -> Span | None:
    """The value's span, a flow collection's closing bracket included (the loader's span of
    ``[a, b]`` and ``{a: 1}`` ends at its last item)."""
    span = spans.value(ypath)
    if span is None:
        return None
    opener = lines.line(span.line)[span.column - 1: span.column]
    closer = lines.line(span.end_line)[span.end_column - 1: span.end_column]
    if opener in _CLOSERS and closer == _CLOSERS[opener]:
        return Span(span.path, span.line, span.column, span.end_line, span.end_column + 1)
    return span


def _whole(lines: Any, node: Any) -> Span:
    """From the object's key (or first line) to the end of its value."""
    spans = node.document.spans
    key, value = spans.key(node.ypath), value_span(lines, spans, node.ypath)
    if key is not None:
        return _union(key, value)
    return value or node.span


def _symbol(lines: Any, node: Any, name: Any, fallback: str, kind: lsp.SymbolKind, detail: str | None,
            children: list[lsp.DocumentSymbol] | None = None) -> lsp.DocumentSymbol:
    whole = _whole(lines, node)
    if name is not None and isinstance(name.value, str):
        selection, shown = name.span, name.value
        whole = _union(whole, selection)
    else:
        start = Span(whole.path, whole.line, whole.column, whole.line, whole.column)
        selection, shown = start, fallback
    return lsp.DocumentSymbol(name=shown or fallback, kind=kind, range=lines.range(whole),
                              selection_range=lines.range(selection), detail=detail, children=children or None)


def _application(lines: Any, app: Any) -> lsp.DocumentSymbol:
    services = []
    for service in app.services:
        children = []
        for container in service.init_containers:
            children.append(_symbol(lines, container.node, container.name, "(init container)", lsp.SymbolKind.Object,
                                    "init container"))
        for container in service.containers:
            children.append(_symbol(lines, container.node, container.name, "(container)", lsp.SymbolKind.Object,
                                    "container"))
        for volume in service.volumes:
            detail = "volume" + (f" ({', '.join(volume.types)})" if volume.types else "")
            children.append(_symbol(lines, volume.node, volume.name, "(volume)", lsp.SymbolKind.Field, detail))
        for variable in service.variables:
            detail = "variable from a vault secret" if variable.secret_ref is not None else "variable"
            children.append(_symbol(lines, variable.node, variable.name, "(variable)", lsp.SymbolKind.Variable,
                                    detail))
        detail = "service" + (f" ({service.mode.value})" if service.mode is not None else "")
        services.append(_symbol(lines, service.node, service.name, "(service)", lsp.SymbolKind.Class, detail,
                                children))
    version = app.version.value if app.version is not None else None
    detail = "application" + (f" {version}" if isinstance(version, (str, int, float)) else "")
    return _symbol(lines, app.node, app.name, "(application)", lsp.SymbolKind.Module, detail, services)


def _outline(lines: Any, doc: Any) -> list[lsp.DocumentSymbol]:
    if not isinstance(doc.data, dict):
        return []
    out = []
    for key in doc.data:
        key_span = doc.spans.key((key,))
        if key_span is None:
            continue
        value = doc.data[key]
        whole = _union(key_span, value_span(lines, doc.spans, (key,)))
        kind = (lsp.SymbolKind.Object if isinstance(value, dict) else lsp.SymbolKind.Array if isinstance(value, list)
                else lsp.SymbolKind.Field)
        out.append(lsp.DocumentSymbol(name=str(key) or "(empty key)", kind=kind, range=lines.range(whole),
                                      selection_range=lines.range(key_span)))
    return out
