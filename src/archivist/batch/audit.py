"""``audit_collection``: ``archivist.audit.audit_copies`` with its checks run in local processes or on a
Dask cluster — the same runners (``local.run_local``, ``cluster.run_cluster``) ingest uses, given the
audit's own task (``archivist.audit.check_task``: one object in one copy)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from archivist.audit import AuditJob, AuditSummary, audit_copies, check_task
from archivist.errors import UsageError


def audit_collection(
    targets: list[str], *, jobs: int | None = 1, cluster: str | None = None, **options: Any
) -> AuditSummary:
    """Audit ``targets`` (see ``audit_copies`` for ``options``) with ``jobs`` processes or on ``cluster``.

    ``jobs`` 1 (the default) checks in this process: each check already hashes on several threads. Dask
    workers must see OCFL roots and directories of bags under the same paths, and reach the S3 endpoint."""
    if jobs is not None and jobs < 1:
        raise UsageError(f"--jobs must be at least 1, not {jobs}")
    if cluster:
        from archivist.batch.cluster import run_cluster

        def runner(tasks: Iterable[str], job: AuditJob) -> Iterator[dict[str, Any]]:
            return run_cluster(tasks, job, address=cluster, task=check_task)
    else:
        from archivist.batch.local import default_jobs, run_local

        count = jobs or default_jobs()

        def runner(tasks: Iterable[str], job: AuditJob) -> Iterator[dict[str, Any]]:
            return run_local(tasks, job, jobs=count, task=check_task, many=check_group, group=CHECK_GROUP)

    return audit_copies(targets, runner=runner, **options)


# Checks handed to a worker at once: one object of a news collection is checked in about a millisecond,
# less than a round trip to a worker and back; a crashed group is retried check by check (``run_local``).
CHECK_GROUP = 8


def check_group(tasks: list[str], job: AuditJob) -> list[dict[str, Any]]:
    return [check_task(task, job) for task in tasks]
