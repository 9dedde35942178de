"""NewsML-G2 2.35: rendering the text and picture items, and judging any NewsML-G2 document.

The IPTC example items come from IPTC's newsml-g2 repository (tests/data/reference/newsml-g2-examples,
see its SOURCES.md); which of them are valid was established by running the 2.35 All-Power XSD and
matches the notes in that folder (LISTING_24 misses required attributes; LISTING 7/8/9/25/28 are
fragments without the NewsML-G2 namespace; LISTING 2/10/11/17/19 declare 2.24 Core).
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timezone
from pathlib import Path

import pytest
from lxml import etree

from archivist.config import Config, Organization
from archivist.record.model import Article, DateValue, Quote, Section, Span, Text
from archivist.render.context import RenderContext
from archivist.render.newsml import (
    newsml_guid,
    newsml_picture_guid,
    render_newsml,
    render_newsml_picture,
    truncated_datetime,
)
from archivist.resources import schema_path
from archivist.validate.newsml import NAMESPACES, is_newsml, newsml_problems, schema
from archivist.validate.xmlsafe import load_schema, parse_xml
from conftest import REFERENCE, make_full_article, make_minimal_article

EXAMPLES = REFERENCE / "newsml-g2-examples"
NS = NAMESPACES
INGEST = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)


@pytest.fixture
def context() -> RenderContext:
    return RenderContext(ingest_time=INGEST)


def _tree(data: bytes) -> etree._Element:
    return parse_xml(data).getroot()


def _texts(root: etree._Element, path: str) -> list[str]:
    return [element.text for element in root.xpath(path, namespaces=NS)]


def _errors(data: bytes) -> list[str]:
    return [p.line() for p in newsml_problems(data, file="item.xml") if p.severity == "error"]


# --- rendered items are valid -------------------------------------------------------------------


def test_full_article_text_item_validates(full_article: Article, context: RenderContext) -> None:
    data = render_newsml(full_article, context)
    assert newsml_problems(data, file="newsml.xml") == []
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n")
    assert data.endswith(b"</newsItem>\n")


def test_full_article_text_item_content(full_article: Article, context: RenderContext) -> None:
    root = _tree(render_newsml(full_article, context))
    assert root.get("guid") == newsml_guid(full_article, context)
    assert (
        root.get("version"),
        root.get("standard"),
        root.get("standardversion"),
        root.get("conformance"),
    ) == (
        "1",
        "NewsML-G2",
        "2.35",
        "power",
    )
    assert root.xpath("nar:catalogRef/@href", namespaces=NS) == [
        "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml"
    ]
    meta = "nar:itemMeta/"
    assert root.xpath(meta + "nar:itemClass/@qcode", namespaces=NS) == ["ninat:text"]
    assert _texts(root, meta + "nar:provider/nar:name") == ["archivist"]
    assert _texts(root, meta + "nar:versionCreated") == ["2026-01-02T03:04:05Z"]
    assert root.xpath(meta + "nar:pubStatus/@qcode", namespaces=NS) == ["stat:usable"]
    assert _texts(root, meta + "nar:generator") == ["archivist"]
    assert root.xpath(meta + "nar:generator/@versioninfo", namespaces=NS) == [context.version]
    assert root.xpath(meta + "nar:origRep", namespaces=NS) == []  # no source URL
    assert root.xpath(meta + "nar:link/@rel", namespaces=NS) == ["irel:associatedWith"]
    assert root.xpath(meta + "nar:link/@residref", namespaces=NS) == [
        newsml_picture_guid(full_article, context)
    ]
    content = "nar:contentMeta/"
    assert _texts(root, content + "nar:contentCreated") == ["2021-03-03"]
    assert _texts(root, content + "nar:located/nar:name") == ["SPRINGFIELD, Ill."]
    assert _texts(root, content + "nar:infoSource/nar:name") == ["AP"]
    assert _texts(root, content + "nar:creditline") == ["AP"]
    assert _texts(root, content + "nar:creator/nar:name") == ["John Doe", "Mary Major"]
    assert _texts(root, content + "nar:by") == [full_article.byline.text]  # type: ignore[union-attr]
    assert root.xpath(content + "nar:language/@tag", namespaces=NS) == ["en"]
    assert _texts(root, content + "nar:headline") == ["Mayor Opens New River Bridge"]
    assert _texts(root, content + "nar:dateline") == ["SPRINGFIELD, Ill., March 3, 2021 (AP) —"]
    assert root.xpath(content + "nar:description", namespaces=NS) == []  # the fixture has no summary
    assert _texts(root, "nar:pubHistory/nar:published/nar:timestamp") == ["2021-03-03"]


def test_body_is_xhtml_with_sections_paragraphs_and_quotes(
    full_article: Article, context: RenderContext
) -> None:
    root = _tree(render_newsml(full_article, context))
    inline = root.xpath("nar:contentSet/nar:inlineXML", namespaces=NS)
    assert [i.get("contenttype") for i in inline] == ["application/xhtml+xml"]
    body = inline[0].xpath("html:html/html:body", namespaces=NS)[0]
    paragraphs = [p.xpath("string()") for p in body.xpath(".//html:p", namespaces=NS)]
    assert paragraphs == [p.text for p in full_article.paragraphs]
    assert _texts(body, ".//html:h2") == ["Traffic"]
    quotes = body.xpath(".//html:q", namespaces=NS)
    assert [q.text for q in quotes] == [p.text for p in full_article.quotes[0].parts]
    assert [q.get("title") for q in quotes] == ["Ann Lee", "Ann Lee"]
    assert [q.get("id") for q in quotes] == ["quote-1-1", "quote-1-2"]
    assert _texts(inline[0], "html:html/html:head/html:title") == ["Mayor Opens New River Bridge"]
    serialised = etree.tostring(body, encoding="unicode")
    assert "Council approves budget" not in serialised  # related boxes stay out of the body
    assert "(END)" not in serialised
    part = root.xpath("nar:partMeta", namespaces=NS)
    assert [(p.get("partid"), p.get("contentrefs")) for p in part] == [("quote-1", "quote-1-1 quote-1-2")]
    assert _texts(part[0], "nar:creator/nar:name") == ["Ann Lee"]


def _one_paragraph(text: str, quote_whole: bool) -> Article:
    base = make_minimal_article()
    paragraph = Text(text, Span(22, 22 + len(text)))
    quotes = (Quote(text, paragraph.span, (paragraph,), "Ann Lee", None),) if quote_whole else ()
    section = Section(None, (paragraph,), paragraph.span)
    return dataclasses.replace(base, sections=(section,), quotes=quotes)


def test_paragraph_that_is_one_quotation_keeps_its_exact_text(context: RenderContext) -> None:
    article = _one_paragraph("Every word here is quoted.", quote_whole=True)
    data = render_newsml(article, context)
    assert newsml_problems(data) == []
    assert b'<p><q id="quote-1-1" class="quote" title="Ann Lee">Every word here is quoted.</q></p>' in data
    [p] = _tree(data).xpath("//html:p", namespaces=NS)
    assert p.xpath("string()") == "Every word here is quoted."


def test_characters_xml_cannot_hold_do_not_crash_rendering(context: RenderContext) -> None:
    data = render_newsml(_one_paragraph("Bell\x07 and form feed\x0c here.", quote_whole=False), context)
    assert newsml_problems(data) == []
    assert "Bell\ufffd and form feed\ufffd here." in data.decode()


def test_picture_item(full_article: Article, context: RenderContext) -> None:
    data = render_newsml_picture(full_article, context)
    assert data is not None
    assert newsml_problems(data, file="newsml-picture.xml") == []
    root = _tree(data)
    assert root.get("guid") == newsml_picture_guid(full_article, context)
    assert root.xpath("nar:itemMeta/nar:itemClass/@qcode", namespaces=NS) == ["ninat:picture"]
    assert root.xpath("nar:itemMeta/nar:link/@rel", namespaces=NS) == ["irel:associatedWith"]
    assert root.xpath("nar:itemMeta/nar:link/@residref", namespaces=NS) == [
        newsml_guid(full_article, context)
    ]
    assert _texts(root, "nar:contentMeta/nar:description[@role='drol:caption']") == [
        "The new bridge at dusk."
    ]
    assert _texts(root, "nar:contentMeta/nar:creditline") == ["AP Photo/Jane Roe"]
    assert root.xpath("nar:contentSet", namespaces=NS) == []  # no image URL known


def test_picture_item_with_url(full_article: Article, context: RenderContext) -> None:
    image = dataclasses.replace(full_article.image, url="https://example.org/img/bridge.JPG")  # type: ignore[arg-type]
    data = render_newsml_picture(dataclasses.replace(full_article, image=image), context)
    assert data is not None and newsml_problems(data) == []
    remote = _tree(data).xpath("nar:contentSet/nar:remoteContent", namespaces=NS)
    assert [(r.get("href"), r.get("contenttype")) for r in remote] == [
        ("https://example.org/img/bridge.JPG", "image/jpeg")
    ]


def test_minimal_article(minimal_article: Article, context: RenderContext) -> None:
    data = render_newsml(minimal_article, context)
    assert newsml_problems(data, file="newsml.xml") == []
    assert render_newsml_picture(minimal_article, context) is None
    root = _tree(data)
    for absent in (
        "nar:pubHistory",
        "nar:contentMeta/nar:contentCreated",
        "nar:contentMeta/nar:dateline",
        "nar:contentMeta/nar:creator",
        "nar:itemMeta/nar:link",
        "nar:partMeta",
    ):
        assert root.xpath(absent, namespaces=NS) == [], absent
    assert _texts(root, "nar:contentMeta/nar:headline") == ["Storm Closes Schools"]


def test_summary_source_url_and_organization(full_article: Article) -> None:
    article = dataclasses.replace(
        full_article,
        summary=Text("A new bridge opens.", Span(0, 1)),
        source=dataclasses.replace(full_article.source, url="https://news.example.org/bridge"),
    )
    org = Organization(name="Example Archive", id="example.org")
    context = RenderContext(ingest_time=INGEST, config=Config(organization=org))
    data = render_newsml(article, context)
    assert newsml_problems(data) == []
    root = _tree(data)
    assert _texts(root, "nar:itemMeta/nar:origRep") == ["https://news.example.org/bridge"]
    assert _texts(root, "nar:contentMeta/nar:description[@role='drol:summary']") == ["A new bridge opens."]
    assert root.xpath("nar:itemMeta/nar:provider/@literal", namespaces=NS) == ["example.org"]
    assert _texts(root, "nar:itemMeta/nar:provider/nar:name") == ["Example Archive"]
    assert root.get("guid", "").startswith("urn:newsml:example.org:20210303:")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-03-03", "2021-03-03"),
        ("2021-03", "2021-03"),
        ("2021", "2021"),
        ("2005-11-30T14:05:00Z", "2005-11-30T14:05:00Z"),
        ("2005-11-30T14:05:00+01:00", "2005-11-30T14:05:00+01:00"),
        ("2005-11-30T14:05:00", "2005-11-30"),  # no zone: the instant is unknown, the day is not
        ("2005-11-30T14:05Z", "2005-11-30T14:05:00Z"),  # xs:dateTime needs the seconds
        ("2005-11-30T14:05:00.5-05:00", "2005-11-30T14:05:00.5-05:00"),
        ("2021-02-30", None),  # not a calendar day
        ("2021-03-03/2021-03-05", None),  # an EDTF interval has no single value
        ("XXXX-03-03", None),  # year unknown: never invent one
        ("2021-03-XX", None),
        ("2021?", None),
    ],
)
def test_truncated_datetime(
    value: str, expected: str | None, full_article: Article, context: RenderContext
) -> None:
    date = DateValue(value, "text", Span(0, 4))
    assert truncated_datetime(date) == expected
    # and whatever is written is accepted by the schema and by the zone check
    dateline = dataclasses.replace(full_article.dateline, date=date)  # type: ignore[arg-type]
    data = render_newsml(dataclasses.replace(full_article, dateline=dateline), context)
    assert newsml_problems(data) == []
    assert _texts(_tree(data), "nar:contentMeta/nar:contentCreated") == ([expected] if expected else [])


def test_unknown_year_omits_content_created(full_article: Article, context: RenderContext) -> None:
    date = DateValue("XXXX-03-03", "March 3", Span(0, 1))
    dateline = dataclasses.replace(full_article.dateline, date=date)  # type: ignore[arg-type]
    article = dataclasses.replace(full_article, dateline=dateline, published=None)
    data = render_newsml(article, context)
    assert newsml_problems(data) == []
    root = _tree(data)
    assert root.xpath("nar:contentMeta/nar:contentCreated", namespaces=NS) == []
    assert root.get("guid", "").startswith("urn:uuid:")  # RFC 3085 needs a full date; none is invented


# --- reproducibility and identifiers ------------------------------------------------------------


def test_two_renders_are_byte_identical(full_article: Article) -> None:
    first = RenderContext(ingest_time=INGEST)
    second = RenderContext(ingest_time=INGEST)
    assert render_newsml(full_article, first) == render_newsml(make_full_article(), second)
    assert render_newsml_picture(full_article, first) == render_newsml_picture(make_full_article(), second)


def test_source_date_epoch_makes_default_context_reproducible(
    full_article: Article, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    one = render_newsml(full_article, RenderContext())
    two = render_newsml(full_article, RenderContext())
    assert one == two
    assert b"<versionCreated>2023-11-14T22:13:20Z</versionCreated>" in one


def test_guid_is_deterministic_and_follows_the_source(
    full_article: Article, minimal_article: Article
) -> None:
    early = RenderContext(ingest_time=INGEST)
    late = RenderContext(ingest_time=datetime(2030, 6, 1, tzinfo=timezone.utc))
    guid = newsml_guid(full_article, early)
    assert guid == newsml_guid(make_full_article(), late)  # ingest time does not enter the guid
    assert guid == f"urn:newsml:archivist.invalid:20210303:{full_article.source.sha256[:16]}"
    assert newsml_picture_guid(full_article, early) == guid + "-picture"
    other = make_full_article(make_full_article.__defaults__[0] + "\n")  # type: ignore[index]
    assert other.source.sha256 != full_article.source.sha256
    assert newsml_guid(other, early) != guid
    undated = newsml_guid(minimal_article, early)
    assert undated.startswith("urn:uuid:") and undated == newsml_guid(minimal_article, late)
    assert undated != newsml_picture_guid(minimal_article, early)


# --- the validator --------------------------------------------------------------------------------


def _broken(full_article: Article, context: RenderContext) -> bytes:
    text = render_newsml(full_article, context).decode()
    # wrong element order: pubStatus before provider
    text = text.replace('    <pubStatus qcode="stat:usable"/>\n', "", 1)
    text = text.replace(
        '<itemClass qcode="ninat:text"/>',
        '<itemClass qcode="ninat:text"/>\n    <pubStatus qcode="stat:usable"/>',
    )
    text = text.replace("2026-01-02T03:04:05Z", "2026-01-02T03:04:05")  # no zone
    text = text.replace('contentrefs="quote-1-1 quote-1-2"', 'contentrefs="quote-1-1 quote-9-9"')  # bad IDREF
    text = text.replace("<h2>Traffic</h2>", '<font>Traffic</font><x:note xmlns:x="urn:example:x"/>')
    return text.encode()


def test_broken_document_reports_each_problem_with_xpath_and_line(
    full_article: Article, context: RenderContext
) -> None:
    data = _broken(full_article, context)
    problems = newsml_problems(data, file="broken.xml")
    found = {(p.code, p.location, p.line_number) for p in problems}
    lines = data.decode().splitlines()

    def line_of(needle: str) -> int:
        return next(i for i, line in enumerate(lines, start=1) if needle in line)

    assert found == {
        ("newsml.xsd", "/nar:newsItem/nar:itemMeta/nar:pubStatus", line_of("<pubStatus")),
        ("newsml.timezone", "/nar:newsItem/nar:itemMeta/nar:versionCreated", line_of("<versionCreated")),
        ("newsml.idref", "/nar:newsItem/nar:partMeta/@contentrefs", line_of("<partMeta")),
        (
            "newsml.xhtml.element",
            "/nar:newsItem/nar:contentSet/nar:inlineXML/html:html/html:body/html:div[2]/html:font",
            line_of("<font>"),
        ),
        (
            "newsml.xhtml.namespace",
            "/nar:newsItem/nar:contentSet/nar:inlineXML/html:html/html:body/html:div[2]/*[local-name()='note']",
            line_of("<font>"),
        ),
    }
    assert all(p.severity == "error" and p.file == "broken.xml" for p in problems)
    xsd = next(p for p in problems if p.code == "newsml.xsd")
    assert "nar:pubStatus" in xsd.message and "{http" not in xsd.message
    root = etree.fromstring(data)
    for problem in problems:  # every location is an XPath that finds the element
        assert root.getroottree().xpath(problem.location.split("/@")[0], namespaces=NS), problem.location


@pytest.mark.parametrize(
    ("old", "new", "code"),
    [
        ("<h2>Traffic</h2>", "<script>alert(1)</script>", "newsml.xhtml.element"),
        ("<body>", "<body>stray text", "newsml.xhtml.content"),
        ("<h2>Traffic</h2>", "<p><p>nested</p></p>", "newsml.xhtml.content"),
        ("<title>Mayor Opens New River Bridge</title>", "", "newsml.xhtml.content"),
        ("<h2>Traffic</h2>", '<h2 id="quote-1-1">Traffic</h2>', "newsml.id-duplicate"),
        ("<versionCreated>2026-01-02T03:04:05Z", "<versionCreated>2026-01-02T03:04:05+0100", "newsml.xsd"),
        (
            "<contentCreated>2021-03-03</contentCreated>",
            "<contentCreated>2021-03-03T10:00:00</contentCreated>",
            "newsml.timezone",
        ),
        ('<html xmlns="http://www.w3.org/1999/xhtml"', '<html xmlns="urn:not-xhtml"', "newsml.xhtml.root"),
        ('standardversion="2.35"', 'standardversion="2.24"', "newsml.standardversion"),
    ],
)
def test_single_defects(full_article: Article, context: RenderContext, old: str, new: str, code: str) -> None:
    text = render_newsml(full_article, context).decode()
    assert old in text
    problems = newsml_problems(text.replace(old, new, 1).encode(), file="x.xml")
    assert code in {p.code for p in problems}
    assert all(p.line_number for p in problems)


def test_malformed_and_foreign_documents() -> None:
    [malformed] = newsml_problems(b"<newsItem>\n<itemMeta></newsItem>", file="bad.xml")
    assert (malformed.code, malformed.file, malformed.line_number) == ("xml.malformed", "bad.xml", 2)
    [foreign] = newsml_problems(b"<rss version='2.0'/>", file="feed.xml")
    assert foreign.code == "newsml.root"


def test_schema_is_compiled_once() -> None:
    path = schema_path("newsml-g2", "NewsML-G2_2.35-spec-All-Power.xsd")
    assert schema() is schema() is load_schema(path) is load_schema(str(path))


# --- IPTC's own examples --------------------------------------------------------------------------

EXAMPLE_FILES = sorted(EXAMPLES.glob("*.xml"))
FRAGMENTS = {  # no NewsML-G2 namespace: parts of items shown in the guidelines, not items
    "LISTING_7_Group_Set_example_showing_Hierarchical_Package_Structure.xml",
    "LISTING_8_Group_Set_example_showing_an_ALT_Package_Mode.xml",
    "LISTING_9_Group_Set_example_showing_a_SEQ_Package_Mode.xml",
    "LISTING_25_An_NITF_marked-up_article_conveyed_in_inlineXML.xml",
    "LISTING_28_Illustrating_Located_Subject_and_Dateline.xml",
}
INVALID = {"LISTING_24_News_Message_conveying_a_complete_News_Package.xml"}  # inner items lack standard/guid
CORE_2_24 = {
    "LISTING_2_NewsML-G2_Text_Document.xml",
    "LISTING_10_Abstract_Concept_conveyed_in_a_NewsML-G2_Concept_Item.xml",
    "LISTING_11_Person_Concept_conveyed_in_a_NewsML-G2_Concept_Item.xml",
    "LISTING_17_Planning_Item_a_CCL.xml",
    "LISTING_19_Planning_Item_with_delivery_at_CCL.xml",
}
EMPTY_BODY = {"LISTING_27_Company_Financial_Information.xml"}  # xhtml inlineXML holding only a comment


def test_example_folder_is_complete() -> None:
    names = {p.name for p in EXAMPLE_FILES}
    assert len(names) == 35
    assert names >= FRAGMENTS | INVALID | CORE_2_24 | EMPTY_BODY


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_iptc_example(path: Path) -> None:
    data = path.read_bytes()
    problems = newsml_problems(data, file=path.name)
    errors = {p.code for p in problems if p.severity == "error"}
    warnings = {p.code for p in problems if p.severity == "warning"}
    assert is_newsml(parse_xml(data)) is (path.name not in FRAGMENTS)
    if path.name in FRAGMENTS:
        assert errors == {"newsml.root"}
    elif path.name in INVALID:
        assert errors == {"newsml.xsd"}
        assert any("'standard' is required" in p.message and p.line_number == 21 for p in problems)
    else:
        assert errors == set(), [p.line() for p in problems]
        expected = {"newsml.standardversion"} if path.name in CORE_2_24 else set()
        expected |= {"newsml.xhtml.empty"} if path.name in EMPTY_BODY else set()
        assert warnings == expected


def test_an_authors_page_is_the_creators_uri(full_article: Article, context: RenderContext) -> None:
    first, second = full_article.authors
    authors = (
        dataclasses.replace(first, url="https://news.example.org/staff/john-doe"),
        dataclasses.replace(second, url="staff/mm"),
    )
    data = render_newsml(dataclasses.replace(full_article, authors=authors), context)
    assert newsml_problems(data) == []
    creators = _tree(data).xpath("nar:contentMeta/nar:creator", namespaces=NS)
    assert [(c.get("uri"), c.findtext(f"{{{NS['nar']}}}name")) for c in creators] == [
        ("https://news.example.org/staff/john-doe", "John Doe"),
        (None, "Mary Major"),
    ]
