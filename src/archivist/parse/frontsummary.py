"""The standfirst once ``archivist.parse.front`` has told which blocks hold it: a box of bullets, or a run of
prose blocks, never a date line some reader left unread."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from archivist.parse.blocks import Block
from archivist.parse.bylineblock import _by_match, read_byline_block
from archivist.parse.credit import credit_line, read_caption_block
from archivist.parse.dateblockcache import read_date_block
from archivist.parse.dates import search_dates
from archivist.parse.frontline import is_prose, prose_block, relative_time_notice
from archivist.parse.frontmeta import after_meta, evidence
from archivist.parse.labelwords import label_alternation
from archivist.parse.standfirst import bullet_run, labelled_box
from archivist.parse.words import stands_alone, word_count
from archivist.record.model import Span, Text

if TYPE_CHECKING:
    from archivist.parse.structure import Layout

_MAX_DATED_LINE = 120


def standfirst_box(blocks: list[Block], index: int, layout: Layout) -> tuple[int, int, str] | None:
    """A box of bullets at ``index``: (first item, last item, rule), or None. Its label is no item; a run of
    bullets without one is a box only after the byline or date line (above them it is body text)."""
    box_end = labelled_box(blocks, index)
    if box_end is not None:
        first, box_end = _box_items(blocks, index + 1, box_end)
        if box_end < first:
            return None
        return first, box_end, "standfirst-labelled-box"
    box_end = bullet_run(blocks, index) if after_meta(layout) else None
    return (index, box_end, "standfirst-bullets") if box_end is not None else None


def second_box(blocks: list[Block], index: int) -> int | None:
    """A labelled box of points under a standfirst already read (``Das Wichtigste in Kürze`` over three
    short sentences, a blank line between each, under the deck): the index of its last item, or None if
    ``blocks[index]`` is no box's label. A page has one standfirst; the box is the page's second telling of
    it, no caption and no paragraph of the story. Its items are the short lines under the label, up to the
    picture's caption with its credit or a line far longer than a point."""
    if labelled_box(blocks, index) is None:
        return None
    last = index
    while (
        last + 1 < len(blocks) - 1
        and last - index < _MAX_SECOND_BOX_ITEMS
        and blocks[last + 1].is_single_line
        and len(blocks[last + 1].text) <= _MAX_ITEM_LINE
    ):
        last += 1
    first, last = _box_items(blocks, index + 1, last)
    return last if last >= first else None


_MAX_SECOND_BOX_ITEMS = 6
_MAX_ITEM_LINE = 250
_MIN_ITEMS_UNDER_NOTE = 2


def _box_items(blocks: list[Block], first: int, last: int) -> tuple[int, int]:
    """The items of a labelled box read from ``first`` to ``last`` (the lines set tight under its label):
    ``Quick Read`` / ``Summary is AI generated, newsroom reviewed`` / three sentences / the lead picture's
    caption over ``Photo Credit: PTI``. A first line closing no sentence over items that each close one is
    the box's note on how it was made, no item; a line set tight over a credit line, and the credit line, are
    the picture under the box, and so is a caption closed by its credit (a box's item is no picture's
    caption)."""
    for at in range(first + 1, last + 1):
        if _front_line(blocks, at):
            last = at - 1
            break
    for at in range(first, last + 1):
        below = blocks[at + 1] if at + 1 < len(blocks) else None
        if blocks[at].text[:1] in _ITEM_MARKS:
            continue  # an item marked as one ("・当初は…" over the picture's caption): no caption itself
        if (
            _credit_alone(blocks[at])
            or (below is not None and below.blank_lines_before == 0 and _credit_alone(below))
            or _caption_with_marked_credit(blocks[at])
        ):
            last = at - 1
            break
    last = _same_size(blocks, first, _same_habit(blocks, first, last))
    items = blocks[first + 1 : last + 1]
    if (
        len(items) >= _MIN_ITEMS_UNDER_NOTE
        and blocks[first].is_single_line
        and not _closes_sentence(blocks[first].text)
        and all(_closes_sentence(item.text) for item in items)
    ):
        first += 1
    return first, last


def _front_line(blocks: list[Block], at: int) -> bool:
    """Whether the line at ``at``, set tight under a box's items on a page copied without blank lines, is
    the front's next line and no item: a labelled byline (``By Jane Doe / example.com``), a date line, or a
    name (``Ilze Krūmiņa (Latvijas Radio)``) set tight over a date line. A box's item is a sentence."""
    block = blocks[at]
    if not block.is_single_line or len(block.text) > _MAX_FRONT_LINE or _closes_sentence(block.text):
        return False
    text, start, end = block.text, 0, len(block.text)
    if _by_match(text, start, end) is not None and read_byline_block(text, start, end, bare_ok=False):
        return True
    if _dates_only(block):
        return True
    below = blocks[at + 1] if at + 1 < len(blocks) else None
    if below is None or below.blank_lines_before or not _dates_only(below):
        return False
    found = read_byline_block(text, start, end, bare_ok=True)
    return found is not None and bool(found.byline.authors)


_MAX_FRONT_LINE = 120


def _dates_only(block: Block) -> bool:
    found = read_date_block(block.text, 0, len(block.text)) if block.is_single_line else None
    return found is not None and bool(found.dates)


_HABIT_ITEMS = 2  # items that agree on closing with a stop or not: the box's habit


def _same_habit(blocks: list[Block], first: int, last: int) -> int:
    """The last of the box's items from ``first`` to ``last`` that keep the habit its first two share: each
    closing its sentence with a stop, or none (``Key points:`` over three lines with no stop, then the
    story's first paragraph set tight under them with its stop: the paragraph is no item)."""
    if last - first < _HABIT_ITEMS:
        return last
    habit = _closes_sentence(blocks[first].text)
    if _closes_sentence(blocks[first + 1].text) != habit:
        return last
    for at in range(first + _HABIT_ITEMS, last + 1):
        if _closes_sentence(blocks[at].text) != habit:
            return at - 1
    return last


# The marks opening a box's items (``・全固体電池の…``, ``• Rates stay …``, ``■ …``): a line opening with one
# is an item of a list, never a picture's credit, however few its words.
_ITEM_MARKS = frozenset("・•●■▪◆◇○-*–")


_MIN_PARAGRAPH_WORDS = 25


def _same_size(blocks: list[Block], first: int, last: int) -> int:
    """The last of the box's items from ``first`` to ``last`` no longer than twice the longest line of its
    first: a page copied without blank lines sets the story's first paragraph tight under the box's last
    point (``Summary`` over two lines of fifteen words, then the lede of thirty-five), and a point is
    short, a paragraph is not. (Two points set tight may come as one block: its lines are measured.)"""
    if last <= first:
        return last
    longest = max(word_count(line) for line in blocks[first].text.splitlines())
    for at in range(first + 1, last + 1):
        words = word_count(blocks[at].text)
        if words >= _MIN_PARAGRAPH_WORDS and words > 2 * longest:
            return at - 1
    return last


def _credit_alone(block: Block) -> bool:
    return (
        block.is_single_line
        and block.text[:1] not in _ITEM_MARKS
        and credit_line(block.text, 0, len(block.text)) is not None
    )


# A caption's credit told by a mark of its own on the caption's line (a label, ``©``, 撮影): a box's item
# carries none, so the line is the picture under the box (``… depuis le mois de mars. ©Michel Tonneau``).
_MARKED_CREDIT_RULES = frozenset(
    {
        "caption-labelled-credit",
        "caption-house-labelled-credit",
        "caption-copyright",
        "caption-photographed-mark",
        "caption-hangul-credit",
        "caption-cjk-bracket-credit",
    }
)


def _caption_with_marked_credit(block: Block) -> bool:
    if not block.is_single_line:
        return False
    found = read_caption_block(block.text, 0, len(block.text), credit_only_ok=False)
    if found is None or found.image.caption is None or found.image.credit is None:
        return False
    if found.rule in _MARKED_CREDIT_RULES:
        return True
    # "… on April 7. PHOTO/JANE DOE", "… am Montag. FOTO/JANE DOE": a picture's word set between the caption
    # and its credit, whatever rule read them, marks the credit as one (a word, no mere space or stop)
    between = block.text[found.image.caption.span.end : found.image.credit.span.start]
    return any(character.isalpha() for character in between)


def _closes_sentence(passage: str) -> bool:
    return passage.rstrip().rstrip("\"'”’»)").endswith(_STOPS)


def set_summary(text: str, layout: Layout, pieces: list[tuple[int, int, int]], rule: str) -> None:
    """The standfirst: ``pieces`` up to the first that is no prose (a summary never spans one) or that does
    not follow the one before; the headline printed again over it is no part of it."""
    pieces = _without_headline_again(text, layout, pieces)
    prose = 0
    while (
        prose < len(pieces)
        and (
            prose_block(text[pieces[prose][1] : pieces[prose][2]])
            # a box's item marked as one under its label ("・全固体電池の…"): an item whatever its script
            # (a line of Chinese or Japanese with no stop is front-shaped, no prose, however long)
            or (rule == "standfirst-labelled-box" and text[pieces[prose][1]] in _ITEM_MARKS)
        )
        and not _dated_line(text[pieces[prose][1] : pieces[prose][2]])
        and not page_notice(text[pieces[prose][1] : pieces[prose][2]])
        and not _button_sized(text[pieces[prose][1] : pieces[prose][2]])
        # one run of blocks: a standfirst never spans the image or byline read between two of them
        and (prose == 0 or pieces[prose][0] == pieces[prose - 1][0] + 1)
    ):
        prose += 1
    pieces = pieces[:prose]
    if not pieces:
        return
    start, end = pieces[0][1], pieces[-1][2]
    end = _without_date_line_under(text, layout, pieces[-1][1], end)
    kicker = run_in_kicker(text, start, end)
    if kicker is not None:
        start = kicker
        evidence(layout, "front", "front-run-in-kicker-left-out", text[pieces[0][1] : kicker].strip())
    layout.summary = Text(text[start:end], Span(start, end))
    evidence(layout, "summary", rule)


def _without_date_line_under(text: str, layout: Layout, start: int, end: int) -> int:
    """Where the standfirst ends when the page set its date line tight under it, in the same block
    ("Жөндеуден кейін … жақсарады" over "6 мамыр 2025, 10:17"; "Officials expect … by June" over "March 3,
    2025 | 09:15"): the date line read as the page's date (no summary holds a line that is only a date)."""
    line_start = text.rfind("\n", start, end) + 1
    if line_start <= start or not _dated_line(text[line_start:end].strip()):
        return end
    found = read_date_block(text, line_start, end)
    if found is None or not found.dates:
        return end
    if not layout.dates:
        layout.dates.extend(found.dates)
        evidence(layout, "published", "date-line-under-standfirst", "set tight under it")
    return line_start - 1 if text[line_start - 2 : line_start - 1] != "\r" else line_start - 2


def _without_headline_again(
    text: str, layout: Layout, pieces: list[tuple[int, int, int]]
) -> list[tuple[int, int, int]]:
    """``pieces`` without the headline's line opening the first (a page copied whole prints the headline
    over the lead image and again over its standfirst, set tight): the standfirst is the lines under it."""
    if not pieces or layout.headline is None:
        return pieces
    index, start, end = pieces[0]
    line_end = text.find("\n", start, end)
    if text[start : end if line_end < 0 else line_end].strip() != layout.headline.text.strip():
        return pieces
    evidence(layout, "front", "front-headline-again-left-out", layout.headline.text)
    return pieces[1:] if line_end < 0 else [(index, line_end + 1, end), *pieces[1:]]


_MIN_STANDFIRST_WORDS = 3
_STOPS = (".", "!", "?", "…", "。", "！", "？")


def _button_sized(passage: str) -> bool:
    """``Follow on``, ``Del artiklen``: a word or two closing no sentence, a button's label whatever its
    language, never a standfirst (a deck, however short, says something)."""
    stripped = passage.strip()
    return word_count(stripped) < _MIN_STANDFIRST_WORDS and not stripped.rstrip("\"'”’»)").endswith(_STOPS)


def _dated_line(passage: str) -> bool:
    """``November 26, 2026 | 14:20 hrs.``, ``EXAMPLE NEWS - Nov 26, 2026 - 18:05 | World``: a line holding a
    calendar date and no prose is a date line some reader did not read, never the summary."""
    if "\n" in passage or len(passage) > _MAX_DATED_LINE or is_prose(passage):
        return False
    return any(found.month is not None and found.day is not None for found in search_dates(passage))


# "Editor: huaxia", "Source: Xinhua", "Redaktion: jd": the page's desk tag, a label naming a job or where the
# copy came from, then a word or a few (the web editor's handle, an agency), never a sentence.
_DESK_LABEL = (
    r"(?i:editors?|edited\s+by|editing|editora?|edici[oó]n|edi[çc][ãa]o|redakteur(?:in)?|redaktion|r[ée]daction"
    r"|redazione|redactor(?:a)?|redaksi|penyunting|source|sources|fuente|fonte|quelle|bron|nguồn"
    rf"|{label_alternation('author')})"
)
_DESK_TAG = re.compile(rf"{_DESK_LABEL}\s*:\s*[^\s.!?:][^\r\n.!?:]{{0,40}}")
_MAX_TAG_WORDS = 5
_MAX_NOTICE_WORDS = 10
# "آخر تحديث: السبت 22 آذار 2025 - 11:40 ص", "Updated: 22/3 11:40": a date line's label and colon, then
# figures (a date no reader could read): the page's date line, however its words look.
_LABELLED_DATE_LINE = re.compile(
    rf"(?:{label_alternation('published')}|{label_alternation('updated')})\s*:\s*\S[^\r\n]*\d", re.IGNORECASE
)


def page_notice(passage: str) -> bool:
    """A line of the page about the copy, not the story: the desk's tag (``Editor: huaxia``) or a
    relative-time notice (``Article was updated 4 hrs ago``). Neither is a standfirst, however its words
    look; a deck that ends with a calendar date (``… since March 2024``) is no such notice."""
    stripped = passage.strip()
    if "\n" in stripped or len(stripped.split()) > _MAX_NOTICE_WORDS:
        return False
    tag = _DESK_TAG.fullmatch(stripped)
    if tag is not None and len(stripped.split()) <= _MAX_TAG_WORDS:
        return True
    if relative_time_notice(stripped):
        return True
    return any(char.isdigit() for char in stripped) and _LABELLED_DATE_LINE.match(stripped) is not None


# "Lerarentekort Vijf basisscholen …": the page's keyword in bold run into the standfirst, one word, then the
# standfirst's own first word with its capital.
_KICKER_OPENING = re.compile(
    r"(?P<kicker>[A-ZÀ-Þ][a-zß-ÿ]{3,30})[ \t]+(?P<first>[A-ZÀ-Þ][a-zß-ÿ]{1,30})[ \t]+[a-zß-ÿ]"
)
_MAX_CAPITALISED_SHARE = (
    0.2  # words in capitals inside a standfirst's sentences, beyond names: German's nouns
)


def run_in_kicker(text: str, start: int, end: int) -> int | None:
    """Where the standfirst ``text[start:end]`` starts once a keyword run into it is left out (``Lerarentekort
    Vijf basisscholen in Utrecht sturen …``), or None. Two capitalised words open it, then a word in lower
    case, and the story writes both in lower case elsewhere: they are common words, so the first, set apart
    by its capital alone, is the page's kicker and the second opens the sentence. None is left out of a
    title before a name (``Premier Schoof wil …``: the story never writes the name in lower case), of a name
    made of common words (``Home Office figures show …``: said again below), or of a standfirst in a
    language that capitalises its nouns (``Neue Regeln gelten …``: capitals all through its sentences)."""
    found = _KICKER_OPENING.match(text, start, end)
    if found is None:
        return None
    words = text[found.start("first") : end].split()
    inner = [word for before, word in pairwise(words) if not before.endswith((".", "!", "?", ":"))]
    if sum(1 for word in inner if word[:1].isupper()) > _MAX_CAPITALISED_SHARE * max(len(inner), 1):
        return None
    outside = text[:start] + " " + text[end:]
    for word in (found.group("kicker"), found.group("first")):
        if not stands_alone(outside, word.lower(), extra="-"):
            return None
    # (told last, and only where the kicker is written outside: the pattern is compiled anew for each pair,
    # of letters only)
    kicker = found.group("kicker")
    if kicker in outside and re.search(rf"{kicker}\s+{found.group('first')}(?![\w-])", outside) is not None:
        return None  # "Home Office figures show …" and "the Home Office said": one name, said again
    return found.start("first")
