"""The general rules round 7 added, on articles written here: a zone's offset inside its brackets, a
picture word as a credit's label (``Pic by``, ``PHOTO/``), a credit line whose names a tight dash joins, a
desk title that names no one, a label line with a short value that is no colon dateline, a ``-- AGENCY``
sign-off, and a name in a place phrase that no ``he`` refers to."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.byline import find_byline
from archivist.parse.dateline import find_dateline
from archivist.parse.dates import search_dates

_BODY = (
    "The council approved the plan on Tuesday after a two-hour debate in the chamber.\n\n"
    "Work is due to start in the spring and will take about a year to finish.\n"
)


def _front(*lines: str, body: str = _BODY) -> str:
    return "Bridge over the river to be repaired next year\n\n" + "\n\n".join(lines) + "\n\n" + body


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Tue, March 3, 2026, 9:05 am (GMT+7)", "2026-03-03T09:05:00+07:00"),
        ("3 March 2026 14:05 (UTC+05:30)", "2026-03-03T14:05:00+05:30"),
        ("March 3, 2026, 9:05 am (GMT)", "2026-03-03T09:05:00Z"),
    ],
)
def test_an_offset_inside_the_zones_brackets_is_part_of_the_zone(line: str, value: str) -> None:
    assert [found.value for found in search_dates(line)][:1] == [value]
    article = parse_text(_front("By Ann Lee", line))
    assert article.published is not None and article.published.date.value == value


@pytest.mark.parametrize(
    ("caption_line", "credit"),
    [
        ("The old bridge seen from the quay at dusk. (Pic by Tom Hale)", "Tom Hale"),
        ("The old bridge seen from the quay at dusk. PHOTO/TOM HALE", "TOM HALE"),
        ("The old bridge seen from the quay at dusk. (AP Photo/Tom Hale)", "AP Photo/Tom Hale"),
    ],
)
def test_a_picture_word_before_by_or_a_slash_is_a_label(caption_line: str, credit: str) -> None:
    article = parse_text(_front("By Ann Lee", "March 3, 2026", caption_line))
    assert article.image is not None and article.image.credit is not None
    assert article.image.credit.text == credit
    assert article.image.caption is not None
    assert article.image.caption.text == "The old bridge seen from the quay at dusk."


def test_a_credit_line_of_names_joined_by_a_tight_dash_under_the_caption() -> None:
    article = parse_text(
        _front(
            "By Ann Lee",
            "March 3, 2026",
            "The repairs will close one lane for most of the year.",
            "The old bridge seen from the quay on March 1, 2026.\nTom Hale—Getty Images",
        )
    )
    assert (
        article.image is not None and article.image.credit is not None and article.image.caption is not None
    )
    assert (article.image.caption.text, article.image.credit.text) == (
        "The old bridge seen from the quay on March 1, 2026.",
        "Tom Hale—Getty Images",
    )
    assert article.summary is not None
    assert article.summary.text == "The repairs will close one lane for most of the year."
    assert [section.heading for section in article.sections] == [None]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Ann Lee, Home Affairs Correspondent", ["Ann Lee"]),
        ("By Ann Lee, Middle East Editor", ["Ann Lee"]),
        ("By Ann Lee and Tom Hale Staff Writers", ["Ann Lee", "Tom Hale"]),
    ],
)
def test_a_desk_title_holding_a_word_no_name_holds_is_no_author(line: str, names: list[str]) -> None:
    byline = find_byline(line, 0, len(line))
    assert byline is not None and [person.name for person in byline.authors] == names


def test_a_label_with_a_short_value_is_no_colon_dateline() -> None:
    label = "PRINT SECTION: Business"
    assert find_dateline(label, 0, len(label)) is None
    opener = "HARBOURTON: The council approved the plan on Tuesday."
    found = find_dateline(opener, 0, len(opener))
    assert found is not None and found.place is not None and found.place.text == "HARBOURTON"


def test_a_label_line_between_the_date_line_and_a_labelled_byline_is_left_out() -> None:
    article = parse_text(
        _front(
            "POSTED : 3 Mar 2026 at 09:05",
            "PRINT SECTION: Business",
            "AUTHOR: Ann Lee",
            "A lane will close for a year while the piers are strengthened",
            "The old bridge seen from the quay. (Photo: Tom Hale)",
            body="HARBOURTON: " + _BODY,
        )
    )
    assert article.byline is not None and article.byline.text == "AUTHOR: Ann Lee"
    assert [person.name for person in article.authors] == ["Ann Lee"]
    assert article.dateline is not None and article.dateline.place is not None
    assert article.dateline.place.text == "HARBOURTON"
    assert article.summary is not None
    assert article.summary.text == "A lane will close for a year while the piers are strengthened"
    evidence = dict(article.evidence)
    assert evidence["front"].note == "PRINT SECTION: Business"
    assert len(article.paragraphs) == 2


def test_a_dash_and_the_wire_name_in_capitals_is_the_signoff() -> None:
    article = parse_text(_front("March 3, 2026", body=_BODY + "\n-- HNA\n"))
    assert article.signoff is not None and article.signoff.text == "-- HNA"
    assert len(article.paragraphs) == 2


def test_he_refers_to_the_person_not_to_a_place_in_a_list_after_in() -> None:
    body = (
        "HARBOURTON, March 3 (HNA) -- The county will repair the old bridge next year, its roads chief "
        "Ruth Amadi said on Tuesday.\n\n"
        "She said the work would cover the approaches in Kelby and Upper Marsh as well.\n\n"
        '"We will keep one lane open all year," she told reporters.\n'
    )
    article = parse_text(_front("March 3, 2026", body=body))
    assert [quote.speaker for quote in article.quotes] == ["Ruth Amadi"]
