#!/usr/bin/env python3
"""Measure avassa-lint on generated corpora, side by side with yamllint and check-jsonschema.

    python bench/run.py [--files 10000] [--seed 0] [--quick] [--keep DIR]

Writes corpora with bench/generate.py into a temporary folder and runs ``python -m avassa_lint
check`` on them in subprocesses, then prints a Markdown table:

- two corpora at 1/10x and 1x ``--files`` (and 5x for the growth series): (a) a realistic
  repository, all valid but 2% of files (the earlier corpus), and (b) the same project with a
  mistake in every third file (a repository being cleaned up after adopting the linter);
- files/s and MB/s of a cold run (``--no-cache``) of each, in one process and in two worker
  processes, and the scaling (two over one) and the (b)/(a) time ratio;
- yamllint and check-jsonschema on the same corpora in the same run, when they are installed
  (measuring only: they are not dependencies of avassa-lint); check-jsonschema gets the
  application schema and the first 500 application files of each corpus (it takes ~0.2 s per
  file with this schema), yamllint its default configuration and every file;
- the repeat run over the unchanged main corpus (cache warm);
- one-file latency: the median of 9 runs of each tool on a 60-line file, and the ratio to yamllint;
- the 5,000-line file, on the command line and inside the process (``engine.run`` only);
- peak memory: the largest process of the run (``os.wait4`` resource usage of the child).

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


CJS_FILES = 500  # application files given to check-jsonschema per corpus


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
    variants = (("realistic", "0.02"), ("mistake in every third file", "0.3334"))

    tmp = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="avassa-lint-bench-"))
    tmp.mkdir(parents=True, exist_ok=True)
    runner = Runner(tmp)
    rows: list[tuple[str, str, str, str]] = []
    yamllint, cjs = shutil.which("yamllint"), shutil.which("check-jsonschema")
    schema = REPO / "schemas" / "application.schema.json"
    cjs_base = ["--base-uri", schema.as_uri(), "--schemafile", str(schema)]
    load_before = os.getloadavg()

    def row(label: str, count: int, size: int, wall: float, rss: int, extra: str = "") -> None:
        rows.append((label, f"{count / wall:,.0f} files/s", f"{size / wall / 1e6:.1f} MB/s",
                     f"{wall:.2f} s, peak {rss / 1024:.0f} MB{extra}"))
        print(rows[-1], file=sys.stderr)

    try:
        print(f"generating corpora in {tmp} ...", file=sys.stderr)
        corpora: dict[tuple[str, int], Path] = {}
        for variant, rate in variants:
            for n in sizes if variant == "realistic" else sizes[:2]:
                folder = tmp / (f"project-{n}" if variant == "realistic" else f"mistakes-{n}")
                if not folder.exists():
                    generate(folder, "--files", str(n), "--seed", str(args.seed), "--error-rate", rate)
                corpora[(variant, n)] = folder
        one, big = tmp / "one", tmp / "big"
        if not one.exists():
            generate(one, "--single-file-lines", "60")
        if not big.exists():
            generate(big, "--single-file-lines", "5000")
        one_file = next(one.rglob("*.yaml"))
        big_file = next(big.rglob("*.yaml"))

        runner.run(lint("--no-cache", str(one_file)))  # warm-up: bytecode, page cache

        cold: dict[tuple[str, int, str], float] = {}
        for (variant, n), folder in corpora.items():
            count, size = corpus_size(folder)
            reps = 1 if n > files else repeat
            for label, workers in (("1 process", "1"), ("2 processes", "2")):
                wall, rss = runner.best(lint("--no-cache", str(folder)), reps, env={"AVASSA_LINT_WORKERS": workers})
                cold[(variant, n, workers)] = wall
                row(f"avassa-lint cold, {variant}, {count:,} files, {label}", count, size, wall, rss)
            one_wall, two_wall = cold[(variant, n, "1")], cold[(variant, n, "2")]
            rows.append((f"scaling, {variant}, {count:,} files: 2 processes over 1", "", "",
                         f"{one_wall / two_wall:.2f}x"))
            if variant != "realistic" and ("realistic", n, "2") in cold:
                rows.append((f"{variant} over realistic, {count:,} files, 2 processes", "", "",
                             f"{two_wall / cold[('realistic', n, '2')]:.2f}x the time"))
            if n > files:
                continue
            if yamllint:
                wall, rss = runner.best([yamllint, "-f", "parsable", str(folder)], 1)
                row(f"yamllint, {variant}, {count:,} files", count, size, wall, rss)
            if cjs:
                # at most CJS_FILES: with this schema check-jsonschema takes ~0.2 s per file here
                apps = sorted(str(p) for p in (folder / "applications").glob("*.yaml"))[:CJS_FILES]
                apps_size = sum(os.path.getsize(p) for p in apps)
                wall, rss = runner.best([cjs, *cjs_base, *apps], 1)
                row(f"check-jsonschema, {variant}, {len(apps):,} application files", len(apps), apps_size, wall, rss)

        main_folder = corpora[("realistic", files)]
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

        n_one = 9
        rows.append(("`--version`", "", "", f"{runner.median([sys.executable, '-m', 'avassa_lint', '--version'], n_one) * 1000:.0f} ms median of {n_one}"))
        # the one-file runs of the tools interleaved, so a busy moment hits them alike
        one_cmds = {"avassa-lint": lint("--no-cache", str(one_file))}
        if yamllint:
            one_cmds["yamllint"] = [yamllint, "-f", "parsable", str(one_file)]
        if cjs:
            one_cmds["check-jsonschema"] = [cjs, *cjs_base, str(one_file)]
        times: dict[str, list[float]] = {name: [] for name in one_cmds}
        for _ in range(n_one):
            for name, cmd in one_cmds.items():
                times[name].append(runner.run(cmd)[0])
        medians = {name: statistics.median(ts) for name, ts in times.items()}
        for name, med in medians.items():
            ratio = f", {med / medians['yamllint']:.2f}x yamllint" if "yamllint" in medians and name != "yamllint" else ""
            rows.append((f"{name}, one 60-line file" + (", --no-cache" if name == "avassa-lint" else ""), "", "",
                         f"{med * 1000:.0f} ms median of {n_one}{ratio}"))
        rows.append(("avassa-lint, one 60-line file, cache warm", "", "",
                     f"{runner.median(lint(str(one_file)), n_one) * 1000:.0f} ms median of {n_one}"))
        rows.append(("one 5,000-line file, --no-cache", "", "",
                     f"{runner.median(lint('--no-cache', str(big_file)), 5) * 1000:.0f} ms median of 5"))
        out = subprocess.run([sys.executable, "-c", IN_PROCESS, str(big_file)], env=runner.env, capture_output=True,
                             text=True, check=False)
        if out.returncode == 0:
            rows.append(("one 5,000-line file, inside the process (engine.run)", "", "",
                         f"{float(out.stdout.strip()) * 1000:.0f} ms best of 5"))
        print(rows[-1], file=sys.stderr)
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
    for line in rows:
        print("| " + " | ".join(line) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
