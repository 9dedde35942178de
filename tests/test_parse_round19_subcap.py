"""Round 19's subhead and lead-caption rules, on short articles written here in several house styles, each
with the case it must leave alone: a subhead quoted whole in another language's quotation marks (and taken
from a quotation further down its section); a related list set tight under its label, closed by the blank
line under it (the short line after it is the story's subhead)."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from parse_helpers import rule

_OPENING = (
    "The council approved the plan on Tuesday after a two-hour debate in the chamber.\n\n"
    "Work is due to start in the spring and will take about a year to finish, officials said.\n\n"
)
_CLOSING = "The old crossing will stay open to walkers until the new one is ready next winter.\n"


def _article(middle: str, *, opening: str = _OPENING, closing: str = _CLOSING) -> str:
    front = "Bridge over the river to be repaired next year\n\nBy Ann Lee\n\n"
    return front + opening + middle + "\n\n" + closing


def _headings(text: str) -> list[str]:
    return [section.heading.text for section in parse_text(text).sections if section.heading is not None]


# --------------------------------------------------------------------------- quoted subheads


@pytest.mark.parametrize(
    "subhead",
    [
        "« On nous demande de choisir »",  # French, with its spaces
        "”Vi har inget val”",  # Swedish, Finnish
        "„Wir haben keine Wahl“",  # German
        "»Wir haben keine Wahl«",  # German books and magazines, Danish
        "„Nie mamy wyboru”",  # Polish
    ],
)
def test_a_line_quoted_whole_in_any_language_heads_a_section(subhead: str) -> None:
    assert _headings(_article(subhead)) == [subhead]


@pytest.mark.parametrize(
    "line",
    [
        "« Non, dit-il, jamais. »",  # a quoted sentence with its stop: a paragraph
        "„Wir haben keine Wahl, sagte er, und wir wissen es“",  # a clause after a comma: said, not a heading
    ],
)
def test_a_quoted_sentence_stays_a_paragraph(line: str) -> None:
    text = _article(line)
    assert _headings(text) == []
    assert len(parse_text(text).paragraphs) == 4


@pytest.mark.parametrize(
    ("subhead", "quoting"),
    [
        (
            "« On nous demande de choisir »",
            "« On nous demande de choisir entre le ski et le robinet », résume une habitante du village.",
        ),
        ("”Vi har inget val”", "– Vi har inget val. Antingen kortar vi öppettiderna eller så stänger vi."),
        ("“We had no choice”", "“We had no choice but to close the road,” the engineer said on Tuesday."),
    ],
)
def test_a_quoted_subhead_taken_from_the_section_below_is_no_pull_quote(subhead: str, quoting: str) -> None:
    report = "The engineers wrote a forty-page report on the state of the piers in January."
    middle = subhead + "\n\n" + report + "\n\n" + quoting
    text = _article(middle)
    assert _headings(text) == [subhead]
    assert rule(parse_text(text), "sections") == "subhead-short-line-between-paragraphs"


def test_a_quoted_line_repeating_the_paragraph_under_it_is_a_pull_quote() -> None:
    middle = "“We had no choice”\n\n“We had no choice but to close the road,” the engineer said on Tuesday."
    text = _article(middle)
    assert _headings(text) == []
    assert len(parse_text(text).paragraphs) == 5


# --------------------------------------------------------------------------- a related list set tight


@pytest.mark.parametrize(
    ("box", "subhead"),
    [
        (
            "Read more\nParking fines: what you need to know\nNew toll gate timings come into effect",
            "Why the change?",
        ),
        ("Les også\nForeldrekjøring til skolen: – Vi må slutte å kjøre", "Frykter kaos i sidegatene"),
        (
            "Lees ook\nKinderbegeleiders leggen werk neer\nAnalyse: Waarom de plaatsen uitblijven",
            "Personeel blijft het knelpunt",
        ),
    ],
)
def test_a_short_line_after_a_list_set_tight_under_its_label_is_a_subhead(box: str, subhead: str) -> None:
    article = parse_text(_article(box + "\n\n" + subhead))
    assert [section.heading.text for section in article.sections if section.heading] == [subhead]
    assert len(article.related) == 1 and subhead not in article.related[0].text.text
    assert len(article.paragraphs) == 3


@pytest.mark.parametrize(
    "box",
    [
        # the list's items each a block of their own: the label's list runs over blank lines
        "Read more\n\nParking fines: what you need to know\n\nNew toll gate timings come into effect",
        # a bullet carries a list on over a blank line
        "Related\n- Parking fines: what you need to know\n\n- New toll gate timings come into effect",
    ],
)
def test_a_list_set_apart_keeps_its_items(box: str) -> None:
    article = parse_text(_article(box))
    assert [section.heading for section in article.sections if section.heading] == []
    assert "New toll gate timings come into effect" in article.related[0].text.text
    assert len(article.paragraphs) == 3
