"""A compiled validity check for the bundled schemas: proves a document valid without jsonschema.

jsonschema stays the source of every finding. This module only answers one question faster:
"is this document valid?". Each schema is translated once into plain Python functions (one per
schema node, generated as source text and compiled, as fastjsonschema does) that return True
when the document is valid and False when it is not. The engine skips ``iter_errors`` only on
True; False, or any doubt, sends the document through jsonschema as before.

The generated source is shipped as ``linter/validation/_fastcheck_generated.py`` (rewritten with
``python -m avassa_lint.validation.fastcheck``; a test fails when it is stale), so a run imports the checks
instead of compiling them (about 20 ms of every start-up). The module records a digest of the
schema files it came from; when the installed schemas differ, the checks are generated and
compiled at run time as before.

The translation covers the Draft 2020-12 keywords the bundled schemas use, with jsonschema's
own semantics (``integer`` accepts 2.0, ``true`` is not ``1`` in ``enum``, ``pattern`` is
``re.search``). A schema that uses anything else (another keyword, a ``$ref`` that is not a
JSON pointer into a bundled file, a nested ``$id``) is not compiled at all, and a value of a type
the loader never produces makes the check give up (``_Unsure``), so the fast path can only be
off, never wrong.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from typing import Any
from urllib.parse import unquote, urljoin

__all__ = ["Unsupported", "FastChecks"]

DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema"

# Keywords that never make a document invalid (annotations); "format" is not among them on
# purpose: whether it asserts depends on the validator's format checker.
_ANNOTATIONS = frozenset((
    "$schema", "$id", "$defs", "$comment", "title", "description", "default", "examples",
    "deprecated", "readOnly", "writeOnly", "contentEncoding", "contentMediaType",
    "x-unverified", "x-unverified-keys",
))

# The project's own annotations (they never make a document invalid): "x-unverified" on a
# property schema says the key is accepted but its value's shape could not be verified against
# the platform's reference; "x-unverified-keys" on an object schema says keys beyond its
# "properties" are accepted and noted. Each holds the reason, a short phrase. Both become
# SCH010 unverified-field notes on the key (see ``unverified_plan`` and linter/validation/schema.py).
UNVERIFIED = "x-unverified"
UNVERIFIED_KEYS = "x-unverified-keys"
_ASSERTIONS = frozenset((
    "type", "enum", "const", "properties", "patternProperties", "additionalProperties", "required",
    "propertyNames", "minProperties", "maxProperties", "items", "minItems", "maxItems", "minLength",
    "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "$ref",
    "allOf", "anyOf", "oneOf", "not",
))
_REF_ONLY = _ANNOTATIONS - {"$id", "$schema"} | {"$ref"}
_KNOWN_TYPES = frozenset((str, int, float, bool, type(None), list, dict))
_TYPE_TESTS = {
    "string": "t is str",
    "object": "t is dict",
    "array": "t is list",
    "boolean": "t is bool",
    "null": "x is None",
    "number": "(t is int or t is float)",
    "integer": "(t is int or (t is float and x.is_integer()))",
}


# What each size and bound keyword compares, as jsonschema's functions of those names do
_SIZES = {
    "minLength": ("t is str", "<"), "maxLength": ("t is str", ">"),
    "minItems": ("t is list", "<"), "maxItems": ("t is list", ">"),
    "minProperties": ("t is dict", "<"), "maxProperties": ("t is dict", ">"),
}
_BOUNDS = {"minimum": "<", "maximum": ">", "exclusiveMinimum": "<=", "exclusiveMaximum": ">="}



def _sizes(guard: str) -> list[tuple[str, str]]:
    return [(keyword, op) for keyword, (of, op) in _SIZES.items() if of == guard]


_UNSET = object()


class Unsupported(Exception):
    """The schema uses something this compiler does not translate exactly."""


class _Unsure(Exception):
    """A value outside the plain data the loader produces: let jsonschema decide."""


def _any(value: Any) -> bool:
    return True


def _unbool(value: Any, true: object = object(), false: object = object()) -> Any:
    if value is True:
        return true
    if value is False:
        return false
    return value


def _equal(one: Any, two: Any) -> bool:
    """jsonschema's ``_utils.equal`` over plain data: bools are not numbers, 1 == 1.0."""
    if one is two:
        return True
    if isinstance(one, str) or isinstance(two, str):
        return one == two
    if isinstance(one, list) and isinstance(two, list):
        return len(one) == len(two) and all(_equal(a, b) for a, b in zip(one, two))
    if isinstance(one, dict) and isinstance(two, dict):
        return len(one) == len(two) and all(k in two and _equal(v, two[k]) for k, v in one.items())
    return _unbool(one) == _unbool(two)


def _pointer(document: Any, fragment: str) -> Any:
    if fragment == "":
        return document
    if not fragment.startswith("/"):
        raise Unsupported(f"anchor reference #{fragment}")
    node = document
    for part in fragment[1:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            raise Unsupported(f"unresolvable reference #{fragment}")
    return node


def _pointer_to(pointer: str, *parts: Any) -> str:
    """The JSON pointer ``pointer`` extended by ``parts`` (each escaped)."""
    return pointer + "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def schemas_by_uri(files: dict[str, Any], base: str) -> dict[str, Any]:
    """The bundled schema files by their URI (their ``$id``, else ``base`` + file name)."""
    return {(s.get("$id", base + n) if isinstance(s, dict) else base + n): s for n, s in files.items()}


GENERATED_MODULE = "avassa_lint.validation._fastcheck_generated"
GENERATED_ERRORS_MODULE = "avassa_lint.validation._fastcheck_errors_generated"


def schema_digest(texts: dict[str, str]) -> str:
    """A digest of the bundled schema files' text: the generated checks hold the one they were
    made from, and are used only while it still matches. It guards against an edited schema
    file, not an adversary, so two zlib checksums and the length do (hashlib's import alone was
    a twentieth of a one-file run's start-up)."""
    import zlib

    crc, adler, size = 0, 1, 0
    for name in sorted(texts):
        chunk = name.encode() + b"\0" + texts[name].encode("utf-8") + b"\0"
        crc, adler, size = zlib.crc32(chunk, crc), zlib.adler32(chunk, adler), size + len(chunk)
    return f"{size}-{crc:08x}-{adler:08x}"


def load_generated_plans(digest: str) -> dict[str, dict] | None:
    """The unverified-field plans shipped in the generated module, when it matches the schemas."""
    module = _generated_module(digest)
    return None if module is None else dict(getattr(module, "UNVERIFIED_PLANS", {}))


def _generated_module(digest: str, name: str = GENERATED_MODULE) -> Any:
    """The generated module, when it was generated from exactly the schemas with this digest."""
    try:
        import importlib

        module = importlib.import_module(name)
    except ImportError:
        return None
    return module if getattr(module, "SCHEMA_DIGEST", None) == digest else None


def unverified_plan(files: dict[str, dict], base: str, schema_file: str) -> dict | None:
    """Where a schema's "x-unverified" and "x-unverified-keys" annotations are, as plain data
    that a walk over a document follows (None when the schema has none):
    ``{"k": {key: [reason or None, plan or None]}, "x": reason, "p": [declared keys],
    "i": plan of list items, "a": plan of a map's values}``. $ref, allOf, anyOf and oneOf are
    followed (a choice's branches merged); a reference cycle is cut."""
    by_uri = schemas_by_uri(files, base)
    schema = files.get(schema_file)
    if not isinstance(schema, dict):
        return None
    return _plan(by_uri, schema.get("$id", base + schema_file), schema, ())


def _plan(by_uri: dict[str, dict], uri: str, node: Any, stack: tuple) -> dict | None:
    if not isinstance(node, dict) or id(node) in stack or len(stack) > 64:
        return None
    stack = stack + (id(node),)
    parts: list[dict | None] = []
    ref = node.get("$ref")
    if isinstance(ref, str):
        target_uri, _, fragment = urljoin(uri, ref).partition("#")
        document = by_uri.get(target_uri)
        if document is not None:
            try:
                parts.append(_plan(by_uri, target_uri, _pointer(document, unquote(fragment)), stack))
            except Unsupported:
                pass
    for keyword in ("allOf", "anyOf", "oneOf"):
        for branch in node.get(keyword, ()) if isinstance(node.get(keyword), list) else ():
            parts.append(_plan(by_uri, uri, branch, stack))
    own: dict = {}
    properties = node.get("properties") if isinstance(node.get("properties"), dict) else {}
    keys: dict = {}
    for key, sub in properties.items():
        reason = sub.get(UNVERIFIED) if isinstance(sub, dict) else None
        child = _plan(by_uri, uri, sub, stack)
        if reason or child:
            keys[key] = [reason if isinstance(reason, str) else None, child]
    if keys:
        own["k"] = keys
    extra = node.get(UNVERIFIED_KEYS)
    if isinstance(extra, str) and node.get("additionalProperties", True) is not False:
        own["x"] = extra
        own["p"] = sorted(properties)
    items = _plan(by_uri, uri, node.get("items"), stack)
    if items:
        own["i"] = items
    values = _plan(by_uri, uri, node.get("additionalProperties"), stack)
    if values:
        own["a"] = values
        own.setdefault("p", sorted(properties))
    for part in parts:
        own = _merge(own, part)
    return own or None


def _merge(one: dict, two: dict | None) -> dict:
    if not two:
        return one
    out = dict(one)
    for name in ("x", "i", "a", "p", "k"):
        if name not in two:
            continue
        if name not in out:
            out[name] = two[name]
        elif name in ("i", "a"):
            out[name] = _merge(out[name], two[name])
        elif name == "p":
            out[name] = sorted(set(out[name]) | set(two[name]))
        elif name == "k":
            keys = dict(out[name])
            for key, (reason, child) in two[name].items():
                if key in keys:
                    old_reason, old_child = keys[key]
                    keys[key] = [old_reason or reason, _merge(old_child or {}, child) or None]
                else:
                    keys[key] = [reason, child]
            out[name] = keys
    return out


def load_generated(digest: str) -> dict[str, Callable[[], Callable[[Any], bool]]] | None:
    """The builders of the checks shipped as source (``linter/validation/_fastcheck_generated.py``), when
    they were generated from exactly these schemas; None otherwise (then they are compiled)."""
    module = _generated_module(digest)
    return None if module is None else dict(module.ENTRIES)


def load_generated_errors(digest: str) -> dict[str, Callable[[], Callable[..., Any]]] | None:
    """The builders of the error functions (``_fastcheck_errors_generated.py``), like
    ``load_generated``."""
    module = _generated_module(digest, GENERATED_ERRORS_MODULE)
    return None if module is None else dict(module.ENTRIES)


class FastChecks:
    """Compiled validity checks, one per bundled schema file, built on first use: from the
    generated module when it matches the bundled schemas (no compiling at run time), else by
    generating and compiling them now."""

    def __init__(self, files: Callable[[], dict[str, dict]] | dict[str, dict], base: str,
                 generated: dict[str, Callable[[], Callable[[Any], bool]]] | None = None,
                 generated_errors: Callable[[], dict[str, Callable[[], Callable[..., Any]]] | None] | None = None) -> None:
        self._files = files if callable(files) else (lambda: files)  # type: ignore[truthy-function]
        self._base = base
        self._generated = generated or {}
        self._generated_errors = generated_errors  # called once, on the first invalid document
        self._checks: dict[str, Callable[[Any], bool] | None] = {}
        self._errors: dict[str, Callable[[Any], list] | None] = {}
        self._error_builders: dict[str, Callable[[], Callable[..., Any]]] | None = None

    def errors(self, schema_file: str) -> Callable[[Any], list] | None:
        """A function data -> the error records jsonschema's errors are made from (see
        ``_Generator.emit_errors``), raising ``_Unsure`` for a value the loader never makes;
        None when the schema is not compiled."""
        if schema_file not in self._errors:
            if self._error_builders is None:
                self._error_builders = (self._generated_errors() if self._generated_errors else None) or {}
            try:
                builder = self._error_builders.get(schema_file)
                entry = builder() if builder else self._compile(schema_file, errors=True)
                self._errors[schema_file] = lambda data, entry=entry: list(entry(data, (), ()))
            except (Unsupported, RecursionError, re.error, TypeError, ValueError, KeyError):
                self._errors[schema_file] = None
        return self._errors[schema_file]

    def check(self, schema_file: str) -> Callable[[Any], bool] | None:
        """A function data -> bool (True: valid for certain), or None when the schema is not
        compiled."""
        if schema_file not in self._checks:
            try:
                builder = self._generated.get(schema_file)
                self._checks[schema_file] = _guarded(builder() if builder else self._compile(schema_file))
            except (Unsupported, RecursionError, re.error, TypeError, ValueError, KeyError):
                self._checks[schema_file] = None
        return self._checks[schema_file]

    def _compile(self, schema_file: str, errors: bool = False) -> Callable[..., Any]:
        gen, entry = _generator_for(self._files(), self._base, schema_file, errors)
        namespace = gen.namespace()
        exec(compile("\n".join(gen.lines), f"<fastcheck {schema_file}>", "exec"), namespace)  # noqa: S102 - generated from bundled schemas only
        for name, mapping in gen.tables.items():
            namespace[name] = {key: namespace[fn] for key, fn in mapping.items()}
        return namespace[entry]


def _guarded(compiled: Callable[[Any], Any]) -> Callable[[Any], bool]:
    def valid(data: Any) -> bool:
        try:
            return compiled(data) is True
        except Exception:  # noqa: BLE001 - any doubt (_Unsure, recursion): not proven valid
            return False

    return valid


def _generator_for(files: dict[str, dict], base: str, schema_file: str,
                   errors: bool = False) -> tuple[_Generator, str]:
    """The generator holding every function of one schema's check, and the entry's name (with
    ``errors``, the entry is the error function ``_eN``)."""
    by_uri = schemas_by_uri(files, base)
    schema = files.get(schema_file)
    if schema is None:
        raise Unsupported(schema_file)
    uri = schema.get("$id", base + schema_file) if isinstance(schema, dict) else base + schema_file
    gen = _Generator(by_uri, errors)
    entry = gen.function(uri, "")
    return gen, ("_e" + entry[2:] if errors else entry)


def _literal(value: Any) -> str:
    """Python source for a constant of the generated checks."""
    if isinstance(value, re.Pattern):
        return f"re.compile({value.pattern!r}, {int(value.flags)})"
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        raise Unsupported("non-finite constant")
    if isinstance(value, frozenset):  # sorted: a set's order changes with the hash seed
        return f"frozenset({sorted(value, key=repr)!r})"
    if isinstance(value, (str, int, float, bool, list, dict)) or value is None:
        return repr(value)
    if isinstance(value, tuple) and all(isinstance(v, str) for v in value):
        return repr(value)  # a schema node: (uri, pointer)
    raise Unsupported(f"constant of type {type(value).__name__}")


def generate_module(files: dict[str, dict], base: str, digest: str, errors: bool = False) -> str:
    """``linter/validation/_fastcheck_generated.py``: every bundled schema's check as Python source, one
    builder function per schema (their names and constants stay local to it). With ``errors``,
    ``_fastcheck_errors_generated.py``: the same checks with the error functions beside them,
    imported only when a document is invalid."""
    what = "Error functions" if errors else "Validity checks"
    out = [
        f'"""{what} generated from the bundled schemas by ``python -m avassa_lint.validation.fastcheck``.',
        "",
        "Do not edit: a test fails when this file no longer matches the schemas, and a mismatch makes",
        'the linter compile the checks at run time instead."""',
        "# fmt: off",
        "# ruff: noqa",
        "import re",
        "",
        "from avassa_lint.validation.fastcheck import _KNOWN_TYPES as _KNOWN, _Unsure, _any, _equal",
        "",
        f"SCHEMA_DIGEST = {digest!r}",
        "",
    ]
    entries: list[tuple[str, str]] = []
    for index, name in enumerate(sorted(files)):
        try:
            gen, entry = _generator_for(files, base, name, errors)
            constants = [f"    {cname} = {_literal(value)}" for cname, value in gen.constants.items()]
        except (Unsupported, RecursionError, re.error, TypeError, ValueError, KeyError):
            continue  # not compiled: jsonschema checks every such document
        builder = f"_build_{index}"
        out.append("")
        out.append(f"def {builder}():  # {name}")
        out.extend(constants)
        out.extend("    " + line for line in gen.lines)
        for tname, mapping in gen.tables.items():
            out.append(f"    {tname} = {{" + ", ".join(f"{k!r}: {fn}" for k, fn in mapping.items()) + "}")
        out.append(f"    return {entry}")
        entries.append((name, builder))
    out.append("")
    if not errors:
        plans = {name: plan for name in sorted(files) if (plan := unverified_plan(files, base, name))}
        out.append("")
        out.append("# Where the schemas' x-unverified annotations are (SCH010 unverified-field notes).")
        out.append(f"UNVERIFIED_PLANS = {plans!r}")
    out.append("")
    out.append("ENTRIES = {")
    out.extend(f"    {name!r}: {builder}," for name, builder in entries)
    out.append("}")
    return "\n".join(out) + "\n"


def _section(body: list[str], lines: list[str], guard: str, only: str | None, types: tuple[str, ...]) -> None:
    """Checks that apply to one type: guarded, or unguarded when the type check already
    settled it, or dropped when the value can never have that type."""
    if not lines:
        return
    if only is None:
        body.append(f"    if {guard}:")
        body.extend(lines)
    elif only in types:
        body.extend(line[4:] for line in lines)


class _Generator:
    """Writes one Python function per schema node (a file URI plus a JSON pointer)."""

    def __init__(self, by_uri: dict[str, dict], errors: bool = False) -> None:
        self.by_uri = by_uri
        self.errors = errors  # also write the error functions (_eN beside each _vN)
        self.nodes: dict[tuple[str, str], str] = {}  # (uri, pointer) -> name of its constant
        self.names: dict[tuple[str, str], str] = {}
        self.lines: list[str] = []
        self.constants: dict[str, Any] = {}
        self.constant_names: dict[Any, str] = {}
        self.bodies: dict[str, str] = {}  # generated body -> the function that has it
        self.tables: dict[str, dict[str, str]] = {}  # name -> {key: function name}, filled after exec
        self.pending: list[tuple[str, str, Any, str]] = []

    def namespace(self) -> dict[str, Any]:
        ns: dict[str, Any] = {"_KNOWN": _KNOWN_TYPES, "_Unsure": _Unsure, "_equal": _equal, "_any": _any}
        ns.update(self.constants)
        return ns

    def const(self, value: Any) -> str:
        """A module-level name for a constant; equal constants share one name."""
        if isinstance(value, re.Pattern):
            identity: Any = ("re", value.pattern, value.flags)
        elif isinstance(value, (str, int, float, bool, frozenset)) or value is None:
            identity = (type(value).__name__, value)
        else:
            identity = ("id", id(value))
        name = self.constant_names.get(identity)
        if name is None:
            name = self.constant_names[identity] = f"_c{len(self.constants)}"
            self.constants[name] = value
        return name

    def table(self, mapping: dict[str, str]) -> str:
        name = f"_t{len(self.tables)}"
        self.tables[name] = mapping
        return name

    def function(self, uri: str, pointer: str, schema: Any = _UNSET) -> str:
        key = (uri, pointer)
        name = self.names.get(key)
        if name is not None:
            return name
        if schema is _UNSET:
            document = self.by_uri.get(uri)
            if document is None:
                raise Unsupported(f"reference to a schema that is not bundled: {uri}")
            schema = _pointer(document, pointer)
        if isinstance(schema, dict) and "$ref" in schema and all(k in _REF_ONLY for k in schema):
            name = self.ref(uri, schema["$ref"])  # a node that only points elsewhere is its target
            self.names[key] = name
            return name
        name = f"_v{len(self.names)}"
        self.names[key] = name
        self.pending.append((name, uri, schema, pointer))
        if len(self.pending) == 1:
            while self.pending:
                self.emit(*self.pending[0])
                self.pending.pop(0)
        return name

    def sub(self, uri: str, pointer: str, schema: Any) -> str:
        """A function for a subschema at ``pointer`` (shared when a $ref points there too)."""
        if schema is True or schema == {}:
            return ""  # always valid
        return self.function(uri, pointer, schema)

    def ref(self, uri: str, ref: Any) -> str:
        if not isinstance(ref, str):
            raise Unsupported("$ref")
        target_uri, _, fragment = urljoin(uri, ref).partition("#")
        return self.function(target_uri, unquote(fragment))

    def emit(self, name: str, uri: str, schema: Any, pointer: str) -> None:
        self.emit_valid(name, uri, schema, pointer)
        if self.errors:
            self.emit_errors(name, uri, schema, pointer)

    def emit_valid(self, name: str, uri: str, schema: Any, pointer: str) -> None:
        out = [f"def {name}(x):"]
        if schema is True:
            out.append("    return True")
            self.lines.extend(out)
            return
        if schema is False:
            out.append("    return False")
            self.lines.extend(out)
            return
        if not isinstance(schema, dict):
            raise Unsupported(f"schema at {uri}#{pointer} is not an object")
        if pointer and "$id" in schema:
            raise Unsupported("nested $id")
        if "$schema" in schema and schema["$schema"] != DRAFT_2020_12:
            raise Unsupported(f"dialect {schema['$schema']}")
        for keyword in schema:
            if keyword not in _ANNOTATIONS and keyword not in _ASSERTIONS:
                raise Unsupported(f"keyword {keyword}")
        if "prefixItems" in schema:
            raise Unsupported("prefixItems")
        body = ["    t = type(x)"]
        if "type" not in schema:
            body += ["    if t not in _KNOWN:", "        raise _Unsure"]
        here = partial(_pointer_to, pointer)

        only: str | None = None  # the one type the value is known to have past the type check
        if "type" in schema:
            types = schema["type"]
            types = [types] if isinstance(types, str) else list(types)
            if len(types) == 1:
                only = types[0]
            if not types or any(t not in _TYPE_TESTS for t in types):
                raise Unsupported("type")
            body.append(f"    if not ({' or '.join(_TYPE_TESTS[t] for t in types)}):")
            body.append("        if t not in _KNOWN:")
            body.append("            raise _Unsure")
            body.append("        return False")

        if "enum" in schema:
            values = schema["enum"]
            if not isinstance(values, list):
                raise Unsupported("enum")
            if values and all(isinstance(v, str) for v in values):
                body.append(f"    if not (t is str and x in {self.const(frozenset(values))}):")
            else:
                body.append(f"    if not any(_equal(e, x) for e in {self.const(list(values))}):")
            body.append("        return False")
        if "const" in schema:
            value = schema["const"]
            if isinstance(value, str):
                body.append(f"    if not (t is str and x == {self.const(value)}):")
            else:
                body.append(f"    if not _equal({self.const(value)}, x):")
            body.append("        return False")

        # strings
        string = []
        for keyword, op in _sizes("t is str"):
            if keyword in schema:
                string.append(f"        if len(x) {op} {int(schema[keyword])}:")
                string.append("            return False")
        if "pattern" in schema:
            string.append(f"        if not {self.const(re.compile(schema['pattern']))}.search(x):")
            string.append("            return False")
        _section(body, string, "t is str", only, ("string",))

        # numbers
        number = []
        for keyword, op in _BOUNDS.items():
            if keyword in schema:
                bound = schema[keyword]
                if type(bound) not in (int, float):
                    raise Unsupported(keyword)
                number.append(f"        if x {op} {self.const(bound)}:")
                number.append("            return False")
        _section(body, number, "t is int or t is float", only, ("number", "integer"))

        # objects
        obj = []
        for key in schema.get("required", ()):
            obj.append(f"        if {self.const(key)} not in x:")
            obj.append("            return False")
        for keyword, op in _sizes("t is dict"):
            if keyword in schema:
                obj.append(f"        if len(x) {op} {int(schema[keyword])}:")
                obj.append("            return False")
        properties = schema.get("properties", {})
        if not isinstance(properties, dict):
            raise Unsupported("properties")
        patterns = schema.get("patternProperties", {})
        if not isinstance(patterns, dict):
            raise Unsupported("patternProperties")
        for pattern, sub in patterns.items():
            fn = self.sub(uri, here("patternProperties", pattern), sub)
            if fn:
                rx = self.const(re.compile(pattern))
                obj.append("        for k, v in x.items():")
                obj.append(f"            if {rx}.search(k) and not {fn}(v):")
                obj.append("                return False")
        extra = schema.get("additionalProperties", True)
        extra_fn = "" if extra is False else self.sub(uri, here("additionalProperties"), extra)
        if properties or extra is False or extra_fn:
            # one pass over the value's keys: a table lookup finds each key's check
            table = self.table({key: self.sub(uri, here("properties", key), sub) or "_any"
                                for key, sub in properties.items()})
            joined = self.const(re.compile("|".join(patterns))) if patterns else None
            obj.append("        for k, v in x.items():")
            obj.append(f"            f = {table}.get(k)")
            obj.append("            if f is not None:")
            obj.append("                if not f(v):")
            obj.append("                    return False")
            if extra is False or extra_fn:
                fail = "return False" if extra is False else f"if not {extra_fn}(v): return False"
                if joined:
                    obj.append(f"            elif not {joined}.search(k):")
                else:
                    obj.append("            else:")
                obj.append(f"                {fail}")
        if "propertyNames" in schema:
            fn = self.sub(uri, here("propertyNames"), schema["propertyNames"])
            if fn:
                obj.append("        for k in x:")
                obj.append(f"            if not {fn}(k):")
                obj.append("                return False")
        _section(body, obj, "t is dict", only, ("object",))

        # arrays
        arr = []
        for keyword, op in _sizes("t is list"):
            if keyword in schema:
                arr.append(f"        if len(x) {op} {int(schema[keyword])}:")
                arr.append("            return False")
        if "items" in schema:
            fn = self.sub(uri, here("items"), schema["items"])
            if schema["items"] is False:
                arr.append("        if x:")
                arr.append("            return False")
            elif fn:
                arr.append("        for v in x:")
                arr.append(f"            if not {fn}(v):")
                arr.append("                return False")
        _section(body, arr, "t is list", only, ("array",))

        # references and combinators
        if "$ref" in schema:
            fn = self.ref(uri, schema["$ref"])
            body.append(f"    if not {fn}(x):")
            body.append("        return False")
        for keyword in ("allOf", "anyOf", "oneOf"):
            if keyword not in schema:
                continue
            branches = schema[keyword]
            if not isinstance(branches, list) or not branches:
                raise Unsupported(keyword)
            fns = [self.sub(uri, here(keyword, i), b) or "(lambda x: True)" for i, b in enumerate(branches)]
            calls = ", ".join(f"{fn}(x)" for fn in fns)
            if keyword == "allOf":
                body.append(f"    if not ({' and '.join(f'{fn}(x)' for fn in fns)}):")
            elif keyword == "anyOf":
                body.append(f"    if not ({' or '.join(f'{fn}(x)' for fn in fns)}):")
            else:
                body.append(f"    if [{calls}].count(True) != 1:")
            body.append("        return False")
        if "not" in schema:
            fn = self.sub(uri, here("not"), schema["not"])
            body.append(f"    if {fn}(x):" if fn else "    if True:")
            body.append("        return False")
        body.append("    return True")
        text = "\n".join(body)
        same = self.bodies.get(text)
        if same is not None:
            self.lines.append(f"{name} = {same}")  # defined above: an identical check
        else:
            self.bodies[text] = name
            self.lines.extend(out + body)

    # -- the error functions: what jsonschema's iter_errors reports, without jsonschema

    def node(self, uri: str, pointer: str) -> str:
        """A constant naming one schema node, (uri, JSON pointer): errors carry it, and the
        schema dict it names is looked up only when an error is turned into jsonschema's form."""
        key = (uri, pointer)
        name = self.nodes.get(key)
        if name is None:
            name = self.nodes[key] = f"_n{len(self.nodes)}"
            self.constants[name] = key
        return name

    def emit_errors(self, name: str, uri: str, schema: Any, pointer: str) -> None:
        """``_eN(x, p, s)`` beside ``_vN(x)``: yields one record per error jsonschema's
        Draft 2020-12 validator would yield for ``x`` at this node, in the same order:
        ``(node, keyword, path, instance, schema path, context)``, where ``p`` and ``s`` are the
        instance and schema paths so far (relative to the nearest anyOf/oneOf branch, as
        jsonschema's context errors are) and context is a list of records or None. Each keyword
        follows jsonschema's own function of that name (jsonschema/_keywords.py); a subschema is
        entered only where its validity check fails."""
        e = "_e" + name[2:]
        out = [f"def {e}(x, p, s):"]
        if schema is True:
            self.lines.extend(out + ["    return ()"])
            return
        if schema is False:  # descend() into a false schema: validator None, schema False
            self.lines.extend(out + ["    yield (None, None, p, x, s, None)"])
            return
        n = self.node(uri, pointer)
        here = partial(_pointer_to, pointer)
        body = ["    t = type(x)", "    if t not in _KNOWN:", "        raise _Unsure"]

        def error(keyword: str, indent: int, context: str = "None") -> str:
            return " " * indent + f"yield ({n}, {keyword!r}, p, x, s + ({keyword!r},), {context})"

        def descend(fn: str, value: str, path: str, spath: str, indent: int) -> list[str]:
            pad = " " * indent
            return [f"{pad}if not {fn}({value}):",
                    f"{pad}    yield from _e{fn[2:]}({value}, {path}, {spath})"]

        for keyword, value in schema.items():
            if keyword == "type":
                types = [value] if isinstance(value, str) else list(value)
                body.append(f"    if not ({' or '.join(_TYPE_TESTS[t] for t in types)}):")
                body.append(error("type", 8))
            elif keyword == "enum":
                if value and all(isinstance(v, str) for v in value):
                    body.append(f"    if not (t is str and x in {self.const(frozenset(value))}):")
                else:
                    body.append(f"    if not any(_equal(e, x) for e in {self.const(list(value))}):")
                body.append(error("enum", 8))
            elif keyword == "const":
                if isinstance(value, str):
                    body.append(f"    if not (t is str and x == {self.const(value)}):")
                else:
                    body.append(f"    if not _equal(x, {self.const(value)}):")
                body.append(error("const", 8))
            elif keyword in _SIZES:
                guard, op = _SIZES[keyword]
                body.append(f"    if {guard} and len(x) {op} {int(value)}:")
                body.append(error(keyword, 8))
            elif keyword == "pattern":
                body.append(f"    if t is str and not {self.const(re.compile(value))}.search(x):")
                body.append(error(keyword, 8))
            elif keyword in _BOUNDS:
                body.append(f"    if (t is int or t is float) and x {_BOUNDS[keyword]} {self.const(value)}:")
                body.append(error(keyword, 8))
            elif keyword == "required":
                if value:
                    body.append("    if t is dict:")
                    for key in value:
                        body.append(f"        if {self.const(key)} not in x:")
                        body.append(error("required", 12))
            elif keyword == "properties":
                lines = []
                for key, sub in value.items():
                    fn = self.sub(uri, here("properties", key), sub)
                    if fn:
                        k = self.const(key)
                        lines.append(f"        if {k} in x:")
                        lines.append(f"            v = x[{k}]")
                        lines += descend(fn, "v", f"p + ({k},)", f"s + ('properties', {k})", 12)
                if lines:
                    body.append("    if t is dict:")
                    body.extend(lines)
            elif keyword == "patternProperties":
                lines = []
                for pattern, sub in value.items():
                    fn = self.sub(uri, here("patternProperties", pattern), sub)
                    if fn:
                        lines.append("        for k, v in x.items():")
                        lines.append(f"            if {self.const(re.compile(pattern))}.search(k):")
                        lines += descend(fn, "v", "p + (k,)", f"s + ('patternProperties', {self.const(pattern)})", 16)
                if lines:
                    body.append("    if t is dict:")
                    body.extend(lines)
            elif keyword == "additionalProperties":
                if value is True or (isinstance(value, dict) and not value):
                    continue
                declared = self.const(frozenset(schema.get("properties", {})))
                patterns = schema.get("patternProperties", {})
                joined = self.const(re.compile("|".join(patterns))) if patterns else None
                extra = f"k not in {declared}" + (f" and not {joined}.search(k)" if joined else "")
                body.append("    if t is dict:")
                if value is False:
                    body.append(f"        if any({extra} for k in x):")
                    body.append(error("additionalProperties", 12))
                else:
                    fn = self.sub(uri, here("additionalProperties"), value)
                    body.append("        for k, v in x.items():")
                    body.append(f"            if {extra}:")
                    body += descend(fn, "v", "p + (k,)", "s + ('additionalProperties',)", 16)
            elif keyword == "propertyNames":
                fn = self.sub(uri, here("propertyNames"), value)
                if fn:
                    body.append("    if t is dict:")
                    body.append("        for k in x:")
                    body += descend(fn, "k", "p", "s + ('propertyNames',)", 12)
            elif keyword == "items":
                if value is False:
                    body.append("    if t is list and x:")
                    body.append(error("items", 8))
                else:
                    fn = self.sub(uri, here("items"), value)
                    if fn:
                        body.append("    if t is list:")
                        body.append("        for i, v in enumerate(x):")
                        body += descend(fn, "v", "p + (i,)", "s + ('items',)", 12)
            elif keyword == "$ref":
                body += descend(self.ref(uri, value), "x", "p", "s", 4)  # no "$ref" in the schema path
            elif keyword == "allOf":
                for i, branch in enumerate(value):
                    fn = self.sub(uri, here("allOf", i), branch)
                    if fn:
                        body += descend(fn, "x", "p", f"s + ('allOf', {i})", 4)
            elif keyword in ("anyOf", "oneOf"):
                fns = [self.sub(uri, here(keyword, i), b) for i, b in enumerate(value)]
                # each branch's errors in full, until one has none (jsonschema's loop, exactly)
                branches = ", ".join(f"(_e{fn[2:]}, {i})" if fn else f"(None, {i})" for i, fn in enumerate(fns))
                body.append("    c = []")
                body.append("    first = -1")
                body.append(f"    for f, i in ({branches},):")
                body.append("        errs = [] if f is None else list(f(x, (), (i,)))")
                body.append("        if not errs:")
                body.append("            first = i")
                body.append("            break")
                body.append("        c.extend(errs)")
                body.append("    if first < 0:")
                body.append(error(keyword, 8, "c"))
                if keyword == "oneOf":
                    checks = ", ".join(fn or "_any" for fn in fns)
                    body.append(f"    elif any(f(x) for f in ({checks},)[first + 1:]):")
                    body.append(error(keyword, 8))
            elif keyword == "not":
                fn = self.sub(uri, here("not"), value)
                body.append(f"    if {fn}(x):" if fn else "    if True:")
                body.append(error("not", 8))
        body.append("    return")
        body.append("    yield")
        self.lines.extend(out + body)


if __name__ == "__main__":  # python -m avassa_lint.validation.fastcheck: rewrite the generated module
    import os

    from avassa_lint.core.schema_files import SCHEMA_BASE, schema_files, schema_texts

    for errors, name in ((False, "_fastcheck_generated.py"), (True, "_fastcheck_errors_generated.py")):
        target = os.path.join(os.path.dirname(os.path.abspath(__file__)), name)
        with open(target, "w", encoding="utf-8") as handle:
            handle.write(generate_module(schema_files(), SCHEMA_BASE, schema_digest(schema_texts()), errors))
        print(f"wrote {target}")
