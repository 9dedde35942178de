"""Which records of a web archive are pages to ingest, which are skipped and why: one streaming pass.

``scan_archive(path)`` yields, in file order:

- a ``Capture`` for each page worth parsing: a ``response`` with HTTP status 200 and an HTML (or no)
  Content-Type, or a ``resource`` record holding HTML (a page stored without HTTP, as browser-based
  crawlers and ``warcio`` write local files: it is as much a page as a response is, and its record is kept
  the same way);
- a ``Skipped`` for every other record that stands for a fetched resource (``response``, ``resource``,
  ``revisit``, ``conversion``, ``continuation``), with a reason code and a detail;
- a ``Damage`` for every unreadable stretch and every truncated record.

``request`` and ``metadata`` records are not items of their own: they are kept with the response they
belong to (by ``WARC-Concurrent-To`` either way, or, when neither names the other, a request for the same
``WARC-Target-URI``), looked for among the few records just before and just after the response. The
latest ``warcinfo`` record (for ARC the ``filedesc`` header, without which an ARC file is not valid) is
kept with every capture, so each stored file says which crawl it comes from.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field

from archivist.warc.capture import MAX_CAPTURE_BYTES, Capture
from archivist.warc.records import Damage, RecordHead, iter_records

# How many records around a response are searched for its request and metadata records. Crawlers write
# them next to each other (wget: request, response, metadata; Heritrix: response, request, metadata).
COMPANION_WINDOW = 8
HTML_TYPES = ("text/html", "application/xhtml+xml")
ITEM_TYPES = frozenset({"response", "resource", "revisit", "conversion", "continuation"})

# Reason codes of skipped records, for the summary and the --report file.
REVISIT = "revisit"
HTTP_STATUS = "http-status"
NOT_HTML = "not-html"
ROBOTS = "robots.txt"
NO_HTTP = "no-http"
SEGMENTED = "segmented"
OTHER_RECORD = "other-record"
TOO_LARGE = "too-large"
NO_ARTICLE = "no-article"  # decided by the parser, after the page was read


@dataclass(frozen=True)
class Skipped:
    """A record that is not an article page: where it is, the reason code and a detail for people."""

    path: str
    offset: int
    reason: str
    detail: str
    url: str | None = None
    record_id: str | None = None

    @property
    def label(self) -> str:
        return f"{self.path}@{self.offset}"


@dataclass
class _Open:
    """A main record whose companions may still follow it."""

    head: RecordHead
    companions: list[RecordHead] = field(default_factory=list)
    records_after: int = 0


def scan_archive(path: str, *, archive_format: str, compressed: bool) -> Iterator[Capture | Skipped | Damage]:
    """Every item of the WARC or ARC file at ``path``, in file order (see the module docstring)."""
    header: tuple[int, int] | None = None
    recent: deque[RecordHead] = deque(maxlen=COMPANION_WINDOW)
    pending: _Open | None = None

    def flush() -> Iterator[Capture | Skipped]:
        nonlocal pending
        if pending is not None:
            yield _capture(path, pending, header, compressed)
            pending = None

    for item in iter_records(path, compressed=compressed, archive_format=archive_format):
        if isinstance(item, Damage):
            yield from flush()
            yield item
            continue
        if item.truncated:
            yield from flush()
            yield Damage(path, item.offset, f"truncated {item.record_type} record", item.truncated, None)
            continue
        kind = item.record_type
        if kind in ("warcinfo", "arc_header"):
            yield from flush()
            header = (item.offset, item.extent)
            recent.clear()
        elif kind in ("request", "metadata"):
            if pending is not None and _belongs(item, pending.head):
                pending.companions.append(item)
            else:
                recent.append(item)
            if pending is not None:
                pending.records_after += 1
                if pending.records_after >= COMPANION_WINDOW:
                    yield from flush()
        elif kind in ITEM_TYPES:
            yield from flush()
            skipped = _skip_reason(path, item)
            if skipped is not None:
                yield skipped
                continue
            claimed = [companion for companion in recent if _belongs(companion, item)]
            for companion in claimed:
                recent.remove(companion)
            pending = _Open(item, claimed)
        # Any other WARC-Type (a newer standard's, a tool's own) is neither an item nor a companion.
    yield from flush()


def _belongs(companion: RecordHead, main: RecordHead) -> bool:
    if main.record_id and main.record_id in companion.concurrent_to:
        return True
    if companion.record_id and companion.record_id in main.concurrent_to:
        return True
    linked = bool(companion.concurrent_to or main.concurrent_to)
    return (
        not linked
        and companion.record_type == "request"
        and companion.target_uri is not None
        and companion.target_uri == main.target_uri
    )


def _skip_reason(path: str, head: RecordHead) -> Skipped | None:
    def skip(reason: str, detail: str) -> Skipped:
        return Skipped(path, head.offset, reason, detail, head.target_uri, head.record_id)

    kind = head.record_type
    if kind == "revisit":
        return skip(REVISIT, "a revisit record: the payload was not stored again")
    if kind in ("conversion", "continuation"):
        return skip(OTHER_RECORD, f"a {kind} record")
    if not head.target_uri:
        return skip(OTHER_RECORD, f"a {kind} record without a target URI")
    if head.segmented:
        return skip(SEGMENTED, "a segmented record (only whole records are read)")
    uri = head.target_uri or ""
    if uri.split("?", 1)[0].endswith("/robots.txt"):
        return skip(ROBOTS, "robots.txt")
    if kind == "response" and head.http_status is None and head.archive_format == "warc":
        return skip(NO_HTTP, f"a response without an HTTP message ({head.content_type or 'no type'})")
    if head.http_status is not None and head.http_status != 200:
        return skip(HTTP_STATUS, f"HTTP {head.http_status}")
    if head.content_type and not _is_html(head.content_type):
        return skip(NOT_HTML, f"not HTML ({head.content_type.split(';', 1)[0].strip()})")
    if head.extent > MAX_CAPTURE_BYTES:
        return skip(TOO_LARGE, f"{head.extent:,} bytes, more than an article page can be")
    return None


def _is_html(content_type: str) -> bool:
    return content_type.split(";", 1)[0].strip().lower() in HTML_TYPES


def _capture(path: str, open_: _Open, header: tuple[int, int] | None, compressed: bool) -> Capture:
    head = open_.head
    extents = {(head.offset, head.extent)}
    extents.update((companion.offset, companion.extent) for companion in open_.companions)
    if header is not None:
        extents.add(header)
    return Capture(
        path=path,
        offset=head.offset,
        extents=tuple(sorted(extents)),
        archive_format=head.archive_format,
        compressed=compressed,
        record_type=head.record_type,
        target_uri=head.target_uri or "",
        record_id=head.record_id,
        date=head.date,
        payload_digest=head.payload_digest,
    )
