"""Go to definition and find references over every cross-file reference the project model records.

The project model of the last refresh is turned once into an index of *targets*: each target is an
object that can be referred to (a vault, a secret, a key of a secret, a volume or a variable of a
service, a service of an application, an application and its version, a remote registry, an
approle, a policy, an ACME service, a JWT method, a site), with the spans that declare it and the
spans that refer to it:

- a vault, secret and key named by a variable's ``value-from-vault-secret``, a ``vault-secret``
  volume, a registry ``credentials`` entry or an ACME static request;
- a mount's ``volume-name`` (the volume of the same service);
- a ``${VAR}`` in a substituted field (the variable of the same service);
- a placement affinity's service (a service of the same application);
- a deployment's ``application`` and ``application-version``;
- an image's registry host and the ``default-remote-registry`` (the remote registry);
- a container's ``approle`` (the approle), an approle's or JWT role's ``token-policies`` (the policy);
- a secret's ``auto-acme-cert.acme-service`` and the service a static request is created under (the
  ACME service; that service comes from the request's path, so its reference is the request's
  ``name``, where ``undefined-acme-service`` reports it too); likewise the JWT method a JWT role
  is created under;
- a site named in a deployment's ``match-site-labels`` (``system/name = NAME``) -> the site.

A name that holds a ``${...}`` is not the name of anything (only its ``${VAR}`` is a reference).

What is under the cursor is the smallest declaring or referring span that holds it (the end of a
span counts, so a cursor just after a name still finds it). Key names only: a secret's values are
never read here.
"""
from __future__ import annotations

import os
from bisect import bisect_right
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, field
from typing import Any

from lsprotocol import types as lsp
from pygls.uris import from_fs_path, to_fs_path

from avassa_lint.core.diagnostic import Span
from avassa_lint.lsp.positions import Lines
from avassa_lint.model.project import Located, Project
from avassa_lint.model.substitution import VarRef, find_references

Key = Hashable


@dataclass
class Target:
    declarations: list[Span] = field(default_factory=list)
    references: list[Span] = field(default_factory=list)


@dataclass
class Index:
    targets: dict[Key, Target] = field(default_factory=dict)
    by_path: dict[str, list[tuple[Span, Key]]] = field(default_factory=dict)  # every span, by file

    def declare(self, key: Key, span: Span | None) -> None:
        if span is not None:
            self.targets.setdefault(key, Target()).declarations.append(span)
            self.by_path.setdefault(span.path, []).append((span, key))

    def refer(self, key: Key, span: Span | None) -> None:
        if span is not None:
            self.targets.setdefault(key, Target()).references.append(span)
            self.by_path.setdefault(span.path, []).append((span, key))

    def at(self, path: str, line: int, column: int) -> Key | None:
        """The target whose smallest span holds (line, column) of ``path`` (absolute, as the
        server keys its results and the loader writes spans)."""
        best: tuple[tuple[int, int], Key] | None = None
        for span, key in self.by_path.get(path, ()):
            if not _holds(span, line, column):
                continue
            size = (span.end_line - span.line, span.end_column - span.column if span.line == span.end_line else 0)
            if best is None or size < best[0]:
                best = (size, key)
        return best[1] if best is not None else None


def _holds(span: Span, line: int, column: int) -> bool:
    return (span.line, span.column) <= (line, column) <= (span.end_line, span.end_column)


def _text(located: Located[Any] | None) -> str | None:
    if located is None or isinstance(located.value, bool) or located.value is None:
        return None
    if isinstance(located.value, (str, int, float)):
        return str(located.value)
    return None


# --------------------------------------------------------------------------- building the index


def build_index(project: Project, text_of: Callable[[str], str | None] = lambda path: None) -> Index:
    """``text_of(path)``: the text of a file as the loader read it (for ``${VAR}`` in block
    scalars and other values not written as they read)."""
    index = Index()
    cache: dict[str, Lines | None] = {}

    def lines_of(path: str) -> Lines | None:
        if path not in cache:
            text = text_of(path)
            cache[path] = Lines(text) if text is not None else None
        return cache[path]

    _strongbox(project, index)
    _applications(project, index, lines_of)
    _deployments(project, index)
    _registries(project, index)
    _authentication(project, index)
    _sites(project, index)
    return index


def index_of(project: Project, text_of: Callable[[str], str | None] = lambda path: None) -> Index:
    """The index of ``project``, built once (with the collector paused, as a run is: it makes
    many small acyclic objects)."""
    def build() -> Index:
        from avassa_lint.runtime.collector import collector_paused

        with collector_paused():
            return build_index(project, text_of)

    return project.memo("lsp-navigation-index", build)


def _strongbox(project: Project, index: Index) -> None:
    for vault in project.all_vaults():
        if vault.name is not None:
            index.declare(("vault", vault.name.value), vault.name.span)
    for secret in project.all_secrets():
        if secret.name is None:
            continue
        index.declare(("secret", secret.vault, secret.name.value), secret.name.span)
        for mapping in (secret.data_keys, secret.base64_keys):
            for key, span in mapping.items():
                index.declare(("key", secret.vault, secret.name.value, key), span)
    for ref in project.secret_refs:
        if ref.from_tenant is not None:  # another tenant's Strongbox: not in this project
            continue
        _secret_reference(index, ref.vault, ref.secret, ref.key)
    for request in project.static_requests:
        _secret_reference(index, request.vault, request.secret, None)


def _secret_reference(index: Index, vault: Located[str] | None, secret: Located[str] | None,
                      key: Located[str] | None) -> None:
    vault_name = _text(vault)
    secret_name = _text(secret)
    if not vault_name or "${" in vault_name or vault is None:
        return
    index.refer(("vault", vault_name), vault.span)
    if secret is not None and secret_name and "${" not in secret_name:
        index.refer(("secret", vault_name, secret_name), secret.span)
        key_name = _text(key)
        if key is not None and key_name and "${" not in key_name:
            index.refer(("key", vault_name, secret_name, key_name), key.span)


def _applications(project: Project, index: Index, lines_of: Callable[[str], Lines | None]) -> None:
    from avassa_lint.views.substituted_fields import substituted_fields

    for app in project.applications:
        app_name = _text(app.name)
        if app.name is not None and app_name:
            index.declare(("application", app_name), app.name.span)
            version = _text(app.version)
            if app.version is not None and version is not None:
                index.declare(("version", app_name, version), app.version.span)
        for service in app.services:
            scope = id(service)
            if service.name is not None:
                index.declare(("service", id(app), service.name.value), service.name.span)
            for volume in service.volumes:
                if volume.name is not None:
                    index.declare(("volume", scope, volume.name.value), volume.name.span)
            for variable in service.variables:
                if variable.name is not None:
                    index.declare(("variable", scope, variable.name.value), variable.name.span)
            for container in service.all_containers:
                for mount in container.mounts:
                    if mount.volume_name is not None:
                        index.refer(("volume", scope, mount.volume_name.value), mount.volume_name.span)
                approle = _text(container.approle)
                if container.approle is not None and approle:
                    index.refer(("approle", approle), container.approle.span)
            for substituted in substituted_fields(service):
                if not substituted.takes_service_variables:
                    continue
                for name, span in _variable_references(substituted.value, lines_of):
                    index.refer(("variable", scope, name), span)
            if service.placement is not None:
                for affinity in service.placement.affinities:
                    for other in affinity.services:
                        index.refer(("service", id(app), other.value), other.span)


def _variable_references(value: Located[str], lines_of: Callable[[str], Lines | None]) -> Iterator[tuple[str, Span]]:
    """Each ``${NAME}`` of a field with the span of NAME. A value written as it reads (plain or
    quoted on one line) is scanned as it is; any other (a block scalar, a value over several
    lines, escapes) is scanned as written in the file, so each name still gets its own span."""
    written = _written(value, lines_of)
    if written is None:
        for found in find_references(value.value):
            if isinstance(found, VarRef):
                yield found.name, _name_span(value, found)
        return
    raw, base, starts = written
    for found in find_references(raw):
        if not isinstance(found, VarRef):
            continue
        start = raw.find(found.name, found.offset + 2, found.offset + found.length)
        if start < 0:
            continue
        line = bisect_right(starts, base + start)
        column = base + start - starts[line - 1] + 1
        yield found.name, Span(value.span.path, line, column, line, column + len(found.name))


def _written(value: Located[str], lines_of: Callable[[str], Lines | None]) -> tuple[str, int, list[int]] | None:
    """The file's text of the value's span, where it starts, and the file's line starts, when the
    value is not written as it reads."""
    s = value.span
    if value.written_exactly:
        return None
    lines = lines_of(s.path)
    if lines is None or s.end_line > len(lines.starts):
        return None
    start = lines.starts[s.line - 1] + s.column - 1
    end = lines.starts[s.end_line - 1] + s.end_column - 1
    return lines.text[start:end], start, lines.starts


def _name_span(value: Located[str], ref: VarRef) -> Span:
    """The span of the variable's name inside ``${ NAME | ... }`` (the whole value when the
    string is not written as it reads)."""
    text = value.value
    start = text.find(ref.name, ref.offset + 2, ref.offset + ref.length)
    if start < 0:
        return value.part(ref.offset, ref.length)
    return value.part(start, len(ref.name))


def _deployments(project: Project, index: Index) -> None:
    for deployment in project.deployments:
        name = _text(deployment.application)
        if deployment.application is None or not name:
            continue
        index.refer(("application", name), deployment.application.span)
        version = _text(deployment.application_version)
        if deployment.application_version is not None and version is not None:
            index.refer(("version", name, version), deployment.application_version.span)


def _registries(project: Project, index: Index) -> None:
    from avassa_lint.views.images import image_uses

    for registry in project.all_registries():
        if registry.address is not None:
            index.declare(("registry", registry.address.value), registry.address.span)
    for use in image_uses(project):
        ref = use.ref
        if ref is None or ref.registry is None or not use.image.value.startswith(ref.registry):
            continue
        index.refer(("registry", ref.registry), use.image.part(0, len(ref.registry)))
    for settings in project.settings:
        default = settings.default_remote_registry
        if default is not None and default.value:
            index.refer(("registry", default.value), default.span)


def _authentication(project: Project, index: Index) -> None:
    for approles in project.approles.values():
        for approle in approles:
            if approle.name is not None:
                index.declare(("approle", approle.name.value), approle.name.span)
    for policies in project.policies.values():
        for policy in policies:
            if policy.name is not None:
                index.declare(("policy", policy.name.value), policy.name.span)
    for holder in project.token_policy_holders():
        for policy_name in holder.token_policies:
            index.refer(("policy", policy_name.value), policy_name.span)
    for services in project.acme_services.values():
        for service in services:
            if service.name is not None:
                index.declare(("acme", service.name.value), service.name.span)
    for secret in project.all_secrets():
        auto = secret.node.child("auto-acme-cert")
        used = auto.string("acme-service") if auto is not None else None
        if used is not None and used.value:
            index.refer(("acme", used.value), used.span)
    for request in project.static_requests:
        if request.service and request.name is not None:
            index.refer(("acme", request.service), request.name.span)
    for method in project.jwt_auths:
        if method.name is not None:
            index.declare(("jwt", method.name.value), method.name.span)
    for role in project.jwt_roles:
        if role.method and role.name is not None:
            index.refer(("jwt", role.method), role.name.span)


def _sites(project: Project, index: Index) -> None:
    from avassa_lint.model.label_expr import LabelExpr, parse_label_expression

    for sites in project.sites.values():
        for site in sites:
            if site.name is not None:
                index.declare(("site", site.name.value), site.name.span)
    for deployment in project.deployments:
        for selector in deployment.site_selectors:
            written = selector.string("match-site-labels")
            if written is None:
                continue
            parsed = parse_label_expression(written.value)
            if not isinstance(parsed, LabelExpr):
                continue
            pending = [parsed]
            while pending:
                node = pending.pop()
                pending.extend(node.operands)
                if node.op != "equals" or node.label != "system/name" or not node.value:
                    continue
                start = written.value.rfind(node.value, node.offset, node.offset + node.length)
                if start >= 0:
                    index.refer(("site", node.value), written.part(start, len(node.value)))


# --------------------------------------------------------------------------- the requests


def _target_at(ls: Any, uri: str, position: lsp.Position) -> tuple[Index, Key] | None:
    path = to_fs_path(uri)
    if not path:
        return None
    try:
        index = index_of(ls.project(), lambda p: _text_of(ls, p))
    except Exception:  # noqa: BLE001 - a model that cannot be built answers nothing
        return None
    path = os.path.abspath(path)
    line, column = ls.lines_of(path).column_of(position)
    key = index.at(path, line, column)
    return (index, key) if key is not None else None


def _text_of(ls: Any, path: str) -> str | None:
    result = ls.state.results.get(path)
    source = getattr(result, "source", None)
    return getattr(source, "text", None)


def _locations(ls: Any, spans: list[Span]) -> list[lsp.Location]:
    found: list[lsp.Location] = []
    seen: set[tuple[str, int, int, int, int]] = set()
    lines: dict[str, Lines] = {}
    for span in sorted(spans, key=lambda s: (s.path, s.line, s.column)):
        uri = from_fs_path(span.path)
        ident = (span.path, span.line, span.column, span.end_line, span.end_column)
        if uri is None or ident in seen:
            continue
        seen.add(ident)
        if span.path not in lines:
            lines[span.path] = ls.lines_of(span.path)
        found.append(lsp.Location(uri=uri, range=lines[span.path].range(span)))
    return found


def definition(ls: Any, params: lsp.DefinitionParams) -> list[lsp.Location] | None:
    hit = _target_at(ls, params.text_document.uri, params.position)
    if hit is None:
        return None
    index, key = hit
    return _locations(ls, index.targets[key].declarations) or None


def references(ls: Any, params: lsp.ReferenceParams) -> list[lsp.Location] | None:
    hit = _target_at(ls, params.text_document.uri, params.position)
    if hit is None:
        return None
    index, key = hit
    target = index.targets[key]
    spans = list(target.references)
    if params.context.include_declaration:
        spans = target.declarations + spans
    return _locations(ls, spans) or None


def register(server: Any) -> None:
    server.feature(lsp.TEXT_DOCUMENT_DEFINITION)(definition)
    server.feature(lsp.TEXT_DOCUMENT_REFERENCES)(references)
