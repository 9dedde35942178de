"""Edges of the rules added after blind round 3 (issue 11; ``tests/articles/blind3-*``).

Each rule is pinned on short texts written for the test, with lines that must NOT match it next to the ones
that must.
"""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.byline import find_byline
from archivist.parse.bylineblock import read_byline_block
from archivist.parse.credit import read_caption_block
from archivist.parse.dateblock import read_date_block
from archivist.parse.publication import read_meta_line
from archivist.parse.signoff import closing_note, desk_credits

_STORY = (
    "A headline for the test\n\nBy Jane Doe\n\n30 November 2026\n\n"
    "The first paragraph says what happened in the town on Monday.\n\n"
    "The second paragraph says more about it and who was there.\n\n"
)

# ------------------------------------------------------------- the newsroom's notes under the story


@pytest.mark.parametrize(
    ("line", "note"),
    [
        (
            "Associated Press writer Li Sun in Billings contributed to this report.",
            "who contributed to the story",
        ),
        ("Staff writer Ann Ek contributed reporting to this story.", "who contributed to the story"),
        (
            "This story was produced by Valley Report, a nonprofit newsroom covering the region.",
            "who produced the story",
        ),
        (
            "This article is published in partnership with the Example Trust.",
            "who produced the story",
        ),
        (
            "Correction: An earlier version of this story misspelled the name of the school.",
            "a correction or editor's note appended to the story",
        ),
        (
            "Editor's note (Dec. 2): This story has been updated to add the mayor's comment.",
            "a correction or editor's note appended to the story",
        ),
        (
            "Thanks for reading. Reply to this email with tips, or find me at jane@example.org.",
            "how to reach the writer",
        ),
    ],
)
def test_closing_notes(line: str, note: str) -> None:
    assert closing_note(line) == note
    assert desk_credits(line)


@pytest.mark.parametrize(
    "line",
    [
        "Heavy rain contributed to the flooding, officials said.",
        "Volunteers contributed to this report's success, the mayor said. Then she left the room.",
        "The correction came too late for the council.",
        "This story was hard to tell.",
        "For tickets, email box@example.org before Friday.",
        "Thanks for reading the notice, the clerk told the meeting.",
    ],
)
def test_body_sentences_are_no_closing_notes(line: str) -> None:
    assert closing_note(line) is None


def test_correction_under_the_story_is_the_signoff_with_its_note() -> None:
    article = parse_text(_STORY + "Correction: An earlier version of this story gave the wrong date.\n")
    assert article.signoff is not None and article.signoff.text.startswith("Correction:")
    assert sum(len(section.paragraphs) for section in article.sections) == 2
    rule = dict(article.evidence)["signoff"]
    assert (
        rule.rule == "last-block-signoff"
        and rule.note == "a correction or editor's note appended to the story"
    )


# --------------------------------------------------------------------------- bylines


def test_agency_run_onto_the_last_name_is_the_affiliation() -> None:
    line = "By JANE DOE and JOHN ROE Associated Press"
    byline = find_byline(line, 0, len(line))
    assert byline is not None
    assert [(p.name, p.affiliation) for p in byline.authors] == [
        ("Jane Doe", "Associated Press"),
        ("John Roe", "Associated Press"),
    ]
    assert byline.note is not None


def test_piece_after_a_pair_and_a_comma_is_the_affiliation() -> None:
    line = "by Jane Doe and John Roe, Valley River Report"
    byline = find_byline(line, 0, len(line))
    assert byline is not None
    assert [(p.name, p.affiliation) for p in byline.authors] == [
        ("Jane Doe", "Valley River Report"),
        ("John Roe", "Valley River Report"),
    ]
    serial = "By Jane Doe, John Roe and Ann Ek"  # a serial list names three people
    listed = find_byline(serial, 0, len(serial))
    assert listed is not None and [p.name for p in listed.authors] == ["Jane Doe", "John Roe", "Ann Ek"]


@pytest.mark.parametrize(
    ("block", "names"),
    [
        ("Jane Doe @janedoe", ["Jane Doe"]),
        ("Jane Doe (now) and John Roe (earlier)", ["Jane Doe", "John Roe"]),
        ("Jane Doe\nNews reporter @janedoe", ["Jane Doe"]),
    ],
)
def test_bare_names_with_handles_and_notes(block: str, names: list[str]) -> None:
    found = read_byline_block(block, 0, len(block), bare_ok=True)
    assert found is not None
    assert [p.name for p in found.byline.authors] == names
    assert found.byline.text.text == block


def test_a_handle_alone_is_no_byline() -> None:
    assert read_byline_block("@janedoe", 0, 8, bare_ok=True) is None


# --------------------------------------------------------------------------- date lines


def test_clock_named_after_the_time() -> None:
    line = "Thursday 5 March 2026 14:22, UK"
    found = read_date_block(line, 0, len(line))
    assert found is not None and [d.date.value for d in found.dates] == ["2026-03-05"]
    assert read_date_block("Thursday 5 March 2026, UK police said", 0, 37) is None


def test_later_date_without_its_year_takes_the_lines_year() -> None:
    line = "Posted: Mar 05, 2026 4:12 PM EST | Last Updated: March 5"
    found = read_date_block(line, 0, len(line))
    assert found is not None
    assert [(d.kind, d.date.value) for d in found.dates] == [
        ("published", "2026-03-05T16:12:00-05:00"),
        ("updated", "2026-03-05"),
    ]
    assert read_date_block("Last Updated: March 5", 0, 21) is None  # no year anywhere: a wire dateline's


def test_time_then_bullet_then_date() -> None:
    line = "4:05 PM EST • March 5, 2026"
    meta = read_meta_line(line, 0, len(line))
    assert meta is not None and [d.date.value for d in meta.dates] == ["2026-03-05T16:05:00-05:00"]


# --------------------------------------------------------------------------- captions


def test_image_credits_label_is_a_credit_alone() -> None:
    line = "Image Credits: Example Labs"
    found = read_caption_block(line, 0, len(line), credit_only_ok=False)
    assert found is not None
    assert found.image.caption is None
    assert found.image.credit is not None and found.image.credit.text == "Example Labs"


def test_label_announcing_the_caption_is_no_part_of_it() -> None:
    line = "Image: Boats on the slipway after the storm. Pic: Harbour Trust/Jane Doe"
    found = read_caption_block(line, 0, len(line), credit_only_ok=False)
    assert found is not None
    assert (
        found.image.caption is not None
        and found.image.caption.text == "Boats on the slipway after the storm."
    )
    assert found.image.credit is not None and found.image.credit.text == "Harbour Trust/Jane Doe"
