"""One problem type from every stage, codes from one module, and an unknown code never vanishes."""
from __future__ import annotations

import pytest

from avassa_lint.core import codes
from avassa_lint import engine
from avassa_lint.runtime.cache import codec_available, decode_problems, encode_problems
from avassa_lint.settings.config import Config
from avassa_lint.core.diagnostic import Diagnostic, Edit, Fix, Problem, Related, Severity, Span
from avassa_lint.registry import load_rules


def test_the_codes_module_declares_exactly_the_engine_emitted_codes() -> None:
    registry = load_rules(plugins=False)
    emitted_by_engine = {r.code for r in registry.all() if r.check is None}
    assert codes.ENGINE == emitted_by_engine
    for name in dir(codes):
        value = getattr(codes, name)
        if name.isupper() and isinstance(value, str):
            rule = registry.rules[value]
            assert name == rule.name.upper().replace("-", "_"), (name, rule.name)
    assert codes.NEVER_HIDDEN <= codes.ALWAYS_ON <= codes.ENGINE


def test_a_diagnostic_is_a_problem_stamped_with_name_and_severity() -> None:
    problem = Problem("SCH002", Span("a.yaml", 3, 5, 3, 9), "unknown key", "did you mean", yaml_path="services/0")
    diag = Diagnostic.of(problem, "unknown-key", Severity.ERROR)
    assert isinstance(diag, Problem)
    assert (diag.code, diag.span, diag.message, diag.hint, diag.yaml_path, diag.name, diag.severity) == (
        "SCH002", problem.span, "unknown key", "did you mean", "services/0", "unknown-key", Severity.ERROR)
    with pytest.raises(AttributeError):
        problem.code = "SCH003"  # type: ignore[misc]  # frozen


def _unknown(monkeypatch: pytest.MonkeyPatch, strict: bool) -> list[Diagnostic]:
    monkeypatch.setattr(engine, "STRICT_CODES", strict)
    registry = load_rules(plugins=False)
    typo = Problem("SCH06", Span("apps/web.yaml", 4, 1, 4, 6), "a typo'd code")
    return engine.finalize([typo], registry, Config(), set(registry.rules))


def test_an_unknown_code_raises_in_strict_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(engine.UnknownCode, match="SCH06"):
        _unknown(monkeypatch, strict=True)


def test_an_unknown_code_becomes_an_internal_error_otherwise(monkeypatch: pytest.MonkeyPatch) -> None:
    (diag,) = _unknown(monkeypatch, strict=False)
    assert (diag.code, diag.span.line, diag.span.column, diag.severity) == ("LNT002", 4, 1, Severity.ERROR)
    assert 'unknown code "SCH06"' in diag.message


def test_the_compact_codec_is_on_and_carries_every_field() -> None:
    assert codec_available()  # off would silently disable the cache and the compact worker results
    span = Span("s.sh", 2, 3, 2, 7)
    problems = [
        Problem("YML009", span, "m", "h", (Related(Span("s.sh", 5, 1, 5, 2), "here"),), "a/0", True, True,
                Severity.WARNING, Fix("quote the delimiter", (Edit(span, "'EOF'"),), safe=False)),
        Problem("SCH002", span, "plain"),
    ]
    assert decode_problems(encode_problems(problems)) == problems


def test_a_located_value_knows_its_yaml_path_and_a_finding_takes_both() -> None:
    from avassa_lint.core.diagnostic import Finding
    from avassa_lint.model.project import Node
    from avassa_lint.loading.source import load_source

    source = load_source("applications/web.yaml", b"name: web\nservices:\n  - name: api\n    containers:\n"
                                                   b"      - name: c\n        image: nginx\n")
    doc = source.documents[0]
    container = Node(doc.data, doc, (), "application").children("services")[0].children("containers")[0]
    image = container.string("image")
    assert image is not None and image.yaml_path == "services/0/containers/0/image"
    finding = Finding.at(image, "unpinned", hint="pin it")
    assert (finding.span.line, finding.span.column, finding.yaml_path, finding.hint) == (
        6, 16, "services/0/containers/0/image", "pin it")
    assert Finding.at(container, "whole container").yaml_path == "services/0/containers/0"
