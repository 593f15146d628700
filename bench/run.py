#!/usr/bin/env python3
"""Measure avassa-lint on generated corpora, next to yamllint and check-jsonschema.

    python bench/run.py [--files 10000] [--seed 0] [--quick] [--keep DIR]

Writes corpora with bench/generate.py into a temporary folder (1/10x, 1x and 5x ``--files``
files, a 60-line file and a 5,000-line file), runs ``python -m avassa_lint check`` on them in
subprocesses and prints, as a Markdown table:

- files/s and MB/s of a cold run (``--no-cache``), in one process and with the default workers,
  for each corpus size (linear growth shows as a flat files/s column);
- one-file latency: the median of N runs of ``avassa-lint check one.yaml``;
- the repeat run over the unchanged main corpus (cache warm);
- the 5,000-line file, on the command line and inside the process (``engine.run`` only);
- peak memory: the largest process of the run (``os.wait4`` resource usage of the child);
- the same for yamllint and check-jsonschema when they are installed (measuring only: they are
  not dependencies of avassa-lint). check-jsonschema gets the application schema and the
  application files, yamllint its default configuration.

Numbers are from the machine it runs on; the header says how many cores it has and how busy
it was. Children run with bytecode caching on (``PYTHONPYCACHEPREFIX`` in the temporary folder,
one warm-up run first), as an installed tool runs. ``--quick`` uses 2,000 files, skips the 5x
corpus and repeats less.
"""
from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def generate(out: Path, *args: str) -> None:
    subprocess.run([sys.executable, str(HERE / "generate.py"), str(out), *args], check=True,
                   stdout=subprocess.DEVNULL)


def corpus_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.suffix in (".yaml", ".yml") and ".avassa-lint-cache" not in p.parts]
    return len(files), sum(p.stat().st_size for p in files)


class Runner:
    def __init__(self, tmp: Path) -> None:
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed tool has its bytecode cached
        env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
        env.pop("AVASSA_LINT_WORKERS", None)
        self.env = env

    def run(self, cmd: list[str], cwd: Path | None = None, env: dict | None = None) -> tuple[float, int, int]:
        """(wall seconds, peak RSS in KiB of the largest process, exit code)."""
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env={**self.env, **(env or {})}, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        return wall, usage.ru_maxrss, proc.returncode

    def best(self, cmd: list[str], repeat: int, **kw: object) -> tuple[float, int]:
        runs = [self.run(cmd, **kw) for _ in range(repeat)]  # type: ignore[arg-type]
        return min(r[0] for r in runs), max(r[1] for r in runs)

    def median(self, cmd: list[str], repeat: int, **kw: object) -> float:
        return statistics.median(self.run(cmd, **kw)[0] for _ in range(repeat))  # type: ignore[arg-type]


def lint(*args: str) -> list[str]:
    return [sys.executable, "-m", "avassa_lint", "check", "-f", "concise", *args]


IN_PROCESS = """
import sys, time
from avassa_lint.settings.config import Config
from avassa_lint.engine import collect_inputs, run
config = Config(); config.cache = False
inputs, _ = collect_inputs([sys.argv[1]], config)
run(inputs, config)  # warm: imports, schemas, rules
times = []
for _ in range(5):
    start = time.perf_counter()
    run(inputs, config)
    times.append(time.perf_counter() - start)
print(min(times))
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=None, help="main corpus size (default 10000; 2000 with --quick)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--quick", action="store_true", help="smaller corpora, fewer repeats, no 5x corpus")
    parser.add_argument("--keep", metavar="DIR", help="write the corpora here and keep them")
    args = parser.parse_args(argv)
    files = args.files or (2000 if args.quick else 10000)
    repeat = 1 if args.quick else 3
    sizes = [max(files // 10, 50), files] + ([] if args.quick else [files * 5])

    tmp = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="avassa-lint-bench-"))
    tmp.mkdir(parents=True, exist_ok=True)
    runner = Runner(tmp)
    rows: list[tuple[str, str, str, str]] = []
    load_before = os.getloadavg()
    try:
        print(f"generating corpora in {tmp} ...", file=sys.stderr)
        corpora = {}
        for n in sizes:
            folder = tmp / f"project-{n}"
            if not folder.exists():
                generate(folder, "--files", str(n), "--seed", str(args.seed))
            corpora[n] = folder
        one, big = tmp / "one", tmp / "big"
        if not one.exists():
            generate(one, "--single-file-lines", "60")
        if not big.exists():
            generate(big, "--single-file-lines", "5000")
        one_file = next(one.rglob("*.yaml"))
        big_file = next(big.rglob("*.yaml"))

        runner.run(lint("--no-cache", str(one_file)))  # warm-up: bytecode, page cache

        for n, folder in corpora.items():
            count, size = corpus_size(folder)
            reps = 1 if n > files else repeat
            for label, env in (("1 process", {"AVASSA_LINT_WORKERS": "1"}), ("default workers", {})):
                wall, rss = runner.best(lint("--no-cache", str(folder)), reps, env=env)
                rows.append((f"cold run, {count:,} files, {label}",
                             f"{count / wall:,.0f} files/s", f"{size / wall / 1e6:.1f} MB/s",
                             f"{wall:.2f} s, peak {rss / 1024:.0f} MB"))
                print(rows[-1], file=sys.stderr)

        main_folder = corpora[files]
        count, size = corpus_size(main_folder)
        shutil.rmtree(main_folder / ".avassa-lint-cache", ignore_errors=True)
        wall, rss, _ = runner.run(lint(str(main_folder)))
        rows.append((f"first run with the cache (writes it), {count:,} files", f"{count / wall:,.0f} files/s", "",
                     f"{wall:.2f} s, peak {rss / 1024:.0f} MB"))
        walls = [runner.run(lint(str(main_folder))) for _ in range(max(repeat, 3))]
        med = statistics.median(w[0] for w in walls)
        rows.append((f"repeat run, unchanged {count:,} files (cache)", f"{count / med:,.0f} files/s", "",
                     f"{med:.2f} s median, peak {max(w[1] for w in walls) / 1024:.0f} MB"))
        print(rows[-1], file=sys.stderr)

        n_one = 7 if args.quick else 15
        rows.append(("`--version`", "", "", f"{runner.median([sys.executable, '-m', 'avassa_lint', '--version'], n_one) * 1000:.0f} ms median"))
        rows.append(("one 60-line file, --no-cache", "", "",
                     f"{runner.median(lint('--no-cache', str(one_file)), n_one) * 1000:.0f} ms median of {n_one}"))
        rows.append(("one 60-line file, cache warm", "", "",
                     f"{runner.median(lint(str(one_file)), n_one) * 1000:.0f} ms median of {n_one}"))
        rows.append(("one 5,000-line file, --no-cache", "", "",
                     f"{runner.median(lint('--no-cache', str(big_file)), max(3, n_one // 2)) * 1000:.0f} ms median"))
        out = subprocess.run([sys.executable, "-c", IN_PROCESS, str(big_file)], env=runner.env, capture_output=True,
                             text=True, check=False)
        if out.returncode == 0:
            rows.append(("one 5,000-line file, inside the process (engine.run)", "", "",
                         f"{float(out.stdout.strip()) * 1000:.0f} ms best of 5"))
        print(rows[-1], file=sys.stderr)

        small = corpora[sizes[0]]
        count_small, size_small = corpus_size(small)
        yamllint = shutil.which("yamllint")
        if yamllint:
            wall, rss, _ = runner.run([yamllint, "-f", "parsable", str(small)])
            rows.append((f"yamllint, {count_small:,} files", f"{count_small / wall:,.0f} files/s",
                         f"{size_small / wall / 1e6:.1f} MB/s", f"{wall:.2f} s, peak {rss / 1024:.0f} MB"))
            rows.append(("yamllint, one 60-line file", "", "",
                         f"{runner.median([yamllint, '-f', 'parsable', str(one_file)], n_one) * 1000:.0f} ms median"))
        cjs = shutil.which("check-jsonschema")
        if cjs:
            schema = REPO / "schemas" / "application.schema.json"
            base = ["--base-uri", schema.as_uri(), "--schemafile", str(schema)]
            apps = sorted(str(p) for p in (small / "applications").glob("*.yaml"))[:200]
            apps_size = sum(os.path.getsize(p) for p in apps)
            wall, rss, _ = runner.run([cjs, *base, *apps])
            rows.append((f"check-jsonschema, {len(apps)} application files", f"{len(apps) / wall:,.0f} files/s",
                         f"{apps_size / wall / 1e6:.2f} MB/s", f"{wall:.2f} s, peak {rss / 1024:.0f} MB"))
            rows.append(("check-jsonschema, one 60-line file", "", "",
                         f"{runner.median([cjs, *base, str(one_file)], n_one) * 1000:.0f} ms median"))
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)

    from avassa_lint import __version__
    from avassa_lint.loading.source import parser_backend

    load_after = os.getloadavg()
    print(f"\navassa-lint {__version__} on this machine: {os.cpu_count()} cores ({platform.machine()}, "
          f"{platform.system()}), Python {platform.python_version()}, parser backend {parser_backend()}; "
          f"load average {load_before[0]:.2f} before, {load_after[0]:.2f} after. Numbers from another "
          "machine, or from a busy one, differ.\n")
    print("| measurement | files/s | MB/s | time, memory |")
    print("|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
