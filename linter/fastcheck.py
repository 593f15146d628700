"""A compiled validity check for the bundled schemas: proves a document valid without jsonschema.

jsonschema stays the source of every finding. This module only answers one question faster:
"is this document valid?". Each schema is translated once into plain Python functions (one per
schema node, generated as source text and compiled, as fastjsonschema does) that return True
when the document is valid and False when it is not. The engine skips ``iter_errors`` only on
True; False, or any doubt, sends the document through jsonschema as before.

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
from typing import Any
from urllib.parse import unquote, urljoin

__all__ = ["Unsupported", "FastChecks"]

DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema"

# Keywords that never make a document invalid (annotations); "format" is not among them on
# purpose: whether it asserts depends on the validator's format checker.
_ANNOTATIONS = frozenset((
    "$schema", "$id", "$defs", "$comment", "title", "description", "default", "examples",
    "deprecated", "readOnly", "writeOnly", "contentEncoding", "contentMediaType",
))
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


class FastChecks:
    """Compiled validity checks, one per bundled schema file, built on first use."""

    def __init__(self, files: dict[str, dict], base: str) -> None:
        self._by_uri: dict[str, dict] = {}
        for name, schema in files.items():
            self._by_uri[schema.get("$id", base + name) if isinstance(schema, dict) else base + name] = schema
        self._uri_of = {name: (s.get("$id", base + name) if isinstance(s, dict) else base + name)
                        for name, s in files.items()}
        self._checks: dict[str, Callable[[Any], bool] | None] = {}

    def check(self, schema_file: str) -> Callable[[Any], bool] | None:
        """A function data -> bool (True: valid for certain), or None when the schema is not
        compiled."""
        if schema_file not in self._checks:
            try:
                self._checks[schema_file] = self._compile(schema_file)
            except (Unsupported, RecursionError, re.error, TypeError, ValueError, KeyError):
                self._checks[schema_file] = None
        return self._checks[schema_file]

    def _compile(self, schema_file: str) -> Callable[[Any], bool]:
        uri = self._uri_of.get(schema_file)
        if uri is None:
            raise Unsupported(schema_file)
        gen = _Generator(self._by_uri)
        entry = gen.function(uri, "")
        namespace = gen.namespace()
        exec(compile("\n".join(gen.lines), f"<fastcheck {schema_file}>", "exec"), namespace)  # noqa: S102 - generated from bundled schemas only
        for name, mapping in gen.tables.items():
            namespace[name] = {key: namespace[fn] for key, fn in mapping.items()}
        compiled = namespace[entry]

        def valid(data: Any) -> bool:
            try:
                return compiled(data) is True
            except Exception:  # noqa: BLE001 - any doubt (_Unsure, recursion): not proven valid
                return False

        return valid


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

    def __init__(self, by_uri: dict[str, dict]) -> None:
        self.by_uri = by_uri
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
        here = lambda *parts: pointer + "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)  # noqa: E731

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
        for keyword, op in (("minLength", "<"), ("maxLength", ">")):
            if keyword in schema:
                string.append(f"        if len(x) {op} {int(schema[keyword])}:")
                string.append("            return False")
        if "pattern" in schema:
            string.append(f"        if not {self.const(re.compile(schema['pattern']))}.search(x):")
            string.append("            return False")
        _section(body, string, "t is str", only, ("string",))

        # numbers
        number = []
        for keyword, op in (("minimum", "<"), ("maximum", ">"), ("exclusiveMinimum", "<="), ("exclusiveMaximum", ">=")):
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
        for keyword, op in (("minProperties", "<"), ("maxProperties", ">")):
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
        for keyword, op in (("minItems", "<"), ("maxItems", ">")):
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
