"""A row of the page's share buttons copied with a single space between their labels (``Facebook Twitter
Messenger Viber``, ``Share Tweet Email WhatsApp``, ``Podeli``) is page furniture, and so no credit of the
caption beside it; a page's address copied without its scheme (``example.com.au/news/a-slug/104905512``)
is no credit either. All articles and lines here are written for these tests."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.credit import credit_line
from archivist.parse.creditshape import credit_like, page_address
from archivist.parse.furniture import is_furniture, spaced_button_words
from parse_helpers import FERRY_HEADLINE, FERRY_STORY, lead_image, rule

_STORY = "\n".join(FERRY_STORY)


@pytest.mark.parametrize(
    "line",
    [
        "Facebook Twitter Messenger Viber",
        "Share Tweet Email WhatsApp",
        "Share  Tweet  WhatsApp  Telegram",
        "Facebook X Email",
        "Share Copy link Print",
        "Podeli",  # Serbian "share"
        "Сподели Зачувај",  # Macedonian "share", "save"
    ],
)
def test_a_row_of_share_buttons_is_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Share prices fell on Monday",  # a sentence opening with a button's word
        "Facebook fined over data leak",
        "Email Jane Doe",  # a button's word, then a name
        "Print edition subscribers",
        "Telegram",  # one network alone: furniture by another rule, no row
    ],
)
def test_no_row_where_a_word_is_no_button(line: str) -> None:
    assert not spaced_button_words(line)


@pytest.mark.parametrize(
    ("layout", "caption", "credit"),
    [
        # English: the share row set tight over the caption, its credit run on
        (
            (
                "By Jane Doe",
                "March 4, 2025",
                "Share Tweet Email WhatsApp",
                "Passengers queue for the morning ferry at the pier. Photo: John Roe/Harbour Post",
            ),
            "Passengers queue for the morning ferry at the pier.",
            "John Roe/Harbour Post",
        ),
        # Filipino: the credit in brackets after "Larawan mula sa" ("photo from")
        (
            (
                "Ni Maria Santos",
                "Marso 4, 2025",
                "Facebook Twitter Messenger Viber",
                "Naghihintay ang mga pasahero sa pantalan. (Larawan mula sa PCG Batangas)",
            ),
            "Naghihintay ang mga pasahero sa pantalan.",
            "PCG Batangas",
        ),
        # Serbian: a comment count and the share button over a caption with its credit run on
        (
            (
                "M. Petrović",
                "12.09.2025. 18:47",
                "Komentari (12)",
                "Podeli",
                "Ilustracija Foto: Shutterstock",
            ),
            "Ilustracija",
            "Shutterstock",
        ),
    ],
)
def test_the_caption_under_a_share_row_keeps_its_own_credit(
    layout: tuple[str, ...], caption: str, credit: str
) -> None:
    text = FERRY_HEADLINE + "\n" + "\n".join(layout) + "\n" + _STORY + "\n"
    assert lead_image(text) == (caption, credit)


def test_a_share_row_under_a_one_line_standfirst_is_no_credit() -> None:
    text = (
        FERRY_HEADLINE + "\n"
        "Islanders fear the cut will leave them cut off in winter\n"
        "Share Tweet Email WhatsApp\n" + _STORY + "\n"
    )
    image = parse_text(text).image
    assert image is None or image.credit is None or "Tweet" not in image.credit.text


@pytest.mark.parametrize(
    "line",
    [
        "example.com.au/news/ferry-timetable-cut-for-winter/104905512",
        "harbourpost.co.uk/news/2025/03/04/ferry-cut",
        "example.com/story/9876543",
    ],
)
def test_a_pages_address_is_no_credit(line: str) -> None:
    assert page_address(line)
    assert credit_line(line, 0, len(line)) is None


@pytest.mark.parametrize(
    "line",
    [
        "mbl.is/Jane Doe",  # the site joined to its photographer's name
        "vísir.is/Jón",
        "harbourpost.com",  # a domain alone credits the site
        "Jane Doe/Harbour Post",
    ],
)
def test_a_site_credit_is_no_pages_address(line: str) -> None:
    assert not page_address(line)
    assert credit_like(line, 0, len(line), handle_ok=True)


def test_the_bracketed_credit_stands_over_the_pages_address() -> None:
    text = (
        FERRY_HEADLINE + "\n"
        "By Jane Doe\n"
        "Posted Fri 7 Feb 2025 at 4:12pm\n"
        "The morning ferry leaves the pier in thick fog. (Harbour Radio: John Roe)\n"
        "example.com.au/news/ferry-timetable-cut-for-winter/104905512\n"
        "Link copied\n" + _STORY + "\n"
    )
    assert lead_image(text) == ("The morning ferry leaves the pier in thick fog.", "Harbour Radio: John Roe")
    assert rule(parse_text(text), "image") != "caption-credit-line-under"


@pytest.mark.parametrize("button", ["닫기", "閉じる", "關閉"])
def test_a_close_button_under_a_notice_is_no_credit(button: str) -> None:
    # the page's read-aloud notice ("available only in Chromium browsers") and its close button, no caption
    text = (
        "청주 무심천 수위 급상승\n\n입력 2025.07.16 (21:14)\n\n"
        f"읽어주기 기능은 크롬기반의\n브라우저에서만 사용하실 수 있습니다.\n{button}\n\n"
        "충북 청주에 오늘 하루 200밀리미터가 넘는 비가 쏟아지면서 무심천의 수위가 크게 올랐습니다. "
        "하천 주변 저지대 주민 300여 명이 긴급 대피했습니다.\n\n"
        "청주시는 오후 6시를 기해 하천 산책로 출입을 통제하고 주민들에게 대피를 안내했습니다.\n"
    )
    assert is_furniture(button)
    image = parse_text(text).image
    assert image is None or image.credit is None or image.credit.text != button
