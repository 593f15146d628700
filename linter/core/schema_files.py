"""The bundled JSON Schemas, as text and parsed: what the validators, the generated checks and
the classifier's key tables are built from."""
from __future__ import annotations

import json

# The bundled schemas' ids are relative (their file names, e.g. "application.schema.json"), so
# "$ref": "common.schema.json#/..." resolves to the sibling file both here (every schema is
# preloaded, nothing is retrieved) and in editors that load the files written by
# `avassa-lint schema --output-dir`. A schema without an "$id" is known by its file name too.
SCHEMA_BASE = ""


_TEXTS: dict[str, str] | None = None


def schema_texts() -> dict[str, str]:
    """The text of every bundled schema by file name, read once from the package data."""
    global _TEXTS
    if _TEXTS is None:
        import os

        import avassa_lint.schemas

        folder = os.path.dirname(avassa_lint.schemas.__file__ or "")
        if folder and os.path.isdir(folder):  # an installed package: plain files (importlib.resources costs ~6 ms)
            _TEXTS = {}
            for name in sorted(os.listdir(folder)):
                if name.endswith(".schema.json"):
                    with open(os.path.join(folder, name), encoding="utf-8") as handle:
                        _TEXTS[name] = handle.read()
        else:  # a zip or another loader
            from importlib.resources import files

            _TEXTS = {entry.name: entry.read_text(encoding="utf-8")
                      for entry in files("avassa_lint.schemas").iterdir() if entry.name.endswith(".schema.json")}
    return _TEXTS


def schema_files() -> dict[str, dict]:
    """Every bundled schema by file name, parsed."""
    return {name: json.loads(text) for name, text in schema_texts().items()}
