"""A lead picture's credit in the caption's own language and script, under the caption or run onto it
(``Снимка: Name``, ``Фото: Name / Agency``, ``عکس: Name``, ``ছবি: Name``, ``फोटो- Site``, ``ภาพ : Name``,
``Autor/allikas: Name /ERR``), a site's address joined to its photographer (``mbl.is/Name``), a Chinese
bracket naming who provided the picture (``（…提供）``), the label taken off ``Photo courtesy:``, a paper's
stock credit (``Herald file photo``), and a name under a caption that credits its photographer already (the
byline). All articles and lines here are written for these tests."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.image import find_caption
from parse_helpers import caption_and_credit as _read


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        # Bulgarian, the credit on its own line under the caption
        (
            "Новата спирка на трамвая в Пловдив\nСнимка: Мария Иванова",
            "Новата спирка на трамвая в Пловдив",
            "Мария Иванова",
        ),
        # Ukrainian and Russian, run onto the caption after its stop
        (
            "Новий міст через Дніпро. Фото: Ігор Коваль / Укрінформ",
            "Новий міст через Дніпро.",
            "Ігор Коваль / Укрінформ",
        ),
        ("Мэр на открытии моста. Фото: Иван Петров", "Мэр на открытии моста.", "Иван Петров"),
        # Persian and Bengali, the credit line under the caption
        ("پل تاریخی در شب\nعکس: علی رضایی", "پل تاریخی در شب", "علی رضایی"),
        ("ভোরে নদীর ঘাটে নৌকা\nছবি: রহিম উদ্দিন", "ভোরে নদীর ঘাটে নৌকা", "রহিম উদ্দিন"),
        # Bengali and Hindi run on after the danda; Hindi's hyphen set tight after the label for the colon
        ("ভোরে নদীর ঘাটে নৌকা। ছবি: প্রথম আলো", "ভোরে নদীর ঘাটে নৌকা।", "প্রথম আলো"),
        ("बस अड्डे पर इंतजार करते यात्री। फोटो- जागरण", "बस अड्डे पर इंतजार करते यात्री।", "जागरण"),
        ("शहर में बारिश के बाद जलभराव। फोटो साभार: सोशल मीडिया", "शहर में बारिश के बाद जलभराव।", "सोशल मीडिया"),
        # Thai, a space before the colon
        ("ชาวประมงนำปลามาขายที่ท่าเรือ\nภาพ : สมศักดิ์ ใจดี", "ชาวประมงนำปลามาขายที่ท่าเรือ", "สมศักดิ์ ใจดี"),
        # Estonian public broadcaster's label
        ("Pärnu rand hommikul. Autor/allikas: Mari Mets /ERR", "Pärnu rand hommikul.", "Mari Mets /ERR"),
    ],
)
def test_a_credit_label_in_the_captions_own_script(text: str, caption: str, credit: str) -> None:
    assert _read(text) == (caption, credit)


@pytest.mark.parametrize(
    "text",
    [
        # "На фото:" ("in the photo:") names who is pictured, not who took the picture
        "Рабочие на новом заводе в Туле. На фото: Иван Петров",
        "Рабочие на новом заводе в Туле\nНа фото: Иван Петров",
        # a word broken off with a hyphen in Latin letters is no label with a dash for its colon
        "Firefighters watch the photo- and video-sharing app",
    ],
)
def test_no_credit_where_no_label_stands(text: str) -> None:
    found = _read(text)
    assert found is None or found[1] is None


def test_a_sites_address_joined_to_its_photographer() -> None:
    assert _read("Hraunið við Grindavík í gær. mbl.is/Jón Jónsson") == (
        "Hraunið við Grindavík í gær.",
        "mbl.is/Jón Jónsson",
    )
    assert _read("Kilpailijat lähtövalmiina Tampereella. yle.fi/Matti Virtanen") == (
        "Kilpailijat lähtövalmiina Tampereella.",
        "yle.fi/Matti Virtanen",
    )
    # an address in the middle of a sentence, no photographer after its slash: no credit
    assert _read("Nánar er fjallað um málið á mbl.is í dag og á morgun.") is None


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        (
            "台南市政府10日舉行防汛演練，消防人員操作抽水機。（台南市政府提供）",
            "台南市政府10日舉行防汛演練，消防人員操作抽水機。",
            "台南市政府提供",
        ),
        ("旅客在高鐵站排隊購票。（中央社記者王小明攝）", "旅客在高鐵站排隊購票。", "中央社記者王小明攝"),
        ("工人在工地施工。（图／资料照）", "工人在工地施工。", "资料照"),
    ],
)
def test_a_chinese_bracket_naming_who_gave_or_took_the_picture(text: str, caption: str, credit: str) -> None:
    assert _read(text) == (caption, credit)


def test_a_chinese_bracket_without_those_words_is_no_credit() -> None:
    assert _read("縣府今天表示，將提前完成抽水機預布。（資料來源：縣府）") is None
    assert _read("他說明天會下雨（提供）") is None  # the word alone names no one


def test_photo_courtesy_label_is_taken_off_the_credit() -> None:
    assert _read("The new cold storage in Borongan can hold 15 tons of fish. (Photo courtesy: DA-8)") == (
        "The new cold storage in Borongan can hold 15 tons of fish.",
        "DA-8",
    )
    assert _read("Volunteers plant mangroves along the shore. Image courtesy: City Hall") == (
        "Volunteers plant mangroves along the shore.",
        "City Hall",
    )


def test_photo_credit_in_title_case_is_one_label() -> None:
    text = "Photo Credit: PTI"
    found = find_caption(text, 0, len(text), allow_agency_credit=False)
    assert found is not None and found.image.caption is None
    assert found.image.credit is not None and found.image.credit.text == "PTI"


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        (
            "The old ferry leaves the terminal in Pictou, N.S., last August. - Herald file photo",
            "Herald file photo",
        ),
        ("Crews clear snow from Main Street on Monday morning. Star staff photo", "Star staff photo"),
    ],
)
def test_a_papers_stock_credit_after_the_caption(text: str, credit: str) -> None:
    found = _read(text)
    assert found is not None and found[1] == credit


def test_a_stock_word_in_a_sentence_is_no_credit() -> None:
    # the words of a stock credit inside a sentence, in lower case: a paragraph's
    assert _read("The council voted on Monday to publish the file photo archive online.") is None


_BODY = (
    "MENDOZA.- Los productores advierten que el precio de la uva no cubre los costos de la cosecha, "
    "que este año llega con racimos cargados.\n\n"
    "Según la cámara del sector, los despachos de vino al mercado interno cayeron un nueve por ciento.\n\n"
    "Las bodegas dicen que los stocks acumulados presionan sobre los precios de la próxima temporada.\n"
)


def test_a_name_under_a_caption_that_credits_its_photographer_is_the_byline() -> None:
    text = (
        "Economía\nLa cosecha de uva llega con precios en baja en toda la provincia\n"
        "Los productores advierten que el kilo no cubre los costos de la temporada\n"
        "Cosecheros trabajan en una finca de Luján de Cuyo, al pie de la cordillera.Pedro Sánchez\n"
        "Lucía Fernández\nPARA EL DIARIO\n9 de marzo de 2025 • 08:30\n" + _BODY
    )
    article = parse_text(text)
    assert article.image is not None and article.image.credit is not None
    assert article.image.credit.text == "Pedro Sánchez"
    assert article.byline is not None and article.byline.text.startswith("Lucía Fernández")


def test_a_slashed_credit_under_a_credited_caption_stays_the_credit() -> None:
    """The negative: a line set as a credit (a slash) under the caption is the page's credit still."""
    text = (
        "Ferry Fares To Rise In April\n\nBy Jane Doe\n\n"
        "Passengers board the morning ferry at Pier 4. (Photo: John Roe)\nHarbour Daily/John Roe\n\n"
        "The operator said on Monday that fares on every route would rise by a tenth from April.\n\n"
        "Passengers' groups said the rise would fall hardest on islanders who commute each day.\n"
    )
    article = parse_text(text)
    assert article.image is not None and article.image.credit is not None
    assert article.image.credit.text == "Harbour Daily/John Roe"


_ERR_BODY = (
    "Pärnu linnavalitsus tutvustas kolmapäeval plaani, mille järgi saaks rannapromenaad uue valgustuse.\n"
    "Töö peaks valmima järgmise aasta suveks ja läheks maksma umbes kaks miljonit eurot.\n"
    "Volikogu opositsioon peab projekti liiga kalliks ja soovib raha suunata koolidesse.\n"
)


def test_an_estonian_share_button_under_the_caption_is_no_credit() -> None:
    text = (
        "Uudised\nEesti\nPärnu rannapromenaad saab uue valgustuse\nMari Mets\n12.03.2025 14:05\n"
        "Pärnu rand hommikul. Autor/allikas: Jaan Tamm /ERR\nJaga\nFacebook\n" + _ERR_BODY
    )
    article = parse_text(text)
    assert article.image is not None
    assert article.image.caption is not None and article.image.caption.text == "Pärnu rand hommikul."
    assert article.image.credit is not None and article.image.credit.text == "Jaan Tamm /ERR"
