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

import gc
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

__all__ = ["Outcome", "lint_all", "thaw", "PARALLEL_MIN_FILES", "WORKERS"]

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


def _workers_wanted(n_inputs: int, requested: int | None) -> int:
    if requested is not None:
        return max(1, requested)
    env = os.environ.get("AVASSA_LINT_WORKERS", "").strip()
    if env.isdigit():
        return max(1, int(env))
    if n_inputs < PARALLEL_MIN_FILES or not sys.platform.startswith("linux"):
        return 1
    return max(1, min(WORKERS, os.cpu_count() or 1))


def lint_all(inputs: list[Any], config: Any, schemas: Any, workers: int | None = None) -> Iterator[tuple[Any, Outcome]]:
    """(input, outcome) for every input, in order.

    The cyclic garbage collector is paused while the results pile up (they hold no cycles, and
    each collection would walk all of them again), and what they hold is frozen afterwards
    (``gc.freeze``) so the collections during the rules skip it; ``thaw`` undoes that.
    """
    global _FROZEN
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield from _lint_all(inputs, config, schemas, workers)
    finally:
        if paused:
            gc.enable()
            if not _FROZEN:
                gc.freeze()
                _FROZEN = True


_FROZEN = False


def thaw() -> None:
    """Return what ``lint_all`` froze to the collector (the end of a run)."""
    global _FROZEN
    if _FROZEN:
        gc.unfreeze()
        _FROZEN = False


def _lint_all(inputs: list[Any], config: Any, schemas: Any, workers: int | None) -> Iterator[tuple[Any, Outcome]]:
    from avassa_lint.cache import open_cache
    from avassa_lint.source import parser_backend

    cache = open_cache(config, _cache_anchor(inputs), parser_backend()) if inputs else None
    n = _workers_wanted(len(inputs), workers)
    if n > 1:
        try:
            import multiprocessing

            context = multiprocessing.get_context("fork")
        except (ImportError, ValueError):
            n = 1
    if n <= 1:
        for item in inputs:
            yield item, _lint_one(item, config, schemas, cache, encoded=False)
        if cache is not None and cache.misses:
            cache.prune()
        return

    from avassa_lint import cache as caching

    global _STATE
    _STATE = (config, schemas, cache)
    chunks = [(i, inputs[i : i + _CHUNK]) for i in range(0, len(inputs), _CHUNK)]
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
        # This process lints every n-th chunk itself and the workers the others, so n processes
        # share the work; results are taken in input order either way.
        remote = _interruptible(pool.imap(_worker_chunk, [c for i, c in enumerate(chunks) if i % n]))
        for i, (start, items) in enumerate(chunks):
            if i % n == 0:
                for item in items:
                    yield item, _lint_one(item, config, schemas, cache, encoded=False)
                continue
            _, outcomes = next(remote)
            for offset, (kind, payload, extra) in enumerate(outcomes):
                item = inputs[start + offset]
                if kind == "encoded":
                    try:
                        outcome = Outcome(caching.decode(payload))
                    except caching.CodecError:  # cannot happen for bytes we wrote; lint here instead
                        outcome = _lint_one(item, config, schemas, None, encoded=False)
                elif kind == "object":
                    outcome = Outcome(payload)
                else:
                    outcome = Outcome(None, payload, extra)
                yield item, outcome
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


def _cache_anchor(inputs: list[Any]) -> list[str]:
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


def _lint_one(item: Any, config: Any, schemas: Any, cache: Any, encoded: bool) -> Any:
    """One input, through the cache when there is one. With ``encoded`` the result comes back
    as ("encoded", bytes, None) / ("object", FileResult, None) / ("error", name, traceback)
    for transport; otherwise as an Outcome."""
    from avassa_lint import cache as caching
    from avassa_lint.engine import Input, lint_file
    from avassa_lint.source import ReadError, read_path

    try:
        entry = None
        work = item
        if cache is not None and item.data is None:
            try:
                data = read_path(item.path, config.limits.max_file_size)
            except ReadError:
                data = None  # lint_file reports it (and it is not cached)
            if data is not None:
                entry = cache.entry_id(item.path, item.hints, data)
                blob = cache.get_blob(entry)
                if blob is not None:
                    if encoded:
                        return ("encoded", blob, None)
                    try:
                        return Outcome(caching.decode(blob))
                    except caching.CodecError:
                        pass
                work = Input(item.path, data, item.hints)
        result = lint_file(work, config, schemas)
        blob = None
        if entry is not None or encoded:
            try:
                blob = caching.encode(result)
            except caching.CodecError:
                blob = None
        if entry is not None and blob is not None:
            cache.put(entry, blob)
        if encoded:
            return ("encoded", blob, None) if blob is not None else ("object", result, None)
        return Outcome(result)
    except Exception as exc:  # noqa: BLE001 - contained: reported as LNT002 by the engine
        import traceback

        if encoded:
            return ("error", type(exc).__name__, traceback.format_exc())
        return Outcome(None, type(exc).__name__, traceback.format_exc())


_STATE: tuple[Any, Any, Any] | None = None


def _worker_init() -> None:
    import gc
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the main process handles Ctrl-C and stops us
    if hasattr(signal, "pthread_sigmask"):  # blocked while the pool forked us (lint_all)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    gc.disable()  # short-lived and acyclic: collection only costs time here


def _worker_chunk(task: tuple[int, list[Any]]) -> tuple[int, list[tuple[str, Any, Any]]]:
    start, items = task
    assert _STATE is not None
    config, schemas, cache = _STATE
    return start, [_lint_one(item, config, schemas, cache, encoded=True) for item in items]
