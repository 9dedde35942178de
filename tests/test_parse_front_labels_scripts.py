"""The page's labels over the headline in any script and language: a word's vowel signs and joiners
(Khmer, Sinhala, Myanmar, Tibetan) belong to it, Georgian writes no capitals, a kicker's joining words
(``im``, ``en el``, ``na``) sit between its capitalised words, and a breadcrumb copied one part a line may
set its separators (``»``, ``/``) on lines of their own. Texts written for the test."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.frontlabels import label_shape

_BODY = (
    "The first paragraph of the story tells what happened, where and when it happened, in one sentence.\n"
    "The second paragraph goes on with what the officials said about it, and what comes next for them.\n"
    "The third paragraph closes the story with a word from a resident who saw it all from her window.\n"
)


@pytest.mark.parametrize(
    "label",
    [
        "ទំព័រដើម",  # Khmer: "Home", vowel signs after its letters
        "ព័ត៌មានជាតិ",  # Khmer: "National news"
        "ප්\u200dරාදේශීය",  # Sinhala: "Regional", a joiner after the virama
        "မြို့တော်",  # Myanmar: "Capital", vowel signs and asat
        "მთავარი",  # Georgian: "Main", no capitals
        "საზოგადოება",  # Georgian: "Society"
        "Niedrigwasser im Rhein",  # German kicker, "im" between capitalised words
        "Sequía en el Sur",  # Spanish, "en el"
        "Nauka i Technika",  # Polish, "i"
        "Ekonomi dan Bisnis",  # Indonesian, "dan"
        "Habari za Kaunti",  # Swahili, "za"
    ],
)
def test_label_shapes_in_many_scripts_and_languages(label: str) -> None:
    size, capitalised = label_shape(label)
    assert size and capitalised


@pytest.mark.parametrize(
    "line",
    [
        "Fire destroys three shops on the market street",  # a headline: words in lower case
        "ქუთაისში ტრამვაის აღდგენის პროექტი საკრებულომ დაამტკიცა",  # a Georgian headline: too many words
        "The council said so.",  # a sentence
        "12.03.2025 10:15",  # a date line
    ],
)
def test_headlines_and_sentences_are_no_labels(line: str) -> None:
    assert label_shape(line) == (0, False)


@pytest.mark.parametrize(
    ("top", "headline"),
    [
        # Georgian: the site's menu, one item a line, set tight over the headline and its date line
        (
            "მთავარი\nსაზოგადოება\nრეგიონები\nეკონომიკა\nსპორტი\n",
            "ბათუმში ახალი ბიბლიოთეკა ზაფხულში გაიხსნება",
        ),
        # Khmer: a breadcrumb copied one part a line, its separators on lines of their own
        ("ទំព័រដើម\n»\nព័ត៌មានជាតិ\n»\nសង្គម\n", "ស្ពានថ្មីមួយ នៅខេត្តកំពត បើកឱ្យប្រើប្រាស់ហើយ ថ្ងៃនេះ"),
        # Kazakh: "Home page" / "/" / "Region"
        ("Басты бет\n/\nАймақ\n", "Шымкентте жаңа көпір пайдалануға берілді"),
        # English, the same breadcrumb shape
        ("Home\n›\nNews\n›\nRegions\n", "New footbridge opens over the river at Millbrook"),
    ],
)
def test_menu_or_crumbs_over_headline_are_labels(top: str, headline: str) -> None:
    article = parse_text(top + headline + "\n12.03.2025 10:15\n" + _BODY)
    assert article.headline is not None and article.headline.text == headline


def test_sinhala_section_label_over_headline() -> None:
    article = parse_text("ප්\u200dරාදේශීය\n\nගාල්ල නගරයේ නව පුස්තකාලය ලබන සතියේ විවෘත කෙරේ\n\n2025-03-13\n\n" + _BODY)
    assert article.headline is not None and article.headline.text.startswith("ගාල්ල")


@pytest.mark.parametrize(
    ("kicker", "headline", "standfirst", "byline", "date"),
    [
        (
            "Hochwasser im Tal",
            "Fähren bleiben am Ufer – erstmals seit Jahren",
            "Der Fluss führt so viel Wasser wie lange nicht. Die Fähren stellen den Betrieb vorerst ein.",
            "Anna Keller",
            "Publiziert: 12.09.2025, 16.20 Uhr",
        ),
        (
            "Sequía en el Sur",
            "Los embalses de la comarca caen al nivel más bajo en diez años",
            "La confederación hidrográfica pide a los municipios que reduzcan el riego de los parques.",
            "Marta Ruiz",
            "12/09/2025 16:20",
        ),
    ],
)
def test_kicker_with_joining_word_over_headline(
    kicker: str, headline: str, standfirst: str, byline: str, date: str
) -> None:
    article = parse_text(f"{kicker}\n\n{headline}\n\n{standfirst}\n\n{byline}\n\n{date}\n\n" + _BODY)
    assert article.headline is not None and article.headline.text == headline
    assert article.summary is not None and article.summary.text == standfirst


def test_short_headline_with_joining_word_over_its_standfirst_stays_the_headline() -> None:
    # "Feuer im Rathaus" has a kicker's shape, but the block under it is a sentence with its stop: no
    # headline stands under it, so it is the headline
    article = parse_text(
        "Feuer im Rathaus\n\nDie Feuerwehr war am Montagabend mit vierzig Kräften im Einsatz.\n\n"
        "Anna Keller\n\n12.09.2025 16:20\n\n" + _BODY
    )
    assert article.headline is not None and article.headline.text == "Feuer im Rathaus"


@pytest.mark.parametrize("label", ["Thời sự Giao thông", "Pháp luật", "Thế giới Phân tích", "Sức khỏe"])
def test_vietnamese_sections_are_two_syllable_words(label: str) -> None:
    size, capitalised = label_shape(label)
    assert size and capitalised


@pytest.mark.parametrize(
    "line",
    [
        "Metro Bến Thành đón mười triệu lượt khách sau ba tháng",  # a headline
        "Giá xăng tăng lần thứ ba trong tháng",  # a headline, its syllables in lower case
        "Thời sự Giao thông Kinh doanh Thế giới",  # four sections on one line, no crumb between: too long
    ],
)
def test_vietnamese_headlines_are_no_labels(line: str) -> None:
    assert label_shape(line) == (0, False)


def test_vietnamese_sections_over_date_line_and_headline() -> None:
    headline = "Cầu mới qua sông Hàn đón hơn một triệu lượt xe sau ba tháng"
    article = parse_text(f"Thời sự Giao thông\n\nThứ ba, 11/3/2025, 14:20 (GMT+7)\n\n{headline}\n\n" + _BODY)
    assert article.headline is not None and article.headline.text == headline
