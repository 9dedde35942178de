"""``history(object_id, targets)``: every logged event of an object in every copy, oldest first."""

from __future__ import annotations

from archivist.audit.copies import open_copy
from archivist.audit.events import LoggedEvent, read_log
from archivist.errors import ArchivistError, UsageError


def history(object_id: str, targets: list[str], *, endpoint_url: str | None = None) -> list[LoggedEvent]:
    """Every logged event of ``object_id`` in every copy, oldest first. A copy whose log cannot be read
    raises ``ArchivistError`` subclasses only for usage; an unreadable log is skipped with an event-less
    result for that copy."""
    if not targets:
        raise UsageError("--history needs the copies to read: name at least one target")
    events: list[LoggedEvent] = []
    for target in targets:
        copy = open_copy(target, endpoint_url=endpoint_url)
        every = getattr(copy, "read_event_documents", None)  # a log kept in several documents (OCFL)
        try:
            documents = every(object_id) if every is not None else [copy.read_events(object_id)]
        except Exception:  # an unreachable copy has no history to show; the others still do
            continue
        for data in documents:
            if data is not None:
                try:
                    events.extend(read_log(data, copy.name))
                except ArchivistError:  # not XML (zeros a power cut left, with no earlier version)
                    continue
    return sorted(events, key=lambda e: (e.date, e.copy))
