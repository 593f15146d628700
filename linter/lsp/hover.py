"""Hover: what is under the cursor, in this order:

- a finding's span: the rule's code, name and one-line summary, for every finding there;
- a reference value (a vault, secret or key of a ``value-from-vault-secret``, ``vault-secret`` or
  registry ``credentials`` entry, the registry host of a container image, a mount's
  ``volume-name``, a deployment's ``application`` and ``application-version``): where it is
  declared and what it holds (a secret's key names only, never a value);
- a key: its JSON Schema description, type, allowed values and default.
"""
from __future__ import annotations

import os
import re
from typing import Any

from lsprotocol import types as lsp
from pygls.uris import to_fs_path

from avassa_lint.core.diagnostic import Span
from avassa_lint.lsp.schema_walk import schema_at
from avassa_lint.text.quoting import clean


def register(server: Any) -> None:
    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    def _hover(ls: Any, params: lsp.HoverParams) -> lsp.Hover | None:
        return hover(ls, params.text_document.uri, params.position)


def hover(ls: Any, uri: str, position: lsp.Position) -> lsp.Hover | None:
    path = to_fs_path(uri) or ""
    result = ls.state.results.get(path)
    if result is None:
        return None
    lines = ls.lines_of(path)
    at = lines.column_of(position)
    for answer in (_on_finding, _on_reference, _on_key):
        try:
            found = answer(ls, path, result, at)
        except Exception:  # noqa: BLE001 - a hover must never take the server down
            found = None
        if found is not None:
            text, span = found
            return lsp.Hover(contents=lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value=text),
                             range=lines.range(span))
    return None


def contains(span: Span | None, at: tuple[int, int]) -> bool:
    """Whether the loader position ``at`` (line, column) is on ``span`` (its end included, so the
    cursor right after a word still hovers it)."""
    if span is None:
        return False
    return (span.line, span.column) <= at <= (span.end_line, span.end_column)


def _code(text: object) -> str:
    """``text`` as inline Markdown code, whatever backticks it holds."""
    value = clean(str(text))
    fence = "`" * (max((len(m) for m in re.findall(r"`+", value)), default=0) + 1)
    pad = " " if value.startswith("`") or value.endswith("`") else ""
    return f"{fence}{pad}{value}{pad}{fence}"


def _where(ls: Any, span: Span) -> str:
    root = ls.state.root
    shown = span.path
    if root:
        try:
            relative = os.path.relpath(span.path, root)
        except ValueError:
            relative = span.path
        if not relative.startswith(".."):
            shown = relative.replace(os.sep, "/")
    return f"{shown}:{span.line}"


# --------------------------------------------------------------------------- findings


def _on_finding(ls: Any, path: str, result: Any, at: tuple[int, int]) -> tuple[str, Span] | None:
    here = [d for d in ls.state.diagnostics.get(path, []) if contains(d.span, at)]
    if not here:
        return None
    rules = ls.state.registry.rules if ls.state.registry is not None else {}
    parts, seen = [], set()
    for d in here:
        if d.code in seen:
            continue
        seen.add(d.code)
        rule = rules.get(d.code)
        summary = rule.summary if rule is not None else ""
        name = d.name or (rule.name if rule is not None else "")
        parts.append(f"**{d.code}** {_code(name)}" + (f": {summary}" if summary else ""))
    # the narrowest finding's span: the one the cursor is most surely on
    span = min(here, key=lambda d: (d.span.end_line - d.span.line, d.span.end_column - d.span.column)).span
    return "\n\n".join(parts), span


# --------------------------------------------------------------------------- references


def _on_reference(ls: Any, path: str, result: Any, at: tuple[int, int]) -> tuple[str, Span] | None:
    project = ls.project()

    def here(located: Any) -> bool:
        return located is not None and located.span.path == path and contains(located.span, at)

    for ref in project.secret_refs:
        if ref.node.path != path:
            continue
        if here(ref.vault):
            return _vault_text(ls, project, ref.vault.value), ref.vault.span
        if here(ref.secret):
            return _secret_text(ls, project, ref), ref.secret.span
        if here(ref.key):
            return _key_text(ls, project, ref), ref.key.span
    for container in project.containers():
        image = container.image
        if container.node.path == path and here(image):
            found = _registry_host(ls, project, image, at)
            if found is not None:
                return found
        for mount in container.mounts:
            if here(mount.volume_name):
                return _volume_text(ls, container, mount.volume_name.value), mount.volume_name.span
    found = _variable_reference(ls, project, path, at)
    if found is not None:
        return found
    for deployment in project.deployments:
        if here(deployment.application):
            return _application_text(ls, project, deployment.application.value), deployment.application.span
        if here(deployment.application_version) and deployment.application is not None:
            return (_version_text(ls, project, deployment.application.value, deployment.application_version.value),
                    deployment.application_version.span)
    return None


def _vault_text(ls: Any, project: Any, name: str) -> str:
    head = f"**vault** {_code(name)}"
    vaults = project.vaults.get(name, [])
    secrets = sorted(s for v, s in project.secrets if v == name)
    if vaults:
        places = ", ".join(_where(ls, v.name.span if v.name else v.node.span) for v in vaults)
        body = f"declared at {places}"
    elif name in project.external.vaults:
        body = "declared outside this project (configuration: external vaults)"
    else:
        body = "not declared in this project"
    count = f"{len(secrets)} secret{'s' if len(secrets) != 1 else ''}"
    listed = (": " + ", ".join(_code(s) for s in secrets)) if secrets else ""
    return f"{head}\n\n{body}\n\nholds {count}{listed}"


def _secret_lines(ls: Any, secrets: list) -> list[str]:
    out = []
    for secret in secrets:
        where = _where(ls, secret.name.span if secret.name else secret.node.span)
        if secret.keys_in_file:
            names = sorted(secret.keys)
            keys = ", ".join(_code(k) for k in names) if names else "none"
            out.append(f"declared at {where}\n\nkeys: {keys}")
        elif secret.keys_generated:
            out.append(f"declared at {where}\n\nkeys: made by Strongbox (auto-cert)")
        else:
            out.append(f"declared at {where}\n\nkeys: none in the file")
    return out


def _secret_text(ls: Any, project: Any, ref: Any) -> str:
    vault = ref.vault.value if ref.vault is not None else None
    name = ref.secret.value
    head = f"**secret** {_code(name)}" + (f" of vault {_code(vault)}" if vault else "")
    if ref.from_tenant is not None:
        return f"{head}\n\nfrom tenant {_code(ref.from_tenant.value)}: declared outside this project"
    secrets = project.find_secret(vault, name) if vault is not None else []
    if secrets:
        return "\n\n".join([head] + _secret_lines(ls, secrets))
    if vault is not None and project.declares_secret(vault, name):
        return f"{head}\n\ndeclared outside this project (configuration: external secrets)"
    requests = project.certificate_requests(vault, name) if vault is not None else []
    if requests:
        places = ", ".join(_where(ls, r.node.span) for r in requests)
        return f"{head}\n\nwritten by the ACME static request at {places}"
    return f"{head}\n\nnot declared in this project"


def _key_text(ls: Any, project: Any, ref: Any) -> str:
    key = ref.key.value
    vault = ref.vault.value if ref.vault is not None else None
    secret = ref.secret.value if ref.secret is not None else None
    head = f"**key** {_code(key)}" + (f" of secret {_code(secret)}" if secret else "") + (
        f" (vault {_code(vault)})" if vault else "")
    secrets = project.find_secret(vault, secret) if vault is not None and secret is not None else []
    if not secrets:
        return f"{head}\n\nthe secret is not declared in this project"
    parts = [head]
    for s in secrets:
        span = s.data_keys.get(key) or s.base64_keys.get(key)
        if span is not None:
            which = "data" if key in s.data_keys else "base64-data"
            parts.append(f"declared at {_where(ls, span)} (under {_code(which)})")
        else:
            names = sorted(s.keys)
            keys = ", ".join(_code(k) for k in names) if names else "none"
            parts.append(f"not a key of the secret at {_where(ls, s.name.span if s.name else s.node.span)}"
                         f"\n\nkeys: {keys}")
    return "\n\n".join(parts)


def _registry_host(ls: Any, project: Any, image: Any, at: tuple[int, int]) -> tuple[str, Span] | None:
    from avassa_lint.model.image_ref import ImageRef, parse_image

    parsed = parse_image(image.value)
    if not isinstance(parsed, ImageRef) or parsed.registry is None:
        return None
    span = image.part(0, len(parsed.registry))
    if span == image.span or not contains(span, at):
        return None
    host = parsed.registry
    head = f"**registry** {_code(host)}"
    found = project.registries.get(host, [])
    if not found:
        found = [r for r in project.all_registries()
                 if r.override_address is not None and r.override_address.value == host]
    if found:
        parts = [head]
        for registry in found:
            where = _where(ls, registry.address.span if registry.address else registry.node.span)
            credentials = len(registry.credentials)
            parts.append(f"declared at {where}; {credentials} credentials entr{'ies' if credentials != 1 else 'y'}")
        return "\n\n".join(parts), span
    if host in project.external.registries:
        return f"{head}\n\ndeclared outside this project (configuration: external registries)", span
    return f"{head}\n\nnot declared in this project", span


def _volume_text(ls: Any, container: Any, name: str) -> str:
    head = f"**volume** {_code(name)}"
    volumes = [v for v in container.service.volumes if v.name is not None and v.name.value == name]
    if not volumes:
        return f"{head}\n\nnot a volume of this service"
    parts = [head]
    for volume in volumes:
        kinds = ", ".join(_code(t) for t in volume.types) or "no type"
        parts.append(f"declared at {_where(ls, volume.name.span)}: {kinds}")
    return "\n\n".join(parts)


def _variable_reference(ls: Any, project: Any, path: str, at: tuple[int, int]) -> tuple[str, Span] | None:
    """A ``${VAR}`` in a field the platform substitutes: the variable it names."""
    from avassa_lint.model.substitution import VarRef, find_references, is_system_variable
    from avassa_lint.views.substituted_fields import substituted_fields

    for service in project.services():
        if service.node.path != path or not contains(_outer(service.node), at):
            continue
        for substituted in substituted_fields(service):
            value = substituted.value
            if value.span.path != path or not contains(value.span, at):
                continue
            refs = [r for r in find_references(value.value) if isinstance(r, VarRef)]
            for ref in refs:
                span = value.part(ref.offset, ref.length)
                if (span != value.span or len(refs) == 1) and contains(span, at):
                    return _variable_text(ls, service, ref.name, is_system_variable(ref.name)), span
    return None


def _outer(node: Any) -> Span:
    return node.document.spans.value(node.ypath) or node.span


def _variable_text(ls: Any, service: Any, name: str, system: bool) -> str:
    head = f"**variable** {_code(name)}"
    variables = [v for v in service.variables if v.name is not None and v.name.value == name]
    if not variables:
        if system:
            return f"{head}\n\nsystem variable, set by the platform"
        return f"{head}\n\nnot a variable of this service"
    parts = [head]
    for variable in variables:
        ref = variable.secret_ref
        if ref is not None:
            source = " / ".join(_code(x.value) for x in (ref.vault, ref.secret, ref.key) if x is not None)
            held = f"from vault secret {source}"
        elif variable.value is not None:
            held = "a value written in the file"
        else:
            held = "no value"
        parts.append(f"declared at {_where(ls, variable.name.span)}: {held}")
    return "\n\n".join(parts)


def _application_text(ls: Any, project: Any, name: str) -> str:
    head = f"**application** {_code(name)}"
    apps = project.applications_named(name)
    if not apps:
        if name in project.external.applications:
            return f"{head}\n\ndeclared outside this project (configuration: external applications)"
        return f"{head}\n\nnot declared in this project"
    parts = [head]
    for app in apps:
        version = f", version {_code(app.version.value)}" if app.version is not None else ""
        services = ", ".join(_code(s.name.value) for s in app.services if s.name is not None) or "none"
        parts.append(f"declared at {_where(ls, app.name.span)}{version}\n\nservices: {services}")
    return "\n\n".join(parts)


def _version_text(ls: Any, project: Any, name: str, version: Any) -> str:
    head = f"**application version** {_code(version)} of {_code(name)}"
    apps = project.applications_named(name)
    if not apps:
        return f"{head}\n\nthe application is not declared in this project"
    parts = [head]
    for app in apps:
        if app.version is None:
            parts.append(f"the application at {_where(ls, app.name.span)} has no version")
        else:
            same = "matches" if str(app.version.value) == str(version) else "differs from"
            parts.append(f"{same} version {_code(app.version.value)} declared at {_where(ls, app.version.span)}")
    return "\n\n".join(parts)


# --------------------------------------------------------------------------- keys and the schema


def _on_key(ls: Any, path: str, result: Any, at: tuple[int, int]) -> tuple[str, Span] | None:
    for item in result.classified:
        doc = item.document
        if not (doc.start_line <= at[0] <= doc.end_line):
            continue
        found = key_at(doc, at)
        if found is None:
            continue
        ypath, span = found
        if not item.kind:
            return None
        text = describe_key(item.kind, ypath)
        return (text, span) if text else None
    return None


def key_at(doc: Any, at: tuple[int, int]) -> tuple[tuple, Span] | None:
    """The YAML path of the key under the cursor in ``doc``, with the key's span."""
    spans = doc.spans
    pending: list[tuple[tuple, Any]] = [((), doc.data)]
    steps = 0
    while pending and steps < 200_000:
        steps += 1
        ypath, value = pending.pop()
        if isinstance(value, dict):
            for key, child in value.items():
                at_key = ypath + (key,)
                span = spans.key(at_key)
                if contains(span, at):
                    return at_key, span
                if isinstance(child, (dict, list)):
                    outer = spans.value(at_key)
                    if outer is None or contains(outer, at):
                        pending.append((at_key, child))
        elif isinstance(value, list):
            for index, child in enumerate(value):
                if isinstance(child, (dict, list)):
                    at_item = ypath + (index,)
                    outer = spans.value(at_item)
                    if outer is None or contains(outer, at):
                        pending.append((at_item, child))
    return None


def describe_key(kind: str, ypath: tuple) -> str | None:
    nodes = schema_at(kind, ypath)
    if not nodes:
        return None
    description = next((n["description"] for n, _ in nodes if isinstance(n.get("description"), str)), None)
    types: list[str] = []
    for node, _ in nodes:
        kind_of = node.get("type")
        for t in kind_of if isinstance(kind_of, list) else [kind_of] if isinstance(kind_of, str) else []:
            if t not in types:
                types.append(t)
    enum = next((n["enum"] for n, _ in nodes if isinstance(n.get("enum"), list)), None)
    const = next((n["const"] for n, _ in nodes if "const" in n), None)
    default = next((n["default"] for n, _ in nodes if "default" in n), None)
    has_default = any("default" in n for n, _ in nodes)
    if not types and enum is not None:
        types = sorted({_json_type(v) for v in enum})
    key = ypath[-1] if ypath else kind
    head = f"**{_escape(clean(str(key)))}**" + (f": {' | '.join(_code(t) for t in types)}" if types else "")
    parts = [head]
    if description:
        parts.append(clean(description))
    facts = []
    if enum is not None:
        facts.append("allowed: " + ", ".join(_code(_show(v)) for v in enum))
    elif const is not None:
        facts.append("value: " + _code(_show(const)))
    if has_default:
        facts.append("default: " + _code(_show(default)))
    if facts:
        parts.append("  \n".join(facts))
    return "\n\n".join(parts)


def _escape(text: str) -> str:
    """``text`` with Markdown's emphasis, link and HTML characters taken literally."""
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", text)


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if value is None:
        return "null"
    return "string" if isinstance(value, str) else type(value).__name__


def _show(value: Any) -> str:
    import json

    return value if isinstance(value, str) else json.dumps(value)
