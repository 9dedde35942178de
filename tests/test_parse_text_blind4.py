"""The rules added after the fourth blind round (tests/articles/blind4*), each with lines it must NOT match.

Whole articles are in tests/articles; these short texts, written for the test, pin each rule's edges.
"""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.byline import find_byline
from archivist.parse.bylineblock import read_byline_block
from archivist.parse.credit import read_caption_block
from archivist.parse.dateblock import read_date_block
from archivist.parse.dateline import find_dateline
from archivist.parse.dates import match_date
from archivist.parse.signoff import desk_credits, whole_block_signoff

# --------------------------------------------------------------------------- dates and zones


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("Nov 29, 2026 | 7:12 PM WAT", "2026-11-29T19:12:00+01:00"),
        ("Sun 22 Mar 2026 at 3:40pm AEDT", "2026-03-22T15:40:00+11:00"),
        ("March 19, 2026 15:42 WIB", "2026-03-19T15:42:00+07:00"),
        ("March 11, 2026, 5 a.m. EDT", "2026-03-11T05:00:00-04:00"),  # a whole hour, no minutes
        ("March 12, 2026 02:35 pm IST", "2026-03-12"),  # India, Ireland or Israel: no offset guessed
        ("2026.03.21 14:05", "2026-03-21"),  # no zone, no time
        ("2026/03/21", "2026-03-21"),
        ("29.nov.2026", "2026-11-29"),
    ],
)
def test_date_shapes_and_zones(written: str, value: str) -> None:
    found = match_date(written)
    assert found is not None and found.value == value


@pytest.mark.parametrize("written", ["2026.13.01", "2026.03.21.5", "29.abc.2026"])
def test_dotted_shapes_that_are_no_dates(written: str) -> None:
    found = match_date(written)
    assert found is None or found.end < len(written)


def test_a_number_before_a_date_word_is_no_hour() -> None:
    found = match_date("November 30, 2005 5 apples")
    assert found is not None and found.value == "2005-11-30" and found.end == len("November 30, 2005")


@pytest.mark.parametrize(
    ("line", "kinds"),
    [
        ("zo 29 nov 2026, 11:05 CET", [("date", "2026-11-29T11:05:00+01:00")]),
        ("Published March 14, 2026 Updated about 3 hours ago", [("published", "2026-03-14")]),
        (
            "Sun Mar 15, 2026 09:10 PM\nLast update on: Sun Mar 15, 2026 09:40 PM",
            [("date", "2026-03-15"), ("updated", "2026-03-15")],
        ),
    ],
)
def test_date_lines(line: str, kinds: list[tuple[str, str]]) -> None:
    found = read_date_block(line, 0, len(line))
    assert found is not None and found.place is None
    assert [(d.kind, d.date.value) for d in found.dates] == kinds


@pytest.mark.parametrize("line", ["zo werd het besloten op 29 nov 2026", "Do 29 things by March 2026"])
def test_sentences_with_dutch_weekday_words_are_no_date_lines(line: str) -> None:
    assert read_date_block(line, 0, len(line)) is None


def test_a_zone_in_a_date_line_is_no_dateline_place() -> None:
    article = parse_text(
        "Market fire guts textile section\n\nBy Jane Doe\n\nSun, Nov 29, 2026 | 7:12 PM WAT\n\n"
        + "Traders spent Sunday sifting through ash after a fire swept through more than sixty shops. " * 3
        + "\n\n"
        + "The state government said it would set up a committee to assess the damage and the cause. " * 3
    )
    assert article.dateline is None
    assert article.published is not None and article.published.date.value == "2026-11-29T19:12:00+01:00"


# --------------------------------------------------------------------------- datelines


@pytest.mark.parametrize(
    ("paragraph", "place", "agency"),
    [
        ("Bogotá, Nov 28 (EFE).- The first trains ran on Saturday.", "Bogotá", "EFE"),
        ("New Delhi, Mar 12 (PTI) The Centre on Thursday approved a pilot scheme.", "New Delhi", "PTI"),
    ],
)
def test_wire_datelines_without_a_spaced_dash(paragraph: str, place: str, agency: str) -> None:
    found = find_dateline(paragraph, 0, len(paragraph))
    assert found is not None and found.place is not None and found.agency is not None
    assert (found.place.text, found.agency.text) == (place, agency)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Jane Doe (AP) The photographer waited for hours.",  # no date: a name and a credit
        "London, Mar 12 (Weekend Edition) The show returns.",  # no agency in the bracket
    ],
)
def test_a_bracket_without_a_dash_needs_a_date_and_an_agency(paragraph: str) -> None:
    assert find_dateline(paragraph, 0, len(paragraph)) is None


def test_mixed_case_place_before_a_colon_needs_the_headline() -> None:
    paragraph = "Dubai: The Roads and Transport Authority will put 400 more taxis on the road."
    found = find_dateline(paragraph, 0, len(paragraph), headline="Dubai to add 400 electric taxis")
    assert found is not None and found.place is not None and found.place.text == "Dubai"
    assert find_dateline(paragraph, 0, len(paragraph)) is None  # no headline given: no evidence
    # Round 9 widened the evidence: a headline naming another place leaves the proper name's own evidence
    # (never written in lower case, opening one paragraph only); a word the story writes in lower case
    # ("Update: …" over "the update …") has none.
    found = find_dateline(paragraph, 0, len(paragraph), headline="Electric taxis for the emirate")
    assert found is not None and found.place is not None and found.place.text == "Dubai"
    label = "Update: The council will vote again next week. The update came on Tuesday."
    assert find_dateline(label, 0, len(label), headline="Council vote") is None


@pytest.mark.parametrize(
    ("paragraph", "headline"),
    [
        ("Dear Amy: My daughter is attending a wedding in his family next month.", "Ask Amy: a wedding gift"),
        ("Warning: This story contains details that some readers may find upsetting.", "Warning signs"),
        ("Image Credit: Supplied", "An image credit"),
        ("But Dubai: The city said nothing about the plan for the coming year.", "Dubai plans"),
    ],
)
def test_labels_and_salutations_before_a_colon_are_no_datelines(paragraph: str, headline: str) -> None:
    assert find_dateline(paragraph, 0, len(paragraph), headline=headline) is None


# --------------------------------------------------------------------------- bylines


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Redazione ANSA", []),
        ("DAILY SABAH WITH AA", []),
        ("Reported by Leah Brandt", [("Leah Brandt", None)]),
        (
            "By state political reporter Imogen Farrell and Daniel Keogh",
            [("Imogen Farrell", None), ("Daniel Keogh", None)],
        ),
        (
            "by Rosa Delgado, Riverbend Report, and Marcus Hale, The Gulf Observer",
            [("Rosa Delgado", "Riverbend Report"), ("Marcus Hale", "The Gulf Observer")],
        ),
        ("Jane Doe with AP", [("Jane Doe", "AP")]),  # a writer with the agency stays an author
        (
            "By Jane Doe and John Roe, The Harbour Times",
            [("Jane Doe", "The Harbour Times"), ("John Roe", "The Harbour Times")],
        ),
    ],
)
def test_byline_shapes(line: str, authors: list[tuple[str, str | None]]) -> None:
    found = find_byline(line, 0, len(line))
    assert found is not None
    assert [(p.name, p.affiliation) for p in found.authors] == authors


def test_an_agency_and_a_publication_name_no_one() -> None:
    line = "AFP/The Local"
    found = read_byline_block(line, 0, len(line), bare_ok=True)
    assert found is not None and found.byline.authors == () and found.rule == "byline-agency-with-publication"
    credit = "AFP/Jane Doe"  # a person after the slash: a photo credit's shape, no byline naming no one
    read = read_byline_block(credit, 0, len(credit), bare_ok=True)
    assert read is None or read.rule != "byline-agency-with-publication"


# --------------------------------------------------------------------------- captions and credits


@pytest.mark.parametrize(
    ("block", "caption", "credit", "rule"),
    [
        (
            "Workers lay a new main near a pumping station on Friday. — APP",
            "Workers lay a new main near a pumping station on Friday.",
            "APP",
            "caption-dash-credit",
        ),
        (
            "Bancas de frutas na feira da rua Guaicurus, na Lapa - Bruno Siqueira/Folhapress",
            "Bancas de frutas na feira da rua Guaicurus, na Lapa",
            "Bruno Siqueira/Folhapress",
            "caption-dash-credit",
        ),
        (
            "Een impressie van de nieuwe stalling bij het station. Beeld Gemeente Zwolle",
            "Een impressie van de nieuwe stalling bij het station.",
            "Gemeente Zwolle",
            "caption-trailing-credit",
        ),
        (
            "The ferry carries commuters between Bellerive and Sullivans Cove. (Supplied)",
            "The ferry carries commuters between Bellerive and Sullivans Cove.",
            "Supplied",
            "caption-bracketed-credit",
        ),
    ],
)
def test_caption_credits(block: str, caption: str, credit: str, rule: str) -> None:
    found = read_caption_block(block, 0, len(block), credit_only_ok=False)
    assert found is not None and found.rule == rule
    assert found.image.caption is not None and found.image.caption.text == caption
    assert found.image.credit is not None and found.image.credit.text == credit


@pytest.mark.parametrize(
    "block",
    [
        "“We will not wait for another monsoon to fix the pumps,” he said. — Farhan Siddiqui",  # an epigraph
        "The council met on Friday to discuss the plan — and the cost",  # a dash inside a sentence
        "Short one — APP",  # too short to be a caption
    ],
)
def test_spaced_dash_endings_that_are_no_credit(block: str) -> None:
    found = read_caption_block(block, 0, len(block), credit_only_ok=False)
    assert found is None or found.rule != "caption-dash-credit"


# --------------------------------------------------------------------------- sign-offs


@pytest.mark.parametrize(
    "block",
    [
        "PTI ABH RC",
        "(END)",
    ],
)
def test_wire_signoff_marks(block: str) -> None:
    assert whole_block_signoff(block)


@pytest.mark.parametrize(
    "block",
    [
        "Editor: Bambang Hartono",
        "hnchoi@yna.co.kr",
        "This article appears in the April 2026 print edition with the headline “Keeper of the Flame.”",
    ],
)
def test_desk_credits_and_print_notes(block: str) -> None:
    assert desk_credits(block)


@pytest.mark.parametrize(
    "block",
    [
        "Write to hnchoi@yna.co.kr with your questions about the planting season.",
        "PTI said the scheme would start in April.",
        "Editor: the role nobody wanted",
        "This article appears to show that the council ignored the letters.",
    ],
)
def test_sentences_that_are_no_signoff(block: str) -> None:
    assert not whole_block_signoff(block) and not desk_credits(block)
