"""Run a batch in local processes (``--jobs N``), with a bounded number of articles in flight.

Only ``window`` articles (4 per process) are submitted at a time; the next is submitted when one
finishes, so memory stays flat however long the input list is (``Executor.map`` would read and submit
the whole list first).

A worker that dies (a crash in a C library, the kernel's OOM killer) breaks the whole pool, and every
article in flight with it. Those are retried one by one, each alone in a fresh one-process pool, so that
only the article that really kills its process is reported failed, and the run goes on.

``--jobs 1`` runs in this process: no pool to start, nothing to pickle.

How the pool's processes start and stop (start method, signals) is ``archivist.batch.pool``. A run that is
stopped by SIGTERM or SIGHUP (``archivist.termination``), in this process or in a worker, stops as a whole:
the workers are sent the signal and unwind their tasks, and ``Terminated`` goes on up to the caller.

Ingest hands out articles in groups of ``COMMIT_GROUP``: a process stages the group's bags and makes
them durable and visible with one commit (``archivist.bag.commit``) instead of one per bag. A group
counts as one in the window. A crashed group is retried article by article, as above. With several
processes the last few groups are smaller, so that the processes finish together.

Why 32 articles a group (8 before; issue 14): ``syncfs`` writes back the whole file system, other
people's dirty data included, so on a shared disk each commit waits for more than our bags. Measured
per article on 300 articles (``--jobs 1``, fsync on, load 4.6-6.4), interleaved: the commit's wall time
was 0.71-2.22 ms with groups of 8, 0.93-1.72 ms with 16, 0.55-0.60 ms with 32, and level (0.6-0.7 ms)
on a quieter machine. What a larger group costs: a bag is reported up to a group later (≈ 0.3 s), and
a killed process loses up to 32 staged bags of work (never a bag: nothing is visible before it is
durable, and the next run removes the staging directories).
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, wait
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Any

from archivist.batch.archives import Unit, unit_label
from archivist.batch.pool import make_pool, shut_down
from archivist.batch.work import Job, failed, ingest_one
from archivist.termination import Terminated, run_task

PER_PROCESS_IN_FLIGHT = 4
COMMIT_GROUP = 32  # articles per group commit (see the module docstring for why 32)
Task = Callable[[Any, Any], dict[str, Any]]
ManyTask = Callable[[list[Any], Any], list[dict[str, Any]]]


def default_jobs() -> int:
    return os.cpu_count() or 1


def run_local(
    paths: Iterable[Unit | str],
    job: Job | Any,
    *,
    jobs: int,
    window: int | None = None,
    task: Task = ingest_one,
    many: ManyTask | None = None,
    group: int = 1,
) -> Iterator[dict[str, Any]]:
    """Yield one outcome per path (or web-archive capture), in the order they finish. ``task(item, job)``
    makes each outcome (ingest by default; ``archivist audit`` passes its own check): a picklable
    module-level function that never raises. ``many(items, job)``, when given, does up to ``group``
    items at once (one outcome each, in order; ingest's group commit); ``task`` still retries the items
    of a group whose process died, one by one."""
    batch: ManyTask = many if many is not None and group > 1 else partial(_each, task)
    size = group if many is not None else 1
    units = (_wire(path) for path in paths)
    if jobs <= 1:
        for chunk in _chunks(units, size):
            yield from batch(chunk, job)
        return
    chunks = _chunks(units, size, tail=jobs * size)
    window = window or jobs * PER_PROCESS_IN_FLIGHT
    pool = make_pool(jobs)
    pending: dict[Future[list[dict[str, Any]]], list[Unit | str]] = {}
    stopped_by: int | None = None
    try:
        while True:
            while len(pending) < window:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                pending[pool.submit(run_task, batch, chunk, job)] = chunk
            if not pending:
                return
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            suspects: list[Unit | str] = []
            for future in done:
                yield from _settle(future, pending.pop(future), suspects)
            if suspects:
                # The pool is broken: everything still in flight ends the same way, soon.
                wait(pending)
                for future, source in pending.items():
                    yield from _settle(future, source, suspects)
                pending.clear()
                pool.shutdown(wait=True, cancel_futures=True)
                yield from _one_by_one(suspects, job, task)
                pool = make_pool(jobs)
    except Terminated as stop:  # a worker was stopped (by a signal sent to it): the whole run stops
        stopped_by = stop.signal_number
        raise
    finally:
        # Stopped early (Ctrl-C, the consumer gave up): articles not started are cancelled, those being
        # ingested are finished, so nothing is left half-made. Stopped by SIGTERM or SIGHUP: the workers
        # unwind theirs (their staged bags removed) instead of finishing them.
        shut_down(pool, stopped_by)


def _each(task: Task, units: list[Any], job: Any) -> list[dict[str, Any]]:
    return [task(unit, job) for unit in units]


def _chunks(units: Iterator[Any], size: int, *, tail: int = 0) -> Iterator[list[Any]]:
    """Groups of ``size``, except the last ``tail`` units, handed out in groups of a quarter of that.

    With several processes, the run ends when the last group does: a whole last group (32 articles,
    ≈ 0.3 s at 10 ms an article) left one process idle for half a group on average while the other
    finished. Smaller last groups
    even the finish for a few more sync passes. Reading ``tail`` units ahead costs nothing: they are
    paths, and the window holds more than that in flight anyway."""
    if tail <= 0 or size <= 1:
        while chunk := list(islice(units, size)):
            yield chunk
        return
    ahead: deque[Any] = deque()
    for unit in units:
        ahead.append(unit)
        if len(ahead) >= size + tail:
            yield [ahead.popleft() for _ in range(size)]
    small = max(1, size // 4)
    while ahead:
        yield [ahead.popleft() for _ in range(min(small, len(ahead)))]


def _wire(unit: Unit | str) -> Any:
    # Paths travel as strings; a capture or an article file with its bytes as itself (frozen dataclasses).
    return unit if not isinstance(unit, (str, Path)) else str(unit)


def _settle(
    future: Future[list[dict[str, Any]]], units: list[Unit | str], suspects: list[Unit | str]
) -> Iterator[dict[str, Any]]:
    try:
        yield from future.result()
    except BrokenProcessPool:
        suspects.extend(units)
    except Exception as exc:  # the outcomes could not come back (e.g. one did not pickle)
        for unit in units:
            source = unit_label(unit)
            yield failed(source, f"{source}: internal error: {type(exc).__name__}: {exc}")


def _one_by_one(units: list[Unit | str], job: Job | Any, task: Task) -> Iterator[dict[str, Any]]:
    for unit in units:
        pool = make_pool(1)
        try:
            yield pool.submit(run_task, task, unit, job).result()
        except BrokenProcessPool:
            source = unit_label(unit)
            yield failed(
                source,
                f"{source}: the process working on it died (a crash or out of memory); "
                "the rest of the batch went on",
            )
        finally:
            shut_down(pool)
