"""A whole page copied as text in any language: its skip link (``Slaan oor na inhoud``, ``Neidio i'r prif
gynnwys``, ``本文へスキップ``, ``דלג לתוכן``) says the short lines under it are the site's chrome, so the
headline is found under them; a byline set beside a numeric date whose day and month are not told apart
(``Jane Doe | 05/04/2025 - 06:12``) is the byline with the date's year, never a name with an outlet; the
page's save button (``Cadw``, ``Stoor``) is no byline. Texts written for the test."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.furniture import is_furniture, skip_link
from archivist.parse.spoken import opens_with_spoken_label

_BODY = (
    "The first paragraph of the story tells what happened, where and when it happened, in one sentence.\n"
    "The second paragraph goes on with what the officials said about it, and what comes next for them.\n"
    "The third paragraph closes the story with a word from a resident who saw it all from her window.\n"
)


@pytest.mark.parametrize(
    "link",
    [
        "Slaan oor na inhoud",
        "Neidio i'r prif gynnwys",
        "Neidio i’r cynnwys",
        "Vés al contingut",
        "Pereiti prie turinio",
        "Preskoči na sadržaj",
        "Към съдържанието",
        "דלג לתוכן",
        "انتقل إلى المحتوى",
        "本文へスキップ",
        "본문 바로가기",
        "跳至主要內容",
        "ข้ามไปที่เนื้อหา",
        "Chuyển đến nội dung",
        "सामग्री पर जाएं",
        "Zum Hauptinhalt",
    ],
)
def test_skip_links_of_many_languages(link: str) -> None:
    assert skip_link(link)


@pytest.mark.parametrize("line", ["Slaan oor na inhoud van die begroting", "Neidio", "Vés", "本文"])
def test_lines_that_only_begin_like_a_skip_link_are_none(line: str) -> None:
    assert not skip_link(line)


@pytest.mark.parametrize(
    ("chrome", "headline", "front"),
    [
        # Afrikaans: the masthead and a menu of one word a line under the skip link
        (
            "Slaan oor na inhoud\nDie Oggendster\nTuis\nNuus\nSport\nSake\nTeken in\nNuus / Streek\n",
            "Boere in die Karoo kry nuwe hulp ná drie droë jare",
            "Deur Anna de Wet\nGepubliseer: Dinsdag 4 Maart 2025 | 08:10\n",
        ),
        # Welsh: the broadcaster's name and menu, the date over the save buttons
        (
            "Neidio i'r prif gynnwys\nNewyddion Cymru\nHafan\nNewyddion\nChwaraeon\nMwy\n",
            "Cynllun newydd i achub siop olaf y pentref rhag cau",
            "12 Mehefin 2025\nRhannu\nCadw\n",
        ),
        # Japanese: the skip link, the site's menu, the headline and a date line
        (
            "本文へスキップ\nニュース\n社会\n経済\nスポーツ\n",
            "市立図書館が週末の開館時間を延長へ、利用者の要望受け",
            "2025年3月4日 10時30分\n",
        ),
    ],
)
def test_headline_found_under_a_skip_link_in_any_language(chrome: str, headline: str, front: str) -> None:
    article = parse_text(chrome + headline + "\n" + front + _BODY)
    assert article.headline is not None and article.headline.text == headline


@pytest.mark.parametrize("button", ["Cadw", "Stoor", "Sábháil", "Išsaugoti", "Mentés", "บันทึก"])
def test_save_buttons_are_furniture(button: str) -> None:
    assert is_furniture(button)


@pytest.mark.parametrize(
    ("line", "name", "date"),
    [
        # the day and the month not told apart (an English page): the year alone is kept
        ("Eleni Georgiou | 05/04/2025 - 06:12", "Eleni Georgiou", "2025"),
        ("Maria Souza | 02-03-2025", "Maria Souza", "2025"),
        # a date its stops say is written day first is read whole, as before
        ("Jane Doe — 03.04.2025, 14:05", "Jane Doe", "2025-04-03"),
    ],
)
def test_name_beside_a_numeric_date(line: str, name: str, date: str) -> None:
    article = parse_text(
        "Skip to content\nHome\nNews\nSport\nBusiness\n"
        "Council votes to close two branch libraries in the spring\n" + line + "\nShare\n" + _BODY
    )
    assert article.headline is not None
    assert article.headline.text == "Council votes to close two branch libraries in the spring"
    assert article.byline is not None and article.byline.text == name
    assert [author.name for author in article.authors] == [name]
    assert article.published is not None and article.published.date.value == date


def test_name_beside_its_outlet_after_a_bar_stays_an_outlet() -> None:
    article = parse_text(
        "Council votes to close two branch libraries in the spring\n\nJane Doe | Reuters\n\n" + _BODY
    )
    assert article.byline is not None and article.byline.text == "Jane Doe | Reuters"
    assert article.authors[0].affiliation == "Reuters"


@pytest.mark.parametrize(
    ("source", "caption"),
    [
        ("Ffynhonnell y llun", "Disgrifiad o'r llun"),  # Welsh
        ("Sawirka asalkiisa", "Qoraalka sawirka"),  # Somali
        ("منبع تصویر", "توضیح تصویر"),  # Persian
        ("사진 출처", "사진 설명"),  # Korean
    ],
)
def test_spoken_picture_labels_of_more_languages(source: str, caption: str) -> None:
    assert opens_with_spoken_label(f"{source}, Jane Doe")
    assert opens_with_spoken_label(f"{caption}, Pupils at the school gate")


@pytest.mark.parametrize(
    ("chrome", "headline", "byline"),
    [
        (
            "Warsan Daily\nBogga Hore\nWararka\nSiyaasadda\nGanacsiga\nCiyaaraha\nRaadi...\nWararka\n",
            "Roobab culus ayaa xiray waddooyinka u dhexeeya labada magaalo",
            "Qoraa: Xaliimo Axmed Cali",
        ),
        (
            "Diario del Valle\nInicio\nNoticias\nPolítica\nDeportes\nCultura\nBuscar…\nNoticias\n",
            "El ayuntamiento cierra dos bibliotecas de barrio en primavera",
            "Por Lucía Fernández",
        ),
    ],
)
def test_search_placeholder_among_the_menu(chrome: str, headline: str, byline: str) -> None:
    # the search box's placeholder ("Raadi...", "Buscar…") copied with the menu is one of its items
    article = parse_text(chrome + headline + "\n" + byline + "\n" + _BODY)
    assert article.headline is not None and article.headline.text == headline
    assert article.byline is not None and article.byline.text == byline


@pytest.mark.parametrize(
    "button", ["Leave your feedback", "Feedback geben", "Donnez votre avis", "Deja tu comentario", "Reageer"]
)
def test_feedback_buttons_are_furniture(button: str) -> None:
    # the button inviting the reader's feedback among "Comments" / "Share" under the byline: no standfirst
    assert is_furniture(button)


def test_feedback_button_under_the_byline_is_no_summary() -> None:
    article = parse_text(
        "Grocer to buy regional rival in $1.2-billion deal\nJane Doe\nRetail Reporter\n"
        "Published March 5, 2025\nComments\nLeave your feedback\nShare\n" + _BODY
    )
    assert article.summary is None
