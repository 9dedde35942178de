"""Front blocks told by their shape or by the whole article, rules round 9 added to
``archivist.parse.front``: the page's furniture set off at either end of a front line, a line carried on in
lower case, ``Label: Name`` where a byline stands, a caption closed by a labelled photo credit, and a place
that the story names again (a section's label, ``Local`` or ``Obituaries``, it never names)."""

from __future__ import annotations

import re

from archivist.parse.blocks import Block, Line, block_from
from archivist.parse.byline import Byline
from archivist.parse.bylinedate import dated, place_line
from archivist.parse.credit import credit_line, read_caption_block
from archivist.parse.creditwords import COLON_LABEL, PHOTO_WORDS
from archivist.parse.dateblock import read_date_block
from archivist.parse.frontline import is_prose, loose_byline
from archivist.parse.furniture import is_furniture
from archivist.parse.publication import DateLine
from archivist.record.model import Span, Text

# "Source: Jane Doe", "Posted by: Jane Doe": a one- or two-word label and its colon.
_ANY_LABEL = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]+(?:\s+[a-zà-ÿ]+)?\s*:\s+")


def any_label_then_name(text: str, block: Block) -> Byline | None:
    """Where a byline stands (under the headline, over the date line), ``Label: Jane Doe`` is the byline
    whatever the label says, unless it is a picture's (``Photo: Jane Doe`` credits a photograph)."""
    label = _ANY_LABEL.match(text, block.start, block.end) if block.is_single_line else None
    if label is None:
        return None
    word = label.group(0).rstrip(": \t")
    if (
        PHOTO_WORDS.search(word)
        or (_PICTURE_LABEL.fullmatch(word) and word.casefold() != "source")
        or _NO_AUTHOR_LABEL.search(word)
    ):
        return None
    byline = loose_byline(text, label.end(), block.end)
    if byline is None or not byline.authors:
        return None
    return Byline(Text(block.text, Span(block.start, block.end)), byline.authors)


# "Editor: Jane Doe", "Translated by: Jane Doe": the label of someone who did not write the story.
_NO_AUTHOR_LABEL = re.compile(r"(?i:edit|translat|photo|camera|video|produc)")
# The labels of a picture's credit ("Pic:", "Photograph:", "Courtesy:"); "Source:" is also a byline's.
_PICTURE_LABEL = re.compile(rf"(?i:{COLON_LABEL}|video)")


_PICTURE_WORD = re.compile(r"(?i:photo|pic|foto|image|bild|credit|courtesy)")


def ends_with_photo_credit(text: str, block: Block) -> bool:
    """``KUWAIT: Inspectors remove a tent on Tuesday. — Photo by Jane Doe``: a line closed by a labelled
    photo credit is a caption, though it opens with a dateline's shape (no paragraph ends with one)."""
    if len(block.lines) == 2 and len(block.text) <= 400 and _credit_sized(block.text.rsplit("\n", 1)[-1]):
        # "CLEANUP: Crews clear trees on Monday." over "Jane Doe/The Island Post": a credit line set tight
        # under the line (no paragraph's second line is a credit alone)
        under = read_caption_block(text, block.start, block.end, credit_only_ok=False)
        return (
            under is not None
            and under.image.caption is not None
            and under.rule == "caption-credit-line-under"
        )
    if not block.is_single_line or len(block.text) > 400:
        return False
    if not _PICTURE_WORD.search(block.text):
        # "Close-up: Officers spray a street in Shah Alam. — JANE DOE/The Star": no picture's word, but a
        # "Name/Agency" credit after a spaced dash closes it (a wire paragraph's dash opens no such credit)
        if "/" not in block.text[-_DASH_CREDIT_REACH:]:
            return False  # wire paragraphs are done here
        found = read_caption_block(text, block.start, block.end, credit_only_ok=False)
        return (
            found is not None
            and found.rule == "caption-dash-credit"
            and found.image.caption is not None
            and found.image.credit is not None
            and "/" in found.image.credit.text
        )
    found = read_caption_block(text, block.start, block.end, credit_only_ok=False)
    return (
        found is not None
        and found.image.caption is not None
        and found.rule
        in ("caption-labelled-credit", "caption-house-labelled-credit", "caption-after-labelled-credit")
    )


_DASH_CREDIT_REACH = 60  # a credit's length after its dash: where its slash is looked for


def _credit_sized(line: str) -> bool:
    """A line short enough for a credit and ending no sentence: a wrapped paragraph's last line is done
    without reading the block as a caption."""
    return len(line) <= _MAX_CREDIT_LINE and not line.rstrip().endswith((".", "!", "?", ","))


def over_credit_line(text: str, blocks: list[Block], index: int) -> bool:
    """A one-line block with a credit line set tight under it (``Jane Doe/The Island Post``): a caption,
    though it opens with a dateline's shape (``CLEANUP: Crews clear …``)."""
    if index + 1 >= len(blocks) or not blocks[index].is_single_line:
        return False
    following = blocks[index + 1]
    return (
        following.blank_lines_before == 0
        and following.is_single_line
        and credit_line(text, following.start, following.end) is not None
    )


_ABBREVIATION_LETTERS = 4
_MAX_CREDIT_LINE = 80


def named_again(text: str, place: Text) -> bool:
    """A place of one word in mixed case is named again in the story (a place with its region, ``Bogor,
    West Java``, or in a wire's capitals is a place by its shape)."""
    name = place.text.strip()
    if "," in name or len(name.split()) > 1 or (name.isupper() and len(name) > _ABBREVIATION_LETTERS):
        return True  # "VALLETTA": a wire's place in capitals ("MVT", "EST": a zone or currency's letters)
    return (
        text.find(name, place.span.end) >= 0
        or text.find(name.title(), place.span.end) >= 0
        or (0 <= text.find(name) < place.span.start)
    )


_FRONT_SEGMENT = re.compile(r"\s+[|·•]\s+")


def without_furniture_segment(text: str, block: Block) -> Block:
    """``Jane Doe · 5 min read``, ``3 min read | Mar 3, 2026``: a front line without the page's furniture
    set off by a bar or bullet at either end (a reading time belongs to no field)."""
    line = block.text
    if (
        not block.is_single_line
        or len(line) > 160
        # (the marks looked for alone first: most lines hold none, and ``in`` is cheaper than the pattern)
        or ("|" not in line and "·" not in line and "•" not in line)
        or not _FRONT_SEGMENT.search(line)
    ):
        return block
    separators = list(_FRONT_SEGMENT.finditer(text, block.start, block.end))
    last, first = separators[-1], separators[0]
    if is_furniture(text[last.end() : block.end], whole=False):
        end = last.start()
        line = Line(block.start, end, block.lines[0].indented)
        return Block(block.start, end, text[block.start : end], (line,), block.blank_lines_before)
    if is_furniture(text[block.start : first.start()], whole=False):
        return block_from(text, block, first.end())
    return block


_JOINING_WORD = re.compile(r"(?:and|or|then|&|,)\s+")


def continues_front_line(blocks: list[Block], index: int, last_front: int) -> bool:
    """``Posted at 5:42 PM`` / ``and last updated 6:10 PM``: a short line opening in lower case, set tight
    under a front line, carries that line on (no standfirst or paragraph opens in lower case)."""
    block = blocks[index]
    return (
        last_front == index - 1
        and index > 0
        and block.blank_lines_before == 0
        and block.is_single_line
        and len(block.text) <= 100
        and block.text[:1].islower()
        # Georgian's letters are lower case to Unicode (its capitals, Mtavruli, are a display form), but the
        # script is written without case: a Georgian line opens with one whatever it is
        and not _GEORGIAN_FIRST <= block.text[0] <= _GEORGIAN_LAST
    )


_GEORGIAN_FIRST, _GEORGIAN_LAST = "\u10d0", "\u10ff"


def continued_dates(text: str, block: Block) -> tuple[DateLine, ...]:
    """``and last updated 6:10 PM, Nov 09, 2026``: the dates of a continued line, read after its joining
    word (none if it holds no date line)."""
    joined = _JOINING_WORD.match(text, block.start, block.end)
    date_block = read_date_block(text, joined.end(), block.end) if joined else None
    return date_block.dates if date_block is not None else ()


def place_over_date_line(text: str, blocks: list[Block], index: int) -> bool:
    """``Jane Doe`` / ``Marbella`` / the date line (or ``ANKARA`` right under the headline, over the date
    line): the place over the date is where the story was filed from, its dateline, when the story names it
    again (a section's label, ``Obituaries``, it does not; ``BUSINESS`` it writes in lower case too)."""
    block = blocks[index]
    if index + 1 >= len(blocks) or not place_line(block.text) or not dated(text, blocks[index + 1]):
        return False
    if text.count(block.text) > 1:
        return True
    name = block.text.strip()
    return (
        name.isupper()
        and len(name) > _ABBREVIATION_LETTERS
        and re.search(rf"(?<!\w){re.escape(name.title())}(?!\w)", text) is not None
        and re.search(rf"(?<!\w){re.escape(name.casefold())}(?!\w)", text) is None
    )


def place_over_first_paragraph(text: str, blocks: list[Block], index: int) -> bool:
    """``Nuku'alofa, Tonga`` (or ``VALLETTA``) on a line of its own right over the story's first paragraph:
    where the story was filed from, when the story names the place again (a name and a title, ``Jane Doe,
    Reporter``, are no place written twice)."""
    block = blocks[index]
    if index + 1 >= len(blocks) or not block.is_single_line or len(block.text) > _MAX_PLACE_LINE:
        return False
    parts = block.text.strip().split(", ")
    if not 1 <= len(parts) <= 2 or not all(place_line(part) for part in parts):
        return False
    if len(parts) == 1 and (not parts[0].isupper() or len(parts[0]) <= _ABBREVIATION_LETTERS):
        return False  # one word in mixed case is a section's label as often as a place
    return text.find(parts[0], block.end) >= 0 and is_prose(blocks[index + 1].text)


_MAX_PLACE_LINE = 60


def standfirst_over_lead_image(text: str, blocks: list[Block], index: int) -> bool:
    """``TP HCM - The flyover opened on Friday, two months early.`` right under the headline, over the lead
    image's caption and credit, the story under them: the page's order (standfirst, picture, story) makes
    the paragraph over the picture the standfirst, though it opens with its place like a dateline."""
    if index + 2 >= len(blocks) or not blocks[index].is_single_line:
        return False
    under = blocks[index + 1]
    found = read_caption_block(text, under.start, under.end, credit_only_ok=False)
    return (
        found is not None
        and found.image.caption is not None
        and found.image.credit is not None
        and is_prose(blocks[index + 2].text)
    )


_SITE_WORD = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]{4,24}")


def site_name_over_date(text: str, block: Block) -> bool:
    """``Bnamericas`` alone right under the headline, over the date line: the site's name signing the story
    (a byline naming no one), when the story never names the word again (a section's name or a place is
    written in it as often as not; one in capitals is a wire's place)."""
    word = block.text.strip()
    if not block.is_single_line or _SITE_WORD.fullmatch(word) is None:
        return False
    return text.find(word, block.end) < 0 and text.find(word.casefold(), block.end) < 0
