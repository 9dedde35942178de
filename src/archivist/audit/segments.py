"""An event log kept append-only: a base document, then sealed records appended to a segment. Used for an
OCFL object's ``logs/`` and a directory copy's ``<id>.events/`` (``dir_copy.py``).

Rewriting the whole log at every audit cost time that grew with every past audit (≈ 2.4 KB per event
read, hashed twice and written again, bench/bench_audit.py). So, in the log's directory:
  * ``archivist-events.premis.xml``, the base: a whole PREMIS 3 document, sealed (``seal.py``). The log
    of earlier versions of archivist is exactly this, and is read and extended as it is;
  * ``archivist-events.000007.premis-seq``, segment 7: a sequence of records, each a whole PREMIS 3
    document (the object, one event, the agent) followed by ``<!-- archivist log segment 7; follows
    sha256:D -->`` (D: the seal digest of the record before it, or of the base; the event's identifier
    is derived from it) and sealed. Split at each XML declaration, every record is a PREMIS document
    any reader takes as it is.
An event is appended as one ``write`` at the end of segment N + 1, N being the base's through mark (0
before any fold): the bytes already there are never written again, nothing is read but the base's
last bytes (its mark and seal) and the segment's last record (its last 16 KiB), nothing is listed, and
no file is created but once per fold (creating an inode per event cost 10–20 times an append on this
ext4 disk). The record's object and agent are the last record's (proven by its seal), its event
checked alone against the PREMIS XSD and spliced in (``events._spliced``: the same check of the
result, byte for byte what the whole path gives, tested).
When the segment reaches ``FOLD_BYTES`` (≈ 32 events), the next append (``log_append.py``) first folds it:
the base is read, the records' events are spliced after its last event (when anything is not proven
under today's check, merged with lxml and the result checked in full: same bytes), the base is
rewritten (``durability.write_deferred``) ending with ``<!-- archivist log through segment N -->``, and
the next event starts segment N + 1. Folded segments are removed only after the flush that makes the
new base durable; a reader skips segments at or below the base's N (trusted for removal only when the
base's seal verifies). ``rederive``, or a log read that is not proven (changed since its seal, sealed by
other rules), folds at once, checking the whole log in full.

Wholeness. A record whose seal does not verify (cut short by a kill or a power cut inside its write,
zeros a power cut left, bytes changed since) is not an event of the log: readers skip it, the next
record follows the last one that verifies, and a fold keeps a segment holding such bytes aside as
``.<name>.cut``. An append rewrites, at most, the disk sector holding the segment's last bytes with the
same bytes (sector writes are atomic on the disks this assumes). Durability follows ``durability``'s
rule: a record is durable at the next flush, and the journal marks its checks accordingly.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from archivist.audit import durability
from archivist.audit.seal import Seal, sealed, verified

BASE = "archivist-events.premis.xml"
FOLD_BYTES = 128 * 1024  # a segment this large (≈ 32 events) is folded into the base at the next append
_SEGMENT_NAME = re.compile(r"archivist-events\.([0-9]{6,})\.premis-seq")
_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'
_RECORD_END = re.compile(
    rb"<!-- archivist log segment ([0-9]+); follows sha256:([0-9a-f]{64}) -->\n"
    rb"<!-- archivist: [a-z0-9.+-]+ passed; sha256 of the bytes above: [0-9a-f]{64} -->\n"
)
_THROUGH_MARK = re.compile(rb"<!-- archivist log through segment ([0-9]+) -->\n\Z")
_TAIL = 400  # the base's last bytes: its through mark and its seal
_WINDOW = 16 * 1024  # a segment's last bytes read to find its last record (≈ 4 records)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def segment_name(number: int) -> str:
    return f"archivist-events.{number:06d}.premis-seq"


@dataclass
class Record:
    number: int  # the segment holding it
    seal: Seal  # verified
    document: bytes  # the PREMIS document (the body without its record mark)
    size: int  # the record's bytes in its segment
    end: int = 0  # where it ends in the bytes it was read from (its segment's, when read from the end)
    trailing: bool = False  # bytes that are no record follow it in its segment


@dataclass
class LogState:
    """What one listing of ``logs/`` found: enough to read the last event and append the next."""

    logs: str
    base: bool = False
    through: int = 0  # the base's through mark as its last bytes say (verified when the base is read)
    base_digest: str = ""  # the base's seal digest as its last bytes say
    segments: list[int] = field(default_factory=list)  # every segment number on disk, sorted
    size: int = 0  # the size of the last live segment
    latest: Record | None = None  # the last record of the live segments that verifies
    base_proven: bool | None = None  # whether the base's seal verifies under today's check (None: not read)
    base_document: bytes | None = None  # the base's document, when read and proven
    # Segment N + 1 as the scan opened it, for reading and appending (number, descriptor, device): the
    # append that follows the check writes through it, not opening the file a second time.
    handle: tuple[int, int, int] | None = None

    def close(self, _close: Callable[[int], None] = os.close) -> None:
        # (``os.close`` bound here: at the interpreter's exit ``__del__`` may run after ``os`` is gone)
        if self.handle is not None:
            _close(self.handle[1])
            self.handle = None

    def __del__(self) -> None:  # a check whose event is never appended (its copy's run stopped)
        self.close()

    @property
    def live(self) -> list[int]:
        return [n for n in self.segments if n > self.through]

    def path(self, name: str) -> str:
        return f"{self.logs}/{name}"  # (names made here: no join needed)


def scan(logs: str, *, listing: bool = False) -> LogState:
    """The base's last bytes (its through mark N and its seal), then the last record that verifies,
    read from the end of segment N + 1: the one segment appended to since the last fold (a fold takes
    in every segment there is, and the next event starts the one after). ``listing``, or no segment
    N + 1: every segment on disk is listed (one ``scandir``), as a fold, a first event and ``--history``
    need."""
    state = LogState(logs)
    tail = _base_tail(state.path(BASE))
    if tail is not None:
        state.base = True
        state.through, state.base_digest = tail
    number = state.through + 1
    found = False
    if not listing:
        found, state.size, state.latest = _last_record(state.path(segment_name(number)), number, state)
    if found:
        state.segments = [number]
    else:
        state.segments = listed(logs)
        for number in reversed(state.live):
            found, state.size, state.latest = _last_record(state.path(segment_name(number)), number)
            if state.latest is not None or state.size:
                break
    return state


def listed(logs: str) -> list[int]:
    """The numbers of every segment in ``logs``, sorted."""
    numbers = []
    try:
        with os.scandir(logs) as entries:
            for entry in entries:
                if (found := _SEGMENT_NAME.fullmatch(entry.name)) is not None:
                    numbers.append(int(found.group(1)))
    except (FileNotFoundError, NotADirectoryError):
        pass
    return sorted(numbers)


def _base_tail(path: str) -> tuple[int, str] | None:
    """The through mark and the seal digest the base's last bytes hold (not verified: a fold reads and
    verifies the whole base before anything is removed on the strength of its mark); None when there
    is no base."""
    try:
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW | os.O_NONBLOCK)
    except FileNotFoundError:
        return None
    except OSError:
        return 0, ""  # there, but not readable as a file: a fold reads it (and says why) or starts anew
    try:
        size = os.fstat(fd).st_size
        tail = os.pread(fd, _TAIL, max(0, size - _TAIL))
    except OSError:
        return 0, ""
    finally:
        os.close(fd)
    found = re.search(rb"sha256 of the bytes above: ([0-9a-f]{64}) -->\n\Z", tail)
    through = re.search(rb"<!-- archivist log through segment ([0-9]+) -->\n<!-- archivist: ", tail)
    return (int(through.group(1)) if through else 0), (found.group(1).decode() if found else "")


def _last_record(path: str, number: int, keep: LogState | None = None) -> tuple[bool, int, Record | None]:
    """Whether the segment is there, its size and its last record that verifies, from its last bytes
    (all of it when those hold none: records cut short at its end). ``keep``: the segment is opened for
    appending too (when it may be: a read-only copy is only read) and left open in ``keep.handle``."""
    flags = _NOFOLLOW | os.O_NONBLOCK  # O_NONBLOCK: a FIFO in its place must not stop the audit
    writable = keep is not None
    try:
        try:
            fd = os.open(path, os.O_RDWR | os.O_APPEND | flags if writable else os.O_RDONLY | flags)
        except (PermissionError, OSError) as exc:
            if not writable or isinstance(exc, FileNotFoundError):
                raise
            writable, fd = False, os.open(path, os.O_RDONLY | flags)  # read-only: read only
    except FileNotFoundError:
        return False, 0, None
    except OSError:
        return True, 0, None
    kept = False
    try:
        found = os.fstat(fd)
        if not stat.S_ISREG(found.st_mode):
            return True, 0, None
        start = max(0, found.st_size - _WINDOW)
        records = parse_records(os.pread(fd, found.st_size - start, start), number, last=True)
        if not records and start:
            start = 0
            records = parse_records(os.pread(fd, found.st_size, 0), number, last=True)
        for record in records:
            record.end += start
        if writable and keep is not None and found.st_nlink == 1:  # never through another name
            keep.close()
            keep.handle, kept = (number, fd, found.st_dev), True
    finally:
        if not kept:
            os.close(fd)
    if records and records[0].end != found.st_size:
        records[0].trailing = True  # bytes after it that are no record: cut short, or changed
    return True, found.st_size, (records[0] if records else None)


def parse_records(data: bytes, number: int, *, last: bool = False) -> list[Record]:
    """The records of a segment's bytes that verify, in order (``last``: only the last one). Each
    starts with the XML declaration and ends with its seal; whatever follows a seal up to the next
    declaration (a record cut short, zeros a power cut left) is no record; so are the bytes before the
    first declaration (when ``data`` is the end of the file, the tail of a record that starts before)."""
    starts = []
    at = data.find(_DECLARATION)
    while at >= 0:
        starts.append(at)
        at = data.find(_DECLARATION, at + 1)
    found: list[Record] = []
    pieces = list(zip(starts, [*starts[1:], len(data)], strict=False))  # (none when no declaration)
    for first, piece_end in reversed(pieces) if last else pieces:
        end = _RECORD_END.search(data, first, piece_end)
        if end is None or int(end.group(1)) != number:
            continue
        record = data[first : end.end()]
        seal = verified(record)
        if seal is not None:
            found.append(Record(number, seal, record[: end.start() - first], len(record), end.end()))
            if last:
                break
    return found


def through_of(body: bytes) -> int:
    """The through mark of a base's verified body (0: none, every segment is live)."""
    start = body.rfind(b"<!-- archivist log through segment ")
    found = _THROUGH_MARK.match(body, start) if start >= 0 else None
    return int(found.group(1)) if found else 0


def document_of(body: bytes) -> bytes:
    """A base's or a segment's PREMIS document: its body without the mark that ends it."""
    for mark in (b"<!-- archivist log through segment ", b"<!-- archivist log segment "):
        start = body.rfind(mark)
        if start >= 0 and body.endswith(b" -->\n"):
            return body[:start]
    return body


def without_events(document: bytes) -> bytes | None:
    """A proven document with its events cut out (the object and agents stay: still valid, the XSD's
    content model being ``object+ event* agent* rights*`` with no identity constraints); None when it
    holds no event."""
    first = document.find(b"\n  <premis:event>")
    last = document.rfind(b"</premis:event>")
    if first < 0 or last < first:
        return None
    return document[:first] + document[last + len(b"</premis:event>") :]


def append_record(state: LogState, number: int, follows: str, document: bytes) -> None:
    """Append a record holding ``document`` to segment ``number`` (created when new): one ``write`` at
    the end of the file (``O_APPEND``), which leaves the bytes before it as they are; through the
    descriptor the scan kept when it is this segment's."""
    body = document + f"<!-- archivist log segment {number}; follows sha256:{follows} -->\n".encode()
    path = state.path(segment_name(number))
    handle, state.handle = state.handle, None
    if handle is not None and handle[0] != number:
        os.close(handle[1])
        handle = None
    if handle is not None:
        fd, device = handle[1], handle[2]
    else:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | _NOFOLLOW, 0o666)  # the umask applies
    try:
        if handle is None:
            found = os.fstat(fd)
            if not stat.S_ISREG(found.st_mode) or found.st_nlink != 1:
                raise OSError(errno.EPERM, "not a plain file of its own", path)
            device = found.st_dev
        view = memoryview(sealed(body))
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)
    durability.created(path, device)


def read_documents(logs: str) -> list[bytes]:
    """Every document of the log in order (the base, or its ``.prev`` when it is not whole, then each
    record of each live segment that verifies): what ``archivist audit --history`` reads."""
    state = scan(logs, listing=True)
    documents = []
    through = 0
    if state.base:
        data = durability.read_log(Path(state.path(BASE)))
        if data is not None:
            seal = verified(data)
            through = through_of(seal.body) if seal is not None else 0
            documents.append(data)
    for number in state.segments:
        if number > through:
            data = durability._read_regular(state.path(segment_name(number)), follow=False)
            documents.extend(record.document for record in parse_records(data or b"", number))
    return documents
