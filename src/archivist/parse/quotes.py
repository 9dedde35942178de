"""Spoken quotations in the body, with their speakers.

Quotation marks may be curly, straight or mixed (“...", "...”), German „...“ or »...«, French «...», Swedish
and Finnish »...».
A quotation interrupted by its attribution (``"..." McCormack said. "..."``) is one quotation with
two parts; one left open at a paragraph's end and reopened at the next paragraph's start (the
newspaper convention) continues there. Titles of publications and other names in quotes
(“Newsweek”, “The Iran News”) and short scare quotes are not spoken quotations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from archivist.parse.attribution import (
    SAY_VERB,
    SpeakerResolver,
    attribution_after,
    attribution_before,
    is_attribution,
)
from archivist.parse.words import present_marks, words
from archivist.record.model import Quote, Span, Text

# The quotation marks, double and single: each article looks only for those it holds
# (``words.present_marks``).
# ("‟", the reversed high mark, closes a "„" in Yiddish type: „אַזוי‟)
_MARKS = '“”"„«»‟'
_SINGLE_MARKS = "‘’'"
_OPENERS = '“"„«»'
# (German and Danish books and papers quote »so«, Swedish and Finnish »so»: a "»" opens where no quotation is
# open, and closes at either mark; French «so» closes its "«" with the "»")
_CLOSERS_FOR = {"“": '”"', '"': '”"', "„": '“”"‟', "«": "»", "»": "«»"}
# Words just before a quoted name that make it a title: "the 5 December issue of “Newsweek”".
_TITLE_CONTEXT = words(
    "daily dailies newspaper newspapers magazine magazines weekly weeklies journal paper tabloid book novel "
    "film movie documentary song album play show programme program series column editorial website blog "
    "titled entitled headlined headline dubbed agency channel station publication zeitung quotidien "
    "periódico diario giornale krant"
)
_WORD = re.compile(r"[^\W\d_]+")
_SMALL_WORDS = words("of the and a an in on for to at de la le du des der die das van von y e")
_SENTENCE_END = re.compile(r"[.!?…]\s")
_MIN_WORDS_UNATTRIBUTED = 8
_CLAUSE_PUNCTUATION = (",", ".", ";", "?", "!", "")


@dataclass
class _Fragment:
    open_at: int  # the opening mark
    close_at: int  # just after the closing mark (or the paragraph end when left open)
    inner_start: int
    inner_end: int
    closed: bool
    paragraph: int


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[Quote]:
    """The spoken quotations in the paragraphs ``text[start:end]``, in reading order."""
    groups: list[list[_Fragment]] = []
    previous: _Fragment | None = None  # the last fragment read, if it belongs to a quotation
    marks = present_marks(_MARKS, text), present_marks(_SINGLE_MARKS, text)
    for index, (start, end) in enumerate(paragraphs):
        for fragment in _fragments(text, start, end, index, marks):
            if previous is not None and _continues(text, previous, fragment, paragraphs):
                groups[-1].append(fragment)
            elif _is_spoken(text, fragment, start, end):
                groups.append([fragment])
            else:
                previous = None
                continue
            previous = fragment
    if not groups:
        return []
    resolver = SpeakerResolver(text, paragraphs)
    return [_quote(text, group, paragraphs, resolver) for group in groups]


_Marks = tuple[re.Pattern[str] | None, re.Pattern[str] | None]


def _fragments(text: str, start: int, end: int, paragraph: int, marks: _Marks) -> list[_Fragment]:
    """The fragments of ``text[start:end]``; ``marks``: the double and the single quotation marks the text
    holds (``words.present_marks``; None where it holds none)."""
    double, single = marks
    found = [] if double is None else _double_fragments(text, start, end, paragraph, double)
    # British style quotes in single marks; only where no double marks are used, as apostrophes
    # share the closing mark.
    return found or ([] if single is None else _single_fragments(text, start, end, paragraph, single))


def _single_fragments(
    text: str, start: int, end: int, paragraph: int, marks: re.Pattern[str]
) -> list[_Fragment]:
    fragments: list[_Fragment] = []
    open_at: int | None = None
    for mark in marks.finditer(text, start, end):
        position = mark.start()
        before = text[position - 1] if position > start else " "
        after = text[position + 1] if position + 1 < end else " "
        if open_at is None:
            if (before.isspace() or before in "([—–-") and not after.isspace() and mark.group() in "‘'":
                open_at = position
        elif not before.isspace() and not after.isalnum():
            fragments.append(_fragment(text, open_at, position, position + 1, True, paragraph))
            open_at = None
    return [f for f in fragments if f.inner_end > f.inner_start]


def _double_fragments(
    text: str, start: int, end: int, paragraph: int, marks: re.Pattern[str]
) -> list[_Fragment]:
    fragments: list[_Fragment] = []
    opener: str | None = None
    open_at = 0
    for mark in marks.finditer(text, start, end):
        char = mark.group()
        if opener is None:
            if char in _OPENERS:
                opener, open_at = char, mark.start()
        elif char in _CLOSERS_FOR[opener]:
            fragments.append(_fragment(text, open_at, mark.start(), mark.end(), True, paragraph))
            opener = None
        elif char in "“„«":  # a new opening mark: the previous one was never closed; start again here
            opener, open_at = char, mark.start()
    if opener is not None:
        fragments.append(_fragment(text, open_at, end, end, False, paragraph))
    return [f for f in fragments if f.inner_end > f.inner_start]


def _fragment(
    text: str, open_at: int, inner_end: int, close_at: int, closed: bool, paragraph: int
) -> _Fragment:
    inner_start = open_at + 1
    while inner_start < inner_end and text[inner_start].isspace():
        inner_start += 1
    while inner_end > inner_start and text[inner_end - 1].isspace():
        inner_end -= 1
    return _Fragment(open_at, close_at, inner_start, inner_end, closed, paragraph)


def _is_spoken(text: str, fragment: _Fragment, paragraph_start: int, paragraph_end: int) -> bool:
    inner = text[fragment.inner_start : fragment.inner_end]
    words = inner.split()
    if _is_title(text, fragment, words, paragraph_end):
        return False
    if len(words) >= _MIN_WORDS_UNATTRIBUTED:
        return True
    # A short fragment is speech when it ends a clause: with its own punctuation, or (French and
    # German style) with punctuation right after the closing mark. A fragment the sentence runs on
    # from ("calls for "active public uses" along...") is a phrase being cited, not a quotation.
    ends_clause = inner.endswith((".", ",", "?", "!", "…", "--", "—")) or (
        fragment.closed
        and text[fragment.close_at : fragment.close_at + 2].lstrip()[:1] in _CLAUSE_PUNCTUATION
    )
    if not ends_clause:
        return False
    if len(words) >= 3:
        return True
    return (
        attribution_after(text, fragment.close_at, paragraph_end) is not None
        or attribution_before(text, paragraph_start, fragment.open_at) is not None
    )


def _is_title(text: str, fragment: _Fragment, words: list[str], paragraph_end: int) -> bool:
    before = _WORD.findall(text, max(0, fragment.open_at - 24), fragment.open_at)
    after_title_word = (
        bool(before)
        and text[fragment.open_at - 1 : fragment.open_at] != "."
        and (before[-1].casefold() in _TITLE_CONTEXT or before[-2:] in (["issue", "of"], ["issues", "of"]))
    )
    if after_title_word and not text[fragment.open_at - 24 : fragment.open_at].rstrip().endswith((".", ":")):
        return len(words) <= 8
    if len(words) > 6 or SAY_VERB.search(text, fragment.inner_start, fragment.inner_end):
        return False
    # '"Yes," Mayor Lee said': punctuation inside the marks and a speaker after them is speech,
    # whereas a title is followed by its verb with no punctuation of its own ('"Newsweek" reported').
    if text[fragment.inner_end - 1 : fragment.inner_end] in (",", ".", "?", "!") and attribution_after(
        text, fragment.close_at, paragraph_end
    ):
        return False
    cleaned = [w.strip(",.;:!?") for w in words]
    return all(
        w[:1].isupper() or w[:1].isdigit() or (i > 0 and w.casefold() in _SMALL_WORDS)
        for i, w in enumerate(cleaned)
        if w
    )


def _continues(
    text: str, previous: _Fragment, fragment: _Fragment, paragraphs: list[tuple[int, int]]
) -> bool:
    """Whether ``fragment`` is the next part of the quotation ``previous`` belongs to."""
    if previous.paragraph == fragment.paragraph:
        gap = text[previous.close_at : fragment.open_at]
        return (previous.closed and is_attribution(gap) and _SENTENCE_END.search(gap + " ") is not None) or (
            previous.closed and is_attribution(gap) and gap.rstrip().endswith(",")
        )
    # An open quotation reopened at the very start of the next paragraph.
    return (
        not previous.closed
        and fragment.paragraph == previous.paragraph + 1
        and fragment.open_at == paragraphs[fragment.paragraph][0]
    )


def _quote(
    text: str, group: list[_Fragment], paragraphs: list[tuple[int, int]], resolver: SpeakerResolver
) -> Quote:
    parts = tuple(Text(text[f.inner_start : f.inner_end], Span(f.inner_start, f.inner_end)) for f in group)
    first, last = group[0], group[-1]
    reference = None
    for fragment in group:
        paragraph_start, paragraph_end = paragraphs[fragment.paragraph]
        if fragment.closed:
            reference = attribution_after(text, fragment.close_at, paragraph_end)
        if reference is not None:
            break
    if reference is None:
        paragraph_start, _ = paragraphs[first.paragraph]
        reference = attribution_before(text, paragraph_start, first.open_at)
        if reference is None and first.open_at == paragraph_start and first.paragraph > 0:
            # "Zibakalam said:" closing the paragraph before.
            previous_start, previous_end = paragraphs[first.paragraph - 1]
            if text[previous_end - 1 : previous_end] == ":":
                reference = attribution_before(text, previous_start, previous_end)
    speaker = resolver.resolve(reference, first.open_at)
    end = last.close_at if last.closed else last.inner_end
    return Quote(
        text=" ".join(part.text for part in parts),
        span=Span(first.open_at, end),
        parts=parts,
        speaker=speaker.name if speaker else None,
        speaker_span=Span(speaker.start, speaker.end) if speaker else None,
    )
