"""The general rules round 15 added to the front's metadata (byline, authors, date, dateline), on lines
written here, each with the case it must leave alone: every language's word for "and" between names, a
by-word read only in its own language (Swahili "Na"), newsrooms by language, names each over a title, a
title with its outlet after middle dots, a footnote's star and a place after a labelled byline, a site's
one-word name, a town after "By Name,", a desk before "/ By", a bare name over or under a date line giving
no calendar date, a title with a handle, "Outlet, Place" under a name, a name under the lead image, a
media release's label with a minister's style, a paper's name before "Given SURNAME."; date lines with "@"
and Italian's "modifica il"; datelines with the date after the place and no comma, a dash set tight after
a place in capitals, and a place line of its own over the first paragraph."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.bylineblock import is_title, read_byline_block
from archivist.parse.dateblock import read_date_block
from archivist.parse.dateline import find_dateline
from archivist.parse.language import detect_language
from parse_helpers import BRIDGE_BODY as _BODY
from parse_helpers import BRIDGE_STANDFIRST as _STANDFIRST
from parse_helpers import authors as _authors
from parse_helpers import byline_block_names as _block
from parse_helpers import front as _front

# --------------------------------------------------------------------------- the byline's words by language


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Af Jens Lund og Karen Vestergaard", ["Jens Lund", "Karen Vestergaard"]),  # Danish
        ("Av Anna Berg och Eva Lind", ["Anna Berg", "Eva Lind"]),  # Swedish
        ("Oleh Rina Putri dan Budi Santoso", ["Rina Putri", "Budi Santoso"]),  # Indonesian
    ],
)
def test_every_languages_and_joins_two_names(line: str, names: list[str]) -> None:
    assert _block(line) == names


def test_a_line_that_is_no_names_stays_no_byline_with_its_and() -> None:
    assert _block("Af og til regner det") is None


_SWAHILI_BODY = (
    "Wafanyabiashara wa soko kuu walisema kuwa bei ya unga imepanda kwa wiki tatu mfululizo mjini.\n\n"
    "Mkuu wa wilaya alisema serikali itafuatilia hali hiyo na kutoa taarifa kwa wananchi wiki ijayo.\n\n"
    "Hata hivyo, wakulima wa kijiji hicho walisema mvua za msimu zimechelewa kuliko ilivyotarajiwa.\n"
)


def test_swahilis_by_word_na_opens_a_byline_in_a_swahili_article() -> None:
    assert detect_language(_SWAHILI_BODY) == "sw"
    article = parse_text(_front("Na Amina Mrisho", "Jumanne, Novemba 24, 2026", body=_SWAHILI_BODY))
    assert _authors(article) == [("Amina Mrisho", None)]
    assert article.byline is not None and article.byline.text == "Na Amina Mrisho"


def test_na_opening_a_name_elsewhere_is_part_of_it() -> None:
    article = parse_text(_front("Na Young Kim", "March 3, 2026"))
    assert _authors(article) == [("Na Young Kim", None)]


@pytest.mark.parametrize("newsroom", ["Haber Merkezi", "Redakcja", "Tim Redaksi"])
def test_a_newsroom_in_its_language_names_no_one(newsroom: str) -> None:
    found = read_byline_block(newsroom, 0, len(newsroom), bare_ok=True)
    assert found is not None and found.byline.authors == ()


def test_a_persons_name_is_still_a_person() -> None:
    assert _block("Ayşe Demir") == ["Ayşe Demir"]


# --------------------------------------------------------------------------- names, titles and what follows


def test_names_each_over_a_title_set_one_under_another_are_one_byline() -> None:
    article = parse_text(
        _front(
            _STANDFIRST,
            "Kari Nordmann\nJournalist\nOla Hansen\nJournalist",
            "Publisert 3. mars 2026 kl. 08:15",
        )
    )
    assert [name for name, _ in _authors(article)] == ["Kari Nordmann", "Ola Hansen"]
    assert (
        article.byline is not None
        and article.byline.text == "Kari Nordmann\nJournalist\nOla Hansen\nJournalist"
    )
    assert article.published is not None and article.published.date.value == "2026-03-03"


def test_names_over_lines_that_are_no_titles_are_no_byline() -> None:
    block = "Kari Nordmann\nJournalist\nOla Hansen\nSaid the mayor"
    assert read_byline_block(block, 0, len(block), bare_ok=True) is None


def test_a_title_and_outlet_closed_by_middle_dots_under_the_name() -> None:
    block = "Ana Lee\nHealth Reporter·The Courier·"
    assert _block(block) == ["Ana Lee"]
    assert is_title("Health Reporter·The Courier·")
    assert not is_title("The Courier·Harbour Street·")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Por Ana Souza e Bruno Lima* — Belo Horizonte", ["Ana Souza", "Bruno Lima"]),  # a footnote's star
        ("Rina Putri - beritaNews", ["Rina Putri"]),  # the site's name, one word with a capital inside
        ("By Jane Doe, Pune", ["Jane Doe"]),  # her town
        ("City Desk / By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),  # the desk before the slash
    ],
)
def test_a_byline_with_what_follows_or_precedes_its_names(line: str, names: list[str]) -> None:
    assert _block(line) == names


@pytest.mark.parametrize("line", ["Jane Doe - Smith", "Sport / Rugby Union", "Rina Putri - Smith Jones"])
def test_a_name_and_a_word_after_a_dash_or_slash_without_a_label_is_no_byline(line: str) -> None:
    assert _block(line) is None


def test_an_agency_after_by_name_comma_is_still_her_employer() -> None:
    found = read_byline_block("By Jane Doe, Reuters", 0, 20, bare_ok=True)
    assert found is not None and [(p.name, p.affiliation) for p in found.byline.authors] == [
        ("Jane Doe", "Reuters")
    ]


def test_an_outlet_and_a_place_under_the_name() -> None:
    block = "Jane Doe\nHarbour News, Leeds"
    found = read_byline_block(block, 0, len(block), bare_ok=True)
    assert found is not None and [(p.name, p.affiliation) for p in found.byline.authors] == [
        ("Jane Doe", "Harbour News")
    ]
    assert _block("Jane Doe\nLeeds, Bradford") is None  # two places: no outlet


# --------------------------------------------------------------------------- a bare name by its position


def test_a_bare_name_over_a_date_line_without_a_calendar_date() -> None:
    article = parse_text(_front(_STANDFIRST, "Aoife Nolan", "Yesterday at 18:45"))
    assert _authors(article) == [("Aoife Nolan", None)]


def test_a_bare_name_under_a_date_line_without_a_calendar_date() -> None:
    article = parse_text(_front("3 hours ago", "Share", "Harriet Vale\nHarbour News, Leeds"))
    assert _authors(article) == [("Harriet Vale", "Harbour News")]


def test_a_name_with_a_title_and_handle_between_standfirst_and_date() -> None:
    article = parse_text(
        _front(_STANDFIRST, "Ruth Vale\nNews reporter @ruthvale", "Thursday 3 December 2026 13:15")
    )
    assert _authors(article) == [("Ruth Vale", None)]
    assert article.byline is not None and article.byline.text == "Ruth Vale\nNews reporter @ruthvale"


def test_a_heading_line_over_the_story_is_no_byline() -> None:
    article = parse_text(_front(_STANDFIRST, "Road Closures Ahead"))
    assert article.authors == ()


def test_a_name_under_the_lead_image_over_the_first_paragraph() -> None:
    article = parse_text(
        _front(
            "March 3, 2026",
            _STANDFIRST + ".",
            "Workers inspect the damaged pier on Monday.\nPhoto: Harbour Agency/Tom Hale",
            "Jane Doe",
        )
    )
    assert _authors(article) == [("Jane Doe", None)]
    assert len(article.paragraphs) == 3


def test_no_name_under_the_lead_image_leaves_the_byline_empty() -> None:
    article = parse_text(
        _front(
            "March 3, 2026",
            _STANDFIRST + ".",
            "Workers inspect the damaged pier on Monday.\nPhoto: Harbour Agency/Tom Hale",
        )
    )
    assert article.authors == ()
    assert len(article.paragraphs) == 3


def test_a_caption_naming_its_source_is_no_organisation_of_the_writer() -> None:
    article = parse_text(_front("March 3, 2026\nby Marit Holm", "Illustration only; Source: Harbour Energy"))
    assert article.byline is not None and article.byline.text == "by Marit Holm"


# --------------------------------------------------------------------------- a release's and a paper's styles


def test_a_media_releases_label_and_a_ministers_style() -> None:
    line = "Released by: The Hon. Jane Doe MP, Minister for Water"
    assert _block(line) == ["Jane Doe"]
    assert is_title("Minister for Water")
    assert not is_title("Minister")  # an office names what it is for


def test_a_papers_name_before_given_name_and_surname_in_capitals() -> None:
    found = read_byline_block("Courrier-Picard Jeanne DUPONT.", 0, 30, bare_ok=True)
    assert found is not None
    assert [(p.name, p.affiliation) for p in found.byline.authors] == [("Jeanne DUPONT", "Courrier-Picard")]
    assert _block("Jean Pierre DUPONT.") == ["Jean Pierre DUPONT."]  # a given name is no paper's


def test_a_one_letter_line_over_a_badge_is_no_caption() -> None:
    article = parse_text(_front("By Jane Doe", "March 3, 2026", "i\nNEW"))
    assert article.image is None


# --------------------------------------------------------------------------- date lines


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("March 3, 2026 @ 4:15pm", "2026-03-03"),
        ("3 marzo 2026 (modifica il 4 marzo 2026 | 09:10)", "2026-03-03"),
    ],
)
def test_date_lines_with_an_at_sign_or_an_italian_update(line: str, value: str) -> None:
    found = read_date_block(line, 0, len(line))
    assert found is not None and found.dates[0].date.value == value


def test_a_handle_is_no_date_line() -> None:
    line = "Follow @harbournews for updates"
    assert read_date_block(line, 0, len(line)) is None


# --------------------------------------------------------------------------- datelines


def test_a_date_after_the_place_with_no_comma() -> None:
    paragraph = "Ostrava 3. března (ČTK) - Radnice dnes schválila rozpočet na příští rok, řekl mluvčí města."
    found = find_dateline(paragraph, 0, len(paragraph))
    assert found is not None and found.place is not None and found.place.text == "Ostrava"
    assert found.date is not None and found.date.value == "XXXX-03-03"


def test_a_sentence_with_a_date_inside_is_no_dateline() -> None:
    paragraph = "Jan Novák 3. března odstoupil - řekl dnes mluvčí strany novinářům v Praze."
    assert find_dateline(paragraph, 0, len(paragraph)) is None


def test_a_dash_set_tight_after_a_place_in_capitals() -> None:
    paragraph = "SANTA CLARA.–Los trabajos de reparación del puente comenzarán en la primavera, informaron."
    found = find_dateline(paragraph, 0, len(paragraph))
    assert found is not None and found.place is not None and found.place.text == "SANTA CLARA"


def test_an_abbreviation_before_a_tight_hyphen_is_no_dateline() -> None:
    paragraph = "U.S.-China trade talks resumed on Monday in Geneva, officials said after the meeting."
    assert find_dateline(paragraph, 0, len(paragraph)) is None


_APIA_BODY = (
    "The ferry between Upolu and Savai'i will run once a day until the new engine arrives, Apia's port "
    "authority said.\n\n" + _BODY
)


def test_a_place_line_of_its_own_over_the_first_paragraph() -> None:
    caption = "The ferry at the wharf in Apia this week. Photo: Harbour Agency"
    article = parse_text(_front("March 3, 2026", caption, "Apia, Samoa", body=_APIA_BODY))
    assert article.dateline is not None and article.dateline.text == "Apia, Samoa"
    assert len(article.paragraphs) == 4


def test_a_label_line_in_mixed_case_over_the_first_paragraph_is_no_dateline() -> None:
    caption = "The ferry at the wharf in Apia this week. Photo: Harbour Agency"
    article = parse_text(_front("March 3, 2026", caption, "Ferries", body=_APIA_BODY))
    assert article.dateline is None
