"""Searches for a word built from an article's own words (a place, a kicker, a wire's initials) are made with
``str.find`` and character tests instead of a pattern compiled anew for each article; they must find exactly
what the patterns they replace found: ``words.stands_alone`` what ``(?<!\\w)WORD(?!\\w)`` finds,
``dateline._initials_named`` what ``(?<!\\w)T[^\\W\\d_]+\\s+T[^\\W\\d_]+…(?!\\w)`` finds."""

from __future__ import annotations

import re
import sys

import pytest

from archivist.parse import dateline, words

_WORD = re.compile(r"\w")


def test_word_character_is_the_patterns_w_on_every_code_point() -> None:
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert words.word_character(char) == (_WORD.match(char) is not None), hex(code)


def test_word_character_takes_the_extra_characters() -> None:
    assert words.word_character("-", extra="-")
    assert not words.word_character("-")
    assert not words.word_character(" ", extra="-")


_TEXTS = (
    "Dubai: The Roads and Transport Authority said Dubai's new line opens in Dubai.",
    "Dar es Salaam — Officials in Dar es Salaam said; dar es salaam is written so too.",
    "MUMBAI_2 Mumbai2 Mumbai-based 2Mumbai _Mumbai Mumbai",
    "Home Office figures show ... the Home-Office said; home office staff, homeoffice.",
    "Göteborg och Göteborgs hamn: göteborg, Göteborg.",
    "Київ: у Києві заявили, що Київ готовий; київ",
    "東京 東京都 東京。",
    "ÅrhusÅrhus Århus",
    "",
    "x",
)
_WORDS = (
    "Dubai",
    "Dar es Salaam",
    "dar es salaam",
    "Mumbai",
    "home",
    "office",
    "Home Office",
    "Göteborg",
    "göteborg",
    "Київ",
    "київ",
    "東京",
    "Århus",
    "ÅrhusÅrhus",
    "x",
    "a.b",
    "(x)",
)


@pytest.mark.parametrize("extra", ["", "-"])
def test_stands_alone_finds_what_the_bounded_pattern_finds(extra: str) -> None:
    bound = rf"[\w{re.escape(extra)}]"
    for text in _TEXTS:
        for word in _WORDS:
            expected = re.search(rf"(?<!{bound}){re.escape(word)}(?!{bound})", text) is not None
            assert words.stands_alone(text, word, extra=extra) == expected, (text, word, extra)


def test_stands_alone_finds_an_overlapping_place() -> None:
    # "aa" in "aaa a": the first two places are bounded on one side only; re.search finds none, nor may it
    assert not words.stands_alone("aaa", "aa")
    assert words.stands_alone("aaa aa", "aa")
    assert words.stands_alone("abab ab", "ab")


def test_stands_alone_with_an_empty_word_is_the_pattern() -> None:
    for text in ("", " ", "ab", "a b", "-"):
        for extra in ("", "-"):
            bound = rf"[\w{re.escape(extra)}]"
            expected = re.search(rf"(?<!{bound})(?!{bound})", text) is not None
            assert words.stands_alone(text, "", extra=extra) == expected


_INITIALS_TEXTS = (
    "Tuổi Trẻ Online\n\nTTO - Từ ngày 1/12 …",
    "Radio Télévision Suisse: RTS -",
    "The Daily Tribune and the Tribune Daily Times",
    "ZDF: Zweites Deutsches Fernsehen, ZDF -",
    "Zweites Deutsches\nFernsehen",
    "Zweites  Deutsches\t Fernsehen2",
    "xZweites Deutsches Fernsehen",
    "Zweites Deutsches Fernsehen_",
    "Zweites Deutsches Fernsehen-Studio",
    "Zweites D Fernsehen",
    "Zweites Deutsches² Fernsehen",
    "Zweites Deutsches3 Fernsehen",
    "Zweites DeutschesFernsehen",
    "ABC Australian Broadcasting Corporation",
    "Australian Broadcasting Corporation Australian Broadcasting",
    "Agence Bretagne Côte",
    "Agence Bretagne Cote",
    "AB",
    "",
)


@pytest.mark.parametrize("source", ["TTO", "RTS", "TDT", "ZDF", "ABC", "ABCD", "ZD"])
def test_initials_named_finds_what_the_spelt_pattern_finds(source: str) -> None:
    for text in _INITIALS_TEXTS:
        expected = False
        if re.fullmatch(r"[A-Z]{2,6}", source) and len(source) >= 3:
            spelt = r"\s+".join(rf"{letter}[^\W\d_]+" for letter in source)
            expected = re.search(rf"(?<!\w){spelt}(?!\w)", text) is not None
        assert dateline._initials_named(text, source) == expected, (text, source)


def test_initials_named_reads_the_masthead() -> None:
    assert dateline._initials_named("Tuổi Trẻ Online\n\nTTO - Từ ngày …", "TTO")
    assert dateline._initials_named("Zweites Deutsches Fernsehen", "ZDF")
    assert not dateline._initials_named("Zweites deutsches Fernsehen", "ZDF")  # a letter in lower case
    assert not dateline._initials_named("Zweites Deutsches Fernsehen2", "ZDF")  # a digit run on
