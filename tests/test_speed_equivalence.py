"""The speed levers change nothing a user sees.

Every route a file can take (the per-file cache cold and warm, one process or two worker
processes, ruamel's C parser or its pure-Python one, the compiled validity check or jsonschema)
gives the same concise lines and the same exit code, over examples/, every golden case folder
and a generated 300-file project with mistakes. No test here measures time.
"""
from __future__ import annotations

import copy
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from avassa_lint import engine
from avassa_lint.loading import source
from avassa_lint.runtime.cache import CACHE_DIR, Cache, codec_available, decode, encode
from avassa_lint.cli.run import run_check

ROOT = Path(__file__).resolve().parent.parent

# Where ruamel's two parsers disagree (reviewed): the words of some syntax errors, and the mark
# of an empty value at the very end of a file or before a dedented key (libyaml: just after the colon; pure Python: the
# next line). With the pure-Python parser, findings of these codes in these folders are compared
# by path and code only; everything else must match to the character.
PARSER_DISAGREEMENTS = (
    ("cases/undefined_application/application_file_does_not_parse/", "YML001"),
    ("cases/yaml_syntax/", "YML001"),
    ("cases/wrong_type/yaml_traps/", "SCH004"),
    ("cases/_near_miss_kinds/deployment_dedented_labels/", "SCH004"),  # "placement:" empty, next line dedented
    ("generated/", "YML001"),  # the generator's syntax-error mistakes: an unclosed "[" or a tab
)


@pytest.fixture(scope="module")
def fixtures(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """examples/, tests/cases/ and a generated project with mistakes, copied out of the tree (the
    cache writes next to the linted files)."""
    root = tmp_path_factory.mktemp("speed")
    shutil.copytree(ROOT / "examples", root / "examples")
    # not cases/unreadable_path/dangling_link/: its link cannot be copied, and an unreadable path
    # (exit 2, nothing to cache) is not what these runs compare
    shutil.copytree(ROOT / "tests" / "cases", root / "cases",
                    ignore=shutil.ignore_patterns("expected.out", ".avassa-lint-cache", "dangling_link"))
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), str(root / "generated"), "--files", "300",
                    "--seed", "7", "--error-rate", "0.1"], check=True, stdout=subprocess.DEVNULL)
    return root


@pytest.fixture(autouse=True)
def private_key_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("AVASSA_LINT_WORKERS", raising=False)


def lint(root: Path, out_dir: Path, *, cache: bool, workers: int = 1,
         backend: str | None = None) -> tuple[int, list[str]]:
    """Exit code and concise lines of one CLI run over the fixtures."""
    mp = pytest.MonkeyPatch()
    mp.setenv("AVASSA_LINT_WORKERS", str(workers))
    if backend is not None:
        mp.setattr(source, "parser_backend", lambda: backend)
    out = out_dir / f"out-{random.random()}.txt"
    mp.chdir(root)
    try:
        code = run_check(["examples", "cases", "generated"], output_format="concise", output_file=str(out),
                         isolated=True, cache=cache)
    finally:
        mp.undo()
    return code, out.read_text(encoding="utf-8").splitlines()


def cache_entries(root: Path) -> list[Path]:
    return sorted(p for p in (root / "examples" / CACHE_DIR).rglob("*") if p.is_file() and p.name != ".gitignore")


@pytest.fixture(scope="module")
def reference(fixtures: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[int, list[str]]:
    """One process, C parser, no cache."""
    return lint(fixtures, tmp_path_factory.mktemp("ref"), cache=False, workers=1)


def test_reference_run_has_findings_of_every_kind(reference: tuple[int, list[str]]) -> None:
    code, lines = reference
    assert code == 1
    codes = {line.split()[2] for line in lines if line.count(":") >= 3}
    # syntax, schema and cross-file findings are all part of the comparison
    assert {"YML001", "YML002", "SCH002", "SCH004"} <= codes
    assert any(c.startswith(("IMG", "SEC", "APP")) for c in codes)
    assert len(lines) > 100


def test_codec_is_on() -> None:
    assert codec_available()  # else the cache and the workers' compact transport are silently off


@pytest.mark.parametrize("workers", [1, 2])
def test_cache_cold_and_warm_give_the_same_results(workers: int, fixtures: Path, reference: tuple[int, list[str]],
                                                   tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.rmtree(fixtures / "examples" / CACHE_DIR, ignore_errors=True)
    assert lint(fixtures, tmp_path, cache=True, workers=workers) == reference  # cold: writes
    written = cache_entries(fixtures)
    assert len(written) > 300
    assert (fixtures / "examples" / CACHE_DIR / ".gitignore").read_text().splitlines()[-1] == "*"
    calls: list[str] = []
    real = engine.lint_file

    def counting(item, config, schemas):  # type: ignore[no-untyped-def]
        calls.append(item.path)
        return real(item, config, schemas)

    monkeypatch.setattr(engine, "lint_file", counting)
    warm = lint(fixtures, tmp_path, cache=True, workers=workers)
    assert warm == reference
    if workers == 1:
        assert calls == []  # every file came from the cache
    assert cache_entries(fixtures) == written  # nothing rewritten


@pytest.mark.parametrize("workers", [1, 2])
def test_no_cache_writes_nothing_and_workers_change_nothing(workers: int, fixtures: Path,
                                                            reference: tuple[int, list[str]], tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.rmtree(fixtures / "examples" / CACHE_DIR, ignore_errors=True)
    assert lint(fixtures, tmp_path, cache=False, workers=workers) == reference
    assert not (fixtures / "examples" / CACHE_DIR).exists()


def _same_apart_from_parser_wording(c_lines: list[str], py_lines: list[str]) -> None:
    def split(lines: list[str]) -> tuple[list[str], set[tuple[str, str]]]:
        exact, loose = [], set()
        for line in lines:
            code = line.split()[2] if line.count(":") >= 3 else ""
            if any(line.startswith(prefix) and code == known for prefix, known in PARSER_DISAGREEMENTS):
                loose.add((line.split(":")[0], code))
            else:
                exact.append(line)
        return exact, loose

    c_exact, c_loose = split(c_lines)
    py_exact, py_loose = split(py_lines)
    assert py_exact == c_exact
    assert py_loose == c_loose


def test_pure_python_parser_gives_the_same_results(fixtures: Path, reference: tuple[int, list[str]], tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.rmtree(fixtures / "examples" / CACHE_DIR, ignore_errors=True)
    code, lines = lint(fixtures, tmp_path, cache=False, backend="python")
    assert code == reference[0]
    _same_apart_from_parser_wording(reference[1], lines)
    # its cache entries are its own (the backend is part of the key), and warm equals cold
    cold = lint(fixtures, tmp_path, cache=True, backend="python")
    assert cold == (code, lines)
    assert lint(fixtures, tmp_path, cache=True, backend="python") == (code, lines)
    assert lint(fixtures, tmp_path, cache=True, backend="c") == reference


@pytest.mark.parametrize("damage", ["flip", "truncate", "empty", "garbage", "foreign-key"])
def test_a_bad_cache_entry_is_discarded(damage: str, fixtures: Path, reference: tuple[int, list[str]],
                                        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.rmtree(fixtures / "examples" / CACHE_DIR, ignore_errors=True)
    lint(fixtures, tmp_path, cache=True)
    entries = cache_entries(fixtures)
    rnd = random.Random(damage)
    victims = rnd.sample(entries, 25)
    for path in victims:
        blob = path.read_bytes()
        if damage == "flip":
            i = rnd.randrange(len(blob))
            blob = blob[:i] + bytes([blob[i] ^ 0x20]) + blob[i + 1:]
        elif damage == "truncate":
            blob = blob[: len(blob) // 2]
        elif damage == "empty":
            blob = b""
        elif damage == "garbage":
            blob = blob[:4] + os.urandom(len(blob) - 4)
        else:  # a well-formed entry under someone else's key: never trusted
            key = os.urandom(32)
            other = Cache(str(path.parent.parent), "x" * 64, key)
            payload = blob[36:]
            blob = blob[:4] + other._sign(path.name, payload) + payload
        path.write_bytes(blob)
    assert lint(fixtures, tmp_path, cache=True) == reference
    for path in victims:  # discarded and written again, whole
        assert path.read_bytes() != b"" and len(path.read_bytes()) > 36


def test_stdin_is_never_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from avassa_lint.settings.config import Config
    from avassa_lint.engine import Input, run

    monkeypatch.chdir(tmp_path)
    item = Input("applications/web.yaml", b"name: web\nversion: '1.0'\nservices: []\n")
    first = run([item], Config())
    assert not any(tmp_path.rglob(CACHE_DIR))
    assert [d.code for d in run([item], Config()).diagnostics] == [d.code for d in first.diagnostics]


def test_results_survive_the_compact_encoding(fixtures: Path) -> None:
    from avassa_lint.settings.config import Config
    from avassa_lint.engine import collect_inputs, lint_file
    from avassa_lint.validation.schema import SchemaSet

    config = Config()
    schemas = SchemaSet()
    inputs, _ = collect_inputs([str(fixtures)], config)
    for item in inputs:
        result = lint_file(item, config, schemas)
        back = decode(encode(result))
        assert back.source.path == result.source.path and back.source.text == result.source.text
        assert back.source.problems == result.source.problems
        assert back.problems == result.problems and back.suppressions == result.suppressions
        assert [(d.index, d.data, d.start_line, d.end_line, d.secret, d.usable, d.spans._values,
                 d.spans._links) for d in back.source.documents] == \
               [(d.index, d.data, d.start_line, d.end_line, d.secret, d.usable, d.spans._values,
                 d.spans._links) for d in result.source.documents]
        assert [(c.kind, c.vault, back.source.documents.index(c.document) if c.document in back.source.documents else -1)
                for c in back.classified] == \
               [(c.kind, c.vault, result.source.documents.index(c.document) if c.document in result.source.documents
                 else -1) for c in result.classified]


# --------------------------------------------------------------------------- compiled check


def _documents(root: Path) -> list[tuple[str, object]]:
    from avassa_lint.loading.classify import KINDS
    from avassa_lint.settings.config import Config
    from avassa_lint.engine import collect_inputs, lint_file
    from avassa_lint.validation.schema import SchemaSet

    config = Config()
    config.cache = False
    schemas = SchemaSet()
    inputs, _ = collect_inputs([str(root)], config)
    out = []
    for item in inputs:
        for c in lint_file(item, config, schemas).classified:
            if c.kind in KINDS and c.document.usable:
                out.append((f"{c.kind}.schema.json", c.document.data))
    return out


def _mutations(doc: object, rnd: random.Random) -> object:
    values = [None, True, False, 0, 1, -1, 2.0, 2.5, float("inf"), "", "x", "a-b", "1.0", "tcp", "*", 65536, [], {},
              ["x"], {"a": 1}]
    keys = ["mode", "replicas", "network", "image", "access", "inbound-access", "value", "value-from-vault-secret",
            "all-sites", "match-site-labels", "data", "base64-data", "foo"]
    doc = copy.deepcopy(doc)
    for _ in range(rnd.choice((1, 1, 2))):
        paths: list[tuple] = []
        stack: list[tuple[tuple, object]] = [((), doc)]
        while stack:
            p, node = stack.pop()
            paths.append(p)
            if isinstance(node, dict):
                stack.extend((p + (k,), v) for k, v in node.items())
            elif isinstance(node, list):
                stack.extend((p + (i,), v) for i, v in enumerate(node))
        p = rnd.choice(paths)
        if not p:
            continue
        parent: object = doc
        for part in p[:-1]:
            parent = parent[part]  # type: ignore[index]
        op = rnd.random()
        if op < 0.4:
            parent[p[-1]] = copy.deepcopy(rnd.choice(values))  # type: ignore[index]
        elif op < 0.6 and isinstance(parent, dict):
            del parent[p[-1]]
        elif op < 0.75 and isinstance(parent, dict):
            parent[rnd.choice(keys)] = copy.deepcopy(rnd.choice(values + [parent[p[-1]]]))
        elif op < 0.9:
            v = parent[p[-1]]  # type: ignore[index]
            if isinstance(v, str):
                parent[p[-1]] = v + rnd.choice(["!", " ", "-", "0", "ms"])  # type: ignore[index]
            elif isinstance(v, int):
                parent[p[-1]] = v * 1000 + rnd.choice([0, 1, -1])  # type: ignore[index]
        elif isinstance(parent, list) and parent:
            parent.append(copy.deepcopy(rnd.choice(parent)))
    return doc


def test_every_bundled_schema_is_compiled() -> None:
    from avassa_lint.validation.fastcheck import FastChecks
    from avassa_lint.validation.schema import SCHEMA_BASE, SchemaSet

    schemas = SchemaSet()
    fast = FastChecks(schemas.files, SCHEMA_BASE)
    missing = [name for name in schemas.files if fast.check(name) is None]
    assert missing == []  # a schema the compiler cannot translate always goes through jsonschema


def test_compiled_check_agrees_with_jsonschema(fixtures: Path) -> None:
    """The compiled check and jsonschema agree on every fixture document and on thousands of
    mutated ones; above all the compiled check never calls an invalid document valid."""
    from jsonschema import Draft202012Validator

    from avassa_lint.validation.fastcheck import FastChecks
    from avassa_lint.validation.schema import SCHEMA_BASE, SchemaSet

    schemas = SchemaSet()
    fast = FastChecks(schemas.files, SCHEMA_BASE)
    validators = {name: Draft202012Validator(body, registry=schemas._registry) for name, body in schemas.files.items()}
    docs = _documents(fixtures)
    assert len(docs) > 300
    rnd = random.Random(2024)
    cases = docs + [(name, _mutations(doc, rnd)) for name, doc in (rnd.choice(docs) for _ in range(3000))]
    disagree = []
    for name, doc in cases:
        valid = next(iter(validators[name].iter_errors(doc)), None) is None
        if fast.check(name)(doc) != valid:  # type: ignore[misc]
            disagree.append((name, valid, doc))
    assert [d for d in disagree if not d[1]] == []  # never "valid" when jsonschema reports an error
    assert disagree == []


def test_compiled_check_gives_up_on_unexpected_types() -> None:
    from avassa_lint.validation.fastcheck import FastChecks
    from avassa_lint.validation.schema import SCHEMA_BASE, SchemaSet

    class Odd(dict):
        pass

    schemas = SchemaSet()
    check = FastChecks(schemas.files, SCHEMA_BASE).check("vault.schema.json")
    assert check is not None
    assert check({"name": "v", "distribute": {"to": "all"}}) is True
    assert check(Odd(name="v", distribute={"to": "all"})) is False  # not proven: jsonschema decides


# --------------------------------------------------------------------------- generated errors


def _error_key(error: object) -> tuple:
    """What the mapping to findings reads off one of jsonschema's errors (context included)."""
    e = error  # type: ignore[assignment]
    return (e.validator, tuple(e.path), tuple(e.schema_path), id(e.schema), repr(e.validator_value),  # type: ignore[attr-defined]
            repr(e.instance), tuple(_error_key(c) for c in e.context))  # type: ignore[attr-defined]


def _cases(fixtures: Path, count: int, seed: int) -> list[tuple[str, object]]:
    docs = _documents(fixtures)
    rnd = random.Random(seed)
    return docs + [(name, _mutations(doc, rnd)) for name, doc in (rnd.choice(docs) for _ in range(count))]


def test_generated_errors_are_jsonschemas_errors(fixtures: Path) -> None:
    """The error functions give, for every invalid fixture document and thousands of mutated
    ones, the errors jsonschema's iter_errors gives: the same keyword, instance path, schema path,
    schema node, value and context, in the same order. The one difference: under an
    additionalProperties schema jsonschema visits the extra keys in set order (it changes with
    the hash seed); the generated functions take them in the document's order."""
    from avassa_lint.validation.schema import SchemaSet

    schemas = SchemaSet()
    invalid = 0
    for name, doc in _cases(fixtures, 3000, 2025):
        expected = [_error_key(e) for e in schemas._validator(name).iter_errors(doc)]
        got = schemas._generated(name, doc)
        assert got is not None, name
        got_keys = [_error_key(e) for e in got]
        if not expected:
            assert got_keys == []
            continue
        invalid += 1
        if any("additionalProperties" in key[2][:-1] for key in expected):
            assert sorted(got_keys) == sorted(expected)
        else:
            assert got_keys == expected
    assert invalid > 1500  # most mutations break the document


def test_generated_errors_give_the_same_findings(fixtures: Path) -> None:
    """Code for code, position for position, message for message: the findings from the
    generated errors are those from jsonschema's, on every fixture document and mutated ones."""
    from avassa_lint.loading.source import Document, SpanIndex
    from avassa_lint.validation.schema import SchemaSet

    fast, slow = SchemaSet(), SchemaSet(generated_errors=False)
    compared = 0
    for name, doc in _cases(fixtures, 1500, 7):
        document = Document(0, doc, SpanIndex("x.yaml"), 1, 1)
        kind = name.removesuffix(".schema.json")
        key = lambda p: (p.span, p.code, p.message, p.hint, p.yaml_path)  # noqa: E731
        got = sorted(fast.check_schema(name, kind, None, document), key=key)
        expected = sorted(slow.check_schema(name, kind, None, document), key=key)
        assert got == expected
        compared += bool(expected)
    assert compared > 800


def test_jsonschema_errors_route_gives_the_same_results(fixtures: Path, reference: tuple[int, list[str]],
                                                        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole CLI run with every invalid document sent through jsonschema instead."""
    from avassa_lint.validation.schema import SchemaSet

    calls: list[str] = []
    real = SchemaSet._generated

    def refuse(self, schema_file, data):  # type: ignore[no-untyped-def]
        calls.append(schema_file)
        assert real(self, schema_file, data) is not None  # every bundled schema has error functions
        return None

    monkeypatch.setattr(SchemaSet, "_generated", refuse)
    shutil.rmtree(fixtures / "examples" / CACHE_DIR, ignore_errors=True)
    assert lint(fixtures, tmp_path, cache=False, workers=1) == reference
    assert len(calls) > 40


def test_generated_errors_give_up_on_unexpected_types() -> None:
    from avassa_lint.validation.schema import SchemaSet

    class Odd(str):
        pass

    schemas = SchemaSet()
    assert schemas._generated("vault.schema.json", {"name": 5}) is not None
    assert schemas._generated("vault.schema.json", {"name": "v", "distribute": {"to": Odd("all")}}) is None


def test_error_functions_compiled_at_run_time_match_the_shipped_ones() -> None:
    """When the installed schemas differ from the ones the module was generated from, the error
    functions are compiled at run time: they give the same records."""
    from avassa_lint.core.schema_files import schema_texts
    from avassa_lint.validation.fastcheck import FastChecks, load_generated_errors, schema_digest
    from avassa_lint.validation.schema import SCHEMA_BASE, SchemaSet

    schemas = SchemaSet()
    shipped = FastChecks(schemas.files, SCHEMA_BASE, None, lambda: load_generated_errors(schema_digest(schema_texts())))
    compiled = FastChecks(schemas.files, SCHEMA_BASE, None, lambda: None)
    doc = {"name": "web", "version": 1.0, "services": [{"name": "s", "mode": "replicated", "replica": 2,
                                                        "containers": [{"name": "c", "image": 5, "network": {}}]}]}
    assert load_generated_errors("another digest") is None
    records = shipped.errors("application.schema.json")(doc)  # type: ignore[misc]
    assert records and records == compiled.errors("application.schema.json")(doc)  # type: ignore[misc]
    assert {r[1] for r in records} >= {"type", "additionalProperties"}
