"""The one unit of work a batch hands to a process or a Dask worker: one article → one outcome dict.
The unit is an article file's path, an ``ArticleFile`` (its path and the bytes the batch read to tell it
from a web archive), or a ``Capture``: one page in a web archive (file + record offsets).

It never raises: an article that fails (or a bug met on one article) becomes a ``failed`` outcome with
a one-line reason, so the runner never loses the rest of the batch. Everything it needs travels in a
small picklable ``Job``, the same for every article of a run.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from archivist.batch.archives import ArticleFile
from archivist.config import Config
from archivist.errors import ArchivistError
from archivist.ingest import FAILED, INGESTED, PRESENT, ingest_article, ingest_capture
from archivist.render.context import RenderContext
from archivist.warc import Capture

S3_SCHEME = "s3://"
WorkUnit = str | Capture | ArticleFile
_CLIENTS: dict[str | None, Any] = {}


@dataclass(frozen=True)
class Job:
    """What every article of a run shares. ``output`` is an absolute directory or an ``s3://`` URL.

    ``context`` fixes one ingest time for the whole run (reproducible runs pass one built under
    ``SOURCE_DATE_EPOCH``); without it each article gets its own time, read when it is ingested."""

    output: str
    tar: bool = False
    deposit: tuple[str, ...] = ()  # every target each bag is deposited to (several copies)
    endpoint_url: str | None = None
    config: Config | None = None
    context: RenderContext | None = None

    @property
    def remote(self) -> bool:
        return self.output.startswith(S3_SCHEME)


def failed(source: str, error: str) -> dict[str, Any]:
    return {"source": source, "status": FAILED, "error": error}


def ingest_one(unit: WorkUnit, job: Job) -> dict[str, Any]:
    """Ingest one article as ``job`` says; deposit it if asked. Returns the outcome as a dict."""
    source = _label(unit)
    try:
        if job.remote:
            return _ingest_to_s3(unit, job)
        outcome = _ingest(unit, job.output, job, tar=job.tar)
        if job.deposit and outcome["status"] in (INGESTED, PRESENT):
            _deposit(outcome, Path(outcome["bag"]), job.deposit, job)
        return outcome
    except Exception as exc:  # a bug met on one article must not end the batch
        return failed(source, f"{source}: internal error: {type(exc).__name__}: {exc}")


def ingest_many(units: list[WorkUnit], job: Job) -> list[dict[str, Any]]:
    """``ingest_one`` for several units with one group commit (``archivist.bag.commit``): their bags
    are staged, then synced at once, renamed into place and their directory synced once, before any
    is reported ingested (or deposited). Never raises. To S3, or for one unit, ``ingest_one`` each."""
    if job.remote or len(units) <= 1:
        return [ingest_one(unit, job) for unit in units]
    from archivist.bag.commit import CommitGroup
    from archivist.ingest import IngestOutcome, publish

    context = job.context or RenderContext(config=job.config or Config())
    staged: list[IngestOutcome] = []
    try:
        with CommitGroup() as group:
            for unit in units:
                staged.append(_stage(unit, job, context, group))
            settled = [outcome.to_dict() for outcome in publish(group, staged, context=context)]
    except Exception as exc:  # a bug in the commit itself: no bag of the group was reported made
        return [
            failed(_label(unit), f"{_label(unit)}: internal error: {type(exc).__name__}: {exc}")
            for unit in units
        ]
    if job.deposit:
        for outcome in settled:
            if outcome["status"] in (INGESTED, PRESENT):
                try:
                    _deposit(outcome, Path(outcome["bag"]), job.deposit, job)
                except Exception as exc:  # as in ingest_one: one article's bug stays its own
                    outcome.update(
                        failed(
                            outcome["source"],
                            f"{outcome['source']}: internal error: {type(exc).__name__}: {exc}",
                        )
                    )
    return settled


def _stage(unit: WorkUnit, job: Job, context: RenderContext, group: Any) -> Any:
    from archivist.ingest import IngestOutcome

    try:
        if isinstance(unit, Capture):
            return ingest_capture(unit, job.output, context=context, tar=job.tar, group=group)
        path, data = _path_and_bytes(unit)
        return ingest_article(path, job.output, context=context, tar=job.tar, group=group, data=data)
    except Exception as exc:  # a bug met on one article must not end the batch
        source = _label(unit)
        return IngestOutcome(source, FAILED, error=f"{source}: internal error: {type(exc).__name__}: {exc}")


def _label(unit: WorkUnit) -> str:
    if isinstance(unit, Capture):
        return unit.label
    return unit.path if isinstance(unit, ArticleFile) else unit


def _path_and_bytes(unit: str | ArticleFile) -> tuple[str, bytes | None]:
    return (unit.path, unit.data) if isinstance(unit, ArticleFile) else (unit, None)


def _ingest(unit: WorkUnit, output: str, job: Job, *, tar: bool, parsed: Any = None) -> dict[str, Any]:
    context = job.context or RenderContext(config=job.config or Config())
    if isinstance(unit, Capture):
        return ingest_capture(unit, output, context=context, tar=tar).to_dict()
    path, data = _path_and_bytes(unit)
    return ingest_article(path, output, context=context, tar=tar, parsed=parsed, data=data).to_dict()


def _deposit(outcome: dict[str, Any], bag: Path, targets: tuple[str, ...], job: Job) -> None:
    """Deposit a bag that is already there (ingested now, or present from an earlier run whose deposit
    may not have happened); deposits are idempotent, an unchanged bag is reported ``unchanged``."""
    from archivist.deposit import deposit_bag

    target = ", ".join(targets)
    try:
        receipt = deposit_bag(bag, list(targets), endpoint_url=job.endpoint_url)
    except ArchivistError as exc:
        outcome["status"] = FAILED
        outcome["error"] = f"{bag}: the bag was made but its deposit to {target} failed: {exc.line()}"
        return
    outcome["deposit"] = _receipt_summary(receipt)
    if receipt.failed:  # the other copies are made; the article still counts failed until every one is
        outcome["status"] = FAILED
        outcome["error"] = f"{bag}: the bag was made but " + "; ".join(
            f"its copy to {copy['target']} failed: {copy.get('error')}" for copy in receipt.failed
        )


def _ingest_to_s3(unit: WorkUnit, job: Job) -> dict[str, Any]:
    """``-o s3://bucket/prefix``: build the bag in a private temporary directory on this machine (S3 has
    no atomic rename to build a bag in place), deposit it (``deposit_bag`` sends it as one tar, verified,
    published atomically), then drop the local copy.

    Resume: an article whose tar is already at its key is reported ``present`` without being rebuilt
    (one HEAD request; a rebuilt bag would differ by its ingest time and replace the stored one)."""
    from archivist.deposit import deposit_bag

    source = _label(unit)
    present, parsed = _s3_present(unit, job)
    if present is not None:
        return present
    scratch = Path(tempfile.mkdtemp(prefix="archivist-batch-"))
    try:
        outcome = _ingest(unit, str(scratch), job, tar=False, parsed=parsed)
        outcome.pop("bag", None)
        if outcome["status"] == FAILED:
            outcome["error"] = outcome.get("error", "").replace(str(scratch) + "/", "")
            return outcome
        if outcome["status"] not in (INGESTED, PRESENT):  # a web-archive record skipped: no bag
            return outcome
        try:
            receipt = deposit_bag(
                scratch / outcome["id"], job.output, endpoint_url=job.endpoint_url, write_receipt_file=False
            )
        except ArchivistError as exc:
            return failed(source, f"{source}: deposit to {job.output} failed: {exc.line()}")
        summary = _receipt_summary(receipt)
        outcome["deposit"] = summary
        outcome["bag"] = summary.get("location") or ""
        return outcome
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _s3_present(unit: WorkUnit, job: Job) -> tuple[dict[str, Any] | None, Any]:
    """The outcome ``present`` when the article's tar is already in the bucket, else None (also when the
    article does not parse: the ingest that follows reports why); and the (source, article) read on the
    way, which the ingest of an article file reuses instead of parsing it a second time (a web page is
    read again by ``ingest_capture``, which needs its stored records too)."""
    from archivist.deposit import parse_target
    from archivist.deposit.s3 import S3Settings, make_client, object_key
    from archivist.parse import parse_source
    from archivist.render.newsml import newsml_guid
    from archivist.source import read_source, source_from_bytes
    from archivist.warc import read_capture
    from archivist.warc.page import page_source

    source = _label(unit)
    try:
        if isinstance(unit, Capture):
            text = page_source(read_capture(unit))
        elif isinstance(unit, ArticleFile):
            text = source_from_bytes(unit.path, unit.data)
        else:
            text = read_source(Path(unit))
        article = parse_source(text)
    except (ArchivistError, OSError):
        return None, None
    parsed = None if isinstance(unit, Capture) else (text, article)
    # deposit_bag names the tar after the bag's External-Identifier, which is the NewsML-G2 guid.
    context = job.context or RenderContext(config=job.config or Config())
    where = parse_target(job.output)
    key = object_key(where.prefix, newsml_guid(article, context), ".tar")
    client = _CLIENTS.get(job.endpoint_url)
    if client is None:  # one client per process: making one costs more than the HEAD request
        client = _CLIENTS[job.endpoint_url] = make_client(job.endpoint_url, S3Settings())
    try:
        client.head_object(Bucket=where.bucket, Key=key)
    except Exception:  # botocore's ClientError (404) or unreachable: the deposit itself will tell
        return None, parsed
    location = f"s3://{where.bucket}/{key}"
    return {"source": source, "status": PRESENT, "id": article.id, "bag": location}, parsed


def _receipt_summary(receipt: Any) -> dict[str, Any]:
    data = receipt.to_dict() if hasattr(receipt, "to_dict") else {"receipt": str(receipt)}
    keep = ("target", "kind", "outcome", "location", "version", "key")
    summary = {key: data[key] for key in keep if data.get(key) is not None}
    if data.get("copies"):
        summary["copies"] = [
            {key: copy[key] for key in (*keep, "error") if copy.get(key) is not None}
            for copy in data["copies"]
        ]
    return summary
