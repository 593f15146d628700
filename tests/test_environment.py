"""The command line gives the same result whatever the environment it runs in: warnings turned into
errors (PYTHONWARNINGS=error), the C locale (LANG=C LC_ALL=C) with non-ASCII file names and content,
``python -O``, which strips ruamel.yaml's asserts, and two worker processes. Inputs: examples/ and a folder of hostile
fixtures from test_hostile.py.
"""
from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from test_hostile import CASES, Run, assert_no_traceback, canary_tree, raw_controls, run_cli, write_tree

ROOT = Path(__file__).resolve().parent.parent

HOSTILE = ("billion_laughs", "recursive_alias_merge", "deep_flow_mapping", "five_thousand_digits", "latin1",
           "utf16_without_bom", "nul_byte", "escape_sequence", "bidi_in_key", "tab_indentation", "lone_cr",
           "python_payloads", "tag_directive_payload", "yaml_1_1", "yaml_1_3", "yaml_2_0", "only_document_start",
           "control_characters_in_names", "nel_after_dash", "fifo", "symlink_loop")

# Non-ASCII in folder and file names, keys, values and messages.
UNICODE = {
    "applications/café-ünïcode.yaml": "name: café\nversion: '1.0'\nservices:\n  - name: wéb\n    mode: replicated\n"
                                      "    replicas: 1\n    ñame: x\n    containers:\n      - name: c\n"
                                      "        image: registry-1.docker.io/library/nginx:1.25.3\n"
                                      "        env: {ÉTAT: 'prêt', 'ключ': 値}\n",
    "données/été.yaml": "clé: valeur\nclé: 😀\n",
    "日本/設定.yaml": "a: [1, 2\n",
}

ENVIRONMENTS = {
    "warnings are errors": ({"PYTHONWARNINGS": "error"}, (), ("text",)),
    "C locale": ({"LANG": "C", "LC_ALL": "C"}, (), ("text",)),
    "python -O": ({}, ("-O",), ("text",)),
    "all at once": ({"PYTHONWARNINGS": "error", "LANG": "C", "LC_ALL": "C"}, ("-O",), ("text", "json")),
    "two worker processes": ({"PYTHONWARNINGS": "error", "AVASSA_LINT_WORKERS": "2"}, (), ("text",)),
}


def environment(extra: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("LC_", "PYTHONWARNINGS", "PYTHONUTF8", "AVASSA_LINT_WORKERS"))}
    env["LANG"] = "C.UTF-8"
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("environment")
    for case in CASES:
        if case.name in HOSTILE:
            write_tree(base / "hostile" / case.name, case.files)
    write_tree(base, canary_tree())
    write_tree(base, UNICODE)
    return base


def runs(folder: Path, env: dict[str, str], python: tuple[str, ...], formats: tuple[str, ...]) -> dict[str, Run]:
    """examples/ and the hostile folder in one run per format, in this environment."""
    def one(fmt: str) -> tuple[str, Run]:
        args = ["check", "--isolated", "--no-cache", "--include-scripts", "--statistics", "-f", fmt,
                str(ROOT / "examples"), "."]
        return fmt, run_cli(args, folder, env=env, python=python)

    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        return dict(pool.map(one, formats))


@pytest.fixture(scope="module")
def normal(hostile: Path) -> dict[str, Run]:
    return runs(hostile, environment({}), (), ("text", "json"))


def test_normal_run_is_sane(normal: dict[str, Run]) -> None:
    for run in normal.values():
        assert_no_traceback(run)
        assert run.returncode == 2, run.stderr  # the FIFO and the symlink loop
    text = normal["text"].stdout
    assert 'unknown key "ñame" in service "wéb"' in text and "données/été.yaml:2:1" in text
    assert "日本/設定.yaml" in text and "examples/" in text


@pytest.mark.parametrize("name", sorted(ENVIRONMENTS))
def test_same_output_as_normal(name: str, hostile: Path, normal: dict[str, Run]) -> None:
    extra, python, formats = ENVIRONMENTS[name]
    for fmt, run in runs(hostile, environment(extra), python, formats).items():
        assert_no_traceback(run)
        expected = normal[fmt]
        assert (run.returncode, run.stderr) == (expected.returncode, expected.stderr), fmt
        assert run.stdout == expected.stdout, fmt


def test_ascii_only_locale_escapes_instead_of_failing(hostile: Path, normal: dict[str, Run]) -> None:
    """Without locale coercion and UTF-8 mode, stdout and file names are ASCII: what cannot be
    shown is escaped, and the findings are the same ones."""
    env = environment({"LANG": "C", "LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0",
                       "PYTHONIOENCODING": ""})
    run = run_cli(["check", "--isolated", "--no-cache", "--include-scripts", "-f", "concise", str(ROOT / "examples"), "."],
                  hostile, env=env)
    assert_no_traceback(run)
    expected = normal["text"]
    assert run.returncode == expected.returncode
    assert max(run.out, default=0) < 0x80, "stdout is not ASCII"
    assert raw_controls(run.out) == []
    assert r"caf\xc3\xa9" in run.stdout or r"caf\xe9" in run.stdout or r"caf\u00e9" in run.stdout
    finding_lines = [line for line in expected.stdout.splitlines() if ": error " in line or ": warning " in line
                     or ": info " in line]
    assert len(run.stdout.splitlines()) == len(finding_lines)
