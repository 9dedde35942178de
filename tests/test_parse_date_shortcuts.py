"""The shortcuts ``parse.dates`` takes for speed (issue 11) find what the patterns found without them: the
zones' prefix tree matches every zone the flat alternation longest first matched, the patterns without their
optional weekday match as the full ones wherever no weekday's name opens, names are looked for only at a
letter (every name opens with one) and a date only where a digit follows (every pattern needs one)."""

from __future__ import annotations

import re
import sys
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archivist.parse import dates
from archivist.parse.calendar import AMBIGUOUS_MONTHS, MONTH_NUMBERS, WEEKDAY_NAMES

# The zone alternation as it was written before the tree: every abbreviation, longest first.
_FLAT_ZONES = "|".join(sorted(dates._ZONE_NAMES, key=len, reverse=True))
# The zones as the date readers use them: alone, before a word's end, before a time, in a time's tail.
_CONTEXTS = (
    "(?:{})",
    "(?:{})(?!\\w)",
    "(?:{})\\s+\\d",
    "\\(?(?P<zone>{}|(?-i:ET|CT|MT|PT)(?!\\w)|Z|[+-]\\d{{2}}:?\\d{{2}})(?:\\s*(?P<offset>[+-]\\d{{1,2}}))?\\)?",
    "(?-i:{})\\s+\\d",
)
_ZONE_LETTERS = "".join(sorted({char for name in dates._ZONE_NAMES for char in name}))


def _zone_pairs() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    return [
        (
            re.compile(context.format(_FLAT_ZONES), flags),
            re.compile(context.format(dates.ZONE_ALTERNATION), flags),
        )
        for context in _CONTEXTS
        for flags in (0, re.IGNORECASE)
    ]


_PAIRS = _zone_pairs()


def _same_matches(text: str) -> None:
    for flat, tree in _PAIRS:
        for start in range(len(text) + 1):
            old, new = flat.match(text, start), tree.match(text, start)
            assert (old and (old.span(), old.groupdict())) == (new and (new.span(), new.groupdict())), (
                text,
                start,
                flat.pattern,
            )


@pytest.mark.parametrize("name", sorted(dates._ZONE_NAMES))
def test_zone_tree_matches_every_zone_as_the_flat_alternation(name: str) -> None:
    for spelling in (name, name.lower(), name.capitalize()):
        for tail in ("", " ", "A", "T", "ST", "Z", "x", "1", " 14:05", "+7)", " +05:30", ")", "-"):
            _same_matches(spelling + tail)
            _same_matches("(" + spelling + tail)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ZONE_LETTERS + _ZONE_LETTERS.lower() + " ()+:-17x", max_size=10))
def test_zone_tree_matches_as_the_flat_alternation_on_any_letters(text: str) -> None:
    _same_matches(text)


def test_every_name_opens_with_a_letter_and_only_letters_match_their_openings() -> None:
    names = [*MONTH_NUMBERS, *AMBIGUOUS_MONTHS, *WEEKDAY_NAMES]
    assert all(name[:1].isalpha() for name in names)
    openings = re.compile("[" + "".join(re.escape(name[0]) for name in names) + "]", re.IGNORECASE)
    assert not [
        char
        for char in map(chr, range(sys.maxunicode + 1))
        # (but a combining mark, which opens no word: Greek's ypogegrammeni, U+0345, folds to the iota the
        # Greek months "Ιανουαρίου", "Ιουλίου" open with)
        if not char.isalpha() and not unicodedata.combining(char) and openings.fullmatch(char)
    ]


def test_patterns_without_weekday_are_the_patterns_less_their_weekday() -> None:
    for full, short in zip(dates._PATTERNS, dates._PATTERNS_WITHOUT_WEEKDAY, strict=True):
        if full.pattern.startswith(dates._WEEKDAY_GROUP):
            assert dates._WEEKDAY_GROUP + short.pattern == full.pattern
            assert "weekday" not in short.groupindex
        else:
            assert short.pattern == full.pattern
    assert sum("weekday" in pattern.groupindex for pattern in dates._PATTERNS) == 4


@pytest.mark.parametrize("text", ["", "abc", "٣", "²", "x 1", "no digit here.", "১২"])
def test_holds_digit_is_any_decimal(text: str) -> None:
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            expected = any(char.isdecimal() for char in text[start:end])
            assert dates.holds_digit(text, start, end) is expected


def _every_pattern(text: str, start: int, end: int) -> dates.DateMatch | None:
    """``match_date`` as it was written before its shortcuts: every pattern, whole, at every position (the
    digits of other scripts read as ASCII's, as ``match_date`` reads them: one character for one)."""
    best: dates.DateMatch | None = None
    text = text.translate(dates.NATIVE_DIGITS)
    for pattern in dates._PATTERNS:
        found = pattern.match(text, start, end)
        date = dates._to_date(found) if found is not None else None
        if date is not None and (best is None or date.end > best.end):
            best = date
    return best


_LINES = (
    "Wednesday, 30 November 2005 14:05 GMT",
    "Published: Tues., Nov. 3, 2026 at 5:02 a.m. CT | Updated 2026-11-27 HKT 14:05",
    "Fri December 22, 2023 3:05 PM EST · 04:22, 24 Dec 2023 (GMT+7)",
    "segunda-feira, 30 de novembro de 2026 14:05 Uhr MESZ; 29.nov.2026",
    "Thứ Sáu, ngày 27/11/2026 - 2026. november 30. 10:00 WITA and 10:00 WIT",
    "12/11/2026 30. 11. 2026 2005.11.30 14:05 kl. 06.30 Sunday 3 March",
    "zo 1 maart 2026, ma 2 maart; Thur 5 Nov 2026 7:15 AM MYT (Paris)",
    "November 2005, the year 1999, no date here; ١٢ November 2026",
)


@pytest.mark.parametrize("line", _LINES)
def test_match_date_finds_what_every_pattern_found(line: str) -> None:
    for start in range(-1, len(line) + 1):
        for end in (len(line), min(len(line), max(start, 0) + 12), max(start, 0)):
            assert dates.match_date(line, start, end) == _every_pattern(line, start, end), (line, start, end)


_WORDS = [
    *",.:/-()|",
    "1",
    "05",
    "12",
    "30",
    "2026",
    "14:05",
    *["Nov", "März", "Thu", "jueves", "de", "GMT", "EST", "PM", "a.m.", "WIT"],
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=12))
def test_match_date_finds_what_every_pattern_found_on_any_words(words: list[str]) -> None:
    line = " ".join(words)
    for start in range(len(line) + 1):
        assert dates.match_date(line, start) == _every_pattern(line, start, len(line))
