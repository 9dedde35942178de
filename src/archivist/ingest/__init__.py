"""One article in, one validated bag out: parse → render → validate → bag.

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
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from archivist.errors import ArchivistError
from archivist.render.context import RenderContext

if TYPE_CHECKING:
    from archivist.record.model import Article
    from archivist.source import SourceText

INGESTED = "ingested"
PRESENT = "present"
FAILED = "failed"


@dataclass(frozen=True)
class IngestOutcome:
    """What happened to one input: ``status`` is ingested, present (already there, verified) or failed."""

    source: str
    status: str
    id: str | None = None
    bag: str | None = None
    tar: str | None = None
    error: str | None = None

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
) -> IngestOutcome:
    """Ingest one article file into ``output/<record id>/``. Never raises for a bad article: the
    outcome carries the one-line reason, so a batch can carry on.

    ``context.ingest_time`` (read from the clock once when the context is made) is the one moment of
    the ingest; ``fsync`` (default ``fsutil.FSYNC``) whether bag and tar are made durable.
    ``parsed``: the source already read from ``path`` and its parsed article, when the caller needed them
    first (a batch to S3 asks the bucket whether the bag is there), so that nothing is parsed twice."""
    try:
        return _ingest(
            Path(path), Path(output), context or RenderContext(), tar=tar, url=url, fsync=fsync, parsed=parsed
        )
    except ArchivistError as exc:
        return IngestOutcome(str(path), FAILED, error=exc.line())
    except OSError as exc:
        where = exc.filename or path
        return IngestOutcome(str(path), FAILED, error=f"{where}: {exc.strerror or exc}")


def _ingest(
    path: Path,
    output: Path,
    context: RenderContext,
    *,
    tar: bool,
    url: str | None,
    fsync: bool | None,
    parsed: tuple[SourceText, Article] | None,
) -> IngestOutcome:
    from archivist.ingest.article import existing_bag_problems, write_article_bag
    from archivist.parse import parse_source
    from archivist.render import render_documents
    from archivist.source import read_source

    if parsed is None:
        source = read_source(path, url=url)
        article = parse_source(source)
    else:
        source, article = parsed
    dest = output / article.id
    tar_path = output / f"{article.id}.tar" if tar else None
    if dest.exists():
        problems = existing_bag_problems(dest)
        if problems:
            return IngestOutcome(
                str(path),
                FAILED,
                article.id,
                str(dest),
                error=f"{dest}: a bag with this id exists but is not complete ({problems[0].line()}); "
                "it was left untouched",
            )
        _ensure_tar(dest, tar_path, context, fsync)
        return IngestOutcome(str(path), PRESENT, article.id, str(dest), str(tar_path) if tar_path else None)
    documents = render_documents(article, context)
    created = write_article_bag(source, article, documents, dest, context, fsync=fsync)
    if not created:
        # Another process made the same bag between our check and our rename: that one stands.
        return IngestOutcome(str(path), PRESENT, article.id, str(dest), str(tar_path) if tar_path else None)
    _ensure_tar(dest, tar_path, context, fsync)
    return IngestOutcome(str(path), INGESTED, article.id, str(dest), str(tar_path) if tar_path else None)


def _ensure_tar(bag: Path, tar_path: Path | None, context: RenderContext, fsync: bool | None) -> None:
    if tar_path is None or tar_path.exists():
        return
    from archivist.bag.tarball import TarExists, write_tar

    # Another process may write it meanwhile; tars are deterministic, so theirs has the same bytes.
    with contextlib.suppress(TarExists):
        write_tar(bag, tar_path, mtime=int(context.ingest_time.timestamp()), fsync=fsync)
