"""render_premis, append_event and premis_problems, checked against the vendored PREMIS 3.0 XSD directly
with lxml (not only through premis_problems, which is itself under test here)."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

import pytest
from lxml import etree

from archivist import AGENT, __version__
from archivist.errors import ValidationFailed
from archivist.formats import JSON_LD, UNKNOWN, XML
from archivist.render.premis import (
    FileFact,
    PremisEvent,
    append_event,
    is_iso8601,
    premis_problems,
    render_premis,
)
from archivist.resources import schema_path

NS = {"p": "http://www.loc.gov/premis/v3"}
LOC = "http://id.loc.gov/vocabulary/preservation"
WHEN = datetime(2024, 3, 1, 12, 0, tzinfo=timezone.utc)
FILES = [
    FileFact("data/metadata/newsml.xml", 2048, {"sha256": "a" * 64, "sha512": "b" * 128}, XML),
    FileFact("data/metadata/article.jsonld", 10, {"sha256": "c" * 64, "sha512": "d" * 128}, JSON_LD),
    FileFact("data/source/story", 7, {"sha256": "e" * 64, "sha512": "f" * 128}, UNKNOWN, "story"),
]
EVENTS = [
    PremisEvent("mee", "parsed byline, dateline, sections", objects=("data/source/story",)),
    PremisEvent("val", "NewsML-G2 2.35 XSD", objects=("data/metadata/newsml.xml",), object_role="outcome"),
    PremisEvent("mes", "sha256, sha512", objects=tuple(f.path for f in FILES)),
    PremisEvent("ipc", "BagIt 1.0", objects=("urn:example:1",), object_role="outcome"),
]


def _xsd_valid(data: bytes) -> bool:
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    schema = etree.XMLSchema(etree.parse(str(schema_path("premis", "premis-v3-0.xsd")), parser))
    return schema.validate(etree.fromstring(data, parser))


def _render() -> bytes:
    return render_premis(FILES, EVENTS, ingest_time=WHEN, package_id="urn:example:1", package_id_type="URN")


def test_valid_against_xsd() -> None:
    data = _render()
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<premis:premis')
    assert _xsd_valid(data)
    assert premis_problems(data) == []


def test_objects_fixity_size_and_format() -> None:
    root = etree.fromstring(_render())
    objects = root.findall("p:object", NS)
    assert objects[0].get("{http://www.w3.org/2001/XMLSchema-instance}type") == "premis:intellectualEntity"
    files = {o.findtext("p:objectIdentifier/p:objectIdentifierValue", namespaces=NS): o for o in objects[1:]}
    assert set(files) == {f.path for f in FILES}
    xml = files["data/metadata/newsml.xml"]
    algorithms = [a.get("valueURI") for a in xml.iterfind(".//p:messageDigestAlgorithm", NS)]
    assert algorithms == [
        f"{LOC}/cryptographicHashFunctions/sha256",
        f"{LOC}/cryptographicHashFunctions/sha512",
    ]
    assert [d.text for d in xml.iterfind(".//p:messageDigest", NS)] == ["a" * 64, "b" * 128]
    assert xml.findtext(".//p:size", namespaces=NS) == "2048"
    assert xml.findtext(".//p:formatRegistryKey", namespaces=NS) == "fmt/101"
    assert (
        files["data/metadata/article.jsonld"].findtext(".//p:formatRegistryKey", namespaces=NS) == "fmt/880"
    )
    unknown = files["data/source/story"]
    assert unknown.find(".//p:formatRegistry", NS) is None
    assert unknown.findtext(".//p:formatName", namespaces=NS) == "unknown"
    assert unknown.findtext("p:originalName", namespaces=NS) == "story"


def test_events_agent_and_links() -> None:
    root = etree.fromstring(_render())
    events = root.findall("p:event", NS)
    assert [e.find("p:eventType", NS).get("valueURI") for e in events] == [
        f"{LOC}/eventType/{code}" for code in ("mee", "val", "mes", "ipc")
    ]
    assert [e.findtext("p:eventType", namespaces=NS) for e in events] == [
        "metadata extraction",
        "validation",
        "message digest calculation",
        "information package creation",
    ]
    for event in events:
        assert event.findtext("p:eventDateTime", namespaces=NS) == "2024-03-01T12:00:00Z"
        outcome = event.find("p:eventOutcomeInformation/p:eventOutcome", NS)
        assert (outcome.text, outcome.get("valueURI")) == ("success", f"{LOC}/eventOutcome/suc")
        link = event.find("p:linkingAgentIdentifier", NS)
        assert link.findtext("p:linkingAgentIdentifierValue", namespaces=NS) == AGENT
        assert link.find("p:linkingAgentRole", NS).get("valueURI") == f"{LOC}/eventRelatedAgentRole/exe"
        value = event.findtext("p:eventIdentifier/p:eventIdentifierValue", namespaces=NS)
        assert uuid.UUID(value).version == 5
    mes_links = events[2].findall("p:linkingObjectIdentifier/p:linkingObjectIdentifierValue", NS)
    assert [x.text for x in mes_links] == [f.path for f in FILES]
    ipc_link = events[3].find("p:linkingObjectIdentifier", NS)
    assert ipc_link.findtext("p:linkingObjectIdentifierType", namespaces=NS) == "URN"
    agent = root.find("p:agent", NS)
    assert agent.findtext("p:agentName", namespaces=NS) == "archivist"
    assert agent.findtext("p:agentVersion", namespaces=NS) == __version__
    assert agent.findtext("p:agentType", namespaces=NS) == "software"


def test_identifiers_deterministic_and_content_bound() -> None:
    assert _render() == _render()
    ids = etree.fromstring(_render()).xpath("//p:eventIdentifierValue/text()", namespaces=NS)
    assert len(set(ids)) == len(ids)
    changed = [FileFact(FILES[0].path, 2048, {"sha256": "0" * 64, "sha512": "b" * 128}, XML), *FILES[1:]]
    other = render_premis(changed, EVENTS, ingest_time=WHEN, package_id="urn:example:1")
    assert etree.fromstring(other).xpath("//p:eventIdentifierValue/text()", namespaces=NS)[0] != ids[0]


def test_failure_outcome_and_detail() -> None:
    event = PremisEvent("val", "ninjs 3.1", outcome="fai", outcome_detail="2 errors", objects=("x",))
    data = render_premis(FILES, [event], ingest_time=WHEN)
    root = etree.fromstring(data)
    assert root.find(".//p:eventOutcome", NS).get("valueURI") == f"{LOC}/eventOutcome/fai"
    assert root.findtext(".//p:eventOutcomeDetailNote", namespaces=NS) == "2 errors"
    assert _xsd_valid(data)


@pytest.mark.parametrize("event", [PremisEvent("zzz", "x"), PremisEvent("mes", "x", outcome="ok")])
def test_unknown_codes_refused(event: PremisEvent) -> None:
    with pytest.raises(ValidationFailed):
        render_premis(FILES, [event], ingest_time=WHEN)


def test_non_utc_time_written_as_utc() -> None:
    local = WHEN.astimezone(timezone(timedelta(hours=5)))
    data = render_premis(FILES, [PremisEvent("mes", "x", time=local)], ingest_time=WHEN)
    assert b"<premis:eventDateTime>2024-03-01T12:00:00Z<" in data


def test_append_event_keeps_validity() -> None:
    base = _render()
    transfer = PremisEvent(
        "tra",
        "deposited to OCFL root /repo",
        objects=("urn:example:1",),
        time=WHEN + timedelta(hours=1),
        agent="ocfl-py/2.1.0",
    )
    data = append_event(base, transfer)
    assert _xsd_valid(data) and premis_problems(data) == []
    root = etree.fromstring(data)
    children = [etree.QName(c).localname for c in root]
    assert children[-3:] == ["event", "agent", "agent"]
    last = root.findall("p:event", NS)[-1]
    assert last.find("p:eventType", NS).get("valueURI") == f"{LOC}/eventType/tra"
    assert last.findtext(".//p:linkingAgentIdentifierValue", namespaces=NS) == "ocfl-py/2.1.0"
    assert last.findtext(".//p:linkingObjectIdentifierType", namespaces=NS) == "URN"
    assert append_event(base, transfer) == data  # deterministic
    again = append_event(data, PremisEvent("fix", "re-verified", time=WHEN))
    assert len(etree.fromstring(again).findall("p:agent", NS)) == 2  # known agent not repeated
    assert _xsd_valid(again)


def test_append_event_to_document_without_events() -> None:
    base = render_premis(FILES, [], ingest_time=WHEN)
    data = append_event(base, PremisEvent("tra", "copied", time=WHEN))
    assert _xsd_valid(data)


def test_premis_problems_catches_bad_documents() -> None:
    good = _render()
    bad_time = good.replace(b"2024-03-01T12:00:00Z", b"yesterday-ish", 1)
    assert _xsd_valid(bad_time)  # the XSD alone accepts it...
    assert [p.code for p in premis_problems(bad_time)] == ["premis.datetime"]  # ...we do not
    no_zone = good.replace(b"2024-03-01T12:00:00Z", b"2024-03-01T12:00:00", 1)
    assert [p.code for p in premis_problems(no_zone)] == ["premis.datetime"]
    broken = good.replace(b"<premis:compositionLevel>0</premis:compositionLevel>", b"<premis:bogus/>", 1)
    problems = premis_problems(broken, "premis.xml")
    assert problems and all(p.code == "premis.xsd" for p in problems) and problems[0].line_number
    assert premis_problems(b"<premis:premis")[0].code == "xml.malformed"
    doctype = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "x">]><x>&e;</x>'
    assert premis_problems(doctype)[0].code == "xml.doctype"


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("2024-03-01T12:00:00Z", True),
        ("2024-03-01T12:00:00.5+02:00", True),
        ("2024-03-01T12:00:00", False),
        ("2024-02-30T12:00:00Z", False),
        ("2024-03-01", False),
        ("yesterday", False),
        ("2024-03-01 12:00:00Z", False),
    ],
)
def test_is_iso8601(text: str, ok: bool) -> None:
    assert is_iso8601(text) is ok
