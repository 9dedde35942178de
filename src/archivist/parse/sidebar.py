"""A sidebar glued into the story by the copy: a page laid out in two columns, copied whole, puts its side
column (``Most read`` / ``Meistgelesen`` / ``Más leídas`` over a list of headlines, ranks ``1``, ``2`` on
lines of their own) between two of the story's paragraphs, sometimes in the middle of one.

The label alone would open the page's foot (``furniture.page_tail``) and take the rest of the story with
it; the list's lines would be subheads. The evidence that the box stands INSIDE the story is its shape in
any language: a foot label (``labelwords.TAIL_LABELS``) over at least two headline-shaped lines (short, no
closing full stop) or ranks, with the story's paragraphs again under it (two blocks as long as a paragraph,
closed by their stop), and the story above it. The label and its list are the page's furniture; the story
goes on under them.
"""

from __future__ import annotations

import re
from itertools import compress

from archivist.parse.furniture import TAIL_FIRST, is_furniture, is_tail_label

_MAX_LABEL = 40
_MAX_ITEM = 140  # a headline of the list; a paragraph is longer
_MIN_ITEMS = 2
_STORY_BLOCK = 80  # a block this long, closed by its stop, is a paragraph (a list's headline has no stop)
_MIN_STORY_UNDER = 2
# (and as much text as the story's paragraphs hold: the page's notes under its foot list, "Follow topics and
# authors from this story …", "Posts from this author will be added …", are sentences too, but short)
_MIN_STORY_UNDER_CHARS = 300
_MIN_STORY_ABOVE = 2  # the story's paragraphs over it (a standfirst alone may stand over a counter)
_LOOK_UNDER = 4  # blocks under the list where the story's paragraphs are sought
_ITEM_ENDS = ".…"  # a headline may ask ("?") or exclaim, it does not close with a full stop
_STOPS = ".!?…"
_CLOSERS = "\"'”’»)"


def _paragraph(block: str) -> bool:
    return len(block) >= _STORY_BLOCK and block.rstrip(_CLOSERS)[-1:] in _STOPS


_DIGIT = re.compile(r"\d")


def _item(block: str) -> bool:
    """A line of the sidebar's list: a headline (short, one line, no closing full stop) or a rank alone."""
    return len(block) <= _MAX_ITEM and "\n" not in block and block.rstrip(_CLOSERS)[-1:] not in _ITEM_ENDS


def short_blocks(blocks: list[str]) -> list[int]:
    """The positions of the blocks short enough for a label (or a live page's stamp): the few lines the
    readers of ``archivist.parse.sidebar`` and ``archivist.parse.livestamps`` look at first. (Told by
    built-ins alone: it runs over every block of every page.)"""
    return list(compress(range(len(blocks)), map(_MAX_LABEL.__ge__, map(len, blocks))))


def glued_sidebars(blocks: list[str], short: list[int]) -> set[int]:
    """The positions among ``blocks`` (the text of each) of the sidebars glued between the story's
    paragraphs: each one's label and list. ``short``: the positions of the short blocks
    (``short_blocks``), where the labels are sought."""
    found: set[int] = set()
    for index in short:
        block = blocks[index]
        # (the cheap tests first: a label is one line, no counter)
        if block[:1] not in TAIL_FIRST or "\n" in block or _DIGIT.search(block) or not is_tail_label(block):
            continue  # ("Comments (14)" over the share buttons: a counter, no list's label)
        if not _story_above(blocks, index):
            continue
        end = index + 1
        headlines = 0
        while end < len(blocks) and _item(blocks[end]):
            if not blocks[end].strip().isdecimal():  # (a rank alone, "1", counts no headline)
                if is_furniture(blocks[end]):
                    break  # "Facebook", "Listen to this article": the page's buttons, no list of headlines
                headlines += 1
            end += 1
        if headlines < _MIN_ITEMS:
            continue
        story = [under for under in blocks[end : end + _LOOK_UNDER] if _paragraph(under)]
        if len(story) >= _MIN_STORY_UNDER and sum(map(len, story)) >= _MIN_STORY_UNDER_CHARS:
            found.update(range(index, end))
    return found


def _story_above(blocks: list[str], index: int) -> bool:
    """The story's paragraphs over the label: a sidebar stands inside the story, not over it."""
    count = 0
    for block in blocks[:index]:
        count += _paragraph(block)
        if count >= _MIN_STORY_ABOVE:
            return True
    return False
