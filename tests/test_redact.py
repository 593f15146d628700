"""Code frames show their line with only the values that could be secrets masked (issue 9, item 7):
a `${...}` reference is shown, a credential-like key's literal value is `***`, a script with one
secret heredoc keeps the frames of its other findings, a file that broke off is masked from its text."""
from __future__ import annotations

import pytest

from avassa_lint.text.redact import masked_line
from conftest import Project

CANARY = "hunter2-b7e1c9"

APP = """name: web
version: "1.0"
services:
  - name: web
    mode: replicated
    replicas: 1
    variables:
      - name: DB_PASSWORD
        value: {value}
    containers:
      - name: web
        image: registry-1.docker.io/library/nginx:1.25.3
        env:
          TOKEN: {token}
"""


def lint(project: Project, files: dict[str, str], *extra: str) -> str:
    project.write(files)
    result = project.check("check", "--isolated", "--no-cache", "--ignore", "LNT005", *extra, str(project.root))
    assert result.exit_code in (0, 1), result.output
    assert CANARY not in result.output
    return result.output


def frame_after(output: str, head: str) -> list[str]:
    """The two frame lines (source line and caret) printed under the finding line that starts with head."""
    lines = output.splitlines()
    for i, line in enumerate(lines):
        if head in line:
            assert lines[i + 1].endswith("|"), lines[i: i + 4]
            return [lines[i + 2], lines[i + 3]]
    raise AssertionError(f"{head!r} not in:\n{output}")


def test_a_reference_is_shown_whole(project: Project) -> None:
    """`TOKEN: ${API_TOKN}` names a variable: the frame shows it, and the caret is under it."""
    out = lint(project, {"applications/web.yaml": APP.format(value='"${DB_PASSWORD_X}"', token="${API_TOKN}")},
               "--select", "APP004")
    assert frame_after(out, "web.yaml:14:18: error APP004") == [
        "14 |           TOKEN: ${API_TOKN}",
        "   |                  ^~~~~~~~~~~",
    ]


def test_a_credential_value_is_masked_and_the_caret_stays_on_it(project: Project) -> None:
    out = lint(project, {"applications/web.yaml": APP.format(value="12345", token=CANARY + "-${X}")},
               "--select", "SCH004,APP004")
    # the number under a credential-like variable's "value": masked, caret on the mask
    assert frame_after(out, "web.yaml:9:16: error SCH004") == [
        "9 |         value: ***",
        "  |                ^~~",
    ]
    # a literal mixed with a reference is a value: masked; the finding on the reference points at it
    assert frame_after(out, "web.yaml:14:33: error APP004") == [
        "14 |           TOKEN: ***",
        "   |                  ^~~",
    ]


def test_only_the_value_of_a_duplicate_credential_key_is_masked(project: Project) -> None:
    """The first of two keys is not in the loaded data: the text alone masks its value."""
    app = APP.format(value='"${X}"', token="a").replace("          TOKEN: a\n",
                                                       f"          TOKEN: {CANARY}\n          TOKEN: b\n")
    out = lint(project, {"applications/web.yaml": app}, "--select", "YML002")
    assert frame_after(out, "web.yaml:15:11: error YML002") == [
        "15 |           TOKEN: ***",
        "   |           ^~~~~",
    ]


SCRIPT = f"""#!/bin/sh
supctl create strongbox vaults v secrets <<'EOF'
name: s
data:
  password: {CANARY}
  pin: 1234
EOF
supctl create applications <<'EOF'
name: web
version: "1.0"
services:
  - name: web
    mode: replicated
    replica: 1
EOF
"""


def test_a_script_with_a_secret_heredoc_keeps_its_other_frames(project: Project) -> None:
    out = lint(project, {"scripts/setup.sh": SCRIPT}, "--include-scripts", "--select", "SCH002,SCH004")
    assert frame_after(out, "setup.sh:14:5: error SCH002") == [
        "14 |     replica: 1",
        "   |     ^~~~~~~",
    ]
    assert frame_after(out, "setup.sh:6:8: error SCH004") == [
        "6 |   pin: ***",
        "  |        ^~~",
    ]


def test_a_secret_file_that_broke_off_is_masked_from_its_text(project: Project) -> None:
    secret = f"name: s\ndata:\n  password: {CANARY}\n  token: {CANARY}: x\n  other: |\n    {CANARY}\n"
    out = lint(project, {"strongbox/vaults/v/secrets/s.yaml": secret, "strongbox/vaults/v.yaml": "name: v\n"},
               "--select", "YML001")
    assert frame_after(out, "s.yaml:4:") == [
        "4 |   token: ***",
        "  |          ^~~",  # the error is inside the value: the caret covers the mask
    ]


def test_configuration_fields_named_like_credentials_are_shown(project: Project) -> None:
    """`auto-acme-cert` holds how a certificate is requested, not a secret: its lines stay readable,
    while a literal under `data` of the same secret stays masked."""
    secret = (f"name: web-cert\nauto-acme-cert:\n  acme-service: letsencrypt\n  names: [shop.example.com]\n"
              f"  renew-before: 30d\ndata:\n  api-token: {CANARY}\n")
    out = lint(project, {"strongbox/vaults/tls/secrets/web-cert.yaml": secret, "strongbox/vaults/tls.yaml": "name: tls\n"},
               "--select", "SCH010,SEC001")
    assert frame_after(out, "web-cert.yaml:5:3: info SCH010") == [
        "5 |   renew-before: 30d",
        "  |   ^~~~~~~~~~~~",
    ]


def test_url_passwords_and_names_of_references(project: Project) -> None:
    registry = f"address: https://robot:{CANARY}@registry.example.com:6000\n"
    out = lint(project, {"image-registry/remote-registries/r.yaml": registry}, "--select", "NET003")
    assert frame_after(out, "r.yaml:1:10: error NET003") == [
        "1 | address: https://robot:***@registry.example.com:6000",
        "  |          ^~~~~~~~",
    ]


@pytest.mark.parametrize(("text", "ranges", "shown", "columns"), [
    ("  key: value  # c", [(7, -1)], "  key: ***", {0: 0, 2: 2, 7: 7, 9: 7, 16: 7}),
    ("a: xx, b: yy", [(3, 5), (10, 12)], "a: ***, b: ***", {3: 3, 4: 3, 5: 6, 7: 8, 10: 11, 12: 14}),
    ("a: b", [(3, 4), (2, 3)], "a: ***", {3: 3}),  # a blank range is not masked, overlaps merge
    ("a: b", [], "a: b", {3: 3}),
])
def test_masked_line_maps_columns(text: str, ranges: list, shown: str, columns: dict[int, int]) -> None:
    masked, column = masked_line(text, ranges)
    assert masked == shown
    assert {c: column(c) for c in columns} == columns
    if ranges and shown != text:  # the end of a span inside a mask is the mask's end
        start, end = sorted(ranges)[-1]
        assert column(start + 1, True) == column(start) + 3
