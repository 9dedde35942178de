"""The general rules round 16 added to the front matter (headline, summary, byline, authors), on lines
written here, each with the case it must leave alone: an agency signing after any language's by-word
("Af Ritzau", "Av TT")."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.byline import find_byline
from archivist.parse.bylineblock import read_byline_block
from archivist.parse.frontlabels import crumbs_ending_with, release_label
from archivist.parse.furniture import is_button_block, is_furniture
from parse_helpers import BRIDGE_BODY as _BODY
from parse_helpers import BRIDGE_HEADLINE as _HEADLINE
from parse_helpers import BRIDGE_STANDFIRST as _STANDFIRST
from parse_helpers import authors as _authors
from parse_helpers import byline_block_names as _block
from parse_helpers import front as _front

# --------------------------------------------------------------------------- an agency after any by-word


@pytest.mark.parametrize("line", ["Af Ritzau", "Av TT", "Door ANP", "Deur AFP", "AF RITZAU"])
def test_an_agency_after_any_languages_by_word_signs_the_story(line: str) -> None:
    article = parse_text(_front(line, "27. november 2026"))
    assert article.byline is not None and article.byline.text == line
    assert article.authors == ()


def test_the_by_word_opening_a_sentence_is_no_byline() -> None:
    assert find_byline("Af og til regner det", 0, 20) is None
    assert find_byline("Av alla svar kom inget", 0, 22) is None


# --------------------------------------------------------------------------- a name run into her desk title


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Helena Marsh Environment correspondent", "Helena Marsh"),
        ("Mary Ann Doyle Political Correspondent", "Mary Ann Doyle"),
        ("Tom Reed Chief Political Correspondent", "Tom Reed"),
        ("Priya Nair Health reporter", "Priya Nair"),
    ],
)
def test_a_name_run_into_her_desk_title_keeps_the_title_in_the_byline_only(line: str, name: str) -> None:
    article = parse_text(_front(line, "Tue 1 Dec 2026 06.00 GMT"))
    assert article.byline is not None and article.byline.text == line
    assert _authors(article) == [(name, None)]


def test_a_one_word_title_or_a_papers_board_is_left_to_the_other_readers() -> None:
    board = parse_text(_front("By Harbour Times Editorial Board", "Tue 1 Dec 2026 06.00 GMT"))
    assert [person.name for person in board.authors] == ["Harbour Times Editorial Board"]
    assert _block("Jane Doe Correspondent") != ["Jane Doe"]


# --------------------------------------------------------------------------- place and role in brackets


@pytest.mark.parametrize(
    "line",
    [
        "Par Claire Dubois (Gap (Hautes-Alpes), envoyée spéciale)",
        "Par Claire Dubois (Lyon, correspondante)",
        "Por Marta Gil (Cúcuta, enviada especial)",
        "By Jane Doe (Kharkiv, Special Correspondent)",
        "Par Claire Dubois (envoyée spéciale)",
    ],
)
def test_a_place_and_role_in_brackets_after_the_name_are_no_part_of_it(line: str) -> None:
    article = parse_text(_front(line, "Publié le 24 novembre 2026 à 06h00"))
    assert article.byline is not None and article.byline.text == line
    assert len(article.authors) == 1 and article.authors[0].affiliation is None
    assert article.authors[0].name in ("Claire Dubois", "Marta Gil", "Jane Doe")


def test_an_outlet_in_brackets_stays_the_affiliation_and_a_place_alone_no_role() -> None:
    assert _block("Jane Doe (The Harbour Times)") == ["Jane Doe"]
    found = read_byline_block("Jane Doe (The Harbour Times)", 0, 28, bare_ok=True)
    assert found is not None and found.byline.authors[0].affiliation == "The Harbour Times"
    assert _block("Jane Doe (Kyiv, Ukraine)") is None


# --------------------------------------------------------------------------- an institution issuing a release


@pytest.mark.parametrize(
    "line",
    [
        "Secretaría de Salud | 3 de marzo de 2026",
        "Ministry of Transport | 3 March 2026",
        "3 March 2026 · Department of Education",
        "Kementerian Kesehatan | 3 Maret 2026",
    ],
)
def test_the_institution_beside_the_date_issues_the_release_and_signs_no_byline(line: str) -> None:
    article = parse_text(_front(line))
    assert article.byline is None and article.authors == ()
    assert article.published is not None and article.published.date.value == "2026-03-03"
    assert not article.sections[0].paragraphs[0].text.startswith(line[:10])


@pytest.mark.parametrize("name", ["Ministerio de Salud", "Gobierno de Chile", "Prefeitura de Recife"])
def test_an_institutions_name_is_no_persons(name: str) -> None:
    assert _block(name) is None


def test_a_reporter_beside_the_date_is_still_the_byline() -> None:
    article = parse_text(_front("Marta Gil | 3 de marzo de 2026"))
    assert _authors(article) == [("Marta Gil", None)]


# --------------------------------------------------------------------------- reading time as furniture


@pytest.mark.parametrize("line", ["4 mins to read", "12 min to read", "3 minutes to read"])
def test_minutes_to_read_is_furniture_not_the_summary(line: str) -> None:
    article = parse_text(_front("By Jane Doe\n3 March 2026 05:00 AM\n" + line))
    assert article.summary is None
    assert all(line not in p.text for s in article.sections for p in s.paragraphs)
    assert is_furniture(line)


def test_a_sentence_about_reading_is_no_furniture() -> None:
    assert not is_furniture("It takes 4 mins to read the report aloud.")


# --------------------------------------------------------------------------- a meta line of tight bullets


def test_a_meta_line_of_tight_bullets_with_a_relative_day_is_no_summary() -> None:
    article = parse_text(_front("Radio Noord•Binnenland•Vandaag, 09:15•Aangepast vandaag, 11:40"))
    assert article.summary is None and article.byline is None and article.published is None
    assert article.sections[0].paragraphs[0].text.startswith("The council approved")


def test_a_meta_line_of_tight_bullets_gives_its_calendar_date() -> None:
    article = parse_text(_front("City Wire·Politics·3 March 2026, 09:15", _STANDFIRST))
    assert article.published is not None and article.published.date.value == "2026-03-03"
    assert article.summary is not None and article.summary.text == _STANDFIRST


def test_a_sentence_with_a_tight_middle_dot_stays_text() -> None:
    line = "The score was 2·1 at half time and the crowd of 14,000 went home happy at 17:00."
    article = parse_text(_front(line))
    assert any(p.text == line for s in article.sections for p in s.paragraphs) or (
        article.summary is not None and article.summary.text == line
    )


# --------------------------------------------------------------------------- a release's label


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("Pressemitteilung Nr. 112 vom 3. März 2026", "2026-03-03"),
        ("Released: 3 March 2026", "2026-03-03"),
        ("Comunicado de prensa No. 85 | 3 de marzo de 2026", "2026-03-03"),
        ("Persbericht 3 maart 2026", "2026-03-03"),
    ],
)
def test_a_release_label_over_the_headline_is_no_headline_and_gives_the_date(label: str, value: str) -> None:
    article = parse_text(label + "\n\n" + _front(_STANDFIRST))
    assert article.headline is not None and article.headline.text == _HEADLINE
    assert article.published is not None and article.published.date.value == value


def test_a_release_number_under_the_headline_is_no_credit_or_paragraph() -> None:
    article = parse_text(_front("Boletín No. 41/26", "Ministerio de Salud | 3 de marzo de 2026"))
    assert article.image is None
    assert article.published is not None and article.published.date.value == "2026-03-03"
    assert article.sections[0].paragraphs[0].text.startswith("The council approved")


@pytest.mark.parametrize("line", ["Statement", "Released in 2019, the film was a hit", "Bulletin boards"])
def test_a_release_word_without_number_or_date_is_no_label(line: str) -> None:
    assert release_label(line, 0, len(line)) is None


# --------------------------------------------------------------------- a site's one-word name as a label


def test_a_sites_one_word_name_stacked_over_its_section_is_a_label() -> None:
    front = _front("Rina Putri - kotaNews\nJumat, 27 Nov 2026 14:05 WIB")
    article = parse_text("kotaNews\nWarta\n\n" + front)
    assert article.headline is not None and article.headline.text == _HEADLINE
    assert article.summary is None


def test_a_word_in_lower_case_over_the_headline_stays_no_label() -> None:
    article = parse_text("breaking\nnews\n\n" + _front("By Jane Doe"))
    assert article.headline is not None and article.headline.text != _HEADLINE


# ---------------------------------------------------------------- a breadcrumb ending with the headline


@pytest.mark.parametrize("separator", [" / ", " > ", " | "])
def test_a_breadcrumb_ending_with_the_headline_is_a_label(separator: str) -> None:
    crumbs = separator.join(["City News", "Leeds News", _HEADLINE])
    article = parse_text(crumbs + "\n\n" + _front("By Jane Doe", "3 March 2026"))
    assert article.headline is not None and article.headline.text == _HEADLINE
    assert article.summary is None


def test_a_headline_that_only_ends_like_the_next_line_is_kept() -> None:
    article = parse_text("Vote tonight: the bridge over the river\n\nthe bridge over the river\n\n" + _BODY)
    assert article.headline is not None and article.headline.text == "Vote tonight: the bridge over the river"
    assert not crumbs_ending_with("Markets / " + _HEADLINE, "Some other line")


# ------------------------------------------------------------------ the page's buttons under the byline


def test_a_block_of_buttons_under_the_byline_is_no_summary() -> None:
    article = parse_text(_front("By Jane Doe\n3 March 2026", "Share\nAA\nText Size\nFollow us"))
    assert article.summary is None
    assert article.sections[0].paragraphs[0].text.startswith("The council approved")


def test_a_buttons_prompt_and_the_text_size_buttons_are_no_summary() -> None:
    buttons = "Save\nLog in, register or subscribe to save articles for later."
    article = parse_text(_front("By Jane Doe", "3 March 2026", buttons, "Normal text sizeLarger text size"))
    assert article.summary is None
    assert article.sections[0].paragraphs[0].text.startswith("The council approved")


def test_a_standfirst_under_the_byline_stays_the_summary() -> None:
    article = parse_text(_front("By Jane Doe", "3 March 2026", "Share", _STANDFIRST))
    assert article.summary is not None and article.summary.text == _STANDFIRST
    assert not is_button_block(["Share", "The crossing has been closed.", "It will reopen.", "Soon."])


# -------------------------------------------------------------- a picture's credit across a blank line


@pytest.mark.parametrize("credit", ["Kent Fire and Rescue Service", "Getty Images"])
def test_a_credit_across_a_blank_line_from_a_full_byline_is_the_pictures(credit: str) -> None:
    caption = "Crews were called to the home shortly after 02:00 GMT"
    article = parse_text(_front("2 hours ago", "Amy Lowe\nBBC News, Kent", credit + "\n" + caption))
    assert article.byline is not None and article.byline.text == "Amy Lowe\nBBC News, Kent"
    assert _authors(article) == [("Amy Lowe", "BBC News")]
    assert article.summary is None
    assert article.image is not None and article.image.credit is not None
    assert article.image.credit.text == credit
    assert article.image.caption is not None and article.image.caption.text == caption


def test_an_outlet_set_tight_under_a_name_stays_the_byline() -> None:
    article = parse_text(_front("By Amy Lowe\nAssociated Press Writer", "3 March 2026"))
    assert _authors(article) == [("Amy Lowe", "Associated Press")]


def test_an_issuer_over_a_stopped_first_paragraph_is_no_credit() -> None:
    lede = "The ministry said on Monday that the bridge would reopen in May."
    article = parse_text(_front("3 March 2026", "Ministry of Transport\n" + lede))
    assert article.image is None or article.image.caption is None or article.image.caption.text != lede


# ------------------------------------------------------------------------ a second reporter "reported by"


@pytest.mark.parametrize(
    ("second", "name"),
    [
        ("La información es de Camila Soto", "Camila Soto"),
        ("Reporting by Omar Haddad", "Omar Haddad"),
        ("Com informações de Luiza Prado", "Luiza Prado"),
    ],
)
def test_a_reporter_named_tight_under_the_byline_is_an_author_too(second: str, name: str) -> None:
    article = parse_text(_front("Por Diego Rojas Vidal\n" + second, "3 de marzo de 2026"))
    assert article.byline is not None and article.byline.text == "Por Diego Rojas Vidal\n" + second
    assert [person.name for person in article.authors] == ["Diego Rojas Vidal", name]
    assert article.summary is None


def test_reported_by_an_agency_names_no_second_author() -> None:
    article = parse_text(_front("Por Diego Rojas Vidal\nCon información de AFP", "3 de marzo de 2026"))
    assert [person.name for person in article.authors] == ["Diego Rojas Vidal"]


# ------------------------------------------------------------------------ a standfirst over the lead image


_LEDE = "HA NOI - The new line opened on Friday morning, two months ahead of schedule."
_CAPTION = "Trains at the new depot in the east of the city. Photo: Minh Tran"


def test_a_paragraph_opening_with_its_place_over_the_lead_image_is_the_standfirst() -> None:
    article = parse_text(_front(_LEDE, _CAPTION))
    assert article.summary is not None and article.summary.text == _LEDE
    assert article.dateline is None
    assert article.image is not None and article.image.credit is not None
    assert article.sections[0].paragraphs[0].text.startswith("The council approved")


def test_a_wire_dateline_over_a_picture_or_a_dateline_without_one_stays_the_dateline() -> None:
    wire = "HANOI (Reuters) - The new line opened on Friday morning, two months ahead of schedule."
    article = parse_text(_front(wire, _CAPTION))
    assert article.dateline is not None and article.summary is None
    article = parse_text(_front(_LEDE))
    assert article.dateline is not None and article.summary is None


@pytest.mark.parametrize(
    "line",
    [
        "Lesezeit: 3 Minuten",
        "3 minuters läsning",
        "Czas czytania: 4 min",
        "4 dk okuma süresi",
        "Tempo de leitura: 3 min",
        "Article réservé aux abonnés",
        "Exclusivo para suscriptores",
    ],
)
def test_reading_times_and_subscriber_badges_in_other_languages_are_furniture(line: str) -> None:
    assert is_furniture(line)
    article = parse_text(_front("By Jane Doe", "3 March 2026", line))
    assert article.summary is None
    assert article.sections[0].paragraphs[0].text.startswith("The council approved")


@pytest.mark.parametrize("line", ["Die Lesezeit beträgt 3 Minuten.", "Abonnés", "Plus"])
def test_sentences_and_single_words_are_no_reading_time_or_badge(line: str) -> None:
    assert not is_furniture(line)


# ------------------------------------------------------------------------ a site's name over the date line


def test_a_sites_one_word_name_over_the_date_line_signs_the_story() -> None:
    article = parse_text(_front("Minexia", "Published: Friday, March 3, 2026"))
    assert article.byline is not None and article.byline.text == "Minexia"
    assert article.authors == ()
    assert article.published is not None and article.published.date.value == "2026-03-03"


@pytest.mark.parametrize("word", ["Leeds", "Council"])
def test_a_word_the_story_names_again_signs_nothing(word: str) -> None:
    body = _BODY + "\nThe council in Leeds will meet again in May.\n"
    article = parse_text(_front(word, "Published: Friday, March 3, 2026", body=body))
    assert article.byline is None or article.byline.text != word


# ------------------------------------------------------------------------ labels set tight over the headline


@pytest.mark.parametrize(
    "labels",
    [
        ["Startseite", "Inland", "Verkehr"],
        ["Accueil", "Régions"],
        ["Kotimaa"],  # one label, the date line set tight under the headline
    ],
)
def test_labels_set_tight_over_the_headline_of_a_page_copied_whole(labels: list[str]) -> None:
    front = "\n".join([*labels, _HEADLINE, "Stand: 05.06.2026 16:48 Uhr"])
    article = parse_text(front + "\n\n" + _BODY)
    assert article.headline is not None and article.headline.text == _HEADLINE


def test_a_short_headline_over_its_deck_set_tight_stays_the_headline() -> None:
    deck = "Voters will decide the plan for the new ground in May"
    article = parse_text("City Backs Stadium\n" + deck + "\nBy Jane Doe\n\n" + _BODY)
    assert article.headline is not None and article.headline.text == "City Backs Stadium"


@pytest.mark.parametrize("label", ["Politica", "Israel News", "Nation"])
def test_a_capitalised_label_over_a_headline_and_its_standfirst_all_set_tight(label: str) -> None:
    article = parse_text("\n".join([label, _HEADLINE, _STANDFIRST, "By JANE DOE WEI MIN"]) + "\n\n" + _BODY)
    assert article.headline is not None and article.headline.text == _HEADLINE


def test_a_label_in_lower_case_over_a_tight_line_stays_the_headline() -> None:
    article = parse_text("Storm warning\nHeavy rain is expected across the north this weekend\n\n" + _BODY)
    assert article.headline is not None and article.headline.text == "Storm warning"


def test_a_caption_under_a_badge_is_no_buttons_prompt_and_a_copied_link_is_a_button() -> None:
    caption = "A beach at Ostia in the spring (Ansa)"
    article = parse_text(_front("di Anna Neri", "17 aprile 2026", "NEW\n" + caption))
    assert article.image is not None and article.image.caption is not None
    assert is_furniture("Lien copié") and is_furniture("Link copied")
