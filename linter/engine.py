"""The pipeline (ARCHITECTURE.md): inputs -> check each file (load, classify, schema) -> build the
project -> run the rules -> finalize (suppressions, ignores, severities, baseline, caps, order)."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from avassa_lint.runtime.collector import collector_paused
from avassa_lint.loading.classify import KINDS, Evidence, Hint, classify, config_hint, header_hint, path_hint
from avassa_lint.settings.config import Config
from avassa_lint.core.diagnostic import Diagnostic, Problem, Severity, Span
from avassa_lint.loading.discover import discover, matches, relative_to
from avassa_lint.model.file_result import FileResult
from avassa_lint.model.project import ClassifiedDocument, Project, build_project
from avassa_lint.text.quoting import clean
from avassa_lint.core.rule import Rule, RuleRegistry
from avassa_lint.registry import load_rules
from avassa_lint.validation.schema import SchemaSet
from avassa_lint.loading.heredoc import extract_heredocs, is_script
from avassa_lint.loading.source import ReadError, SourceFile, decode, load_source, read_path
from avassa_lint.loading import suppress
from avassa_lint.loading.suppress import Suppression
from avassa_lint.core import codes

STDIN = "-"


@dataclass
class Input:
    """Bytes to lint and the path they stand for (a file, or stdin with --stdin-filename)."""

    path: str
    data: bytes | None = None  # None: read from disk
    hints: tuple[Hint, ...] = ()
    anchor: str | None = None  # the first command-line path: the cache sits there without a config file


@dataclass
class RunResult:
    diagnostics: list[Diagnostic]
    sources: dict[str, SourceFile]
    files: int
    environment_error: bool = False
    internal_error: bool = False
    registry: RuleRegistry | None = None
    notes: list[str] = field(default_factory=list)
    # the worst severity over every finding, including those past the per-file display cap
    worst: Severity | None = None
    stale_baseline: int = 0  # baseline entries that matched no finding

    def exit_code(self, fail_on: Severity) -> int:
        if self.internal_error:
            return 3
        if self.environment_error:
            return 2
        worst = max((d.severity for d in self.diagnostics), default=None)
        if self.worst is not None:
            worst = max(worst, self.worst) if worst is not None else self.worst
        if worst is not None and worst >= fail_on:
            return 1
        return 0


def lint_file(item: Input, config: Config, schemas: SchemaSet, kinds: list | None = None) -> FileResult:
    """Read, load, classify and schema-check one file (independent of every other file).

    ``kinds``, when given, receives ``(document line, Classification)`` per document (--show-kinds).
    """
    raw: list[Problem] = []
    if item.data is None:
        try:
            data = read_path(item.path, config.limits.max_file_size)
        except ReadError as exc:
            source = SourceFile(item.path, None, secret_text=True)
            raw.append(_unreadable(item.path, str(exc)))
            return FileResult(source, [], raw)
    else:
        data = item.data
    doc_hints: dict[int, Hint] = {}
    partial: set[int] = set()  # command lines of supctl merge payloads (plain patches)
    host_text: str | None = None
    if is_script(item.path):
        # supctl heredocs in shell scripts and Markdown: lint their YAML at host-file positions
        text, problems = decode(item.path, data)
        if text is None:
            raw.extend(_as_secret(problems, True))
            return FileResult(SourceFile(item.path, None, problems=problems, secret_text=True), [], raw)
        extraction = extract_heredocs(item.path, text)
        raw.extend(_as_secret(extraction.problems, False))
        if not extraction.text.strip():
            return FileResult(SourceFile(item.path, text), [], raw)
        data = extraction.text.encode("utf-8")
        doc_hints = extraction.hints
        partial = extraction.partial
        host_text = text
    source = load_source(item.path, data, config.limits)
    raw.extend(_as_secret(source.problems, source.secret_text))
    if source.text is None:
        return FileResult(source, [], raw)
    if host_text is not None:
        # positions are the host file's; show (and scan comments of) the host file's lines
        source.show_text(host_text)
    suppressions = suppress.scan(item.path, source.text) if config.inline_suppressions else []
    hints: list[Hint] = list(item.hints)
    header = header_hint(source.text)
    if header is not None:
        hints.append(header)
    mapped = config_hint(item.path, config.kinds) if config.kinds else None
    if mapped is not None:
        hints.append(mapped)
    by_path = path_hint(item.path)
    if by_path is not None:
        hints.append(by_path)
    classified: list[ClassifiedDocument] = []
    foreign_seen: set[str] = set()
    for doc in source.documents:
        marker = _marker_for(doc.start_line, doc_hints)
        own = doc_hints[marker] if marker is not None else None
        result = classify(doc.data, [own, *hints] if own is not None else hints, item.path)
        if kinds is not None and doc.data is not None:
            kinds.append((doc.start_line, result))
        secret = doc.secret or result.kind == "secret" or source.secret_text
        if result.kind == "secret":
            doc.secret = True
        is_patch = marker in partial
        if not is_patch:  # a merge patch is not a definition of the object
            classified.append(ClassifiedDocument(doc, result.kind, result.vault))
        first = doc.spans.key_or_value(()) or Span.point(item.path, doc.start_line, 1)
        first = Span.point(item.path, first.line, first.column)
        if result.kind is None:
            if doc.data is None:
                continue
            if result.source == Evidence.FOREIGN:
                if result.foreign in foreign_seen:
                    continue  # one note per file for the documents of one foreign file
                foreign_seen.add(result.foreign)  # type: ignore[arg-type]
                raw.append(Problem(codes.UNKNOWN_KIND, first, f"this document looks like {result.foreign}; not checked",
                                   _FOREIGN_HINT, secret=secret))
            elif result.source == Evidence.AMBIGUOUS:
                raw.append(Problem(codes.AMBIGUOUS_KIND, first, _ambiguous_message(result.candidates),
                                   "name its kind in a header comment: "
                                   + " or ".join(f"# avassa-lint: kind={k}" for k in result.candidates),
                                   secret=secret))
            else:
                raw.append(Problem(codes.UNKNOWN_KIND, first,
                                   "this document is not a recognised Avassa object; it was not checked",
                                   _KIND_HEADER_HINT, secret=secret))
            continue
        if result.conflict:
            raw.append(Problem(codes.KIND_MISMATCH, first, result.conflict,
                               "fix the content, or the path or header that names the kind", secret=secret))
        if not doc.usable:
            continue
        limit = config.limits.max_findings_per_file
        issues = schemas.check(result.kind, source, doc, limit, secret)
        if limit and len(issues) > limit:
            issues = issues[:limit]
            raw.append(Problem(codes.TOO_MANY_FINDINGS, first, f"schema checking of this document stopped after {limit} findings",
                               "fix these and run again, or raise max-findings-per-file in the configuration",
                               secret=secret))
        # a plain patch leaves out the keys it does not change
        raw.extend(i for i in issues if not (is_patch and i.code == codes.MISSING_KEY))
    return FileResult(source, classified, raw, suppressions)


_KIND_HEADER_HINT = (f"if it is one, name its kind in a header comment: # avassa-lint: kind={KINDS[0]} "
                     f"(or {', '.join(KINDS[1:])})")
_FOREIGN_HINT = "if it is an Avassa object after all" + _KIND_HEADER_HINT.removeprefix("if it is one")


def _ambiguous_message(candidates: tuple[str, ...]) -> str:
    if len(candidates) >= 2:
        return (f"this document could be {_article(candidates[0])} or {_article(candidates[1])}; "
                "it was not checked")
    return f"this document looks close to {_article(candidates[0])} but not clearly one; it was not checked"


def _article(kind: str) -> str:
    return ("an " if kind[0] in "aeiou" else "a ") + kind


def explain_kinds(inputs: list[Input], config: Config) -> list[tuple[str, int, object]]:
    """(path, document line, Classification) for every document of the inputs, in order."""
    schemas = SchemaSet()
    rows: list[tuple[str, int, object]] = []
    for item in inputs:
        found: list = []
        lint_file(item, config, schemas, found)
        rows.extend((item.path, line, result) for line, result in found)
    return rows


def _as_secret(problems: Iterable[Problem], secret: bool) -> list[Problem]:
    """The loader's problems, flagged secret when their file may hold one (or could not be read)."""
    return [p if p.secret or not (secret or p.fatal) else replace(p, secret=True) for p in problems]


def _unreadable(path: str, reason: str) -> Problem:
    return Problem(codes.UNREADABLE_PATH, Span.point(path, 1, 1), f"{_shown(path)} cannot be linted: {reason}",
                   secret=True)


def _marker_for(line: int, doc_hints: dict[int, Hint]) -> int | None:
    """The supctl command a document was fed to: the nearest command line at or above it."""
    best = None
    for start in doc_hints:
        if start <= line and (best is None or start > best):
            best = start
    return best


def _shown(path: str) -> str:
    return '"' + clean(path, 200) + '"'


def collect_inputs(paths: Iterable[str], config: Config, stdin_data: bytes | None = None,
                   stdin_filename: str | None = None) -> tuple[list[Input], list[tuple[str, str]]]:
    """Turn command-line paths into inputs; path problems come back separately (exit 2)."""
    inputs: list[Input] = []
    targets_in: list[str] = []
    for p in paths:
        if p == STDIN:
            inputs.append(Input(stdin_filename or "<stdin>", stdin_data or b""))
        else:
            targets_in.append(p)
    targets, problems = discover(targets_in, config.exclude, config.include_scripts, config.root)
    anchor = targets_in[0] if targets_in else None
    for target in targets:
        if not target.explicit and config.include and not matches(relative_to(target.path, config.root),
                                                                   config.include):
            continue
        inputs.append(Input(target.path, anchor=anchor))
    return inputs, [(p.path, p.reason) for p in problems]


def select_rules(registry: RuleRegistry, config: Config) -> set[str]:
    """Codes enabled by select/ignore (codes, areas or names)."""
    enabled = set(registry.rules)
    if config.select:
        chosen: set[str] = set()
        for sel in config.select:
            chosen.update(r.code for r in registry.matching(sel))
        enabled = chosen | (codes.ALWAYS_ON & enabled)
    for ign in config.ignore:
        enabled.difference_update(r.code for r in registry.matching(ign))
    return enabled


def _severity_for(rule: Rule, config: Config, own: Severity | None = None) -> Severity:
    """The configured override for the rule, else the finding's own severity, else the rule's."""
    for key in (rule.code, rule.name):
        if key in config.severity:
            return Severity.parse(config.severity[key])
    return own or rule.severity


def run(inputs: list[Input], config: Config | None = None, registry: RuleRegistry | None = None,
        path_problems: Iterable[tuple[str, str]] = (), debug: bool = False,
        baseline: dict[str, int] | None = None) -> RunResult:
    """Lint the inputs (``collect_inputs`` discovered them): check each file (load, classify,
    schema), build the project and run the rules, then finalize (suppressions, ignores,
    severities, baseline, caps, order). One broken file or rule never stops the others."""
    config = config or Config()
    registry = registry or load_rules()
    enabled = select_rules(registry, config)
    result = RunResult([], {}, len(inputs), registry=registry)
    problems = [_unreadable(path, reason) for path, reason in path_problems]
    result.environment_error = bool(problems)
    cache = _open_cache(inputs, config)
    with collector_paused():
        files = check_files(inputs, config, cache, result, debug)
        problems += files.problems
        problems += cross_file_problems(files, config, registry, enabled, cache, result, debug)
    every = finalize(problems, registry, config, enabled, files.suppressions)
    if baseline is not None:
        from avassa_lint.reporting import baseline as baselines

        every, result.stale_baseline = baselines.subtract(every, baseline)
    result.worst = max((d.severity for d in every), default=None)
    result.diagnostics = cap_per_file(every, config, registry)
    return result


@dataclass
class CheckedFiles:
    """What the per-file stage gave for every input, in input order."""

    problems: list[Problem] = field(default_factory=list)
    classified: list[ClassifiedDocument] = field(default_factory=list)
    unreadable: set[str] = field(default_factory=set)  # files whose values are not known
    suppressions: dict[str, list[Suppression]] = field(default_factory=dict)
    entries: list[str | None] = field(default_factory=list)  # each file's cache entry, or None

    def add(self, path: str, file_result: FileResult, result: RunResult | None = None) -> None:
        """One file's result (``result``, when given, learns its source and any unreadable path)."""
        if result is not None:
            result.sources[path] = file_result.source
            if any(p.code == codes.UNREADABLE_PATH for p in file_result.problems):
                result.environment_error = True
        if any(p.fatal for p in file_result.source.problems) or file_result.source.text is None:
            self.unreadable.add(path)
        self.problems.extend(file_result.problems)
        self.classified.extend(file_result.classified)
        if file_result.suppressions:
            self.suppressions[path] = file_result.suppressions
            # the LNT004 fix edits the comment's line: give the suppressions their file's text, also
            # when the result came from the cache or a worker
            suppress.remember_text(file_result.suppressions, file_result.source.text)


def check_files(inputs: list[Input], config: Config, cache: object, result: RunResult, debug: bool) -> CheckedFiles:
    """Each file on its own: from the cache, here, or in a worker process (results identical)."""
    from functools import partial

    from avassa_lint.runtime.parallel import lint_all

    files = CheckedFiles()
    for item, outcome in lint_all(inputs, partial(lint_file, config=config, schemas=SchemaSet()), config, cache):
        files.entries.append(outcome.entry)
        file_result = outcome.result
        if file_result is None:  # an exception escaped lint_file: contain it, report it, go on
            result.internal_error = True
            files.problems.append(Problem(codes.INTERNAL_ERROR, Span.point(item.path, 1, 1),
                                          f"internal error while linting {_shown(item.path)} (please report): "
                                          f"{outcome.error}", secret=True))
            if debug and outcome.traceback:
                result.notes.append(outcome.traceback)
            continue
        files.add(item.path, file_result, result)
    return files


def cross_file_problems(files: CheckedFiles, config: Config, registry: RuleRegistry, enabled: set[str],
                        cache: object, result: RunResult, debug: bool, project: Project | None = None,
                        only: set[str] | None = None) -> list[Problem]:
    """The rules over the whole project. They are a function of every file's result: when each
    came from (or went to) the cache, their problems are cached too, under a key over all of
    those entries. ``project``: the model, when the caller has it already (the language server
    merges one part per file); ``only``: run just these of the enabled rules (no cache then)."""
    rules_entry = _rules_entry(files.entries, registry, enabled) if cache is not None and only is None else None
    if rules_entry is not None:
        cached = cache.get_problems(rules_entry)  # type: ignore[attr-defined]
        if cached is not None:
            return cached
    problems: list[Problem] = []
    if project is None:
        project = build_project(files.classified, config, files.unreadable)
    crashed = _run_rules(registry, enabled if only is None else enabled & only, config, project, result, problems, debug)
    if rules_entry is not None and not crashed:
        cache.put_problems(rules_entry, problems)  # type: ignore[attr-defined]
    return problems


def _run_rules(registry: RuleRegistry, enabled: set[str], config: Config, project: Project, result: RunResult,
               out: list[Problem], debug: bool) -> bool:
    """Run every enabled rule over the project into ``out``; True when a rule crashed."""
    secret_paths = {p for p, s in result.sources.items() if s.secret_text or any(d.secret for d in s.documents)}
    crashed = False
    for rule in registry.all():
        if rule.check is None or rule.code not in enabled:
            continue
        try:
            options = _options_for(rule, config)
            for finding in rule.run(project, options):
                out.append(finding.problem(rule.code, finding.span.path in secret_paths))
        except Exception as exc:  # noqa: BLE001 - a broken rule becomes one finding, the run goes on
            crashed = result.internal_error = True
            out.append(Problem(codes.INTERNAL_ERROR, Span.point(".", 1, 1),
                               f"internal error in rule {rule.code} {rule.name} (please report): {type(exc).__name__}",
                               secret=True))
            if debug:
                import traceback

                result.notes.append(traceback.format_exc())
    return crashed


def _open_cache(inputs: list[Input], config: Config) -> object:
    """The run's cache (None when it is off, or there is nothing to cache)."""
    if not inputs or not config.cache:
        return None  # --no-cache: the cache module (and hashlib, hmac) is not even imported
    from avassa_lint.runtime.cache import open_cache
    from avassa_lint.runtime.parallel import cache_anchor
    from avassa_lint.loading.source import parser_backend

    return open_cache(config, cache_anchor(inputs), parser_backend())


def _rules_entry(entries: list[str | None], registry: RuleRegistry, enabled: set[str]) -> str | None:
    """The cache entry of the cross-file rules' problems; None unless every file has an entry."""
    if not entries or not all(entries):
        return None
    import hashlib

    h = hashlib.sha256(b"rules\0")
    for rule in registry.all():  # plugin packs change the findings too
        h.update(f"{rule.code}:{rule.name}:{rule.module}:{rule.code in enabled}\0".encode())
    for entry in entries:
        h.update(entry.encode())  # type: ignore[union-attr]
    return "rules-" + h.hexdigest()


def _options_for(rule: Rule, config: Config) -> object | None:
    if rule.options is None:
        return None
    given = config.rules.get(rule.name) or config.rules.get(rule.code) or {}
    fields = {k.replace("-", "_"): v for k, v in given.items()}
    return rule.options(**fields)


class UnknownCode(Exception):
    """A problem whose code no rule declares (a bug in the linter or in a rule pack)."""


# Tests set this: a problem with an unknown code raises at once instead of becoming LNT002.
STRICT_CODES = False


def finalize(problems: list[Problem], registry: RuleRegistry, config: Config, enabled: set[str],
             suppressions: dict[str, list[Suppression]] | None = None) -> list[Diagnostic]:
    """Stamp name and severity; apply ignores and suppressions; deduplicate; sort."""
    out: dict[tuple, Diagnostic] = {}
    for problem in problems:
        code = problem.code
        rule = registry.rules.get(code)
        if rule is None:
            if STRICT_CODES:
                raise UnknownCode(code)
            problem = Problem(codes.INTERNAL_ERROR, problem.span,
                              f"internal error: a finding has the unknown code {_shown(code)} (please report)",
                              secret=True)
            code, rule = problem.code, registry.rules[codes.INTERNAL_ERROR]
        if code not in enabled and code not in codes.NEVER_HIDDEN:
            continue
        if _ignored_for_file(problem.span.path, rule, config):
            continue
        out.setdefault((code, problem.span, problem.message),
                       Diagnostic.of(problem, rule.name, _severity_for(rule, config, problem.severity)))
    kept = list(out.values())
    if suppressions:
        kept = suppress.apply(kept, suppressions)
        unused_rule = registry.rules.get(codes.UNUSED_SUPPRESSION)
        if unused_rule is not None and unused_rule.code in enabled:

            def enabled_selector(sel: str) -> bool | None:
                found = registry.find(sel)
                return None if found is None else found.code in enabled

            for span, message, hint, fix in suppress.unused(suppressions, enabled_selector):
                if not _ignored_for_file(span.path, unused_rule, config):
                    kept.append(Diagnostic.of(Problem(unused_rule.code, span, message, hint, fix=fix), unused_rule.name,
                                              _severity_for(unused_rule, config)))
    return sorted(kept, key=Diagnostic.sort_key)


def _ignored_for_file(path: str, rule: Rule, config: Config) -> bool:
    for pattern, selectors in config.per_file_ignores.items():
        if matches(relative_to(path, config.root), [pattern]):
            for sel in selectors:
                s = sel.strip()
                if s.lower() == rule.name or rule.code.startswith(s.upper()):
                    return True
    return False


def cap_per_file(diags: list[Diagnostic], config: Config, registry: RuleRegistry) -> list[Diagnostic]:
    """At most ``max-findings-per-file`` findings per file, then one LNT006 saying how many more."""
    cap = config.limits.max_findings_per_file
    if cap <= 0:
        return diags
    out: list[Diagnostic] = []
    counts: dict[str, int] = {}
    dropped: dict[str, int] = {}
    for d in diags:
        n = counts.get(d.span.path, 0)
        if n < cap:
            out.append(d)
            counts[d.span.path] = n + 1
        else:
            dropped[d.span.path] = dropped.get(d.span.path, 0) + 1
    rule = registry.rules.get(codes.TOO_MANY_FINDINGS)
    if rule is not None:
        for path, n in dropped.items():
            more = Problem(rule.code, Span.point(path, 1, 1),
                           f"… and {n} more findings in this file (only the first {cap} are shown)")
            out.append(Diagnostic.of(more, rule.name, _severity_for(rule, config)))
        out.sort(key=Diagnostic.sort_key)
    return out
