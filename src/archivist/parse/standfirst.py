"""What a standfirst looks like between the byline and the body: a deck (one sentence or phrase without a
closing stop), one sentence restated by the paragraphs below it, or a box of bullets, labelled (``Key
Points``) or not. ``archivist.parse.front`` decides from these shapes and the blocks' positions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import compress

from archivist.parse.blocks import Block
from archivist.parse.boxwords import BOX_LABELS
from archivist.parse.names import STOPWORDS
from archivist.parse.words import SCRIPT_FULL_STOPS, SCRIPT_STOPS

_SENTENCE_BREAK = re.compile(r"""[.!?]['"’”)]?\s+(?=["“‘'(]?[A-ZÀ-Þ0-9])""")
# The stops closing a sentence in other scripts (``words.SCRIPT_STOPS``) and the East Asian full-width ones.
# A paragraph ending with one (or holding one between two sentences: no capital follows a danda) is a
# sentence of the body, no deck. (The break is sought apart, only in a block beyond ASCII.)
_OTHER_STOPS = (*SCRIPT_STOPS, "。", "！", "？")
_SCRIPT_SENTENCE_BREAK = re.compile(rf"[{SCRIPT_FULL_STOPS}]\s+\S")
_MAX_DECK = 320
# A standfirst restated: one sentence of at most this many words, sharing a run of words with one of the
# next paragraphs.
_MAX_RESTATED_WORDS = 45
RESTATE_REACH = 4
_RUN_WORDS = 4
_MAX_IDLE_IN_RUN = _RUN_WORDS - 2  # a run holds two words that carry meaning
_MIN_HEADLINE_WORDS = 3
_MAX_LEDE_BELOW_WORDS = 70
_HEADLINE_GAP = 0.3
_SHARED_BELOW = 0.2
_WORD = re.compile(r"[\w'’-]+(?:[.,]\d+)*")  # "7,000" is one word: its digits are no run of their own
# Labels of a standfirst box of bullets; the label itself is no field: the words of every language the
# reader knows (``archivist.parse.boxwords``: "key points", "the main thing", "in short" ...), looked up
# whole in a set (case folded, spaces made one, a colon or a full-width colon after them dropped) rather
# than tried as a pattern on every short line of the front.
_BOX_LABELS = frozenset(
    " ".join(label.split()).casefold() for entry in BOX_LABELS.values() for label in entry.split("|") if label
)
_BULLET = re.compile(r"[-*•·▪–]\s")


# The longest label of the table (``Das Wichtigste im Überblick:``) and some: a longer line is no label, told
# before the pattern is tried (most blocks are paragraphs).
_MAX_BOX_LABEL = 40


def box_label(line: str) -> bool:
    """Whether ``line`` is nothing but the label of a box of key points (``Summary``, ``この記事のポイント``):
    no caption and no credit, whatever line stands beside it."""
    if len(line) > _MAX_BOX_LABEL:
        return False
    words = line.split()
    if words and words[-1] in (":", "："):
        words.pop()
    elif words and words[-1].endswith((":", "：")):
        words[-1] = words[-1][:-1]
    return " ".join(words).casefold() in _BOX_LABELS


_MAX_BOX_ITEMS = 6


def deck_shaped(block: Block) -> bool:
    """One sentence or phrase without a closing stop: a deck, not a lede."""
    body = block.text
    if len(body) > _MAX_DECK or len(body.split()) < 5:
        return False
    # A one-sentence lede ending in a stop is as common as a deck that does: only the missing stop tells.
    return (
        not body.rstrip("\"'”’)").endswith((".", "!", "?", "…", ":", *_OTHER_STOPS))
        and _SENTENCE_BREAK.search(body) is None
        and (body.isascii() or _SCRIPT_SENTENCE_BREAK.search(body) is None)
    )


def restated_below(block: Block, following: list[Block]) -> bool:
    """One sentence whose wording the next paragraphs take up again (``The South Carolina senator hit
    …`` over ``… The South Carolina senator took …``): a standfirst summing up the story, not its lede,
    which the second paragraph goes on from rather than repeats."""
    body = block.text
    if len(body.split()) > _MAX_RESTATED_WORDS or _SENTENCE_BREAK.search(body) is not None:
        return False
    if not body.rstrip("\"'”’)").endswith((".", "!", "?")):
        return False
    runs = _word_runs(_words(body))
    if not runs:
        return False
    for other in following:
        words = _words(other.text)
        # (every run of four of the paragraph's words looked up in C, not in a loop over its words)
        if not runs.isdisjoint(_runs_of(words)):
            return True
    return False


_MIN_CAPITALS_LEAD = 2  # letters of a lede's first word set in capitals


def capitals_lede(passage: str) -> bool:
    """``WAVUVI katika fuo za …``, ``THE council has …``: a paragraph opening with its first word in
    capitals, the next in lower case, is a newspaper's run-in to its lede: the story's first paragraph,
    no standfirst (a place in capitals before a dash or comma, ``LONDON —``, is a dateline's, and is
    followed by no lower-case word)."""
    first, _, rest = passage.partition(" ")
    if len(first) < _MIN_CAPITALS_LEAD or not first[0].isupper() or not rest[:1].islower():
        return False
    letters = [char for char in first if char.isalpha()]
    return len(letters) >= _MIN_CAPITALS_LEAD and all(char.isupper() for char in letters)


def lede_below(block: Block, following: Block, headline: str | None) -> bool:
    """A block whose story the next paragraph tells again, headline first: the next paragraph takes up
    the headline's words more than the block does (by a third of them or more), and a fifth of the block's
    words too. The paragraph is the lede; the block above it sums the story up in other words (measured on
    the test corpus and the text development set: 16 standfirsts taken, no lede)."""
    title = _meaning(headline or "")
    if len(title) < _MIN_HEADLINE_WORDS or len(block.text.split()) > _MAX_LEDE_BELOW_WORDS:
        return False
    own, below = _meaning(block.text), _meaning(following.text)
    if not own:
        return False
    headline_gap = (len(below & title) - len(own & title)) / len(title)
    return headline_gap >= _HEADLINE_GAP and len(own & below) >= _SHARED_BELOW * len(own)


def _meaning(passage: str) -> set[str]:
    return {
        word for word in _words(passage) if word not in STOPWORDS and len(word) > 2 and not word.isdigit()
    }


# The one character no word holds that folds to one a word holds (a combining mark folded to "ι").
_FOLDS_INTO_WORD = "\u0345"


# A quarter of the passages asked about are asked again (each paragraph under the headline is the one below
# one block and the block above the next): their words are read once. (A tuple, which no caller can change.)
@lru_cache(maxsize=64)
def _words(passage: str) -> tuple[str, ...]:
    folded = passage.casefold()
    if len(folded) == len(passage) and _FOLDS_INTO_WORD not in passage:
        # Folded whole, not word by word (issue 11): a character folded to one character stays in or out of
        # the words' characters (tests/test_parse_fold_shortcuts.py), so the words are the same.
        return _token_words(folded.replace("’", "'"))
    return tuple(word.casefold().replace("’", "'") for word in _WORD.findall(passage))


def _token_words(passage: str) -> tuple[str, ...]:
    """``tuple(_WORD.findall(passage))``, read without the pattern's scan of every character where it can be:
    no white space is in _WORD (tests/test_parse_fold_shortcuts.py), so no word runs across a space; a token
    of letters is one word, and so is one with a last mark no word holds ("said," "year.")."""
    words: list[str] = []
    for token in passage.split():
        if token.isalpha():
            words.append(token)
        elif token[:-1].isalpha() and not token[-1].isalnum() and token[-1] not in "_'’-":
            words.append(token[:-1])  # (a mark after the letters: no digit follows it in the token)
        else:
            words.extend(_WORD.findall(token))
    return tuple(words)


def _runs_of(tokens: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
    """Every run of ``_RUN_WORDS`` consecutive words, made in C (a zip of the words shifted)."""
    return zip(*(tokens[shift:] for shift in range(_RUN_WORDS)), strict=False)


def _word_runs(tokens: tuple[str, ...]) -> set[tuple[str, ...]]:
    """Every run of four words holding two that carry meaning (not "the", "of", "said", numbers)."""
    # (counted in C: each run's words that carry none summed over the shifted flags, the runs kept by them)
    idle = [word in STOPWORDS or word.isdigit() for word in tokens]
    idle_in_run = map(sum, zip(*(idle[shift:] for shift in range(_RUN_WORDS)), strict=False))
    return set(compress(_runs_of(tokens), map(_MAX_IDLE_IN_RUN.__ge__, idle_in_run)))


def labelled_box(blocks: list[Block], index: int) -> int | None:
    """``Key Points`` / ``At a Glance`` over a few lines: the standfirst box. Its items are the lines set
    tight under the label, or the blocks marked as bullets, or else the one block under it; return the
    index of the last item, or None if ``blocks[index]`` is no box label."""
    label = blocks[index].text
    if len(label) > _MAX_BOX_LABEL or index + 2 >= len(blocks) or not box_label(label):
        return None
    following = blocks[index + 1]
    last = index + 1
    if _BULLET.match(following.text) and following.blank_lines_before:
        while last + 1 < len(blocks) - 1 and _BULLET.match(blocks[last + 1].text):
            last += 1
    else:
        # the lines set tight under the label, or under the blank line after it ("Key points:", a blank
        # line, three lines set tight): the box's items, up to a line the copy left out between two of them
        # ("Advertisement" under the box: what follows it is the story)
        while (
            last + 1 < len(blocks) - 1
            and blocks[last + 1].blank_lines_before == 0
            and _set_tight(blocks[last], blocks[last + 1])
        ):
            last += 1
    return min(last, index + _MAX_BOX_ITEMS)


_MAX_LINE_BREAK = 2  # "\r\n"


def _set_tight(upper: Block, lower: Block) -> bool:
    """Whether ``lower`` follows ``upper`` with nothing between but a line break: no line of the page (an
    advertisement's label, a button) was left out between them."""
    return lower.start - upper.end <= _MAX_LINE_BREAK


def bullet_run(blocks: list[Block], index: int) -> int | None:
    """Blocks marked as bullets from ``index`` on, with no label above them (``- The rate stays at 3.75%``
    over ``- Two members voted for a cut``), and text after them: the standfirst box. Return the index of
    the last bullet, or None if ``blocks[index]`` is no bullet."""
    if not _BULLET.match(blocks[index].text):
        return None
    last = index
    while (
        last + 1 < len(blocks) - 1
        and last - index + 1 < _MAX_BOX_ITEMS
        and _BULLET.match(blocks[last + 1].text)
    ):
        last += 1
    return last if last + 1 < len(blocks) else None


def unmarked_bullets(blocks: list[Block], index: int) -> int:
    """How many lines set tight under the deck at ``index`` (no blank line between) are decks too, when
    there are at least two of them and text after them: a box of bullets whose marks the copy lost (one
    such line alone may be the lead image's caption). 0 if there is no such box."""
    last = index
    while (
        last + 2 < len(blocks)
        and blocks[last + 1].blank_lines_before == 0
        and blocks[last + 1].is_single_line
        and deck_shaped(blocks[last + 1])
    ):
        last += 1
    return last - index if last - index >= 2 else 0


# The second part of a key-points box, asked as a question over its line (``What's next?`` over ``More
# showers are possible into Tuesday.``): read only at the top of the body, under the box's first part.
_FOLLOW_ON_LABEL = re.compile(r"(?i:what['’]s\s+next|what\s+happens\s+next|what\s+comes\s+next)\s*[?:]?")
_MAX_BOX_LINE = 250


def box_in_one_block(block: Block, *, follow_on: bool = False) -> bool:
    """A key-points box set tight in one block: its label on the first line (``In short:``, ``Key
    points``; with ``follow_on``, also ``What's next?``) over one to six short lines."""
    first, _, rest = block.text.partition("\n")
    if not rest or len(block.lines) - 1 > _MAX_BOX_ITEMS:
        return False
    label = first.strip()
    if len(label) > _MAX_BOX_LABEL:
        return False
    if not (box_label(label) or (follow_on and _FOLLOW_ON_LABEL.fullmatch(label))):
        return False
    return all(len(line) <= _MAX_BOX_LINE for line in rest.splitlines())


def boxes_at_top(blocks: list[Block], *, under_box: bool) -> int:
    """How many of the body's first ``blocks`` are a key-points box the front left (``What you need to
    know:`` over its lines; ``In short:`` set tight over them; ``What's next?`` over its line under
    either, or first when the standfirst read was a box, ``under_box``): the standfirst's box, never the
    story's paragraphs."""
    index = 0
    while index < len(blocks) - 1:
        end = labelled_box(blocks, index)
        if end is not None:
            index = end + 1
        elif box_in_one_block(blocks[index], follow_on=index > 0 or under_box):
            index += 1
        elif (index > 0 or under_box) and (end := _follow_on_box(blocks, index)) is not None:
            index = end + 1
        else:
            break
    return index


def _follow_on_box(blocks: list[Block], index: int) -> int | None:
    """``What's next?`` alone on its line over the lines set tight under it (no blank line between): the
    index of its last line, or None."""
    if not _FOLLOW_ON_LABEL.fullmatch(blocks[index].text):
        return None
    last = index
    while (
        last + 1 < len(blocks) - 1
        and last - index < _MAX_BOX_ITEMS
        and blocks[last + 1].blank_lines_before == 0
        and len(blocks[last + 1].text) <= _MAX_BOX_LINE
    ):
        last += 1
    return last if last > index else None
