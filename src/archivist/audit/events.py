"""The fixity-check and replication events of an object's copy, as a PREMIS 3 document kept with it.

One document per object per copy (where each kind of copy keeps it: ``s3_copy``, ``dir_copy``; an OCFL
object's log is a base document and appended records, each a whole document: ``segments``, which uses
``segment_document`` and ``merged`` here); each check appends a ``fixity check`` event (id.loc.gov
``fix``) and each repair a ``replication`` event (``rep``), linked to the object's identifier, with the
copy, the outcome and what was found. The document is rendered and checked against the vendored PREMIS
3.0 XSD by ``archivist.render.premis`` at every append, so a log is never written invalid. A log that
cannot be read is left as it is (nothing is lost) and the new event is reported as not recorded.

Proven logs. Each log this program writes ends with a seal (``seal.py``): the name of the check its bytes
passed and their SHA-256. A check is a pure function of the bytes checked: when a log's bytes still have
the sealed digest, they are the very bytes that passed, so the next append checks only the new event
(``render.premis_event``: for this schema that is the same check of the result) and splices it in,
instead of parsing, checking and writing the whole history again, a cost that grew with every audit.
Anything else — no seal, a digest that differs (one flipped bit anywhere), another check's name, or
``rederive`` — takes the whole path: the log parsed and the result checked in full against the XSD.
Either way the result is the same bytes (tested), and each event says which was done (``log_note``).
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from xml.sax.saxutils import escape, unescape

from archivist import AGENT, __version__
from archivist.audit.seal import sealed, verified
from archivist.render.premis import P, PremisEvent, append_event, render_premis
from archivist.render.premis_event import END_TAG, event_bytes

FIXITY, REPLICATION = "fix", "rep"
_OBJECT_IDS = re.compile(
    rb"<premis:objectIdentifierType>([^<]*)</premis:objectIdentifierType>\s*"
    rb"<premis:objectIdentifierValue>([^<]*)</premis:objectIdentifierValue>"
)
# The PREMIS schema is compiled once per process and its error log is shared: documents are checked one
# at a time even when objects are audited on several threads.
_ONE_AT_A_TIME = threading.Lock()


def new_event(
    kind: str, object_id: str, copy: str, *, ok: bool, note: str, when: datetime, claim: str = ""
) -> PremisEvent:
    """``claim``: what this check found valid, by digest (``ocfl_copy.inventory_claim``), for the next."""
    return PremisEvent(
        type=kind,
        detail=f'program="archivist audit"; version="{__version__}"; copy="{copy}"'
        + (f"; {claim}" if claim else ""),
        outcome="suc" if ok else "fai",
        outcome_detail=note[:2000] or None,
        objects=(object_id,),
        time=when,
    )


def logged(
    existing: bytes | None, object_id: str, event: PremisEvent, when: datetime, *, proven: bytes | None = None
) -> bytes:
    """``existing`` (the copy's log, or None for a first event) with ``event`` appended, sealed.
    ``proven``: ``proven_body(existing)`` when the caller found the seal good (and was not asked to
    re-derive): only the new event is then checked."""
    with _ONE_AT_A_TIME:
        if not existing:  # None, or empty: created in a batch a power cut stopped (``durability``)
            document = render_premis(
                [], [event], ingest_time=when, package_id=object_id, package_id_type="local"
            )
        else:
            # Event identifiers are derived from a digest of the log: its seal's, already verified.
            seal = verified(existing)
            seed = seal.digest if seal is not None else hashlib.sha256(existing).hexdigest()
            spliced = _spliced(proven, event, seed) if proven is not None else None
            document = spliced or append_event(existing, event, seed=seed)
    return sealed(document)


def segment_document(
    empty: bytes | None, event: PremisEvent, seed: str, object_id: str, when: datetime
) -> bytes:
    """A log segment's document (``segments.py``): ``empty`` (the last segment's proven document with
    its event cut out: the object and the agent) with ``event`` checked alone and spliced in; the same
    bytes as the whole path, ``append_event`` on a freshly rendered event-less document, which is what
    runs when there is no ``empty`` or its agent is not the event's."""
    with _ONE_AT_A_TIME:
        spliced = _spliced(empty, event, seed) if empty is not None else None
        if spliced is not None:
            return spliced
        agent = event.agent or AGENT
        fresh = render_premis([], [], agent=agent, ingest_time=when, package_id=object_id)
        return _spliced(fresh, event, seed) or append_event(fresh, event, seed=seed)


def merged(
    base: bytes | None,
    base_proven: bool,
    documents: list[tuple[bytes, bool]],
    object_id: str,
    when: datetime,
    *,
    full: bool = False,
) -> tuple[bytes, bool]:
    """The base document with the events of ``documents`` (segments, each with whether it is proven)
    after its last event, and whether the result was checked in full. Spliced as bytes when the base and
    every segment are proven and bring no new agent (each event passed the check alone: the reason of
    ``_spliced``); otherwise, or when ``full``, merged with lxml and checked in full. Same bytes
    either way (tested)."""
    with _ONE_AT_A_TIME:
        if not full and base is not None and base_proven and all(proven for _, proven in documents):
            spliced = _spliced_events(base, [document for document, _ in documents])
            if spliced is not None:
                return spliced, False
        return _merged_in_full(base, [document for document, _ in documents], object_id, when), True


_AGENT_IDS = re.compile(rb"<premis:agentIdentifierValue>[^<]*</premis:agentIdentifierValue>")


def _spliced_events(base: bytes, documents: list[bytes]) -> bytes | None:
    end = END_TAG if END_TAG in base else b"</premis:object>"
    anchor = base.rfind(end)
    if anchor < 0:
        return None
    anchor += len(end)
    agents = base[anchor:]
    fragments = []
    for document in documents:
        first, last = document.find(b"\n  <premis:event>"), document.rfind(END_TAG)
        if first < 0 or last < first:
            return None
        last += len(END_TAG)
        if any(agent not in agents for agent in _AGENT_IDS.findall(document[last:])):
            return None  # a new agent would be added too: the whole path does that
        fragments.append(document[first:last])
    return base[:anchor] + b"".join(fragments) + base[anchor:]


def _merged_in_full(base: bytes | None, documents: list[bytes], object_id: str, when: datetime) -> bytes:
    from lxml import etree

    from archivist.errors import ValidationFailed, errors_only
    from archivist.validate.premis import tree_problems
    from archivist.validate.xmlsafe import parse_xml

    if base is None:
        base = render_premis([], [], ingest_time=when, package_id=object_id, package_id_type="local")
    root = parse_xml(base, file="events.xml").getroot()
    known = {e.text for e in root.iterfind(f"{P}agent/{P}agentIdentifier/{P}agentIdentifierValue")}
    for document in documents:
        other = parse_xml(document, file="events.xml").getroot()
        for event in other.iterfind(f"{P}event"):
            (root.findall(f"{P}event") or root.findall(f"{P}object"))[-1].addnext(event)
        for agent in other.iterfind(f"{P}agent"):
            name = agent.findtext(f"{P}agentIdentifier/{P}agentIdentifierValue")
            if name not in known:
                known.add(name)
                (root.findall(f"{P}agent") or root.findall(f"{P}event") or root.findall(f"{P}object"))[
                    -1
                ].addnext(agent)
    etree.indent(root, space="  ")  # as the whole path (``append_event``) does
    problems = errors_only(tree_problems(etree.ElementTree(root), "events.xml"))
    if problems:
        raise ValidationFailed("PREMIS event log is not valid", problems, where="events.xml")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(root, encoding="UTF-8") + b"\n"


def log_note(existing: bytes | None, proven: bytes | None) -> str:
    """What the event says of how the log it joins was checked."""
    if not existing:
        return "log: new"
    if proven is not None:
        return f"log: earlier events proven unchanged by the log's sha256 ({len(existing)} bytes)"
    return f"log: checked in full against the PREMIS 3.0 XSD ({len(existing)} bytes)"


def _spliced(body: bytes, event: PremisEvent, seed: str) -> bytes | None:
    """``append_event(existing, event)``'s bytes, made from the proven ``body`` and the event checked
    alone; None when the body's shape is not the plain one (then the whole path runs)."""
    end = END_TAG if END_TAG in body else b"</premis:object>"  # after the last event, or object
    anchor = body.rfind(end)
    if anchor < 0:
        return None
    anchor += len(end)
    agent = f"<premis:agentIdentifierValue>{escape(event.agent or AGENT)}</premis:agentIdentifierValue>"
    if agent.encode() not in body[anchor:]:  # agents follow the events
        return None  # a new agent would be added too: the whole path does that
    first_event = body.find(b"<premis:event>")  # objects precede the events
    fragment = event_bytes(event, seed=seed, kinds=_kinds(body[:first_event] if first_event > 0 else body))
    return body[:anchor] + fragment + body[anchor:]


def _kinds(body: bytes) -> Mapping[str | None, str]:
    """Object identifier → its type, as ``append_event`` reads them (the last of a repeated value)."""
    return {
        unescape(value.decode()): unescape(kind.decode()) or "local"
        for kind, value in _OBJECT_IDS.findall(body)
    }


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
        events.append(
            LoggedEvent(
                identifier=element.findtext(f"{P}eventIdentifier/{P}eventIdentifierValue") or "",
                type=kind,
                date=element.findtext(f"{P}eventDateTime") or "",
                outcome=outcome,
                detail=element.findtext(f"{P}eventDetailInformation/{P}eventDetail") or "",
                note=element.findtext(
                    f"{P}eventOutcomeInformation/{P}eventOutcomeDetail/{P}eventOutcomeDetailNote"
                )
                or "",
                copy=copy,
            )
        )
    return events
