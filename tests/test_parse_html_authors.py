"""Authors on web pages (tests/pages/authors-*.html, written for these tests): who is an author, who is
credited for other work, which source wins, and each person's page when the page links one."""

from __future__ import annotations

from pathlib import Path

import pytest

from archivist.parse import parse_file
from archivist.parse.html.people import people_in
from archivist.record import dump_record
from archivist.record.model import Article
from archivist.source import read_source
from test_parse_html import resolve

PAGES = Path(__file__).parent / "pages"

# page -> ([(name, affiliation, url)], the source that won)
EXPECTED: dict[str, tuple[list[tuple[str, str | None, str | None]], str]] = {
    # JSON-LD lists four people; the byline says three of them are credited for contributions and photos
    "authors-contributors.html": (
        [("Rosa Klein", None, "https://pedal.example/author/rosa-klein/")],
        "json-ld",
    ),
    # JSON-LD names the first author only; the byline names both (and their paper, which is no person)
    "authors-more-in-byline.html": (
        [
            ("Nadia Osei", "Quay Courier", "https://quay.example/people/nadia-osei"),
            ("Piet de Vries", "Quay Courier", None),
        ],
        "html",
    ),
    # one byline block per author, side by side
    "authors-one-block-each.html": (
        [
            ("Lena Ortiz", None, "https://checker.example/staff/lena-ortiz/"),
            ("Sam Achebe", None, "https://checker.example/staff/sam-achebe/"),
        ],
        "html",
    ),
    # no element marked as a byline above the body: the author-page link, not the photo credit's
    "authors-unmarked-link.html": (
        [("Tomas Rhee", None, "https://gazette-campus.example/writer/7002/Tomas_Rhee/")],
        "html",
    ),
    # JSON-LD author = the site's name; a BEM ``post__author`` byline; "as told to"; "Jr." in the name
    "authors-name-shapes.html": (
        [("Walter Hale Jr.", None, "https://stride.example/contributors/walter-hale-jr/")],
        "html",
    ),
    # the element marked byline names nobody; the byline is bare text run on after the <h1>
    "authors-after-headline.html": ([("Quillfeather", None, None)], "html"),
}


@pytest.fixture(scope="module")
def parsed() -> dict[str, Article]:
    return {name: parse_file(PAGES / name) for name in EXPECTED}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_authors_of_each_page(name: str, parsed: dict[str, Article]) -> None:
    article = parsed[name]
    people, source = EXPECTED[name]
    assert [(p.name, p.affiliation, p.url) for p in article.authors] == people
    assert dict(article.evidence)["authors"].source == source
    page = read_source(PAGES / name).text
    for person in article.authors:
        assert resolve(page, person.span) == person.name
    dump_record(article)  # the record satisfies its schema


def test_people_credited_for_other_work_are_not_authors(parsed: dict[str, Article]) -> None:
    article = parsed["authors-contributors.html"]
    assert {p.name for p in article.authors}.isdisjoint({"Idris Vance", "Mai Tran", "Olu Bakare"})
    note = dict(article.evidence)["authors"].note or ""
    assert "credited for other work: Idris Vance, Mai Tran, Olu Bakare" in note


def test_the_evidence_says_structured_data_named_fewer(parsed: dict[str, Article]) -> None:
    note = dict(parsed["authors-more-in-byline.html"].evidence)["authors"].note or ""
    assert "json-ld NewsArticle.author names fewer: Nadia Osei" in note


def test_a_name_in_a_photo_credit_or_a_comment_is_not_the_byline(parsed: dict[str, Article]) -> None:
    article = parsed["authors-unmarked-link.html"]
    assert article.byline is not None
    assert article.byline.text == "By Tomas Rhee, Contributing Opinion Writer"
    assert "Ada Finch" not in {p.name for p in article.authors}


def test_a_byline_run_on_after_the_headline(parsed: dict[str, Article]) -> None:
    article = parsed["authors-after-headline.html"]
    assert article.byline is not None and article.byline.text == "by Quillfeather"
    assert not any("Quillfeather" in p.text for p in article.paragraphs)


def test_the_site_name_as_author_is_not_a_person(parsed: dict[str, Article]) -> None:
    assert "Stride Notes" not in {p.name for p in parsed["authors-name-shapes.html"].authors}


@pytest.mark.parametrize(
    ("written", "people", "agencies"),
    [
        (
            "By Jane Doe and John Roe, Reuters",
            [("Jane Doe", "Reuters"), ("John Roe", "Reuters")],
            ["Reuters"],
        ),
        (
            "Ann Poe, Ben Lo and Cy Ude, Valley Post",
            [(n, "Valley Post") for n in ("Ann Poe", "Ben Lo", "Cy Ude")],
            [],
        ),
        # the list ends at the first non-person: "and" inside an institution's name splits nothing
        (
            "Dina Ito, Institute of Soils and Water Studies",
            [("Dina Ito", "Institute of Soils and Water Studies")],
            [],
        ),
        # a role after a comma is neither a person nor an affiliation
        ("By Julia Roe, Politics Reporter", [("Julia Roe", None)], []),
        ("Executive Content Editor", [], []),
        # generational suffixes stay, credentials go
        ("John Garcia Jr.", [("John Garcia Jr.", None)], []),
        ("Maria Lenz Sr. Senior Writer", [("Maria Lenz Sr.", None)], []),
        ("Lauren Okoye MS, RDN", [("Lauren Okoye", None)], []),
        ("Edna Price as told to Walter Hale", [("Walter Hale", None)], []),
        # a handle, then the person's full name: one person, never a person as the affiliation
        ("Kestrel - Dana Whitfield", [("Kestrel - Dana Whitfield", None)], []),
        ("Dana Whitfield - Harbour Times", [("Dana Whitfield", "Harbour Times")], []),
        # an editorial desk in another language is no person
        ("Redazione Sport", [], []),
    ],
)
def test_names_in_a_credit(written: str, people: list[tuple[str, str | None]], agencies: list[str]) -> None:
    found, found_agencies = people_in(written)
    assert [(p.name, p.affiliation) for p in found] == people
    assert found_agencies == agencies
