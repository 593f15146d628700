"""The bundled examples: examples/ is clean, examples/broken/ fires every rule family at the
right lines (golden: tests/examples_broken.out)."""
from __future__ import annotations

from pathlib import Path

from conftest import lint_folder

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).parent / "examples_broken.out"


def test_examples_are_clean() -> None:
    assert lint_folder(ROOT / "examples", config=_config(ROOT / "examples")) == []


def test_broken_examples_fire_every_family(update_golden: bool) -> None:
    lines = lint_folder(ROOT / "examples" / "broken", config=_config(ROOT / "examples" / "broken"))
    if update_golden:
        GOLDEN.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    assert lines == GOLDEN.read_text(encoding="utf-8").splitlines()
    families = {line.split()[2][:3] for line in lines}
    assert {"YML", "SCH", "IMG", "SEC", "NET", "APP"} <= families


def _config(folder: Path):
    from avassa_lint.settings.config import load_config

    config, problems = load_config(str(folder / ".avassa-lint.yaml"))
    assert problems == []
    return config
