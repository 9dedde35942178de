"""Front lines the reader misread: a site's own newsroom by its edition's word ("Harbour Times Digital",
"رووداو دیجیتاڵ") as the byline naming no one; a name over the line of her e-mail or handle, over the date
line; a Balinese name opening with "Ni" (no Tagalog "by"); a row of share buttons each with its network
("Share on Facebook Share on X Copy link") as no standfirst; a dateline closing with a colon after a place
ending with the zero-width non-joiner, or with the Indian press's "date" and the day. Each with lines that
must not be read so. Every line and page here is written for the test."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.bylineblock import read_byline_block
from archivist.parse.dateline import find_dateline
from archivist.parse.furniture import is_furniture
from parse_helpers import BRIDGE_BODY, BRIDGE_HEADLINE


def _authors(line: str) -> list[str] | None:
    found = read_byline_block(line, 0, len(line), bare_ok=True)
    return None if found is None else [person.name for person in found.byline.authors]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Harbour Times Digital", []),  # the site's edition signs the story
        ("Kanal Dokuz Online", []),
        ("رووداو دیجیتاڵ", []),  # Sorani
        ("قناة النيل ديجيتال", []),  # Arabic
        ("Ni Luh Ayu Pradnyani", ["Ni Luh Ayu Pradnyani"]),  # a Balinese woman's name
        ("Ni Made Sri Wahyuni", ["Ni Made Sri Wahyuni"]),
        ("By Ni Ketut Sariani", ["Ni Ketut Sariani"]),
        ("Ni Maria Santos", ["Maria Santos"]),  # Tagalog's "by" stays one
        ("Jane Doe", ["Jane Doe"]),
    ],
)
def test_desks_and_names(line: str, names: list[str]) -> None:
    assert _authors(line) == names


@pytest.mark.parametrize(
    "contact",
    ["jdoe@harbourtimes.example", "@janedoe_news"],
)
def test_a_name_over_her_contact_line_over_the_date_line(contact: str) -> None:
    text = f"{BRIDGE_HEADLINE}\n\nJane Doe\n{contact}\n\nMarch 3, 2026\n\n{BRIDGE_BODY}"
    article = parse_text(text)
    assert article.byline is not None and article.byline.text == f"Jane Doe\n{contact}"
    assert [person.name for person in article.authors] == ["Jane Doe"]


@pytest.mark.parametrize(
    "line",
    [
        "Share on Facebook Share on X Share via Messenger Copy link",
        "Partager sur Facebook Partager sur X",
        "Compartir en Facebook Compartir en WhatsApp",
    ],
)
def test_a_row_of_share_buttons_is_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    ["Share on the market fell", "Share prices on Facebook rose"],
)
def test_a_sentence_with_share_is_no_row(line: str) -> None:
    assert not is_furniture(line)


def test_the_share_row_is_no_standfirst() -> None:
    text = (
        f"{BRIDGE_HEADLINE}\nBy Jane Doe\nMarch 3, 2026\n"
        "Share on Facebook Share on X Share via Messenger Copy link\n" + BRIDGE_BODY
    )
    assert parse_text(text).summary is None


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("ఖమ్మం: ఖమ్మం జిల్లాలో భారీ వర్షాలు కురవడంతో రహదారులు జలమయమయ్యాయి ఖమ్మం", "ఖమ్మం"),
        (
            "హైదరాబాద్‌: నగరంలో భారీ వర్షాలు కురవడంతో రహదారులు జలమయమయ్యాయి హైదరాబాద్‌ పోలీసులు తెలిపారు",
            "హైదరాబాద్‌",
        ),  # the place ends with the zero-width non-joiner
        ("સુરત, તા. ૧૨ : શહેરમાં ભારે વરસાદને કારણે રસ્તાઓ પર પાણી ભરાયા હતા સુરત", "સુરત"),  # "date" and the day
        ("पुणे, दि. १२ : शहरात मुसळधार पावसामुळे रस्त्यांवर पाणी साचले होते पुणे", "पुणे"),
    ],
)
def test_datelines_of_the_indian_press(line: str, place: str) -> None:
    found = find_dateline(line, 0, len(line))
    assert found is not None and found.place is not None and found.place.text == place
    assert found.date is None


def test_a_label_and_a_day_is_no_dateline_without_the_place_again() -> None:
    line = "નોંધ, તા. ૧૨ : આ કાર્યક્રમ બધા માટે ખુલ્લો છે અને પ્રવેશ મફત છે"
    assert find_dateline(line, 0, len(line)) is None
