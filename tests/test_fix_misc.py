"""Fixes of NET001, IMG007, NET003, LNT004, YML009 and YML001 (bare "*"): where the fix must NOT
be offered (the golden cases in tests/fixes/ show the fixes themselves)."""
from __future__ import annotations

from pathlib import Path

from conftest import Project, run_folder

REGISTRY = {"image-registry/remote-registries/example.yaml": "address: registry.example.com\n"}


def diagnostics(project: Project, files: dict[str, str | bytes], code: str, config: object | None = None) -> list:
    project.write({**REGISTRY, **files})
    from avassa_lint.settings.config import Config

    cfg = config if config is not None else Config()
    cfg.cache = False  # type: ignore[attr-defined]
    found = [d for d in run_folder(project.root, cfg).diagnostics if d.code == code]
    assert found, f"no {code} finding"
    return found


def app(port_ranges: str) -> str:
    return f"""name: web
version: "1.0"
services:
  - name: web
    mode: replicated
    replicas: 1
    network:
      ingress-ip-per-instance:
        protocols:
          - name: tcp
            port-ranges: {port_ranges}
    containers:
      - name: nginx
        image: registry.example.com/web/nginx:1.25.3
"""


# NET001 invalid-port-ranges

def test_reversed_range_carries_the_swap(project: Project) -> None:
    (d,) = diagnostics(project, {"applications/web.yaml": app('"443,8443-8080"')}, "NET001")
    assert d.fix is not None and d.fix.safe
    (edit,) = d.fix.edits
    assert (edit.span.line, edit.span.column, edit.span.end_column, edit.text) == (11, 31, 40, "8080-8443")


def test_reversed_range_with_an_escape_has_no_fix(project: Project) -> None:
    # "\x38" is "8": the value reads "8443-8080" but is not written so, columns would not map
    (d,) = diagnostics(project, {"applications/web.yaml": app(r'"\x38443-8080"')}, "NET001")
    assert d.fix is None


def test_port_outside_the_range_has_no_fix(project: Project) -> None:
    (d,) = diagnostics(project, {"applications/web.yaml": app('"70000"')}, "NET001")
    assert d.fix is None
