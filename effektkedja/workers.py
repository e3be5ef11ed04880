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
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

R = TypeVar("R")

#: Pools stopped early, whose threads must not be waited for at exit.
_ABANDONED: list[Any] = []

#: With ``jobs=None`` ("auto"), at least this much plan text per worker before a
#: second process pays for its start and for sending its results back (measured in
#: ``bench/run.py``: below it, one process is as fast).
BYTES_PER_WORKER = 2 * 2**20


def cores() -> int:
    """The cores this process may run on (its CPU affinity where the system tells)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def idle_cores() -> int:
    """Cores no other process is using now, this one's own included (at least 1).

    On Linux, from the processes running at this moment (``/proc/loadavg``, three
    looks a millisecond apart, the fewest counted: a core busy in all of them is
    busy); elsewhere from the one-minute load average.
    """
    total = cores()
    busy: float | None = None
    try:
        for look in range(3):
            if look:
                time.sleep(0.001)
            with open("/proc/loadavg", encoding="ascii") as status:
                running = int(status.read().split()[3].partition("/")[0]) - 1  # less this one
            busy = running if busy is None else min(busy, running)
    except (OSError, ValueError, IndexError):
        try:
            busy = os.getloadavg()[0]
        except (OSError, AttributeError):
            busy = 0
    return max(1, min(total, round(total - (busy or 0))))


def worker_count(jobs: int | None, paths: Sequence[Path]) -> int:
    """How many processes to check ``paths`` with.

    ``jobs`` if given, capped at the cores and the files. With ``None`` ("auto"),
    more than one only when it pays: :data:`BYTES_PER_WORKER` of plans for each,
    and no more than the cores idle now (on a busy machine a second process only
    waits its turn and then costs the hand-over of its results).
    """
    if jobs is not None:
        return max(1, min(jobs, len(paths), cores()))
    size = 0
    for path in paths:
        try:
            size += path.stat().st_size
        except OSError:
            continue
    wanted = min(cores(), len(paths), size // BYTES_PER_WORKER)
    return max(1, min(wanted, idle_cores())) if wanted > 1 else 1


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
