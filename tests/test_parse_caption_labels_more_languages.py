"""The lead picture's caption and credit in more languages and page orders: a picture label before the
credit in the languages of the Caucasus, Central and South-East Asia, Africa and Europe's smaller ones (with
the colon as their scripts write it: Armenian ``՝``, Khmer ``៖``, Ethiopic ``፦``), a caption over its
labelled credit among the lines over the story, a shape-only pair giving way to a labelled credit below, the
caption's buttons between caption and credit, a caption with its ``©`` credit under a labelled box, a house's
name inside the bracketed label, and a share button's word that is no credit. All articles and lines here
are written for these tests."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.furniture import is_furniture
from parse_helpers import caption_and_credit, lead_image


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        # Armenian: the label's "but" mark for the colon, the name in the genitive
        (
            "Նոր կամուրջը Գյումրիում\nԼուսանկարը՝ Արամ Պետրոսյանի",
            "Նոր կամուրջը Գյումրիում",
            "Արամ Պետրոսյանի",
        ),
        # Georgian
        ("ბათუმის ახალი ნავსადგური\nფოტო: ლევან ჯაფარიძე", "ბათუმის ახალი ნავსადგური", "ლევან ჯაფარიძე"),
        # Khmer: its own colon
        ("ស្ពានថ្មីនៅខេត្តកំពត\nរូបថត៖ សុខ ដារា", "ស្ពានថ្មីនៅខេត្តកំពត", "សុខ ដារា"),
        # Mongolian: a label of two words, the name with its initial
        ("Дархан хотын шинэ гүүр\nГэрэл зураг: Б.Болд", "Дархан хотын шинэ гүүр", "Б.Болд"),
        # Sinhala
        ("මහනුවර නව පාලම.\nඡායාරූපය: නිමල් පෙරේරා", "මහනුවර නව පාලම.", "නිමල් පෙරේරා"),
        # Azerbaijani, Kazakh: the other word for a picture
        ("Gəncədə yeni körpü\nŞəkil: Elnur Əliyev", "Gəncədə yeni körpü", "Elnur Əliyev"),
        ("Шымкенттегі жаңа көпір\nСурет: Асқар Бекұлы", "Шымкенттегі жаңа көпір", "Асқар Бекұлы"),
        # Amharic: the Ethiopic preface colon
        ("በባህር ዳር አዲሱ ድልድይ\nፎቶ፦ አበበ ከበደ", "በባህር ዳር አዲሱ ድልድይ", "አበበ ከበደ"),
        # Basque, Welsh, Somali, Maltese: the label run on after the caption's stop
        ("Zubi berria Donostian. Argazkia: Jon Etxeberria", "Zubi berria Donostian.", "Jon Etxeberria"),
        ("Y bont newydd yn Aberystwyth. Llun: Gareth Jones", "Y bont newydd yn Aberystwyth.", "Gareth Jones"),
        ("Buundada cusub ee Kismaayo. Sawirka: Cali Xasan", "Buundada cusub ee Kismaayo.", "Cali Xasan"),
        ("Il-pont il-ġdid f'Birgu. Ritratt: Mark Zammit", "Il-pont il-ġdid f'Birgu.", "Mark Zammit"),
    ],
)
def test_a_picture_label_in_more_languages(text: str, caption: str, credit: str) -> None:
    assert caption_and_credit(text) == (caption, credit)


@pytest.mark.parametrize(
    "text",
    [
        # the picture's word in prose, no colon after it
        "Зураг дээр гүүрний шинэ хэсэг харагдаж байна.",
        "Mae'r llun yn dangos y bont newydd yn y dref.",
        "Sawirka waxaa lagu arkayaa buundada cusub.",
    ],
)
def test_the_word_in_prose_is_no_label(text: str) -> None:
    found = caption_and_credit(text)
    assert found is None or found[1] is None


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        # a house's name between the picture's word and the colon: the label; the name after it the credit
        (
            "Vecinos limpian la ceniza de los techos. (Foto Diario Sur: Ana Ruiz)",
            "Vecinos limpian la ceniza de los techos.",
            "Ana Ruiz",
        ),
        (
            "Moradores limpam as ruas depois da chuva. (Foto Folha do Norte: João Lima)",
            "Moradores limpam as ruas depois da chuva.",
            "João Lima",
        ),
        # no house: the bracket's words are the credit as before
        ("Vecinos limpian la ceniza. (Foto: EFE)", "Vecinos limpian la ceniza.", "EFE"),
        ("I soccorritori al lavoro sul posto. (foto Ansa)", "I soccorritori al lavoro sul posto.", "Ansa"),
    ],
)
def test_a_house_name_inside_the_bracketed_label(text: str, caption: str, credit: str) -> None:
    assert caption_and_credit(text) == (caption, credit)


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


_BODY_UZ = (
    "Toshkent shahrida yangi ko'prik qurilishi yakunlandi va u kelasi haftadan foydalanishga topshiriladi. "
    "Bu haqda shahar hokimligi xabar berdi.",
    "Ko'prik uzunligi 420 metrni tashkil etadi. Qurilishga 18 oy vaqt sarflandi, deyiladi xabarda.",
    "Hokimlik vakilining so'zlariga ko'ra, ko'prik shaharning ikki qismini bog'laydi va tirbandlikni "
    "kamaytiradi.",
)
_BODY_EN = (
    "The new footbridge over the river opened on Monday after two years of work, the council said in a "
    "statement.",
    "It links the old market to the railway station and cost about 4 million pounds to build.",
    "Traders said they hoped the bridge would bring more shoppers to the market on weekdays.",
)


def test_a_caption_over_its_labelled_credit_among_lines_over_the_story() -> None:
    # the front's search stops among the page's lines (a date in words it does not read, a view counter, a
    # share button): the caption over its labelled credit there is still the lead picture
    text = _page(
        "Toshkentda yangi ko'prik ochiladi",
        "Ko'prik kelasi haftadan foydalanishga topshiriladi",
        "Dilnoza Karimova",
        "03 Iyul 2025 11:47",
        "Ko'rishlar: 2 318",
        "Ulashish",
        "Chirchiq daryosi ustidagi yangi ko'prik",
        "Foto: Toshkent hokimligi",
        "",
        *_BODY_UZ,
    )
    assert lead_image(text) == ("Chirchiq daryosi ustidagi yangi ko'prik", "Toshkent hokimligi")


def test_a_pair_read_by_its_shape_gives_way_to_a_labelled_credit_below() -> None:
    # the standfirst over the bare byline reads as a caption over its credit by shape alone; the labelled
    # credit a few lines below says where the picture is
    text = _page(
        "Footbridge opens over the river after two years",
        "Traders hope the crossing brings more shoppers to the old market",
        "Jane Hollis",
        "Share",
        "The new footbridge seen from the market square",
        "Photo: Town Council",
        "",
        *_BODY_EN,
    )
    assert lead_image(text) == ("The new footbridge seen from the market square", "Town Council")


@pytest.mark.parametrize(
    ("hide", "toggle"),
    [("hide caption", "toggle caption"), ("masquer la légende", "afficher la légende")],
)
def test_the_caption_buttons_between_caption_and_credit(hide: str, toggle: str) -> None:
    text = _page(
        "Footbridge opens over the river after two years",
        "Jane Hollis",
        "Published March 3, 2025 at 5:14 PM",
        "The new footbridge seen from the market square on Friday.",
        hide,
        toggle,
        "Jane Hollis/River Valley Radio",
        *_BODY_EN,
    )
    assert lead_image(text) == (
        "The new footbridge seen from the market square on Friday.",
        "Jane Hollis/River Valley Radio",
    )


@pytest.mark.parametrize(
    ("label", "caption_line", "caption", "credit"),
    [
        (
            "L'essentiel",
            "La passerelle vue depuis la place du marché. ©Julie Marchal",
            "La passerelle vue depuis la place du marché.",
            "Julie Marchal",
        ),
        (
            "Key points",
            "The new footbridge seen from the market square. Photo: Town Council",
            "The new footbridge seen from the market square.",
            "Town Council",
        ),
    ],
)
def test_a_caption_with_its_marked_credit_ends_a_box_set_tight(
    label: str, caption_line: str, caption: str, credit: str
) -> None:
    text = _page(
        "Footbridge opens over the river after two years",
        "By Jane Hollis",
        "Published 21/10/2025 at 06:00",
        label,
        "The bridge links the old market to the station.",
        "It cost about 4 million pounds.",
        "Traders hope for more shoppers.",
        caption_line,
        *_BODY_EN,
    )
    article = parse_text(text)
    assert lead_image(text) == (caption, credit)
    assert article.summary is not None and caption not in article.summary.text


@pytest.mark.parametrize(
    "word", ["Бөлісу", "አጋራ", "გაზიარება", "ចែករំលែក", "Կիսվել", "Megosztás", "Partekatu"]
)
def test_a_share_button_in_more_languages_is_furniture(word: str) -> None:
    assert is_furniture(word)


def test_a_share_button_under_a_date_line_is_no_credit() -> None:
    # a date line in a calendar the reader does not know, the share button's word under it: no picture
    text = _page(
        "በሀዋሳ አዲስ የእግረኛ መንገድ ተመረቀ",
        "ዓርብ፣ መጋቢት 5 ቀን 2017 ዓ.ም",
        "አጋራ",
        "",
        "በሀዋሳ ከተማ አዲስ የእግረኛ መንገድ ትናንት ተመርቆ ለአገልግሎት ክፍት ሆኗል። መንገዱ ሁለት ኪሎ ሜትር ርዝመት አለው።",
        "",
        "የከተማው አስተዳደር እንዳስታወቀው ፕሮጀክቱ በአንድ ዓመት ውስጥ ተጠናቋል። ነዋሪዎችም ደስታቸውን ገልጸዋል።",
        "",
        "ተጨማሪ መንገዶች በሚቀጥለው ዓመት እንደሚገነቡ ተገልጿል።",
    )
    assert parse_text(text).image is None


def test_a_line_of_more_figures_than_letters_is_no_standfirst() -> None:
    # a time and a date in words the reader does not know, over the caption and its labelled credit
    text = _page(
        "Գյումրիում նոր կամուրջ է բացվել",
        "",
        "14:05, 22 մայիսի, 2025",
        "",
        "Նոր կամուրջը Գյումրիում",
        "Լուսանկարը՝ Արամ Պետրոսյանի",
        "",
        "Գյումրիում այսօր բացվել է նոր կամուրջ, որը կմիացնի քաղաքի երկու թաղամասերը։",
        "",
        "Կամրջի երկարությունը 120 մետր է, շինարարությունը տևել է մեկ տարի։",
        "",
        "Քաղաքապետարանը նշել է, որ նոր կամուրջը կթեթևացնի երթևեկությունը։",
    )
    article = parse_text(text)
    assert article.summary is None
    assert lead_image(text) == ("Նոր կամուրջը Գյումրիում", "Արամ Պետրոսյանի")
    assert len([p for s in article.sections for p in s.paragraphs]) == 3


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        # Japanese: the picture's word and a full-width colon in the closing brackets
        ("新しい橋を渡る市民（写真：共同）", "新しい橋を渡る市民", "共同"),
        # Thai: no stop ends the caption, its last word closed by a tone mark, a space, then the label
        ("ประชาชนเดินข้ามสะพานใหม่ ภาพ: มติชน", "ประชาชนเดินข้ามสะพานใหม่", "มติชน"),
        # Amharic: the Ethiopic full stop, then the label and the word space for its colon
        ("ሰዎች አዲሱን ድልድይ ሲሻገሩ። ፎቶ፡ ኢዜአ", "ሰዎች አዲሱን ድልድይ ሲሻገሩ።", "ኢዜአ"),
        # a gallery's counter or a picture's button over the caption and its credit is neither
        ("1 / 12\nThe new footbridge seen from the square.\nJane Roe/River Press", None, None),
        ("Enlarge this image\nThe new footbridge seen from the square.\nJane Roe/River Press", None, None),
    ],
)
def test_captions_in_scripts_without_spaced_stops_and_picture_buttons(
    text: str, caption: str | None, credit: str | None
) -> None:
    if caption is None:
        found = caption_and_credit(text)
        assert found == ("The new footbridge seen from the square.", "Jane Roe/River Press")
    else:
        assert caption_and_credit(text) == (caption, credit)


@pytest.mark.parametrize(
    ("over", "language"),
    [("1 / 12", "en"), ("Enlarge this image", "en"), ("3 de 8", "es"), ("Увеличить фото", "ru")],
)
def test_a_counter_or_picture_button_over_the_caption_is_no_credit(over: str, language: str) -> None:
    caption = {
        "en": ("The new footbridge seen from the market square.", "Photo: Town Council", "Town Council"),
        "es": ("La nueva pasarela vista desde la plaza del mercado.", "Foto: Ayuntamiento", "Ayuntamiento"),
        "ru": ("Новый мост через реку у рынка.", "Фото: Сергей Иванов", "Сергей Иванов"),
    }[language]
    text = _page(
        "Footbridge opens over the river",
        "",
        "By Jane Hollis",
        "",
        "March 3, 2025",
        "",
        over,
        caption[0],
        caption[1],
        "",
        *_BODY_EN,
    )
    assert lead_image(text) == (caption[0], caption[2])


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        # "photo by" in more languages
        (
            "Die nuwe brug oor die rivier. Foto deur Johan Botha",
            "Die nuwe brug oor die rivier.",
            "Johan Botha",
        ),
        (
            "Y bont newydd yn Aberystwyth. Llun gan Gareth Jones",
            "Y bont newydd yn Aberystwyth.",
            "Gareth Jones",
        ),
        ("Ura mai a kan sabuwar gada. Hoto daga NAN", "Ura mai a kan sabuwar gada.", "NAN"),
        # the picture's source or credit said with a label of its own
        ("Die neue Brücke vom Marktplatz. Bildquelle: dpa", "Die neue Brücke vom Marktplatz.", "dpa"),
        (
            "El nuevo puente desde la plaza. Fuente de la imagen: EFE",
            "El nuevo puente desde la plaza.",
            "EFE",
        ),
        ("Jembatan baru di Bandung. Sumber foto: Humas Pemkot", "Jembatan baru di Bandung.", "Humas Pemkot"),
        ("Cầu mới ở Huế. Nguồn ảnh: TTXVN", "Cầu mới ở Huế.", "TTXVN"),
        ("Новый мост через реку. Источник фото: мэрия", "Новый мост через реку.", "мэрия"),
        ("Uusi silta joen yli. Kuvaaja: Matti Virtanen", "Uusi silta joen yli.", "Matti Virtanen"),
        ("De nieuwe brug over de rivier. Fotocredit: ANP", "De nieuwe brug over de rivier.", "ANP"),
    ],
)
def test_photo_by_and_source_labels_in_more_languages(text: str, caption: str, credit: str) -> None:
    assert caption_and_credit(text) == (caption, credit)


def test_photo_from_in_prose_is_no_label() -> None:
    # Hausa "hoto daga" ("a photo from") in lower case inside a sentence
    found = caption_and_credit("Ura ta dauki hoto daga nesa a jiya.")
    assert found is None or found[1] is None
