"""Fixes of NET001, IMG007, NET003, LNT004, YML009 and YML001 (bare "*"): where the fix must NOT
be offered (the golden cases in tests/fixes/ show the fixes themselves)."""
from __future__ import annotations

from pathlib import Path

import pytest

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


# NET003 invalid-registry-address, IMG007 invalid-default-registry

def registry_fix(project: Project, address: str, field: str = "address"):
    if field == "default-remote-registry":
        files = {"image-registry/settings.yaml": f"default-remote-registry: {address}\n"}
        code = "IMG007"
    else:
        files = {"image-registry/remote-registries/lab.yaml": f"{field}: {address}\n"
                 + ("address: lab.example.com\n" if field == "override-address" else "")}
        code = "NET003"
    (d,) = diagnostics(project, files, code)
    return d.fix


def test_scheme_removed_before_a_valid_address(project: Project) -> None:
    fix = registry_fix(project, "https://lab.example.com:6000/", "override-address")
    assert fix is not None and fix.safe
    assert [(e.span.column, e.span.end_column, e.text) for e in fix.edits] == [(19, 27, ""), (47, 48, "")]


@pytest.mark.parametrize("address", [
    "https://lab.example.com/v2",  # a path: what it means is not certain
    "https://user:secret@lab.example.com",  # credentials
    "ftp://lab.example.com",  # not a web scheme
    "https://lab.example.com:6OOO",  # still invalid without the scheme
    "https://lab.example.com//",
    "https://[fd00::12]:5000",  # plain: without the scheme it would be a flow sequence
    "https://12345",  # plain: without the scheme, a number
    "https://on",  # plain: a boolean for YAML 1.1 readers
    r'"https://lab.example.com\x3a6000"',  # an escape: columns would not map
])
def test_no_scheme_fix(project: Project, address: str) -> None:
    assert registry_fix(project, address) is None


def test_quoted_ipv6_and_default_registry_are_fixed(project: Project) -> None:
    assert registry_fix(project.sub("a"), '"https://[fd00::12]:5000"') is not None
    fix = registry_fix(project.sub("b"), "http://registry-1.docker.io", "default-remote-registry")
    assert fix is not None and [(e.span.column, e.span.end_column) for e in fix.edits] == [(26, 33)]
    assert registry_fix(project.sub("c"), "https://registry-1.docker.io/v2", "default-remote-registry") is None


# LNT004 unused-suppression

def web_app(containers_extra: str = "", replicas_line: str = "    replicas: 1\n") -> str:
    return ('name: web\nversion: "1.0"\nservices:\n  - name: web\n    mode: replicated\n' + replicas_line
            + "    containers:\n      - name: nginx\n        image: registry.example.com/web/nginx:1.25.3\n"
            + containers_extra)


def lnt004(project: Project, text: str, path: str = "applications/web.yaml") -> list:
    from avassa_lint.settings.config import Config

    config = Config()
    config.include_scripts = True  # type: ignore[attr-defined]
    return diagnostics(project, {path: text}, "LNT004", config)


def test_unused_suppression_removed_with_its_line(project: Project) -> None:
    text = web_app(replicas_line="    # avassa-lint: disable-next-line=unknown-key\n    replicas: 1\n")
    (d,) = lnt004(project, text)
    assert d.fix is not None and d.fix.safe
    (edit,) = d.fix.edits
    assert (edit.span.line, edit.span.column, edit.span.end_line, edit.span.end_column, edit.text) == (6, 1, 7, 1, "")


def test_two_unused_rules_of_one_comment_share_the_fix(project: Project) -> None:
    text = web_app(replicas_line="    replicas: 1  # avassa-lint: disable=unknown-key,SCH006\n")
    first, second = lnt004(project, text)
    assert first.fix is not None and first.fix == second.fix
    assert [(e.span.column, e.text) for e in first.fix.edits] == [(16, "")]


def test_no_fix_inside_a_block_scalar(project: Project) -> None:
    extra = ("        env:\n          NOTES: |\n            first line\n"
             "            # avassa-lint: disable=unknown-key -- text of the value, not a comment\n")
    (d,) = lnt004(project, web_app(extra))
    assert d.fix is None


def test_no_fix_inside_a_quoted_string(project: Project) -> None:
    extra = ('        env:\n          NOTES: "first line\n'
             '            # avassa-lint: disable=unknown-key -- text of the value"\n')
    (d,) = lnt004(project, web_app(extra))
    assert d.fix is None


def test_no_fix_for_an_unknown_rule_or_a_blanket_directive(project: Project) -> None:
    found = lnt004(project, web_app(replicas_line="    replicas: 1  # avassa-lint: disable=unknwon-key\n"
                                   ) + "# avassa-lint: disable\n")
    assert len(found) == 2 and all(d.fix is None for d in found)


def test_unknown_rule_kept_when_the_known_one_goes(project: Project) -> None:
    found = lnt004(project, web_app(replicas_line="    replicas: 1  # avassa-lint: disable=unknwon-key, SCH006\n"))
    by_message = {("unknwon" in d.message): d for d in found}
    assert by_message[True].fix is None
    (edit,) = by_message[False].fix.edits
    assert edit.text == "unknwon-key"


def test_no_fix_below_a_disable_next_line(project: Project) -> None:
    # removing the second line would aim the first one at "replicas: 1"
    text = web_app(replicas_line="    # avassa-lint: disable-next-line=unknown-key\n"
                                 "    # avassa-lint: disable=SCH006\n    replicas: 1\n")
    found = {d.span.line: d for d in lnt004(project, text)}
    assert found[7].fix is None and found[6].fix is not None


def test_no_fix_in_a_script(project: Project) -> None:
    script = ("#!/bin/sh\nsupctl create applications <<'EOF'\n" + web_app().replace(
        "    replicas: 1\n", "    replicas: 1  # avassa-lint: disable=unknown-key\n") + "EOF\n")
    (d,) = lnt004(project, script, "scripts/deploy.sh")
    assert d.fix is None


# YML009 unquoted-heredoc

def heredoc_script(env: str, operator: str = "<<EOF") -> str:
    return (f"#!/bin/sh\nsupctl create applications {operator}\n"
            + web_app(f"        env:\n{env}") + "EOF\n")


def yml009(project: Project, text: str, path: str = "scripts/deploy.sh") -> list:
    from avassa_lint.settings.config import Config

    config = Config()
    config.include_scripts = True  # type: ignore[attr-defined]
    return diagnostics(project, {path: text}, "YML009", config)


def test_unquoted_delimiter_gets_an_unsafe_quote(project: Project) -> None:
    (d,) = yml009(project, heredoc_script("          SITE: ${SYS_SITE}\n", "<< EOF"))
    assert d.fix is not None and not d.fix.safe
    (edit,) = d.fix.edits
    assert (edit.span.line, edit.span.column, edit.span.end_column, edit.text) == (2, 31, 34, "'EOF'")


@pytest.mark.parametrize("env", [
    "          SITE: ${SYS_SITE}\n          HOME: $HOME\n",  # a $VAR the author may want expanded
    "          SITE: ${SYS_SITE}\n          NOW: $(date)\n",
    "          SITE: ${SYS_SITE}\n          PRICE: \\$5\n",  # an escape: a quoted heredoc keeps the backslash
    "          SITE: ${SYS_SITE}\n          WHO: `whoami`\n",
    "          PID: $$\n",  # "$$" is flagged, but it is not a "${"
])
def test_no_quote_fix_when_the_shell_may_be_meant_to_expand(project: Project, env: str) -> None:
    (d,) = yml009(project, heredoc_script(env))
    assert d.fix is None


# YML001 yaml-syntax: a bare "*"

def deployment(version_line: str) -> str:
    return ("name: web\napplication: web\n" + version_line
            + "placement:\n  match-site-labels: system/type = edge\n")


def test_bare_star_quoted(project: Project) -> None:
    (d,) = diagnostics(project, {"application-deployments/web.yaml": deployment("application-version: *  # latest\n")},
                       "YML001")
    assert d.message == 'a bare "*" starts an alias'
    assert d.fix is not None and d.fix.safe
    (edit,) = d.fix.edits
    assert (edit.span.line, edit.span.column, edit.span.end_column, edit.text) == (3, 22, 23, '"*"')


@pytest.mark.parametrize("version_line", [
    "application-version: * latest\n",  # more than the "*"
    "application-version: [1.0, *]\n",  # inside a flow sequence
    "application-version:\n  - *\n",  # not "key: *"
    "application-version: 'x\n",  # another syntax error
])
def test_no_star_fix(project: Project, version_line: str) -> None:
    (d,) = diagnostics(project, {"application-deployments/web.yaml": deployment(version_line)}, "YML001")
    assert d.fix is None


def test_no_star_fix_in_a_script(project: Project) -> None:
    from avassa_lint.settings.config import Config

    config = Config()
    config.include_scripts = True  # type: ignore[attr-defined]
    script = ("#!/bin/sh\nsupctl create application-deployments <<'EOF'\n"
              + deployment("application-version: *\n") + "EOF\n")
    (d,) = diagnostics(project, {"scripts/deploy.sh": script}, "YML001", config)
    assert d.fix is None


def test_directives_from_the_cache_get_the_fix_once_given_the_text() -> None:
    # the cache and the worker pool rebuild a Suppression from its fields only (no text)
    from avassa_lint.loading.suppress import Suppression, remember_text, scan, unused

    text = web_app(replicas_line="    replicas: 1  # avassa-lint: disable=SCH006\n")
    (scanned,) = scan("applications/web.yaml", text)
    rebuilt = Suppression(scanned.span, scanned.form, list(scanned.selectors), scanned.target_line, set())
    ((_, _, _, fix),) = unused({"applications/web.yaml": [rebuilt]}, lambda sel: True)
    assert fix is None
    remember_text([rebuilt], text)
    ((_, _, _, fix),) = unused({"applications/web.yaml": [rebuilt]}, lambda sel: True)
    assert fix is not None and fix.edits[0].span.column == 16
