"""``avassa-lint server``: LSP over stdio, built on pygls.

On ``initialized`` every workspace folder is loaded into the project model ``check`` builds
(same discovery, configuration, kinds and rules), each file checked once and its result kept.
An open document is checked from its unsaved text; a change re-checks that document only, runs
the cross-file rules again over the kept results, and publishes diagnostics for every file whose
findings changed (a secret renamed in one file makes findings appear in another). Requests are
handled one at a time, in order, so a later edit's results are never overtaken by an earlier
one's. Files created, changed or deleted on disk and configuration changes reload what they
affect. Messages are the linter's own, which never carry a secret's value.

Features: diagnostics (code, rule name, related locations, tags), quick fixes from each finding's
fix, "suppress CODE on this line", and "fix all safe fixes" (source.fixAll.avassa-lint).
"""
from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from typing import Any

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path

from avassa_lint import __version__
from avassa_lint.core.diagnostic import Diagnostic, Fix, Severity
from avassa_lint.lsp.positions import Lines

SOURCE = "avassa-lint"
FIX_ALL = "source.fixAll.avassa-lint"
_SEVERITY = {Severity.ERROR: lsp.DiagnosticSeverity.Error, Severity.WARNING: lsp.DiagnosticSeverity.Warning,
             Severity.INFO: lsp.DiagnosticSeverity.Information}
_UNNECESSARY = frozenset(("LNT004", "SEC006", "SEC007", "APP017"))  # unused: shown faded
_DEPRECATED = frozenset(("APP009",))
CONFIG_FILES = (".avassa-lint.yaml", ".avassa-lint.yml", "pyproject.toml")


@dataclass
class State:
    root: str | None = None
    config: Any = None
    registry: Any = None
    schemas: Any = None
    enabled: set[str] = field(default_factory=set)
    results: dict[str, Any] = field(default_factory=dict)  # absolute path -> FileResult
    parts: dict[str, Any] = field(default_factory=dict)  # absolute path -> that file's Project part
    # findings of the file-scope rules, per file (rules.scope == "file"), and the unreadable files
    # they were computed with
    local: dict[str, list] = field(default_factory=dict)
    local_unreadable: frozenset = frozenset()
    diagnostics: dict[str, list[Diagnostic]] = field(default_factory=dict)  # by path
    published: dict[str, list] = field(default_factory=dict)  # uri -> what was sent last
    rules_url: str | None = None  # initializationOptions.rulesUrl: where docs/rules.md is published
    files: Any = None  # engine.CheckedFiles of the last refresh
    project: Any = None  # model.project.Project of the last refresh, built when first asked for


class AvassaLanguageServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("avassa-lint", __version__, text_document_sync_kind=lsp.TextDocumentSyncKind.Full)
        self.state = State()
        self.edits = 0  # didChange notifications seen (the debounce compares against it)
        self._lines: dict[str, Lines] = {}

    # ------------------------------------------------------------------ loading

    def load(self) -> None:
        """Read the configuration and check every file of the workspace."""
        from avassa_lint.engine import collect_inputs, select_rules
        from avassa_lint.registry import load_rules
        from avassa_lint.settings.config import Config, find_config, load_config
        from avassa_lint.validation.schema import SchemaSet

        state = self.state
        state.root = self.workspace.root_path
        state.registry = load_rules()
        config = Config()
        if state.root:
            found = find_config(os.path.join(state.root, "x"))
            if found is not None:
                loaded, problems = load_config(found, state.registry)
                if problems:
                    self.window_show_message(lsp.ShowMessageParams(
                        type=lsp.MessageType.Warning,
                        message=f"avassa-lint: {len(problems)} mistake(s) in {found}; using the defaults"))
                else:
                    config = loaded
        config.cache = False
        state.config = config
        state.enabled = select_rules(state.registry, config)
        state.schemas = SchemaSet()
        state.results = {}
        state.parts = {}
        state.local = {}
        if state.root:
            inputs, _ = collect_inputs([state.root], config)
            self._check_all([dataclasses.replace(i, path=os.path.abspath(i.path)) for i in inputs])
        for document in list(self.workspace.text_documents.values()):
            path = to_fs_path(document.uri)
            if path:
                self._check(path)

    def _check_all(self, inputs: list) -> None:
        """Check the files of the workspace as check does: from disk, spread over the worker
        processes for a large workspace (open documents are checked again from their text after)."""
        from functools import partial

        from avassa_lint.engine import lint_file
        from avassa_lint.model.project import build_project
        from avassa_lint.runtime.parallel import lint_all

        state = self.state
        for item, outcome in lint_all(inputs, partial(lint_file, config=state.config, schemas=state.schemas),
                                      state.config, None):
            if outcome.result is None:
                continue  # an exception escaped for this file: it is left out, as _check does
            state.results[item.path] = outcome.result
            state.parts[item.path] = build_project(outcome.result.classified, state.config)

    def _check(self, path: str) -> None:
        """Check one file: its open document's text, else the file on disk; gone when neither."""
        from avassa_lint.engine import Input, lint_file

        document = self.workspace.text_documents.get(from_fs_path(path) or "")
        if document is not None:
            item = Input(path, document.source.encode("utf-8"))
        elif os.path.isfile(path):
            item = Input(path)
        else:
            self.state.results.pop(path, None)
            self.state.parts.pop(path, None)
            self.state.local.pop(path, None)
            return
        from avassa_lint.model.project import build_project

        try:
            result = lint_file(item, self.state.config, self.state.schemas)
            self.state.results[path] = result
            # this file's share of the model: a change rebuilds only the edited file's part
            self.state.parts[path] = build_project(result.classified, self.state.config)
            self.state.local.pop(path, None)  # computed again at the next refresh
        except Exception:  # noqa: BLE001 - a file the linter cannot take must not stop the server
            self.state.results.pop(path, None)
            self.state.parts.pop(path, None)
            self.state.local.pop(path, None)

    # ------------------------------------------------------------------ the cross-file pass

    def refresh(self, opened: str | None = None) -> None:
        """Run the cross-file rules over the kept results and publish what changed (and the
        document just ``opened``, even with no findings, so the editor knows it is checked)."""
        from avassa_lint.engine import RunResult, cap_per_file, cross_file_problems, finalize

        from avassa_lint.model.project import merge_projects

        state = self.state
        files = _aggregate(state.results)
        project = merge_projects([state.parts[p] for p in _in_walk_order(state.results) if p in state.parts],
                                 state.config, files.unreadable)
        state.files, state.project = files, project
        run = RunResult([], {p: r.source for p, r in state.results.items()}, len(state.results),
                        registry=state.registry)
        # the file-scope rules' findings are kept per file and computed only for files that changed
        # (or for all, when the set of files that failed to load changed); the others run over all
        local_codes = {r.code for r in state.registry.all() if r.scope == "file"}
        unreadable = frozenset(files.unreadable)
        if unreadable != state.local_unreadable:
            state.local, state.local_unreadable = {}, unreadable
        missing = [path for path in state.results if path not in state.local and path in state.parts]
        if len(missing) > 1:
            # many at once (the workspace load): one pass over the whole project, split by file,
            # gives the same findings as one pass per file (tests/test_rule_scope.py) for less
            state.local = {path: [] for path in state.results}
            for p in cross_file_problems(files, state.config, state.registry, state.enabled, None, run, False,
                                         project, only=local_codes):
                state.local.setdefault(p.span.path if p.span.path in state.local else "", []).append(p)
        else:
            for path in missing:
                state.local[path] = self._file_rules(path, local_codes, set(unreadable))
        problems = files.problems + [p for path in _in_walk_order(state.local) for p in state.local[path]]
        problems += cross_file_problems(files, state.config, state.registry, state.enabled, None, run, False,
                                        project, only=state.enabled - local_codes)
        diagnostics = cap_per_file(finalize(problems, state.registry, state.config, state.enabled, files.suppressions),
                                   state.config, state.registry)
        by_path: dict[str, list[Diagnostic]] = {}
        for d in diagnostics:
            by_path.setdefault(d.span.path, []).append(d)
        state.diagnostics = by_path
        paths = set(by_path) | {to_fs_path(u) or "" for u in state.published}
        if opened is not None:
            paths.add(to_fs_path(opened) or "")
        for path in sorted(paths):
            if not path:
                continue
            uri = from_fs_path(path)
            if uri is None:
                continue
            lsp_diagnostics = [self._diagnostic(d) for d in by_path.get(path, [])]
            if state.published.get(uri) == lsp_diagnostics and uri != opened:
                continue
            state.published[uri] = lsp_diagnostics
            document = self.workspace.text_documents.get(uri)
            self.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(
                uri=uri, diagnostics=lsp_diagnostics, version=document.version if document else None))

    def _file_rules(self, path: str, codes: set[str], unreadable: set[str]) -> list:
        """The findings of the file-scope rules in one file, from a project of that file alone."""
        from avassa_lint.engine import CheckedFiles, RunResult, cross_file_problems
        from avassa_lint.model.project import merge_projects

        state = self.state
        result = state.results[path]
        files = CheckedFiles()
        files.add(path, result)
        run = RunResult([], {path: result.source}, 1, registry=state.registry)
        alone = merge_projects([state.parts[path]], state.config, unreadable)
        return cross_file_problems(files, state.config, state.registry, state.enabled, None, run, False, alone,
                                   only=codes)

    def project(self) -> Any:
        """The project model of the current results (hover, completion and navigation read it)."""
        if self.state.project is None:
            from avassa_lint.model.project import build_project

            files = self.state.files if self.state.files is not None else _aggregate(self.state.results)
            self.state.project = build_project(files.classified, self.state.config, files.unreadable)
        return self.state.project

    def lines_of(self, path: str) -> Lines:
        result = self.state.results.get(path)
        text = result.source.text if result is not None else None
        kept = self._lines.get(path)
        if kept is None or kept.text is not (text or ""):
            kept = self._lines[path] = Lines(text)  # cut once per text, not once per diagnostic
        return kept

    def _diagnostic(self, d: Diagnostic) -> lsp.Diagnostic:
        lines = self.lines_of(d.span.path)
        related = []
        for r in d.related:
            uri = from_fs_path(r.span.path)
            if uri is not None:
                related.append(lsp.DiagnosticRelatedInformation(
                    location=lsp.Location(uri=uri, range=self.lines_of(r.span.path).range(r.span)), message=r.message))
        tags = ([lsp.DiagnosticTag.Unnecessary] if d.code in _UNNECESSARY else []) + (
            [lsp.DiagnosticTag.Deprecated] if d.code in _DEPRECATED else [])
        message = d.message + (f"\n{d.hint}" if d.hint else "")
        link = (lsp.CodeDescription(href=f"{self.state.rules_url}#{d.code.lower()}-{d.name}")
                if self.state.rules_url else None)
        return lsp.Diagnostic(range=lines.range(d.span), message=message, severity=_SEVERITY[d.severity],
                              code=d.code, code_description=link, source=f"{SOURCE}({d.name})",
                              related_information=related or None, tags=tags or None)


def _aggregate(results: dict[str, Any]) -> Any:
    from avassa_lint.engine import CheckedFiles

    files = CheckedFiles()
    for path in _in_walk_order(results):
        files.add(path, results[path])
    return files


def _in_walk_order(paths: Any) -> list[str]:
    """Paths in the order a folder walk finds them (component by component, as check does), so
    "declared first" means the same in the editor and on the command line."""
    return sorted(paths, key=lambda p: p.split(os.sep))


server = AvassaLanguageServer()


@server.feature(lsp.INITIALIZE)
def _initialize(ls: AvassaLanguageServer, params: lsp.InitializeParams) -> None:
    """initializationOptions.rulesUrl: the address of the published docs/rules.md, so each
    diagnostic links to its rule's section (the project has no address of its own to assume)."""
    options = params.initialization_options
    url = options.get("rulesUrl") if isinstance(options, dict) else None
    if isinstance(url, str) and url.startswith(("https://", "http://", "file://")):
        ls.state.rules_url = url.split("#", 1)[0]


@server.feature(lsp.INITIALIZED)
def _initialized(ls: AvassaLanguageServer, params: lsp.InitializedParams) -> None:
    from avassa_lint.runtime.collector import collector_paused

    _watch_files(ls)
    with collector_paused():  # as a check run: the results are acyclic and live on
        ls.load()
        ls.refresh()


def _watch_files(ls: AvassaLanguageServer) -> None:
    """Ask the editor to report files created, changed or deleted on disk (YAML, scripts and the
    configuration), when it can register watchers; editors send nothing unasked."""
    workspace = ls.client_capabilities.workspace
    watched = workspace.did_change_watched_files if workspace is not None else None
    if watched is None or not watched.dynamic_registration:
        return
    patterns = ["**/*.yaml", "**/*.yml", "**/*.sh", "**/*.bash", "**/*.md", "**/pyproject.toml"]
    ls.client_register_capability(lsp.RegistrationParams(registrations=[lsp.Registration(
        id="avassa-lint-watched-files", method=lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES,
        register_options=lsp.DidChangeWatchedFilesRegistrationOptions(
            watchers=[lsp.FileSystemWatcher(glob_pattern=p) for p in patterns]))]))


@server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
def _did_open(ls: AvassaLanguageServer, params: lsp.DidOpenTextDocumentParams) -> None:
    _changed(ls, params.text_document.uri, opened=True)


# A burst of keystrokes is checked once, after this pause; an edit that arrives meanwhile makes
# the earlier one's check moot, so results of a text the editor has moved past are never published.
DEBOUNCE_SECONDS = 0.002


@server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
async def _did_change(ls: AvassaLanguageServer, params: lsp.DidChangeTextDocumentParams) -> None:
    import asyncio

    ls.edits += 1
    mine = ls.edits
    await asyncio.sleep(DEBOUNCE_SECONDS)
    if ls.edits != mine:
        return  # a later edit is pending: it checks the newer text
    _changed(ls, params.text_document.uri)


@server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
def _did_save(ls: AvassaLanguageServer, params: lsp.DidSaveTextDocumentParams) -> None:
    _changed(ls, params.text_document.uri)


@server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
def _did_close(ls: AvassaLanguageServer, params: lsp.DidCloseTextDocumentParams) -> None:
    _changed(ls, params.text_document.uri)


def _changed(ls: AvassaLanguageServer, uri: str, opened: bool = False) -> None:
    from avassa_lint.runtime.collector import collector_paused

    path = to_fs_path(uri)
    if not path:
        return
    with collector_paused():
        if os.path.basename(path) in CONFIG_FILES:
            ls.load()
        elif _lintable(ls, path):
            ls._check(path)
        ls.refresh(uri if opened else None)


def _lintable(ls: AvassaLanguageServer, path: str) -> bool:
    if path in ls.state.results:
        return True
    name = path.lower()
    scripts = getattr(ls.state.config, "include_scripts", False)
    return name.endswith((".yaml", ".yml")) or (scripts and name.endswith((".sh", ".bash", ".md")))


@server.feature(lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES)
def _watched(ls: AvassaLanguageServer, params: lsp.DidChangeWatchedFilesParams) -> None:
    paths = [to_fs_path(change.uri) for change in params.changes]
    if any(p and os.path.basename(p) in CONFIG_FILES for p in paths):
        ls.load()
    else:
        for path in paths:
            if path and _lintable(ls, path):
                ls._check(path)
    ls.refresh()


@server.feature(lsp.TEXT_DOCUMENT_CODE_ACTION,
                lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix, FIX_ALL]))
def _code_actions(ls: AvassaLanguageServer, params: lsp.CodeActionParams) -> list[lsp.CodeAction]:
    from avassa_lint.fixer import applicable

    uri = params.text_document.uri
    path = to_fs_path(uri) or ""
    result = ls.state.results.get(path)
    source = result.source if result is not None else None
    lines = ls.lines_of(path)
    wanted = params.context.only
    actions: list[lsp.CodeAction] = []
    diagnostics = ls.state.diagnostics.get(path, [])
    if not wanted or lsp.CodeActionKind.QuickFix in wanted:
        for d in diagnostics:
            if not _overlaps(lines.range(d.span), params.range):
                continue
            fix = applicable(d, True, source)
            if fix is not None:
                actions.append(lsp.CodeAction(
                    title=f"{fix.title} ({d.code})" + ("" if fix.safe else " [unsafe]"),
                    kind=lsp.CodeActionKind.QuickFix, diagnostics=[ls._diagnostic(d)], is_preferred=fix.safe,
                    edit=lsp.WorkspaceEdit(changes={uri: _text_edits(lines, fix)})))
            actions.append(_suppress_action(uri, lines, d, ls._diagnostic(d)))
    if not wanted or FIX_ALL in wanted or lsp.CodeActionKind.Source in wanted:
        fixes = [f for f in (applicable(d, False, source) for d in diagnostics) if f is not None]
        if fixes and source is not None and source.text is not None:
            from avassa_lint.core.edits import apply_fixes

            fixed, applied = apply_fixes(source.text, fixes)
            if applied:
                end = lines.position(len(lines.starts), len(lines.line(len(lines.starts))) + 1)
                whole = lsp.Range(start=lsp.Position(line=0, character=0), end=end)
                actions.append(lsp.CodeAction(title=f"Fix all safe fixes in this file ({len(applied)})", kind=FIX_ALL,
                                              edit=lsp.WorkspaceEdit(changes={uri: [lsp.TextEdit(range=whole,
                                                                                                  new_text=fixed)]})))
    return actions


def _text_edits(lines: Lines, fix: Fix) -> list[lsp.TextEdit]:
    return [lsp.TextEdit(range=lines.range(e.span), new_text=e.text) for e in fix.edits]


def _suppress_action(uri: str, lines: Lines, d: Diagnostic, shown: lsp.Diagnostic) -> lsp.CodeAction:
    """Insert the documented comment that silences this code on the finding's line."""
    line = lines.line(d.span.line)
    at = lsp.Position(line=d.span.line - 1, character=lines.position(d.span.line, len(line) + 1).character)
    comment = f"  # avassa-lint: disable={d.code} -- reason"
    return lsp.CodeAction(title=f"Suppress {d.code} on this line", kind=lsp.CodeActionKind.QuickFix,
                          diagnostics=[shown],
                          edit=lsp.WorkspaceEdit(changes={uri: [lsp.TextEdit(range=lsp.Range(start=at, end=at),
                                                                             new_text=comment)]}))


def _overlaps(a: lsp.Range, b: lsp.Range) -> bool:
    def key(p: lsp.Position) -> tuple[int, int]:
        return (p.line, p.character)
    return key(a.start) <= key(b.end) and key(b.start) <= key(a.end)


# Each feature module has register(server): it adds its handlers to this server. Modules that are
# not there (yet) are left out.
FEATURES = ("hover", "completion", "navigation", "symbols")


def _register_features() -> None:
    import importlib

    for name in FEATURES:
        try:
            module = importlib.import_module(f"avassa_lint.lsp.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"avassa_lint.lsp.{name}":
                raise
            continue
        module.register(server)


_register_features()


def serve() -> None:
    server.start_io()
