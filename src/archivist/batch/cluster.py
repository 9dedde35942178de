"""Run a batch on a Dask distributed cluster (``--cluster tcp://host:8786``).

The client (this process) enumerates the articles and keeps a bounded number of tasks on the cluster —
a few per worker thread — submitting the next as each finishes (``as_completed``), so neither the
client nor the scheduler holds the whole collection. Each task is ``ingest_one(path, job)``: the
worker reads the article from a filesystem every machine sees under the same path, and writes the bag
to the shared output directory, or to S3 (``-o s3://...``). Results are small dicts, released as soon
as they are read.

Workers must have archivist installed (the same version) and should run one thread per process
(``dask worker --nthreads 1 --nworkers N``): ingest is CPU-bound Python, threads would share one GIL.
"""

from __future__ import annotations

import itertools
import logging
import uuid
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from archivist.batch.archives import Unit, unit_label
from archivist.batch.work import Job, failed, ingest_one
from archivist.errors import ArchivistError

PER_THREAD_IN_FLIGHT = 4
CONNECT_TIMEOUT = "30s"


class ClusterUnavailable(ArchivistError):
    """The Dask scheduler could not be reached, or has no workers."""


def run_cluster(
    paths: Iterable[Unit | str],
    job: Job | Any,
    *,
    address: str,
    window: int | None = None,
    task: Callable[[Any, Any], dict[str, Any]] = ingest_one,
) -> Iterator[dict[str, Any]]:
    """Yield one outcome per path, in the order they finish on the cluster; ``task(item, job)`` makes each
    (ingest by default; see ``run_local``)."""
    # Dask's client logs its own recoveries as warnings on stderr ("Couldn't gather 1 keys, rescheduling",
    # when a run is stopped while a result is on its way): archivist reports each task's outcome itself,
    # and a stopped run says one line. Its errors still show.
    client_log = logging.getLogger("distributed.client")
    level = client_log.level
    client_log.setLevel(logging.ERROR)
    try:
        yield from _run(paths, job, address=address, window=window, task=task)
    finally:
        client_log.setLevel(level)


def _run(
    paths: Iterable[Unit | str],
    job: Job | Any,
    *,
    address: str,
    window: int | None,
    task: Callable[[Any, Any], dict[str, Any]],
) -> Iterator[dict[str, Any]]:
    from dask.distributed import Client, as_completed

    try:
        client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise ClusterUnavailable(
            "cannot reach the Dask scheduler", where=address, why=f"{type(exc).__name__}: {exc}"
        ) from exc
    try:
        threads = sum(client.nthreads().values())
        if threads == 0:
            client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
            threads = sum(client.nthreads().values())
        window = window or max(threads, 1) * PER_THREAD_IN_FLIGHT
        run = uuid.uuid4().hex[:8]
        todo = iter(paths)
        sources: dict[str, str] = {}
        numbers = itertools.count()
        queue = as_completed(loop=client.loop)

        def submit_next() -> bool:
            path = next(todo, None)
            if path is None:
                return False
            source = unit_label(path)
            unit = path if not isinstance(path, (str, Path)) else str(path)
            # Unique keys: the same article submitted twice (listed twice) is still two tasks, and
            # pure=False keeps Dask from caching a result across runs.
            key = f"archivist-{getattr(task, '__name__', 'task')}-{run}-{next(numbers)}"
            sources[key] = source
            queue.add(client.submit(task, unit, job, key=key, pure=False, retries=0))
            return True

        for _ in range(window):
            if not submit_next():
                break
        for future in queue:
            source = sources.pop(future.key, "?")
            try:
                outcome = future.result()
            except Exception as exc:  # the worker died under this task (KilledWorker) or it was lost
                outcome = failed(source, f"{source}: the Dask task failed: {type(exc).__name__}: {exc}")
            future.release()
            yield outcome
            submit_next()
    finally:
        client.close()
