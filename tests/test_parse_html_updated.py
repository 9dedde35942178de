"""A web page's last-modified date (``published.updated``, read by ``archivist.parse.html.modified``): the
page's own statement, by the documented precedence, only when it comes after the publication date, located
where it stands, with its evidence; it never moves the publication date, and it reaches the JSON-LD
(``dateModified``) and NewsML-G2 (``contentModified``) documents, which still validate.

The ``tests/pages/updated-*.html`` pages were written for these tests (see ``tests/pages/SOURCES.md``).
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from archivist.cli import main
from archivist.parse import parse_file
from archivist.parse.html.modified import why_not_an_update
from archivist.record import dump_record, load_record
from archivist.record.model import Article
from archivist.render import write_documents
from archivist.render.context import RenderContext
from archivist.render.newsml import NAR_NS
from archivist.validate import validate_path
from test_parse_html import resolve

PAGES = Path(__file__).parent / "pages"
INGEST = datetime(2024, 8, 1, 12, 0, tzinfo=timezone.utc)

# page -> (publication date, updated date or None, evidence from, evidence rule, words the note holds)
EXPECTED: dict[str, tuple[str, str | None, str, str, str | None]] = {
    # The article node's dateModified, not the WebPage node's later one; the visible <time class=updated>
    # and article:modified_time agree, so the evidence has no note.
    "updated-jsonld-graph.html": (
        "2024-05-14T09:05:00+00:00",
        "2024-05-14T16:20:00+00:00",
        "json-ld",
        "NewsArticle.dateModified",
        None,
    ),
    # No JSON-LD: article:modified_time before og:updated_time and dcterms.modified; the publication date
    # is a day only, so article:published_time's time that day is what the update must come after.
    "updated-meta-only.html": (
        "2024-10-01",
        "2024-10-02T18:45:00+01:00",
        "opengraph",
        "article:modified_time",
        "og:updated_time says '2024-10-03T12:00:00+01:00'",
    ),
    # No structured data: "Published March 3, 2024 · Updated March 4, 2024" in the header.
    "updated-visible-line.html": ("2024-03-03", "2024-03-04", "html", "date-text labelled update", None),
    # JSON-LD's dateModified repeats datePublished (never edited, it says); the header's "Updated" <time>
    # is later and is taken, and the evidence names the source passed over.
    "updated-visible-time.html": (
        "2024-07-09T14:10:00-04:00",
        "2024-07-10T09:25:00-04:00",
        "html",
        "time[datetime] labelled update",
        "json-ld NewsArticle.dateModified says '2024-07-09T14:10:00-04:00': the same moment",
    ),
    # Both stated modification dates are earlier than the publication: no update, and the evidence says why.
    "updated-earlier-than-published.html": (
        "2024-02-20T15:00:00Z",
        None,
        "json-ld",
        "NewsArticle.dateModified",
        "'2024-02-20T10:00:00Z' left out: earlier than the publication date (2024-02-20T15:00:00Z)",
    ),
    # dateModified = datePublished (written with milliseconds), article:modified_time 41 seconds later,
    # a visible "Updated" the same day: none of them is an update.
    "updated-equal-dates.html": (
        "2024-04-02T07:30:00Z",
        None,
        "json-ld",
        "NewsArticle.dateModified",
        "left out: the same moment as a stated publication date (2024-04-02T07:30:00Z)",
    ),
    # Pages written for the publication-date tests: the header's update wins the publication date when it
    # is the only date shown, so it is not an update as well.
    "date-update-only.html": ("2024-01-22", None, "html", "date-text labelled update", "the same day"),
    "date-conflict-published-updated.html": (
        "2024-03-05T09:00:00Z",
        "2024-03-07T10:00:00Z",
        "json-ld",
        "NewsArticle.dateModified",
        None,
    ),
}


@pytest.fixture(scope="module")
def parsed() -> dict[str, Article]:
    return {name: parse_file(PAGES / name) for name in EXPECTED}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_update_the_page_states(name: str, parsed: dict[str, Article]) -> None:
    published_value, updated_value, origin, rule, note = EXPECTED[name]
    article = parsed[name]
    assert article.published is not None
    assert article.published.date.value == published_value
    updated = article.published.updated
    assert (updated.value if updated else None) == updated_value
    evidence = dict(article.evidence)["published.updated"]
    assert (evidence.source, evidence.rule) == (origin, rule)
    if note is None:
        assert evidence.note is None
    else:
        assert evidence.note is not None and note in evidence.note


@pytest.mark.parametrize("name", [n for n, expected in sorted(EXPECTED.items()) if expected[1]])
def test_the_update_is_located_in_the_page(name: str, parsed: dict[str, Article]) -> None:
    updated = parsed[name].published.updated  # type: ignore[union-attr]
    assert updated is not None
    page = (PAGES / name).read_text(encoding="utf-8")
    assert resolve(page, updated.span) == updated.text


def test_a_visible_update_is_located_where_it_stands(parsed: dict[str, Article]) -> None:
    page = (PAGES / "updated-visible-line.html").read_text(encoding="utf-8")
    updated = parsed["updated-visible-line.html"].published.updated  # type: ignore[union-attr]
    assert updated is not None and page[updated.span.start : updated.span.end] == "March 4, 2024"
    assert page[: updated.span.start].endswith("Published March 3, 2024 &middot; Updated ")

    page = (PAGES / "updated-visible-time.html").read_text(encoding="utf-8")
    updated = parsed["updated-visible-time.html"].published.updated  # type: ignore[union-attr]
    assert updated is not None
    assert page[: updated.span.start].endswith('<span class="article__updated">Updated <time datetime="')


def test_the_json_ld_update_is_the_article_nodes(parsed: dict[str, Article]) -> None:
    page = (PAGES / "updated-jsonld-graph.html").read_text(encoding="utf-8")
    updated = parsed["updated-jsonld-graph.html"].published.updated  # type: ignore[union-attr]
    assert updated is not None
    node_start = page.rfind('{"@type":"NewsArticle"', 0, updated.span.start)
    assert node_start > page.find('{"@type":"WebPage"')  # inside the article node, after the WebPage node
    assert page.find("}", node_start, updated.span.start) < 0


def test_the_update_survives_the_record(parsed: dict[str, Article], tmp_path: Path) -> None:
    article = parsed["updated-visible-time.html"]
    (tmp_path / "record.json").write_bytes(dump_record(article))  # validated against the record schema
    again = load_record(tmp_path / "record.json")
    assert again.published == article.published
    assert dict(again.evidence)["published.updated"] == dict(article.evidence)["published.updated"]


@pytest.mark.parametrize(
    ("update", "published", "stated", "why"),
    [
        ("2024-05-02T10:00:00Z", "2024-05-01T10:00:00Z", [], None),
        ("2024-05-01T09:00:00Z", "2024-05-01T10:00:00Z", [], "earlier"),
        ("2024-05-01T10:00:59Z", "2024-05-01T10:00:00Z", [], "the same moment as the publication"),
        ("2024-05-01T10:01:01Z", "2024-05-01T10:00:00Z", [], None),
        # one moment in two zones is the same moment
        ("2024-05-01T06:00:00-04:00", "2024-05-01T10:00:00Z", [], "the same moment"),
        ("2024-05-01", "2024-05-01T10:00:00Z", [], "the same day"),
        ("2024-05-02", "2024-05-01T10:00:00Z", [], None),
        ("2024-04-30", "2024-05-01", [], "earlier"),
        # a day only: the structured publication time that day stands in for it
        ("2024-05-01T09:00:00Z", "2024-05-01", ["2024-05-01T08:00:00Z"], None),
        ("2024-05-01T07:00:00Z", "2024-05-01", ["2024-05-01T08:00:00Z"], "earlier"),
        ("2024-05-01T09:00:00Z", "2024-05-01", [], "the same day"),
        # the header's day and structured data's UTC moment a day later: dateModified = datePublished
        ("2024-05-02T01:00:00Z", "2024-05-01", ["2024-05-02T01:00:00Z"], "a stated publication date"),
        ("2024-05-02", "2024-05-01", ["2024-05-02T01:00:00Z"], "the same day as a stated publication"),
    ],
)
def test_what_counts_as_an_update(update: str, published: str, stated: list[str], why: str | None) -> None:
    found = why_not_an_update(update, published, stated)
    if why is None:
        assert found is None
    else:
        assert found is not None and why in found


# --- end to end: the rendered documents carry the update and validate -----------------------------------


def _documents(article: Article, directory: Path) -> dict[str, Path]:
    written = write_documents(article, directory, RenderContext(ingest_time=INGEST))
    for name, path in written.items():
        assert validate_path(path).valid, name
    return written


def test_the_update_reaches_json_ld_and_newsml_g2(parsed: dict[str, Article], tmp_path: Path) -> None:
    written = _documents(parsed["updated-visible-time.html"], tmp_path)
    jsonld = json.loads(written["article.jsonld"].read_bytes())
    assert jsonld["datePublished"] == "2024-07-09T14:10:00-04:00"
    assert jsonld["dateModified"] == "2024-07-10T09:25:00-04:00"
    newsml = etree.parse(str(written["newsml.xml"]))
    modified = newsml.findall(f".//{{{NAR_NS}}}contentMeta/{{{NAR_NS}}}contentModified")
    assert [m.text for m in modified] == ["2024-07-10T09:25:00-04:00"]
    # ninjs 3.1 has no property for when the content was last changed (versionCreated is when this ninjs
    # object was made, archivist's ingest): the publication date stays its contentCreated.
    ninjs = json.loads(written["ninjs.json"].read_bytes())
    assert ninjs["contentCreated"] == "2024-07-09T14:10:00-04:00"
    assert ninjs["versionCreated"] == "2024-08-01T12:00:00Z"
    assert "2024-07-10" not in written["ninjs.json"].read_text(encoding="utf-8")
    record = load_record(written["record.json"])
    assert record.published is not None and record.published.updated is not None
    assert record.published.updated.value == "2024-07-10T09:25:00-04:00"


def test_no_update_renders_no_modified_date(parsed: dict[str, Article], tmp_path: Path) -> None:
    written = _documents(parsed["updated-earlier-than-published.html"], tmp_path)
    assert "dateModified" not in json.loads(written["article.jsonld"].read_bytes())
    newsml = etree.parse(str(written["newsml.xml"]))
    assert newsml.findall(f".//{{{NAR_NS}}}contentModified") == []


def test_the_cli_renders_a_pages_update(tmp_path: Path) -> None:
    out = tmp_path / "docs"
    result = CliRunner().invoke(main, ["render", str(PAGES / "updated-meta-only.html"), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    jsonld = json.loads((out / "article.jsonld").read_bytes())
    assert jsonld["datePublished"] == "2024-10-01"
    assert jsonld["dateModified"] == "2024-10-02T18:45:00+01:00"
    record = json.loads((out / "record.json").read_bytes())
    assert record["published"]["updated"]["text"] == "2024-10-02T18:45:00+01:00"
    assert record["evidence"]["published.updated"]["rule"] == "article:modified_time"
    names = sorted(str(p) for p in out.iterdir())
    result = CliRunner().invoke(main, ["validate", *names])
    assert result.exit_code == 0, result.stdout + result.stderr
