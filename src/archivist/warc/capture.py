"""One capture of a web page in a WARC or ARC file, as a small picklable unit of work, and reading it back.

A ``Capture`` names the file, the offset of its main record (a ``response``, or a ``resource`` that holds
a page without HTTP), and the byte extents of every record kept with it: the ``warcinfo`` that describes
the crawl (the ``filedesc`` header for ARC, which every ARC file must start with), the ``request`` and
the ``metadata`` records that belong to the response. ``read_capture`` reads exactly those extents,
nothing else of the file, so a worker handed one capture of a multi-gigabyte crawl reads kilobytes.

The stored bytes are the records' bytes exactly as in the crawl, in file order: for a ``.warc.gz`` each
record is its own gzip member (WARC 1.1 annex D), so the concatenated members are themselves a valid
``.warc.gz``, and ``dd`` at the recorded offsets gives the very same bytes. Nothing is recompressed.

The page's payload for parsing is read from the main record with warcio, which removes the HTTP
chunked transfer-encoding and the content-encoding (gzip, deflate, brotli when installed).
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass

from archivist.errors import InputError
from archivist.source import MAX_ARTICLE_BYTES

# The same limit as for an article file: a page bigger than this is not an article, and it is held in memory.
MAX_CAPTURE_BYTES = MAX_ARTICLE_BYTES


@dataclass(frozen=True)
class Capture:
    """One page to ingest from a web archive. ``extents`` are ``(offset, length)`` of every record kept,
    in file order; the main record is the one at ``offset``."""

    path: str
    offset: int
    extents: tuple[tuple[int, int], ...]
    archive_format: str  # "warc" or "arc"
    compressed: bool
    record_type: str  # "response" or "resource"
    target_uri: str
    record_id: str | None
    date: str | None
    payload_digest: str | None = None

    @property
    def label(self) -> str:
        """How reports name it: ``crawl.warc.gz@1234`` (the file and the main record's offset)."""
        return f"{self.path}@{self.offset}"

    @property
    def stored_size(self) -> int:
        return sum(length for _, length in self.extents)

    def stored_name(self) -> str:
        """The stored file's name under ``data/source/``: the crawl's name with the offset, same suffix."""
        name = self.path.replace("\\", "/").rsplit("/", 1)[-1]
        suffix = f".{self.archive_format}" + (".gz" if self.compressed else "")
        stem = name[: -len(suffix)] if name.lower().endswith(suffix) else name.rsplit(".", 1)[0]
        return f"{stem or self.archive_format}-{self.offset}{suffix}"


@dataclass(frozen=True)
class CapturedPage:
    """What a worker reads for one capture: the stored records and the decoded HTTP payload."""

    capture: Capture
    stored: bytes
    payload: bytes
    content_type: str | None
    content_encoding: str | None
    transfer_encoding: str | None

    @property
    def stored_sha256(self) -> str:
        return hashlib.sha256(self.stored).hexdigest()


def read_capture(capture: Capture) -> CapturedPage:
    """Read the capture's records from its file and the page's payload from the main record.

    Raises:
        InputError: the file changed or is damaged at these offsets, the payload digest does not match,
            or the page is bigger than an article can be.
    """
    from warcio.archiveiterator import ArchiveIterator

    where = capture.label
    if capture.stored_size > MAX_CAPTURE_BYTES:
        raise InputError(
            f"the capture is {capture.stored_size:,} bytes, larger than the "
            f"{MAX_CAPTURE_BYTES:,}-byte limit for an article",
            where=where,
        )
    pieces: list[bytes] = []
    main = b""
    try:
        with open(capture.path, "rb") as handle:
            for offset, length in capture.extents:
                handle.seek(offset)
                piece = handle.read(length)
                if len(piece) != length:
                    raise InputError(
                        "the file ends inside the record",
                        where=f"{capture.path}@{offset}",
                        why="it changed since it was scanned",
                    )
                pieces.append(piece)
                if offset == capture.offset:
                    main = piece
    except OSError as exc:
        raise InputError("cannot be read", where=where, why=exc.strerror) from exc
    try:
        records = ArchiveIterator(io.BytesIO(main), arc2warc=True, check_digests=True)
        record = next(records)
        headers = record.http_headers
        payload = record.content_stream().read(MAX_CAPTURE_BYTES + 1)
        # Read to the end, so the block and payload digests are checked over every byte.
        while record.raw_stream.read(1 << 16):
            pass
    except Exception as exc:  # warcio raises ArchiveLoadFailed, zlib.error, ValueError... on damaged data
        why = f"{type(exc).__name__}: {exc}"
        raise InputError("the record cannot be read", where=where, why=why) from exc
    problems = record.digest_checker.problems
    if record.digest_checker.passed is False and problems:
        raise InputError("the record does not match its digest", where=where, why="; ".join(problems))
    if len(payload) > MAX_CAPTURE_BYTES:
        raise InputError(
            f"the page is larger than the {MAX_CAPTURE_BYTES:,}-byte limit for an article", where=where
        )

    def http(name: str) -> str | None:
        return headers.get_header(name) if headers is not None else None

    content_type = (
        http("Content-Type") if headers is not None else record.rec_headers.get_header("Content-Type")
    )
    return CapturedPage(
        capture, b"".join(pieces), payload, content_type, http("Content-Encoding"), http("Transfer-Encoding")
    )
