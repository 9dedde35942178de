"""Web archives in: WARC (ISO 28500, 1.0 and 1.1) and Internet Archive ARC files, gzipped or not, read
with warcio.

- ``records``: one streaming pass over a file's records, with their offsets, surviving damage;
- ``scan``: which records are pages to ingest (``Capture``), which are skipped and why (``Skipped``);
- ``capture``: one page's records read back by offset (``read_capture``), and its decoded payload;
- ``sniff_archive``: whether a file is a web archive, by its first bytes (never by its name).
"""

from __future__ import annotations

import os

from archivist.source.kinds import SNIFF_BYTES, detect_kind
from archivist.warc.capture import Capture, CapturedPage, read_capture
from archivist.warc.records import Damage
from archivist.warc.scan import Skipped, scan_archive

__all__ = ["Capture", "CapturedPage", "Damage", "Skipped", "read_capture", "scan_archive", "sniff_archive"]


def sniff_archive(path: str | os.PathLike[str]) -> tuple[str, bool] | None:
    """``("warc" | "arc", gzipped)`` when the file at ``path`` is a web archive by its first bytes
    (``archivist.source.detect_kind``), else None. Unreadable files are None too: ingesting them says why."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError:
        return None
    kind = detect_kind(head)
    return (kind.name, kind.gzipped) if kind.is_archive else None
