"""The effective settings of a run. Loading `.avassa-lint.yaml` / `pyproject.toml` lives here too."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Any

from avassa_lint.core.diagnostic import Problem, Severity, Span
from avassa_lint.loading.source import Limits
from avassa_lint.core import codes


@dataclass
class External:
    """Objects that exist in Control Tower but not in this repository: they count as declared."""

    vaults: list[str] = field(default_factory=list)
    secrets: list[str] = field(default_factory=list)  # "vault/secret"
    registries: list[str] = field(default_factory=list)
    applications: list[str] = field(default_factory=list)


@dataclass
class Config:
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    select: list[str] = field(default_factory=list)  # empty: every rule
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)  # code or name -> severity
    rules: dict[str, dict] = field(default_factory=dict)  # rule name or code -> options
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    kinds: dict[str, dict[str, str]] = field(default_factory=dict)  # path glob -> {kind, vault}
    external: External = field(default_factory=External)
    fail_on: Severity = Severity.ERROR
    limits: Limits = field(default_factory=Limits)
    inline_suppressions: bool = True
    include_scripts: bool = False
    cache: bool = True
    source: str | None = None  # the file the settings came from
    root: str | None = None  # its folder: include/exclude/per-file-ignores globs are relative to it


CONFIG_NAMES = (".avassa-lint.yaml", ".avassa-lint.yml")


def config_problem(span: Span, message: str, hint: str | None = None) -> Problem:
    """A mistake in a configuration file, with its position (LNT001, exit 2)."""
    return Problem(codes.INVALID_CONFIG, span, message, hint)


def find_config(start: str) -> str | None:
    """The nearest .avassa-lint.yaml, or pyproject.toml with [tool.avassa-lint], in ``start``'s
    folder or its parents."""

    def shown(path: str) -> str:
        rel = os.path.relpath(path)
        return path if rel.startswith("..") else rel

    folder = os.path.abspath(start if os.path.isdir(start) else os.path.dirname(start) or ".")
    while True:
        for name in CONFIG_NAMES:
            candidate = os.path.join(folder, name)
            if os.path.isfile(candidate):
                return shown(candidate)
        pyproject = os.path.join(folder, "pyproject.toml")
        if os.path.isfile(pyproject) and _has_tool_table(pyproject):
            return shown(pyproject)
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def _has_tool_table(path: str) -> bool:
    try:
        with open(path, "rb") as handle:
            head = handle.read(1 << 20)
    except OSError:
        return False
    return b"[tool.avassa-lint" in head


def load_config(path: str, registry: Any = None) -> tuple[Config, list[Problem]]:
    """Read and check a configuration file; problems carry positions in that file. With the
    rule registry, rule names, selectors and rule options are checked too."""
    from avassa_lint.validation.schema import SchemaSet
    from avassa_lint.loading.source import ReadError, SpanIndex, Document, load_source, read_path

    try:
        data = read_path(path, 1 << 20)
    except ReadError as exc:
        return Config(), [config_problem(Span.point(path, 1, 1), f"configuration file {exc}")]
    if path.endswith(".toml"):
        import tomllib

        try:
            table = tomllib.loads(data.decode("utf-8")).get("tool", {}).get("avassa-lint", {})
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            return Config(), [config_problem(Span.point(path, 1, 1), f"pyproject.toml cannot be read: {exc}")]
        document = Document(0, table, SpanIndex(path), 1, 1)
        source = None
        loading = []
    else:
        source = load_source(path, data)
        loading = [p for p in source.problems if p.code != codes.EMPTY_FILE]
        if any(p.fatal for p in loading):
            return Config(), [config_problem(p.span, p.message, p.hint) for p in loading]
        if not source.documents:
            return Config(source=path), []
        if len(source.documents) > 1:
            return Config(), [config_problem(Span.point(path, source.documents[1].start_line, 1),
                                            "the configuration file must hold one YAML document")]
        document = source.documents[0]
        if document.data is None:
            return Config(source=path), []
    schemas = SchemaSet()
    # Every mistake in one run, as for object files: the schema's, then unknown rules and options.
    problems = [config_problem(p.span, p.message, p.hint) for p in loading]
    problems += [config_problem(i.span, i.message, i.hint)
                 for i in schemas.check_schema("config.schema.json", "configuration", source, document)]
    if registry is not None and isinstance(document.data, dict):
        problems += check_rule_references(document, registry)
    if problems:
        return Config(), sorted(problems, key=lambda p: (p.span.line, p.span.column))
    return config_from_mapping(document.data, path), []


def check_rule_references(document: Any, registry: Any) -> list[Problem]:
    """Every selector names a rule, code or area; every rule option exists on its rule."""
    import dataclasses

    from avassa_lint.core.diagnostic import Span
    from avassa_lint.text.suggest import did_you_mean

    data = document.data
    spans = document.spans
    problems: list[Problem] = []

    def at(*path: Any) -> Span:
        return spans.key(path) or spans.value(path) or Span.point(spans.path, 1, 1)

    # Only what has the right shape is looked at here: a wrong type is the schema's finding.
    def mapping(value: Any) -> dict:
        return value if isinstance(value, dict) else {}

    names = [r.name for r in registry.all()]
    selector_lists = [("select",), ("ignore",)] + [("per-file-ignores", k) for k in mapping(data.get("per-file-ignores"))]
    for where in selector_lists:
        node: Any = data
        for part in where:
            node = node.get(part) if isinstance(node, dict) else None
        for i, sel in enumerate(node if isinstance(node, list) else []):
            if isinstance(sel, str) and not registry.matching(sel):
                problems.append(config_problem(spans.value(where + (i,)) or at(*where),
                                              f'"{sel}" names no rule, code or area', did_you_mean(sel, names)))
    for key in mapping(data.get("severity")):
        if registry.find(key) is None:
            problems.append(config_problem(at("severity", key), f'severity override for "{key}", which is not a rule',
                                          did_you_mean(key, names)))
    for key, options in mapping(data.get("rules")).items():
        if not isinstance(options, (dict, type(None))):
            continue
        rule = registry.find(key)
        if rule is None:
            problems.append(config_problem(at("rules", key), f'options for "{key}", which is not a rule',
                                          did_you_mean(key, names)))
            continue
        fields = {f.name.replace("_", "-"): f for f in dataclasses.fields(rule.options)} if rule.options else {}
        for option in options or {}:
            if option not in fields:
                allowed = ", ".join(fields) or "none"
                problems.append(config_problem(at("rules", key, option),
                                              f'rule {rule.name} has no option "{option}" (options: {allowed})',
                                              did_you_mean(option, list(fields))))
        if rule.options and all(option in fields for option in options or {}):
            try:
                rule.options(**{k.replace("-", "_"): v for k, v in (options or {}).items()})
            except (TypeError, ValueError) as exc:
                problems.append(config_problem(at("rules", key), f"invalid options for rule {rule.name}: {exc}"))
    return problems


def config_from_mapping(data: dict, source: str | None = None) -> Config:
    """Turn a checked configuration mapping into a Config."""
    limit_fields = {f.replace("_", "-"): f for f in Limits.__dataclass_fields__}
    limits = Limits(**{limit_fields[k]: v for k, v in (data.get("limits") or {}).items() if k in limit_fields})
    external = data.get("external") or {}
    return Config(
        include=list(data.get("include", [])),
        exclude=list(data.get("exclude", [])),
        select=list(data.get("select", [])),
        ignore=list(data.get("ignore", [])),
        severity=dict(data.get("severity", {})),
        rules={str(k): dict(v) for k, v in (data.get("rules") or {}).items()},
        per_file_ignores={str(k): list(v) for k, v in (data.get("per-file-ignores") or {}).items()},
        kinds={str(k): dict(v) for k, v in (data.get("kinds") or {}).items()},
        external=External(
            vaults=list(external.get("vaults", [])),
            secrets=list(external.get("secrets", [])),
            registries=list(external.get("registries", [])),
            applications=list(external.get("applications", [])),
        ),
        fail_on=Severity.parse(data.get("fail-on", "error")),
        limits=limits,
        inline_suppressions=bool(data.get("inline-suppressions", True)),
        include_scripts=bool(data.get("include-scripts", False)),
        cache=bool(data.get("cache", True)),
        source=source,
        root=os.path.dirname(os.path.abspath(source)) if source else None,
    )


def effective(config: Config) -> dict:
    """The settings as --show-config prints them."""
    from dataclasses import asdict

    out = asdict(config)
    out["fail_on"] = config.fail_on.label
    return {k.replace("_", "-"): v for k, v in out.items()}


# The configuration file's keys, in the order --show-config prints them (the README's order).
FILE_KEYS = ("include", "exclude", "select", "ignore", "severity", "fail-on", "per-file-ignores", "rules",
             "kinds", "external", "limits", "inline-suppressions", "include-scripts", "cache")
LIMIT_KEYS = ("max-file-size", "max-depth", "max-documents", "max-events", "max-aliases",
              "alias-expansion-factor", "max-scalar-length", "max-key-length", "max-findings-per-file")


def file_form(config: Config) -> dict[str, Any]:
    """The settings as a configuration file writes them: kebab-case keys, every key the file
    accepts and nothing else, so the result loads back into the same settings."""
    from dataclasses import asdict

    values = asdict(config)
    out: dict[str, Any] = {}
    for key in FILE_KEYS:
        if key == "fail-on":
            out[key] = config.fail_on.label
        elif key == "limits":
            out[key] = {k: getattr(config.limits, k.replace("-", "_")) for k in LIMIT_KEYS}
        else:
            out[key] = values[key.replace("-", "_")]
    return out


# Strings that YAML reads back as the same string when written without quotes.
_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9_./-]*")
_YAML_WORDS = frozenset(("true", "false", "null", "yes", "no", "on", "off", "y", "n"))


def render_config(config: Config) -> str:
    """``file_form`` as YAML: block mappings, flow lists, every scalar JSON-quoted (valid YAML)."""
    import json

    def scalar(value: Any) -> str:
        if isinstance(value, str) and _PLAIN.fullmatch(value) and value.lower() not in _YAML_WORDS:
            return value
        return json.dumps(value, ensure_ascii=False)

    def key(name: Any) -> str:
        text = str(name)
        plain = text and text[0].isalpha() and all(c.isalnum() or c in "-_." for c in text)
        return text if plain else scalar(text)

    def emit(value: Any, indent: int, lines: list[str], head: str) -> None:
        pad = "  " * indent
        if isinstance(value, dict):
            if not value:
                lines.append(f"{pad}{head} {{}}")
                return
            lines.append(f"{pad}{head}")
            for k, v in value.items():
                emit(v, indent + 1, lines, f"{key(k)}:")
        elif isinstance(value, (list, tuple)):
            lines.append(f"{pad}{head} [{', '.join(scalar(v) if not isinstance(v, (dict, list)) else json.dumps(v) for v in value)}]")
        else:
            lines.append(f"{pad}{head} {scalar(value)}")

    lines: list[str] = []
    for name, value in file_form(config).items():
        emit(value, 0, lines, f"{name}:")
    return "\n".join(lines) + "\n"
