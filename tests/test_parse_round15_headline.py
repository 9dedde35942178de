"""Round 15's headline rule (``archivist.parse.frontlabels``), on lines written here in several languages:
the page's labels over the headline (a section's name, a kicker, a breadcrumb on one line or several, a
masthead, with or without a date line under them) are left out of every field, named in the evidence under
``front``, and the headline is the first block with a headline's shape under them. Each case has one the
rule must leave alone: a short headline over its standfirst, over its byline, over ``2 hours ago``."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.frontlabels import label_shape
from parse_helpers import note as _note
from parse_helpers import rule as _rule

_BODY = (
    "The council approved the plan on Tuesday after a two-hour debate in the chamber.\n\n"
    "Work is due to start in the spring and will take about a year to finish, officials said.\n\n"
    "The old crossing will stay open to walkers until the new one is ready next winter.\n"
)


def _page(*blocks: str, body: str = _BODY) -> str:
    return "\n\n".join(blocks) + "\n\n" + body


# --------------------------------------------------------------------------- labels over the headline


@pytest.mark.parametrize(
    ("labels", "headline"),
    [
        (["Politics"], "Ministers agree to cap rents in the capital for two years"),
        (["Politik"], "Stadtrat beschließt neue Radwege am Rheinufer"),
        (["Inicio / Local / Sevilla"], "El Ayuntamiento amplía el horario de las bibliotecas municipales"),
        (["Accueil › Régions › Bretagne"], "La mairie ferme la piscine pour travaux jusqu'en mars"),
        (["Ekonomi|Pasar"], "Harga cabai turun di pasar induk setelah panen raya"),
        (["The Harbour Ledger"], "Ferry timetable cut for winter after engine fault"),  # a masthead
        (["KRAKÓW"], "Miasto kupi dwadzieścia nowych autobusów elektrycznych"),  # a place in capitals
        (["Arts & Culture"], "Museum reopens its east wing after a two-year refit"),
    ],
)
def test_a_label_over_the_headline_is_left_out(labels: list[str], headline: str) -> None:
    article = parse_text(_page(*labels, headline, "By Jane Doe"))
    assert article.headline is not None and article.headline.text == headline
    assert _rule(article, "headline") == "headline-under-front-labels"
    assert _rule(article, "front") == "front-label-over-headline-left-out"
    assert _note(article, "front") == "; ".join(labels)
    assert article.summary is None
    assert len(article.paragraphs) == 3


def test_a_breadcrumb_on_several_lines_and_its_standfirst() -> None:
    text = (
        "Nyheter\nInnenriks\n\nKommunen legger ned tre skoler etter sommeren\n\n"
        "Bystyret vedtok sparepakken natt til torsdag etter et langt møte\n\nAv Kari Nordmann\n\n" + _BODY
    )
    article = parse_text(text)
    assert article.headline is not None
    assert article.headline.text == "Kommunen legger ned tre skoler etter sommeren"
    assert article.summary is not None
    assert article.summary.text == "Bystyret vedtok sparepakken natt til torsdag etter et langt møte"
    assert _note(article, "front") == "Nyheter; Innenriks"


def test_a_label_over_a_date_line_over_the_headline() -> None:
    article = parse_text(_page("Kraj", "16.11.2026 14:05", "Miasto kupi czterdzieści nowych tramwajów"))
    assert (
        article.headline is not None and article.headline.text == "Miasto kupi czterdzieści nowych tramwajów"
    )
    assert article.published is not None and article.published.date.value.startswith("2026-11-16")


def test_a_label_over_a_relative_date_over_the_headline() -> None:
    headline = "Regional airline cancels winter flights to the islands"
    article = parse_text(_page("Business", "3 hours ago", headline, "By Jane Doe"))
    assert article.headline is not None and article.headline.text == headline
    assert article.published is None


@pytest.mark.parametrize(
    "labels",
    [
        ["World", "Middle east"],  # ending in lower case: beside a capitalised label
        ["Thế giới", "26/11/2026, 14:05"],  # or over a date line
    ],
)
def test_a_label_ending_in_lower_case_beside_other_evidence(labels: list[str]) -> None:
    headline = "Drought forces the city to ration piped water"
    article = parse_text(_page("\n".join(labels), headline, "By Jane Doe"))
    assert article.headline is not None and article.headline.text == headline


# --------------------------------------------------------------------------- what it leaves alone


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a short headline over its standfirst, a sentence with its stop
        ("Library extends weekend hours", "The council voted on Tuesday to keep branches open on Sundays."),
        ("Goodbye", "After forty years the corner shop on Mill Lane closes its doors on Friday."),
        # a short title-case headline over its byline
        ("Storm Hits Coast", "By Jane Doe"),
        # two words ending in lower case over an unstopped deck: a headline, no label without other evidence
        ("Storm warning", "Forecasters expect gusts of up to 120 km/h along the coast tonight"),
        # a headline over its relative date
        ("Cliff-top homes may go this winter", "2 hours ago"),
        (
            "Storm warning",
            "2 hours ago\n\nForecasters expect gusts of up to 120 km/h along the coast tonight",
        ),
        # crumb-like, but a sentence's colon: a headline
        ("Home / Away: a family divided", "Two brothers tell how the border split their village in half"),
    ],
)
def test_a_short_headline_stays(first: str, second: str) -> None:
    article = parse_text(_page(first, second))
    assert article.headline is not None and article.headline.text == first
    assert _rule(article, "headline") == "first-block-headline-shaped"


def test_a_title_case_headline_over_its_deck_set_tight_stays() -> None:
    text = _page("Board Backs Ferry\nPassengers will have the last word on the timetable", "By Jane Doe")
    article = parse_text(text)
    assert article.headline is not None and article.headline.text == "Board Backs Ferry"


def test_a_label_with_no_headline_under_it_stays_the_headline() -> None:
    """A one-word headline over a paragraph: no headline-shaped block under it, so it is the headline."""
    article = parse_text(_page("Rainfall", "The Met Office said rain would continue until the weekend."))
    assert article.headline is not None and article.headline.text == "Rainfall"


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("Politics", 1),
        ("Irish News", 2),
        ("Milano / Cronaca", 1),  # a breadcrumb: its longest part
        ("News|Water", 1),
        ("Home > News > UK > England > Norfolk", 1),
        ("Home / Local News / Valley Towns", 2),
        ("Business Developments & Projects", 3),
        ("Social affairs", 2),
        ("Fire in the old mill", 0),  # more than three words in a crumb, some in lower case
        ("Police: man arrested", 0),  # a colon
        ("Sport.", 0),  # a closing stop
        ("Channel 4 News", 0),  # a digit
        ("arts", 0),  # lower case
        ("The Very Long Name Of A Section Over Forty", 0),  # more than three words
        ("Covid-19", 1),  # a number inside a word
    ],
)
def test_label_shape(line: str, words: int) -> None:
    assert label_shape(line)[0] == words


def test_a_kicker_over_the_headline_is_named_with_the_labels() -> None:
    """``Media release`` over the headline was left out before this round; it is named under ``front`` now."""
    headline = "Minister opens the new water treatment plant at Riverside"
    article = parse_text(_page("Media release", headline, "Published: 1 December 2026"))
    assert article.headline is not None and article.headline.text == headline
    assert _note(article, "front") == "Media release"
