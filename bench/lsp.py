#!/usr/bin/env python3
"""Measure the language server (``avassa-lint server``) through the real protocol.

    python bench/lsp.py [--files 1000] [--seed 0] [--changes 30] [--keep DIR]

Writes a project with bench/generate.py, starts ``python -m avassa_lint server`` as an editor
would (stdio, driven by pytest-lsp's client, the workspace folder as root) and prints, as a
Markdown table:

- **workspace load**: from the ``initialized`` notification (the server loads the workspace
  when it gets it) until the server answers a ``textDocument/codeAction`` request sent right
  after it (requests are handled in order, so the answer comes once the load and the first
  cross-file pass are done); also the time until the first ``publishDiagnostics`` (when the
  project has findings) and from starting the process. Next to it the command line's cold run
  over the same files (``avassa-lint check --no-cache``, best of ``--repeat``), in one process and
  with the default workers;
- **keystroke latency**: one application (one without a generated mistake) is opened, then
  ``--changes`` ``didChange`` notifications each change one character (the digit of
  ``replicas: 1`` becomes ``x`` and back, so the findings alternate between none and an SCH006
  and every change publishes); for each, the time from sending it until the
  ``publishDiagnostics`` of that file with the new version arrives. Median and p90.

Needs only what the ``test`` extra installs (pygls, lsprotocol, pytest-lsp) and runs offline.
Children run with bytecode caching on (``PYTHONPYCACHEPREFIX`` in the temporary folder, one
warm-up run first), as an installed tool runs.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TIMEOUT = 120.0  # seconds for any one step of the session


def generate(out: Path, *args: str) -> None:
    subprocess.run([sys.executable, str(HERE / "generate.py"), str(out), *args], check=True,
                   stdout=subprocess.DEVNULL)


def child_env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed tool has its bytecode cached
    env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    env.pop("AVASSA_LINT_WORKERS", None)
    return env


def cli_cold(folder: Path, env: dict[str, str], repeat: int, workers: str | None) -> float:
    """Best wall time of ``avassa-lint check --no-cache FOLDER`` in a fresh process."""
    cmd = [sys.executable, "-m", "avassa_lint", "check", "--no-cache", "-f", "concise", str(folder)]
    run_env = dict(env, **({"AVASSA_LINT_WORKERS": workers} if workers else {}))
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        proc = subprocess.run(cmd, env=run_env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
        best = min(best, time.perf_counter() - start)
        if proc.returncode not in (0, 1):
            raise SystemExit(f"avassa-lint check exited {proc.returncode}: {proc.stderr.decode(errors='replace')}")
    return best


def pick_application(folder: Path, manifest: Path) -> tuple[Path, str, str]:
    """An application without a generated mistake and with ``replicas: 1``: (path, valid text,
    the same text with one character changed so that it is invalid)."""
    broken = {line.split("\t")[0] for line in manifest.read_text(encoding="utf-8").splitlines() if line}
    for path in sorted((folder / "applications").glob("*.yaml")):
        if path.relative_to(folder).as_posix() in broken:
            continue
        text = path.read_text(encoding="utf-8")
        match = re.search(r"^ *replicas: 1$", text, re.M)
        if match:
            at = match.end() - 1
            return path, text, text[:at] + "x" + text[at + 1:]
    raise SystemExit(f"no application with 'replicas: 1' in {folder}")


async def measure_server(folder: Path, target: Path, valid: str, invalid: str, changes: int,
                         env: dict[str, str]) -> dict[str, object]:
    import pytest_lsp
    from lsprotocol import types as lsp
    from pygls.uris import from_fs_path

    loop = asyncio.get_running_loop()
    client = pytest_lsp.make_test_lsp_client()
    # every publishDiagnostics with its arrival time; the client's own handler still runs
    arrivals: list[tuple[float, str, int | None]] = []
    waiting: dict[tuple[str, int], asyncio.Future] = {}
    features = client.protocol.fm.features
    original = features[lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS]

    def on_publish(params: lsp.PublishDiagnosticsParams) -> None:
        now = time.perf_counter()
        arrivals.append((now, params.uri, params.version))
        future = waiting.pop((params.uri, params.version), None) if params.version is not None else None
        if future is not None and not future.done():
            future.set_result(now)
        original(params)

    features[lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS] = on_publish

    def expect(uri: str, version: int) -> asyncio.Future:
        future = loop.create_future()
        waiting[(uri, version)] = future
        return future

    root_uri = from_fs_path(str(folder))
    uri = from_fs_path(str(target))
    out: dict[str, object] = {}
    spawned = time.perf_counter()
    await client.start_io(sys.executable, "-m", "avassa_lint", "server", env=env)
    try:
        capabilities = pytest_lsp.client_capabilities("visual-studio-code")
        client.capabilities = capabilities  # what initialize_session would record (shutdown_session reads it)
        await asyncio.wait_for(client.initialize_async(lsp.InitializeParams(
            capabilities=capabilities, process_id=os.getpid(), root_uri=root_uri,
            workspace_folders=[lsp.WorkspaceFolder(uri=root_uri, name="bench")])), TIMEOUT)
        start = time.perf_counter()
        client.initialized(lsp.InitializedParams())
        origin = lsp.Position(line=0, character=0)
        await asyncio.wait_for(client.text_document_code_action_async(lsp.CodeActionParams(
            text_document=lsp.TextDocumentIdentifier(uri=uri), range=lsp.Range(start=origin, end=origin),
            context=lsp.CodeActionContext(diagnostics=[]))), TIMEOUT)
        loaded = time.perf_counter()
        out["load"] = loaded - start
        out["from_spawn"] = loaded - spawned
        first = [t for t, _, _ in arrivals if t >= start]
        out["first_diagnostics"] = (min(first) - start) if first else None
        out["published_at_load"] = len({u for t, u, _ in arrivals if t >= start})

        opened = expect(uri, 1)
        client.text_document_did_open(lsp.DidOpenTextDocumentParams(
            text_document=lsp.TextDocumentItem(uri=uri, language_id="yaml", version=1, text=valid)))
        await asyncio.wait_for(opened, TIMEOUT)

        latencies = []
        for i in range(1, changes + 1):
            version = i + 1
            text = invalid if i % 2 else valid
            arrived = expect(uri, version)
            sent = time.perf_counter()
            client.text_document_did_change(lsp.DidChangeTextDocumentParams(
                text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[lsp.TextDocumentContentChangeWholeDocument(text=text)]))
            latencies.append(await asyncio.wait_for(arrived, TIMEOUT) - sent)
        found = client.diagnostics.get(uri, [])
        last_invalid = changes % 2 == 1
        if last_invalid != any(d.code == "SCH006" for d in found):
            raise SystemExit(f"unexpected diagnostics after the last change: {found}")
        out["latencies"] = latencies
    finally:
        try:
            await asyncio.wait_for(client.shutdown_session(), 10)
        finally:
            await asyncio.wait_for(client.stop(), 10)
    return out


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000, help="workspace size (default 1000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--changes", type=int, default=30, help="didChange notifications (default 30)")
    parser.add_argument("--repeat", type=int, default=3, help="cold command-line runs, best is kept (default 3)")
    parser.add_argument("--keep", metavar="DIR", help="write the workspace here and keep it (reused when there)")
    args = parser.parse_args(argv)
    if args.files < 8:
        parser.error("--files must be at least 8")

    tmp = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="avassa-lint-lsp-bench-"))
    tmp.mkdir(parents=True, exist_ok=True)
    env = child_env(tmp)
    load_before = os.getloadavg()
    try:
        folder, manifest = tmp / f"workspace-{args.files}-{args.seed}", tmp / f"manifest-{args.files}-{args.seed}.tsv"
        if not folder.exists() or not manifest.exists():
            print(f"generating {args.files} files in {folder} ...", file=sys.stderr)
            generate(folder, "--files", str(args.files), "--seed", str(args.seed), "--manifest", str(manifest),
                     *(["--overwrite"] if folder.exists() else []))
        shutil.rmtree(folder / ".avassa-lint-cache", ignore_errors=True)
        count = sum(1 for p in folder.rglob("*") if p.suffix in (".yaml", ".yml"))
        target, valid, invalid = pick_application(folder, manifest)

        cli_cold(folder, env, 1, "1")  # warm-up: bytecode, page cache
        one_process = cli_cold(folder, env, args.repeat, "1")
        default_workers = cli_cold(folder, env, args.repeat, None)
        print(f"command line: {one_process:.2f} s one process, {default_workers:.2f} s default workers",
              file=sys.stderr)
        server = asyncio.run(measure_server(folder, target, valid, invalid, args.changes, env))
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)

    latencies = sorted(server["latencies"])  # type: ignore[arg-type]
    median = statistics.median(latencies)
    p90 = statistics.quantiles(latencies, n=10, method="inclusive")[8] if len(latencies) > 1 else latencies[0]
    first = server["first_diagnostics"]
    first_text = (f"first diagnostics after {ms(first)} ({server['published_at_load']} files)"  # type: ignore[arg-type]
                  if first is not None else "no findings to publish")
    from avassa_lint import __version__

    load_after = os.getloadavg()
    print(f"\navassa-lint {__version__} server on this machine: {os.cpu_count()} cores ({platform.machine()}, "
          f"{platform.system()}), Python {platform.python_version()}; load average {load_before[0]:.2f} before, "
          f"{load_after[0]:.2f} after. Workspace: {count:,} files (bench/generate.py --seed {args.seed}); "
          f"edited file: {target.relative_to(folder).as_posix()}.\n")
    print("| measurement | avassa-lint server | command line, cold (`check --no-cache`) |")
    print("|---|---|---|")
    print(f"| workspace load, {count:,} files | {ms(server['load'])} from `initialized` to the answer of a request; "  # type: ignore[arg-type]
          f"{first_text}; {ms(server['from_spawn'])} from starting the process | "  # type: ignore[arg-type]
          f"{ms(one_process)} one process, {ms(default_workers)} default workers (best of {args.repeat}, "
          "interpreter start-up included) |")
    print(f"| keystroke to diagnostics, {len(latencies)} one-character changes | median {ms(median)}, p90 {ms(p90)} "
          f"(min {ms(latencies[0])}, max {ms(latencies[-1])}) | a whole-project run per check: "
          f"{ms(default_workers)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
