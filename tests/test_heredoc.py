"""supctl heredocs in shell scripts and Markdown: extraction, kinds, YML009, and the promise that a
payload in a script is linted exactly like the same YAML in a file, at the host file's positions."""
from __future__ import annotations

import random
import re
import time
from pathlib import Path

import pytest

from avassa_lint.loading import heredoc
from avassa_lint.loading.classify import Hint
from avassa_lint.settings.config import Config
from avassa_lint.loading.heredoc import extract_heredocs, payload_kind
from conftest import lint_folder

CASES = Path(__file__).parent / "heredoc_cases"
BREAK = re.compile(r"\r\n|\r|\n")
BODY = "name: x\ndistribute:\n  to: all\n"


def scripts_config(**changes: object) -> Config:
    config = Config(include_scripts=True)
    for key, value in changes.items():
        setattr(config, key, value)
    return config


def lines(text: str) -> list[str]:
    return BREAK.split(text)


def body_lines(extraction: heredoc.Extraction) -> dict[int, str]:
    """The non-blank lines of an extraction, by 1-based line number."""
    return {n: line for n, line in enumerate(lines(extraction.text), start=1) if line.strip()}


# --------------------------------------------------------------------------- the kind table


@pytest.mark.parametrize("words, expected", [
    ("applications", ("application", None)),
    ("applications store-pos", ("application", None)),  # replace / merge name the entry
    ("application-deployments", ("application-deployment", None)),
    ("application-deployments store-pos", ("application-deployment", None)),
    ("image-registry remote-registries", ("remote-registry", None)),
    ("image-registry remote-registries registry.example.com:6000", ("remote-registry", None)),
    ("image-registry settings", ("image-registry-settings", None)),
    ("strongbox vaults", ("vault", None)),
    ("strongbox vaults retail-pos", ("vault", None)),
    ("strongbox vaults retail-pos secrets", ("secret", "retail-pos")),
    ("strongbox vaults retail-pos secrets pos-db", ("secret", "retail-pos")),
    ("policy policies", ("policy", None)),
    ("policy policies registry-push", ("policy", None)),
    ("strongbox authentication approles", ("approle", None)),
    ("strongbox authentication approles acme-callback", ("approle", None)),
    ("strongbox authentication jwt", ("jwt-auth", None)),
    ("strongbox authentication jwt gitlab", ("jwt-auth", None)),
    ("strongbox authentication jwt gitlab roles", ("jwt-role", "gitlab")),
    ("strongbox authentication jwt gitlab roles ci", ("jwt-role", "gitlab")),
    ("strongbox acme-services", ("acme-service", None)),
    ("strongbox acme-services letsencrypt-prod", ("acme-service", None)),
    ("strongbox acme-services letsencrypt-prod static-requests", ("acme-static-request", "letsencrypt-prod")),
    ("strongbox acme-services letsencrypt-prod static-requests server-cert", ("acme-static-request", "letsencrypt-prod")),
    # outside the table: no kind, the content decides (never a guess)
    ("policy", (None, None)),
    ("strongbox authentication", (None, None)),
    ("strongbox authentication userpass", (None, None)),
    ("strongbox acme-services letsencrypt-prod request-cert", (None, None)),
    ("system sites", ("site", None)),
    ("system sites stockholm-sergel", ("site", None)),
    ("tenants", ("tenant", None)),
    ("tenants acme", ("tenant", None)),
    ("tenants acme resource-profiles", ("resource-profile", None)),
    ("tenants acme resource-profiles large", ("resource-profile", None)),
    ("tenants acme assigned-sites", (None, None)),
    ("system", (None, None)),
    ("strongbox vaults retail-pos secrets pos-db extra", (None, None)),
    ("image-registry", (None, None)),
    ("", (None, None)),
])
def test_payload_kind(words: str, expected: tuple[str | None, str | None]) -> None:
    assert payload_kind(words.split()) == expected


@pytest.mark.parametrize("command, hint", [
    ("supctl create applications", Hint("application", "command")),
    ("supctl replace applications store-pos", Hint("application", "command")),
    ("supctl create application-deployments", Hint("application-deployment", "command")),
    ("supctl create image-registry remote-registries", Hint("remote-registry", "command")),
    ("supctl topdc create image-registry settings", Hint("image-registry-settings", "command")),
    ("supctl topdc replace image-registry settings", Hint("image-registry-settings", "command")),
    ("supctl create strongbox vaults", Hint("vault", "command")),
    ("supctl create strongbox vaults edge-iot secrets", Hint("secret", "command", "edge-iot")),
    ("supctl --site sto1 create strongbox vaults edge-iot secrets", Hint("secret", "command", "edge-iot")),
    ("supctl --site=sto1 create applications", Hint("application", "command")),
    ("supctl --query-params validate=true create applications", Hint("application", "command")),
    ("/usr/local/bin/supctl create applications", Hint("application", "command")),
    ("SUPCTL_DEBUG=1 supctl create applications", Hint("application", "command")),
    ("docker exec -i supctl-box supctl create applications", Hint("application", "command")),
    ("supctl create policy policies", Hint("policy", "command")),
    ("supctl -r create strongbox authentication approles", Hint("approle", "command")),
    ("supctl create strongbox acme-services letsencrypt-staging static-requests", Hint("acme-static-request", "command", "letsencrypt-staging")),
    ("supctl create system sites", Hint("site", "command")),
    ("supctl create tenants acme assigned-sites", Hint(None, "command")),
    ("supctl create applications --dry-run", Hint("application", "command")),
])
def test_command_hints(command: str, hint: Hint) -> None:
    extraction = extract_heredocs("s.sh", f"{command} <<'EOF'\n{BODY}EOF\n")
    assert extraction.hints == {1: hint}
    assert body_lines(extraction) == {1: "---", 2: "name: x", 3: "distribute:", 4: "  to: all"}


# --------------------------------------------------------------------------- the line contract


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("final", [True, False])
def test_extraction_keeps_every_line_and_line_break(newline: str, final: bool) -> None:
    host = ["#!/bin/sh", "set -e", "supctl create strongbox vaults <<'EOF'", "name: x",
            "distribute:", "  to: all", "EOF", "echo done"]
    text = newline.join(host) + (newline if final else "")
    extraction = extract_heredocs("s.sh", text)
    assert BREAK.findall(extraction.text) == BREAK.findall(text)
    assert lines(extraction.text)[:8] == ["", "", "---", "name: x", "distribute:", "  to: all", "", ""]


def test_mixed_line_breaks_never_merge_into_one() -> None:
    # blanking the line between a lone CR and an LF must not turn "\r" + "\n" into one CRLF
    text = "supctl create applications <<'EOF'\nname: x\rEOF\recho\nls\n"
    extraction = extract_heredocs("s.sh", text)
    assert BREAK.findall(extraction.text) == BREAK.findall(text)


def test_no_heredoc_gives_a_blank_text() -> None:
    text = "#!/bin/sh\ncat <<EOF\nsupctl create applications <<X\nEOF\nsupctl show applications\n"
    extraction = extract_heredocs("s.sh", text)
    assert extraction.hints == {} and extraction.problems == []
    assert extraction.text == "\n" * 5


# --------------------------------------------------------------------------- delimiters


@pytest.mark.parametrize("operator, delimiter, quoted", [
    ("<<", "EOF", False),
    ("<<", "'EOF'", True),
    ("<<", '"EOF"', True),
    ("<< ", "EOF", False),
    ("<< ", "'END'", True),
    ("<<", "\\EOF", True),
    ("<<", 'E"O"F', True),
    ("0<<", "EOF", False),
    ("<<", "YAML_SPEC", False),
])
def test_delimiter_forms(operator: str, delimiter: str, quoted: bool) -> None:
    word = re.sub(r"[\\'\"]", "", delimiter)
    text = f"supctl create strongbox vaults {operator}{delimiter}\nname: ${{NAME}}\n{word}\necho after\n"
    extraction = extract_heredocs("s.sh", text)
    assert body_lines(extraction) == {1: "---", 2: "name: ${NAME}"}
    assert [p.code for p in extraction.problems] == ([] if quoted else ["YML009"])


def test_delimiter_must_match_the_whole_line() -> None:
    text = "supctl create strongbox vaults <<'EOF'\nname: x\n EOF\nEOF \nEOFX\nEOF\n"
    extraction = extract_heredocs("s.sh", text)
    assert body_lines(extraction) == {1: "---", 2: "name: x", 3: " EOF", 4: "EOF ", 5: "EOFX"}


def test_tab_stripping_heredoc_keeps_columns() -> None:
    # <<- strips the leading tabs of the body and of the delimiter line; the tabs become spaces
    # so that every column of a uniformly tab-indented body stays where it is in the host file
    text = "deploy() {\n\tsupctl create strongbox vaults <<-'EOF'\n\tname: x\n\tdistribute:\n\t  to: all\n\tEOF\n}\n"
    extraction = extract_heredocs("s.sh", text)
    assert body_lines(extraction) == {2: "---", 3: " name: x", 4: " distribute:", 5: "   to: all"}


def test_tab_stripping_with_uneven_tabs_keeps_the_structure() -> None:
    # the shell strips every leading tab, so these lines are siblings; a uniform shift keeps that
    text = "supctl create strongbox vaults <<-EOF\n\t\tname: x\n\tdistribute:\n\t\t\t  to: all\n\t\t\nEOF\n"
    extraction = extract_heredocs("s.sh", text)
    assert body_lines(extraction) == {1: "---", 2: " name: x", 3: " distribute:", 4: "   to: all"}
    assert lines(extraction.text)[4] == ""


def test_unterminated_heredoc_runs_to_the_end_of_the_file() -> None:
    text = "supctl create strongbox vaults <<'EOF'\nname: x\ndistribute:\n  to: all\n"
    extraction = extract_heredocs("s.sh", text)
    assert body_lines(extraction) == {1: "---", 2: "name: x", 3: "distribute:", 4: "  to: all"}


def test_empty_delimiter_ends_at_an_empty_line() -> None:
    text = "supctl create strongbox vaults <<''\nname: x\n\necho after\n"
    extraction = extract_heredocs("s.sh", text)
    assert body_lines(extraction) == {1: "---", 2: "name: x"}


# --------------------------------------------------------------------------- commands


def test_line_continuations_before_the_heredoc() -> None:
    text = ("supctl --site sto1 create \\\n"
            "    strongbox vaults edge-iot \\\n"
            "    secrets <<'EOF'\n"
            "name: mqtt\n"
            "EOF\n")
    extraction = extract_heredocs("s.sh", text)
    assert extraction.hints == {3: Hint("secret", "command", "edge-iot")}
    assert body_lines(extraction) == {3: "---", 4: "name: mqtt"}


def test_continuation_after_the_heredoc_operator() -> None:
    # the body starts after the whole command, so the marker goes on the command's last line
    text = "supctl create applications <<'EOF' \\\n  --site sto1\nname: web\nEOF\n"
    extraction = extract_heredocs("s.sh", text)
    assert extraction.hints == {2: Hint("application", "command")}
    assert body_lines(extraction) == {2: "---", 3: "name: web"}


@pytest.mark.parametrize("text", [
    "supctl create applications < applications/web.yaml\nname: web\n",
    "supctl create applications -f applications/web.yaml <<EOF\nname: web\nEOF\n",
    "supctl create applications --file=applications/web.yaml <<EOF\nname: web\nEOF\n",
    "supctl create applications <<EOF < applications/web.yaml\nname: web\nEOF\n",
    "supctl show applications web <<EOF\nname: web\nEOF\n",
    "supctl delete applications web <<EOF\nname: web\nEOF\n",
    "# supctl create applications <<EOF\nname: web\n",
    "echo 'supctl create applications <<EOF'\nname: web\n",
    "echo \"supctl create applications <<EOF\"\nname: web\n",
    "supctl create applications <<< 'name: web'\n",
    "supctl --unknown-option value create applications <<EOF\nname: web\nEOF\n",
    "cat <<EOF > setup.sh\nsupctl create applications <<X\nname: web\nX\nEOF\n",
    "grep web <<EOF | supctl create applications\nname: web\nEOF\n",
])
def test_commands_that_are_not_heredoc_payloads(text: str) -> None:
    extraction = extract_heredocs("s.sh", text)
    assert extraction.hints == {}
    assert not extraction.text.strip()


def test_cat_piped_into_supctl() -> None:
    text = "cat <<'EOF' | supctl create applications\nname: web\nEOF\n"
    extraction = extract_heredocs("s.sh", text)
    assert extraction.hints == {1: Hint("application", "command")}
    assert body_lines(extraction) == {1: "---", 2: "name: web"}


@pytest.mark.parametrize("text, payload_line", [
    # supctl's own heredoc wins over the pipe, as in the shell
    ("cat <<'A' | supctl create applications <<'B'\nname: a\nA\nname: web\nB\n", 4),
    ("cat <<'A' | supctl create applications < web.yaml\nname: a\nA\n", None),
    ("cat - <<'A' | supctl create applications\nname: web\nA\n", 2),
])
def test_cat_pipe_edge_cases(text: str, payload_line: int | None) -> None:
    extraction = extract_heredocs("s.sh", text)
    if payload_line is None:
        assert extraction.hints == {}
    else:
        assert body_lines(extraction)[payload_line] == "name: web"
        assert list(extraction.hints.values()) == [Hint("application", "command")]


def test_several_heredocs_on_one_line() -> None:
    # bash reads the bodies one after the other; each gets its own document marker
    text = ("supctl create strongbox vaults <<'A' && supctl create strongbox vaults v secrets <<'B'\n"
            "name: v\n"
            "A\n"
            "name: s\n"
            "B\n")
    extraction = extract_heredocs("s.sh", text)
    assert extraction.hints == {1: Hint("vault", "command"), 3: Hint("secret", "command", "v")}
    assert body_lines(extraction) == {1: "---", 2: "name: v", 3: "---", 4: "name: s"}


def test_a_skipped_heredoc_before_a_payload_on_the_same_line() -> None:
    text = "cat <<'X' >notes.txt; supctl create applications <<'EOF'\nnotes\nX\nname: web\nEOF\n"
    extraction = extract_heredocs("s.sh", text)
    assert body_lines(extraction) == {3: "---", 4: "name: web"}


def test_heredoc_inside_command_substitution_is_skipped() -> None:
    text = 'SPEC=$(cat <<EOF\nname: ${NAME}\nEOF\n)\nsupctl create applications <<\'EOF\'\nname: web\nEOF\n'
    extraction = extract_heredocs("s.sh", text)
    assert body_lines(extraction) == {5: "---", 6: "name: web"}
    assert extraction.problems == []


def test_quotes_and_comments_on_the_command_line() -> None:
    text = ("supctl create strongbox vaults 'edge iot' secrets <<'EOF' # the <<X in a comment is no heredoc\n"
            "name: x\n"
            "EOF\n")
    extraction = extract_heredocs("s.sh", text)
    assert extraction.hints == {1: Hint("secret", "command", "edge iot")}


# --------------------------------------------------------------------------- YML009


def test_unquoted_delimiter_with_an_avassa_variable() -> None:
    text = ("supctl create applications <<EOF\n"
            "name: web\n"
            "env:\n"
            "  SITE: ${SYS_SITE}\n"
            "EOF\n")
    (problem,) = extract_heredocs("deploy.sh", text).problems
    assert problem.code == "YML009"
    assert (problem.span.line, problem.span.column, problem.span.end_column) == (1, 28, 33)
    assert problem.message == ('the heredoc delimiter EOF is unquoted, so the shell expands "${SYS_SITE}" '
                               "on line 4 before supctl reads the payload")
    assert problem.hint == ("quote the delimiter (<<'EOF') to pass the text as written, "
                            "or write \\$ for each $ that supctl should see")
    ((where, note),) = [(r.span, r.message) for r in problem.related]
    assert (where.line, where.column, where.end_column, note) == (4, 9, 20, "expanded by the shell here")


@pytest.mark.parametrize("body, found", [
    ("SITE: ${SYS_SITE}", '"${SYS_SITE}"'),
    ("SITE: ${SYS_SITE | quote}", '"${SYS_SITE"'),
    ("PID: $$", '"$$"'),
    # Avassa's escape for a literal "${": the shell turns "$$" into its process id
    ("LITERAL: $${NOT_SUBSTITUTED}", '"$$"'),
    ("ESCAPED: \\\\${SITE}", '"${SITE}"'),  # an escaped backslash, then a real expansion
    ("ESCAPED: \\${SITE}", None),
    ("ESCAPED: \\$\\$", None),
    ("SHELL: $VERSION $(date) `id`", None),
    ("PRICE: 5$", None),
])
def test_what_counts_as_an_expansion(body: str, found: str | None) -> None:
    problems = extract_heredocs("s.sh", f"supctl create applications <<EOF\n{body}\nEOF\n").problems
    if found is None:
        assert problems == []
    else:
        assert [p.code for p in problems] == ["YML009"]
        assert found in problems[0].message


@pytest.mark.parametrize("delimiter", ["'EOF'", '"EOF"', "\\EOF", "-'EOF'"])
def test_quoted_delimiters_are_not_reported(delimiter: str) -> None:
    text = f"supctl create applications <<{delimiter}\nSITE: ${{SYS_SITE}} $$\nEOF\n"
    assert extract_heredocs("s.sh", text).problems == []


def test_tab_stripping_unquoted_heredoc_is_reported() -> None:
    text = "\tsupctl create applications <<-EOF\n\tSITE: ${SYS_SITE}\n\tEOF\n"
    (problem,) = extract_heredocs("s.sh", text).problems
    assert (problem.span.line, problem.span.column, problem.span.end_column) == (1, 29, 35)
    assert "<<-'EOF'" in (problem.hint or "")


def test_non_supctl_heredocs_are_never_reported() -> None:
    text = "cat <<EOF | sudo tee /etc/motd\nSite ${SITE} set up by $USER ($$)\nEOF\n"
    assert extract_heredocs("s.sh", text).problems == []


def test_a_secret_value_is_never_quoted() -> None:
    text = "supctl create strongbox vaults v secrets <<EOF\nname: db\ndata:\n  password: a${b}c\nEOF\n"
    (problem,) = extract_heredocs("s.sh", text).problems
    assert '"${...}"' in problem.message and "${b}" not in problem.message


def test_unquoted_escapes_reach_supctl_unescaped() -> None:
    # the shell turns \$ into $: the YAML is checked as supctl receives it ("\$" is no YAML escape)
    text = 'supctl create applications <<EOF\nname: web\ncmd: "echo \\${SYS_SITE} \\\\ \\`x\\`"\nEOF\n'
    extraction = extract_heredocs("s.sh", text)
    assert body_lines(extraction)[3] == 'cmd: "echo ${SYS_SITE} \\ `x`"'
    assert extraction.problems == []
    quoted = extract_heredocs("s.sh", text.replace("<<EOF", "<<'EOF'"))
    assert body_lines(quoted)[3] == 'cmd: "echo \\${SYS_SITE} \\\\ \\`x\\`"'


def test_yml009_through_the_engine_and_its_suppression(tmp_path: Path) -> None:
    spec = ("name: web\nversion: \"1.0\"\nservices:\n  - name: web\n    mode: replicated\n    replicas: 1\n"
            "    containers:\n      - name: nginx\n        image: registry-1.docker.io/library/nginx:1.25.3\n"
            "        env:\n          SITE: ${SYS_SITE}\n")
    (tmp_path / "deploy.sh").write_text(f"supctl create applications <<EOF\n{spec}EOF\n")
    assert lint_folder(tmp_path, select=["YML009"], config=scripts_config()) == [
        'deploy.sh:1:28: warning YML009 the heredoc delimiter EOF is unquoted, so the shell expands '
        '"${SYS_SITE}" on line 12 before supctl reads the payload [unquoted-heredoc]'
    ]
    (tmp_path / "deploy.sh").write_text(
        f"supctl create applications <<EOF  # avassa-lint: disable=unquoted-heredoc -- set by the caller\n{spec}EOF\n")
    found = lint_folder(tmp_path, config=scripts_config())
    assert not [line for line in found if " YML009 " in line or " LNT004 " in line], found


def test_the_rule_docs_example(tmp_path: Path) -> None:
    """YML009's docs are shell, not run by test_rule_docs.py: the Example must print the documented
    line, and Use instead must not fire."""
    from avassa_lint.registry import load_rules

    doc = load_rules().find("YML009").doc  # type: ignore[union-attr]
    example, use_instead = doc.split("## Use instead")
    fence = re.compile(r"^```(\w*)\n(.*?)^```$", re.S | re.M)
    assert [lang for lang, _ in fence.findall(example)] == ["sh", ""]
    (_, bad), (_, documented) = fence.findall(example)
    ((_, good),) = fence.findall(use_instead)
    for folder, text in (("bad", bad), ("good", good)):
        path = tmp_path / folder / text.splitlines()[0].lstrip("# ")
        path.parent.mkdir(parents=True)
        path.write_text(text)
    assert [line for line in lint_folder(tmp_path / "bad", config=scripts_config()) if " YML009 " in line] == documented.splitlines()
    assert [line for line in lint_folder(tmp_path / "good", config=scripts_config()) if " YML" in line or " SCH" in line] == []


# --------------------------------------------------------------------------- supctl merge


MERGE = ("supctl create strongbox vaults v secrets <<'EOF'\nname: db\ndata:\n  password: one\n"
         "allow-image-access: [\"*\"]\nEOF\n"
         "supctl merge strongbox vaults v secrets db <<EOF\ndata:\n  password: pa$$word\nEOF\n")


def test_merge_payloads_are_patches(tmp_path: Path) -> None:
    # A plain patch lacks the keys it leaves alone: no required-key errors, and it is not a second
    # definition of the secret; its keys, types and values are still checked.
    extraction = extract_heredocs("s.sh", MERGE)
    assert extraction.partial == {7}
    assert extraction.hints == {1: Hint("secret", "command", "v"), 7: Hint("secret", "command", "v")}
    assert [(p.code, p.span.line) for p in extraction.problems] == [("YML009", 7)]
    (tmp_path / "rotate.sh").write_text(MERGE)
    assert [line.split(" ")[2] for line in lint_folder(tmp_path, select=["YML", "SCH"], config=scripts_config())] == ["YML009"]
    (tmp_path / "rotate.sh").write_text(MERGE.replace("data:\n  password: pa$$word", "dta:\n  password: x"))
    assert lint_folder(tmp_path, select=["SCH"], config=scripts_config()) == [
        'rotate.sh:8:1: error SCH002 unknown key "dta" in secret [unknown-key]'
    ]


# --------------------------------------------------------------------------- Markdown


def test_markdown_fences_and_languages() -> None:
    text = "\n".join([
        "# Setup",                                                   # 1
        "supctl create applications <<'EOF'",                        # 2  prose: not a command
        "```yaml",                                                   # 3
        "supctl create applications <<'EOF'",                        # 4  YAML block: ignored
        "```",                                                       # 5
        "```sh",                                                     # 6
        "supctl create strongbox vaults <<'EOF'",                    # 7
        "name: a",                                                   # 8
        "EOF",                                                       # 9
        "```",                                                       # 10
        "~~~bash",                                                   # 11
        "supctl create strongbox vaults <<'EOF'",                    # 12
        "name: b",                                                   # 13
        "```",                                                       # 14 not the closing fence
        "EOF",                                                       # 15
        "~~~",                                                       # 16
        "````shell {.numberLines}",                                  # 17
        "supctl create strongbox vaults <<'EOF'",                    # 18
        "name: c",                                                   # 19
        "````",                                                      # 20 unterminated: ends here
        "```python",                                                 # 21
        "supctl create strongbox vaults <<'EOF'",                    # 22
        "```",                                                       # 23
        "```",                                                       # 24
        "supctl create strongbox vaults <<'EOF'",                    # 25 a bare fence counts as shell
        "name: d",                                                   # 26
        "EOF",                                                       # 27
        "```",                                                       # 28
    ]) + "\n"
    extraction = extract_heredocs("docs/how-to.md", text)
    assert body_lines(extraction) == {7: "---", 8: "name: a", 12: "---", 13: "name: b", 14: "```",
                                      18: "---", 19: "name: c", 25: "---", 26: "name: d"}


def test_markdown_fence_in_a_list_item_keeps_columns() -> None:
    text = ("1. Store the token:\n\n"
            "   ```sh\n"
            "   supctl create strongbox vaults edge-iot secrets <<'EOF'\n"
            "   name: ghcr\n"
            "   data:\n"
            "     token: t\n"
            "  EOF\n"   # less indented than the fence: still the delimiter (CommonMark strips up to 3)
            "   ```\n")
    extraction = extract_heredocs("how-to.md", text)
    assert body_lines(extraction) == {4: "---", 5: "   name: ghcr", 6: "   data:", 7: "     token: t"}
    assert extraction.hints == {4: Hint("secret", "command", "edge-iot")}


def test_markdown_console_prompts() -> None:
    text = ("```console\n"
            "$ supctl login admin@example.com\n"   # 2
            "Password:\n"                          # 3 output
            "$ supctl create \\\n"                 # 4
            "> strongbox vaults <<EOF\n"           # 5
            "> name: v\n"                          # 6
            ">   to: ${X}\n"                       # 7
            ">\n"                                  # 8
            "> EOF\n"                              # 9
            "name: output, not a payload\n"        # 10
            "$ supctl create applications <<'EOF'\n"  # 11
            "name: web\n"                          # 12 pasted without the > prompt
            "EOF\n"
            "```\n"
            "```sh\n"
            "$ supctl create strongbox vaults <<'EOF'\n"  # 16 a $ prompt in a sh block
            "name: w\n"
            "EOF\n"
            "```\n")
    extraction = extract_heredocs("how-to.md", text)
    assert body_lines(extraction) == {5: "---", 6: "  name: v", 7: "    to: ${X}", 11: "---", 12: "name: web",
                                      16: "---", 17: "name: w"}
    assert extraction.hints == {5: Hint("vault", "command"), 11: Hint("application", "command"),
                                16: Hint("vault", "command")}
    (problem,) = extraction.problems
    assert (problem.span.line, problem.span.column) == (5, 20)
    assert (problem.related[0].span.line, problem.related[0].span.column) == (7, 9)


def test_markdown_without_supctl_is_quiet(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(
        "# Notes\n\n```sh\ncat <<EOF > x\n${A} $$\nEOF\nsupctl show applications\n```\n\n"
        "```yaml\nname: web\nreplica: 1\n```\n\nSome `supctl create applications <<EOF` prose.\n")
    (tmp_path / "build.sh").write_text("#!/bin/sh\nset -e\nmake all\n")
    found = lint_folder(tmp_path, config=scripts_config())
    assert not [line for line in found if " YML009 " in line or " LNT004 " in line], found


# --------------------------------------------------------------------------- the same findings as YAML


def findings(folder: Path, config: Config | None = None) -> list[tuple[str, str, str, str]]:
    """(code, message, text at the finding's position, path) of each finding."""
    out = []
    for line in lint_folder(folder, config=config):
        match = re.match(r"^(.+?):(\d+):(\d+): \w+ (\w+) (.*) \[[a-z0-9-]+\]$", line)
        assert match, line
        path, row, col, code, message = match.groups()
        source = (folder / path).read_text(encoding="utf-8").splitlines()[int(row) - 1]
        out.append((code, message, source[int(col) - 1:][:12], path))
    return out


@pytest.mark.parametrize("host, plain", [("site_script", "site_yaml"), ("how_to", "how_to_yaml")])
def test_script_findings_match_the_plain_yaml(host: str, plain: str) -> None:
    from_script = [f for f in findings(CASES / host, scripts_config()) if f[0] != "YML009"]
    from_yaml = findings(CASES / plain)
    assert from_yaml, "the plain YAML project must have mistakes to compare"
    # same codes and messages, and each one points at the same text in its host file
    assert sorted(f[:3] for f in from_script) == sorted(f[:3] for f in from_yaml)


def test_setup_script_positions() -> None:
    assert lint_folder(CASES / "site_script", config=scripts_config()) == [
        'scripts/setup-site.sh:43:5: error SCH003 credentials entry "*" is missing the required key "secret" [missing-key]',
        'scripts/setup-site.sh:45:5: error SCH002 unknown key "secretname" in credentials entry "*" [unknown-key]',
        'scripts/setup-site.sh:86:40: warning YML009 the heredoc delimiter EOF is unquoted, so the shell expands '
        '"${SYS_SITE}" on line 104 before supctl reads the payload [unquoted-heredoc]',
        'scripts/setup-site.sh:92:6: error SCH002 unknown key "replica" in service "pos-api" [unknown-key]',
        'scripts/setup-site.sh:110:22: error SCH004 "application-version" of application-deployment "store-pos" '
        "must be a string, not a number [wrong-type]",
    ]


def test_how_to_positions() -> None:
    found = lint_folder(CASES / "how_to", config=scripts_config())
    located = [line.split(": ")[0] + " " + line.split(" ")[2] for line in found]
    assert located == [
        "docs/how-to.md:33:1 SCH002",    # allow-image-acess, console block without > prompts
        "docs/how-to.md:96:32 NET001",   # port 90001 inside the port-ranges string
        "docs/how-to.md:99:16 SEC005",   # the image of a container reading a secret without allow-image-access
        "docs/how-to.md:121:3 SCH003",   # placement, after a "> " prompt
        "docs/how-to.md:122:5 SCH002",   # match-site-label
        "docs/how-to.md:135:39 YML009",  # the troubleshooting block's <<EOF
    ]


def test_scripts_are_linted_only_when_asked(tmp_path: Path) -> None:
    import shutil

    shutil.copytree(CASES / "site_script", tmp_path / "project")
    project = tmp_path / "project"
    assert lint_folder(project) == []  # folder walks skip scripts by default
    named = lint_folder(project, paths=["scripts/setup-site.sh"])  # named on the command line: linted
    assert len(named) == 5
    (project / ".avassa-lint.yaml").write_text("include-scripts: true\n")
    from typer.testing import CliRunner

    from avassa_lint.cli.app import app

    import os

    old = os.getcwd()
    os.chdir(project)
    try:
        result = CliRunner().invoke(app, ["check", "--output-format", "concise", "."])
        without = CliRunner().invoke(app, ["check", "--output-format", "concise", "--no-include-scripts", "."])
    finally:
        os.chdir(old)
    assert result.output.splitlines() == named and result.exit_code == 1
    # nothing linted: one line on stderr names --include-scripts, and the run is a usage problem (exit 2)
    assert "--include-scripts" in without.output and without.exit_code == 2
    assert "SCH" not in without.output and "YML" not in without.output


# --------------------------------------------------------------------------- robustness and cost


FRAGMENTS = ["supctl ", "create ", "merge ", "--site s ", "strongbox vaults v secrets ", "applications ",
             "<<EOF", "<<'EOF'", "<<-EOF", "<<", "EOF", "\tEOF", "\\", "'", '"', "#", "|", "cat ", "&& ",
             "${X}", "$$", "```", "```sh", "```console", "$ ", "> ", "name: x", "  - a: 1", "\t", "\r", ""]


@pytest.mark.parametrize("suffix", [".sh", ".md"])
def test_random_scripts_never_crash_and_keep_lines(suffix: str) -> None:
    rng = random.Random(20261127)
    for _ in range(400):
        text = "\n".join("".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(0, 6)))
                         for _ in range(rng.randint(0, 30)))
        extraction = extract_heredocs("x" + suffix, text)
        assert BREAK.findall(extraction.text) == BREAK.findall(text)
        for number in extraction.hints:
            assert lines(extraction.text)[number - 1].startswith("---")


def _timed(path: str, text: str) -> tuple[float, heredoc.Extraction]:
    start = time.perf_counter()
    extraction = extract_heredocs(path, text)
    return time.perf_counter() - start, extraction


def test_ten_thousand_heredocs_in_linear_time() -> None:
    one = "supctl create strongbox vaults <<'EOF'\nname: v\ndistribute:\n  to: all\nEOF\n"
    small, _ = _timed("s.sh", one * 1_000)
    large, extraction = _timed("s.sh", one * 10_000)
    assert len(extraction.hints) == 10_000
    assert large < 3.0 and large < 25 * small + 0.2


@pytest.mark.parametrize("name, text", [
    ("plain lines", "echo \"$x\" 'y' | grep z >/dev/null\n" * 100_000),
    ("one long continuation", "supctl create \\\n" * 100_000 + "applications <<EOF\nname: x\nEOF\n"),
    ("an unterminated body", "supctl create applications <<EOF\n" + "x: 1\n" * 100_000),
    ("open quotes", "'\"`$(\\" * 100_000),
    ("operators", "<<" * 100_000),
    ("many heredocs on one line", "cat " + " ".join(f"<<E{i}" for i in range(10_000)) + "\n"
     + "".join(f"E{i}\n" for i in range(10_000))),
])
def test_hostile_scripts_cost_linear_time(name: str, text: str) -> None:
    elapsed, extraction = _timed("s.sh", text)
    assert elapsed < 3.0, name
    assert BREAK.findall(extraction.text) == BREAK.findall(text)


def test_binary_ish_script_through_the_engine(tmp_path: Path) -> None:
    (tmp_path / "blob.sh").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "latin.sh").write_bytes("supctl create applications <<EOF\nname: caf\u00e9\nEOF\n".encode("latin-1"))
    found = lint_folder(tmp_path, config=scripts_config())
    assert [line.split(" ")[2] for line in found] == ["YML004", "YML004"]


def test_a_static_request_in_a_heredoc_belongs_to_the_service_its_command_names(tmp_path: Path) -> None:
    """The command's path words give the parent: the static request is checked against the ACME
    services the project declares (SEC015), the JWT role against the methods (SEC021)."""
    (tmp_path / "setup.sh").write_text(
        "supctl create strongbox acme-services <<'EOF'\n"
        "name: letsencrypt-prod\ncontact-email: admin@example.com\n"
        "directory-url: https://acme-v02.api.letsencrypt.org/directory\nEOF\n"
        "supctl create strongbox acme-services letsencrypt static-requests <<'EOF'\n"
        "name: web-cert\nnames: [www.example.com]\nEOF\n"
        "supctl create strongbox authentication jwt <<'EOF'\nname: gitlab\ndiscovery-url: https://gitlab.example.com\nEOF\n"
        "supctl create strongbox authentication jwt gitlab roles <<'EOF'\nname: deploy\nuser-claim: sub\nEOF\n")
    found = lint_folder(tmp_path, config=scripts_config())
    assert found == ['setup.sh:7:7: error SEC015 static request "web-cert" is created under ACME service "letsencrypt" '
                     "(its path or supctl command), which is not declared [undefined-acme-service]"]
