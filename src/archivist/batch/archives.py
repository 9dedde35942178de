"""Web archives in a batch: a WARC or ARC file becomes many units of work, one per page it captured.

``expand_archives(paths, settle)`` passes every path through, except web archives (recognised by their
first bytes, whatever their name): each is scanned in one streaming pass (``archivist.warc.scan_archive``)
and replaced by its ``Capture``s, the unit a process or a Dask worker ingests (a file and the offsets of
the page's records). Records that are not article pages, and damaged stretches of the file, are settled
here at once through ``settle`` (counted, reported), so they never travel to a worker and never wait in
memory: a crawl of millions of images costs the same memory as one of ten pages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from archivist.ingest import FAILED, SKIPPED
from archivist.warc import Capture, Damage, Skipped, scan_archive, sniff_archive

Unit = Path | Capture


def expand_archives(paths: Iterable[Path], settle: Callable[[dict[str, Any]], None]) -> Iterator[Unit]:
    """Every path, or for a web archive every page it holds; skipped records and damage go to ``settle``."""
    for path in paths:
        kind = sniff_archive(path) if _is_file(path) else None
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
    return unit.label if isinstance(unit, Capture) else str(unit)


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False
