"""Page tops (``archivist.parse.frontlabels``, ``archivist.parse.furniture``): a whole web page
copied as text, the site's navigation over the headline (skip links, menus one item a line, a section's
label over the headline and its standfirst). Lines written here, in several languages; each rule has the
case it must leave alone."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.blocks import Block, Line
from archivist.parse.byline import find_byline
from archivist.parse.front import _prompt_block
from archivist.parse.frontsegments import _label_apart
from archivist.parse.furniture import is_furniture, skip_link
from parse_helpers import note as _note
from parse_helpers import rule as _rule

_BODY = (
    "The council approved the plan on Tuesday after a two-hour debate in the chamber.\n\n"
    "Work is due to start in the spring and will take about a year to finish, officials said.\n\n"
    "The old crossing will stay open to walkers until the new one is ready next winter.\n"
)
# (a page copied whole: paragraphs set tight, of lengths no hard wrap gives)
_TIGHT_BODY = (
    "The council approved the plan on Tuesday after a two-hour debate in the chamber, most members for it.\n"
    "Work is due to start in the spring and will take about a year to finish, officials said.\n"
    "The old crossing will stay open to walkers until the new one is ready next winter, the mayor told "
    "residents at a meeting on Wednesday night.\n"
)


# --------------------------------------------------------------------------- skip links


@pytest.mark.parametrize(
    "line",
    [
        "Skip to Content",
        "Skip to main content",
        "SKIP NAVIGATION",
        "Pular para o conteúdo",
        "Zum Inhalt springen",
    ],
)
def test_skip_links_are_furniture(line: str) -> None:
    assert skip_link(line)
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["Skip to the end of the queue", "Content", "Skipper to content himself"])
def test_lines_near_a_skip_link_are_none(line: str) -> None:
    assert not skip_link(line)


@pytest.mark.parametrize(
    ("top", "headline"),
    [
        (
            ["Skip to Content", "Local News"],
            "Harbour bridge to close for three weekends while cables are replaced",
        ),
        (
            # a station's name with its channel and a service's name with a comma: the site's, under the link
            ["Skip Navigation", "WXYZ 7", "Metro Desk"],
            "Water main break floods downtown streets and leaves hundreds without service",
        ),
        (
            ["Pular para o conteúdo", "Portal Norte, Manaus", "Cidades"],
            "Chuva forte alaga avenidas e deixa bairros sem energia na zona leste",
        ),
    ],
)
def test_a_skip_link_and_the_navigation_under_it_are_left_out(top: list[str], headline: str) -> None:
    deck = "Officials expect the work to last until the end of the month, the city said."
    text = "\n".join([*top, headline, deck, "By Jane Doe", "March 3, 2026"]) + "\n" + _TIGHT_BODY
    article = parse_text(text)
    assert article.headline is not None and article.headline.text == headline
    assert _rule(article, "headline") == "headline-under-front-labels"
    assert article.summary is not None and article.summary.text == deck
    assert article.byline is not None and article.byline.text == "By Jane Doe"


def test_a_short_headline_under_a_skip_link_alone_stays_the_headline() -> None:
    # no menu under the link: a short line under it that is a headline's shape is the headline
    headline = "Council backs new harbour bridge after long debate"
    text = f"Skip to content\n{headline}\nBy Jane Doe\nMarch 3, 2026\n{_TIGHT_BODY}"
    article = parse_text(text)
    assert article.headline is not None and article.headline.text == headline


# --------------------------------------------------------------------------- a menu one item a line


@pytest.mark.parametrize(
    "menu",
    [
        ["Home", "News", "Metro", "Politics", "Business", "Sports"],
        [
            "Home",
            "U.K.",
            "News",
            "Sport",
            "U.S.",
            "Showbiz",
            "Royals",
            "Health",
            "Science",
            "Money",
            "Latest News",
        ],
        ["BM | EN", "Utama", "Am", "Politik", "Ekonomi", "Sukan", "Dunia", "Am"],
    ],
)
def test_a_menu_copied_one_item_a_line_is_left_out(menu: list[str]) -> None:
    headline = "Fire destroys sixty shops at the old textile market overnight"
    text = "\n".join([*menu, headline, "March 3, 2026", "By Jane Doe"]) + "\n" + _TIGHT_BODY
    article = parse_text(text)
    assert article.headline is not None and article.headline.text == headline
    assert _note(article, "front") == "; ".join(menu)
    assert article.byline is not None and article.byline.text == "By Jane Doe"


def test_a_long_run_of_longer_lines_is_no_menu() -> None:
    # six lines of three words each are no menu's items: the run stops at the stack's five
    lines = [
        "Harbour Bridge Plans",
        "City Council Vote",
        "New Ferry Route",
        "Old Town Hall",
        "Park Road Works",
    ]
    headline = "Council backs new harbour bridge after long debate"
    text = "\n".join([*lines, "Tram Line Extension", headline, "By Jane Doe"]) + "\n" + _TIGHT_BODY
    article = parse_text(text)
    assert article.headline is not None and article.headline.text != headline


# --------------------------------------------------------------------------- a label over the whole front


@pytest.mark.parametrize(
    ("label", "headline", "standfirst", "meta"),
    [
        (
            "Water industry",
            "Water firm fined £12m after sewage spills turned a Devon stream 'into a drain'",
            "Regulator says the company ignored alarms for two years as fish kills mounted downstream",
            ["Jane Doe Environment correspondent", "Tue 3 Mar 2026 10.30 GMT"],
        ),
        (
            "Faits divers - Justice",
            "Nantes : un chauffeur de bus jugé pour avoir grillé neuf feux rouges",
            "Le prévenu, âgé de 39 ans, a reconnu les faits devant le tribunal correctionnel.",
            ["Par Jeanne Martin", "Le 03/03/2026 à 17h42, mis à jour le 03/03/2026 à 19h05"],
        ),
    ],
)
def test_a_label_ending_in_lower_case_over_the_whole_front_is_left_out(
    label: str, headline: str, standfirst: str, meta: list[str]
) -> None:
    text = "\n\n".join([label, headline, standfirst, *meta]) + "\n\n" + _BODY
    article = parse_text(text)
    assert article.headline is not None and article.headline.text == headline
    assert _note(article, "front") == label
    assert article.summary is not None and article.summary.text == standfirst


def test_a_short_headline_over_its_deck_and_first_paragraph_stays_the_headline() -> None:
    # no byline or date line under the deck: "Storm warning" is the headline, its deck the standfirst
    text = (
        "Storm warning\n\nForecasters expect heavy rain and strong winds across the region this weekend\n\n"
        + _BODY
    )
    article = parse_text(text)
    assert article.headline is not None and article.headline.text == "Storm warning"


def test_a_short_line_under_labels_over_the_whole_front_is_a_label() -> None:
    headline = "Cancellations on northern trains hit a three-year high, figures show"
    standfirst = "One in every 19 services was cancelled in the four weeks to February 7."
    text = (
        f"Valley & Star\nNews\nUK & international news\n{headline}\n\n{standfirst}\n\n"
        f"By Jane Doe, Transport Correspondent\nPublished: 09:14, 17 February 2026\n\n{_BODY}"
    )
    article = parse_text(text)
    assert article.headline is not None and article.headline.text == headline
    assert _note(article, "front") == "Valley & Star; News; UK & international news"
    assert article.summary is not None and article.summary.text == standfirst


def test_a_short_headline_under_labels_with_a_deck_stays_the_headline() -> None:
    # the short line's block under it is followed by the byline at once: a headline over its deck
    headline = "Council backs new bridge"
    deck = "Councillors voted nine to four for the new crossing after a long debate in the chamber"
    text = f"Politik\nLokales\n{headline}\n\n{deck}\n\nBy Jane Doe\nMarch 3, 2026\n\n{_BODY}"
    article = parse_text(text)
    assert article.headline is not None and article.headline.text == headline


# --------------------------------------------------------------------------- the front under the headline


def test_a_key_points_box_set_tight_under_a_blank_line_is_the_standfirst() -> None:
    items = [
        "Growers say most of the apple crop was lost in ten minutes",
        "Many orchards had no insurance after premiums doubled",
        "The state says it will look at requests for support",
    ]
    text = (
        "Hail wipes out most of the apple crop in the valley\n\nBy Jane Doe\n\nMarch 3, 2026\n\n"
        "Key points:\n\n" + "\n".join(items) + "\n\n" + _BODY
    )
    article = parse_text(text)
    assert article.summary is not None and article.summary.text == "\n".join(items)
    assert _rule(article, "summary") == "standfirst-labelled-box"
    assert len(article.paragraphs) == 3


def test_a_key_points_box_ends_at_a_line_left_out_under_it() -> None:
    # "Advertisement" under the box, left out as the page's furniture: the story starts under it
    items = ["Fishermen say the weed has cut their catch by half.", "Officials blame a delay in funding."]
    body = _TIGHT_BODY
    text = (
        "Fishermen down tools as weed chokes the beach\nBy Jane Doe\nMarch 3, 2026\n"
        "What you need to know:\n" + "\n".join(items) + "\nAdvertisement\n" + body
    )
    article = parse_text(text)
    assert article.summary is not None and article.summary.text == "\n".join(items)
    assert len(article.paragraphs) == 3


@pytest.mark.parametrize("bar", ["/", "|"])
def test_a_desk_line_over_a_bar_over_the_byline_is_no_byline(bar: str) -> None:
    text = (
        "Hail wipes out most of the apple crop in the valley\n\nValley Radio News\n\n"
        f"{bar}\n\nBy Jane Doe and John Roe\n\nPosted Tue 3 Mar 2026 at 5:42am\n\n{_BODY}"
    )
    article = parse_text(text)
    assert article.byline is not None and article.byline.text == "By Jane Doe and John Roe"
    assert [person.name for person in article.authors] == ["Jane Doe", "John Roe"]


def test_a_name_over_a_bar_over_a_byline_keeps_the_first_name() -> None:
    # a person's name read as the byline is no desk's line: the line under the bar does not replace it
    text = (
        "Hail wipes out most of the apple crop in the valley\n\nJane Doe\n\n"
        f"/\n\nBy John Roe\n\nPosted Tue 3 Mar 2026 at 5:42am\n\n{_BODY}"
    )
    article = parse_text(text)
    assert [person.name for person in article.authors] == ["Jane Doe"]


def test_a_players_prompt_with_a_button_joined_under_it_is_no_standfirst() -> None:
    text = (
        "Council votes to sell its pensioner flats\nBy Jane Doe\n3 Mar, 2026 04:30 AM\nSubscribe to listen\n"
        "Access to Premium articles requires a Premium subscription. Subscribe now to listen.\nShare\n"
        + _TIGHT_BODY
    )
    article = parse_text(text)
    assert article.summary is None
    assert len(article.paragraphs) == 3


def _joined(text: str, first: str) -> Block:
    """The block the reader takes for one hard-wrapped paragraph: the line ``first`` and the line under it."""
    start = text.index(first)
    middle = start + len(first)
    end = text.index("\n", middle + 1)
    lines = (Line(start, middle, indented=False), Line(middle + 1, end, indented=False))
    return Block(start, end, text[start:end], lines, 0)


@pytest.mark.parametrize(
    ("under", "prompt"), [("Share", True), ("The flats need repairs it cannot pay for", False)]
)
def test_a_prompt_block_holds_buttons_under_its_sentence(under: str, prompt: bool) -> None:
    # a line under the prompt that is no button (a deck, a sentence) keeps the block text
    sentence = "Access to Premium articles requires a Premium subscription. Subscribe now to listen."
    text = f"Subscribe to listen\n{sentence}\n{under}\nMore text\n"
    assert _prompt_block(text, _joined(text, sentence)) is prompt


# --------------------------------------------------------------------------- bylines on a page's front


def test_a_dates_label_run_on_after_the_name_is_no_part_of_it() -> None:
    headline = "Cabinet approves a plan to line the canal's worst stretches"
    text = (
        f"Home\nLatest\nPakistan\nBusiness\n{headline}\n"
        "Jane Aziz Doe Published December 2, 2026 Updated about 3 hours ago\n" + _TIGHT_BODY
    )
    article = parse_text(text)
    assert article.byline is not None and article.byline.text == "Jane Aziz Doe"
    assert [person.name for person in article.authors] == ["Jane Aziz Doe"]
    assert article.published is not None and article.published.date.value == "2026-12-02"


@pytest.mark.parametrize("piece", ["Published", "Last updated", "Jane Doe"])
def test_a_piece_that_is_only_a_label_or_only_a_name_is_not_cut(piece: str) -> None:
    assert _label_apart(piece, [(0, len(piece))]) == [(0, len(piece))]


@pytest.mark.parametrize(
    ("line", "names", "outlet"),
    [
        ("By JANE DOE and JOHN ROE FOR EXAMPLEONLINE", ["Jane Doe", "John Roe"], "EXAMPLEONLINE"),
        ("By Jane Doe for The Valley Courier", ["Jane Doe"], "The Valley Courier"),
    ],
)
def test_who_the_names_write_for_is_no_name(line: str, names: list[str], outlet: str) -> None:
    byline = find_byline(line, 0, len(line))
    assert byline is not None
    assert [person.name for person in byline.authors] == names
    assert {person.affiliation for person in byline.authors} == {outlet}


def test_for_before_lower_case_words_is_no_outlet() -> None:
    line = "By Jane Doe for the first time"
    assert find_byline(line, 0, len(line)) is None


@pytest.mark.parametrize("masthead", ["Valley Daily", "Metro Valley"])
def test_the_masthead_over_the_headline_is_no_author(masthead: str) -> None:
    # (mastheads of ordinary words: no brand shape tells them from a second author's name, only the page's
    # own masthead over the headline does)
    headline = "Heatwave drives the city's power use to a record; shelters open"
    text = (
        f"Skip to content\n{masthead}\nCampinas e Região\n{headline}\n"
        f"Por Ana Souza Lima, {masthead} Campinas\n01/12/2026 06h02\n" + _TIGHT_BODY
    )
    article = parse_text(text)
    assert [person.name for person in article.authors] == ["Ana Souza Lima"]
    assert article.authors[0].affiliation == f"{masthead} Campinas"
    assert _rule(article, "authors") == "byline-masthead-over-headline-no-author"


def test_a_second_author_not_printed_over_the_headline_stays_an_author() -> None:
    headline = "Heatwave drives the city's power use to a record; shelters open"
    text = (
        f"Skip to content\nValley Daily\nCampinas e Região\n{headline}\n"
        "Por Ana Souza Lima, Bruno Teixeira Campos\n01/12/2026 06h02\n" + _TIGHT_BODY
    )
    article = parse_text(text)
    assert [person.name for person in article.authors] == ["Ana Souza Lima", "Bruno Teixeira Campos"]


def test_a_second_author_named_like_a_label_stays_an_author() -> None:
    # "Jordan" is a section's label; "Jane Doe and Jordan Smith" names two people (no comma before him)
    headline = "Border crossing reopens after a week of repairs to the bridge"
    text = f"World\nJordan\n{headline}\nBy Jane Doe and Jordan Smith\nMarch 3, 2026\n" + _TIGHT_BODY
    article = parse_text(text)
    assert [person.name for person in article.authors] == ["Jane Doe", "Jordan Smith"]


@pytest.mark.parametrize("line", ["Par la rédaction avec AFP", "Par la rédaction", "Von der Redaktion"])
def test_the_newsroom_with_its_article_after_by_names_no_one(line: str) -> None:
    byline = find_byline(line, 0, len(line))
    assert byline is not None and byline.authors == ()


def test_par_opening_a_sentence_is_no_newsroom_byline() -> None:
    line = "Par la suite, la rédaction a publié un rectificatif"
    assert find_byline(line, 0, len(line)) is None


def test_a_short_link_of_any_shape_in_a_menu_is_the_menus() -> None:
    menu = ["Home", "News", "Sport", "Today's paper", "e-Paper", "Business"]
    headline = "Fire destroys sixty shops at the old textile market overnight"
    text = "\n".join([*menu, headline, "March 3, 2026", "By Jane Doe"]) + "\n" + _TIGHT_BODY
    article = parse_text(text)
    assert article.headline is not None and article.headline.text == headline
    assert _note(article, "front") == "; ".join(menu)


def test_a_headline_without_spaces_under_a_menu_is_no_link() -> None:
    # two "words" split by an ideographic space, but twenty characters: the headline, no menu's link
    headline = "高鐵中秋連假加開52班次\u300010月1日凌晨開放購票"
    text = (
        f"中央通訊社\n首頁\n生活\n社會\n{headline}\n2025/9/24 15:48\n"
        "台灣高鐵公司今天宣布，中秋節連續假期疏運期間將加開52班次列車，總座位數可達約94萬個。\n"
        "高鐵公司表示，今年中秋連假自10月3日至10月6日共4天，預估疏運期間旅運量將達約115萬人次。\n"
        "高鐵公司發言人指出，連假首日南下及最後一天北上的熱門時段座位預料將在短時間內售罄。\n"
    )
    article = parse_text(text)
    assert article.headline is not None and article.headline.text == headline


def test_the_pages_notice_over_the_whole_front_is_no_headline() -> None:
    # furniture of no label's shape, alone over the headline: left out when the front's whole order
    # (headline, standfirst, byline or date line) stands under it
    headline = "Fire destroys sixty shops at the old textile market overnight"
    standfirst = "Traders say goods worth millions were lost in the early hours of Tuesday."
    text = f"Sign up for our daily newsletter\n\n{headline}\n\n{standfirst}\n\nBy Jane Doe\n\n" + _BODY
    article = parse_text(text)
    assert article.headline is not None and article.headline.text == headline
    assert article.summary is not None and article.summary.text == standfirst


def test_the_pages_notice_over_a_headline_and_its_byline_is_not_taken_for_labels() -> None:
    # no standfirst under the headline: the notice alone is no evidence of the page's labels
    headline = "Fire destroys sixty shops at the old textile market overnight"
    text = f"Sign up for our daily newsletter\n\n{headline}\n\nBy Jane Doe\n\n" + _BODY
    article = parse_text(text)
    assert _rule(article, "headline") != "headline-under-front-labels"


# --------------------------------------------------------------------------- the page's title


@pytest.mark.parametrize(
    "title",
    [
        "Fire destroys sixty shops at the old textile market | The Daily Ledger",
        "Fire destroys sixty shops at the old textile market - Ledger Online",
        "Fire destroys sixty shops at the old textile market",
    ],
)
def test_the_pages_title_over_its_navigation_is_no_headline(title: str) -> None:
    headline = "Fire destroys sixty shops at the old textile market"
    # a navigation of no label's shape: only the headline printed again tells where the front starts
    # ("Weather 21°C" was one of them: a weather line is furniture now, left out with the page's buttons)
    nav = ["The Daily Ledger", "e-paper", "Today's paper", "Log in to your account", "Crosswords"]
    text = "\n".join([title, *nav, headline, "March 3, 2026", "By Jane Doe"]) + "\n" + _TIGHT_BODY
    article = parse_text(text)
    assert article.headline is not None and article.headline.text == headline
    assert article.headline.span.start == text.rindex(headline)
    assert _note(article, "front") == "; ".join([title, *nav])
    assert article.byline is not None and article.byline.text == "By Jane Doe"


def test_a_headline_said_again_in_the_story_is_no_title() -> None:
    # the line printed again under the story's first paragraph: the headline stays the first line
    headline = "Fire destroys sixty shops at the old textile market"
    text = (
        f"{headline}\nBy Jane Doe\nMarch 3, 2026\n{_TIGHT_BODY}{headline}\n"
        "Traders met on Wednesday to count their losses and ask the state for help with the rebuilding.\n"
    )
    article = parse_text(text)
    assert article.headline is not None and article.headline.span.start == 0
