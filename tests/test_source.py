"""The loader: spans of keys and values, multi-document files, anchors, merge keys, duplicate keys,
syntax errors, encodings, tags and limits. Every case runs on both parsers (C and pure Python)."""
from __future__ import annotations

import codecs

import pytest

from avassa_lint.core.diagnostic import Span
from avassa_lint.loading.source import Limits, load_source, parser_backend, resolve_plain

BACKENDS = ["python"] + (["c"] if parser_backend() == "c" else [])


def load(text: str | bytes, backend: str, limits: Limits | None = None):
    data = text.encode("utf-8") if isinstance(text, str) else text
    return load_source("f.yaml", data, limits, backend=backend)


def codes(source) -> list[tuple[str, int, int]]:
    return [(p.code, p.span.line, p.span.column) for p in source.problems]


def span(line: int, col: int, end_line: int, end_col: int) -> Span:
    return Span("f.yaml", line, col, end_line, end_col)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


def test_block_style_keys_and_values(backend: str) -> None:
    src = load("name: web\nservices:\n  - name: api\n    replicas: 2\n", backend)
    doc = src.documents[0]
    assert doc.data == {"name": "web", "services": [{"name": "api", "replicas": 2}]}
    assert doc.spans.key(("name",)) == span(1, 1, 1, 5)
    assert doc.spans.value(("name",)) == span(1, 7, 1, 10)
    assert doc.spans.key(("services", 0, "replicas")) == span(4, 5, 4, 13)
    assert doc.spans.value(("services", 0, "replicas")) == span(4, 15, 4, 16)
    assert doc.spans.value(("services", 0)).line == 3
    assert src.problems == []


def test_flow_style_positions(backend: str) -> None:
    src = load('env: {A: "1", B: two}\nlist: [x, "y"]\n', backend)
    doc = src.documents[0]
    assert doc.spans.value(("env", "A")) == span(1, 10, 1, 13)
    assert doc.spans.key(("env", "B")) == span(1, 15, 1, 16)
    assert doc.spans.value(("list", 1)) == span(2, 11, 2, 14)


def test_multi_document_file(backend: str) -> None:
    src = load("a: 1\n---\nb: 2\n---\n# only a comment\nc: 3\n", backend)
    assert [d.data for d in src.documents] == [{"a": 1}, {"b": 2}, {"c": 3}]
    assert src.documents[2].spans.key(("c",)) == span(6, 1, 6, 2)
    assert [d.start_line for d in src.documents] == [1, 2, 4]


def test_anchor_alias_points_at_the_anchor(backend: str) -> None:
    src = load("base: &b\n  mode: replicated\nother: *b\n", backend)
    doc = src.documents[0]
    assert doc.data["other"] == {"mode": "replicated"}
    assert doc.spans.value(("other", "mode")) == span(2, 9, 2, 19)
    assert doc.spans.value(("other",)) == span(3, 8, 3, 10)


def test_merge_keys_explicit_keys_win(backend: str) -> None:
    text = "defaults: &d\n  mode: replicated\n  replicas: 1\nsvc:\n  <<: *d\n  replicas: 3\n"
    doc = load(text, backend).documents[0]
    assert doc.data["svc"] == {"replicas": 3, "mode": "replicated"}
    assert doc.spans.value(("svc", "mode")) == span(2, 9, 2, 19)
    assert doc.spans.value(("svc", "replicas")) == span(6, 13, 6, 14)


def test_merge_list_of_mappings(backend: str) -> None:
    text = "a: &a {x: 1}\nb: &b {x: 2, y: 2}\nc:\n  <<: [*a, *b]\n"
    doc = load(text, backend).documents[0]
    assert doc.data["c"] == {"x": 1, "y": 2}


def test_duplicate_keys_report_both_locations(backend: str) -> None:
    src = load("name: a\nversion: '1'\nname: b\n", backend)
    assert src.documents[0].data["name"] == "b"
    (problem,) = src.problems
    assert problem.code == "YML002" and problem.span == span(3, 1, 3, 5)
    assert problem.related[0].span == span(1, 1, 1, 5)
    assert '"name" appears twice' in problem.message


def test_one_and_true_are_different_keys(backend: str) -> None:
    src = load("1: a\ntrue: b\n'1': c\n", backend)
    assert [p.code for p in src.problems] == ["YML002"]
    assert src.problems[0].span.line == 3


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a: 1.10", {"a": 1.1}),
        ("a: '1.10'", {"a": "1.10"}),
        ("a: 0644", {"a": 644}),
        ("a: 0o17", {"a": 15}),
        ("a: 0x1F", {"a": 31}),
        ("a: yes", {"a": "yes"}),
        ("a: True", {"a": True}),
        ("a: ~", {"a": None}),
        ("a:", {"a": None}),
        ("a: .inf", {"a": float("inf")}),
        ("a: 2024-01-01", {"a": "2024-01-01"}),
        ("a: !!str 12", {"a": "12"}),
        ("a: !!int '12'", {"a": 12}),
        ("a: 1_000", {"a": "1_000"}),
        ("a: |\n  x\n  y\n", {"a": "x\ny\n"}),
    ],
)
def test_scalars_follow_the_yaml_1_2_core_schema(text: str, expected: dict, backend: str) -> None:
    assert load(text + "\n", backend).documents[0].data == expected


def test_resolve_plain_never_raises_on_huge_numbers() -> None:
    assert resolve_plain("9" * 5000) == "9" * 5000


@pytest.mark.parametrize(
    "text, message, line, col",
    [
        ("a: [1, 2\n", "flow sequence is not closed", 2, 1),
        ("a: b: c\n", 'unexpected ":"', 1, 5),
        ("application-version: *\n", 'bare "*" starts an alias', 1, 22),
        ("a:\n\tb: 1\n", "tab", 2, 1),
        ("a: 'unclosed\n", "never closed", 1, 4),
    ],
)
def test_syntax_errors_in_our_words(text: str, message: str, line: int, col: int, backend: str) -> None:
    src = load(text, backend)
    problem = src.problems[0]
    assert problem.code == "YML001"
    assert message in problem.message or message in (problem.hint or "")
    assert (problem.span.line, problem.span.column) == (line, col)


def test_undefined_alias_is_a_finding(backend: str) -> None:
    src = load("a: *nope\n", backend)
    assert codes(src) == [("YML001", 1, 4)]


def test_recursive_alias_is_a_finding(backend: str) -> None:
    src = load("a: &a [1, *a]\n", backend)
    assert [p.code for p in src.problems] == ["YML105"]


def test_unexpected_tags_are_reported_never_constructed(backend: str, tmp_path) -> None:
    marker = tmp_path / "pwned"
    text = f"a: !!python/object/apply:os.system ['touch {marker}']\nb: !custom x\n"
    src = load(text, backend)
    assert [p.code for p in src.problems] == ["YML003", "YML003"]
    assert src.documents[0].data == {"a": [f"touch {marker}"], "b": "x"}
    assert not marker.exists()


def test_verbatim_and_tag_directive_tags_are_caught(backend: str) -> None:
    text = "%TAG !p! tag:yaml.org,2002:python/\n---\na: !p!object/apply:os.system [x]\nb: !<tag:evil> y\n"
    assert [p.code for p in load(text, backend).problems] == ["YML003", "YML003"]


@pytest.mark.parametrize(
    "data, code, fragment",
    [
        (b"a: \xff\n", "YML004", "not valid UTF-8"),
        (b"a: 1\x00\n", "YML004", "binary"),
        (b"a: b\x1b[31m\n", "YML004", "U+001B"),
        (codecs.BOM_UTF16_LE + "a: 1\n".encode("utf-16-le"), "YML008", "UTF-16"),
        (codecs.BOM_UTF8 + b"a: 1\n", "YML008", "UTF-8"),
        (b"", "YML005", "no YAML document"),
        (b"# just a comment\n", "YML005", "no YAML document"),
    ],
)
def test_encodings(data: bytes, code: str, fragment: str, backend: str) -> None:
    src = load(data, backend)
    assert src.problems[0].code == code and fragment in src.problems[0].message


def test_bom_files_are_still_read(backend: str) -> None:
    src = load(codecs.BOM_UTF32_BE + "a: 1\n".encode("utf-32-be"), backend)
    assert src.documents[0].data == {"a": 1}


def test_crlf_and_mixed_newlines_keep_line_numbers(backend: str) -> None:
    src = load("a: 1\r\nb: 2\rc: 3\n", backend)
    assert src.documents[0].spans.key(("c",)).line == 3


@pytest.mark.parametrize(
    "text, limits, code",
    [
        ("a: " + "[" * 100 + "]" * 100 + "\n", Limits(), "YML102"),
        ("---\na: 1\n" * 40, Limits(), "YML103"),
        ("a: " + "x" * 70_000 + "\n", Limits(), "YML106"),
        ("[" + ", ".join(["1"] * 300) + "]\n", Limits(max_events=100), "YML104"),
        ("? " + "k" * 1100 + "\n: 1\n", Limits(), "YML107"),
        ("x: " + "y" * 10 + "\n", Limits(max_file_size=5), "YML101"),
    ],
)
def test_limits_fire_before_the_expensive_step(text: str, limits: Limits, code: str, backend: str) -> None:
    src = load(text, backend, limits)
    assert [p.code for p in src.problems] == [code]
    assert src.problems[0].fatal


def test_alias_bomb_is_stopped(backend: str) -> None:
    lines = ['a0: &a0 ["x","x","x","x","x","x","x","x","x","x"]']
    for i in range(1, 10):
        lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i-1}"] * 10) + "]")
    src = load("\n".join(lines) + "\n", backend)
    assert [p.code for p in src.problems] == ["YML105"]


def test_secret_documents_are_flagged(backend: str) -> None:
    src = load("name: creds\ndata:\n  password: hunter2\n", backend)
    assert src.documents[0].secret and src.secret_text
    assert not load("name: web\nservices: []\n", backend).documents[0].secret


def test_both_parsers_give_identical_results() -> None:
    if len(BACKENDS) < 2:
        pytest.skip("the C parser is not installed")
    text = (
        "name: web\nversion: '1.0'\nbase: &b {mode: replicated, replicas: 1}\nservices:\n"
        "  - name: api\n    <<: *b\n    containers:\n      - name: c\n        image: \"x:1\"\n"
        "        env: {A: \"1\", B: !!str 2}\n    x: |\n      text\n---\nname: b\ndup: 1\ndup: 2\n"
    )
    c, py = load(text, "c"), load(text, "python")
    assert [d.data for d in c.documents] == [d.data for d in py.documents]
    assert c.problems == py.problems
    for dc, dp in zip(c.documents, py.documents):
        assert dc.spans._values == dp.spans._values and dc.spans._links == dp.spans._links


# YML108 has no golden case (see ENGINE_CODES_WITHOUT_A_CASE in test_cases.py): no input is known
# that makes either parser fail unexpectedly, so these tests make the parser fail or warn.


def _failing_parser(monkeypatch: pytest.MonkeyPatch, backend: str, *, warn: bool) -> None:
    """The parser of ``backend`` raises RecursionError (warn=False) or warns and then parses."""
    import warnings

    if backend == "c":
        import _ruamel_yaml

        real = _ruamel_yaml.CParser

        class Parser:
            def __init__(self, text: str) -> None:
                self.inner = real(text)

            def get_event(self):  # type: ignore[no-untyped-def]
                if not warn:
                    raise RecursionError("maximum recursion depth exceeded")
                warnings.warn("the parser is unsure about this stream")
                return self.inner.get_event()

            def dispose(self) -> None:
                self.inner.dispose()

        monkeypatch.setattr(_ruamel_yaml, "CParser", Parser)
    else:
        from ruamel.yaml import YAML

        real_parse = YAML.parse

        def parse(self, stream):  # type: ignore[no-untyped-def]
            if not warn:
                raise RecursionError("maximum recursion depth exceeded")
            warnings.warn("the parser is unsure about this stream")
            yield from real_parse(self, stream)

        monkeypatch.setattr(YAML, "parse", parse)


def test_a_parser_failure_is_yml108_and_the_file_is_not_checked(backend: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _failing_parser(monkeypatch, backend, warn=False)
    src = load("name: web\nversion: '1.0'\n", backend)
    assert codes(src) == [("YML108", 1, 1)]
    assert src.problems[0].message == ("the YAML parser could not read this file "
                                       "(RecursionError: a parser limitation or resource limit)")
    assert src.problems[0].fatal and src.documents == []


def test_a_parser_warning_is_yml108_and_checking_goes_on(backend: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _failing_parser(monkeypatch, backend, warn=True)
    src = load("name: web\nversion: '1.0'\n", backend)
    assert ("YML108", 1, 1) in codes(src)
    assert {p.message for p in src.problems if p.code == "YML108"} == {
        "the YAML parser warned: the parser is unsure about this stream"}
    assert not any(p.fatal for p in src.problems)
    assert [d.data for d in src.documents] == [{"name": "web", "version": "1.0"}]


def test_a_parser_failure_is_a_positioned_finding_of_the_run(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    from conftest import lint_folder

    _failing_parser(monkeypatch, parser_backend(), warn=False)
    (tmp_path / "applications").mkdir()
    (tmp_path / "applications" / "web.yaml").write_text("name: web\nversion: '1.0'\n", encoding="utf-8")
    assert lint_folder(tmp_path) == [
        "applications/web.yaml:1:1: error YML108 the YAML parser could not read this file "
        "(RecursionError: a parser limitation or resource limit) [parser-limitation]"]


def test_the_c_parser_builds_one_call_event_subclasses() -> None:
    """The C parser builds subclasses of ruamel's events whose constructors set the slots in one
    call; to ruamel's own loader they are its classes (isinstance, tag), and both parsers read a
    file alike (tests/test_speed_equivalence.py compares them over every fixture)."""
    pytest.importorskip("_ruamel_yaml")
    from ruamel.yaml import YAML, events

    from avassa_lint.loading import source

    fast = source._fast_events()
    assert set(fast) == {"ScalarEvent", "MappingStartEvent", "SequenceStartEvent"}
    seen = [type(e) for e in source._events("a: &x [1, {b: !!str c}]\nd: *x\n", "c")]
    assert fast["ScalarEvent"] in seen and fast["MappingStartEvent"] in seen and fast["SequenceStartEvent"] in seen
    assert all(issubclass(fast[name], getattr(events, name)) for name in fast)
    assert YAML(typ="safe").load("a: &x [1, {b: !!str c}]\nd: *x\n") == {"a": [1, {"b": "c"}], "d": [1, {"b": "c"}]}
    loaded = source.load_source("x.yaml", b"name: web\nports: [80, '81']\n")
    assert loaded.documents[0].data == {"name": "web", "ports": [80, "81"]}
    assert loaded.documents[0].spans.value(("ports", 1)) == source.Span("x.yaml", 2, 13, 2, 17)


def test_a_mapping_entry_keeps_its_key_and_value_span_in_one_entry() -> None:
    """Key and value spans of a mapping entry share one index entry: one int when both pack,
    a pair when one does not (a column past 32,767), and a sequence item has no key."""
    from avassa_lint.loading.source import Span, _key_part, load_source

    long = "v" * 40_000
    source = load_source("x.yaml", f"x: {long}\ny: [1, {{z: 2}}]\n".encode())
    spans = source.documents[0].spans
    assert spans.key(("x",)) == Span("x.yaml", 1, 1, 1, 2)
    assert spans.value(("x",)) == Span("x.yaml", 1, 4, 1, 40_004)  # unpacked: the pair form
    assert isinstance(spans._values[("x",)], tuple) and len(spans._values[("x",)]) == 2
    assert spans.key(("y",)) == Span("x.yaml", 2, 1, 2, 2) and spans.value(("y",)) == Span("x.yaml", 2, 4, 2, 13)
    assert isinstance(spans._values[("y",)], int) and _key_part(spans._values[("y",)]) is not None
    assert spans.key(("y", 0)) is None and spans.value(("y", 0)) == Span("x.yaml", 2, 5, 2, 6)
    assert spans.key(("y", 1, "z")) == Span("x.yaml", 2, 9, 2, 10)
    assert spans.written_at(("y",), key=True) and not spans.written_at(("y", 0), key=True)
    assert spans.written_at(("y", 0)) and not spans.written_at(("nope",))
