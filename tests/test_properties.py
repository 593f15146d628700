"""Property tests (hypothesis) over the whole pipeline.

- Arbitrary bytes and YAML-like text through ``load_source`` (both parsers) and through the engine
  and every output format: no exception escapes, no internal error, the same output twice.
- Generated Avassa-like projects (applications with services, containers, env and variables,
  vaults, secrets with random data, registries) whose secret values carry a random canary, some
  with mistakes in them: the canary never appears in any format's output.
- Generated deep nesting and alias chains: the limits fire, and nothing recurses without bound.

The settings are the CI profile: derandomized (the same examples on every run) with a bounded number
of examples. Set AVASSA_LINT_HYPOTHESIS=deep for a longer randomized search. Every failure found
this way becomes an explicit fixture in test_hostile.py.
"""
from __future__ import annotations

import base64
import json
import os
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from avassa_lint import __version__
from avassa_lint.settings.config import Config
from avassa_lint.engine import Input, run
from avassa_lint.reporting.output import FORMATTERS, Report, concise_line
from avassa_lint.registry import load_rules
from avassa_lint.loading.source import Limits, load_source, parser_backend, resolve_plain

BACKENDS = ["python"] + (["c"] if parser_backend() == "c" else [])
DEEP = os.environ.get("AVASSA_LINT_HYPOTHESIS") == "deep"


def profile(examples: int) -> settings:
    if DEEP:
        return settings(max_examples=examples * 20, deadline=None,
                        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    return settings(derandomize=True, max_examples=examples, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


REGISTRY = load_rules()


def fingerprint(source: Any) -> str:
    """Everything a load produced, comparable across runs (repr: NaN is not equal to itself)."""
    return repr(([(p.code, p.span, p.message, p.hint, p.related, p.fatal) for p in source.problems],
                 [(d.data, d.start_line, d.end_line, d.secret, d.usable, sorted(d.spans._values.items(), key=repr))
                  for d in source.documents], source.secret_text))


def lint(files: dict[str, bytes], config: Config | None = None) -> Any:
    config = config or Config(cache=False)
    return run([Input(path, data) for path, data in files.items()], config, REGISTRY)


def render_all(result: Any) -> list[str]:
    shown = []
    for formatter in FORMATTERS.values():
        for quiet, statistics, color in ((False, True, True), (True, False, False), (False, False, False)):
            report = Report(result.diagnostics, result.sources, result.files, result.registry, __version__,
                            color=color, quiet=quiet, statistics=statistics)
            shown.append(formatter(report))
    shown.extend(result.notes)
    return shown


# --------------------------------------------------------------------------- arbitrary input

YAML_TOKENS = ["a", "b", "name", "data", "password", "1", "0x1F", "-1.5e3", "~", "true", "yes", ": ", ":", "- ", "-",
               "? ", "[", "]", "{", "}", ", ", "\n", "\r\n", "\r", "  ", "    ", "\t", "&x ", "*x", "&y ", "*y",
               "!!str ", "!!python/object/apply:os.system ", "!e!t ", "!<tag:x> ", "! ", "'", "''", '"', "\\",
               "\\u00e9", "|", "|-", ">+", "|2", "#c", " # c", "---\n", "...\n", "%YAML 1.2\n", "%YAML 1.1\n",
               "%YAML 2.0\n", "%TAG !e! tag:e,2000:\n", "<<: ", "<<: *x", "\ufeff", "\u202e", "\x85", "\u2028",
               "é", "😀", "\x00", "\x1b[2J", "@", "`", "%", "|\n  ", ">\n  "]

yaml_like = st.lists(st.sampled_from(YAML_TOKENS), max_size=60).map("".join)
any_bytes = st.binary(max_size=600)
any_input = st.one_of(any_bytes, yaml_like.map(lambda t: t.encode("utf-8", "surrogatepass")))

PATHS = ["x.yaml", "applications/web.yaml", "application-deployments/web.yaml", "strongbox/vaults/v.yaml",
         "strongbox/vaults/v/secrets/s.yaml", "image-registry/remote-registries/r.yaml",
         "image-registry/settings.yaml"]


@pytest.mark.parametrize("backend", BACKENDS)
@profile(200)
@given(data=any_input)
def test_loader_never_raises_and_is_deterministic(backend: str, data: bytes) -> None:
    first = load_source("f.yaml", data, backend=backend)
    second = load_source("f.yaml", data, backend=backend)
    assert fingerprint(first) == fingerprint(second)
    # both parsers count NEL, LS and PS as line breaks too (YAML 1.1; see yaml_conformance/allowlist.txt)
    lines = sum(data.count(b) for b in (b"\n", b"\r", b"\xc2\x85", "\u2028".encode(), "\u2029".encode())) + 2
    for problem in first.problems:
        assert problem.code.startswith("YML"), problem
        assert 1 <= problem.span.line <= lines and problem.span.column >= 1, problem
        assert problem.code != "YML108", problem  # a parser crash we did not foresee


@profile(120)
@given(data=any_input, path=st.sampled_from(PATHS))
def test_engine_and_formats_never_fail_and_are_deterministic(data: bytes, path: str) -> None:
    first = lint({path: data})
    assert not first.internal_error, first.notes
    assert first.exit_code(Config().fail_on) in (0, 1)
    second = lint({path: data})
    assert [concise_line(d) for d in first.diagnostics] == [concise_line(d) for d in second.diagnostics]
    for shown in render_all(first):
        assert "\x1b]" not in shown and "\x00" not in shown and "\u202e" not in shown


@profile(60)
@given(body=yaml_like, kind=st.sampled_from(["applications", "strongbox vaults v secrets", "image-registry remote-registries"]))
def test_heredocs_in_scripts_never_fail(body: str, kind: str) -> None:
    script = f"#!/bin/sh\nsupctl create {kind} <<'EOF'\n{body}\nEOF\necho done\n".encode("utf-8", "surrogatepass")
    result = lint({"deploy.sh": script})
    assert not result.internal_error, result.notes


# --------------------------------------------------------------------------- generated projects with secrets

class Pairs(list):
    """A mapping written as (key, value) pairs: it may repeat a key."""


PLAIN = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_./-]*\Z")


@st.composite
def yaml_text(draw: st.DrawFn, value: Any) -> str:
    """``value`` as YAML, each collection in block or flow style and each string plain or quoted."""
    def scalar(v: Any) -> str:
        if v is None:
            return draw(st.sampled_from(["null", "~", ""]))
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, (int, float)):
            return repr(v)
        style = draw(st.sampled_from(["plain", "single", "double"]))
        if style == "plain" and PLAIN.match(v) and resolve_plain(v) == v:
            return v
        if style == "single" and v.isprintable():
            return "'" + v.replace("'", "''") + "'"
        return json.dumps(v)

    def items(v: Any) -> list[tuple[Any, Any]]:
        return list(v) if isinstance(v, Pairs) else list(v.items())

    def flow(v: Any) -> str:
        if isinstance(v, (dict, Pairs)):
            return "{" + ", ".join(f"{scalar(k)}: {flow(x)}" for k, x in items(v)) + "}"
        if isinstance(v, list):
            return "[" + ", ".join(flow(x) for x in v) + "]"
        text = scalar(v)
        return text if text else "null"

    def node(v: Any, indent: int) -> tuple[str, list[str]]:
        if isinstance(v, (dict, Pairs, list)) and v and draw(st.integers(0, 4)) > 0:
            pad = " " * indent
            lines: list[str] = []
            if isinstance(v, (dict, Pairs)):
                for k, x in items(v):
                    inline, more = node(x, indent + 2)
                    lines.append(f"{pad}{scalar(k)}:" + (f" {inline}" if inline else ""))
                    lines.extend(more)
            else:
                for x in v:
                    inline, more = node(x, indent + 2)
                    lines.append(f"{pad}-" + (f" {inline}" if inline else ""))
                    lines.extend(more)
            return "", lines
        return flow(v), []

    inline, lines = node(value, 0)
    return ("\n".join(lines) if lines else inline) + "\n"


canary_text = st.text("abcdefghijklmnopqrstuvwxyz0123456789", min_size=14, max_size=20).map(lambda s: "zq" + s)
canary_number = st.integers(10**11, 10**12 - 1)
names = st.text("abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=8)
SECRET_ENV = ["DB_PASSWORD", "API_TOKEN", "AUTH", "PRIVATE_KEY", "TLS_CERT", "CREDENTIALS", "SECRET", "pass"]
PLAIN_ENV = ["LOG_LEVEL", "MODE", "REGION"]


@st.composite
def secret_value(draw: st.DrawFn, canary: str, number: int) -> Any:
    """A secret value carrying a canary, sometimes of a type the schema rejects."""
    return draw(st.sampled_from([canary, f"{canary}-x", f"pre {canary}", number, [canary], {"x": canary},
                                 f"{canary}\n{canary}", f"{canary}\x1b[2J"]))


@st.composite
def project(draw: st.DrawFn) -> tuple[dict[str, bytes], str, int]:
    canary, number = draw(canary_text), draw(canary_number)
    vault, secret = draw(names), draw(names)
    mistake = st.booleans()

    env = Pairs()
    for key in draw(st.lists(st.sampled_from(SECRET_ENV + PLAIN_ENV), max_size=6)):
        env.append((key, draw(secret_value(canary, number)) if key in SECRET_ENV else draw(names)))
    variables = [{"name": v, "value": draw(secret_value(canary, number))}
                 for v in draw(st.lists(st.sampled_from(["DB_PASSWORD", "API_TOKEN", "PASS"]), max_size=2, unique=True))]
    variables.append({"name": "DB", "value-from-vault-secret": {"vault": vault, "secret": secret,
                                                                "key": draw(st.sampled_from(["password", "nope"]))}})
    image = draw(st.sampled_from(["registry.example.com/web:1.0", f"https://robot:{canary}@registry.example.com/web:1",
                                  "registry.example.com/web", "nginx"]))
    container: dict[str, Any] = {"name": "web", "image": image, "env": env}
    service: dict[str, Any] = {"name": "web", "mode": "replicated", "replicas": 1, "variables": variables,
                               "containers": [container]}
    if draw(mistake):
        service["replica"] = 2
    if draw(mistake):
        container["env"] = Pairs(list(env) + list(env))  # every key twice
    app = {"name": draw(names), "version": "1.0", "services": [service]}

    data = Pairs((k, draw(secret_value(canary, number))) for k in draw(st.lists(names, min_size=1, max_size=4)))
    secret_doc: dict[str, Any] = {"name": secret, "data": data, "allow-image-access": ["*"]}
    if draw(mistake):
        secret_doc["base64-data"] = {"blob": draw(st.sampled_from([canary + "!!", base64.b64encode(canary.encode()).decode(),
                                                                   number]))}
    if draw(mistake):
        secret_doc["alow-image-access"] = ["*"]
    address = draw(st.sampled_from(["registry.example.com", f"https://robot:{canary}@registry.example.com",
                                    f"robot:{canary}@registry.example.com:5000"]))
    registry = {"address": address, "credentials": [{"repository": "*", "vault": vault, "secret": secret}]}

    files = {
        "applications/web.yaml": draw(yaml_text(app)),
        f"strongbox/vaults/{vault}.yaml": draw(yaml_text({"name": vault, "distribute": {"to": "all"}})),
        f"strongbox/vaults/{vault}/secrets/{secret}.yaml": draw(yaml_text(secret_doc)),
        "image-registry/remote-registries/r.yaml": draw(yaml_text(registry)),
    }
    if draw(mistake):  # break one file after its secrets
        path = draw(st.sampled_from(sorted(files)))
        files[path] += draw(st.sampled_from(["bad: [\n", "\tbad: 1\n", "x: *nope\n", "- stray\n"]))
    return {p: t.encode("utf-8") for p, t in files.items()}, canary, number


@profile(80)
@given(case=project())
def test_no_canary_in_any_output(case: tuple[dict[str, bytes], str, int]) -> None:
    files, canary, number = case
    result = lint(files)
    assert not result.internal_error, result.notes
    for shown in render_all(result):
        for secret in (canary, str(number)):
            at = shown.find(secret)
            assert at < 0, shown[max(0, at - 400): at + 100]


def test_the_generator_makes_the_findings_it_should() -> None:
    """The project generator reaches the findings that could leak: wrong types, duplicates, unknown
    keys, syntax errors, registry and image problems (else the canary test proves little)."""
    seen: set[str] = set()

    @profile(80)
    @given(case=project())
    def collect(case: tuple[dict[str, bytes], str, int]) -> None:
        seen.update(d.code for d in lint(case[0]).diagnostics)

    collect()
    assert {"SCH002", "SCH004", "YML001", "YML002", "NET003", "IMG002"} <= seen, sorted(seen)


# --------------------------------------------------------------------------- nesting and aliases

NESTERS = {
    "flow sequence": lambda d: "[" * d + "]" * d,
    "flow mapping": lambda d: "{a: " * d + "}" * d,
    "block sequence": lambda d: "- " * d + "x",
    "explicit keys": lambda d: "? " * d + "x",
    "mixed flow": lambda d: "".join("[{a: " if i % 2 else "[" for i in range(d))
                            + "".join("}]" if i % 2 else "]" for i in reversed(range(d))),
    "block mapping": lambda d: "".join(" " * i + "k:\n" for i in range(d)),
}


def nesting(style: str, depth: int) -> int:
    """How many collections deep NESTERS[style](depth) goes."""
    return depth + depth // 2 if style == "mixed flow" else depth


@pytest.mark.parametrize("backend", BACKENDS)
@profile(60)
@given(style=st.sampled_from(sorted(NESTERS)), depth=st.integers(2, 20_000), limit=st.integers(2, 500))
def test_deep_nesting_fires_the_limit_never_recursion(backend: str, style: str, depth: int, limit: int) -> None:
    if style == "block mapping":
        depth = min(depth, 600)  # the indentation grows: 600 levels are 180 KB already
    text = NESTERS[style](depth)
    source = load_source("f.yaml", text.encode(), Limits(max_depth=limit, max_file_size=1 << 20), backend=backend)
    codes = [p.code for p in source.problems]
    assert "YML108" not in codes  # RecursionError and friends
    deepest = nesting(style, depth)
    assert ("YML102" in codes) == (deepest > limit), (style, depth, limit, codes)


@profile(40)
@given(depth=st.integers(64, 500), style=st.sampled_from(["flow sequence", "flow mapping", "mixed flow"]),
       where=st.sampled_from(["labels: {x: %s}", "services: [{name: a, x: %s}]", "data: {k: %s}", "%s"]))
def test_deep_values_pass_every_walker_under_the_highest_depth_limit(depth: int, style: str, where: str) -> None:
    """The configuration allows max-depth 500: schema, model and rules must not recurse past it."""
    text = "name: web\nversion: '1.0'\n" + (where % NESTERS[style](depth)) + "\n"
    config = Config(cache=False, limits=Limits(max_depth=500, max_file_size=1 << 20))
    for path in ("applications/web.yaml", "strongbox/vaults/v/secrets/s.yaml", "x.yaml"):
        result = lint({path: text.encode()}, config)
        assert not result.internal_error, result.notes
        render_all(result)


@pytest.mark.parametrize("backend", BACKENDS)
@profile(60)
@given(levels=st.integers(2, 14), width=st.integers(2, 14), flow=st.booleans(), mapping=st.booleans())
def test_alias_chains_fire_the_limit(backend: str, levels: int, width: int, flow: bool, mapping: bool) -> None:
    lines = ["l0: &l0 " + ("{k: v}" if mapping else "[v]")]
    for i in range(1, levels):
        refs = [f"*l{i - 1}"] * width
        if mapping:
            body = "{" + ", ".join(f"k{j}: {r}" for j, r in enumerate(refs)) + "}"
        else:
            body = "[" + ", ".join(refs) + "]"
        if flow:
            lines.append(f"l{i}: &l{i} {body}")
        else:
            entries = [f"  k{j}: {r}" if mapping else f"  - {r}" for j, r in enumerate(refs)]
            lines.append(f"l{i}: &l{i}\n" + "\n".join(entries))
    source = load_source("f.yaml", ("\n".join(lines) + "\n").encode(), backend=backend)
    codes = [p.code for p in source.problems]
    assert "YML108" not in codes
    size = 2  # l0: a collection and one value
    expanded = 1 + size  # the root mapping and l0
    for _ in range(1, levels):
        size = 1 + width * size  # what a naive loader builds for each level
        expanded += size
    # the budget is max(10 x parser events, 10,000) nodes, and these files have few events
    assert ("YML105" in codes) == (expanded > 10_000), (levels, width, expanded, codes)


@pytest.mark.parametrize("backend", BACKENDS)
@profile(40)
@given(chain=st.integers(1, 30), close=st.sampled_from(["seq", "map", "merge"]))
def test_recursive_aliases_are_findings(backend: str, chain: int, close: str) -> None:
    """An alias to a node that is still open, however deep inside it: a finding, never a loop."""
    text = "a: &a\n" + "".join("  " * (i + 1) + f"k{i}:\n" for i in range(chain))
    pad = "  " * (chain + 1)
    text += {"seq": f"{pad}- *a\n", "map": f"{pad}x: *a\n", "merge": f"{pad}<<: *a\n"}[close]
    source = load_source("f.yaml", text.encode(), backend=backend)
    codes = [p.code for p in source.problems]
    assert "YML105" in codes and "YML108" not in codes, codes
