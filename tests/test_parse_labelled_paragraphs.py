"""A page that labels its paragraphs (``Джерело:``, ``Деталі:``, ``Пряма мова:``, ``Передісторія:``):
a short line opening with a label there is one of its paragraphs, no subhead; a subhead written with a
colon (``Residents: "We were not told"``) on a page with no such labels stays a subhead."""

from __future__ import annotations

from archivist.parse import parse_text

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
