"""One event appended to an event log kept in segments (``segments.py``): a record of segment N + 1, after
a fold of the segments into the base when one is due (the rules: ``append``'s doc). Folding reads the
whole log, so it is what keeps every other append from reading it: ≈ once every ``FOLD_BYTES``."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from archivist import fsutil
from archivist.audit import durability, segments
from archivist.audit import seal as seals
from archivist.audit.seal import sealed, verified
from archivist.audit.segments import (
    BASE,
    LogState,
    append_record,
    document_of,
    listed,
    parse_records,
    segment_name,
    through_of,
    without_events,
)
from archivist.render.premis import PremisEvent


def fold(
    state: LogState,
    merge: Callable[[bytes | None, bool, list[tuple[bytes, bool]]], tuple[bytes, bool]],
) -> tuple[bytes, int, int, bool, list[str]]:
    """Fold every live segment into the base (the module doc). ``merge(base document or None, whether
    it is proven, [(segment document, proven)])`` gives the new base document and whether it was checked
    in full. Returns the new base's sealed bytes, the segment number it goes through, how many events it
    took in, whether the result was checked in full, and the names of the files holding bytes that
    were kept aside as no record (for the event to say so: the log's reader sees them in ``--history``)."""
    base_path = Path(state.path(BASE))
    state.segments = listed(state.logs)  # every segment there is, leftovers of a cut fold too
    data = durability.read_log(base_path) if state.base else None
    kept: list[str] = []
    if data is not None and not durability._whole(data):
        # Cut short with no earlier version to fall back on (a power cut in the first fold's write):
        # its bytes kept aside, the log goes on from its segments, none of which was removed.
        with contextlib.suppress(OSError):
            fsutil.write_atomic(Path(state.path(f".{BASE}.cut")), data)
            kept.append(f".{BASE}.cut")
        data = None
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
        held = durability._read_regular(name, follow=False) or b""
        records = parse_records(held, number)
        if sum(r.size for r in records) < len(held):
            # Bytes that are no record (cut short, or changed since): kept aside, not destroyed.
            with contextlib.suppress(OSError):
                fsutil.write_atomic(Path(state.path(f".{segment_name(number)}.cut")), held)
                kept.append(f".{segment_name(number)}.cut")
        documents += [(r.document, r.seal.check == seals.log_check()) for r in records]
        folded.append(name)
        last = max(last, number)
    last = max([last, *state.segments])  # numbers go on from the highest ever used
    base_document = (document_of(seal.body) if seal is not None else data) if data else None
    document, checked = merge(base_document, proven, documents)
    new = sealed(document + f"<!-- archivist log through segment {last} -->\n".encode())
    durability.write_deferred(base_path, new)
    durability.remove_after_flush(folded)
    return new, last, len(documents), checked, kept


ZERO = "0" * 64  # what the first record follows: nothing


def append(
    state: LogState,
    object_id: str,
    make_event: Callable[[str], PremisEvent],
    when: datetime,
    *,
    rederive: bool = False,
) -> None:
    """Append the event ``make_event(how the log was handled)`` to the log ``state`` describes, as a
    record of segment N + 1 (the first event starts segment 1). A fold comes first when that segment
    has reached ``FOLD_BYTES``, when bytes that are no record end it (a record cut short, or changed
    since its seal: kept aside), when what was read of the log is not proven under today's check
    (sealed by other rules, or a base changed since its seal: the whole log is then checked in full, as
    before segments), or when ``rederive`` asks the whole log checked again."""
    from archivist.audit.events import merged, segment_document

    first = not state.base and not state.segments
    how = "log: new" if first else "log: appended, earlier events not read again"
    latest = state.latest
    stale = state.base_proven is False or (latest is not None and latest.seal.check != seals.log_check())
    damaged = (latest.trailing if latest is not None else state.size > 0) and bool(state.segments)
    empty = without_events(latest.document) if latest is not None and not stale else None
    if rederive or stale or damaged or state.size >= segments.FOLD_BYTES:
        new, state.through, count, checked, kept = fold(
            state,
            lambda doc, proven, docs: merged(doc, proven, docs, object_id, when, full=rederive or stale),
        )
        seal = verified(new)
        state.base_digest = seal.digest if seal is not None else ""
        state.base_document, state.latest = document_of(seal.body) if seal is not None else None, None
        checks = "checked in full against the PREMIS 3.0 XSD" if checked else "proven by seals"
        how = f"log: {count} appended events folded into the base, the whole log {checks}"
        if kept:  # a record cut short by a kill, or changed since its seal: said where it is kept
            how += f"; bytes that are no sealed record kept aside in {', '.join(kept)}"
        empty = None
    follows = state.latest.seal.digest if state.latest is not None else state.base_digest or ZERO
    if empty is None and state.base_document is not None:
        empty = without_events(state.base_document)
    event = make_event(how if first else f"{how} (after sha256:{follows})")
    document = segment_document(empty, event, follows, object_id, when)
    append_record(state, state.through + 1, follows, document)


def leftovers(state: LogState, base_body: bytes) -> None:
    """Segments a verified base has folded (a run killed before their removal): removed after the next
    flush, which makes that base durable if it is not yet."""
    through = through_of(base_body)
    if through:
        durability.remove_after_flush([state.path(segment_name(n)) for n in state.segments if n <= through])
