"""Each check's and each repair's PREMIS event written into the log of the copy it concerns (``events.py``
builds and checks the event; the copy keeps the log where its kind of repository allows). A copy that
cannot take the event — read-only, gone, an S3 error after retries — is a warning in the summary: the
check itself stands."""

from __future__ import annotations

from collections.abc import Callable

from archivist import clock
from archivist.audit.check import INTACT, UNREADABLE, Copy, CopyCheck
from archivist.audit.events import REPLICATION, log_note, logged, new_event
from archivist.audit.seal import proven_body
from archivist.audit.summary import AuditSummary
from archivist.errors import ArchivistError
from archivist.render.premis import PremisEvent


def fixity_note(check: CopyCheck) -> str:
    if check.status == INTACT:
        return (
            f"every digest verified ({check.files} files, {check.bytes} bytes)"
            + (f"; version {check.version}" if check.version else "")
            + "".join(f"; proven unchanged by digest, not re-derived: {what}" for what in check.proven)
        )
    return f"{check.status}: " + "; ".join(check.problems[:20])


def log_check(
    summary: AuditSummary,
    copies: dict[str, Copy],
    check: CopyCheck,
    kind: str,
    ok: bool,
    note: str,
    *,
    quiet: bool = False,
    rederive: bool = False,
) -> None:
    copy = next(c for c in copies.values() if c.name == check.copy)
    append_to_copy_log(
        summary,
        copy,
        check.object_id,
        kind,
        ok,
        note,
        quiet=quiet or check.status == UNREADABLE,
        claim=check.claim if ok else "",
        rederive=rederive,
    )


def repair_logger(summary: AuditSummary, rederive: bool) -> Callable[[Copy, str, bool, str], None]:
    def log(copy: Copy, object_id: str, ok: bool, note: str) -> None:
        append_to_copy_log(summary, copy, object_id, REPLICATION, ok, note, rederive=rederive)

    return log


def append_to_copy_log(
    summary: AuditSummary,
    copy: Copy,
    object_id: str,
    kind: str,
    ok: bool,
    note: str,
    *,
    quiet: bool = False,
    claim: str = "",
    rederive: bool = False,
) -> None:
    """Append one event to the copy's log; a copy that cannot take it (read-only, gone) is a warning.
    The event carries ``claim`` and says how the log it joins was checked (``events.log_note``)."""
    when = clock.now()
    try:
        appender = getattr(copy, "append_event", None)  # a log kept append-only (OCFL: ``segments``)
        if appender is not None:

            def make_event(how: str) -> PremisEvent:
                return new_event(
                    kind, object_id, copy.name, ok=ok, note=f"{note}; {how}", when=when, claim=claim
                )

            appender(object_id, make_event, when, rederive=rederive)
            return
        existing = copy.read_events(object_id)
        proven = None if rederive else proven_body(existing)
        event = new_event(
            kind,
            object_id,
            copy.name,
            ok=ok,
            note=f"{note}; {log_note(existing, proven)}",
            when=when,
            claim=claim,
        )
        copy.write_events(object_id, logged(existing, object_id, event, when, proven=proven))
    except (ArchivistError, OSError, ValueError) as exc:
        if not quiet:
            why = exc.line() if isinstance(exc, ArchivistError) else getattr(exc, "strerror", "") or str(exc)
            summary.warnings.append(f"{copy.name} {object_id}: the {kind} event was not recorded ({why})")
    except Exception as exc:  # botocore errors after retries: the check itself stands
        if not quiet:
            summary.warnings.append(f"{copy.name} {object_id}: the {kind} event was not recorded ({exc})")
