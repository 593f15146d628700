"""YAML conformance of the loader, on both parsers: every snippet in valid/ loads without a syntax
finding (YML001), every snippet in invalid/ gives exactly one, and both parsers read the valid
ones to the same data. Where a parser disagrees with the YAML 1.2 specification, the disagreement
is listed in allowlist.txt with its reason; a listed disagreement that goes away fails too, so the
list stays true.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from avassa_lint.loading.source import load_source, parser_backend

HERE = Path(__file__).resolve().parent
BACKENDS = ["python"] + (["c"] if parser_backend() == "c" else [])
SNIPPETS = sorted(p.relative_to(HERE).with_suffix("").as_posix() for p in HERE.glob("*valid/*.yaml"))


def read_allowlist() -> dict[tuple[str, str], str]:
    """(snippet, backend) -> reason."""
    entries: dict[tuple[str, str], str] = {}
    for number, line in enumerate((HERE / "allowlist.txt").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        snippet, backend, reason = line.split(None, 2)
        assert backend in ("c", "python", "both"), f"allowlist.txt:{number}: unknown parser {backend!r}"
        assert snippet in SNIPPETS, f"allowlist.txt:{number}: no snippet {snippet}"
        assert len(reason) > 20, f"allowlist.txt:{number}: say why"
        for one in (("c", "python") if backend == "both" else (backend,)):
            assert (snippet, one) not in entries, f"allowlist.txt:{number}: listed twice"
            entries[(snippet, one)] = reason
    return entries


ALLOWED = read_allowlist()


def syntax_findings(snippet: str, backend: str) -> int:
    source = load_source(snippet, (HERE / f"{snippet}.yaml").read_bytes(), backend=backend)
    assert not [p for p in source.problems if p.code == "YML108"], "the parser itself failed"
    return sum(p.code == "YML001" for p in source.problems)


def test_there_are_enough_snippets() -> None:
    assert sum(s.startswith("valid/") for s in SNIPPETS) >= 30
    assert sum(s.startswith("invalid/") for s in SNIPPETS) >= 30


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("snippet", SNIPPETS)
def test_snippet(snippet: str, backend: str) -> None:
    found = syntax_findings(snippet, backend)
    valid = snippet.startswith("valid/")
    reason = ALLOWED.get((snippet, backend))
    if reason is None:
        assert found == (0 if valid else 1), f"{snippet}: {found} syntax findings with the {backend} parser"
    else:
        # the listed disagreement must still be there: a valid snippet rejected with one finding,
        # an invalid one accepted
        assert found == (1 if valid else 0), f"{snippet} ({backend}) now agrees with YAML 1.2: remove it from allowlist.txt"


@pytest.mark.skipif(len(BACKENDS) < 2, reason="the C parser is not installed")
@pytest.mark.parametrize("snippet", [s for s in SNIPPETS if s.startswith("valid/")])
def test_both_parsers_read_the_same_data(snippet: str) -> None:
    if any((snippet, b) in ALLOWED for b in BACKENDS):
        pytest.skip("a listed disagreement: one parser rejects it (see allowlist.txt)")
    data = (HERE / f"{snippet}.yaml").read_bytes()
    c, py = (load_source(snippet, data, backend=b) for b in ("c", "python"))
    assert [d.data for d in c.documents] == [d.data for d in py.documents]
    assert c.problems == py.problems
