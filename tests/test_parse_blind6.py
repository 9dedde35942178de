"""The general rules round 6 added, on articles written here: a credit after ``Photo /`` or naming a staff
photographer, ``Image source, X`` with its value on the label's line, a desk title never read as a name, and
``The`` + a masthead word naming a publication."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.agencies import is_publication
from archivist.parse.bylineblock import read_byline_block

_BODY = (
    "The council approved the plan on Tuesday after a two-hour debate in the chamber.\n\n"
    "Work is due to start in the spring and will take about a year to finish.\n"
)


def _front(*lines: str) -> str:
    return "Bridge over the river to be repaired next year\n\n" + "\n\n".join(lines) + "\n\n" + _BODY


@pytest.mark.parametrize(
    ("caption_line", "caption", "credit"),
    [
        (
            "The old bridge seen from the quay. Photo / Jane Roe",
            "The old bridge seen from the quay.",
            "Jane Roe",
        ),
        (
            "Walkers cross the old bridge at dusk in 2021. (Tom Hale / Staff photographer)",
            "Walkers cross the old bridge at dusk in 2021.",
            "Tom Hale / Staff photographer",
        ),
    ],
)
def test_slash_label_and_staff_photographer_credits(caption_line: str, caption: str, credit: str) -> None:
    article = parse_text(_front("By Ann Lee", "March 3, 2026", caption_line))
    assert (
        article.image is not None and article.image.caption is not None and article.image.credit is not None
    )
    assert (article.image.caption.text, article.image.credit.text) == (caption, credit)
    assert article.paragraphs[0].text.startswith("The council approved")


def test_spoken_source_label_with_its_value_on_the_same_line() -> None:
    article = parse_text(
        _front(
            "Ann Lee", "Published 3 March 2026", "Image source, River Trust\nImage caption,\nThe old bridge"
        )
    )
    assert (
        article.image is not None and article.image.credit is not None and article.image.caption is not None
    )
    assert (article.image.credit.text, article.image.caption.text) == ("River Trust", "The old bridge")


def test_a_name_over_a_desk_title_over_the_date_line_under_a_standfirst() -> None:
    article = parse_text(
        _front(
            "The crossing has been closed to lorries since a crack was found in one of its piers.",
            "Tan Mei Ling\nTransport Correspondent",
            "Published Mar 3, 2026, 05:00 AM",
        )
    )
    assert article.byline is not None and article.byline.text == "Tan Mei Ling\nTransport Correspondent"
    assert [person.name for person in article.authors] == ["Tan Mei Ling"]


def test_a_desk_title_alone_is_no_bare_name() -> None:
    line = "Transport Correspondent"
    assert read_byline_block(line, 0, len(line), bare_ok=True) is None


@pytest.mark.parametrize(
    ("name", "expected"), [("The Harbour Star", True), ("The Morning Post", True), ("Emily Post", False)]
)
def test_a_masthead_word_names_a_paper_only_after_the(name: str, expected: bool) -> None:
    assert is_publication(name) is expected


def test_name_dash_the_paper_byline() -> None:
    article = parse_text(_front("Ann Lee - The Harbour Star", "March 3, 2026"))
    assert [(person.name, person.affiliation) for person in article.authors] == [("Ann Lee", None)]
