"""Web archives in a batch: a WARC or ARC file becomes many units of work, one per page it captured.

``expand_archives(paths, settle)`` passes every path through, except web archives (recognised by their
first bytes, whatever their name): each is scanned in one streaming pass (``archivist.warc.scan_archive``)
and replaced by its ``Capture``s, the unit a process or a Dask worker ingests (a file and the offsets of
the page's records). Records that are not article pages, and damaged stretches of the file, are settled
here at once through ``settle`` (counted, reported), so they never travel to a worker and never wait in
memory: a crawl of millions of images costs the same memory as one of ten pages.

Each file is read once: telling a web archive by its first bytes meant opening every article file here
and again in the ingest (issue 14). A regular file of up to ``KEEP_BYTES`` is read whole here, as the
ingest would read it (``archivist.source.read_article_bytes``), and, when it is not a web archive, goes on
as an ``ArticleFile`` carrying its bytes; the ingest decodes those. Larger files, and any file this
first read fails on, go on as a path: only their head is read here, and the ingest reads them (and
reports why one cannot be read) as before.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from archivist.errors import ArchivistError
from archivist.ingest import FAILED, SKIPPED
from archivist.source import detect_kind, read_article_bytes
from archivist.warc import Capture, Damage, Skipped, scan_archive, sniff_archive

# Files up to this size travel with their bytes (a group of 32 in flight per process: 8 MiB at most);
# articles are a few KB, saved web pages rarely over 200 KB.
KEEP_BYTES = 256 * 1024


@dataclass(frozen=True)
class ArticleFile:
    """An article file and its bytes, read once by the batch (``read_article_bytes``)."""

    path: str
    data: bytes


Unit = Path | Capture | ArticleFile


def expand_archives(
    paths: Iterable[Path], settle: Callable[[dict[str, Any]], None], *, keep_bytes: bool = True
) -> Iterator[Unit]:
    """Every path (as an ``ArticleFile`` when read here: ``keep_bytes``, and small enough), or for a web
    archive every page it holds; skipped records and damage go to ``settle``. ``keep_bytes=False`` (a
    cluster, whose workers may be other machines) reads only each file's head."""
    for path in paths:
        size = _regular_size(path)
        if size is None:
            yield path  # missing, a directory, a FIFO...: the ingest says why
            continue
        if keep_bytes and size <= KEEP_BYTES:
            data = _read(path)
            if data is None:
                yield path
                continue
            found = detect_kind(data)
            if not found.is_archive:
                yield ArticleFile(str(path), data)
                continue
            kind: tuple[str, bool] | None = (found.name, found.gzipped)
        else:
            kind = sniff_archive(path)
        if kind is None:
            yield path
            continue
        archive_format, compressed = kind
        try:
            for item in scan_archive(str(path), archive_format=archive_format, compressed=compressed):
                if isinstance(item, Capture):
                    yield item
                elif isinstance(item, Skipped):
                    settle(skipped_outcome(item))
                else:
                    settle(damage_outcome(item))
        except OSError as exc:
            settle(
                {
                    "source": str(path),
                    "status": FAILED,
                    "error": f"{path}: cannot be read ({exc.strerror or exc})",
                }
            )


def skipped_outcome(item: Skipped) -> dict[str, Any]:
    outcome = {"source": item.label, "status": SKIPPED, "reason": item.reason, "detail": item.detail}
    if item.url:
        outcome["url"] = item.url
    return outcome


def damage_outcome(item: Damage) -> dict[str, Any]:
    return {"source": f"{item.path}@{item.offset}", "status": FAILED, "error": item.line()}


def unit_label(unit: Unit | str) -> str:
    """How reports name a unit: the path, or ``crawl.warc.gz@offset``."""
    if isinstance(unit, Capture):
        return unit.label
    return unit.path if isinstance(unit, ArticleFile) else str(unit)


def _regular_size(path: Path) -> int | None:
    """The size of ``path`` when it is a regular file (symlinks followed), else None."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return info.st_size if stat.S_ISREG(info.st_mode) else None


def _read(path: Path) -> bytes | None:
    try:
        return read_article_bytes(path)
    except (OSError, ArchivistError):
        return None  # the ingest reads it again and reports why it cannot
