"""An OCFL object's event log kept append-only: a base document, then one sealed segment per event.

Rewriting the whole log at every audit cost time that grew with every past audit (≈ 2.4 KB per event
read, hashed twice and written again, bench/bench_audit.py). So, in the object's ``logs/``:
  * ``archivist-events.premis.xml``, the base: a whole PREMIS 3 document, sealed (``seal.py``). The log
    of earlier versions of archivist is exactly this, and is read and extended as it is;
  * ``archivist-events.000007.premis.xml``, segment 7: a whole PREMIS document too (the object, one
    event, the agent), followed by ``<!-- archivist log segment 7; follows sha256:D -->`` (D: the seal
    digest of what it follows, the last segment or the base; the event's identifier is derived from it)
    and sealed. A segment is created once, whole (``O_EXCL``), and never written again.
An event is appended by creating the next segment: its object and agent are the last segment's (its
bytes proven by their seal), its event checked alone against the PREMIS XSD and spliced in
(``events._spliced``: the same check of the result, byte for byte what the whole path gives, tested).
Every ``FOLD_AT`` segments, the next append first folds them into the base: the base is read, the
segments' events are spliced after its last event (or, when anything is not proven, merged with lxml
and the result checked in full), and the base is rewritten (``durability.write_deferred``) ending with
``<!-- archivist log through segment N -->``; the folded segments are removed only after the flush that
makes the new base durable, and a reader skips segments at or below the base's N. ``rederive`` folds at
once, checking the whole log in full.

Wholeness. A segment whose seal does not verify (cut by a kill or a power cut inside its write, or
changed since) is not an event of the log: it is skipped, the next segment takes a higher number, and a
fold keeps its bytes aside as ``.<name>.cut``. The journal's marks follow ``durability``'s rule (a
segment is durable at the next flush, as a rewritten log was).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from archivist.audit import durability
from archivist.audit import seal as seals
from archivist.audit.seal import Seal, sealed, verified
from archivist.render.premis import PremisEvent

BASE = "archivist-events.premis.xml"
FOLD_AT = 32  # segments kept before the next append folds them into the base
_SEGMENT_NAME = re.compile(r"archivist-events\.([0-9]{6,})\.premis\.xml")
_SEGMENT_MARK = re.compile(rb"<!-- archivist log segment ([0-9]+); follows sha256:([0-9a-f]{64}) -->\n\Z")
_THROUGH_MARK = re.compile(rb"<!-- archivist log through segment ([0-9]+) -->\n\Z")
_TAIL = 400  # the base's last bytes: its through mark and its seal
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def segment_name(number: int) -> str:
    return f"archivist-events.{number:06d}.premis.xml"


@dataclass
class Latest:
    number: int
    seal: Seal  # verified
    document: bytes  # the PREMIS document (the body without its segment mark)


@dataclass
class LogState:
    """What one listing of ``logs/`` found: enough to read the last event and append the next."""

    logs: str
    base: bool = False
    through: int = 0  # the base's through mark as its last bytes say (verified when the base is read)
    base_digest: str = ""  # the base's seal digest as its last bytes say
    segments: list[int] = field(default_factory=list)  # every segment number on disk, sorted
    latest: Latest | None = None  # the last live segment that verifies
    base_proven: bool | None = None  # whether the base's seal verifies under today's check (None: not read)

    @property
    def live(self) -> list[int]:
        return [n for n in self.segments if n > self.through]

    def path(self, name: str) -> str:
        return os.path.join(self.logs, name)


def scan(logs: str) -> LogState:
    """One ``scandir`` of ``logs``, the base's last bytes, and the last live segment that verifies."""
    state = LogState(logs)
    try:
        with os.scandir(logs) as entries:
            for entry in entries:
                if entry.name == BASE:
                    state.base = True
                elif (found := _SEGMENT_NAME.fullmatch(entry.name)) is not None:
                    state.segments.append(int(found.group(1)))
    except (FileNotFoundError, NotADirectoryError):
        return state
    state.segments.sort()
    if state.base:
        state.through, state.base_digest = _base_tail(state.path(BASE))
    for number in reversed(state.live):
        data = durability._read_regular(state.path(segment_name(number)), follow=False)
        latest = _as_segment(data, number) if data is not None else None
        if latest is not None:
            state.latest = latest
            break
    return state


def _base_tail(path: str) -> tuple[int, str]:
    """The through mark and the seal digest the base's last bytes hold (not verified: a fold reads and
    verifies the whole base before anything is removed on the strength of its mark)."""
    try:
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return 0, ""
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


def _as_segment(data: bytes, number: int) -> Latest | None:
    seal = verified(data)
    if seal is None:
        return None
    start = seal.body.rfind(b"<!-- archivist log segment ")
    mark = _SEGMENT_MARK.match(seal.body, start) if start >= 0 else None
    if mark is None or int(mark.group(1)) != number:
        return None  # renamed, or not a segment at all: not taken as this one
    return Latest(number, seal, seal.body[:start])


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


def write_segment(state: LogState, number: int, follows: str, document: bytes) -> str:
    """Create segment ``number`` (or the next free number) holding ``document``; its path."""
    body = document + f"<!-- archivist log segment {number}; follows sha256:{follows} -->\n".encode()
    for _ in range(8):  # another audit of the same root took the number: the next one
        path = state.path(segment_name(number))
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o666)  # umask applies
        except FileExistsError:
            number += 1
            body = document + f"<!-- archivist log segment {number}; follows sha256:{follows} -->\n".encode()
            continue
        try:
            view = memoryview(sealed(body))
            while view:
                view = view[os.write(fd, view) :]
            device = os.fstat(fd).st_dev
        finally:
            os.close(fd)
        durability.created(path, device)
        return path
    raise OSError(errno.EEXIST, "no free segment number", state.path(segment_name(number)))


def read_documents(logs: str) -> list[bytes]:
    """Every document of the log in order (the base, or its ``.prev`` when it is not whole, then each
    live segment that verifies): what ``archivist audit --history`` reads."""
    state = scan(logs)
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
            latest = _as_segment(data, number) if data is not None else None
            if latest is not None:
                documents.append(latest.document)
    return documents


def fold(
    state: LogState,
    merge: Callable[[bytes | None, bool, list[tuple[bytes, bool]]], tuple[bytes, bool]],
) -> tuple[str, int, int, bool]:
    """Fold every live segment into the base (the module doc). ``merge(base document or None, whether
    it is proven, [(segment document, proven)])`` gives the new base document and whether it was checked
    in full. Returns the new base's seal digest, the segment number it goes through, how many segments
    it folded, and whether the result was checked in full."""
    base_path = Path(state.path(BASE))
    data = durability.read_log(base_path) if state.base else None
    seal = verified(data) if data else None
    proven = seal is not None and seal.check == seals.log_check()
    # Segments a base folded are skipped on the strength of its mark only when its seal verifies;
    # otherwise every segment is taken (an event twice rather than one lost).
    through = through_of(seal.body) if seal is not None else 0
    documents: list[tuple[bytes, bool]] = []
    folded = []
    last = through
    for number in state.segments:
        name = state.path(segment_name(number))
        if number <= through:
            folded.append(name)  # folded before (its removal was cut short): removed after this flush
            continue
        found = durability._read_regular(name, follow=False)
        segment = _as_segment(found, number) if found is not None else None
        if segment is None:  # cut short or changed: not an event of the log; its bytes kept aside
            with contextlib.suppress(OSError):
                os.replace(name, state.path(f".{segment_name(number)}.cut"))
            continue
        documents.append((segment.document, segment.seal.check == seals.log_check()))
        folded.append(name)
        last = max(last, number)
    last = max([last, *state.segments])  # numbers go on from the highest ever used
    base_document = (document_of(seal.body) if seal is not None else data) if data else None
    document, checked = merge(base_document, proven, documents)
    new = sealed(document + f"<!-- archivist log through segment {last} -->\n".encode())
    durability.write_deferred(base_path, new)
    durability.remove_after_flush(folded)
    return verified(new).digest, last, len(documents), checked  # type: ignore[union-attr]  # just sealed


def append(
    state: LogState,
    object_id: str,
    make_event: Callable[[str], PremisEvent],
    when: datetime,
    *,
    rederive: bool = False,
) -> None:
    """Append the event ``make_event(how the log was handled)`` to the log ``state`` describes: the
    first event makes the base; later ones a segment each, after a fold when ``FOLD_AT`` segments are
    live, when the base has no seal to follow, when what was read of the log is not proven under
    today's check (changed since its seal, or sealed by other rules: the whole log is then checked in
    full, as before segments), or when ``rederive`` asks the whole log checked again."""
    from archivist.audit.events import logged, merged, segment_document

    base = Path(state.path(BASE))
    if not state.base and not state.segments:
        durability.write_deferred(base, logged(None, object_id, make_event("log: new"), when))
        return
    how = "log: appended as a new segment, earlier events not read again"
    stale = state.base_proven is False or (
        state.latest is not None and state.latest.seal.check != seals.log_check()
    )
    if rederive or stale or not state.base_digest or len(state.live) >= FOLD_AT:
        digest, through, count, checked = fold(
            state,
            lambda doc, proven, docs: merged(doc, proven, docs, object_id, when, full=rederive or stale),
        )
        state.through, state.base_digest, state.latest = through, digest, None
        checks = "the whole log checked in full against the PREMIS 3.0 XSD" if checked else "proven by seals"
        how = f"log: {count} segments folded into the base, {checks}"
    follows = state.latest.seal.digest if state.latest is not None else state.base_digest
    event = make_event(f"{how} (after sha256:{follows})")
    empty = None
    if state.latest is not None and state.latest.seal.check == seals.log_check():
        empty = without_events(state.latest.document)
    document = segment_document(empty, event, follows, object_id, when)
    write_segment(state, max([state.through, *state.segments]) + 1, follows, document)


def leftovers(state: LogState, base_body: bytes) -> None:
    """Segments a verified base has folded (a run killed before their removal): removed after the next
    flush, which makes that base durable if it is not yet."""
    through = through_of(base_body)
    if through:
        durability.remove_after_flush([state.path(segment_name(n)) for n in state.segments if n <= through])
