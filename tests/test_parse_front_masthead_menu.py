"""The site's name over its menu (``archivist.parse.frontlabels``): a whole page copied as text opens with
the masthead (``The Valley Herald``, three words or more), then the menu one item a line or the crumbs, then
the headline. The masthead's words do not bound the menu's items; a short first line of any shape over the
site's crumbs or two labels is the masthead; a word in an Indic script is counted by its letters, not its
vowel signs. Pages written here, in several languages; each rule has the case it must leave alone."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.frontlabels import label_shape
from parse_helpers import rule as _rule

# (a page copied whole: paragraphs set tight, of lengths no hard wrap gives)
_TIGHT_BODY = (
    "The council approved the plan on Tuesday after a two-hour debate in the chamber, most members for it.\n"
    "Work is due to start in the spring and will take about a year to finish, officials said.\n"
    "The old crossing will stay open to walkers until the new one is ready next winter, the mayor told "
    "residents at a meeting on Wednesday night.\n"
)
_DECK = "Officials expect the work to last until the end of the month, the city said."


def _page(top: list[str], headline: str, deck: str = _DECK, body: str = _TIGHT_BODY) -> str:
    return "\n".join([*top, headline, deck, "By Jane Doe", "March 3, 2026"]) + "\n" + body


# --------------------------------------------------------------------------- a long masthead over a long menu


@pytest.mark.parametrize(
    "top",
    [
        # the masthead, then eight items and a section's crumbs: longer than a stack of labels
        [
            "The Valley Herald",
            "Home",
            "News",
            "Counties",
            "Business",
            "Sports",
            "Opinion",
            "Video",
            "Podcasts",
        ],
        [
            "Riverside Evening Courier",
            "News",
            "Sport",
            "What's On",
            "Lifestyle",
            "Business",
            "Your Area",
            "News",
        ],
        # a skip link, then the masthead and the menu
        [
            "Skip to main content",
            "The Lakeshore Ledger",
            "News",
            "Local",
            "Politics",
            "Business",
            "Sports",
            "Opinion",
            "Obituaries",
            "e-Edition",
            "LOCAL POLITICS",
        ],
        # and the crumbs over the headline
        [
            "The Market Ledger",
            "E-Paper",
            "Markets",
            "Companies",
            "Economy",
            "Opinion",
            "Personal Finance",
            "Home / Markets / IPO / News",
        ],
    ],
)
def test_a_masthead_of_three_words_over_a_long_menu_is_left_out(top: list[str]) -> None:
    headline = "Harbour bridge to close for three weekends while cables are replaced"
    article = parse_text(_page(top, headline))
    assert article.headline is not None and article.headline.text == headline
    assert _rule(article, "headline") == "headline-under-front-labels"
    assert article.summary is not None and article.summary.text == _DECK


def test_a_long_menu_with_a_long_item_among_it_is_no_label_run() -> None:
    # a menu's item of three words past the fifth line: no menu of a word or two, so no longer than a stack
    # of labels; the first line stays the headline when nothing under it reads as one
    top = ["Home", "News", "Sport", "Culture", "Travel", "The Weekend Magazine", "Food", "Puzzles"]
    text = "\n".join(top) + "\n" + _TIGHT_BODY
    article = parse_text(text)
    assert article.headline is not None and article.headline.text == "Home"


# --------------------------------------------------------------------------- a short first line over crumbs


@pytest.mark.parametrize(
    ("top", "headline"),
    [
        (
            ["Harbour Free Press HFP", "Hong Kong › Housing"],
            "'Where do we go?': tenants of subdivided flats face eviction before new rules",
        ),
        (
            ["LIVE: Radio Garden City 98.7", "News", "Regional"],
            "Flood: 300 traders count losses as river rises",
        ),
        (
            ["Nordwest Zeitung Online NWZ", "Startseite / Region"],
            "Neue Fähre soll ab Mai zwischen den Inseln fahren",
        ),
        (
            ["Diário do Vale DV", "Cidades", "Região"],
            "Chuva forte alaga avenidas e deixa bairros sem energia",
        ),
    ],
)
def test_a_short_first_line_over_the_sites_crumbs_is_its_masthead(top: list[str], headline: str) -> None:
    article = parse_text(_page(top, headline))
    assert article.headline is not None and article.headline.text == headline
    assert _rule(article, "headline") == "headline-under-front-labels"


@pytest.mark.parametrize(
    "text",
    [
        # a short headline over its deck and body: no crumbs or labels under it
        "Storm Hits Coast Tonight\n" + _DECK + "\nBy Jane Doe\nMarch 3, 2026\n" + _TIGHT_BODY,
        # a first line closing a sentence is no masthead
        "Bridge closes today.\nNews / Local\n" + "Harbour bridge to close for three weekends while cables "
        "are replaced\n" + _DECK + "\n" + _TIGHT_BODY,
        # a headline in sentence case over a bare byline and a place line: no site's name
        "New bus lane\nAnn Lee\nMarbella\nTuesday, 3 March 2026, 12:46\n" + _TIGHT_BODY,
        # six words: longer than a site's name
        "Council votes to close the bridge\nNews\nLocal\n" + _TIGHT_BODY,
    ],
)
def test_lines_a_masthead_rule_must_leave_alone(text: str) -> None:
    article = parse_text(text)
    assert article.headline is not None
    assert article.headline.text == text.split("\n", 1)[0]


# ------------------------------------------------------------------- Indic words counted by their letters


@pytest.mark.parametrize(
    "line",
    [
        "முகப்பு » மாவட்ட செய்திகள் » கோயம்புத்தூர்",  # Tamil: a town's name, 13 code points and 7 letters
        "होम » राज्य » उत्तरप्रदेश",  # Hindi
        "ഹോം » ജില്ലാ വാർത്ത » തിരുവനന്തപുരം",  # Malayalam
    ],
)
def test_indic_crumbs_are_label_shaped(line: str) -> None:
    assert label_shape(line)[0] > 0


def test_a_tamil_masthead_over_crumbs_leaves_the_headline() -> None:
    headline = "நொய்யல் ஆற்றில் புதிய தடுப்பணை: 2,400 ஏக்கர் பாசனம் பெறும்"
    body = (
        "கோவை: பேரூர் அருகே நொய்யல் ஆற்றின் குறுக்கே புதிய தடுப்பணை கட்டும் பணி தொடங்கியுள்ளது என்று "
        "அதிகாரிகள் தெரிவித்தனர்.\n"
        "இந்த தடுப்பணை 140 மீட்டர் நீளம் கொண்டது. இதன் மூலம் விவசாயிகள் பயன் பெறுவார்கள் என்று கூறப்படுகிறது.\n"
        "பணிகள் அடுத்த ஆண்டு மார்ச் மாதத்துக்குள் முடிவடையும் என்று பொதுப்பணித் துறை அதிகாரிகள் கூறினர்.\n"
    )
    text = "கொங்கு மலர்\nமுகப்பு » மாவட்ட செய்திகள் » கோயம்புத்தூர்\n" + headline + "\n" + body
    article = parse_text(text)
    assert article.headline is not None and article.headline.text == headline


@pytest.mark.parametrize("line", ["முகப்பு » ஒருமிகநீண்டசொல்லானதுதலைப்புச்செய்தியாகும்இங்கே"])
def test_an_indic_word_of_many_letters_is_no_label(line: str) -> None:
    assert label_shape(line)[0] == 0
