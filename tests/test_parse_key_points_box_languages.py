"""The box of key points under a headline, as pages in many languages print it: its label in the reader's
table of every language (``archivist.parse.boxwords``), items marked by ``・`` in a script with no spaces,
a second box under a standfirst already read, a box set tight over the lede, and a caption's line under
which the box's label stands. Texts written for the test (fictional people and stories)."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.standfirst import box_label

_PARAGRAPHS = (
    "The council met on Tuesday evening to discuss the plan, which has been debated for more than two years "
    "in the town and in the regional assembly.\n\n"
    "Officials said the first phase of the work would begin in the spring and last until the end of the "
    "year, with a second phase to follow.\n\n"
    "Residents who spoke at the meeting were divided, some welcoming the investment and others worried "
    "about the noise and the traffic.\n"
)


@pytest.mark.parametrize(
    "label",
    [
        "Key points",
        "Das Wichtigste in Kürze",
        "L’essentiel",
        "Lo más importante",
        "Najważniejsze informacje",
        "Ve zkratce:",
        "Головне:",
        "Главное",
        "Τα βασικά",
        "باختصار",
        "この記事のポイント",
        "要点：",
        "핵심 요약",
        "Tóm tắt",
        "Kwa ufupi",
        "Öne çıkanlar",
        "संक्षेप में",
        "ประเด็นสำคัญ",
    ],
)
def test_box_labels_of_many_languages(label: str) -> None:
    assert box_label(label)


@pytest.mark.parametrize(
    "line",
    [
        "In short, the council has run out of money.",
        "Главное — не паниковать, сказал он.",
        "Ringkasan laporan itu akan diterbitkan besok.",
        "Key points of the plan were leaked on Monday",
    ],
)
def test_sentences_opening_with_a_label_are_no_label(line: str) -> None:
    assert not box_label(line)


@pytest.mark.parametrize(
    ("head", "label", "items"),
    [
        (
            "Уряд змінить правила опалювального сезону\nМарія Коваль\n3 березня 2026, 10:00\n",
            "Головне:",
            [
                "Опалення вмикатимуть за середньодобовою температурою.",
                "Громади зможуть вирішувати самостійно.",
                "Правила діятимуть з жовтня.",
            ],
        ),
        (
            "Rząd zmienia zasady dopłat do węgla\nAnna Nowak\n3 marca 2026\n",
            "Najważniejsze",
            [
                "Dopłaty obejmą tylko gospodarstwa o niskich dochodach.",
                "Wnioski będzie można składać od kwietnia.",
                "Gminy dostaną dodatkowe pieniądze na obsługę.",
            ],
        ),
        (
            "Governo muda regras do subsídio de transporte\nPor Ana Ribeiro\n3 de março de 2026\n",
            "Em resumo",
            [
                "O subsídio passa a ser pago todos os meses.",
                "Estudantes até aos 25 anos ficam incluídos.",
                "A medida entra em vigor em junho.",
            ],
        ),
    ],
)
def test_labelled_box_in_other_languages_is_the_standfirst(head: str, label: str, items: list[str]) -> None:
    text = head + label + "\n" + "\n".join(items) + "\n\n" + _PARAGRAPHS
    article = parse_text(text)
    assert article.summary is not None
    assert article.summary.text == "\n".join(items)


def test_japanese_box_marked_with_nakaguro() -> None:
    text = (
        "みどり電機、新工場を建設へ\n2026年3月3日 10:15\n共有\nこの記事のポイント\n"
        "・北海道に新工場を建設する\n・投資額は約800億円\n・2028年の稼働を目指す\n"
        "記者会見する山本社長\n"
        "電機大手のみどり電機は3日、北海道に新工場を建設すると発表した。投資額は約800億円となる。\n"
        "山本社長は「国内の生産を強化したい」と述べた。\n"
        "新工場は2028年の稼働を目指し、約300人を雇用する計画だ。\n"
    )
    article = parse_text(text)
    assert article.summary is not None
    assert article.summary.text == "・北海道に新工場を建設する\n・投資額は約800億円\n・2028年の稼働を目指す"


def test_box_set_tight_over_the_lede_ends_at_the_lede() -> None:
    # a page copied without blank lines: the lede, twice as long as a point, is no item of the box
    text = (
        "Town approves new market hall after long debate\nBy Jane Roe\nTuesday, March 03, 2026\n"
        "Summary\n"
        "The market hall will cost Sh400 million and open next year.\n"
        "Traders will move from the old market in stages.\n"
        "The town council on Monday approved the construction of a new market hall on the site of the old "
        "bus park, ending a debate that has divided traders, residents and councillors for almost three "
        "years.\n"
        "The hall will have room for 600 traders and a cold store for fish and meat, the council's planning "
        "officer told the meeting.\n"
        "Work is expected to begin in May.\n"
    )
    article = parse_text(text)
    assert article.summary is not None
    assert article.summary.text == (
        "The market hall will cost Sh400 million and open next year.\n"
        "Traders will move from the old market in stages."
    )


def test_box_of_long_points_keeps_its_points() -> None:
    # every point as long as the others: the size of the first two tells none of them is the lede
    points = [
        "The regional government will spend four hundred million euros on new trains over the next five "
        "years, most of them on the coastal line.",
        "Fares on the coastal line will be frozen until the new trains arrive, the transport minister said "
        "at the press conference in the capital.",
        "Unions have welcomed the plan but want guarantees that the maintenance work will stay in the "
        "region's own depots.",
    ]
    text = (
        "Region orders new trains for the coast\nBy John Doe\nMarch 3, 2026\nKey points\n"
        + "\n".join(points)
        + "\n\n"
        + _PARAGRAPHS
    )
    article = parse_text(text)
    assert article.summary is not None
    assert article.summary.text == "\n".join(points)


@pytest.mark.parametrize(
    ("head", "label", "items", "caption", "credit"),
    [
        (
            "Wirtschaft\n\nLokführer streiken ab Donnerstag\n\n"
            "Die Gewerkschaft hat einen Ausstand angekündigt. Pendler müssen mit Ausfällen rechnen.\n\n"
            "Von Eva Brandt\n\n3. März 2026, 11:42 Uhr\n\n",
            "Das Wichtigste in Kürze",
            [
                "Der Streik beginnt am Donnerstag um 2 Uhr.",
                "Betroffen ist der Fernverkehr bundesweit.",
                "Die Bahn plant einen Notfahrplan.",
            ],
            "Ein ICE im Hauptbahnhof Köln. Foto: Max Roth/dpa",
            "Max Roth/dpa",
        ),
        (
            "Harbour ferry fares to rise in April\n\n"
            "The operator blames wages and new vessels. Islanders say the figures do not add up.\n\n"
            "By Jane Doe\n\nMarch 3, 2026\n\n",
            "Key points",
            [
                "Fares rise by 12% from April.",
                "Foot passengers pay the most.",
                "Ministers will ask for a breakdown.",
            ],
            "The morning sailing leaves the harbour. Photo: John Roe",
            "John Roe",
        ),
        (
            "Les cantines passent au bio à Nantes\n\n"
            "La Ville veut atteindre 75 % de produits bio en 2027. Les parents saluent la mesure.\n\n"
            "Par Claire Martin\n\nPublié le 3 mars 2026\n\n",
            "L’essentiel",
            [
                "Le bio passe de 40 % à 75 % des repas.",
                "Le prix du repas ne changera pas.",
                "Les producteurs locaux seront privilégiés.",
            ],
            "Une cantine scolaire du centre-ville. Photo : Paul Durand",
            "Paul Durand",
        ),
    ],
)
def test_second_box_under_a_deck_is_no_caption(
    head: str, label: str, items: list[str], caption: str, credit: str
) -> None:
    text = head + label + "\n\n" + "\n\n".join(items) + "\n\n" + caption + "\n\n" + _PARAGRAPHS
    article = parse_text(text)
    assert article.summary is not None
    assert "\n" not in article.summary.text  # the deck, not the box
    assert article.image is not None
    assert article.image.credit is not None
    assert article.image.credit.text == credit
    assert article.image.caption is not None
    assert label not in article.image.caption.text
    assert dict(article.evidence)["front"].rule == "front-second-box-left-out"
    assert not any(item in paragraph.text for item in items for paragraph in article.paragraphs)
