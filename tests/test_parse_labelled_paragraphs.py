"""A page that labels its paragraphs (``Джерело:``, ``Деталі:``, ``Пряма мова:``, ``Передісторія:``):
a short line opening with a label there is one of its paragraphs, no subhead; a subhead written with a
colon (``Residents: "We were not told"``) on a page with no such labels stays a subhead; and a word before a
colon over such paragraphs is their label, no dateline's place."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.blocks import split_blocks
from archivist.parse.dateline import find_dateline
from archivist.parse.headings import labels_its_paragraphs, paragraph_label
from archivist.parse.sections import read_sections

_UA = "\n\n".join(
    [
        "Залізниця запускає щоденний нічний поїзд до сусідньої столиці",
        "Олена Коваль — Середа, 5 листопада 2025, 14:32",
        "Залізниця з 14 грудня запускає щоденний нічний поїзд до сусідньої столиці через два"
        " обласні центри. Квитки надійдуть у продаж уже наступного тижня.",
        "Джерело: заява компанії в Telegram",
        "Деталі: Поїзд вирушатиме о 20:47 і прибуватиме о 08:15 наступного дня. У складі будуть"
        " купейні вагони та вагони класу СВ.",
        'Пряма мова: "Це буде перше щоденне сполучення між столицями за останні роки", – зазначив'
        " голова правління.",
        "Передісторія: Раніше залізниця відновила сполучення у форматі двох рейсів на тиждень,"
        " однак поїзд кілька разів скасовували.",
    ]
)

_EN = "\n\n".join(
    [
        "Residents fight plan to close the library branch",
        "By Ann Lee",
        "March 3, 2026",
        "The county board voted on Tuesday to close the Elm Street branch of the library in June,"
        " despite a petition signed by more than 2,000 residents.",
        'Residents: "We were not told"',
        "Neighbours said the board had held no public meeting before the vote and that the"
        " petition had not been read aloud in the chamber.",
        "The board's chair said the branch cost more to run than any other and that its books"
        " would move to the main library downtown.",
    ]
)


def test_a_short_labelled_line_among_labelled_paragraphs_is_a_paragraph() -> None:
    article = parse_text(_UA)
    assert [section.heading for section in article.sections] == [None]
    assert [p.text for p in article.paragraphs][1] == "Джерело: заява компанії в Telegram"
    assert len(article.paragraphs) == 5


def test_a_subhead_with_a_colon_on_a_page_without_labels_stays() -> None:
    article = parse_text(_EN)
    headings = [section.heading.text if section.heading else None for section in article.sections]
    assert headings == [None, 'Residents: "We were not told"']


# The one rule both readers ask (``headings.labels_its_paragraphs``): the sections' reader (a short labelled
# line no subhead) and the dateline's (a word before a colon no place).

_LEDE = (
    "Міська рада з понеділка відкриває двадцять пунктів обігріву в усіх районах міста. Вони працюватимуть"
    " цілодобово до кінця морозів."
)
_SOURCE = "Джерело: пресслужба міськради"
_KNOWN = (
    "Що відомо: У пунктах можна зігрітися, випити гарячого чаю та зарядити телефон. Адреси опубліковані на"
    " сайті міськради."
)
_NOTE = "Пам'ятка: Візьміть із собою документ, що посвідчує особу, і зарядний пристрій для телефону."
_PLAIN = (
    "Минулої зими місто відкривало дванадцять таких пунктів, і всі вони були заповнені у найхолодніші дні."
)


@pytest.mark.parametrize(
    ("paragraph", "label"),
    [
        ("Джерело: заява компанії в Telegram", "Джерело"),
        ('Пряма мова: "Це лише початок", — сказав він.', "Пряма мова"),
        ("Пам'ятка: квитки продають онлайн", "Пам'ятка"),
        ("Follow-up: the council meets again in May", "Follow-up"),
        ("Step 1: Find your permit", None),  # numbered: a recipe's or a guide's subhead
        ("10:30 The council meets", None),
        ("https://example.org/council", None),
        ("The minister said: we will build it", None),  # a sentence, no label
        ("Dive Brief:", None),  # a label alone heads what follows, labels no paragraph
    ],
)
def test_what_a_paragraph_label_is(paragraph: str, label: str | None) -> None:
    assert paragraph_label(paragraph) == label


def test_three_different_labels_make_a_labelled_page() -> None:
    assert labels_its_paragraphs([_SOURCE, _KNOWN, _NOTE])
    assert not labels_its_paragraphs([_SOURCE, _KNOWN, _PLAIN])
    assert not labels_its_paragraphs([_SOURCE, _SOURCE, _SOURCE])  # the same label thrice: one label
    assert labels_its_paragraphs([_KNOWN, _NOTE], label="Деталі")  # the caller's own paragraph counted


def _headings(*paragraphs: str) -> list[str | None]:
    sections, _ = read_sections(split_blocks("\n\n".join(paragraphs)))
    return [section.heading.text if section.heading else None for section in sections]


def test_a_word_with_an_apostrophe_labels_a_paragraph_too() -> None:
    # (Пам'ятка the third label: a short labelled line among them is a paragraph)
    assert _headings(_LEDE, _SOURCE, _KNOWN, _NOTE, _PLAIN) == [None]


def test_two_labels_leave_a_short_labelled_line_a_subhead() -> None:
    assert _headings(_LEDE, _SOURCE, _KNOWN, _PLAIN, _PLAIN.replace("Минулої", "Торішньої")) == [
        None,
        _SOURCE,
    ]


def test_numbered_steps_are_subheads_not_labels() -> None:
    steps = [
        "Residents can now renew their parking permits on the council's website instead of queuing at the"
        " civic centre, the council said on Monday.",
        "Step 1: Find your permit",
        "The permit number is printed on the windscreen sticker and on the renewal letter sent in February.",
        "Step 2: Pay the fee",
        "The fee is unchanged at 40 pounds a year and can be paid by card or by direct debit.",
        "Step 3: Print the receipt",
        "Wardens will accept the printed receipt until the new sticker arrives by post.",
    ]
    assert _headings(*steps) == [
        None,
        "Step 1: Find your permit",
        "Step 2: Pay the fee",
        "Step 3: Print the receipt",
    ]


def _dateline_place(text: str, headline: str) -> str | None:
    found = find_dateline(text, 0, text.index("\n"), headline=headline)
    return found.place.text if found is not None and found.place is not None else None


def test_a_word_over_labelled_paragraphs_is_no_place() -> None:
    text = (
        "Деталі: Доріжки з'єднають вокзал, університет і центральний парк, їх довжина сягне шести"
        " кілометрів.\n\n"
        "Пам'ятка: Велосипеди можна залишати на нових стоянках біля станцій метро.\n\n"
        "Контекст: Минулого року місто збудувало п'ять кілометрів доріжок.\n"
    )
    assert _dateline_place(text, "Деталі про велодоріжки") is None


def test_a_place_over_numbered_steps_stays_a_place() -> None:
    text = (
        "Dubai: Drivers will be able to renew their vehicle registration through a new app from next month,"
        " the Roads and Transport Authority said on Tuesday.\n"
        "Step 1: Open the app and sign in with the national ID.\n"
        "Step 2: Choose the vehicle and pay the fee.\n"
        "The service replaces the counters at four customer centres.\n"
    )
    assert _dateline_place(text, "Dubai drivers to renew registration by app") == "Dubai"


def test_a_place_over_labels_alone_stays_a_place() -> None:
    # (labels on lines of their own head what follows: no paragraph of the page is labelled)
    text = (
        "Dubai: Drivers will be able to renew their vehicle registration through a new app from next month,"
        " the Roads and Transport Authority said on Tuesday.\n\n"
        "What changes:\n\nThe counters at four customer centres close in June.\n\n"
        "What stays:\n\nThe fee, unchanged at 400 dirhams.\n"
    )
    assert _dateline_place(text, "Dubai drivers to renew registration by app") == "Dubai"
