"""PREMIS 3.0 (http://www.loc.gov/premis/v3) preservation metadata for a bag: objects, events, agent.

One ``intellectualEntity`` object stands for the package; one ``file`` object per payload file carries its
SHA-256 and SHA-512 fixity, size and PRONOM format (``archivist.formats``). Events use the Library of
Congress preservation vocabularies (id.loc.gov): event types, outcomes, the agent role ``exe``.
Event identifiers are UUID version 5 over the package's content and the event, so the same bag content
with the same ``SOURCE_DATE_EPOCH`` gives the same document byte for byte.

Every document is checked before it is returned: against the vendored PREMIS 3.0 XSD, and for
``eventDateTime`` being ISO 8601 with a zone, which the XSD (``xs:string``) does not check.
"""

from __future__ import annotations

import functools
import hashlib
import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime, timezone

from lxml import etree

from archivist import AGENT, clock
from archivist.errors import Problem, ValidationFailed, errors_only
from archivist.formats import FormatId
from archivist.render.premis_model import (
    EVENT_NAMESPACE,
    EVENT_TYPES,
    HASH_NAMES,
    LOC,
    OUTCOMES,
    XSI,
    FileFact,
    PremisEvent,
)
from archivist.validate.premis import NS, P, is_iso8601, premis_problems, tree_problems
from archivist.validate.xmlsafe import parse_xml

__all__ = [
    "FileFact",
    "PremisEvent",
    "append_event",
    "content_fingerprint",
    "is_iso8601",
    "premis_problems",
    "render_premis",
]


def render_premis(
    files: Sequence[FileFact],
    events: Sequence[PremisEvent],
    *,
    agent: str = AGENT,
    ingest_time: datetime,
    package_id: str = "package",
    package_id_type: str = "local",
) -> bytes:
    """The PREMIS document for a package: the IE, its files, ``events`` in order, and the agent.

    Raises ``ValidationFailed`` if the result is not valid (an archivist bug: nothing is written).
    """
    _check_events(events)
    fingerprint = content_fingerprint(files)
    root = etree.Element(f"{P}premis", nsmap={"premis": NS, "xsi": XSI})
    root.set("version", "3.0")
    ie = _sub(root, "object")
    ie.set(f"{{{XSI}}}type", "premis:intellectualEntity")
    _identifier(ie, "objectIdentifier", package_id_type, package_id)
    for fact in sorted(files, key=lambda f: f.path):
        root.append(_file_from_template(fact, package_id, package_id_type))
    for index, event in enumerate(events):
        seed = f"{fingerprint}\n{index}"
        root.append(_event_from_template(event, seed, agent, ingest_time, {package_id: package_id_type}))
    agents = dict.fromkeys([agent, *(e.agent for e in events if e.agent)])
    for name in agents:
        root.append(_agent(name))
    # The copies of the templates come indented (each template was indented once, as a child of the
    # root); only the elements built here (the entity, the agents) are, then the root's own line
    # breaks are set: the bytes ``etree.indent`` gives the whole tree, without walking ≈ 400 elements
    # per bag (issue 14).
    for built in (ie, *root[len(root) - len(agents) :]):
        etree.indent(built, space="  ", level=1)
    root.text = "\n  "
    for child in root:
        child.tail = "\n  "
    root[-1].tail = "\n"
    return _finish(root, indented=True)


def append_event(
    premis_xml: bytes, event: PremisEvent, *, agent: str = AGENT, seed: str | None = None
) -> bytes:
    """``premis_xml`` with ``event`` added after its last event (and its agent, when new).

    The new event's identifier, when not given, is a UUID5 over the existing document and the event, so
    appending the same event to the same document twice gives the same bytes. ``seed``: what stands for
    the existing document in it (default: its SHA-256; a caller that knows a digest of it passes that).
    """
    _check_events([event])
    root = parse_xml(premis_xml, file="premis.xml").getroot()
    if root.tag != f"{P}premis":
        problem = Problem("premis.root", f"root element is {root.tag}")
        raise ValidationFailed("not a PREMIS document", [problem])
    seed = seed or hashlib.sha256(premis_xml).hexdigest()
    kinds = {
        ident.findtext(f"{P}objectIdentifierValue"): ident.findtext(f"{P}objectIdentifierType") or "local"
        for ident in root.iterfind(f"{P}object/{P}objectIdentifier")
    }
    new = _event(event, seed, agent, event.time or clock.now(), kinds)
    anchors = root.findall(f"{P}event") or root.findall(f"{P}object")
    if not anchors:
        raise ValidationFailed("not a PREMIS document", [Problem("premis.xsd", "no object in the document")])
    anchors[-1].addnext(new)
    name = event.agent or agent
    known = {e.text for e in root.iterfind(f"{P}agent/{P}agentIdentifier/{P}agentIdentifierValue")}
    if name not in known:
        last = (root.findall(f"{P}agent") or [new])[-1]
        last.addnext(_agent(name))
    return _finish(root)


def content_fingerprint(files: Sequence[FileFact]) -> str:
    """SHA-256 over the sorted (path, digests) of the payload: what event identifiers are derived from."""
    digest = hashlib.sha256()
    for fact in sorted(files, key=lambda f: f.path):
        digest.update(fact.path.encode("utf-8", "surrogatepass") + b"\0")
        for name in sorted(fact.digests):
            digest.update(f"{name}:{fact.digests[name]}\n".encode())
    return digest.hexdigest()


def _finish(root: etree._Element, *, indented: bool = False) -> bytes:
    if not indented:
        etree.indent(root, space="  ")
    # The declaration is written by hand with double quotes: PRONOM's fmt/101 signature matches
    # ``<?xml version="1.0"`` and lxml would write single quotes.
    # The tree is checked in memory (the same XSD and date checks premis_problems runs on bytes), which
    # spares a serialise-and-parse round trip per bag.
    problems = errors_only(tree_problems(etree.ElementTree(root), "premis.xml"))
    if problems:
        raise ValidationFailed("PREMIS document is not valid", problems, where="premis.xml")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(root, encoding="UTF-8") + b"\n"


def _check_events(events: Sequence[PremisEvent]) -> None:
    for event in events:
        problems = []
        if event.type not in EVENT_TYPES:
            problems.append(Problem("premis.event-type", f"unknown eventType code {event.type!r}"))
        if event.outcome not in OUTCOMES:
            problems.append(Problem("premis.outcome", f"unknown eventOutcome code {event.outcome!r}"))
        if problems:
            raise ValidationFailed("PREMIS event refused", problems)


def _sub(parent: etree._Element, name: str, text: str | None = None, **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, f"{P}{name}", attrs)
    if text is not None:
        element.text = text
    return element


def _identifier(parent: etree._Element, name: str, kind: str, value: str) -> etree._Element:
    wrapper = _sub(parent, name)
    _sub(wrapper, f"{name}Type", kind)
    _sub(wrapper, f"{name}Value", value)
    return wrapper


SLOT = "{slot}"  # the text of a template's element filled in per use
_TEMPLATE_MOMENT = datetime(2000, 1, 1, tzinfo=timezone.utc)


class _Template:
    """An element built once per shape with ``SLOT``-prefixed texts, then deep-copied and filled in for
    each use: lxml copies a tree in C, where building it costs a Python call per element and attribute
    (issue 14: the fixed parts of a PREMIS document built once per process). Built by the same
    functions that build one element directly, so both give the same tree."""

    def __init__(self, element: etree._Element) -> None:
        # Indented once here as a child of the document's root, the only place a template goes.
        etree.indent(element, space="  ", level=1)
        self.element = element
        self.slots = [
            (index, node.text[len(SLOT) :])
            for index, node in enumerate(element.iter())
            if node.text and node.text.startswith(SLOT)
        ]

    def fill(self, values: Mapping[str, str]) -> etree._Element:
        # lxml's __copy__ copies the whole subtree in C, as deepcopy does once it gets there; called
        # directly it skips copy.deepcopy's memo and dispatch, a fifth of the filling (issue 14).
        element = self.element.__copy__()
        nodes = list(element.iter())
        for index, name in self.slots:
            nodes[index].text = values[name]
        return element


def _file_from_template(fact: FileFact, package_id: str, package_id_type: str) -> etree._Element:
    names = tuple(sorted(fact.digests, key=lambda n: (n not in HASH_NAMES, n)))
    template = _file_template(
        names, bool(fact.format.version), bool(fact.format.puid), bool(fact.original_name)
    )
    values = {f"digest:{name}": fact.digests[name] for name in names}
    values.update(
        path=fact.path,
        size=str(fact.size),
        format=fact.format.name,
        package=package_id,
        package_type=package_id_type,
        version=fact.format.version or "",
        puid=fact.format.puid or "",
        original=fact.original_name or "",
    )
    return template.fill(values)


@functools.lru_cache(maxsize=64)
def _file_template(digests: tuple[str, ...], version: bool, puid: bool, original: bool) -> _Template:
    fmt = FormatId(SLOT + "format", SLOT + "version" if version else None, SLOT + "puid" if puid else None)
    fact = FileFact(
        SLOT + "path",
        0,
        {name: SLOT + f"digest:{name}" for name in digests},
        fmt,
        SLOT + "original" if original else None,
    )
    element = _file_object(fact, SLOT + "package", SLOT + "package_type")
    element.find(f"{P}objectCharacteristics/{P}size").text = SLOT + "size"
    return _Template(element)


def _event_from_template(
    event: PremisEvent, seed: str, agent: str, ingest_time: datetime, kinds: Mapping[str | None, str]
) -> etree._Element:
    moment = clock.isoformat(event.time or ingest_time)
    template = _event_template(
        event.type, event.outcome, bool(event.outcome_detail), len(event.objects), event.object_role
    )
    return template.fill(event_slot_values(event, seed, agent, moment, kinds))


def event_slot_values(
    event: PremisEvent, seed: str, agent: str, moment: str, kinds: Mapping[str | None, str]
) -> dict[str, str]:
    """The texts of an event's template slots (``render/premis_event.py`` fills its byte template with
    the same texts, so both paths give the same event)."""
    name = "\n".join([seed, event.type, moment, event.detail, "|".join(event.objects)])
    values = {
        "identifier": event.identifier or str(uuid.uuid5(EVENT_NAMESPACE, name)),
        "moment": moment,
        "detail": event.detail,
        "outcome_detail": event.outcome_detail or "",
        "agent": event.agent or agent,
    }
    for index, target in enumerate(event.objects):
        values[f"object:{index}"] = target
        values[f"object_type:{index}"] = kinds.get(target, "local")
    return values


@functools.lru_cache(maxsize=256)
def _event_template(kind: str, outcome: str, outcome_detail: bool, objects: int, role: str) -> _Template:
    shape = PremisEvent(
        kind,
        SLOT + "detail",
        outcome,
        SLOT + "outcome_detail" if outcome_detail else None,
        tuple(SLOT + f"object:{index}" for index in range(objects)),
        role,
        identifier=SLOT + "identifier",
        agent=SLOT + "agent",
    )
    kinds = {target: SLOT + f"object_type:{index}" for index, target in enumerate(shape.objects)}
    # Any moment will do (the slot replaces it); reading the clock here would give an ingest that
    # builds a template more than its one clock reading (tests/test_cli_ingest.py).
    element = _event(shape, "", "", _TEMPLATE_MOMENT, kinds)
    element.find(f"{P}eventDateTime").text = SLOT + "moment"
    return _Template(element)


def _file_object(fact: FileFact, package_id: str, package_id_type: str) -> etree._Element:
    obj = etree.Element(f"{P}object")
    obj.set(f"{{{XSI}}}type", "premis:file")
    _identifier(obj, "objectIdentifier", "local", fact.path)
    chars = _sub(obj, "objectCharacteristics")
    _sub(chars, "compositionLevel", "0")
    for name in sorted(fact.digests, key=lambda n: (n not in HASH_NAMES, n)):
        fixity = _sub(chars, "fixity")
        attrs = {
            "authority": "cryptographicHashFunctions",
            "authorityURI": f"{LOC}/cryptographicHashFunctions",
        }
        if name in HASH_NAMES:
            attrs["valueURI"] = f"{LOC}/cryptographicHashFunctions/{name}"
        _sub(fixity, "messageDigestAlgorithm", HASH_NAMES.get(name, name), **attrs)
        _sub(fixity, "messageDigest", fact.digests[name])
        _sub(fixity, "messageDigestOriginator", AGENT)
    _sub(chars, "size", str(fact.size))
    fmt = _sub(chars, "format")
    designation = _sub(fmt, "formatDesignation")
    _sub(designation, "formatName", fact.format.name)
    if fact.format.version:
        _sub(designation, "formatVersion", fact.format.version)
    if fact.format.puid:
        registry = _sub(fmt, "formatRegistry")
        _sub(registry, "formatRegistryName", "PRONOM")
        _sub(registry, "formatRegistryKey", fact.format.puid)
        _sub(
            registry,
            "formatRegistryRole",
            "specification",
            authority="formatRegistryRole",
            authorityURI=f"{LOC}/formatRegistryRole",
        )
    if fact.original_name:
        _sub(obj, "originalName", fact.original_name)
    relationship = _sub(obj, "relationship")
    _sub(
        relationship,
        "relationshipType",
        "structural",
        authority="relationshipType",
        authorityURI=f"{LOC}/relationshipType",
    )
    _sub(
        relationship,
        "relationshipSubType",
        "is included in",
        authority="relationshipSubType",
        authorityURI=f"{LOC}/relationshipSubType",
    )
    _identifier(relationship, "relatedObjectIdentifier", package_id_type, package_id)
    return obj


def _event(
    event: PremisEvent, seed: str, agent: str, ingest_time: datetime, kinds: Mapping[str | None, str]
) -> etree._Element:
    moment = clock.isoformat(event.time or ingest_time)
    name = "\n".join([seed, event.type, moment, event.detail, "|".join(event.objects)])
    identifier = event.identifier or str(uuid.uuid5(EVENT_NAMESPACE, name))
    element = etree.Element(f"{P}event")
    _identifier(element, "eventIdentifier", "UUID", identifier)
    _sub(
        element,
        "eventType",
        EVENT_TYPES[event.type],
        authority="eventType",
        authorityURI=f"{LOC}/eventType",
        valueURI=f"{LOC}/eventType/{event.type}",
    )
    _sub(element, "eventDateTime", moment)
    details = _sub(element, "eventDetailInformation")
    _sub(details, "eventDetail", event.detail)
    outcome = _sub(element, "eventOutcomeInformation")
    _sub(
        outcome,
        "eventOutcome",
        OUTCOMES[event.outcome],
        authority="eventOutcome",
        authorityURI=f"{LOC}/eventOutcome",
        valueURI=f"{LOC}/eventOutcome/{event.outcome}",
    )
    if event.outcome_detail:
        _sub(_sub(outcome, "eventOutcomeDetail"), "eventOutcomeDetailNote", event.outcome_detail)
    linking = _identifier(element, "linkingAgentIdentifier", "local", event.agent or agent)
    _sub(
        linking,
        "linkingAgentRole",
        "executing program",
        authority="eventRelatedAgentRole",
        authorityURI=f"{LOC}/eventRelatedAgentRole",
        valueURI=f"{LOC}/eventRelatedAgentRole/exe",
    )
    for target in event.objects:
        # Link with the identifier type the object itself declares (the package id may be a URN).
        link = _identifier(element, "linkingObjectIdentifier", kinds.get(target, "local"), target)
        _sub(
            link,
            "linkingObjectRole",
            event.object_role,
            authority="eventRelatedObjectRole",
            authorityURI=f"{LOC}/eventRelatedObjectRole",
        )
    return element


def _agent(name: str) -> etree._Element:
    element = etree.Element(f"{P}agent")
    _identifier(element, "agentIdentifier", "local", name)
    program, _, version = name.partition("/")
    _sub(element, "agentName", program)
    _sub(element, "agentType", "software", authority="agentType", authorityURI=f"{LOC}/agentType")
    if version:
        _sub(element, "agentVersion", version)
    return element
