"""Lint many files: from the cache, in this process, or in this process and a worker process.

Files are independent until the model is built, so ``lint_all`` may spread ``engine.lint_file``
over worker processes and take results from the per-file cache. Whatever the route, it yields
one outcome per input, in input order, and the outcome is the same: a cached or transported
result is the bytes ``cache.encode`` wrote, decoded back into the same plain objects.

Workers are forked (Linux), so they start in milliseconds with the configuration and schemas
already loaded, and ignore Ctrl-C (the main process stops them). The main process lints its own
share of the files (every n-th chunk) and decodes the workers' results, so two processes use two
cores: measured on the 10,000-file corpus, one worker plus the main process and two workers
with an idle main process took the same time (3.6 s against 3.4 s, one process 5.1-5.7 s), with
less CPU in total and one process fewer. Small inputs stay in one process, where fork and
transport cost more than they save; elsewhere than Linux the run stays in one process.
``AVASSA_LINT_WORKERS`` sets the number of processes (1: no worker).
"""
from __future__ import annotations

import dataclasses
import enum
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from avassa_lint.runtime.collector import collector_paused

__all__ = ["Outcome", "lint_all", "cache_anchor", "PARALLEL_MIN_FILES", "WORKERS"]

# Measured on the benchmark corpus, per-file phase, best of 5 on 2 free cores: 100 files 51 ms in
# one process against 55 ms in two, 200 files 100 ms against 79 ms: below ~150 files the fork
# and the transport cost more than the second core gives back.
PARALLEL_MIN_FILES = 150
WORKERS = 2  # processes in all, this one included
_CHUNK = 32  # files per task: large enough to amortise the round trip, small enough to balance


@dataclass
class Outcome:
    """What linting one input gave: a FileResult, or the name of the exception that escaped."""

    result: Any | None
    error: str | None = None  # exception class name (an internal error)
    traceback: str | None = None
    entry: str | None = None  # the file's cache entry (cache on, file read from disk)


def _workers_wanted(n_inputs: int, requested: int | None) -> int:
    if requested is not None:
        return max(1, requested)
    env = os.environ.get("AVASSA_LINT_WORKERS", "").strip()
    if env.isdigit():
        return max(1, int(env))
    if n_inputs < PARALLEL_MIN_FILES or not sys.platform.startswith("linux"):
        return 1
    return max(1, min(WORKERS, os.cpu_count() or 1))


class Sent(enum.Enum):
    """What a lint of one file sends back (from a worker, or here)."""

    ENCODED = "encoded"  # the codec's bytes of the FileResult
    OBJECT = "object"  # the FileResult itself (the codec could not carry it)
    ERROR = "error"  # an exception escaped: its name and traceback


Lint = Callable[[Any], Any]  # an input -> its FileResult (engine.lint_file with its settings bound)


def lint_all(inputs: list[Any], lint: Lint, config: Any, cache: Any,
             workers: int | None = None) -> Iterator[tuple[Any, Outcome]]:
    """(input, outcome) for every input, in order: ``lint`` runs here or in a worker, ``cache``
    (or None) gives and keeps results."""
    # Every file is looked up first: only the misses are worth a worker (a warm run, or one with
    # a few edited files, stays in this process).
    tasks = [_lookup(item, config, cache) for item in inputs]
    misses = [t for t in tasks if t.blob is None]
    n = _workers_wanted(len(misses), workers) if misses else 1
    if n > 1:
        try:
            import multiprocessing

            context = multiprocessing.get_context("fork")
        except (ImportError, ValueError):
            n = 1

    def hit(task: _Task) -> Outcome:
        from avassa_lint.runtime.cache import CodecError, decode

        blob, task.blob = task.blob, None  # let each entry go once decoded
        try:
            return Outcome(decode(blob), entry=task.entry)  # type: ignore[arg-type]
        except CodecError:  # cannot happen for bytes we verified; lint the file instead
            return _outcome(_lint_one(_Task(task.item, task.item, None, None), lint, None, False))

    def here(task: _Task, use_cache: Any = cache) -> Outcome:
        outcome = _outcome(_lint_one(task, lint, use_cache, False))
        outcome.entry = task.entry if use_cache is not None and outcome.result is not None else None
        task.work = None  # and each file's bytes once linted
        return outcome

    if n <= 1:
        for task in tasks:
            yield task.item, (hit(task) if task.blob is not None else here(task))
        if cache is not None and misses:
            cache.prune()
        return

    global _STATE
    _STATE = (lint, cache)
    chunks = [misses[i : i + _CHUNK] for i in range(0, len(misses), _CHUNK)]
    # Ctrl-C goes to the whole process group: block SIGINT while the workers are forked, so none
    # can be hit before _worker_init ignores it (a traceback from the child, or a pool that never
    # terminates); a SIGINT that arrived meanwhile is delivered here once unblocked.
    import signal

    blocked = hasattr(signal, "pthread_sigmask")
    if blocked:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        pool = context.Pool(processes=n - 1, initializer=_worker_init)
    finally:
        if blocked:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    try:
        # This process lints every n-th chunk of misses itself and the workers the others, so n
        # processes share the work; outcomes are yielded in input order either way.
        remote = _interruptible(pool.imap(_worker_chunk, [c for i, c in enumerate(chunks) if i % n]))
        done: list[tuple[Sent, Any, Any]] = []
        j = 0  # position in misses
        for task in tasks:
            if task.blob is not None:
                yield task.item, hit(task)
                continue
            chunk, offset = divmod(j, _CHUNK)
            j += 1
            if chunk % n == 0:
                yield task.item, here(task)
                continue
            if offset == 0:
                done = next(remote)
            task.work = None
            kind, payload, extra = done[offset]
            done[offset] = None  # type: ignore[call-overload]
            if kind is Sent.ENCODED:
                from avassa_lint.runtime.cache import CodecError, decode

                try:
                    outcome = Outcome(decode(payload), entry=task.entry)
                except CodecError:  # cannot happen for bytes we wrote; lint here instead
                    outcome = here(_Task(task.item, task.item, None, None), None)
            elif kind is Sent.OBJECT:
                outcome = Outcome(payload)
            else:
                outcome = Outcome(None, payload, extra)
            yield task.item, outcome
        pool.close()
    finally:
        pool.terminate()
        pool.join()
        _STATE = None
    if cache is not None:
        cache.prune()


def _interruptible(results: Any) -> Iterator[Any]:
    """The results of ``pool.imap``, waited for in short steps: a wait without a timeout can miss a
    Ctrl-C that lands just before it blocks, and then sleeps until the next result."""
    from multiprocessing import TimeoutError as Pending

    while True:
        try:
            yield results.next(timeout=0.25)
        except Pending:
            continue
        except StopIteration:
            return


def cache_anchor(inputs: list[Any]) -> list[str]:
    """The first command-line path, else the folder that holds every file read from disk (stdin
    is never cached)."""
    for item in inputs:
        if item.data is None and getattr(item, "anchor", None):
            return [item.anchor]
    folders = [os.path.dirname(os.path.abspath(item.path)) for item in inputs if item.data is None]
    if not folders:
        return []
    try:
        return [os.path.commonpath(folders)]
    except ValueError:  # different drives
        return [folders[0]]


@dataclass
class _Task:
    item: Any  # the input as given
    work: Any  # what lint_file gets: the input, or one that carries the bytes already read
    entry: str | None  # the cache entry to write (cache on, file read)
    blob: bytes | None  # a cache hit: the verified entry


def _lookup(item: Any, config: Any, cache: Any) -> _Task:
    """Read and hash a file and look it up in the cache (never for stdin, never without a cache)."""
    if cache is None or item.data is not None:
        return _Task(item, item, None, None)
    from avassa_lint.loading.source import ReadError, read_path

    try:
        data = read_path(item.path, config.limits.max_file_size)
    except ReadError:
        return _Task(item, item, None, None)  # lint_file reports it, and it is not cached
    entry = cache.entry_id(item.path, item.hints, data)
    blob = cache.get_blob(entry)
    if blob is not None:
        return _Task(item, item, entry, blob)
    return _Task(item, dataclasses.replace(item, data=data), entry, None)


def _lint_one(task: _Task, lint: Lint, cache: Any, encoded: bool) -> tuple[Sent, Any, Any]:
    """Lint one input (and store the result when it has a cache entry): (ENCODED, bytes, None)
    when it must travel, (OBJECT, FileResult, None), or (ERROR, exception name, traceback)."""
    try:
        result = lint(task.work)
        blob = None
        if (task.entry is not None and cache is not None) or encoded:
            from avassa_lint.runtime import cache as caching  # not imported by a run without a cache

            try:
                blob = caching.encode(result)
            except caching.CodecError:
                blob = None
        if blob is not None and task.entry is not None and cache is not None:
            cache.put(task.entry, blob)
        if encoded and blob is not None:
            return (Sent.ENCODED, blob, None)
        return (Sent.OBJECT, result, None)
    except Exception as exc:  # noqa: BLE001 - contained: reported as LNT002 by the engine
        import traceback

        return (Sent.ERROR, type(exc).__name__, traceback.format_exc())


def _outcome(done: tuple[Sent, Any, Any]) -> Outcome:
    kind, payload, extra = done
    return Outcome(payload) if kind is Sent.OBJECT else Outcome(None, payload, extra)


_STATE: tuple[Lint, Any] | None = None  # what the forked workers inherit: the lint callable, the cache


def _worker_init() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the main process handles Ctrl-C and stops us
    if hasattr(signal, "pthread_sigmask"):  # blocked while the pool forked us (lint_all)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _worker_chunk(tasks: list[_Task]) -> list[tuple[Sent, Any, Any]]:
    assert _STATE is not None
    lint, cache = _STATE
    with collector_paused():
        return [_lint_one(task, lint, cache, encoded=True) for task in tasks]
