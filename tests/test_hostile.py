"""Hostile inputs through the real command line: every fixture is generated here, in a temporary
folder, and linted by ``python -m avassa_lint`` in a child process of its own.

For every fixture: no traceback, the exit code of the contract (0 clean or warnings, 1 findings,
2 a path that cannot be linted, 3 an internal error, 130 SIGINT), exactly the expected findings at
their line and column, wall time under 2 s and peak memory under 150 MB (measured on the child with
``os.wait4``); the generated giants (``-m slow``) get 10 s and 1 GB. No payload may create its
marker file, and the canary secrets appear in no output format at any verbosity.

A failure that the property tests (test_properties.py) find becomes a fixture here.
"""
from __future__ import annotations

import codecs
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

# Unique strings that stand for secret values: neither may appear in any output. The numeric one
# is for places where YAML reads the value as a number (the messages about wrong types).
CANARY = "kanarie-5e1f0d3a9c"
NUM_CANARY = "860431975312"
CANARIES = (CANARY, NUM_CANARY)

# The file a payload would create if anything ever executed it (relative: the child's cwd).
MARKER = "PWNED"

TIME_LIMIT, MEMORY_LIMIT_MB = 2.0, 150
GIANT_TIME_LIMIT, GIANT_MEMORY_LIMIT_MB = 10.0, 1024

FIFO = object()  # a file entry that is a named pipe
SOCKET = object()  # a file entry that is a Unix socket


@dataclass(frozen=True)
class Link:
    """A file entry that is a symbolic link to ``target``."""

    target: str


Content = bytes | str | Link | object


# --------------------------------------------------------------------------- running the CLI


@dataclass
class Run:
    args: list[str]
    returncode: int
    out: bytes
    err: bytes
    seconds: float
    max_rss_mb: float
    timed_out: bool = False

    @property
    def stdout(self) -> str:
        return self.out.decode("utf-8", "surrogateescape")

    @property
    def stderr(self) -> str:
        return self.err.decode("utf-8", "surrogateescape")

    def findings(self) -> list[tuple[str, str, int, int]]:
        """(path, code, line, column) of every concise line."""
        return [(m["path"], m["code"], int(m["line"]), int(m["col"])) for m in CONCISE.finditer(self.stdout)]


CONCISE = re.compile(r"^(?P<path>.*):(?P<line>\d+):(?P<col>\d+): (?:error|warning|info) (?P<code>[A-Z]{3}\d{3}) ", re.M)


# A small launcher between the test process and the CLI: Linux keeps a process's peak RSS across
# exec, and a child forked straight from pytest would start with pytest's. The launcher is small, so
# the CLI's own peak is what it reports (with its exit status) in the result file.
_LAUNCHER = """\
import json, os, sys
result, argv = sys.argv[1], sys.argv[2:]
pid = os.fork()
if pid == 0:
    os.execv(argv[0], argv)
_, status, usage = os.wait4(pid, 0)
with open(result, "w") as handle:
    json.dump([os.waitstatus_to_exitcode(status), usage.ru_maxrss], handle)
"""


def run_cli(args: Iterable[str], cwd: Path, *, env: dict[str, str] | None = None, python: Iterable[str] = (),
            stdin: bytes | None = None, timeout: float = 60.0) -> Run:
    """``python -m avassa_lint ARGS`` in a child of its own: exit code, output, wall time, peak RSS."""
    argv = [sys.executable, *python, "-m", "avassa_lint", *args]
    with tempfile.TemporaryDirectory() as scratch:
        result = os.path.join(scratch, "result.json")
        out_path, err_path, in_path = (os.path.join(scratch, n) for n in ("out", "err", "in"))
        with open(in_path, "wb") as inp:
            inp.write(stdin or b"")
        with open(out_path, "wb") as out, open(err_path, "wb") as err, open(in_path, "rb") as inp:
            start = time.monotonic()
            proc = subprocess.Popen([sys.executable, "-I", "-S", "-c", _LAUNCHER, result, *argv], cwd=cwd, env=env,
                                    stdout=out, stderr=err, stdin=inp if stdin is not None else subprocess.DEVNULL,
                                    start_new_session=True)
            timed_out = False
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
                timed_out = True
            seconds = time.monotonic() - start
        returncode, max_rss_kib = (-9, 0) if timed_out else json.loads(Path(result).read_text())
        return Run(argv[3:], returncode, Path(out_path).read_bytes(), Path(err_path).read_bytes(), seconds,
                   max_rss_kib / 1024, timed_out)


def write_tree(folder: Path, files: dict[str, Content]) -> None:
    for rel, content in files.items():
        path = os.path.join(os.fsencode(folder), os.fsencode(rel))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if content is FIFO:
            os.mkfifo(path)
        elif content is SOCKET:
            import socket

            with socket.socket(socket.AF_UNIX) as sock:
                sock.bind(path)
        elif isinstance(content, Link):
            os.symlink(os.fsencode(content.target), path)
        else:
            data = content.encode("utf-8") if isinstance(content, str) else content
            with open(path, "wb") as handle:
                handle.write(data)  # type: ignore[arg-type]


def assert_no_traceback(run: Run) -> None:
    for stream in (run.out, run.err):
        assert b"Traceback" not in stream, stream.decode("utf-8", "replace")[-3000:]
        assert b'File "' not in stream, stream.decode("utf-8", "replace")[-3000:]


# Raw bytes that must never reach a terminal: C0 controls (but newline and tab), DEL, the C1
# controls and the bidi controls, as UTF-8.
_RAW_CONTROL = re.compile(
    rb"[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]|\xe2\x80[\x8e\x8f]|\xd8\x9c"
)


def raw_controls(data: bytes) -> list[bytes]:
    return _RAW_CONTROL.findall(data)


# --------------------------------------------------------------------------- fixtures

APP = """\
name: web
version: "1.0"
services:
  - name: api
    mode: replicated
    replicas: 1
    containers:
      - name: api
        image: registry-1.docker.io/library/nginx:1.25.3
"""


def billion_laughs(levels: int = 9, width: int = 10) -> str:
    """Each level lists ``width`` aliases of the one before: width**levels strings when expanded
    (10**9 here, tens of GB for a naive loader)."""
    lines = ["a0: &a0 [" + ", ".join(['"lol"'] * width) + "]"]
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * width) + "]")
    return "\n".join(lines) + "\n"


def mapping_bomb(levels: int = 9, width: int = 10) -> str:
    lines = ["m0: &m0 {" + ", ".join(f"k{j}: lol" for j in range(width)) + "}"]
    for i in range(1, levels):
        lines.append(f"m{i}: &m{i} {{" + ", ".join(f"k{j}: *m{i - 1}" for j in range(width)) + "}")
    return "\n".join(lines) + "\n"


def payloads() -> str:
    """Tags that an unsafe loader would turn into calls creating MARKER."""
    return textwrap.dedent(f"""\
        a: !!python/object/apply:os.system ["touch {MARKER}"]
        b: !!python/object/apply:subprocess.check_call [[touch, {MARKER}]]
        c: !!python/object/new:subprocess.Popen [[touch, {MARKER}]]
        d: !!python/object/apply:builtins.open ["{MARKER}", "w"]
        e: !!python/name:os.system
        f: !!python/object:os.system {{}}
        g: !!python/module:os
        """)


def tag_directive_payload() -> str:
    return textwrap.dedent(f"""\
        %TAG !py! tag:yaml.org,2002:python/object/apply:
        %TAG ! tag:yaml.org,2002:python/object/apply:
        ---
        a: !py!os.system ["touch {MARKER}"]
        b: !os.system ["touch {MARKER}"]
        c: !<tag:yaml.org,2002:python/object/apply:os.system> ["touch {MARKER}"]
        """)


def many_services(n: int, bad: bool) -> str:
    key = "replica" if bad else "replicas"
    parts = ['name: big\nversion: "1.0"\nservices:\n']
    for i in range(n):
        parts.append(f"  - name: s{i}\n    mode: replicated\n    {key}: 1\n    containers:\n"
                     "      - name: c\n        image: registry-1.docker.io/library/nginx:1.25.3\n")
    return "".join(parts)


def duplicate_keys(n: int) -> str:
    return "env:\n" + "".join(f"  K: v{i}\n" for i in range(n))


def canary_tree() -> dict[str, Content]:
    """A project whose secret values carry the canaries, each next to a finding that would show it
    if the linter quoted values, printed source lines, or echoed a parser's snippet."""
    c, n = CANARY, NUM_CANARY
    secret = "strongbox/vaults/v/secrets"
    return {
        "strongbox/vaults/v.yaml": "name: v\ndistribute:\n  to: all\n",
        # schema errors next to data values: unknown key, a value of the wrong type, a duplicate
        f"{secret}/wrong.yaml": f"name: wrong\ndata:\n  password: {c}\n  pin: {n}\n  list: [{c}]\n"
                                f"  password: {c}-2\nallow-image-acess: ['*']\n",
        # a syntax error right after the data, and one inside a data value
        f"{secret}/broken.yaml": f"name: broken\ndata:\n  password: {c}\n  token: {c}: {c}\n",
        f"{secret}/unclosed.yaml": f'name: unclosed\ndata:\n  password: "{c}\n',
        f"{secret}/tab.yaml": f"name: tab\ndata:\n\tpassword: {c}\n",
        # the kind is not known yet when the file breaks
        f"{secret}/early.yaml": f"name: [early\ndata:\n  password: {c}\n",
        f"{secret}/b64.yaml": f"name: b64\nbase64-data:\n  key: '{c}!!'\n  other: {n}\n",
        f"{secret}/long.yaml": "name: long\ndata:\n  blob: " + c * 4000 + "\n",
        f"{secret}/ctl.yaml": f'name: ctl\ndata:\n  x: "{c}\\e[2J\\u202e"\n  "y\\u202e": "{c}"\n',
        f"{secret}/alias.yaml": f"name: alias\ndata:\n  a: &pw {c}\n  b: *pw\n  c: *nope\n",
        f"{secret}/tagged.yaml": f"name: tagged\ndata:\n  a: !!binary {c}\n  b: !custom {c}\n  c: !!int {c}\n",
        f"{secret}/flow.yaml": f"{{name: flow, data: {{password: {c}, n: {n}}}, bad: 1}}\n",
        f"{secret}/multi.yaml": f"name: multi\ndata:\n  a: |\n    {c}\n    {c}\n  b: >-\n    {c}\n  a: x\n",
        # credentials in an application: values of keys that look like secrets
        "applications/app.yaml": textwrap.dedent(f"""\
            name: app
            version: "1.0"
            services:
              - name: api
                mode: replicated
                replicas: 1
                variables:
                  - name: DB_PASSWORD
                    value: {c}
                  # found by test_properties: the wrong-type hint quoted this number
                  - name: API_TOKEN
                    value: {n}
                containers:
                  - name: api
                    image: registry-1.docker.io/library/nginx:1.25.3
                    env:
                      DB_PASSWORD: {n}
                      API_TOKEN: {c}
                      API_TOKEN: {c}-2
                      AUTH: {{x: {c}}}
                      PRIVATE_KEY: [{c}]
                      inline: {{SECRET: {c}, broken: [1]}}
                      credentials: {n}
                      # found by test_properties: only the last of these is in the loaded data
                      TOKEN: {c}
                      TOKEN: {c}
                      TOKEN: {c}
            """),
        # URL userinfo
        "image-registry/remote-registries/userinfo.yaml": f"address: https://robot:{c}@registry.example.com:6000\n",
        # found by test_properties: without a scheme, and named by the rules that point at the registry
        "image-registry/remote-registries/bare-userinfo.yaml":
            f"address: robot:{c}@registry.example.com:5000\ncredentials:\n  - repository: '*'\n    vault: v\n"
            "    secret: nocreds\n",
        f"{secret}/nocreds.yaml": f"name: nocreds\ndata:\n  pin: {c}\n",
        "applications/userinfo.yaml": APP.replace("registry-1.docker.io/library/nginx:1.25.3",
                                                  f"robot:{c}@registry.example.com/x:1"),
        # a secret fed to supctl in a script
        "scripts/setup.sh": textwrap.dedent(f"""\
            #!/bin/sh
            supctl create strongbox vaults v secrets <<'EOF'
            name: from-script
            data:
              password: {c}
              pin: {n}
            unknown-key: 1
            EOF
            supctl create strongbox vaults v secrets <<'EOF'
            name: broken-in-script
            data:
              password: {c}: {c}
            EOF
            """),
    }


@dataclass(frozen=True)
class Case:
    """One hostile input: its files, the command-line paths, and what must come out."""

    name: str
    files: dict[str, Content]
    expect: tuple[tuple[str, str, int, int], ...]  # exactly these (path, code, line, column)
    exit: int
    paths: tuple[str, ...] | None = None  # default: every file
    args: tuple[str, ...] = ("--select", "YML,LNT")
    config: str | None = None  # written to cfg.yaml and passed with --config
    stdin: bytes | None = None
    giant: bool = False

    def argv(self) -> list[str]:
        head = ["check", "-f", "concise", "--no-cache", *self.args]
        if self.config is not None:
            head += ["--config", "cfg.yaml"]
        elif "--config" not in self.args:
            head.append("--isolated")
        paths = list(self.paths) if self.paths is not None else sorted(self.files)
        return [*head, "--", *paths]


def f(path: str, *found: tuple[str, int, int]) -> tuple[tuple[str, str, int, int], ...]:
    return tuple((path, code, line, col) for code, line, col in found)


def case(name: str, content: Content, *found: tuple[str, int, int], exit: int | None = None, **kw: object) -> Case:
    """A one-file case named NAME.yaml; by default it exits 1 when it has findings, else 0."""
    if exit is None:
        exit = 1 if found else 0
    return Case(name, {f"{name}.yaml": content}, f(f"{name}.yaml", *found), exit, **kw)  # type: ignore[arg-type]


UTF16_TEXT = "name: web\nversion: '1.0'\n"

CASES: list[Case] = [
    # --- aliases
    case("billion_laughs", billion_laughs(), ("YML105", 4, 55)),
    case("mapping_bomb", mapping_bomb(), ("YML105", 4, 95)),
    case("many_aliases", "a: &a x\nb: [" + ", ".join(["*a"] * 1001) + "]\n", ("YML105", 2, 4005)),
    case("recursive_alias_sequence", "a: &a [1, *a]\n", ("YML105", 1, 11)),
    case("recursive_alias_mapping", "a: &a {x: {y: *a}}\n", ("YML105", 1, 15)),
    # the recursive alias stands for nothing, so the merge also reports that it merges no mapping
    case("recursive_alias_merge", "a: &a\n  <<: *a\n", ("YML105", 2, 7), ("YML001", 2, 7)),
    case("undefined_alias", "a: *nope\n", ("YML001", 1, 4)),
    # --- nesting
    case("deep_block_sequence", "- " * 10_000 + "x\n", ("YML102", 1, 129)),
    case("deep_block_mapping", "".join(" " * i + "a:\n" for i in range(200)), ("YML102", 65, 65)),
    case("deep_explicit_keys", "? " * 10_000 + "x\n", ("YML102", 1, 129)),
    case("deep_flow_sequence", "[" * 10_000 + "]" * 10_000 + "\n", ("YML102", 1, 65)),
    case("deep_flow_mapping", "{a: " * 10_000 + "}" * 10_000 + "\n", ("YML102", 1, 257)),
    case("deep_flow_unclosed", "[" * 10_000 + "\n", ("YML102", 1, 65)),
    case("deep_mixed", "a:\n  - " + "{b: [" * 5_000 + "\n", ("YML102", 2, 160)),
    # --- sizes and counts
    case("too_many_documents", "---\na: 1\n" * 40, ("YML103", 65, 1)),
    case("too_many_nodes", "[" + "1," * 20_001 + "1]\n", ("YML104", 1, 39_996), config="limits:\n  max-events: 20000\n"),
    case("long_value", "a: " + "x" * 70_000 + "\n", ("YML106", 1, 4)),
    case("long_key", "? " + "k" * 1_100 + "\n: 1\n", ("YML107", 1, 3)),
    case("over_size_limit", "a: " + "x" * (512 * 1024) + "\n", ("YML101", 1, 1)),
    case("findings_cap", duplicate_keys(401), *[("YML002", i, 3) for i in range(3, 203)], ("LNT006", 1, 1)),
    case("findings_cap_from_config", duplicate_keys(30), *[("YML002", i, 3) for i in range(3, 13)],
         ("LNT006", 1, 1), config="limits:\n  max-findings-per-file: 10\n"),
    case("findings_cap_off", duplicate_keys(300), *[("YML002", i, 3) for i in range(3, 302)],
         config="limits:\n  max-findings-per-file: 0\n"),
    case("five_thousand_digits", APP.replace("replicas: 1", "replicas: " + "9" * 5000),
         ("SCH006", 6, 15), args=("--select", "YML,LNT,SCH", "--ignore", "LNT005")),
    # YAML caps implicit keys at 1,024 characters: the parser stops at the end of this one
    case("five_thousand_digit_key", "9" * 5000 + ": 1\n", ("YML001", 1, 5001)),
    case("huge_numbers", "a: 0x" + "f" * 5000 + "\nb: 1e999999\nc: -" + "1" * 4500 + ".5\nd: 0o" + "7" * 5000 + "\n"),
    # --- encodings
    case("latin1", "name: café\n".encode("latin-1"), ("YML004", 1, 10)),
    case("utf16_without_bom", UTF16_TEXT.encode("utf-16-le"), ("YML004", 1, 2)),
    case("utf16_big_endian_without_bom", UTF16_TEXT.encode("utf-16-be"), ("YML004", 1, 1)),
    case("utf32_without_bom", UTF16_TEXT.encode("utf-32-le"), ("YML004", 1, 2)),
    case("utf16_with_bom", codecs.BOM_UTF16_LE + UTF16_TEXT.encode("utf-16-le"), ("YML008", 1, 1), exit=0),
    case("utf16_bom_odd_length", codecs.BOM_UTF16_LE + b"a\x00:\x00 \x001", ("YML004", 1, 1)),
    case("truncated_utf8", b"name: web\nversion: \xe2\x82", ("YML004", 2, 10)),
    case("overlong_utf8", b"name: \xc0\xaf\n", ("YML004", 1, 7)),
    case("utf8_surrogate", b"name: \xed\xa0\x80\n", ("YML004", 1, 7)),
    case("nul_byte", b"name: a\x00b\n", ("YML004", 1, 8)),
    case("nul_byte_late", b"a: " + b"x" * 9000 + b"\nb: \x00\n", ("YML004", 2, 4)),
    case("escape_sequence", b"name: \x1b[2J\x1b]0;owned\x07\n", ("YML004", 1, 7)),
    case("c1_control", "name: a\x85b\x9bc\n", ("YML004", 1, 10)),
    case("bidi_in_key", "\u202eeman: web\nname: x\n\u202eeman: api\n", ("YML002", 3, 1)),
    # --- whitespace and line breaks
    case("tab_indentation", "a:\n\tb: 1\n", ("YML001", 2, 1)),
    case("tab_in_values", "a: b\tc\nd:\te\nf: 'g\th'\n", exit=0),
    case("crlf", "a: 1\r\nb: 2\r\na: 3\r\n", ("YML002", 3, 1)),
    case("mixed_newlines", "a: 1\r\nb: 2\nc: 3\rc: 4\n", ("YML002", 4, 1)),
    case("lone_cr", "a: 1\rb: 2\ra: 3\r", ("YML002", 3, 1)),
    case("crlf_syntax_error", "a: 1\r\nb: c: d\r\ne: 3\r\n", ("YML001", 2, 5)),
    case("lone_cr_syntax_error", "a: 1\rb: c: d\re: 3\r", ("YML001", 2, 5)),
    case("nel_line_separator", "a: 1\u2028b: 2\u2029c: 3\n", exit=0),
    # found by test_properties: libyaml counts NEL as a line break (YAML 1.1), so positions after
    # one count it as a line; the finding stays inside the lines the parser sees
    case("nel_after_dash", b"-\xc2\x85!", ("YML001", 3, 1)),
    # --- keys
    case("duplicate_keys", "name: a\nversion: '1'\nname: b\n", ("YML002", 3, 1)),
    case("duplicate_keys_flow", "{a: 1, a: 2}\n", ("YML002", 1, 8)),
    case("merge_keys", "d: &d {x: 1, y: 2}\ne:\n  <<: *d\n  x: 3\nf:\n  <<: [*d, *d]\n", exit=0),
    case("merge_key_on_scalar", "e:\n  <<: 1\n", ("YML001", 2, 7)),
    case("alias_as_key", "x: &k name\ny:\n  *k : web\n  name: api\n", ("YML002", 4, 3)),
    case("complex_keys", "? [a, b]\n: 1\n? {c: d}\n: 2\n", ("YML006", 1, 3), ("YML006", 3, 3)),
    # --- tags: never constructed, never executed
    # YML003 points at the tagged node's value (at the tag when the node has none)
    case("python_payloads", payloads(), ("YML003", 1, 36), ("YML003", 2, 48), ("YML003", 3, 41), ("YML003", 4, 40),
         ("YML003", 5, 4), ("YML003", 6, 30), ("YML003", 7, 4)),
    case("tag_directive_payload", tag_directive_payload(), ("YML003", 4, 18), ("YML003", 5, 15), ("YML003", 6, 55)),
    case("python_tag_on_mapping", "!!python/object/apply:os.system\nargs: [touch PWNED]\n", ("YML003", 1, 1)),
    case("unknown_tag_handle", "a: !x!y 1\n", ("YML001", 1, 4)),
    # --- directives and document markers
    case("yaml_1_1", "%YAML 1.1\n---\na: 1\n", exit=0),
    case("yaml_1_3", "%YAML 1.3\n---\na: 1\n", ("YML001", 1, 1)),
    case("yaml_2_0", "%YAML 2.0\n---\na: 1\n", ("YML001", 1, 1)),
    case("yaml_directive_twice", "%YAML 1.2\n%YAML 1.2\n---\na: 1\n", ("YML001", 2, 1)),
    case("empty_file", "", ("YML005", 1, 1), exit=0),
    case("only_comments", "# one\n  # two\n", ("YML005", 1, 1), exit=0),
    case("only_document_start", "---\n", ("YML005", 1, 1), exit=0),
    case("only_document_markers", "---\n...\n---\n...\n", ("YML005", 1, 1), exit=0),
    case("document_end_lines", "a: 1\n...\n---\nb: 2\n...\n", exit=0),
    case("content_after_document_end", "a: 1\n...\nb: 2\n", ("YML001", 3, 1)),
    # --- stdin gets the same limits
    Case("stdin_nul", {}, f("<stdin>", ("YML004", 1, 4)), 1, paths=("-",), stdin=b"a: \x00\n"),
    Case("stdin_too_large", {}, f("<stdin>", ("YML101", 1, 1)), 1, paths=("-",), stdin=b"#" * (600 * 1024)),
    # --- paths that cannot be linted: exit 2, every other file still linted
    Case("fifo", {"fifo.yaml": FIFO, "dup.yaml": "a: 1\na: 2\n"},
         f("dup.yaml", ("YML002", 2, 1)) + f("fifo.yaml", ("LNT003", 1, 1)), 2),
    Case("fifo_in_folder", {"d/fifo.yaml": FIFO, "d/dup.yaml": "a: 1\na: 2\n"},
         f("d/dup.yaml", ("YML002", 2, 1)) + f("d/fifo.yaml", ("LNT003", 1, 1)), 2, paths=("d",)),
    Case("symlink_loop", {"loop1.yaml": Link("loop2.yaml"), "loop2.yaml": Link("loop1.yaml"), "dup.yaml": "a: 1\na: 2\n"},
         f("dup.yaml", ("YML002", 2, 1)) + f("loop1.yaml", ("LNT003", 1, 1)) + f("loop2.yaml", ("LNT003", 1, 1)), 2),
    Case("symlink_loop_in_folder", {"d/loop.yaml": Link("loop.yaml"), "d/dup.yaml": "a: 1\na: 2\n"},
         f("d/dup.yaml", ("YML002", 2, 1)) + f("d/loop.yaml", ("LNT003", 1, 1)), 2, paths=("d",)),
    Case("missing_file", {"dup.yaml": "a: 1\na: 2\n"},
         f("dup.yaml", ("YML002", 2, 1)) + f("missing.yaml", ("LNT003", 1, 1)), 2, paths=("missing.yaml", "dup.yaml")),
    Case("socket", {"sock.yaml": SOCKET, "dup.yaml": "a: 1\na: 2\n"},
         f("dup.yaml", ("YML002", 2, 1)) + f("sock.yaml", ("LNT003", 1, 1)), 2),
    Case("folder_named_yaml", {"d.yaml/x.txt": "", "dup.yaml": "a: 1\na: 2\n"},
         f("dup.yaml", ("YML002", 2, 1)), 1, paths=("d.yaml", "dup.yaml")),
    # --- a hostile configuration file: exit 2 before anything is linted
    Case("config_alias_bomb", {"a.yaml": "a: 1\n"}, f("cfg.yaml", ("LNT001", 4, 55)), 2, config=billion_laughs()),
    Case("config_deep", {"a.yaml": "a: 1\n"}, f("cfg.yaml", ("LNT001", 1, 65)), 2, config="[" * 10_000 + "]" * 10_000),
    Case("config_nul", {"a.yaml": "a: 1\n"}, f("cfg.yaml", ("LNT001", 1, 9)), 2, config="limits: \x00\n"),
    # every configuration mistake in one run: the tag (ignored, never executed) and what is left, a list
    Case("config_python_tag", {"a.yaml": "a: 1\n"}, f("cfg.yaml", ("LNT001", 1, 33), ("LNT001", 1, 33)), 2,
         config='!!python/object/apply:os.system ["touch PWNED"]\n'),
    Case("config_limits_out_of_range", {"a.yaml": "a: 1\n"}, f("cfg.yaml", ("LNT001", 2, 14), ("LNT001", 3, 18)), 2,
         config="limits:\n  max-depth: 100000\n  max-file-size: -1\n"),
    Case("config_fifo", {"a.yaml": "a: 1\n", "fifo.yaml": FIFO}, f("fifo.yaml", ("LNT001", 1, 1)), 2,
         paths=("a.yaml",), args=("--config", "fifo.yaml")),
    Case("config_folder", {"a.yaml": "a: 1\n", "d/x": ""}, f("d", ("LNT001", 1, 1)), 2,
         paths=("a.yaml",), args=("--config", "d")),
    # --- file names that would fool a terminal or an option parser
    Case("control_characters_in_names",
         {"esc\x1b[31m.yaml": "a: 1\na: 2\n", "new\nline.yaml": "a: 1\na: 2\n", "bell\x07cr\r.yaml": "a: 1\na: 2\n",
          "bidi\u202eevil.yaml": "a: 1\na: 2\n", os.fsdecode(b"byte\xff.yaml"): "a: 1\na: 2\n"},
         f("bell\\x07cr\\x0d.yaml", ("YML002", 2, 1)) + f("bidi\\u202eevil.yaml", ("YML002", 2, 1))
         + f("byte\\xff.yaml", ("YML002", 2, 1)) + f("esc\\x1b[31m.yaml", ("YML002", 2, 1))
         + f("new\\x0aline.yaml", ("YML002", 2, 1)), 1),
    Case("option_like_names_after_double_dash", {"--strict": "a: 1\na: 2\n", "-f.yaml": "a: 1\n"},
         f("--strict", ("YML002", 2, 1)), 1),
]

GIANTS: list[Case] = [
    case("line_50mb", "a: " + "x" * (50 << 20) + "\n", ("YML101", 1, 1), giant=True),
    case("line_50mb_raised_limit", "a: " + "x" * (50 << 20) + "\n", ("YML106", 1, 4), giant=True,
         config="limits:\n  max-file-size: 67108864\n"),
    Case("services_100k", {"applications/big.yaml": many_services(100_000, bad=True)},
         f("applications/big.yaml", ("YML101", 1, 1)), 1, giant=True),
    case("too_many_nodes_default_limit", "[" + "1," * 200_001 + "1]\n", ("YML104", 1, 399_996), giant=True),
    case("deep_flow_1m", "[" * 1_000_000 + "]" * 1_000_000 + "\n", ("YML102", 1, 65), giant=True,
         config="limits:\n  max-file-size: 4194304\n"),
    case("billion_laughs_raised_limits", billion_laughs(12, 12), ("YML105", 5, 25), giant=True,
         config="limits:\n  max-aliases: 100000\n  alias-expansion-factor: 1000\n"),
]

# 100,000 services under a raised size limit: this exercises the per-file findings cap on a giant.
SERVICES_100K_RAISED = Case(
    "services_100k_raised_limit", {"applications/big.yaml": many_services(100_000, bad=True)},
    # schema checking stops after 200 findings (one LNT006 says so), and the display cap keeps
    # 200 lines: that LNT006, 199 SCH002, then "… and 1 more" (a second LNT006)
    f("applications/big.yaml", ("LNT006", 1, 1), *[("SCH002", 6 + 6 * i, 5) for i in range(199)],
      ("LNT006", 1, 1)), 1,
    giant=True, args=("--select", "YML,LNT,SCH", "--ignore", "LNT005"),
    config="limits:\n  max-file-size: 67108864\n  max-events: 5000000\n")


def prepare(case_: Case, folder: Path) -> Path:
    where = folder / case_.name
    where.mkdir(parents=True)
    write_tree(where, case_.files)
    if case_.config is not None:
        (where / "cfg.yaml").write_text(case_.config)
    return where


# The cases run through the CLI's own entry point (``avassa_lint.cli.main.main``) in child processes
# forked from a server that has imported the linter once: a case costs its own work, not the
# interpreter's start-up, so the whole table runs in seconds. The child's wall time and peak RSS
# (which includes the imported linter, as a real run's does) come from ``os.wait4``. A sample of
# the cases also goes through ``python -m avassa_lint`` and must give the same result
# (test_the_real_command_agrees), and every other test in this module starts the real command.
_SERVER = r"""
import gc, json, os, sys, time, traceback
import avassa_lint.cli.main, avassa_lint.engine, avassa_lint.reporting.output, avassa_lint.settings.config
from avassa_lint.registry import load_rules
from avassa_lint.validation.schema import SchemaSet
load_rules()
SchemaSet()
# one run in the server itself, so what a first run loads lazily is loaded before the forks
with open(os.devnull, "w") as sink, open("warm.yaml", "w") as warm:
    warm.write("a: 1\na: 2\n")
    saved, sys.stdout = sys.stdout, sink
    for fmt in ("concise", "text"):
        try:
            avassa_lint.cli.main.main(["check", "--isolated", "--no-cache", "-f", fmt, "warm.yaml"])
        except SystemExit:
            pass
    sys.stdout = saved
gc.freeze()  # keep the collector from touching (and so copying) the server's pages in every child
pending = b""
while True:
    while b"\n" not in pending:
        chunk = os.read(0, 65536)  # not sys.stdin: its buffer would leak into the children
        if not chunk:
            sys.exit(0)
        pending += chunk
    line, pending = pending.split(b"\n", 1)
    req = json.loads(line)
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            os.chdir(req["cwd"])
            for fd, name, flags in ((0, req["stdin"], os.O_RDONLY), (1, req["out"], os.O_WRONLY),
                                    (2, req["err"], os.O_WRONLY)):
                os.dup2(os.open(name, flags), fd)
            from avassa_lint.cli.main import main
            main(req["argv"])
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        except BaseException:
            traceback.print_exc()
        finally:
            try:
                sys.stdout.flush()
                sys.stderr.flush()
            finally:
                os._exit(code)
    deadline = start + req["timeout"]
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() > deadline:
            os.kill(pid, 9)
            done, status, usage = os.wait4(pid, 0)
            break
        time.sleep(0.002)
    reply = [os.waitstatus_to_exitcode(status), usage.ru_maxrss, time.monotonic() - start]
    os.write(1, (json.dumps(reply) + "\n").encode())
"""


class ForkServer:
    """Runs ``main(argv)`` in a fresh child of a process that has the linter imported."""

    def __init__(self, scratch: Path) -> None:
        self.scratch = scratch
        self.proc = subprocess.Popen([sys.executable, "-c", _SERVER], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     cwd=scratch)

    def run(self, argv: list[str], cwd: Path, stdin: bytes | None = None, timeout: float = 60.0) -> Run:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        names = {k: str(self.scratch / f"{k}-{os.getpid()}-{id(argv)}") for k in ("stdin", "out", "err")}
        Path(names["stdin"]).write_bytes(stdin or b"")
        Path(names["out"]).write_bytes(b"")
        Path(names["err"]).write_bytes(b"")
        self.proc.stdin.write((json.dumps({"argv": argv, "cwd": str(cwd), "timeout": timeout, **names}) + "\n").encode())
        self.proc.stdin.flush()
        code, max_rss_kib, seconds = json.loads(self.proc.stdout.readline())
        run = Run(argv, code, Path(names["out"]).read_bytes(), Path(names["err"]).read_bytes(), seconds,
                  max_rss_kib / 1024, timed_out=code == -9)
        for name in names.values():
            os.unlink(name)
        return run

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


@pytest.fixture(scope="session")
def hostile_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Run]]:
    """Every (non-giant) case, each in a child process of its own, on every core."""
    base = tmp_path_factory.mktemp("hostile")
    workers = max(2, os.cpu_count() or 2)
    servers = [ForkServer(tmp_path_factory.mktemp("server")) for _ in range(workers)]
    chunks = [CASES[i::workers] for i in range(workers)]

    def work(server: ForkServer, cases: list[Case]) -> list[tuple[str, tuple[Path, Run]]]:
        done = []
        for case_ in cases:
            where = prepare(case_, base)
            done.append((case_.name, (where, server.run(case_.argv(), where, case_.stdin))))
        return done

    try:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(work, servers, chunks))
    finally:
        for server in servers:
            server.close()
    return {name: value for chunk in results for name, value in chunk}


def check_run(case_: Case, where: Path, run: Run, time_limit: float, memory_limit: float) -> None:
    assert not run.timed_out, f"{case_.name}: still running after the timeout"
    assert_no_traceback(run)
    assert sorted(run.findings()) == sorted(case_.expect), run.stdout[-4000:] + run.stderr[-2000:]
    assert run.returncode == case_.exit, run.stdout[-2000:] + run.stderr
    assert run.seconds < time_limit, f"{case_.name}: {run.seconds:.2f} s"
    assert run.max_rss_mb < memory_limit, f"{case_.name}: {run.max_rss_mb:.0f} MB"
    assert not list(where.rglob(MARKER)), "a payload was executed"
    assert raw_controls(run.out) == [] and raw_controls(run.err) == []


@pytest.mark.parametrize("case_", CASES, ids=lambda c: c.name)
def test_hostile_input(case_: Case, hostile_runs: dict[str, tuple[Path, Run]]) -> None:
    where, run = hostile_runs[case_.name]
    check_run(case_, where, run, TIME_LIMIT, MEMORY_LIMIT_MB)


@pytest.mark.slow
@pytest.mark.parametrize("case_", GIANTS, ids=lambda c: c.name)
def test_generated_giant(case_: Case, tmp_path: Path) -> None:
    where = prepare(case_, tmp_path)
    run = run_cli(case_.argv(), where, timeout=120)
    check_run(case_, where, run, GIANT_TIME_LIMIT, GIANT_MEMORY_LIMIT_MB)


# 100,000 services with an error each are 1.5 million YAML events: ~7-9 s and ~600 MB on an idle
# machine (loading the events and modelling 100,000 services; schema checking stops after
# max-findings-per-file). The findings, exit code and memory are checked as for every giant; the
# time bound is wider than GIANT_TIME_LIMIT so that a loaded CI machine does not fail it, but a
# lost cap (schema-checking every service, ~100,000 findings) or a quadratic step still does.
SERVICES_100K_TIME_LIMIT = 40.0


@pytest.mark.slow
def test_giant_under_a_raised_size_limit_is_capped(tmp_path: Path) -> None:
    case_ = SERVICES_100K_RAISED
    where = prepare(case_, tmp_path)
    run = run_cli(case_.argv(), where, timeout=120)
    check_run(case_, where, run, SERVICES_100K_TIME_LIMIT, GIANT_MEMORY_LIMIT_MB)
    # both caps say so: schema checking stopped at 200 findings, and the display shows 200 of 201
    lines = run.stdout.splitlines()
    assert lines[:2] == [
        "applications/big.yaml:1:1: info LNT006 schema checking of this document stopped after 200 findings "
        "[too-many-findings]",
        "applications/big.yaml:1:1: info LNT006 … and 1 more findings in this file (only the first 200 are shown) "
        "[too-many-findings]"]
    assert len(lines) == 201


REAL_SAMPLE = ("billion_laughs", "deep_flow_sequence", "nul_byte", "tag_directive_payload", "fifo",
               "control_characters_in_names", "stdin_too_large", "findings_cap_from_config")


def test_the_real_command_agrees(hostile_runs: dict[str, tuple[Path, Run]], tmp_path: Path) -> None:
    """``python -m avassa_lint`` on a sample of the cases: same findings, same exit code, the same
    bounds (start-up included)."""
    sample = [c for c in CASES if c.name in REAL_SAMPLE]
    assert len(sample) == len(REAL_SAMPLE)

    def one(case_: Case) -> tuple[Case, Path, Run]:
        where = prepare(case_, tmp_path)
        return case_, where, run_cli(case_.argv(), where, stdin=case_.stdin)

    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        for case_, where, run in pool.map(one, sample):
            check_run(case_, where, run, TIME_LIMIT, MEMORY_LIMIT_MB)
            forked = hostile_runs[case_.name][1]
            assert (run.returncode, run.out, run.err) == (forked.returncode, forked.out, forked.err)


def test_no_payload_ran_anywhere(hostile_runs: dict[str, tuple[Path, Run]]) -> None:
    for where, _ in hostile_runs.values():
        assert not list(where.rglob(MARKER))
    assert not Path(MARKER).exists()


# --------------------------------------------------------------------------- file names


def test_option_like_file_names_are_refused_without_double_dash(tmp_path: Path) -> None:
    write_tree(tmp_path, {"--strict": "a: 1\na: 2\n", "ok.yaml": "a: 1\n"})
    run = run_cli(["check", "--isolated", "ok.yaml", "--strict"], tmp_path)
    assert run.returncode == 2 and run.stdout == ""
    assert "put -- before file names" in run.stderr
    assert_no_traceback(run)
    # an option after a path is an option; after "--" the same word is a file name
    run = run_cli(["check", "--isolated", "ok.yaml", "--quiet"], tmp_path)
    assert run.returncode == 0 and run.stderr == ""
    run = run_cli(["check", "--isolated", "-f", "concise", "--select", "YML", "ok.yaml", "--", "--strict"], tmp_path)
    assert run.returncode == 1 and "--strict:2:1: error YML002" in run.stdout


def test_unreadable_file(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("running as root: file permissions do not apply, so a chmod 000 file is readable")
    write_tree(tmp_path, {"secret.yaml": f"data:\n  password: {CANARY}\n", "dup.yaml": "a: 1\na: 2\n"})
    os.chmod(tmp_path / "secret.yaml", 0)
    try:
        run = run_cli(["check", "-f", "concise", "--isolated", "--select", "YML,LNT", "secret.yaml", "dup.yaml"], tmp_path)
    finally:
        os.chmod(tmp_path / "secret.yaml", 0o600)
    assert run.returncode == 2
    assert sorted(run.findings()) == [("dup.yaml", "YML002", 2, 1), ("secret.yaml", "LNT003", 1, 1)]
    assert "permission denied" in run.stdout


# --------------------------------------------------------------------------- every format, every verbosity


def _formats() -> list[str]:
    from avassa_lint.reporting.output import FORMATTERS

    return sorted(FORMATTERS)


@pytest.fixture(scope="module")
def zoo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder with every small hostile case and the canary project: the input of every format."""
    base = tmp_path_factory.mktemp("zoo")
    for case_ in CASES:
        if case_.paths is None and not case_.config:
            write_tree(base / "hostile" / case_.name, case_.files)
    write_tree(base, canary_tree())
    return base


@pytest.fixture(scope="module")
def format_runs(zoo: Path) -> dict[str, Run]:
    """Each format at its most verbose (--debug --statistics), in a child process each."""
    def one(fmt: str) -> tuple[str, Run]:
        return fmt, run_cli(["check", "--isolated", "--no-cache", "--include-scripts", "--debug", "--statistics",
                             "--color", "-f", fmt, "."], zoo)

    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        return dict(pool.map(one, _formats()))


def test_every_format_exists_here(format_runs: dict[str, Run]) -> None:
    assert {"text", "concise"} <= set(format_runs)


@pytest.mark.parametrize("fmt", _formats())
def test_no_canary_no_raw_controls_in_any_format(fmt: str, format_runs: dict[str, Run]) -> None:
    run = format_runs[fmt]
    assert run.returncode == 2  # the FIFO and the symlink loops among the inputs
    assert_no_traceback(run)
    for canary in CANARIES:
        assert canary.encode() not in run.out + run.err, _around(run.out + run.err, canary.encode())
    if fmt == "text":  # the findings that would show the canary are there, masked
        assert "robot:***@registry.example.com:5000" in run.stdout
        assert 'variable "API_TOKEN"' in run.stdout and 'key "TOKEN" appears twice' in run.stdout
    if fmt != "text":  # --color asks for escape sequences in text: everything else stays clean
        assert raw_controls(run.out) == []
    assert raw_controls(run.err) == []


def test_no_canary_in_a_written_baseline(tmp_path: Path) -> None:
    write_tree(tmp_path, canary_tree())
    run = run_cli(["check", "--isolated", "--no-cache", "--include-scripts", "--write-baseline", "baseline.json", "."],
                  tmp_path)
    assert run.returncode == 0, run.stderr
    written = (tmp_path / "baseline.json").read_bytes()
    assert len(written) > 1000
    for canary in CANARIES:
        assert canary.encode() not in written + run.out + run.err


def test_text_colour_is_only_colour(format_runs: dict[str, Run]) -> None:
    """With --color the text format holds SGR sequences and nothing else raw."""
    out = re.sub(rb"\x1b\[[0-9;]*m", b"", format_runs["text"].out)
    assert raw_controls(out) == []


def test_no_canary_at_any_verbosity_in_process(zoo: Path) -> None:
    """The same inputs rendered by every formatter with --quiet, default and --statistics."""
    from avassa_lint import __version__
    from avassa_lint.settings.config import Config
    from avassa_lint.engine import collect_inputs, run
    from avassa_lint.reporting.output import FORMATTERS, Report

    old = os.getcwd()
    os.chdir(zoo)
    try:
        config = Config(include_scripts=True, cache=False)
        inputs, problems = collect_inputs(["."], config)
        result = run(inputs, config, path_problems=problems, debug=True)
    finally:
        os.chdir(old)
    assert not result.internal_error, result.notes
    assert {d.code for d in result.diagnostics} >= {"YML001", "YML002", "YML003", "SCH002", "SCH004"}
    for name, formatter in FORMATTERS.items():
        for quiet in (False, True):
            for statistics in (False, True):
                for color in (False, True):
                    report = Report(result.diagnostics, result.sources, result.files, result.registry, __version__,
                                    color=color, quiet=quiet, statistics=statistics)
                    shown = formatter(report) + "".join(result.notes)
                    for canary in CANARIES:
                        assert canary not in shown, (name, _around(shown.encode(), canary.encode()))
                    if not color:
                        assert raw_controls(shown.encode("utf-8", "surrogateescape")) == [], name


def _around(data: bytes, needle: bytes) -> str:
    at = data.find(needle)
    return data[max(at - 300, 0): at + 100].decode("utf-8", "replace") if at >= 0 else ""


# File names with ESC, newline and a byte that is not UTF-8 (among the zoo's inputs): how each
# format must show them.
_NAMES = "hostile/control_characters_in_names/"
_ESCAPED_NAMES = {b"esc\x1b[31m.yaml": "esc\\x1b[31m.yaml", b"new\nline.yaml": "new\\x0aline.yaml",
                  b"byte\xff.yaml": "byte\\xff.yaml", b"bell\x07cr\r.yaml": "bell\\x07cr\\x0d.yaml",
                  "bidi\u202eevil.yaml".encode(): "bidi\\u202eevil.yaml"}


@pytest.mark.parametrize("fmt", _formats())
def test_file_names_print_escaped(fmt: str, format_runs: dict[str, Run]) -> None:
    run = format_runs[fmt]
    out = run.stdout
    if fmt in ("json", "gitlab", "sarif"):
        # a real JSON encoder: the escaped name is a JSON string that holds a backslash
        names = json.dumps(json.loads(out))
        for raw, shown in _ESCAPED_NAMES.items():
            if fmt == "sarif":  # artifact URIs are percent-encoded: %1B, %0A, %FF
                assert _percent(_NAMES.encode() + raw) in names, (shown, names[:2000])
            else:
                assert json.dumps(_NAMES + shown)[1:-1] in names, shown
    else:
        for shown in _ESCAPED_NAMES.values():
            assert _NAMES + shown in out, shown
    assert "\udcff" not in out and b"\xff" not in run.out


def _percent(raw: bytes) -> str:
    from urllib.parse import quote

    return quote(raw, safe="/")


# --------------------------------------------------------------------------- the exit-code contract

BROKEN_PACK = '''\
"""A rule pack whose rule raises: the linter must turn the crash into exit 3.

## What it does
Raises.

## Why is this bad?
It is a test.

## Example
```yaml
a: 1
```

## Use instead
```yaml
a: 1
```
"""
from avassa_lint.core.rule import rule


@rule(code="TST001", name="always-crashes", severity="error")
def check(project):
    for app in project.applications:
        pass
    raise RuntimeError("injected failure")
    yield
'''


def _install_broken_pack(folder: Path) -> dict[str, str]:
    """A real external rule pack, found through the entry-point group like any installed one."""
    write_tree(folder, {
        "brokenpack/__init__.py": BROKEN_PACK,
        "brokenpack-0.1.dist-info/METADATA": "Metadata-Version: 2.1\nName: brokenpack\nVersion: 0.1\n",
        "brokenpack-0.1.dist-info/entry_points.txt": "[avassa_lint.rules]\nbroken = brokenpack\n",
    })
    env = dict(os.environ)
    env["PYTHONPATH"] = str(folder) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def test_exception_in_a_rule_exits_3_with_one_line(tmp_path: Path) -> None:
    env = _install_broken_pack(tmp_path / "site")
    write_tree(tmp_path / "p", {"applications/web.yaml": APP.replace("replicas: 1", "replica: 1")})
    run = run_cli(["check", "--isolated", "--no-cache", "-f", "concise", "."], tmp_path / "p", env=env)
    assert run.returncode == 3, run.stdout + run.stderr
    assert_no_traceback(run)
    crash = [line for line in (run.stdout + run.stderr).splitlines() if "internal error" in line]
    assert len(crash) == 1 and "TST001" in crash[0] and "RuntimeError" in crash[0], crash
    assert "SCH002" in run.stdout  # the other rules still ran

    debug = run_cli(["check", "--isolated", "--no-cache", "--debug", "-f", "concise", "."], tmp_path / "p", env=env)
    assert debug.returncode == 3
    assert "Traceback" in debug.stderr and "injected failure" in debug.stderr


def test_exception_outside_the_engine_exits_3(tmp_path: Path) -> None:
    """A crash that escapes every layer reaches the top-level handler: one line, exit 3."""
    script = (
        "import sys\n"
        "from avassa_lint.reporting import output\n"
        "def boom(report): raise ZeroDivisionError('secret-free')\n"
        "output.FORMATTERS['concise'] = boom\n"
        "from avassa_lint.cli.main import main\n"
        "main(sys.argv[1:])\n"
    )
    write_tree(tmp_path, {"a.yaml": "a: 1\n"})
    for debug in ([], ["--debug"]):
        proc = subprocess.run([sys.executable, "-c", script, "check", "--isolated", *debug, "-f", "concise", "a.yaml"],
                              cwd=tmp_path, capture_output=True, text=True, timeout=60)
        assert proc.returncode == 3, proc.stderr
        if debug:
            assert "Traceback" in proc.stderr
        else:
            assert proc.stderr.splitlines() == [
                "avassa-lint: internal error (ZeroDivisionError; please report, --debug shows details)"]


SLOW_RUN = """\
import os, sys, time
from avassa_lint import engine
from avassa_lint.loading import files
real_lint_file = engine.lint_file
def slow_lint_file(item, config, schemas):
    os.write(2, b"ready\\n")
    time.sleep(30)
    return real_lint_file(item, config, schemas)
engine.lint_file = slow_lint_file
real_fsync = os.fsync
def slow_fsync(fd):
    os.write(2, b"writing\\n")
    time.sleep(30)
if sys.argv[1] == "write":
    files.os.fsync = slow_fsync
    engine.lint_file = real_lint_file
from avassa_lint.cli.main import main
main(sys.argv[2:])
"""


def _terminal_sigint() -> None:
    """In the child before exec: SIGINT as a terminal gives it. A shell's background job (`cmd &`)
    starts with SIGINT ignored, and an ignored signal stays ignored across exec, which would make
    these tests time out under such a runner rather than test the linter."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("phase, ready", [("lint", b"ready\n"), ("write", b"writing\n")])
def test_sigint_exits_130_and_leaves_no_temporary_file(phase: str, ready: bytes, tmp_path: Path) -> None:
    write_tree(tmp_path, {"a.yaml": "a: 1\n"})
    proc = subprocess.Popen([sys.executable, "-c", SLOW_RUN, phase, "check", "--isolated", "--no-cache",
                             "-o", "report.txt", "a.yaml"], cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=_terminal_sigint)
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline()
        assert line == ready, line + proc.stderr.read()
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130, err
    assert err.decode().splitlines() == ["avassa-lint: interrupted"]
    assert out == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.yaml"]  # no report, no temporary file


def test_sigint_with_worker_processes(tmp_path: Path) -> None:
    """Ctrl-C reaches the whole process group, workers included: 130, one line, no worker
    tracebacks, no hang, nothing left behind."""
    write_tree(tmp_path, {f"applications/a{i:03d}.yaml": APP.replace("name: web", f"name: a{i}") for i in range(200)})
    env = dict(os.environ, AVASSA_LINT_WORKERS="2")
    proc = subprocess.Popen([sys.executable, "-c", SLOW_RUN, "lint", "check", "--isolated", "-o", "report.txt", "."],
                            cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True, preexec_fn=_terminal_sigint)
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline()
        assert line == b"ready\n", line + proc.stderr.read()
        os.killpg(proc.pid, signal.SIGINT)  # what a terminal does on Ctrl-C
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode == 130, err
    assert [x for x in err.decode().splitlines() if x != "ready"] == ["avassa-lint: interrupted"], err
    assert out == b""
    left = sorted(p.name for p in tmp_path.iterdir() if p.name != ".avassa-lint-cache")
    assert left == ["applications"]
    cache = tmp_path / ".avassa-lint-cache"
    assert not cache.exists() or not [p for p in cache.rglob("*") if p.name.startswith((".avassa-lint-", "tmp"))]


def test_missing_file_exits_2_after_linting_the_rest(tmp_path: Path) -> None:
    write_tree(tmp_path, {"applications/web.yaml": APP.replace("replicas: 1", "replica: 1")})
    run = run_cli(["check", "--isolated", "--no-cache", "--ignore", "LNT005", "-f", "json", "nope.yaml", "applications",
                   "gone/"], tmp_path)
    assert run.returncode == 2
    codes = sorted((d["path"], d["code"]) for d in json.loads(run.stdout)["findings"])
    assert codes == [("applications/web.yaml", "SCH002"), ("gone/", "LNT003"), ("nope.yaml", "LNT003")]


def test_bad_option_exits_2(tmp_path: Path) -> None:
    for args in (["check", "--no-such-option"], ["check", "-f", "yaml"], ["nope"], ["check", "--fail-on", "x"],
                 ["check", "--evil\x1b]0;title\x07"], ["check", "-f", "x\x1b[2J"], ["ch\x1beck"]):
        run = run_cli(args, tmp_path)
        assert run.returncode == 2, (args, run.stderr)
        assert_no_traceback(run)
        assert raw_controls(run.out + run.err) == [], run.err
