"""Front lines the byline and date readers do not know (archivist.parse.frontline) and the standfirst rules
that go with them: a summary is prose, name- and date-shaped lines are the byline or a date line, other
non-prose lines are left out with evidence, a standfirst over a lede restating the headline, unmarked
bullets. Every article here is written for the test."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.frontline import front_shaped, is_prose, loose_byline, loose_date
from archivist.parse.signoff import desk_credits

_BODY = (
    "The county council approved the plan on Tuesday after a two-hour debate in the main chamber.\n\n"
    "Work on the first stretch of the road is due to start in the spring, officials said.\n\n"
    "Residents had asked for the repairs for more than five years, the council's report says.\n"
)


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("28-Nov-2026", "2026-11-28"),
        ("Nov - 27 - 2026 , 07:14", "2026-11-27"),
        ("Nov 26,2026", "2026-11-26"),
        ("Fri, Nov 27, 2026 page 3", "2026-11-27"),
        ("3 March 2026 at 10.15", "2026-03-03"),
        ("2026/03/04", "2026-03-04"),
    ],
)
def test_a_date_line_in_any_order_and_separator(line: str, value: str) -> None:
    found = loose_date(line, 0, len(line))
    assert found is not None and found.value == value
    assert front_shaped(line)


@pytest.mark.parametrize("line", ["Nov 26, 2026 was a cold day", "Budget 2026: Nov 26 plans", "Room 26, Nov"])
def test_a_line_holding_more_than_a_date_is_no_date_line(line: str) -> None:
    assert loose_date(line, 0, len(line)) is None


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Kerene Blake/Staff Reporter", ["Kerene Blake"]),
        ("By Lin Pei-yu / Staff reporter", ["Lin Pei-yu"]),
        ("WRITER: Pattama Srisuk", ["Pattama Srisuk"]),
        ("Jane Doe | Features", ["Jane Doe"]),
        ("Our Staff Reporter", []),
        ("The Daily Lantern (desk@lantern.example)", []),
    ],
)
def test_a_name_shaped_line_is_a_byline(line: str, authors: list[str]) -> None:
    byline = loose_byline(line, 0, len(line))
    assert byline is not None and [person.name for person in byline.authors] == authors


@pytest.mark.parametrize(
    "line", ["What the rules say", "Markets barely moved.", "Dive Brief:", "Meet the team"]
)
def test_a_short_sentence_or_heading_is_not_front_shaped(line: str) -> None:
    assert not front_shaped(line)


def test_prose_needs_words_mostly_in_lower_case() -> None:
    assert is_prose("Growers expect the coldest night of the year on Saturday")
    assert not is_prose("Fiona Mackay, Scotland Correspondent, Glasgow Desk")
    assert not is_prose("Source: Harbour Council")


def test_unread_name_and_date_lines_are_byline_and_date_not_summary() -> None:
    text = (
        "County approves repairs to the coast road\n\nMarta Ilves/Staff Reporter\n\n"
        "Nov - 27 - 2026 , 07:14\n\n"
        "Drivers will see the worst potholes filled before the winter, the council promises.\n\n" + _BODY
    )
    article = parse_text(text)
    evidence = dict(article.evidence)
    assert article.byline is not None and article.byline.text == "Marta Ilves/Staff Reporter"
    assert [person.name for person in article.authors] == ["Marta Ilves"]
    assert article.published is not None and article.published.date.value == "2026-11-27"
    assert evidence["byline"].rule == "byline-name-slash-title"  # round 8: the byline reader knows the shape
    assert evidence["published"].rule == "date-line-any-order"
    assert article.summary is None or "Staff" not in article.summary.text
    assert "Nov - 27" not in " ".join(p.text for p in article.paragraphs)


def test_a_front_line_neither_prose_nor_read_is_left_out_with_evidence() -> None:
    text = "County approves repairs to the coast road\n\nBy Jane Doe\n\nREGIONAL | ROADS | 4 MIN\n\n" + _BODY
    article = parse_text(text)
    evidence = dict(article.evidence)
    assert article.summary is None
    assert evidence["front"].rule == "front-line-neither-prose-nor-read-left-out"
    assert evidence["front"].note == "REGIONAL | ROADS | 4 MIN"
    assert article.paragraphs[0].text.startswith("The county council approved")


def test_the_summary_stops_at_a_caption_whose_credit_names_a_photographer_for_a_paper() -> None:
    text = (
        "County approves repairs to the coast road\n\nBy Jane Doe\n\nNov. 24, 2026\n\n"
        "The council voted to mend the road before winter, a decision drivers have waited years for.\n\n"
        "A pothole on the coast road near the harbour this month.\nTom Reed for The Harbour Ledger\n\n"
        "HARBOURTON — " + _BODY
    )
    article = parse_text(text)
    assert article.summary is not None
    assert article.summary.text.startswith("The council voted") and "pothole" not in article.summary.text
    assert article.image is not None and article.image.credit is not None
    assert article.image.credit.text == "Tom Reed for The Harbour Ledger"


def test_a_block_over_a_lede_that_restates_the_headline_is_the_standfirst() -> None:
    text = (
        "Harbour council bans night fishing from the old pier\n\nBy Jane Doe\n\nPublished: 24/11/2026\n\n"
        "Anglers say the pier is the only place left to cast at night. Officials say it is falling apart.\n\n"
        "The harbour council has banned night fishing from the old pier, saying anglers are at risk.\n\n"
        "The pier was built in 1911 and has not been repaired since a storm damaged it in 2019.\n\n"
        "Fishing will still be allowed from the new breakwater, the council said.\n"
    )
    article = parse_text(text)
    assert article.summary is not None and article.summary.text.startswith("Anglers say")
    assert dict(article.evidence)["summary"].rule == "standfirst-over-lede-restating-headline"
    assert article.paragraphs[0].text.startswith("The harbour council has banned")


def test_a_lede_whose_next_paragraph_goes_on_is_no_standfirst() -> None:
    text = (
        "Harbour council bans night fishing from the old pier\n\nBy Jane Doe\n\nPublished: 24/11/2026\n\n"
        "The harbour council has banned night fishing from the old pier, saying anglers are at risk.\n\n"
        "The pier was built in 1911 and has not been repaired since a storm damaged it in 2019.\n\n"
        "Fishing will still be allowed from the new breakwater, the council said.\n"
    )
    article = parse_text(text)
    assert article.summary is None
    assert len(article.paragraphs) == 3


def test_three_deck_lines_set_tight_are_the_standfirst_box() -> None:
    bullets = (
        "Drivers will see the worst potholes filled before winter\n"
        "The coast road closes at night for six weeks\n"
        "A second stretch follows in the spring"
    )
    text = (
        "County approves repairs to the coast road\n\nBy Jane Doe\n\n25 November 2026\n\n"
        + bullets
        + "\n\n"
        + _BODY
    )
    article = parse_text(text)
    assert article.summary is not None and article.summary.text == bullets
    assert dict(article.evidence)["summary"].rule == "standfirst-unmarked-bullets"
    assert article.image is None
    assert len(article.paragraphs) == 3


@pytest.mark.parametrize(
    "line",
    [
        "Published in the print edition of the May 4, 2026, issue, with the headline “Road Works.”",
        "Published in The Harbour Ledger, May 4th, 2026",
        "Media contact: Jane Doe, jdoe@example.edu",
        "--With assistance from Jane Doe.",
    ],
)
def test_print_media_contact_and_assistance_lines_close_the_story(line: str) -> None:
    assert desk_credits(line)
    article = parse_text(
        "County approves repairs to the coast road\n\nBy Jane Doe\n\n" + _BODY + "\n" + line + "\n"
    )
    assert article.signoff is not None and article.signoff.text == line
    assert len(article.paragraphs) == 3


def test_a_paragraph_that_mentions_print_is_no_signoff() -> None:
    assert not desk_credits("Published in 2019, the report found that the road was unsafe at night.")


def test_a_label_with_a_colon_heads_a_section_the_first_one_too() -> None:
    text = (
        "County approves repairs to the coast road\n\nBy Jane Doe\n\nRoad Brief:\n\n"
        + _BODY
        + "\nWhat Next:\n\n"
        "The second stretch will be tendered in January.\n\nHe said:\n\nThe road will be safer by summer.\n"
    )
    article = parse_text(text)
    headings = [section.heading.text if section.heading else None for section in article.sections]
    assert headings == ["Road Brief:", "What Next:"]
    assert "He said:" in [paragraph.text for paragraph in article.paragraphs]
