"""Each rule's docs: the Example must fire the rule, "Use instead" must be clean."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from avassa_lint.core.rule import DOC_HEADINGS
from avassa_lint.registry import load_rules
from conftest import lint_folder

NOT_EXECUTABLE = "<!-- example: not executable -->"
FENCE = re.compile(r"```yaml\n(.*?)```", re.S)


def _section(doc: str, heading: str) -> str:
    start = doc.index(heading) + len(heading)
    nxt = [doc.find(h, start) for h in DOC_HEADINGS if doc.find(h, start) > 0]
    return doc[start: min(nxt) if nxt else len(doc)]


def write_example(block: str, folder: Path) -> None:
    """Files of an example: sections split by '---' lines, each starting with '# <path>'."""
    for part in re.split(r"^---\s*$", block, flags=re.M):
        text = part.strip("\n")
        if not text.strip():
            continue
        first = text.splitlines()[0]
        match = re.match(r"#\s*(\S+\.ya?ml)\s*$", first)
        assert match, f"example section does not start with a '# path.yaml' comment: {first!r}"
        target = folder / match.group(1)
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("a", encoding="utf-8") as handle:
            if target.stat().st_size:
                handle.write("---\n")
            handle.write(text + "\n")


RULES = load_rules().all()


@pytest.mark.parametrize("rule", RULES, ids=lambda r: f"{r.code}-{r.name}")
def test_summary_is_a_sentence(rule) -> None:
    # that every heading is there and the summary is not empty is what RuleRegistry.add enforces
    # (test_registry.py); the full stop is not
    assert rule.summary.endswith("."), rule.summary


@pytest.mark.parametrize("rule", RULES, ids=lambda r: f"{r.code}-{r.name}")
def test_example_fires_and_fix_is_clean(rule, tmp_path: Path) -> None:
    example = _section(rule.doc, "## Example")
    if NOT_EXECUTABLE in example:
        pytest.skip("documented as not executable; covered by dedicated tests")
    bad, good = tmp_path / "bad", tmp_path / "good"
    for block in FENCE.findall(example):
        write_example(block, bad)
    for block in FENCE.findall(_section(rule.doc, "## Use instead")):
        write_example(block, good)
    assert bad.exists() and good.exists(), "the Example and Use instead sections need yaml blocks"
    fired = lint_folder(bad, config=_config_of(bad))
    assert any(f" {rule.code} " in line for line in fired), fired
    # LNT005 notes what a fragment of a project cannot check (an image host when no registry is
    # declared, say); it is about the project's completeness, not the example's correctness
    clean = [line for line in lint_folder(good, config=_config_of(good))
             if rule.code == "LNT005" or " LNT005 " not in line]
    assert clean == []


def _config_of(folder: Path) -> object | None:
    """An example may start with a `# .avassa-lint.yaml` section: a rule's options."""
    path = folder / ".avassa-lint.yaml"
    if not path.exists():
        return None
    from avassa_lint.settings.config import load_config

    config, problems = load_config(str(path), load_rules())
    assert problems == [], problems
    return config
