"""One article in, one validated bag out: parse → render → validate → bag. The article is a file
(``ingest_article``) or a page captured in a web archive (``ingest_capture``: one WARC/ARC record).

Idempotent: the bag's name is the record id, which the source bytes determine, so ingesting the same
article again finds its bag, verifies it quickly (completeness and Payload-Oxum) and keeps it.
Atomic: the bag is built aside and renamed into place (see ``archivist.bag.writer``).

The ingest side owns what is specific to archivist's packages: ``article`` (an article's bag layout and
the PREMIS events of its making) and ``package`` (a bag with its PREMIS history), over the content-blind
``archivist.bag``.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from archivist.errors import ArchivistError, InputError
from archivist.render.context import RenderContext

if TYPE_CHECKING:
    from archivist.bag.commit import CommitGroup
    from archivist.record.model import Article
    from archivist.source import SourceText
    from archivist.warc import Capture

INGESTED = "ingested"
PRESENT = "present"
FAILED = "failed"
SKIPPED = "skipped"  # a web archive's record that is not an article page; not a failure


@dataclass(frozen=True)
class IngestOutcome:
    """What happened to one input: ``status`` is ingested, present (already there, verified), failed, or
    skipped (a web archive's record that holds no article: ``reason`` is a code, ``detail`` for people).
    ``url`` is the page's address when it came from a web archive."""

    source: str
    status: str
    id: str | None = None
    bag: str | None = None
    tar: str | None = None
    error: str | None = None
    url: str | None = None
    reason: str | None = None
    detail: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {key: value for key, value in asdict(self).items() if value is not None}


def ingest_article(
    path: str | os.PathLike[str],
    output: str | os.PathLike[str],
    *,
    context: RenderContext | None = None,
    tar: bool = False,
    url: str | None = None,
    fsync: bool | None = None,
    parsed: tuple[SourceText, Article] | None = None,
    group: CommitGroup | None = None,
    data: bytes | None = None,
) -> IngestOutcome:
    """Ingest one article file into ``output/<record id>/``. Never raises for a bad article: the
    outcome carries the one-line reason, so a batch can carry on.

    ``group``: stage the bag in this ``CommitGroup`` (several bags synced and renamed at once); the
    outcome is then provisional until ``publish(group, outcomes)`` commits the group.

    ``context.ingest_time`` (read from the clock once when the context is made) is the one moment of
    the ingest; ``fsync`` (default ``fsutil.FSYNC``) whether bag and tar are made durable.
    ``parsed``: the source already read from ``path`` and its parsed article, when the caller needed them
    first (a batch to S3 asks the bucket whether the bag is there), so that nothing is parsed twice.
    ``data``: the file's bytes, when the caller read them already with ``source.read_article_bytes`` (a
    batch does, to tell web archives apart), so that the file is not read twice."""
    try:
        return _ingest(
            Path(path),
            Path(output),
            context or RenderContext(),
            tar=tar,
            url=url,
            fsync=fsync,
            parsed=parsed,
            group=group,
            data=data,
        )
    except ArchivistError as exc:
        return IngestOutcome(str(path), FAILED, error=exc.line())
    except OSError as exc:
        where = exc.filename or path
        return IngestOutcome(str(path), FAILED, error=f"{where}: {exc.strerror or exc}")


def ingest_capture(
    capture: Capture,
    output: str | os.PathLike[str],
    *,
    context: RenderContext | None = None,
    tar: bool = False,
    fsync: bool | None = None,
    group: CommitGroup | None = None,
) -> IngestOutcome:
    """Ingest one page captured in a web archive into ``output/<record id>/``: the page's own records
    (response, request, metadata, warcinfo) are stored byte for byte as ``data/source/<crawl>-<offset>``
    with the crawl's suffix. A page that turns out to hold no article is ``skipped``, not failed. Never
    raises for bad input."""
    from archivist.parse import parse_source
    from archivist.warc import read_capture
    from archivist.warc.page import page_source, stored_source
    from archivist.warc.scan import NO_ARTICLE

    label, url = capture.label, capture.target_uri or None
    try:
        page = read_capture(capture)
        try:
            parsed = page_source(page)
            article = parse_source(parsed)
        except InputError as exc:
            return IngestOutcome(label, SKIPPED, url=url, reason=NO_ARTICLE, detail=exc.line())
        outcome = _bag(
            article,
            Path(output),
            context or RenderContext(),
            tar=tar,
            fsync=fsync,
            label=label,
            stored=lambda: stored_source(parsed, page),
            group=group,
        )
    except ArchivistError as exc:
        return IngestOutcome(label, FAILED, error=exc.line(), url=url)
    except OSError as exc:
        return IngestOutcome(label, FAILED, error=f"{label}: {exc.strerror or exc}", url=url)
    return replace(outcome, url=url)


def _ingest(
    path: Path,
    output: Path,
    context: RenderContext,
    *,
    tar: bool,
    url: str | None,
    fsync: bool | None,
    parsed: tuple[SourceText, Article] | None,
    group: CommitGroup | None,
    data: bytes | None = None,
) -> IngestOutcome:
    from archivist.parse import parse_source
    from archivist.source import read_source, source_from_bytes

    if parsed is None:
        source = read_source(path, url=url) if data is None else source_from_bytes(path, data, url=url)
        article = parse_source(source)
    else:
        source, article = parsed
    return _bag(
        article, output, context, tar=tar, fsync=fsync, label=str(path), stored=lambda: source, group=group
    )


def _bag(
    article: Article,
    output: Path,
    context: RenderContext,
    *,
    tar: bool,
    fsync: bool | None,
    label: str,
    stored: Callable[[], SourceText],
    group: CommitGroup | None = None,
) -> IngestOutcome:
    """Bag ``article`` unless its bag is already there; ``stored()`` gives the source with the bytes to
    keep under ``data/source/`` (asked only when a bag is written)."""
    from archivist.ingest.article import existing_bag_problems, write_article_bag
    from archivist.render import render_documents

    dest = output / article.id
    tar_path = output / f"{article.id}.tar" if tar else None
    if dest.exists():
        problems = existing_bag_problems(dest)
        if problems:
            return IngestOutcome(
                label,
                FAILED,
                article.id,
                str(dest),
                error=f"{dest}: a bag with this id exists but is not complete ({problems[0].line()}); "
                "it was left untouched",
            )
        _ensure_tar(dest, tar_path, context, fsync)
        return IngestOutcome(label, PRESENT, article.id, str(dest), str(tar_path) if tar_path else None)
    documents = render_documents(article, context)
    created = write_article_bag(stored(), article, documents, dest, context, fsync=fsync, group=group)
    if group is not None and created:
        # Staged only: publish() commits the group, then writes the tar (the tar is made from the bag
        # in place) and gives the final status.
        return IngestOutcome(label, INGESTED, article.id, str(dest), str(tar_path) if tar_path else None)
    if not created:
        # Another process made the same bag between our check and our rename: that one stands.
        return IngestOutcome(label, PRESENT, article.id, str(dest), str(tar_path) if tar_path else None)
    _ensure_tar(dest, tar_path, context, fsync)
    return IngestOutcome(label, INGESTED, article.id, str(dest), str(tar_path) if tar_path else None)


def publish(
    group: CommitGroup,
    outcomes: list[IngestOutcome],
    *,
    context: RenderContext,
    fsync: bool | None = None,
) -> list[IngestOutcome]:
    """Commit ``group`` (see ``archivist.bag.commit``) and settle the outcomes of the ingests that
    staged a bag in it: ingested once in place (and the tar written, when asked), present when another
    process put the same bag there first, failed when it could not be made durable. Others pass as they
    are."""
    from archivist.bag.writer import BagExists

    results = iter(group.commit())  # in the order the bags were staged, as their outcomes are
    settled = []
    for outcome in outcomes:
        if outcome.status != INGESTED:  # with a group, "ingested" means staged until now
            settled.append(outcome)
            continue
        dest, error = next(results)
        assert str(dest) == outcome.bag, "outcomes and staged bags out of step"
        if error is not None and not isinstance(error, BagExists):
            settled.append(
                replace(
                    outcome, status=FAILED, tar=None, error=f"{dest}: bag not put in place ({_why(error)})"
                )
            )
            continue
        try:
            _ensure_tar(dest, Path(outcome.tar) if outcome.tar else None, context, fsync)
        except (ArchivistError, OSError) as exc:
            settled.append(
                replace(outcome, status=FAILED, error=f"{outcome.tar}: tar not written ({_why(exc)})")
            )
            continue
        settled.append(outcome if error is None else replace(outcome, status=PRESENT))
    return settled


def _why(error: Exception) -> str:
    if isinstance(error, ArchivistError):
        return error.line()
    return str(getattr(error, "strerror", None) or error)


def _ensure_tar(bag: Path, tar_path: Path | None, context: RenderContext, fsync: bool | None) -> None:
    if tar_path is None or tar_path.exists():
        return
    from archivist.bag.tarball import TarExists, write_tar

    # Another process may write it meanwhile; tars are deterministic, so theirs has the same bytes.
    with contextlib.suppress(TarExists):
        write_tar(bag, tar_path, mtime=int(context.ingest_time.timestamp()), fsync=fsync)
