"""PREMIS elements from per-process templates (issue 14) are the very elements the builders make directly,
for every shape a template is keyed on, with text that needs escaping; and the document is still checked
against the PREMIS 3 XSD before it is returned."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from lxml import etree

from archivist.errors import ValidationFailed
from archivist.formats import FormatId
from archivist.render import premis
from archivist.render.premis import FileFact, PremisEvent, render_premis

MOMENT = datetime(2026, 11, 30, 20, 0, tzinfo=UTC)
FORMATS = [
    FormatId("Extensible Markup Language", "1.0", "fmt/101"),
    FormatId("Plain Text File"),
    FormatId("JSON Data Interchange Format", None, "fmt/817"),
]


@pytest.mark.parametrize("fmt", FORMATS, ids=["version-puid", "name-only", "puid-only"])
@pytest.mark.parametrize("original", [None, 'Über <page> & "x".html'])
@pytest.mark.parametrize("digests", [{"sha256": "a" * 64, "sha512": "b" * 128}, {"md5": "c" * 32, "b2": "d"}])
def test_a_file_object_from_its_template_is_the_one_built_directly(
    fmt: FormatId, original: str | None, digests: dict[str, str]
) -> None:
    fact = FileFact("data/source/a & <b>.html", 12345, digests, fmt, original)
    for _ in range(2):  # the second use copies the template the first one made
        made = premis._file_from_template(fact, "urn:x:1", "URN")
        direct = premis._file_object(fact, "urn:x:1", "URN")
        etree.indent(direct, space="  ", level=1)  # templates come indented as children of the root
        assert etree.tostring(made) == etree.tostring(direct)


@pytest.mark.parametrize(
    "event",
    [
        PremisEvent("mee", "parse <x> & y", outcome_detail="fields: a, b", objects=("data/a", "urn:x:1")),
        PremisEvent("val", "checked", outcome="fai", objects=()),
        PremisEvent(
            "ipc",
            "bag",
            objects=("urn:x:1",),
            object_role="outcome",
            agent="other/2.0",
            identifier="given-id",
            time=datetime(2020, 1, 2, tzinfo=UTC),
        ),
    ],
    ids=["detail-and-objects", "failure-no-objects", "given-identifier-agent-time"],
)
def test_an_event_from_its_template_is_the_one_built_directly(event: PremisEvent) -> None:
    kinds = {"urn:x:1": "URN"}
    for _ in range(2):
        made = premis._event_from_template(event, "seed", "archivist/1", MOMENT, kinds)
        direct = premis._event(event, "seed", "archivist/1", MOMENT, kinds)
        etree.indent(direct, space="  ", level=1)
        assert etree.tostring(made) == etree.tostring(direct)


@pytest.mark.parametrize("agents", [(), ("other/2.0",)], ids=["one-agent", "two-agents"])
def test_the_document_is_indented_as_etree_indent_indents_the_whole_tree(agents: tuple[str, ...]) -> None:
    """render_premis indents only what it builds itself (issue 14): the bytes are those of the whole
    tree indented at once, as before."""
    facts = [
        FileFact("data/a & b.txt", 3, {"sha256": "a" * 64, "sha512": "b" * 128}, FORMATS[1], "a.txt"),
        FileFact("data/c.xml", 9, {"sha256": "c" * 64}, FORMATS[0]),
    ]
    events = [
        PremisEvent("mee", "x <y>", outcome_detail="d", objects=("data/c.xml",), agent=a) for a in agents
    ]
    events.append(PremisEvent("val", "checked", objects=()))
    made = render_premis(facts, events, ingest_time=MOMENT, package_id="urn:x:1", package_id_type="URN")
    root = etree.fromstring(made, etree.XMLParser(remove_blank_text=True))
    etree.indent(root, space="  ")
    whole = b'<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(root, encoding="UTF-8") + b"\n"
    assert made == whole
    assert made.count(b"<premis:agent>") == 1 + len(agents)


def test_the_document_is_still_checked_against_the_xsd(monkeypatch: pytest.MonkeyPatch) -> None:
    facts = [FileFact("data/a.txt", 3, {"sha256": "a" * 64}, FORMATS[1])]
    assert render_premis(facts, [], ingest_time=MOMENT).startswith(b'<?xml version="1.0"')
    real = premis._file_from_template

    def misnamed_size(*args: object) -> etree._Element:
        element = real(*args)  # type: ignore[arg-type]
        element.find(f"{premis.P}objectCharacteristics/{premis.P}size").tag = f"{premis.P}sizeInBytes"
        return element

    monkeypatch.setattr(premis, "_file_from_template", misnamed_size)
    with pytest.raises(ValidationFailed):
        render_premis(facts, [], ingest_time=MOMENT)
