"""The general rules round 8 added, on articles written here: notes about the story or its reporter under it
are the sign-off; bylines of other shapes; dates with hyphens, a source or network beside them, a time
line under them; a bracketed acronym or ``Outlet: Name`` credit after a caption's stop; ``House Photo:``;
``/AGENCY/.``; a subhead quoted whole with an apostrophe."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.dates import match_date

_BODY = (
    "The council approved the plan on Tuesday after a two-hour debate in the chamber.\n\n"
    "Work is due to start in the spring and will take about a year to finish, officials said.\n\n"
    "The old crossing will stay open to walkers until the new one is ready next winter.\n"
)
_HEADLINE = "Bridge over the river to be repaired next year"


def _front(*lines: str, body: str = _BODY) -> str:
    return _HEADLINE + "\n\n" + "\n\n".join(lines) + "\n\n" + body


def _authors(article: object) -> list[tuple[str, str | None]]:
    return [(person.name, person.affiliation) for person in article.authors]  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- sign-off


@pytest.mark.parametrize(
    "closing",
    [
        "This story was translated from French by the Harbour Ledger desk. Read the original in French here.",
        "Ann Lee covers the county's courts for the Harbour Ledger. Reach her at alee@harbourledger.com.",
        "Quay Report is part of Coast Network, a nonprofit newsroom funded by readers. Quay Report keeps its "
        "editorial independence. Write to the editor with questions: desk@quayreport.org.",
        "Enditem",
        "[Edited by Tom Hale]",
        "– LEDGER/AP",
        "Translated by Ann Lee - Edited by Tom Hale",
    ],
)
def test_notes_about_the_story_or_its_reporter_close_it(closing: str) -> None:
    article = parse_text(_front("By Ann Lee", "March 3, 2026", body=_BODY + "\n" + closing + "\n"))
    assert article.signoff is not None and article.signoff.text == closing
    assert len(article.paragraphs) == 3


def test_a_tip_line_with_an_address_stays_in_the_story() -> None:
    closing = "Anyone who saw the crash should email the harbour police at tips@harbourpolice.org."
    article = parse_text(_front("By Ann Lee", "March 3, 2026", body=_BODY + "\n" + closing + "\n"))
    assert article.signoff is None
    assert article.paragraphs[-1].text == closing


# --------------------------------------------------------------------------- bylines


@pytest.mark.parametrize(
    ("front", "byline", "authors"),
    [
        (("Writer:\nAnn Lee", "March 3, 2026"), "Writer:\nAnn Lee", [("Ann Lee", None)]),
        (("Ann Lee\nHalifax", "Published March 3, 2026"), "Ann Lee\nHalifax", [("Ann Lee", None)]),
        (("March 3, 2026", "ANN LEE, Ndola"), "ANN LEE, Ndola", [("Ann Lee", None)]),
        (("Ann Lee/Ledger Writer", "March 3, 2026"), "Ann Lee/Ledger Writer", [("Ann Lee", None)]),
        (
            ("Ann Lee (The Harbour Times)", "March 3, 2026"),
            "Ann Lee (The Harbour Times)",
            [("Ann Lee", "The Harbour Times")],
        ),
        (("D.Batbold", "2026-03-03 09:10"), "D.Batbold", [("D.Batbold", None)]),
        (("Staff Reporter", "March 3, 2026"), "Staff Reporter", []),
        (("SANA", "March 3, 2026"), "SANA", []),
        (("Harbour News", "03.03.2026 10:15"), "Harbour News", []),
        (("harbour.eu, PAP", "March 3, 2026"), "harbour.eu, PAP", []),
        (
            ("By Ann Lee - Agência Sul reporter - Recife", "March 3, 2026"),
            "By Ann Lee - Agência Sul reporter - Recife",
            [("Ann Lee", "Agência Sul")],
        ),
        (("Oleh Ann Lestari", "3 Maret 2026"), "Oleh Ann Lestari", [("Ann Lestari", None)]),
        (
            ("Ann Lee, Rural Reporting Fund Reporter", "March 3, 2026"),
            "Ann Lee, Rural Reporting Fund Reporter",
            [("Ann Lee", None)],
        ),
        (
            ("By Ann Lee – Reporter, Harbour Business Journal", "March 3, 2026"),
            "By Ann Lee – Reporter, Harbour Business Journal",
            [("Ann Lee", "Harbour Business Journal")],
        ),
        (
            ("By Ann Lee, CoastWatch senior forecaster", "March 3, 2026"),
            "By Ann Lee, CoastWatch senior forecaster",
            [("Ann Lee", "CoastWatch")],
        ),
        (
            ("By Ann Lee and Tom Hale\nKBC Northern Cape", "March 3, 2026"),
            "By Ann Lee and Tom Hale\nKBC Northern Cape",
            [("Ann Lee", "KBC Northern Cape"), ("Tom Hale", "KBC Northern Cape")],
        ),
        (
            ("Ann Lee | Harbour Policy Daily", "03-03-2026"),
            "Ann Lee | Harbour Policy Daily",
            [("Ann Lee", None)],
        ),
    ],
)
def test_bylines_of_other_shapes(
    front: tuple[str, ...], byline: str, authors: list[tuple[str, None]]
) -> None:
    article = parse_text(_front(*front))
    assert article.byline is not None and article.byline.text == byline
    assert _authors(article) == authors
    assert article.image is None and article.summary is None
    assert article.paragraphs[0].text.startswith("The council approved")


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("26-11-2026 (updated: 27-11-2026 )", "2026-11-26"),
        ("21-11-2026 10:12", "2026-11-21"),
        ("Updated on: November 22, 2026 / 6:41 PM EST / Harbour News", "2026-11-22T18:41:00-05:00"),
        ("Publication date 27 November 2026 | 18:40 ICT", "2026-11-27T18:40:00+07:00"),
        ("Source: Xinhua | 2026-11-27 21:14:05 | Editor: Li Wei", "2026-11-27"),
        ("Saturday, 28 Nov 2026\n7:15 AM MYT", "2026-11-28T07:15:00+08:00"),
    ],
)
def test_date_lines_of_other_shapes(line: str, published: str) -> None:
    article = parse_text(_front("By Ann Lee", line))
    assert article.published is not None and article.published.date.value == published
    assert article.summary is None and article.image is None
    assert article.paragraphs[0].text.startswith("The council approved")


def test_a_numeric_date_with_hyphens_is_read_only_when_day_and_month_differ() -> None:
    found = match_date("26-11-2026")
    assert found is not None and found.value == "2026-11-26"
    ambiguous = match_date("03-04-2026")
    assert ambiguous is not None and ambiguous.value == "2026"


def test_a_name_and_date_parted_by_a_slash() -> None:
    article = parse_text(_front("Ann Lee / November 23, 2026"))
    assert article.byline is not None and article.byline.text == "Ann Lee"
    assert article.published is not None and article.published.date.value == "2026-11-23"


def test_a_place_and_region_before_a_bullet_open_the_date_line() -> None:
    article = parse_text(_front("By Ann Lee", "Bogor, West Java ● Sat, November 28, 2026"))
    assert article.published is not None and article.published.date.value == "2026-11-28"
    assert article.dateline is not None and article.dateline.place is not None
    assert article.dateline.place.text == "Bogor, West Java"


# --------------------------------------------------------------------------- images, dateline, subheads


@pytest.mark.parametrize(
    ("caption_line", "caption", "credit"),
    [
        (
            "A satellite image shows the storm off the coast on Friday. (NOAA)",
            "A satellite image shows the storm off the coast on Friday.",
            "NOAA",
        ),
        (
            "Rangers say the animal had grown bold around swimmers. (KBC Northern Cape: Tom Hale)",
            "Rangers say the animal had grown bold around swimmers.",
            "KBC Northern Cape: Tom Hale",
        ),
        (
            "Passengers board a ferry at the old quay on Wednesday. Ledger Photo: Tom Hale",
            "Passengers board a ferry at the old quay on Wednesday.",
            "Ledger Photo: Tom Hale",
        ),
    ],
)
def test_credits_after_a_captions_stop(caption_line: str, caption: str, credit: str) -> None:
    article = parse_text(_front("By Ann Lee", "March 3, 2026", caption_line))
    image = article.image
    assert image is not None and image.caption is not None and image.credit is not None
    assert (image.caption.text, image.credit.text) == (caption, credit)
    assert article.paragraphs[0].text.startswith("The council approved")


def test_a_paragraph_naming_a_body_in_brackets_is_no_caption() -> None:
    lede = "Forecasters expect the storm to weaken by Sunday, said the National Weather Office (NWO)."
    article = parse_text(_front("By Ann Lee", "March 3, 2026", lede))
    assert article.image is None
    assert article.paragraphs[0].text == lede


def test_a_stop_after_the_agencys_slashes_closes_the_dateline() -> None:
    body = "Darkhan, March 3, 2026 /MONTSAME/. " + _BODY
    article = parse_text(_front("D.Batbold", "2026-03-03 09:10", body=body))
    dateline = article.dateline
    assert dateline is not None and dateline.place is not None and dateline.agency is not None
    assert (dateline.place.text, dateline.agency.text) == ("Darkhan", "MONTSAME")


def test_a_subhead_quoted_whole_may_hold_an_apostrophe() -> None:
    body = _BODY + "\n'You just don't go in'\n\n" + _BODY
    article = parse_text(_front("By Ann Lee", "March 3, 2026", body=body))
    assert [section.heading.text if section.heading else None for section in article.sections] == [
        None,
        "'You just don't go in'",
    ]


def test_a_section_label_with_its_value_is_no_newsroom_byline() -> None:
    article = parse_text(_front("PUBLISHED : 3 Mar 2026 at 14:10", "PAPER SECTION: News", "WRITER: Ann Lee"))
    assert article.byline is not None and article.byline.text == "WRITER: Ann Lee"
    assert _authors(article) == [("Ann Lee", None)]
