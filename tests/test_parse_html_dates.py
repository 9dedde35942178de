"""archivist.parse.html.published: which publication date a web page gets, by the precedence in the module's
docstring, on pages written for these tests (tests/pages/date-*.html, one date shape each)."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from archivist.parse import parse_file
from archivist.parse.html.published import url_date
from archivist.record import dump_record
from archivist.record.model import Article
from archivist.source import read_source

PAGES = Path(__file__).parent / "pages"

# page -> (EDTF value, Published.origin, evidence source, evidence rule)
EXPECTED = {
    # JSON-LD @graph only; the offset "-0400" is written in EDTF's "-04:00".
    "date-jsonld-graph-offset.html": (
        "2024-06-03T18:45:00-04:00",
        "structured-data",
        "json-ld",
        "NewsArticle.datePublished",
    ),
    "date-meta-only.html": (
        "2024-02-11T07:05:00+01:00",
        "structured-data",
        "opengraph",
        "article:published_time",
    ),
    "date-time-only.html": ("2024-05-20", "time-element", "html", "time[datetime]"),
    # JSON-LD's stale first-version date and a visible update both lose to the visible "Published" time.
    "date-conflict-published-updated.html": (
        "2024-03-05T09:00:00Z",
        "time-element",
        "html",
        "time[datetime] marked published",
    ),
    # 03:30 UTC on the 2nd is 22:30 EST on the 1st: the day the page shows wins, with its zone.
    "date-timezone-words.html": ("2024-03-01T22:30:00-05:00", "date-line", "html", "date-text"),
    # The same moment in a <time>: its datetime in UTC, its words in EST a day earlier; the words win.
    "date-timezone-time.html": ("2024-03-01T22:30:00-05:00", "date-line", "html", "date-text"),
    "date-url-only.html": ("2024-04-09", "url-path", "html", "url-path 2024/04/09"),
    # Two articles' <time itemprop=datePublished>: the one agreeing with article:published_time.
    "date-stacked-articles.html": (
        "2024-07-18T14:20:00-05:00",
        "time-element",
        "html",
        "time[datetime] marked published",
    ),
    # The page dates the article only by its update: that beats JSON-LD's first-version date.
    "date-update-only.html": ("2024-01-22", "date-line", "html", "date-text labelled update"),
    # No <h1>, so no header to read: the masthead's "today" does not beat structured data.
    "date-masthead-no-h1.html": (
        "2024-04-29T10:00:00Z",
        "structured-data",
        "opengraph",
        "article:published_time",
    ),
}


@pytest.fixture(scope="module")
def parsed() -> dict[str, Article]:
    return {name: parse_file(PAGES / name) for name in EXPECTED}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_publication_date_follows_the_documented_precedence(name: str, parsed: dict[str, Article]) -> None:
    article = parsed[name]
    assert article.published is not None
    evidence = dict(article.evidence)["published"]
    got = (article.published.date.value, article.published.origin, evidence.source, evidence.rule)
    assert got == EXPECTED[name]
    dump_record(article)  # the record satisfies its schema (``url-path`` included)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_date_span_points_at_the_words_or_value_read(name: str, parsed: dict[str, Article]) -> None:
    date = parsed[name].published.date  # type: ignore[union-attr]
    page = read_source(PAGES / name).text
    assert " ".join(html.unescape(page[date.span.start : date.span.end]).split()) == date.text


@pytest.mark.parametrize(
    ("name", "losing"),
    [
        ("date-conflict-published-updated.html", "2024-03-07T10:00:00Z"),
        ("date-timezone-words.html", "2024-03-02T03:30:00Z"),
        ("date-update-only.html", "2024-01-10T12:00:00Z"),
        ("date-stacked-articles.html", "2023-01-09T10:00:00-05:00"),
        ("date-masthead-no-h1.html", "Friday, May 3, 2024"),
    ],
)
def test_the_evidence_names_the_source_that_disagreed(
    name: str, losing: str, parsed: dict[str, Article]
) -> None:
    note = dict(parsed[name].evidence)["published"].note
    assert note is not None and losing in note


def test_a_section_name_in_the_first_h1_is_not_the_headline() -> None:
    article = parse_file(PAGES / "date-headline-section-h1.html")
    assert article.headline is not None
    assert article.headline.text == "Otters return to the estuary"
    assert dict(article.evidence)["headline"].source == "html"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example/2023/12/12/council-vote/", ("2023/12/12", "2023-12-12")),
        ("https://news.example/sport/2020/3/19/21185093/final", ("2020/3/19", "2020-03-19")),
        ("https://news.example/2024-04-09-ferry.html", ("2024-04-09", "2024-04-09")),
        ("https://news.example/2023/02/30/no-such-day/", None),  # not a calendar day
        ("https://news.example/2023/12/ferry/", None),  # a month is not a publication day
        ("https://news.example/article/1235850087/", None),
        (None, None),
    ],
)
def test_url_path_dates(url: str | None, expected: tuple[str, str] | None) -> None:
    assert url_date(url) == expected
