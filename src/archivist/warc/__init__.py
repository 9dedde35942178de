"""Web archives in: WARC (ISO 28500, 1.0 and 1.1) and Internet Archive ARC files, gzipped or not, read
with warcio.

- ``records``: one streaming pass over a file's records, with their offsets, surviving damage;
- ``scan``: which records are pages to ingest (``Capture``), which are skipped and why (``Skipped``);
- ``capture``: one page's records read back by offset (``read_capture``), and its decoded payload;
- ``sniff_archive``: whether a file is a web archive, by its first bytes (never by its name).
"""

from __future__ import annotations

import os
import zlib

from archivist.warc.capture import Capture, CapturedPage, read_capture
from archivist.warc.records import Damage
from archivist.warc.scan import Skipped, scan_archive

__all__ = ["Capture", "CapturedPage", "Damage", "Skipped", "read_capture", "scan_archive", "sniff_archive",
           "sniff_bytes"]

_SNIFF_BYTES = 4096


def sniff_archive(path: str | os.PathLike[str]) -> tuple[str, bool] | None:
    """``("warc" | "arc", gzipped)`` when the file at ``path`` starts as a web archive does, else None.
    Unreadable files are None too: ingesting them reports why."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError:
        return None
    return sniff_bytes(head)


def sniff_bytes(head: bytes) -> tuple[str, bool] | None:
    compressed = head.startswith(b"\x1f\x8b")
    if compressed:
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return None
    if head.startswith((b"WARC/1.0\r\n", b"WARC/1.1\r\n", b"WARC/0.")):
        return "warc", compressed
    if head.startswith(b"filedesc://"):
        return "arc", compressed
    return None
