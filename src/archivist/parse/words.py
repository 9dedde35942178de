"""Word lists written as one string, for readability of the tables that use them; and the one shape of an
e-mail address every reader that looks for one writes into its patterns."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# "jdoe@example.co.uk": a sign-off's, a contact line's, a byline's handle, a prompt's answer; written once so
# that every reader agrees on what an address is (a domain of dot-separated parts, none empty).
EMAIL_ADDRESS = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
EMAIL = re.compile(EMAIL_ADDRESS)
# The full stops of scripts that have their own, which end a sentence as "." does, written once so that every
# reader agrees on where a paragraph of those scripts ends (a reader that lacked one took a paragraph of it
# for a headline, a label or a name): the Devanagari danda "।" and double danda "॥", the Urdu full stop "۔",
# the Armenian "։", the Khmer "។" and its end-of-text "៕", the Ethiopic "።", the Burmese "။", the Tibetan
# "།". Their question marks (the Arabic "؟", the Ethiopic "፧") end a sentence too, but not a paragraph's
# closing line where a question is a teaser's headline.
SCRIPT_FULL_STOPS = "।॥۔։។៕።။།"
SCRIPT_STOPS = SCRIPT_FULL_STOPS + "؟፧"


# The ASCII characters of each ``marks`` string ``holds_any`` is asked about (a dozen strings, all constants).
_ASCII_MARKS: dict[str, str] = {}


def holds_any(text: str, start: int, end: int, marks: str) -> bool:
    """Whether ``text[start:end]`` holds one of the characters ``marks``: a cheap test before a pattern that
    needs one, whose search tries every place of the span where ``str.find`` skips to the mark in C."""
    if text.isascii():  # (a flag of the string, told at once)
        # An ASCII text holds none of the marks beyond ASCII ("•", "·", "–"): only the others are looked for
        # (each ``find`` with bounds costs its arguments' parsing, most of a short span's search).
        ascii_marks = _ASCII_MARKS.get(marks)
        if ascii_marks is None:
            ascii_marks = _ASCII_MARKS[marks] = "".join(mark for mark in marks if mark.isascii())
        marks = ascii_marks
    for mark in marks:  # noqa: SIM110 - a loop, cheaper than any() over a generator
        if text.find(mark, start, end) >= 0:
            return True
    return False


# The patterns ``present_marks`` made, by the characters they look for (a handful of combinations a run).
_PRESENT_MARKS: dict[str, re.Pattern[str]] = {}


def present_marks(marks: str, text: str) -> re.Pattern[str] | None:
    """A pattern finding the characters of ``marks`` that ``text`` holds (None when it holds none of them):
    searched in any span of ``text`` it finds exactly what the class of all ``marks`` finds there, for a
    character ``text`` lacks is in none of its spans. Asked once per article, it spares the class's test of
    every character of every paragraph: one character alone (a straight quote in an ASCII text) is found
    by ``re``'s fast scan for a literal, a few by a smaller class; each ``in`` over the text is a fast
    scan."""
    present = ""
    for mark in marks:  # (a loop, not a generator: a handful of marks)
        if mark in text:
            present += mark
    if not present:
        return None
    pattern = _PRESENT_MARKS.get(present)
    if pattern is None:
        pattern = _PRESENT_MARKS[present] = re.compile(
            re.escape(present) if len(present) == 1 else "[" + re.escape(present) + "]"
        )
    return pattern


def words(text: str) -> frozenset[str]:
    """The white-space separated words of ``text``."""
    return frozenset(text.split())


# Chinese characters and kana: scripts written without spaces between words (Hangul sets its words apart
# and is counted by its spaces like any other).
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_UNSPACED_RUN = re.compile(UNSPACED.pattern + "+")


def word_count(text: str) -> int:
    """The words of ``text``: its space-separated words, where a run of Chinese characters or kana, written
    without spaces, counts a word for every two characters (``社会`` one word, a sentence of 30 characters
    fifteen): a Japanese paragraph is not one long word to a test that counts words for prose."""
    if text.isascii():  # most lines: no run to look for
        return len(text.split())
    runs = _UNSPACED_RUN.findall(text)
    if not runs:
        return len(text.split())
    return len(_UNSPACED_RUN.sub(" ", text).split()) + sum((len(run) + 1) // 2 for run in runs)


def case_spellings(phrases: Iterable[str]) -> frozenset[str]:
    """Each of ``phrases`` in the cases a page sets it in: as written, lower case, capitals, capitalised,
    title case (``Read more``, ``READ MORE``, ``Read More``). Looked up or matched as they are, the phrases
    cost no case folding of every line they are tried on."""
    return frozenset(
        spelling
        for phrase in phrases
        for spelling in (
            phrase,
            phrase.lower(),
            phrase.upper(),
            phrase.capitalize(),
            phrase.title(),
            _greek_capitals(phrase),
        )
    )


_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
_TONOS = "\u0301"  # the acute (tonos) a Greek letter carries, apart from its letter once decomposed


def _greek_capitals(phrase: str) -> str:
    """``phrase`` in capitals as Greek sets them: without the tonos (``Δείτε επίσης`` → ``ΔΕΙΤΕ ΕΠΙΣΗΣ``,
    where ``str.upper`` keeps it, ``ΔΕΊΤΕ ΕΠΊΣΗΣ``). A phrase in another script is only upper-cased."""
    upper = phrase.upper()
    if _GREEK.search(phrase) is None:
        return upper
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", upper).replace(_TONOS, ""))


def alternation(names: Iterable[str], *, one_space: bool = False) -> str:
    """A regular expression matching any of ``names`` (the longest first, a space inside matching any white
    space, or that one space only with ``one_space``), written as a tree of shared beginnings: ``re`` tries an
    alternation branch by branch, so a thousand names side by side cost a thousand tries at every position,
    where the tree costs one try per distinct first letter."""
    tree: dict[str, dict] = {}
    for name in names:
        node = tree
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}  # the end of a name
    return _branch(tree, " " if one_space else r"\s")


# A node of the tree with this many branches or more is gated by a look ahead of their first characters as one
# class (below).
_GATED_BRANCHES = 8


def _branch(node: dict[str, dict], space: str) -> str:
    ends = "" in node
    parts = [
        (space + "+" if char == " " and space != " " else re.escape(char)) + _branch(child, space)
        for char, child in sorted(node.items())
        if char
    ]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if len(parts) >= _GATED_BRANCHES and "'" not in node:
        # ``re`` tries an alternation branch by branch; under IGNORECASE (the calendar's names, the labels) it
        # skips none at a glance, lowering the text's character for each: a position opening with none of
        # the branches' letters (most positions a tree is tried at) cost a try of every branch. The look
        # ahead of the branches' first characters as one class tells it in one test. Exact: every branch
        # opens with its character (a space's branch with ``\s``), and ``re`` matches a character against a
        # class as against the class's characters one by one, under the same flags (IGNORECASE's folds
        # included: tests/test_parse_alternation_gate.py checks it on every code point); the look ahead
        # consumes nothing, so a position it lets through is matched as before. (A node opening a branch
        # with an apostrophe is left ungated: ``related`` rewrites each apostrophe of its tree as "['’]",
        # which would break the gate's class; ``calendar`` rewrites "#" as ``\d{1,3}``, which in the class
        # still holds every digit, the gate then taking more characters than the branches: still exact.)
        firsts = "".join(space if char == " " else re.escape(char) for char in sorted(node) if char)
        body = f"(?=[{firsts}]){body}"
    if ends:  # a name ends here and a longer one goes on: the longer first (greedy), this one if it fails
        return f"(?:{body})?"
    return body


def _letter(char: str) -> str:
    return r"\s+" if char == " " else re.escape(char)


# The capitals beyond Latin-1 a name may open with ("Ď", "Ł", "Ş", "Ō", Greek and Cyrillic): "[A-ZÀ-Þ]"
# alone fails "Eva Ďurovská". Kept out of the hot patterns (a class holding them made every parse 1 % dearer):
# a word is matched against them only when it opens beyond Latin-1.
EXTENDED_UPPER = (
    "".join(char for char in map(chr, range(0x100, 0x250)) if char.isupper()) + "ΆΈ-ΊΌΎ-ΏΑ-ΡΣ-ΫЀ-Я"
)
_EXTENDED_NAME_WORD = re.compile(rf"[{EXTENDED_UPPER}][\w'’-]*\.?")


def extended_name_word(word: str) -> bool:
    """A capitalised word opening with a capital beyond Latin-1 (``Ďurovská``, ``Żółkiewski``)."""
    return word[:1] > "\u00ff" and _EXTENDED_NAME_WORD.fullmatch(word) is not None


def word_character(char: str, extra: str = "") -> bool:
    """Whether ``char`` is one ``re``'s ``\\w`` matches (or one of ``extra``): a character ``isalnum`` calls
    one, or the underscore (both ask the same Unicode tables: tests/test_parse_word_search.py checks every
    code point)."""
    return char.isalnum() or char == "_" or char in extra


def stands_alone(text: str, word: str, extra: str = "") -> bool:
    """Whether ``text`` holds ``word`` with no word character (nor one of ``extra``) right before or after it:
    ``re.search(rf"(?<![\\w{extra}]){re.escape(word)}(?![\\w{extra}])", text) is not None``, told by
    ``str.find`` at each place the word is written. A pattern built from a place or a name is new in every
    article, and compiling it cost more than the whole search (``re`` compiles in Python)."""
    if not word:  # (the empty word: the pattern itself, which no caller builds)
        found = re.search(rf"(?<![\w{re.escape(extra)}])(?![\w{re.escape(extra)}])", text)
        return found is not None
    at = text.find(word)
    while at >= 0:
        after = at + len(word)
        if (at == 0 or not word_character(text[at - 1], extra)) and (
            after == len(text) or not word_character(text[after], extra)
        ):
            return True
        at = text.find(word, at + 1)  # (the next place may overlap this one, as ``re.search``'s may)
    return False
