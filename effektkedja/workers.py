"""Checking files in worker processes: how many, and stopping them all when the run stops.

``check -j N`` and the automatic parallelism of ``check``, ``report`` and the CSV
export use :func:`ordered_map`. Its promises:

- never more workers than cores, nor more than files (``--jobs 99999999`` starts
  one process per core at most);
- results come back in the order of the files, whatever the number of workers;
- when the run ends early (Ctrl-C, SIGTERM, an error in the main process, a
  consumer that stops reading), every worker is stopped at once, also one that
  waits on a named pipe, and none is left behind. Workers ignore Ctrl-C (the
  terminal sends it to the whole process group; the main process decides) and
  die on SIGTERM.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

R = TypeVar("R")

#: Pools stopped early, whose threads must not be waited for at exit.
_ABANDONED: list[Any] = []

#: With ``jobs=None`` ("auto"), at least this many files per worker before a second
#: process pays for its start and for sending results back.
FILES_PER_WORKER = 16


def cores() -> int:
    """The cores this process may run on (its CPU affinity where the system tells)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def worker_count(jobs: int | None, files: int) -> int:
    """How many processes to use: ``jobs`` if given, capped at the cores and the files;
    with ``None``, one per core while there are :data:`FILES_PER_WORKER` files for each."""
    if jobs is not None:
        return max(1, min(jobs, files, cores()))
    return max(1, min(cores(), files // FILES_PER_WORKER))


def _start_worker() -> None:
    """In each worker: Ctrl-C is the main process's business, SIGTERM ends the worker.

    A worker is forked from the main process, whose handlers turn SIGTERM into an
    exception; a worker must simply die instead.
    """
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, signal.SIG_DFL)


def _stop_workers() -> None:
    """Terminate this process's worker processes now, without waiting for their work."""
    import multiprocessing

    children = multiprocessing.active_children()
    for child in children:
        child.terminate()
    for child in children:
        child.join(timeout=5)
        if child.is_alive():
            child.kill()
            child.join()


def _run_chunk(function: Callable[..., R], rows: list[tuple[Any, ...]]) -> list[R]:
    return [function(*row) for row in rows]


def ordered_map(function: Callable[..., R], *iterables: Iterable[Any], workers: int) -> Iterator[R]:
    """``map(function, *iterables)`` in ``workers`` processes, results in order.

    The work is shared out in chunks at once; results are yielded as they are
    ready. If the caller stops early or anything interrupts the run, the workers
    are terminated before the exception goes on. Futures are never cancelled:
    the pool's own thread marks them failed once its workers are gone, and a
    cancelled one would make it raise (InvalidStateError, Python before 3.12).
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    rows = list(zip(*iterables, strict=True))
    size = max(1, min(32, len(rows) // (workers * 4)))
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_start_worker)
    finished = False
    try:
        futures = [
            pool.submit(_run_chunk, function, rows[start : start + size])
            for start in range(0, len(rows), size)
        ]
        for future in futures:
            yield from future.result()
        finished = True
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:
            _stop_workers()
            # A worker killed while sending a result leaves half a message in the pipe,
            # and the pool's thread may wait for the rest for ever: do not join it.
            # The process ends soon after; :func:`abandoned` tells it not to wait.
            pool.shutdown(wait=False)
            _ABANDONED.append(pool)


def abandoned() -> bool:
    """True when a pool was stopped early: the process must exit without joining its
    threads (``os._exit`` after flushing), or it could hang at exit."""
    return bool(_ABANDONED)
