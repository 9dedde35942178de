"""The shortcuts ``parse.standfirst`` and ``parse.language`` take for speed (issue 11) find the words they
found without them: a text folded (or lowered) whole, where no character grew into several, is split into the
same words, folded, as the words split first and folded one by one."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from archivist.parse import language, standfirst

_ARTICLES = sorted((Path(__file__).parent / "articles").glob("*.txt"))
_CHARACTERS = [chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF]


def _classes(char: str) -> tuple[bool, ...]:
    # every class the two patterns tell characters by: a word's character, a digit, a letter, a separator
    return (
        re.fullmatch(r"[\w'’-]", char) is not None,
        re.fullmatch(r"\d", char) is not None,
        re.fullmatch(r"[.,]", char) is not None,
        language._WORD.fullmatch(char) is not None,
    )


def test_a_character_folded_to_one_stays_in_its_classes() -> None:
    lowered = [
        char for char in _CHARACTERS if len(char.lower()) == 1 and _classes(char.lower()) != _classes(char)
    ]
    folded = [
        char
        for char in _CHARACTERS
        if len(char.casefold()) == 1 and _classes(char.casefold()) != _classes(char)
    ]
    assert lowered == []
    assert folded == [standfirst._FOLDS_INTO_WORD]


def _old_words(passage: str) -> list[str]:
    # as written before the shortcut
    return [word.casefold().replace("’", "'") for word in standfirst._WORD.findall(passage)]


def _old_language(text: str) -> Counter[str]:
    # as written before the shortcut
    return Counter(map(str.lower, language._WORD.findall(text, 0, min(len(text), language._SAMPLE_CHARS))))


def _told(words: Counter[str]) -> Counter[str]:
    # the words the language is told by (a Greek final sigma may be lowered otherwise in the others)
    return Counter({word: times for word, times in words.items() if word in language._LANGUAGES_OF})


_TEXT = st.lists(
    st.sampled_from([*"aZ9 .,'’-_ßİΣσςĲǅﬁ\u0307\u0345Ω\n", "Straße", "İstanbul", "ΟΔΟΣ", "7,000"]),
    max_size=20,
).map("".join)


@settings(max_examples=1000, deadline=None)
@given(_TEXT)
def test_words_folded_whole_are_the_words_folded_one_by_one(text: str) -> None:
    assert list(standfirst._words(text)) == _old_words(text)
    assert _told(language._sample_words(text)) == _told(_old_language(text))


def test_the_articles_words_and_languages_are_unchanged() -> None:
    for path in _ARTICLES:
        text = path.read_bytes().decode("utf-8", errors="replace")
        assert list(standfirst._words(text)) == _old_words(text), path.name
        assert language._sample_words(text) == _old_language(text), path.name


_ASCII = [chr(code) for code in range(128)]


def test_an_ascii_text_lowered_has_the_ascii_words_letters() -> None:
    # ``language._ASCII_NON_LETTER_TO_SPACE`` keeps in an ASCII text once lowered the characters ``_WORD``
    # reads as letters, and makes the others a space
    for char in _ASCII:
        lowered = char.lower()
        made = lowered.translate(language._ASCII_NON_LETTER_TO_SPACE)
        assert made == (lowered if language._WORD.fullmatch(lowered) else " "), repr(char)


def test_no_space_is_a_letter_and_every_letter_a_words() -> None:
    # ``language._lowered_words`` reads the tokens between white space, and a token of letters as one word
    assert [char for char in _CHARACTERS if char.isspace() and language._WORD.fullmatch(char)] == []
    assert [char for char in _CHARACTERS if char.isalpha() and not language._WORD.fullmatch(char)] == []


@settings(max_examples=1000, deadline=None)
@given(st.text(max_size=40))
def test_words_read_by_tokens_are_the_patterns_in_order(text: str) -> None:
    lowered = text.lower()
    found = Counter(language._WORD.findall(lowered))
    assert list(language._lowered_words(lowered).items()) == list(found.items())


def test_no_space_is_in_a_standfirst_word() -> None:
    # ``standfirst._token_words`` reads the tokens between white space
    assert [char for char in _CHARACTERS if char.isspace() and re.fullmatch(r"[\w'’.,-]", char)] == []


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"aZ9 .,'’-_ßé)\"\n\t\x1c\x85\u00a0\u2028½²٣"]), max_size=30))
def test_standfirst_words_read_by_tokens_are_the_patterns(text: str) -> None:
    assert list(standfirst._token_words(text)) == standfirst._WORD.findall(text)


def test_the_articles_words_read_by_tokens_are_the_patterns_in_order() -> None:
    for path in _ARTICLES:
        lowered = path.read_bytes().decode("utf-8", errors="replace").lower()
        found = Counter(language._WORD.findall(lowered))
        assert list(language._lowered_words(lowered).items()) == list(found.items()), path.name
        assert list(standfirst._token_words(lowered)) == standfirst._WORD.findall(lowered), path.name


def test_a_letter_beyond_ascii_is_a_letter_to_the_words_pattern() -> None:
    # ``language._NON_ASCII_LETTER`` finds each character beyond ASCII that ``_WORD`` reads as a letter and
    # no other: a text without one is read as ASCII, every other character a separator
    for char in _CHARACTERS:
        beyond = language._NON_ASCII_LETTER.fullmatch(char) is not None
        assert beyond == (not char.isascii() and language._WORD.fullmatch(char) is not None), repr(char)


# Marks, digits and letters beyond ASCII beside ASCII's: a text without such letters is read as ASCII
_MIXED = st.text(alphabet=st.sampled_from([*_ASCII, *"’‘“”«»—–…\u00a0\u2009·•€²½٣१éßİıﬁ\u0307"]), max_size=40)


@settings(max_examples=1000, deadline=None)
@given(_MIXED)
def test_words_of_a_text_without_letters_beyond_ascii_are_the_words_the_slow_pattern_finds(text: str) -> None:
    assert language._sample_words(text) == _old_language(text)


_ASCII_LINES = [
    "The cat sat on the mat.",
    "it's 7,000 o'clock_at night",
    "UPPER lower MiXeD __init__ x2y 3d a-b c.d",
    "tab\tseparated\r\nlines\x0bof\x0ctext",
    "",
    "   ",
    "a",
    "don't--won't;;;isn't",
    "ZZZ zzz Zz_9z",
]


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from(_ASCII), max_size=40))
def test_ascii_words_are_the_words_the_slow_pattern_finds(text: str) -> None:
    assert language._sample_words(text) == _old_language(text)


def test_ascii_lines_and_articles_lines_have_their_words() -> None:
    lines = list(_ASCII_LINES)
    for path in _ARTICLES:
        lines.extend(path.read_bytes().decode("utf-8", errors="replace").splitlines())
    for line in lines:
        assert language._sample_words(line) == _old_language(line), line
        ascii_only = line.encode("ascii", errors="replace").decode("ascii")  # every line, made ASCII
        assert language._sample_words(ascii_only) == _old_language(ascii_only), line
