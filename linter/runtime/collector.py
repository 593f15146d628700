"""The one place that pauses Python's cyclic garbage collector.

A run makes millions of small, acyclic objects (spans, data, model nodes, problems) that live
until its end: the collector's full passes over them made a 50,000-file run superlinear, and
reference counting frees them anyway. A run (and each worker's chunk) therefore runs with the
collector paused, and switches it back on as it was.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
