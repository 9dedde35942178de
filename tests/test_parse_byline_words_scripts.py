"""Bylines opened by the press's own word for "by" in more languages (Maltese "Minn", Hausa "Daga",
Somali "Waxaa qoray", the South Slavic "Piše:"), and names written in Thai, Lao and the Indic scripts
beyond Bengali and Devanagari ("ໂດຍ: ບົວສອນ ພົມມະຈັນ", "முருகன் செல்வம்"). Texts written for the test."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.bylineblock import read_byline_block

_BODY = (
    "\n\nThe first paragraph of the story tells what happened, where and when it happened, all in one.\n\n"
    "The second paragraph goes on with what the officials said about it, and what comes next for them.\n"
)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Minn Rita Borg", ["Rita Borg"]),
        ("Daga Habibu Sani, Kano", ["Habibu Sani"]),
        ("Waxaa qoray Ifraax Cali", ["Ifraax Cali"]),
        ("Piše: Ana Horvat", ["Ana Horvat"]),
        ("Пише: Марко Петровић", ["Марко Петровић"]),
        ("ໂດຍ: ບົວສອນ ພົມມະຈັນ", ["ບົວສອນ ພົມມະຈັນ"]),
        ("สมชาย ใจดี", ["สมชาย ใจดี"]),
        ("முருகன் செல்வம்", ["முருகன் செல்வம்"]),
    ],
)
def test_byline_words_and_scripts(line: str, names: list[str]) -> None:
    found = read_byline_block(line, 0, len(line), bare_ok=True)
    assert found is not None and [author.name for author in found.byline.authors] == names


@pytest.mark.parametrize(
    "line",
    [
        # a sentence opening with the same word is no byline
        "Minn fejn ġew il-flus għall-proġett?",
        "Daga nan ne aka fara aikin gyaran hanya.",
        # four Thai words: a phrase, no name
        "ข่าว ภูมิภาค วันนี้ ล่าสุด",
    ],
)
def test_lines_that_are_no_byline(line: str) -> None:
    found = read_byline_block(line, 0, len(line), bare_ok=False)
    assert found is None or not found.byline.authors


def test_a_maltese_front() -> None:
    article = parse_text(
        "Lokali\n\nIl-kunsill jiftaħ ġnien ġdid għat-tfal fiċ-ċentru tal-belt\n\nMinn Maria Camilleri\n\n"
        "It-Tnejn, 3 ta' Marzu 2025 – 09:15" + _BODY
    )
    assert [author.name for author in article.authors] == ["Maria Camilleri"]
    assert article.byline is not None and article.byline.text == "Minn Maria Camilleri"
    assert article.published is not None and article.published.date.value == "2025-03-03"
