"""``ingest_collection``: a whole collection of articles into bags, locally or on a Dask cluster.

The steps of a run: clear what a killed earlier run left in the output directory; enumerate the inputs
lazily, each web archive (WARC, ARC) expanded into the pages it captured (``batch.archives``); hand each
to a runner (local processes or a Dask cluster) with a bounded number in flight;
count each outcome into the summary, the ``--report`` file and the progress bar as it arrives.

Resume needs nothing more: a bag's name is its record id, which the article's bytes determine (for a
web page, the bytes of its stored records), and
``ingest_article`` verifies and keeps a bag that is already there, so a restarted run reports the done
articles ``present`` and does only the rest.
"""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from archivist.batch.archives import Unit, expand_archives
from archivist.batch.inputs import iter_inputs
from archivist.batch.progress import NullProgress, ProgressSink
from archivist.batch.report import ReportWriter, Summary
from archivist.batch.staging import clean_staging
from archivist.batch.work import S3_SCHEME, Job
from archivist.config import Config
from archivist.errors import InputError, UsageError
from archivist.render.context import RenderContext


def ingest_collection(
    inputs: Iterable[str | os.PathLike[str]],
    output: str | os.PathLike[str],
    *,
    jobs: int | None = None,
    cluster: str | None = None,
    tar: bool = False,
    deposit: str | Iterable[str] | None = None,
    endpoint_url: str | None = None,
    report: str | os.PathLike[str] | None = None,
    progress: ProgressSink | None = None,
    context: RenderContext | None = None,
    config: Config | None = None,
    from_file: str | os.PathLike[str] | None = None,
) -> Summary:
    """Ingest every article ``inputs`` name (files, directories walked recursively, glob patterns; plus
    the lines of ``from_file``) into ``output/<record id>/``, or into ``s3://bucket/prefix`` as tars.

    ``jobs`` local processes (default: one per core), or the Dask scheduler at ``cluster``. Each bag is
    also written as a tar (``tar``), deposited (``deposit``: one target or several, each a copy), each outcome
    written to ``report`` (JSON Lines) and passed to ``progress``. Never raises for a bad article: it is
    counted ``failed`` with its reason. Raises ``UsageError`` for a bad output or ``jobs``."""
    started = time.time()
    jobs = _check_jobs(jobs)
    target = _prepare_output(output)
    deposit = (deposit,) if isinstance(deposit, str) else tuple(deposit or ())
    if deposit and target.startswith(S3_SCHEME):
        raise UsageError(
            "--deposit cannot be combined with an s3:// output, which is already a deposit", where=target
        )
    job = Job(
        output=target, tar=tar, deposit=deposit, endpoint_url=endpoint_url, config=config, context=context
    )
    summary = Summary(output=target)
    if not job.remote:
        summary.cleaned = clean_staging(Path(target), older_than=started)
    sink = progress or NullProgress()
    exclude = () if job.remote else (target,)
    _count_in_background(inputs, from_file, exclude, sink)
    paths: Iterator[Path] = iter_inputs(inputs, from_file=from_file, exclude=exclude)
    if cluster:
        # Workers on other machines resolve relative paths against their own working directory.
        paths = (path.absolute() for path in paths)
    with ReportWriter(report) as writer:

        def settle(outcome: dict[str, Any]) -> None:
            summary.add(outcome)
            writer.write(outcome)
            sink.advance(outcome)

        # A cluster's workers may be other machines: they read the files themselves.
        units = expand_archives(paths, settle, keep_bytes=not cluster)
        try:
            # Paths read from standard input may come slowly (a pipeline, a watcher): each bag is then
            # committed and reported as soon as it is made rather than when a group has arrived.
            streamed = from_file is not None and str(from_file) == "-"
            for outcome in _runner(units, job, jobs=jobs, cluster=cluster, group=1 if streamed else None):
                settle(outcome)
        finally:
            summary.seconds = time.time() - started
    return summary


def _runner(
    paths: Iterator[Unit], job: Job, *, jobs: int, cluster: str | None, group: int | None = None
) -> Iterator[dict[str, Any]]:
    if cluster:
        from archivist.batch.cluster import run_cluster

        return run_cluster(paths, job, address=cluster)
    from archivist.batch.local import COMMIT_GROUP, run_local
    from archivist.batch.work import ingest_many

    return run_local(paths, job, jobs=jobs, many=ingest_many, group=group or COMMIT_GROUP)


def _check_jobs(jobs: int | None) -> int:
    from archivist.batch.local import default_jobs

    if jobs is None:
        return default_jobs()
    if jobs < 1:
        raise UsageError(f"--jobs must be at least 1, not {jobs}")
    return jobs


def _prepare_output(output: str | os.PathLike[str]) -> str:
    text = os.fspath(output)
    if text.startswith(S3_SCHEME):
        if len(text) <= len(S3_SCHEME) or text[len(S3_SCHEME)] == "/":
            raise UsageError("an S3 output needs a bucket: s3://bucket/prefix", where=text)
        return text
    path = Path(text).absolute()
    if path.exists() and not path.is_dir():
        raise UsageError("the output exists and is not a directory", where=text)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        # The command was right; the file system refused (read-only, full, no permission): exit 1.
        raise InputError("cannot create the output directory", where=text, why=exc.strerror) from exc
    return str(path)


# By name only, for the progress bar's total; what is ingested as a web archive is decided by content.
_WEB_ARCHIVE_NAME = re.compile(r"\.(warc|arc)(\.gz)?$", re.IGNORECASE)


def _count_in_background(
    inputs: Iterable[Any], from_file: Any, exclude: tuple[str, ...], sink: ProgressSink
) -> None:
    """Count the inputs in a second, lazy pass, to give the bar its total and time left. Only when
    there is a bar and the inputs can be read twice (a list, not a one-shot iterator)."""
    if isinstance(sink, NullProgress) or not isinstance(inputs, (list, tuple)):
        return
    if from_file is not None and str(from_file) == "-":
        return

    def count() -> None:
        total = 0
        try:
            for path in iter_inputs(inputs, from_file=from_file, exclude=exclude):
                if _WEB_ARCHIVE_NAME.search(path.name):
                    return  # its number of pages is known only once it is scanned: no total
                total += 1
        except OSError:
            return  # the run itself meets the same error and reports it; the bar just has no total
        sink.set_total(total)

    threading.Thread(target=count, name="archivist-count", daemon=True).start()
