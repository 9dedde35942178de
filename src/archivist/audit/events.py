"""The fixity-check and replication events of an object's copy, as a PREMIS 3 document kept with it.

One document per object per copy (where each kind of copy keeps it: ``ocfl_copy``, ``s3_copy``,
``dir_copy``); each check appends a ``fixity check`` event (id.loc.gov ``fix``) and each repair a
``replication`` event (``rep``), linked to the object's identifier, with the copy, the outcome and what
was found. The document is rendered and checked against the vendored PREMIS 3.0 XSD by
``archivist.render.premis`` at every append, so a log is never written invalid. A log that cannot be
read is left as it is (nothing is lost) and the new event is reported as not recorded.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime

from archivist import __version__
from archivist.render.premis import P, PremisEvent, append_event, render_premis

FIXITY, REPLICATION = "fix", "rep"
# The PREMIS schema is compiled once per process and its error log is shared: documents are checked one
# at a time even when objects are audited on several threads.
_ONE_AT_A_TIME = threading.Lock()


def new_event(kind: str, object_id: str, copy: str, *, ok: bool, note: str, when: datetime) -> PremisEvent:
    return PremisEvent(
        type=kind,
        detail=f'program="archivist audit"; version="{__version__}"; copy="{copy}"',
        outcome="suc" if ok else "fai",
        outcome_detail=note[:2000] or None,
        objects=(object_id,),
        time=when,
    )


def logged(existing: bytes | None, object_id: str, event: PremisEvent, when: datetime) -> bytes:
    """``existing`` (the copy's log, or None for a first event) with ``event`` appended."""
    with _ONE_AT_A_TIME:
        if not existing:  # None, or empty: created in a batch a power cut stopped (``durability``)
            return render_premis([], [event], ingest_time=when, package_id=object_id, package_id_type="local")
        return append_event(existing, event)


@dataclass(frozen=True)
class LoggedEvent:
    identifier: str
    type: str
    date: str
    outcome: str
    detail: str
    note: str
    copy: str

    def to_dict(self) -> dict[str, str]:
        return dict(self.__dict__)


def read_log(data: bytes, copy: str) -> list[LoggedEvent]:
    """The events of one copy's log, in document order."""
    from archivist.validate.xmlsafe import parse_xml

    root = parse_xml(data, file="events.xml").getroot()
    events = []
    for element in root.iterfind(f"{P}event"):
        kind = element.findtext(f"{P}eventType") or ""
        outcome = element.findtext(f"{P}eventOutcomeInformation/{P}eventOutcome") or ""
        events.append(LoggedEvent(
            identifier=element.findtext(f"{P}eventIdentifier/{P}eventIdentifierValue") or "",
            type=kind,
            date=element.findtext(f"{P}eventDateTime") or "",
            outcome=outcome,
            detail=element.findtext(f"{P}eventDetailInformation/{P}eventDetail") or "",
            note=element.findtext(
                f"{P}eventOutcomeInformation/{P}eventOutcomeDetail/{P}eventOutcomeDetailNote") or "",
            copy=copy,
        ))
    return events
