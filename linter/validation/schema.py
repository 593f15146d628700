"""Offline schema registry, validation, and schema error -> finding mapping.

jsonschema's own messages are never shown (they embed the value, which may be a secret);
each error keyword maps to a stable code, lands on the exact key or value, and is phrased
in the project's voice:

  additionalProperties -> SCH002 unknown-key      required, a missing choice -> SCH003 missing-key
  type                 -> SCH004 wrong-type       enum, const               -> SCH005 unexpected-value
  pattern, ranges, ... -> SCH006 invalid-value    exclusive keys together  -> SCH007 conflicting-keys

A key the schema accepts without verifying it (an "x-unverified" property, or a key under an
object marked "x-unverified-keys") gets an info-level SCH010 unverified-field note, whether or
not the document is valid: the notes come from a walk that follows the schema's annotations
(their plan ships with the generated checks), not from jsonschema.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterator
from functools import cached_property
from typing import Any

from avassa_lint.loading.classify import KINDS
from avassa_lint.core.diagnostic import Edit, Fix, Problem, Span
from avassa_lint.text.describe import describe
from avassa_lint.text.quoting import quote
from avassa_lint.text.redact import redacted
from avassa_lint.text.suggest import did_you_mean, one_edit, suggest
from avassa_lint.loading.source import Document, SourceFile, SpanIndex, resolve_plain
from avassa_lint.core import codes
from avassa_lint.core.schema_files import SCHEMA_BASE, schema_files, schema_texts

class SchemaSet:
    """The validators of one run, built once, with every $ref resolved from bundled files."""

    def __init__(self, generated_errors: bool = True) -> None:
        self._validators: dict[str, Any] = {}
        # False: every invalid document goes through jsonschema's iter_errors (the equivalence
        # tests compare the two ways)
        self._generated_errors = generated_errors
        self._nodes: dict[tuple[str, str], Any] = {}

    @cached_property
    def _registry(self) -> Any:
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT202012

        def refuse(uri: str) -> Any:
            from referencing.exceptions import NoSuchResource

            raise NoSuchResource(ref=uri)

        resources = [
            (schema.get("$id", SCHEMA_BASE + name), Resource.from_contents(schema, default_specification=DRAFT202012))
            for name, schema in self.files.items()
        ]
        return Registry(retrieve=refuse).with_resources(resources)  # type: ignore[call-arg]

    @cached_property
    def _fast(self) -> Any:
        from avassa_lint.validation.fastcheck import FastChecks, load_generated, schema_digest

        from avassa_lint.validation.fastcheck import load_generated_errors

        digest = schema_digest(schema_texts())
        return FastChecks(lambda: self.files, SCHEMA_BASE, load_generated(digest),
                          lambda: load_generated_errors(digest))

    @cached_property
    def _plans(self) -> dict[str, dict]:
        from avassa_lint.validation.fastcheck import load_generated_plans, schema_digest

        shipped = load_generated_plans(schema_digest(schema_texts()))
        if shipped is not None:
            return shipped
        from avassa_lint.validation.fastcheck import unverified_plan

        return {name: plan for name in self.files if (plan := unverified_plan(self.files, SCHEMA_BASE, name))}

    def unverified(self, schema_file: str, kind: str, source: SourceFile | None, document: Document,
                   secret: bool = False) -> list[Problem]:
        """SCH010 notes: the keys of ``document`` that the schema accepts without verifying them."""
        plan = self._plans.get(schema_file)
        if plan is None:
            return []
        path_of = source.path if source is not None else document.spans.path
        notes = []
        for at, reason in _unverified(document.data, plan, ()):
            span = document.spans.key(at) or document.spans.key_or_value(at) or Span.point(path_of, document.start_line, 1)
            where = describe(document.data, at, kind)
            notes.append(Problem(
                codes.UNVERIFIED_FIELD, span, f"{where} is accepted as written, not verified: {reason}",
                "the platform's reference does not say enough to check it here; Control Tower checks it "
                "(a request with ?validate=true is a dry run)",
                yaml_path="/".join(str(p) for p in at), secret=secret))
        return notes

    @cached_property
    def files(self) -> dict[str, dict]:
        return schema_files()

    @cached_property
    def _format_descriptions(self) -> dict[str, str]:
        common = self.files.get("common.schema.json", {}).get("$defs", {})
        return {
            d["pattern"]: d.get("description", "")
            for d in common.values()
            if isinstance(d, dict) and "pattern" in d
        }

    def check(self, kind: str, source: SourceFile, document: Document, limit: int = 0,
              secret: bool = False) -> list[Problem]:
        if kind not in KINDS:
            return []
        return self.check_schema(f"{kind}.schema.json", kind, source, document, limit, secret)

    def check_schema(self, schema_file: str, kind: str, source: SourceFile | None,
                     document: Document, limit: int = 0, secret: bool = False) -> list[Problem]:
        """Validate against one bundled schema; ``kind`` names the root object in messages.
        With a ``limit``, validation stops once more than ``limit`` issues are found (a giant
        document with an error in every entry would otherwise cost seconds per thousand)."""
        notes = self.unverified(schema_file, kind, source, document, secret)
        fast = self._fast.check(schema_file)
        if fast is not None and fast(document.data):
            return notes  # proven valid: jsonschema would report nothing
        errors = self._generated(schema_file, document.data) if self._generated_errors else None
        if errors is None:
            errors = self._validator(schema_file).iter_errors(document.data)
        if source is None:
            source = SourceFile(document.spans.path, None)
        issues: list[Problem] = []
        seen: set[tuple] = set()
        for error in errors:
            for issue in self._map(error, kind, source, document, secret):
                key = (issue.code, issue.span, issue.message)
                if key not in seen:
                    seen.add(key)
                    issues.append(issue)
            if limit and len(issues) > limit:
                break
        return issues + notes


    def _validator(self, schema_file: str) -> Any:
        validator = self._validators.get(schema_file)
        if validator is None:
            from jsonschema import Draft202012Validator

            validator = Draft202012Validator(self.files[schema_file], registry=self._registry)
            self._validators[schema_file] = validator
        return validator

    def _generated(self, schema_file: str, data: Any) -> list | None:
        """jsonschema's errors for an invalid document, made from the generated error functions'
        records (the same errors, in the same order, as ``iter_errors``, without walking the
        valid parts); None when the schema is not compiled or a value is not plain data."""
        errors = self._fast.errors(schema_file)
        if errors is None:
            return None
        from avassa_lint.validation.fastcheck import _Unsure

        try:
            records = errors(data)
        except (_Unsure, RecursionError):
            return None
        from jsonschema import Draft202012Validator
        from jsonschema.exceptions import ValidationError

        checker = Draft202012Validator.TYPE_CHECKER

        def make(record: tuple) -> Any:
            node, keyword, path, instance, schema_path, context = record
            schema = False if node is None else self._node(node)
            return ValidationError(
                "", validator=keyword, path=path, schema_path=schema_path, instance=instance, schema=schema,
                validator_value=None if keyword is None else schema[keyword], type_checker=checker,
                context=[make(c) for c in context] if context else ())

        return [make(record) for record in records]

    def _node(self, node: tuple[str, str]) -> Any:
        """The schema dict at (uri, JSON pointer): the very object jsonschema's errors hold."""
        found = self._nodes.get(node)
        if found is None:
            from avassa_lint.validation.fastcheck import _pointer

            found = self._nodes[node] = _pointer(self._by_uri[node[0]], node[1])
        return found

    @cached_property
    def _by_uri(self) -> dict[str, Any]:
        from avassa_lint.validation.fastcheck import schemas_by_uri

        return schemas_by_uri(self.files, SCHEMA_BASE)

    # -- mapping
    def _map(self, error: Any, kind: str, source: SourceFile, doc: Document, secret: bool) -> Iterator[Problem]:
        path = tuple(error.absolute_path)
        keyword = error.validator
        instance = error.instance
        spans = doc.spans
        where = describe(doc.data, path, kind)
        ypath = "/".join(str(p) for p in path)

        def issue(code: str, span: Span | None, message: str, hint: str | None = None, at: tuple = path,
                  fix: Fix | None = None) -> Problem:
            span = span or spans.key_or_value(at) or Span.point(source.path, doc.start_line, 1)
            return Problem(code, span, message, hint, yaml_path="/".join(str(p) for p in at), secret=secret, fix=fix)

        # no fix ever touches a secret document or a value that may be secret
        fixable = not (secret or doc.secret)

        if keyword in ("oneOf", "not") and not isinstance(instance, dict) and _is_key_choice(error.validator_value):
            return  # a by-product of a wrong type (reported as SCH004 at the same place)

        if "propertyNames" in error.schema_path and isinstance(instance, str):
            at = path + (instance,)
            described = self._format_descriptions.get(error.validator_value, "") if keyword == "pattern" else ""
            expected = f": expected {_first_sentence(described)}" if described else ""
            yield issue(codes.INVALID_VALUE, spans.key(at), f'key "{_text(instance)}" of {where} is not valid{expected}', None, at)
            return

        if keyword == "additionalProperties" and isinstance(instance, dict):
            schema = error.schema
            allowed = list(schema.get("properties", {}))
            patterns = [re.compile(p) for p in schema.get("patternProperties", {})]
            unknown = [key for key in instance if not (key in allowed or any(p.search(key) for p in patterns))]
            renames = {key: _one_candidate(key, allowed) for key in unknown if not _misplaced_hint(kind, path, key)}
            for key in unknown:
                at = path + (key,)
                message = f'unknown key "{_text(key)}" in {where}'
                hint = _misplaced_hint(kind, path, key) or did_you_mean(key, allowed)
                if hint is None and allowed and len(allowed) <= 12:
                    hint = "allowed keys: " + ", ".join(allowed)
                fix = None
                target = renames.get(key)
                if (fixable and target is not None and target not in instance and not redacted(doc, at)
                        and list(renames.values()).count(target) == 1):  # two keys renamed to one: a duplicate
                    fix = _rewrite_fix(f'rename the key to "{target}"', source, spans, at, key, target, key=True)
                yield issue(codes.UNKNOWN_KEY, spans.key(at), message, hint, at, fix)
            return

        if keyword == "required" and isinstance(instance, dict):
            for key in error.validator_value:
                if key not in instance:
                    yield issue(codes.MISSING_KEY, spans.key_or_value(path), f'{where} is missing the required key "{key}"',
                                _missing_hint(kind, path, key))
            return

        if keyword == "oneOf" and _is_choice(error.validator_value):
            choices = [b["required"][0] for b in error.validator_value]
            present = [c for c in choices if isinstance(instance, dict) and c in instance]
            if not present:
                yield issue(codes.MISSING_KEY, spans.key_or_value(path),
                            f"{where} needs one of {_or_list(choices)}")
            else:
                second = path + (present[1],)
                yield issue(codes.CONFLICTING_KEYS, spans.key(second),
                            f"{where} has both {_and_list(present)}; use only one of them", None, second)
            return

        if keyword == "not" and isinstance(error.validator_value, dict) and set(error.validator_value) == {"required"}:
            keys = error.validator_value["required"]
            at = path + (keys[-1],)
            yield issue(codes.CONFLICTING_KEYS, spans.key(at), f"{where} has both {_and_list(keys)}; they cannot be used together",
                        _conflict_hint(keys), at)
            return

        if keyword in ("oneOf", "anyOf") and error.context:
            from jsonschema.exceptions import best_match

            best = best_match(error.context)
            if best is not None:
                yield from self._map(best, kind, source, doc, secret)
                return

        secret = redacted(doc, path)
        shown = "the value (redacted)" if secret else quote(instance)
        value_span = spans.value(path)

        if keyword == "type":
            expected = error.validator_value
            expected = [expected] if isinstance(expected, str) else list(expected)
            message = f"{where} must be {_or_list([_TYPE_WORDS.get(t, t) for t in expected], quote=False)}, not {_type_word(instance)}"
            hint = _type_hint(kind, path, instance, expected, source, value_span, secret)
            fix = _string_fix(path, instance, expected, source, spans) if fixable and not secret else None
            yield issue(codes.WRONG_TYPE, value_span, message, hint, fix=fix)
            return

        if keyword in ("enum", "const"):
            allowed = error.validator_value if keyword == "enum" else [error.validator_value]
            message = f"unexpected value {shown} for {where}; expected {_or_list([quote(a) for a in allowed], quote=False)}"
            hint = did_you_mean(str(instance), [str(a) for a in allowed]) if isinstance(instance, str) and not secret else None
            fix = None
            if instance == "deny" and "reject" in allowed:
                hint = "a policy says reject where a network rule says deny"
                if fixable and not secret:
                    fix = _rewrite_fix('change the value to "reject"', source, spans, path, instance, "reject")
            elif fixable and not secret and isinstance(instance, str) and all(isinstance(a, str) for a in allowed):
                target = _one_candidate(instance, allowed)
                if target is not None and hint == did_you_mean(instance, allowed):
                    fix = _rewrite_fix(f'change the value to "{target}"', source, spans, path, instance, target)
            yield issue(codes.UNEXPECTED_VALUE, value_span, message, hint, fix=fix)
            return

        if keyword == "pattern":
            described = self._format_descriptions.get(error.validator_value) or error.schema.get("description", "")
            expected = _first_sentence(described) if described else "a value of the documented format"
            yield issue(codes.INVALID_VALUE, value_span, f"{shown} is not a valid value for {where}: expected {expected}")
            return

        if keyword in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
            bound = error.validator_value
            relation = {"minimum": "at least", "maximum": "at most",
                        "exclusiveMinimum": "greater than", "exclusiveMaximum": "less than"}[keyword]
            yield issue(codes.INVALID_VALUE, value_span, f"{where} must be {relation} {bound}, not {shown}")
            return

        if keyword in ("minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties"):
            noun = "characters" if "Length" in keyword else ("entries" if "Items" in keyword else "keys")
            relation = "at least" if keyword.startswith("min") else "at most"
            if keyword == "minLength" and error.validator_value == 1:
                yield issue(codes.INVALID_VALUE, value_span, f"{where} must not be empty")
            else:
                yield issue(codes.INVALID_VALUE, value_span, f"{where} must have {relation} {error.validator_value} {noun}")
            return

        if keyword == "uniqueItems":
            yield issue(codes.INVALID_VALUE, value_span, f"{where} lists the same entry twice")
            return

        yield issue(codes.INVALID_VALUE, value_span, f"{where} is not valid here ({keyword})")


def _is_key_choice(value: Any) -> bool:
    """A choice among keys: oneOf of single-key required branches, or not-required."""
    if isinstance(value, dict):
        return set(value) == {"required"}
    return _is_choice(value)


def _is_choice(branches: Any) -> bool:
    return isinstance(branches, list) and bool(branches) and all(
        isinstance(b, dict) and set(b) == {"required"} and len(b["required"]) == 1 for b in branches
    )


_TYPE_WORDS = {
    "string": "a string",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "object": "a mapping",
    "array": "a list",
    "null": "empty",
}


def _type_word(value: Any) -> str:
    if value is None:
        return "empty (null)"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "a number"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return type(value).__name__


def _type_hint(kind: str, path: tuple, value: Any, expected: list[str], source: SourceFile,
               span: Span | None, secret: bool) -> str | None:
    """Explain the YAML trap behind a wrong type, when it is one."""
    written = source.text_at(span) if span is not None and not secret else None
    if "string" in expected:
        if isinstance(value, list) and path[-2:] == ("distribute", "to"):
            return "a list of sites goes under sites: distribute: {sites: [site-a, site-b]}; to takes one word, such as all"
        if isinstance(value, float) and written and not math.isnan(value):
            if written.strip() != repr(value) and not secret:
                return f'YAML reads {written.strip()} as the number {value!r}; quote it: "{written.strip()}"'
            return f'quote it: "{written.strip()}"'
        if isinstance(value, bool) and written:
            return f'YAML reads {written.strip()} as a boolean; quote it: "{written.strip()}"'
        if isinstance(value, int) and written:
            return f'YAML reads {written.strip()} as a number; quote it: "{written.strip()}"'
        if value is None:
            key = path[-1] if path else "the key"
            return f'"{key}:" with nothing after it is null in YAML; give it a value, or quote an empty string: ""'
    if "object" in expected and isinstance(value, str):
        if kind == "application-deployment" and path == ("placement",):
            return f"write a mapping: placement: {{match-site-labels: {_text(value.strip())}}}"
        return "write a mapping (key: value lines indented under this key)"
    if "array" in expected and isinstance(value, str):
        return "write a list: one \"- item\" per line, or [a, b]"
    if "array" in expected and isinstance(value, dict):
        return "write a list: put \"- \" before the first key of each entry"
    return None


# -- fixes: edits of the written text, at spans the loader recorded for this very node

# A plain scalar that YAML reads as a number (YAML 1.2 core schema), written as it may be quoted
_NUMBER = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+")
_BOOLEANS = frozenset(("true", "True", "TRUE", "false", "False", "FALSE"))
_NULL_WORDS = frozenset(("~", "null", "Null", "NULL"))
# A key or enum value that can be written as a plain scalar and stays a string
_PLAIN = re.compile(r"[A-Za-z_][A-Za-z0-9_./+-]*")
# What separates a key from its value on one line: the ":" and blanks, no tag or anchor
_SEPARATOR = re.compile(r"[ \t]*:[ \t]*")
# What may follow an empty value on its line: nothing, a comment, or the end of a flow entry
_AFTER_EMPTY = re.compile(r"[ \t]*(?:#.*|[,}].*)?")
_STRING_FIELDS = ("version", "application-version")
_YAML11_WORDS = frozenset(("y", "n", "yes", "no", "on", "off"))  # strings that YAML 1.1 readers take for booleans


def _own_span(spans: SpanIndex, at: tuple, key: bool = False) -> Span | None:
    """The span of the node written at ``at`` itself: None when it is reached through an alias or a
    merge key (an edit there would change every place that repeats it)."""
    if not spans.written_at(at, key):
        return None
    return spans.key(at) if key else spans.value(at)


def _value_after_key(source: SourceFile, spans: SpanIndex, at: tuple) -> Span | None:
    """The value's span when it follows its key on the same line after only ":" and blanks."""
    value = _own_span(spans, at)
    key = _own_span(spans, at, key=True)
    if value is None or key is None or not (key.line == key.end_line == value.line == value.end_line):
        return None
    line = source.line(value.line)
    if line is None or not _SEPARATOR.fullmatch(line[key.end_column - 1:value.column - 1]):
        return None
    return value


def _string_fix(path: tuple, value: Any, expected: list[str], source: SourceFile, spans: SpanIndex) -> Fix | None:
    """SCH004: quote a version or env value that YAML read as a number (or, in env, a boolean),
    keeping the written text; an empty env value becomes ""."""
    if "string" not in expected or not path or not isinstance(path[-1], str):
        return None
    in_env = len(path) >= 2 and path[-2] == "env"
    if not (in_env or path[-1] in _STRING_FIELDS):
        return None
    span = _value_after_key(source, spans, path)
    if span is None:
        return None
    written = source.text_at(span)
    if written is None:
        return None
    if isinstance(value, bool):
        if not in_env or written not in _BOOLEANS or resolve_plain(written) is not value:
            return None
    elif isinstance(value, (int, float)):
        if not _NUMBER.fullmatch(written) or type(resolve_plain(written)) is not type(value) or resolve_plain(written) != value:
            return None
    elif value is None and in_env:
        if written in _NULL_WORDS:
            return Fix("write an empty string", (Edit(span, '""'),))
        line = source.line(span.line) or ""
        if written or span.column < 2 or not _AFTER_EMPTY.fullmatch(line[span.column - 1:]):
            return None
        text = ' ""' if line[span.column - 2] == ":" else '""'
        return Fix("write an empty string", (Edit(span, text),))
    else:
        return None
    return Fix(f'quote the value: "{written}"', (Edit(span, f'"{written}"'),))


def _one_candidate(word: str, candidates: list[str]) -> str | None:
    """The did-you-mean candidate for ``word`` when it is the only close one, else None."""
    found = suggest(word, candidates)
    if found is None or found.lower() == word.lower():
        return found
    near = {c for c in candidates if one_edit(word, c)}  # one typo away ("cpu": "cpus" and "gpu")
    if near:
        return found if near == {found} else None
    import difflib  # imported when a key or value is misspelt, not by every run

    close = set(difflib.get_close_matches(word, candidates, n=3, cutoff=0.75))
    return found if close == {found} else None


def _rewrite_fix(title: str, source: SourceFile, spans: SpanIndex, at: tuple, old: str, new: str,
                 key: bool = False) -> Fix | None:
    """Replace the written ``old`` (a key, or a value) at ``at`` by ``new``: a plain scalar whole, a
    quoted one inside its quotes, only when the written text is exactly ``old``."""
    span = _own_span(spans, at, key=key)
    if (span is None or span.line != span.end_line or not _PLAIN.fullmatch(new) or resolve_plain(new) != new
            or new.lower() in _YAML11_WORDS):
        return None
    written = source.text_at(span)
    if written is None:
        return None
    if written == old and _PLAIN.fullmatch(old):
        return Fix(title, (Edit(span, new),), safe=False)
    if (len(written) == len(old) + 2 and written[0] == written[-1] and written[0] in "'\"" and written[1:-1] == old
            and not any(c in old for c in "'\"\\")):
        inner = Span(span.path, span.line, span.column + 1, span.end_line, span.end_column - 1)
        return Fix(title, (Edit(inner, new),), safe=False)
    return None


_MISPLACED = {
    ("container", "network"): "network belongs to the service, not the container: move it up one level",
    ("container", "restart-policy"): "there is no restart-policy: crashed containers are always restarted; remove it",
    ("container", "ports"): "ports are exposed on the service: network.ingress-ip-per-instance.protocols",
    ("container", "resources"): "there is no resources block: use cpus, memory and container-layer-size on the container",
    ("container", "command"): "the command is cmd (a list)",
    ("container", "environment"): "environment variables go under env",
    ("container", "volumes"): "volumes are declared on the service; the container lists them under mounts",
    ("service", "image"): "image belongs to a container: services[].containers[].image",
    ("service", "env"): "env belongs to a container",
    ("service", "replica"): None,
    ("application", "status"): "status is read-only state that supctl show prints; remove it before applying",
    ("application-deployment", "status"): "status is read-only state that supctl show prints; remove it before applying",
    ("application-deployment", "sites-in-parallel"): "sites-in-parallel belongs under deploy-to-sites",
    ("application-deployment", "healthy-time"): "healthy-time belongs under deploy-to-sites",
    ("application-deployment", "canary-sites"): "canary-sites belongs under deploy-to-sites",
    ("application-deployment", "canary-healthy-time"): "canary-healthy-time belongs under deploy-to-sites",
    ("application-deployment", "success-threshold"): "deployments have no success-threshold; remove it",
    ("application-deployment", "match-site-labels"): "match-site-labels belongs under placement",
}


def _object_type(kind: str, path: tuple) -> str:
    if not path:
        return kind
    if len(path) >= 2 and isinstance(path[-1], int):
        return {"containers": "container", "init-containers": "container", "services": "service"}.get(
            str(path[-2]), str(path[-2]))
    return str(path[-1])


def _misplaced_hint(kind: str, path: tuple, key: str) -> str | None:
    return _MISPLACED.get((_object_type(kind, path), key))


def _missing_hint(kind: str, path: tuple, key: str) -> str | None:
    if key == "mode" and _object_type(kind, path) == "service":
        return 'add mode: replicated (with replicas) or mode: one-per-matching-host'
    if key == "placement" and kind == "application-deployment":
        return "add placement: {match-site-labels: ...} or placement: {all-sites: true}"
    return None


def _conflict_hint(keys: list[str]) -> str | None:
    if "access" in keys and "inbound-access" in keys:
        return "access is the deprecated name of inbound-access: keep inbound-access only"
    return None


_EVIDENCE = re.compile(r"\s*\((?:e\.g\.|for example|API reference|application specification reference|[a-z]+ how-to)[^)]*\)")


def _first_sentence(text: str) -> str:
    text = _EVIDENCE.sub("", text.strip())  # examples and where the fact comes from stay in the schema
    cut = text.find(". ")
    sentence = text if cut < 0 else text[:cut]
    sentence = sentence.rstrip(".")
    return sentence[:1].lower() + sentence[1:]


def _text(value: str) -> str:
    from avassa_lint.text.quoting import clean

    return clean(value, 80)


def _or_list(items: list[str], quote: bool = True) -> str:
    shown = [f'"{i}"' if quote else i for i in items]
    if len(shown) <= 1:
        return "".join(shown)
    return ", ".join(shown[:-1]) + " or " + shown[-1]


def _and_list(items: list[str]) -> str:
    shown = [f'"{i}"' for i in items]
    return ", ".join(shown[:-1]) + " and " + shown[-1] if len(shown) > 1 else "".join(shown)


def _unverified(data: Any, plan: dict, path: tuple) -> Iterator[tuple[tuple, str]]:
    """(path of a key, reason) for each key of ``data`` that ``plan`` marks unverified."""
    if isinstance(data, dict):
        keys = plan.get("k") or {}
        extra = plan.get("x")
        values = plan.get("a")
        declared = plan.get("p", ())
        for key, value in data.items():
            entry = keys.get(key)
            if entry is not None:
                reason, child = entry
                if reason:
                    yield path + (key,), reason
                if child:
                    yield from _unverified(value, child, path + (key,))
            elif key in declared:
                continue
            elif extra is not None:
                yield path + (key,), extra
            elif values:
                yield from _unverified(value, values, path + (key,))
    elif isinstance(data, list) and "i" in plan:
        for index, value in enumerate(data):
            yield from _unverified(value, plan["i"], path + (index,))
