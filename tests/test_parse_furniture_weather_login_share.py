"""Header lines a caption reader must not take for a caption over its credit: the page's weather
(``Nicosia 19°C``), its log-in and sign-up buttons (``Teken in`` / ``Registreer``) and a share button
naming the story (``Share Story``), in several languages; and a lead picture read right under such a header.
All articles and lines here are written for these tests."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.furniture import is_furniture


@pytest.mark.parametrize(
    "line",
    [
        "Nicosia 19°C",
        "London, 12°C",
        "☀ 21 ºC Madrid",
        "Dubai 34°/28°",
        "New York City 55°F",
        "القاهرة 30°",
        "Ankara -3°C",
    ],
)
def test_the_pages_weather_is_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Temperatures soared to 40°C in Seville on Monday",
        "The 5° turn",
        "Water boils at 100°C at sea level.",
    ],
)
def test_a_temperature_in_prose_is_no_furniture(line: str) -> None:
    assert not is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Teken in",
        "Registreer",
        "Logga in",
        "Logg inn",
        "Zaloguj się",
        "Přihlásit se",
        "Войти",
        "Giriş yap",
        "Đăng nhập",
        "تسجيل الدخول",
        "Mewngofnodi",
        "Share Story",
        "SHARE STORY",
        "Partager l'article",
        "Compartir noticia",
        "Haberi paylaş",
        "Поделиться статьей",
    ],
)
def test_log_in_and_share_buttons_in_more_languages(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["Story of the week", "Registreer jou motor voor Maart", "Masuk angin"])
def test_a_line_opening_with_a_buttons_word_is_no_button(line: str) -> None:
    assert not is_furniture(line)


def test_a_caption_under_the_share_buttons_keeps_its_bracketed_credit() -> None:
    # New Zealand site, no blank lines: the share row's "Share Story" is no credit over the caption
    text = (
        "Dunedin’s oldest bookshop is closing, and the city is taking it personally\n"
        "After 71 years the shop will shut its doors in May. Customers are not coping.\n"
        "Jane Roe, Senior writer\n26 March 2025\nShare Story\nFacebook\nEmail\nCopy link\n"
        "The front room at the bookshop last week. (Photo: Supplied)\n"
        "On a wet Tuesday afternoon, a man is standing in the poetry section holding a battered paperback.\n"
        "The shop’s owner has heard some version of that story a few dozen times since she put up the sign.\n"
    )
    image = parse_text(text).image
    assert image is not None and image.caption is not None and image.credit is not None
    assert (image.caption.text, image.credit.text) == (
        "The front room at the bookshop last week.",
        "Supplied",
    )


@pytest.mark.parametrize(
    ("header", "headline", "caption", "credit"),
    [
        # Cypriot daily in English: the header's weather over the front
        (
            "Saturday, April 5, 2025\nNicosia 19°C\nThe Island Post\n",
            "Water cuts to be extended to Limassol as reservoirs fall",
            "The Kouris dam, the island's largest reservoir, photographed in March",
            "Jane Roe",
        ),
        # Afrikaans daily: log-in and sign-up buttons over the front
        (
            "Die Oggendpos\nTeken in\nRegistreer\n",
            "Sandveld-boere moet met minder water klaarkom",
            "Die dam se vlak het die afgelope drie maande met byna 20 persentasiepunte gedaal",
            "Hennie Marais",
        ),
    ],
)
def test_a_header_line_is_no_caption(header: str, headline: str, caption: str, credit: str) -> None:
    text = (
        f"{header}{headline}\nBy Marlize van Wyk\n14 March 2025\n{caption}\n({credit})\n"
        "Households will face scheduled water cuts from the end of April, the department said on Friday.\n"
        "The cuts, already in place in other towns since February, will see supply reduced overnight.\n"
    )
    image = parse_text(text).image
    assert image is not None and image.caption is not None and image.credit is not None
    assert (image.caption.text, image.credit.text) == (caption, credit)
