"""The general rules round 19 added to the sign-off, the standfirst and the lead image's caption and credit,
on articles written here in several house styles and languages, each with the case it must leave alone: an
agency's or a site's end mark run on after the last sentence (``Enditem``, ``/IANS``, ``– Rappler.com``) or
set alone under it, also above a related box with the page's copyright under it; the byline's author named
again under the story with her post in brackets; a desk tag (``Editor: huaxia``) or a relative-time notice
(``Article was updated 4 hrs ago``) in the front is no standfirst, nor is a keyword run into it
(``Lerarentekort Vijf basisscholen …``); a photographer working for a paper in the paper's language (``NAME
POUR « LE JOURNAL »``, ``für``, ``para``, ``per``); a line over a labelled picture credit with the labelled
standfirst box under it is the caption; a ``F/ Name`` line in the sign-off credits the story's pictures; the
agencies credited under the story in India's and Asia's words (``With inputs from PTI``, ``(Xinhua)``); a
Korean caption closed by its credit after a slash or ``사진=``."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.credit import read_caption_block
from archivist.parse.creditwords import for_publication
from parse_helpers import BRIDGE_BODY, front, rule

_EMPTY: tuple[None, None] = (None, None)


def _image(article: object) -> tuple[str | None, str | None]:
    image = article.image  # type: ignore[attr-defined]
    if image is None:
        return _EMPTY
    return (
        image.caption.text if image.caption else None,
        image.credit.text if image.credit else None,
    )


def _closed(last: str, *under: str) -> str:
    """The bridge story by Ann Lee, its last paragraph ``last``, then the blocks ``under`` it."""
    body = BRIDGE_BODY + "\n" + last + "\n" + "".join("\n" + block + "\n" for block in under)
    return front("By Ann Lee", "March 3, 2026", body=body)


# --------------------------------------------------------------------------- end marks run on or alone

_LAST = "The survey results will be shared with research institutions abroad, the academy said."


@pytest.mark.parametrize(
    "mark",
    [
        "Enditem",  # Xinhua
        "Enditem/ASG",  # with the desk's initials
        "/IANS",  # an Indian agency's name after a slash
        "– Rappler.com",  # a site's name as its address after a dash
        "— Inquirer.net",
        "- Example.com.ph",
    ],
)
def test_end_mark_run_on_after_the_last_sentence_is_the_signoff(mark: str) -> None:
    article = parse_text(_closed(_LAST + " " + mark))
    assert article.signoff is not None and article.signoff.text == mark
    assert article.paragraphs[-1].text == _LAST
    assert len(article.paragraphs) == 4


@pytest.mark.parametrize("mark", ["– Rappler.com", "— Inquirer.net", "/IANS"])
def test_end_mark_alone_under_the_story_is_the_signoff(mark: str) -> None:
    article = parse_text(_closed(_LAST, mark))
    assert article.signoff is not None and article.signoff.text == mark
    assert article.paragraphs[-1].text == _LAST


def test_end_mark_in_spanish_story_is_the_signoff() -> None:
    last = "Los agricultores volverán a reunirse con el ministerio la próxima semana, según el gremio."
    article = parse_text(_closed(last + " – Rappler.com"))
    assert article.signoff is not None and article.signoff.text == "– Rappler.com"
    assert article.paragraphs[-1].text == last


@pytest.mark.parametrize(
    "last",
    [
        "He met Smith. — John Smith",  # a name after a dash: the paragraph's own words
        "The figures come from the council. — Jane Doe, Harbour Council",
        "The shop, which trades as Example.com, opened its doors in May.",
        "Prices rose by a fifth this year. Readers can compare them at Example.com",
        "The mayor ended the meeting early. The end came at noon.",
    ],
)
def test_a_last_paragraph_ending_like_a_mark_stays_the_story(last: str) -> None:
    article = parse_text(_closed(last))
    assert article.signoff is None
    assert article.paragraphs[-1].text == last


def test_end_mark_above_a_related_box_is_the_signoff_not_the_copyright_below() -> None:
    article = parse_text(
        _closed(
            _LAST + " Enditem",
            "Related:",
            "Wildlife numbers rise in the high plateau's reserves",
            "National park sees its rivers run clearer",
            "Copyright © 2000-2025 Example News. All rights reserved.",
        )
    )
    assert article.signoff is not None and article.signoff.text == "Enditem"
    assert rule(article, "signoff") == "signoff-ending-story-above-box"
    assert article.paragraphs[-1].text == _LAST
    assert len(article.related) == 1


def test_copyright_under_a_related_box_is_the_pages_without_an_end_mark() -> None:
    # the copyright closing the page under its related box is the page's furniture, not the
    # story's sign-off; it was read as the sign-off before
    article = parse_text(
        _closed(
            _LAST,
            "Related:",
            "Wildlife numbers rise in the high plateau's reserves",
            "National park sees its rivers run clearer",
            "Copyright © 2000-2025 Example News. All rights reserved.",
        )
    )
    assert article.signoff is None
    assert article.paragraphs[-1].text == _LAST
    assert len(article.related) == 1


# ------------------------------------------------------------------ the author's name and post in brackets


@pytest.mark.parametrize(
    ("byline", "foot"),
    [
        ("Par Claire Vasseur (Grenoble, correspondante)", "Claire Vasseur (Grenoble, correspondante)"),
        ("Par Claire Vasseur", "Claire Vasseur (à Grenoble)"),
        ("By Tom Hale", "Tom Hale (in Brussels)"),
        ("Von Jana Hoffer", "Jana Hoffer (Hamburg)"),
        ("Por Lucía Navarro", "Lucía Navarro (enviada especial a Lima)"),
    ],
)
def test_author_named_again_with_post_in_brackets_is_the_signoff(byline: str, foot: str) -> None:
    article = parse_text(front(byline, "March 3, 2026", body=BRIDGE_BODY + "\n" + foot + "\n"))
    assert article.signoff is not None and article.signoff.text == foot
    assert len(article.paragraphs) == 3


@pytest.mark.parametrize(
    "foot",
    [
        "Tom Hale",  # the name alone: an author box's first line or the byline printed again
        "Tom Hale (left) met the mayor on the bridge on Friday to see the damage.",  # a sentence
        "John Roe (in Brussels)",  # not the byline's author
        "Tom Hale (in Brussels). He has covered the council since 2019 and lives in town.",
    ],
)
def test_name_and_bracket_that_is_no_post_line_is_no_signoff(foot: str) -> None:
    article = parse_text(front("By Tom Hale", "March 3, 2026", body=BRIDGE_BODY + "\n" + foot + "\n"))
    assert article.signoff is None


# --------------------------------------------------------------------- page notices are no standfirst

_DATELINE_PARAGRAPH = (
    "HARBOURTON — The council approved the plan on Tuesday after a two-hour debate in the chamber.\n\n"
    "Work is due to start in the spring and will take about a year to finish, officials said.\n\n"
    "The old crossing will stay open to walkers until the new one is ready next winter.\n"
)


@pytest.mark.parametrize(
    "notice",
    [
        "Editor: huaxia",  # a state agency's web editor
        "Source: Xinhua",
        "Fuente: EFE",
        "Redaktion: jd",
        "Article was updated 4 hrs ago",
        "Updated 2 hours ago",
        "Mis à jour il y a 3 heures",
        "Actualizado hace 5 minutos",
        "Aggiornato 10 minuti fa",
    ],
)
def test_page_notice_over_the_dateline_paragraph_is_no_summary(notice: str) -> None:
    article = parse_text(front("By Ann Lee", "March 3, 2026", notice, body=_DATELINE_PARAGRAPH))
    assert article.summary is None
    assert article.paragraphs[0].text.startswith("HARBOURTON — ")
    assert len(article.paragraphs) == 3


@pytest.mark.parametrize(
    "deck",
    [
        "Prices have risen every month since March 2024",  # a calendar date closing a deck
        "Les loyers augmentent chaque mois depuis mars 2024",
        "Editors say the new rules will cut costs for readers across the region",  # "Editor" as a word
        "Work started two hours ago and will run into the night, the council says",
    ],
)
def test_deck_over_the_dateline_paragraph_stays_the_summary(deck: str) -> None:
    article = parse_text(front("By Ann Lee", "March 3, 2026", deck, body=_DATELINE_PARAGRAPH))
    assert article.summary is not None and article.summary.text == deck


# ------------------------------------------------------------------ a keyword run into the standfirst


@pytest.mark.parametrize(
    ("deck", "kicker", "body"),
    [
        (
            "Lerarentekort Vijf basisscholen in Utrecht sturen leerlingen op vrijdag om twaalf uur weg.",
            "Lerarentekort",
            "De vijf scholen hebben samen elf vacatures, zegt het bestuur van de stichting in Utrecht.\n\n"
            "Het lerarentekort treft vooral scholen in de grote steden, blijkt uit cijfers van het rijk.\n\n"
            "Ouders reageren verdeeld op het plan, dat na de meivakantie ingaat en een jaar zal duren.\n",
        ),
        (
            "Sécheresse Les agriculteurs de la Beauce demandent des dérogations pour irriguer leurs champs.",
            "Sécheresse",
            "Les préfets ont pris des arrêtés de restriction dans quatre départements cette semaine.\n\n"
            "La sécheresse touche la région depuis le mois de mars, selon les services de l'État.\n\n"
            "Les syndicats agricoles doivent être reçus au ministère lundi prochain à Paris.\n",
        ),
        (
            "Vivienda Los alquileres suben un 11 % en un año en las capitales de provincia.",
            "Vivienda",
            "Los datos del portal muestran que los alquileres subieron en todas las capitales.\n\n"
            "El acceso a la vivienda es la primera preocupación de los jóvenes, según la encuesta.\n\n"
            "El Gobierno prepara una ley que limitará las subidas en las zonas tensionadas del país.\n",
        ),
    ],
)
def test_keyword_run_into_the_standfirst_is_left_out_of_it(deck: str, kicker: str, body: str) -> None:
    article = parse_text(front(deck, "Eva Dijkgraaf", "12 maart 2025", body=body))
    assert article.summary is not None and article.summary.text == deck.removeprefix(kicker + " ")
    assert rule(article, "front") == "front-run-in-kicker-left-out"


@pytest.mark.parametrize(
    ("deck", "body"),
    [
        (
            # a title before a name the story never writes in lower case
            "Premier Schoof wil de regels voor scholen in de grote steden nog dit jaar aanpassen.",
            "De premier zei dat tijdens een bezoek aan een school in Utrecht, waar hij met leraren sprak.\n\n"
            "Volgens Schoof is het tekort aan leraren het grootste probleem van het onderwijs.\n\n"
            "De oppositie noemt het plan te laat en te klein voor de scholen die nu al lessen schrappen.\n",
        ),
        (
            # a name made of common words, said again below
            "Home Office figures show the number of visas granted to care workers fell by a third this year.",
            "The Home Office said the fall reflected new rules on dependants introduced in the spring.\n\n"
            "Care homes at home and abroad said the office had given them too little notice of the rules.\n\n"
            "Unions want the government to review the rules before the winter, when demand is highest.\n",
        ),
        (
            # a language that capitalises its nouns: capitals all through the standfirst
            "Neue Regeln gelten ab Montag für alle Mieter in der Stadt und im Umland.",
            "Die neue Verordnung soll die Mieten in der Stadt begrenzen, sagte die Senatorin am Freitag.\n\n"
            "Vermieter wollen die Regeln vor Gericht prüfen lassen, wie ihr Verband mitteilte.\n\n"
            "Mieter können sich bei den Beratungsstellen der Bezirke über die neuen Regeln informieren.\n",
        ),
        (
            # an ordinary standfirst: its first word opens the sentence
            "Vijf basisscholen in Utrecht sturen leerlingen op vrijdag om twaalf uur naar huis.",
            "De vijf scholen hebben samen elf vacatures, zegt het bestuur van de stichting in Utrecht.\n\n"
            "Het lerarentekort treft vooral scholen in de grote steden, blijkt uit cijfers van het rijk.\n\n"
            "Ouders reageren verdeeld op het plan, dat na de meivakantie ingaat en een jaar zal duren.\n",
        ),
    ],
)
def test_standfirst_opening_with_two_capitalised_words_keeps_them(deck: str, body: str) -> None:
    article = parse_text(front(deck, "Eva Dijkgraaf", "12 maart 2025", body=body))
    assert article.summary is not None and article.summary.text == deck


# ------------------------------------------------------- a photographer working for a paper, in its language


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "Le chantier du bassin, près de Chamrousse, le 6 février 2025. ÉLODIE MARCHAND POUR « LE MONDE »",
            "Le chantier du bassin, près de Chamrousse, le 6 février 2025.",
            "ÉLODIE MARCHAND POUR « LE MONDE »",
        ),
        (
            "Die Baustelle am Nordanleger ruht seit dem Winter. Jana Hoffer für die SZ",
            "Die Baustelle am Nordanleger ruht seit dem Winter.",
            "Jana Hoffer für die SZ",
        ),
        (
            "Vecinos hacen fila ante el centro de salud, el lunes. Juan Pérez para EL PAÍS",
            "Vecinos hacen fila ante el centro de salud, el lunes.",
            "Juan Pérez para EL PAÍS",
        ),
        (
            "I lavori sulla spiaggia di Rimini, il 3 marzo 2025. Anna Rossi per «la Repubblica»",
            "I lavori sulla spiaggia di Rimini, il 3 marzo 2025.",
            "Anna Rossi per «la Repubblica»",
        ),
    ],
)
def test_photographer_for_a_paper_in_its_language_is_the_credit(line: str, caption: str, credit: str) -> None:
    article = parse_text(front("By Ann Lee", "March 3, 2026", line))
    assert _image(article) == (caption, credit)
    assert len(article.paragraphs) == 3


@pytest.mark.parametrize(
    "segment",
    [
        "Niños esperan para la vacuna",  # a caption's words: no name before "para"
        "Vecinos Esperan Para La Vacuna",  # title case: the paper is neither quoted nor in capitals
        "Marta Ruiz para el diario",
        "Die Kinder warten für die Impfung",
    ],
)
def test_words_for_for_without_a_paper_are_no_credit(segment: str) -> None:
    assert not for_publication(segment)


def test_caption_with_para_keeps_its_words_and_its_own_credit() -> None:
    article = parse_text(
        front("Por Lucía Navarro", "3 de marzo de 2026", "Niños esperan para la vacuna. Foto: Ana Ruiz")
    )
    assert _image(article) == ("Niños esperan para la vacuna.", "Ana Ruiz")


# ------------------------------------------------------- a caption over its labelled credit, a box below

_POINTS = (
    "Farmers delivering to 18 factories will receive between Sh20 and Sh25 a kilo.\n"
    "The payout follows better prices at the weekly auction."
)


@pytest.mark.parametrize(
    ("caption", "credit_line", "credit", "label"),
    [
        (
            "Tea farmers picking leaves at a farm in Kericho County.",
            "Photo credit: File | Nation Media Group",
            "Nation Media Group",
            "What you need to know:",
        ),
        ("Workers on the bridge's north pier in March.", "Photo: Jane Doe", "Jane Doe", "Key Points"),
        ("Arbeiter am Nordpfeiler der Brücke im März.", "Foto: Peter Lindt", "Peter Lindt", "Key Points"),
    ],
)
def test_line_over_labelled_credit_with_a_standfirst_box_under_is_the_caption(
    caption: str, credit_line: str, credit: str, label: str
) -> None:
    article = parse_text(front("By Ann Lee", "March 3, 2026", caption, credit_line, label + "\n" + _POINTS))
    assert _image(article) == (caption, credit)
    assert rule(article, "image") == "caption-over-labelled-credit-line"
    assert article.summary is not None and article.summary.text == _POINTS
    assert len(article.paragraphs) == 3


@pytest.mark.parametrize(
    ("line", "credit_line", "credit"),
    [
        (
            "Plan ahead! This recipe needs at least a four-hour chill in the fridge.",
            "Photo: Carson Doe",
            "Carson Doe",
        ),
        ("The island's beach culture is a picture of its society", "Image: Billy Roe", "Billy Roe"),
    ],
)
def test_line_over_labelled_credit_without_a_box_stays_the_summary(
    line: str, credit_line: str, credit: str
) -> None:
    article = parse_text(front("By Ann Lee", "March 3, 2026", line, credit_line))
    assert article.summary is not None and article.summary.text == line
    assert _image(article) == (None, credit)


# -------------------------------------------------------------------------- photos credited in the sign-off


@pytest.mark.parametrize(
    ("signoff", "credit"),
    [
        ("T/ Yusmary Roe\nF/ Prensa MPPE", "Prensa MPPE"),
        ("T/ Ana Ruiz\nF/ Cortesía Alcaldía", "Cortesía Alcaldía"),
    ],
)
def test_photos_line_in_the_signoff_credits_the_story_pictures(signoff: str, credit: str) -> None:
    article = parse_text(_closed(_LAST, signoff))
    assert article.signoff is not None and article.signoff.text == signoff
    assert _image(article) == (None, credit)
    assert rule(article, "image") == "credit-in-signoff-photos-line"


def test_photos_line_in_the_signoff_leaves_a_captioned_image_alone() -> None:
    text = front(
        "By Ann Lee",
        "March 3, 2026",
        "The bridge's north pier in March. (Photo: Jane Doe)",
        body=BRIDGE_BODY + "\n" + _LAST + "\n\nT/ Ana Ruiz\nF/ Prensa MPPE\n",
    )
    article = parse_text(text)
    assert _image(article) == ("The bridge's north pier in March.", "Jane Doe")
    assert article.signoff is not None and article.signoff.text == "T/ Ana Ruiz\nF/ Prensa MPPE"


def test_text_line_alone_in_the_signoff_credits_no_picture() -> None:
    article = parse_text(_closed(_LAST, "T/ Yusmary Roe"))
    assert article.image is None


# ---------------------------------------------------------------- the agencies credited under the story


@pytest.mark.parametrize(
    "closing",
    [
        "(With inputs from PTI)",  # India's papers
        "With inputs from agencies",
        "— With agency inputs",
        "(Xinhua)",  # a listed agency in brackets alone
        "(Reuters)",
        "— CNA/ng",  # the agency after a dash, the editor's initials after a slash
        "(This story has not been edited by Example TV staff and is auto-generated from a syndicated feed.)",
        "Published by Example Digital Content Services with permission from The Harbour Times.",
    ],
)
def test_agency_credit_alone_under_the_story_is_the_signoff(closing: str) -> None:
    article = parse_text(_closed(_LAST, closing))
    assert article.signoff is not None and article.signoff.text == closing
    assert article.paragraphs[-1].text == _LAST


@pytest.mark.parametrize("mark", ["—IANS", "- PTI", "--Reuters", "(Xinhua)", "— dpa"])
def test_agency_run_on_after_the_last_sentence_is_the_signoff(mark: str) -> None:
    article = parse_text(_closed(_LAST + " " + mark))
    assert article.signoff is not None and article.signoff.text == mark
    assert article.paragraphs[-1].text == _LAST


@pytest.mark.parametrize(
    "last",
    [
        "With inputs from farmers, the plan was rewritten twice before the council voted on it.",
        "Published by the council with permission from the court, the report runs to 300 pages.",
        "Published by the council with permission from the court in 2020 after a long fight.",
        "The figures were first reported by the agency (Reuters) on Monday.",
        "The shares rose 5 percent on the news. — Jane Roe",
    ],
)
def test_sentences_naming_agencies_or_inputs_stay_the_story(last: str) -> None:
    article = parse_text(_closed(last))
    assert article.signoff is None
    assert article.paragraphs[-1].text == last


# ------------------------------------------------------------------ a Korean caption and its credit

_KOREAN_BODY = (
    "서울 노원구의 한 15층 아파트에 사는 김모씨는 지난달부터 하루 한 번만 외출한다.\n\n"
    "준공 20~30년이 지난 아파트 단지를 중심으로 승강기 교체 공사가 잇따르고 있다.\n\n"
    "서울시는 이달 중 노후 승강기 교체 비용의 일부를 지원하는 방안을 발표할 예정이다.\n"
)
_KOREAN_CAPTION = "지난달 28일 서울 노원구의 한 아파트 단지에서 승강기 교체 공사가 진행되고 있다."


@pytest.mark.parametrize(
    ("credit_part", "credit"),
    [
        (" /김도윤 기자", "김도윤 기자"),  # the photographer, "reporter"
        (" /연합뉴스", "연합뉴스"),  # the agency
        (" (사진=뉴스1)", "뉴스1"),  # "photo=" in brackets
        (" [사진 제공=서울시]", "서울시"),  # "photo provided by="
    ],
)
def test_korean_caption_closed_by_its_credit(credit_part: str, credit: str) -> None:
    text = front("박지현 기자", "입력 2025.04.02. 00:58", _KOREAN_CAPTION + credit_part, body=_KOREAN_BODY)
    article = parse_text(text)
    assert _image(article) == (_KOREAN_CAPTION, credit)
    assert rule(article, "image") == "caption-hangul-credit"
    assert len(article.paragraphs) == 3


@pytest.mark.parametrize(
    "line",
    [
        '그는 "20/30 세대가 가장 큰 부담을 지고 있다"고 말했다.',  # a slash inside the sentence
        "주민들은 공사가 끝나기를 기다리고 있다. /끝",  # one syllable: the end mark, no name
        "승강기 교체. /김도윤 기자",  # a word or two is no caption
    ],
)
def test_korean_line_without_a_credit_after_its_stop_is_no_caption(line: str) -> None:
    found = read_caption_block(line, 0, len(line), credit_only_ok=False)
    assert found is None or found.rule != "caption-hangul-credit"
