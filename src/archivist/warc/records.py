"""Walking the records of a WARC or ARC file with warcio, in one streaming pass, surviving damage.

``iter_records(path)`` yields a ``RecordHead`` per record (its offset, its extent in the file, and the
headers a capture is judged by) or a ``Damage`` where the file cannot be read: warcio stops at a corrupt
gzip member or a record header it cannot parse, so the walk looks for the next place a record can start
(the next gzip member header for compressed files, the next ``WARC/1.x`` line or ARC URL line otherwise),
reports the skipped stretch once, and goes on from there. A record that ends before its Content-Length
(a truncated file) is reported too, never passed on as if whole.

Memory is flat whatever the file's size: warcio reads each record through in fixed-size blocks, the
resynchronising search reads 1 MiB at a time, and nothing of a payload is kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any, BinaryIO

SEARCH_BLOCK = 1 << 20
_GZIP_MEMBER = re.compile(rb"\x1f\x8b\x08")
_WARC_LINE = re.compile(rb"(?:^|\n)(WARC/1\.[01]\r\n)")
_ARC_LINE = re.compile(rb"(?:^|\n)([a-z][a-z0-9+.-]*:\S+ \S+ \d{14} \S+ \d+\n)")


@dataclass(frozen=True)
class RecordHead:
    """What the walk learnt about one record, without keeping any of its content."""

    offset: int
    extent: int  # bytes in the file, up to the next record (gzip member, or blank lines included)
    archive_format: str  # "warc" or "arc"
    record_type: str  # WARC-Type; for ARC "arc_header" (the filedesc record) or "response"
    record_id: str | None
    target_uri: str | None
    date: str | None  # ISO 8601 (WARC-Date, or the ARC archive-date converted)
    concurrent_to: tuple[str, ...]
    http_status: int | None  # None: no HTTP message in the record
    content_type: str | None  # the HTTP Content-Type, or the record's for records without HTTP
    payload_digest: str | None
    segmented: bool
    truncated: str | None  # why the record is incomplete, or None


@dataclass(frozen=True)
class Damage:
    """A stretch of the file no record could be read from: ``offset`` where it starts, ``resumed`` where
    reading went on (None: the end of the file)."""

    path: str
    offset: int
    what: str
    why: str
    resumed: int | None

    def line(self) -> str:
        after = (
            f"reading resumed at offset {self.resumed}"
            if self.resumed is not None
            else "nothing readable after it"
        )
        return f"{self.path}@{self.offset}: {self.what} ({self.why}); {after}"


def _quiet_iterator(handle: BinaryIO) -> Any:
    """warcio's ArchiveIterator, except that a record not followed by its blank lines (a wrong
    Content-Length) is remembered in ``misaligned`` instead of being written to stderr as several lines:
    the library never prints, and the batch reports it as one line."""
    from warcio.archiveiterator import ArchiveIterator

    class QuietArchiveIterator(ArchiveIterator):
        misaligned: list[int]

        def _consume_blanklines(self) -> tuple[bytes | None, int]:
            # warcio 1.7/1.8's loop, with the stderr write replaced by a note of the offset.
            empty_size, first_line = 0, True
            while True:
                line = self.reader.readline()
                if len(line) == 0:
                    return None, empty_size
                if len(line.rstrip()) == 0 or first_line:
                    empty_size += len(line)
                    if len(line.rstrip()) != 0:
                        self.misaligned.append(self.fh.tell() - self.reader.rem_length() - empty_size)
                        self.err_count += 1
                    first_line = False
                    continue
                return line, empty_size

    records = QuietArchiveIterator(handle, arc2warc=False)
    records.misaligned = []
    return records


def iter_records(path: str, *, compressed: bool, archive_format: str) -> Iterator[RecordHead | Damage]:
    """Every record of ``path`` in file order, with a ``Damage`` for each unreadable stretch."""
    with open(path, "rb") as handle:
        start: int | None = 0
        damage: tuple[int, str, str] | None = None  # where the current unreadable stretch began, and why
        while start is not None:
            handle.seek(start)
            records = _quiet_iterator(handle)
            produced = False
            try:
                for record in records:
                    offset = records.offset
                    head = _head(record, archive_format)
                    records.read_to_end()
                    extent = records.offset - offset
                    if damage is not None:
                        yield Damage(path, damage[0], damage[1], damage[2], offset)
                        damage = None
                    produced = True
                    if records.misaligned:
                        yield Damage(
                            path,
                            offset,
                            "record not followed by the blank lines that end it",
                            "its Content-Length is probably wrong; it was read as its length says",
                            records.misaligned.pop(),
                        )
                        records.misaligned.clear()
                    yield _with_extent(head, offset, extent, record)
                start = None
            except Exception as exc:  # warcio's ArchiveLoadFailed, zlib.error, parser errors...
                failed_at = records.offset
                if "non-chunked gzip" in str(exc):
                    # The whole file is one gzip stream: no record can be read back by offset.
                    yield Damage(
                        path,
                        0,
                        "the whole file is one gzip stream holding several records",
                        "a .warc.gz must have one gzip member per record; `warcio recompress` "
                        "fixes such a file",
                        None,
                    )
                    return
                if damage is None or produced:
                    kind = "corrupt gzip member" if compressed else "unreadable record"
                    damage = (failed_at, kind, _reason(exc))
                start = _next_candidate(
                    handle, failed_at + 1, compressed=compressed, archive_format=archive_format
                )
        if damage is not None:
            yield Damage(path, damage[0], damage[1], damage[2], None)


def _reason(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:160]}" if text else type(exc).__name__


def _next_candidate(handle: BinaryIO, after: int, *, compressed: bool, archive_format: str) -> int | None:
    """The offset of the next place after ``after`` where a record may start, or None at the end."""
    pattern = _GZIP_MEMBER if compressed else _WARC_LINE if archive_format == "warc" else _ARC_LINE
    overlap = 512  # a match may straddle two blocks
    position = after
    handle.seek(position)
    while True:
        block = handle.read(SEARCH_BLOCK)
        if not block:
            return None
        match = pattern.search(block)
        if match is not None:
            return position + (match.start(1) if match.groups() else match.start())
        if len(block) < SEARCH_BLOCK:
            return None
        position += len(block) - overlap
        handle.seek(position)


def _head(record: Any, archive_format: str) -> RecordHead:  # a warcio ArcWarcRecord
    headers = record.rec_headers
    http = record.http_headers
    status: int | None = None
    content_type: str | None
    if archive_format == "arc":
        record_id = None
        target = headers.get_header("uri")
        date = _arc_date(headers.get_header("archive-date"))
        concurrent: tuple[str, ...] = ()
        digest = None
        segmented = False
        content_type = headers.get_header("content-type")
    else:
        record_id = headers.get_header("WARC-Record-ID")
        target = headers.get_header("WARC-Target-URI")
        date = headers.get_header("WARC-Date")
        concurrent = tuple(value for name, value in headers.headers if name.lower() == "warc-concurrent-to")
        digest = headers.get_header("WARC-Payload-Digest")
        segmented = headers.get_header("WARC-Segment-Number") is not None
        content_type = headers.get_header("Content-Type")
    if (
        http is not None
        and http.protocol.upper().startswith("HTTP/")
        and record.rec_type in ("response", "revisit")
    ):
        code = http.get_statuscode()
        status = int(code) if code and code.isdigit() else 0
        content_type = http.get_header("Content-Type")
    return RecordHead(
        0,
        0,
        archive_format,
        record.rec_type,
        record_id,
        target,
        date,
        concurrent,
        status,
        content_type,
        digest,
        segmented,
        None,
    )


def _with_extent(head: RecordHead, offset: int, extent: int, record: Any) -> RecordHead:
    from warcio.limitreader import LimitReader

    stream = record.raw_stream
    truncated = None
    if isinstance(stream, LimitReader) and stream.limit > 0:
        truncated = f"the file ends {stream.limit:,} bytes before the end of the record"
    return replace(head, offset=offset, extent=extent, truncated=truncated)


def _arc_date(value: str | None) -> str | None:
    if not value or len(value) < 14 or not value[:14].isdigit():
        return None
    v = value
    return f"{v[0:4]}-{v[4:6]}-{v[6:8]}T{v[8:10]}:{v[10:12]}:{v[12:14]}Z"
