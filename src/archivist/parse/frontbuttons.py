"""The page's buttons told by their shape on the front (no words looked up): ``Artikel anhören`` /
``Teilen``, ``Share Via`` / ``Copy link``, ``Lire plus tard`` / ``Partager``, ``Visitar sitio``.

A caption describes its picture (a sentence, or a phrase of several words) and a credit names a person or
an agency; a button is one to three short words with no stop, often several such lines in a row. Such
lines are the buttons, not the lead image's caption and credit nor the standfirst, where the page gives
more evidence than their shape: the lead picture's caption (a caption with its credit, or a line closed
by a credit) right under them, or a column of three or more with no name among them. Read for
``archivist.parse.front``, which leaves them out as furniture (``front-buttons-shape-left-out``)."""

from __future__ import annotations

from archivist.parse.blocks import Block
from archivist.parse.bylineblock import read_byline_block
from archivist.parse.credit import read_caption_block

_MAX_WORDS = 3
_MAX_CHARS = 24
_MAX_LINES = 6
_COLUMN = 3  # lines of buttons set tight: no caption and credit run to three such lines
_MAX_NOTICE_WORDS = 6  # "Article réservé aux abonnés" between the buttons and the picture
_MAX_REACH = 6  # blocks of buttons (and such notices) over the picture
MAX_BUTTON_LINE = _MAX_CHARS + 2  # a button's line, with a space around it at most
MAX_BUTTONS_TEXT = _MAX_LINES * (_MAX_CHARS + 1)  # a block of buttons is no longer
_STOPS = (".", "!", "?", "…", ":", ";", ",")
_CLOSERS = "\"'”’)»"
_QUOTES = "\"'”’»"  # (not a bracket: "… (HT Photo)" closes a caption with its credit)
_SENTENCE_END = (".", "!", "?", "…")


def _button_shaped(line: str) -> bool:
    stripped = line.strip()
    return (
        0 < len(stripped) <= _MAX_CHARS
        and len(stripped.split()) <= _MAX_WORDS
        and not stripped.rstrip(_CLOSERS).endswith(_STOPS)
        and not any(map(str.isdigit, stripped))  # dates, times, counts: other readers' lines
        and "/" not in stripped  # "AP/Jane Doe": a credit's shape
        and "|" not in stripped
        and stripped[0] not in "([©"
    )


def _button_block(block: Block) -> bool:
    if len(block.text) > MAX_BUTTONS_TEXT:
        return False
    lines = block.lines
    return 1 <= len(lines) <= _MAX_LINES and all(_button_shaped(text) for text in _texts(block))


def _texts(block: Block) -> list[str]:
    return block.text.splitlines()


def _name_line(text: str, block: Block, line: str) -> bool:
    start = text.find(line, block.start, block.end)
    if start < 0:
        return False
    found = read_byline_block(text, start, start + len(line), bare_ok=True)
    return found is not None and bool(found.byline.authors)


def _captioned(text: str, blocks: list[Block], at: int) -> bool:
    """A caption with its credit (two lines, or a line closed by its credit, or a line over its credit set
    tight as a block of its own): the picture under the buttons."""
    block = blocks[at]
    if len(block.text.split()) <= _MAX_WORDS:
        return False  # a caption describes its picture in more words than a button holds
    end = block.end
    if at + 1 < len(blocks) and block.is_single_line and blocks[at + 1].blank_lines_before == 0:
        end = blocks[at + 1].end  # "Ein Nachtbus der Linie …" / "Foto: Jane Doe"
    elif block.text.rstrip(_QUOTES).endswith(_SENTENCE_END):
        return False  # a sentence closing the block with no credit after it or under it: a paragraph
    found = read_caption_block(text, block.start, end, credit_only_ok=False)
    if found is None and end != block.end:
        found = read_caption_block(text, block.start, block.end, credit_only_ok=False)
    return found is not None and found.image.caption is not None and found.image.credit is not None


def _named(text: str, blocks: list[Block], first: int, last: int) -> list[bool]:
    """Whether each line of ``blocks[first:last + 1]`` reads as a name alone (asked once a run is read)."""
    return [_name_line(text, blocks[i], line) for i in range(first, last + 1) for line in _texts(blocks[i])]


def _column_end(text: str, blocks: list[Block], index: int) -> int:
    """The last block of three lines or more of buttons set tight from ``index``, or -1: one block, or one
    line a block (as the copy split them). The first line no name, and at most one line of them reads as
    one (``Text Size`` is set as a name is): a byline opens with its name."""
    lines, last = len(blocks[index].lines), index
    while (
        last + 1 < len(blocks)
        and blocks[last + 1].blank_lines_before == 0
        and _button_block(blocks[last + 1])
    ):
        last += 1
        lines += len(blocks[last].lines)
    if lines < _COLUMN:
        return -1
    names = _named(text, blocks, index, last)
    return last if not names[0] and sum(names) <= 1 else -1


def buttons_by_shape(text: str, blocks: list[Block], index: int, *, column_ok: bool) -> int:
    """The index of the last block of the page's buttons opening at ``index`` (read by shape), or -1.

    ``column_ok``: a column read with no picture under it (only where no text is read above it: under
    paragraphs, a column of short lines is what closes a short story, ``Related topics`` / its names)."""
    block = blocks[index]
    if block.blank_lines_before == 0 or not _button_block(block):
        return -1  # (a line set tight under a byline is its place or its title: "Jane Doe" / "Recife")
    column = _column_end(text, blocks, index) if column_ok else -1
    if column >= 0:
        return column  # "Share this story" / "facebook" / "twitter" / "whatsapp": a column of buttons
    last = index
    for below in range(index + 1, min(len(blocks), index + 1 + _MAX_REACH)):
        candidate = blocks[below]
        if _captioned(text, blocks, below):
            # every line of the run a name alone: the byline ("Jane Doe" / "John Roe") over the picture
            return -1 if all(_named(text, blocks, index, last)) else last
        if not _button_block(candidate) and not (
            candidate.is_single_line
            and len(candidate.text.split()) <= _MAX_NOTICE_WORDS
            and not candidate.text.rstrip(_CLOSERS).endswith(_STOPS)
            and not any(map(str.isdigit, candidate.text))
        ):
            return -1
        last = below
    return -1
