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
        assert etree.tostring(made) == etree.tostring(premis._file_object(fact, "urn:x:1", "URN"))


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
        assert etree.tostring(made) == etree.tostring(direct)


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
