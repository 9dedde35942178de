"""The lead image's caption and credit when the copy splits them over lines of the front: a credit line
under or over its caption, a screen reader's spoken labels, a caption and its credit as two blocks. Read
for ``archivist.parse.front``, which decides where they stand."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from archivist.parse.blocks import Block, line_breaks
from archivist.parse.bylineblock import _by_match, read_byline_block
from archivist.parse.bylinedate import dated, over_date_line
from archivist.parse.credit import credit_line, read_caption_block, uncredited_caption
from archivist.parse.creditwords import LABELLED, OTHER_COLONS, PHOTO_WORDS, STOCK_CREDIT
from archivist.parse.dateline import find_dateline
from archivist.parse.frontline import unspaced_sentence_end
from archivist.parse.frontmeta import after_meta
from archivist.parse.furniture import is_furniture
from archivist.parse.image import find_caption
from archivist.parse.labelwords import CAPTION_TOGGLES, label_alternation, table_words
from archivist.parse.spoken import opens_with_spoken_label
from archivist.parse.standfirst import labelled_box
from archivist.record.model import Evidence, Image, Span, Text

if TYPE_CHECKING:
    from archivist.parse.structure import Layout


def caption_then_credit(
    text: str, blocks: list[Block], index: int, pending: list[tuple[int, int, int]], layout: Layout
) -> bool:
    """A credit line right under a one-line caption (the copy split them): the two are the image."""
    if not pending or pending[-1][0] != index - 1 or index - 1 <= 0:
        return False
    return _line_then_credit(text, blocks, index - 1, layout) or _line_over_labelled_credit(
        text, blocks, index - 1, layout
    )


def _name_over_date(text: str, blocks: list[Block], index: int) -> bool:
    """``Jane Doe`` (or ``di Jane Doe``) with no label, slash or bar, right over a date line: the byline
    over its date, as pages set it under the standfirst, not the credit of the line above."""
    line = blocks[index].text
    if "/" in line or "|" in line or LABELLED.search(line) is not None:
        return False
    if index + 1 < len(blocks) and _bare_name(text, blocks[index + 1]):
        return False  # "JUAN PÉREZ" / "Ana Ruiz" / the date: the name over the date is the byline, not this
    return over_date_line(text, blocks, index)


def _name_over_name(text: str, blocks: list[Block], index: int) -> bool:
    """``Ravi Mendoza`` set tight over ``Leah Okafor`` under a line that ends no sentence (``Heard on Morning
    Edition``): two bare names on two lines, in the same case, are two authors, so the upper one is no credit
    of the line over it. (A caption ending with its stop over ``JUAN PÉREZ`` over ``Ana Ruiz``: the credit in
    capitals, then the byline.)"""
    if index + 1 >= len(blocks) or blocks[index + 1].blank_lines_before > 0:
        return False
    if blocks[index - 1].text.rstrip().endswith((".", "!", "?", ")")):
        return False
    if blocks[index].text.isupper() != blocks[index + 1].text.isupper():
        return False
    if not blocks[index + 1].is_single_line or not _bare_name(text, blocks[index + 1]):
        return False
    both = read_byline_block(text, blocks[index].start, blocks[index + 1].end, bare_ok=True)
    return both is not None and both.rule == "byline-two-lines" and len(both.byline.authors) == 2


def _plain_name(text: str, block: Block) -> bool:
    """A line that is a person's name and nothing else: no label, slash, bar or agency's word."""
    line = block.text
    if "/" in line or "|" in line or LABELLED.search(line) is not None:
        return False
    return PHOTO_WORDS.search(line) is None and _bare_name(text, block)


def _bare_name(text: str, block: Block) -> bool:
    found = read_byline_block(text, block.start, block.end, bare_ok=True) if block.is_single_line else None
    return found is not None and bool(found.byline.authors)


def crumbs_over_credit_shape(blocks: list[Block], index: int) -> bool:
    """A line of one word (``München``, ``Actualité``) set tight over a short line without a credit's label
    (``SZ Plus``, ``Société``): the page's section crumbs, which a caption and its credit look like. A
    caption describes its picture in more than one word."""
    if index + 1 >= len(blocks):
        return False
    first, second = blocks[index], blocks[index + 1]
    return (
        first.is_single_line
        and second.is_single_line
        and second.blank_lines_before == 0
        and len(first.text.split()) == 1
        # ("ABC Ballarat" / "/" / "By Jane Doe": the bar between a desk's line and its byline, then the
        # labelled byline, no crumb)
        and _by_match(second.text, 0, len(second.text)) is None
        and len(second.text.split()) <= _MAX_CRUMB_WORDS
        and LABELLED.search(second.text) is None
        and not any(map(str.isdigit, second.text))  # "Obituaries" over its date line
        # two sentences of Chinese or Japanese are one word a line too (no spaces): crumbs end no sentence
        and not unspaced_sentence_end(first.text)
        and not unspaced_sentence_end(second.text)
        # (a line set tight over a credit with its picture label is that picture's caption, no crumb:
        # "ចែករំលែក" / the caption / "រូបថត៖ …", a button's word over it)
        and not _labelled_credit_tight_under(blocks, index + 2)
        # ("共有" / "この記事のポイント" over its points: the label of the standfirst's box, no crumb)
        and labelled_box(blocks, index + 1) is None
    )


def _labelled_credit_tight_under(blocks: list[Block], at: int) -> bool:
    return (
        at < len(blocks)
        and blocks[at].blank_lines_before == 0
        and blocks[at].is_single_line
        and _PICTURE_LABEL_FIRST.match(blocks[at].text) is not None
    )


_MAX_CRUMB_WORDS = 3


def caption_over_credit(text: str, blocks: list[Block], index: int, layout: Layout) -> bool:
    """A line of the front that is no byline, date or prose (``Jane Doe in 'Ore'``), set tight over a credit
    line (``Courtesy of Example Pictures``, ``Photo: Jane Doe``): the credit tells it is the caption."""
    return index + 1 < len(blocks) and _line_then_credit(text, blocks, index, layout)


def _line_then_credit(text: str, blocks: list[Block], at: int, layout: Layout) -> bool:
    """``blocks[at]`` a caption, ``blocks[at + 1]`` its credit line: read them as the image, unless the
    credit line is a name over the date line (the byline; the line over it the standfirst)."""
    caption, credit = blocks[at], blocks[at + 1]
    if not caption.is_single_line or not credit.is_single_line or len(caption.text) > 300:
        return False
    if caption.text.endswith(":") or credit.blank_lines_before > 0:
        return False
    found = read_caption_block(text, caption.start, credit.end, credit_only_ok=False)
    if found is None or found.rule != "caption-credit-line-under":
        return False
    # (asked only here, once the two read as an image: most blocks are done before these dearer tests)
    if _byline_over_date(text, blocks, at + 1, layout) or _name_over_date(text, blocks, at + 1):
        return False
    if _name_over_name(text, blocks, at + 1):
        return False
    if _labelled_credit_below(blocks, at + 2) and LABELLED.search(credit.text) is None:
        return False
    layout.image = merge_images(layout.image, found.image)
    layout.evidence["image"] = Evidence("text", found.rule)
    return True


# How far below a pair read by its shape a labelled credit line is looked for: the share buttons, a view
# counter and the byline may stand between.
_LABELLED_REACH = 4


def _labelled_credit_below(blocks: list[Block], first: int) -> bool:
    """Whether one of the few lines from ``blocks[first]`` on opens with a picture's label (``Foto:``,
    ``Фото:``, ``ფოტო:``): the picture's credit, which says where the picture stands. Two lines above it
    read as caption and credit by their shape alone (a standfirst over the bare byline, ``Автор: X`` over
    ``Бөлісу``) are not that picture."""
    for block in blocks[first : first + _LABELLED_REACH]:
        if block.is_single_line and _PICTURE_LABEL_FIRST.match(block.text) is not None:
            return True
    return False


def labelled_pair_over_story(text: str, blocks: list[Block]) -> tuple[int, Image] | None:
    """Among the lines with no stop left over the story's first paragraph (buttons, counters, a date line
    the front did not read), a line set tight over a line that opens with a picture's label (``Lənkəranda
    çay plantasiyası`` over ``Foto: Xəzərinfo``): the lead picture's caption and credit, the label its
    evidence. Return the caption line's index and the image, or None."""
    for at in range(len(blocks) - 1):
        caption, credit = blocks[at], blocks[at + 1]
        if (
            not credit.is_single_line
            or credit.blank_lines_before > 0
            or _PICTURE_LABEL_FIRST.match(credit.text) is None
            or not caption.is_single_line
            or len(caption.text) > _MAX_CAPTION_LINE
            or caption.text.endswith(":")
            or _PICTURE_LABEL_FIRST.match(caption.text) is not None
            or is_furniture(caption.text)
            or dated(text, caption)
        ):
            continue
        found = read_caption_block(text, credit.start, credit.end, credit_only_ok=True)
        if found is None or found.image.caption is not None or found.image.credit is None:
            continue
        line = Text(caption.text, Span(caption.start, caption.end))
        return at, Image(line, found.image.credit, Span(caption.start, credit.end), None)
    return None


def spoken_caption(text: str, blocks: list[Block], index: int, layout: Layout) -> int:
    """``Image caption,`` / its caption / ``Image source,`` / its credit, one line each with no blank line
    between (a screen reader's labels copied with the picture): read them as the image; return the index
    of the last line taken, or 0."""
    if not opens_with_spoken_label(blocks[index].text):
        return 0
    last = index
    while last + 1 < len(blocks) and last - index < 3 and blocks[last + 1].blank_lines_before == 0:
        last += 1
    while last > index:
        found = read_caption_block(text, blocks[index].start, blocks[last].end, credit_only_ok=False)
        if found is not None and found.rule == "caption-spoken-labels":
            layout.image = merge_images(layout.image, found.image)
            layout.evidence["image"] = Evidence("text", found.rule)
            return last
        last -= 1
    return 0


def credit_line_under(text: str, blocks: list[Block], index: int, layout: Layout) -> bool:
    """The credit on its own line right under a caption (no blank line between): the image's credit, even
    when the caption ran a credit of its own (that one is the caption's, the line is the page's)."""
    if index + 1 >= len(blocks) or layout.image is None:
        return False
    following = blocks[index + 1]
    if following.blank_lines_before > 0 or not following.is_single_line:
        return False
    if _name_over_date(text, blocks, index + 1) or is_furniture(following.text):
        return False  # ("Short Url", "Listen In Arabic": the page's buttons, no credit)
    if labelled_box(blocks, index + 1) is not None:
        return False  # "Summary" over the points set tight under the caption: the standfirst box's label
    image = layout.image
    lines = blocks[index].lines
    if image.credit is not None and len(lines) > 1 and image.credit.span.start >= lines[-1].start:
        return False  # the caption's credit is a line of its own already: a name line under it is a byline
    if image.credit is not None and _plain_name(text, following):
        # "… en el Valle de Uco.Ramiro Gómez" over "Mariana Quiroga": the caption names its photographer
        # already; a person's name alone under it, with no label, slash or agency, is the byline (a second
        # credit of the page's is set as a credit is, "Harbour Daily/John Roe")
        return False
    credit = credit_line(text, following.start, following.end)
    if credit is None:
        return False
    layout.image = Image(image.caption, credit, Span(image.span.start, following.end), image.url)
    layout.evidence["image"] = Evidence("text", "caption-credit-line-under")
    return True


def caption_under_credit(text: str, blocks: list[Block], index: int, layout: Layout) -> bool:
    """A credit alone, then with no blank line a line that describes the picture: the credit sits above
    its caption (the page put the credit first)."""
    image = layout.image
    if index + 1 >= len(blocks) - 1 or image is None or image.caption is not None or image.credit is None:
        return False
    following = blocks[index + 1]
    if following.blank_lines_before > 0 or not following.is_single_line or len(following.text) > 400:
        return False
    if find_dateline(text, following.start, following.end) is not None:
        return False
    caption = Text(following.text, Span(following.start, following.end))
    layout.image = Image(caption, image.credit, Span(image.span.start, following.end), image.url)
    layout.evidence["image"] = Evidence("text", "caption-credit-line-above")
    return True


def needs_caption(image: Image | None) -> bool:
    return image is None or (image.caption is None and image.credit is None)


# A Chinese or Japanese caption told by its own marks, with no credit: the day and the place the
# picture was taken in brackets closing it (``記者会見する高橋社長（3日、東京都港区）``,
# ``…＝3日午後、東京都千代田区``), as the Japanese press sets every caption, or the "pictured is" opening a
# Chinese caption (``图为…``, ``圖為…``, ``圖說：…``). A headline, a standfirst or a paragraph carries
# neither.
_CJK_CAPTION = re.compile(
    r"(?:[^\r\n（）]{4,}[（(][0-9０-９]{1,2}日[^\r\n（）()、,，]{0,6}[、，,][^\r\n（）()]{2,24}[）)]"
    r"|[^\r\n＝]{4,}＝[0-9０-９]{1,2}日[^\r\n＝。]{0,30}"
    r"|(?:图为|圖為|图说|圖說)[：:\s]?[^\r\n]{4,})"
)
_MAX_CJK_CAPTION = 120


def cjk_marked_caption(block: Block) -> Image | None:
    """The line ``block`` read as the lead picture's caption with no credit by the marks a Chinese or
    Japanese caption carries (``_CJK_CAPTION``), or None."""
    line = block.text
    if not block.is_single_line or len(line) > _MAX_CJK_CAPTION or line.isascii():
        return None
    if "日" not in line and line[:1] not in "图圖":
        return None  # (no day and no "pictured is": most lines, told before the pattern)
    if _CJK_CAPTION.fullmatch(line) is None:
        return None
    caption = Text(line, Span(block.start, block.end))
    return Image(caption, None, caption.span, None)


def credit_alone(image: Image | None) -> bool:
    """A credit read with no caption (``Source: Xinhua`` under the headline): a caption line below that
    carries its own credit (``… (Xinhua/Jane Doe)``) is the picture's, and takes its place."""
    return image is not None and image.caption is None and image.credit is not None


def merge_images(reference: Image | None, captioned: Image) -> Image:
    """An image file named on one line and captioned on the next is one image."""
    if reference is None:
        return captioned
    span = Span(min(reference.span.start, captioned.span.start), max(reference.span.end, captioned.span.end))
    return Image(captioned.caption, captioned.credit, span, captioned.url or reference.url)


def read_caption(text: str, block: Block, layout: Layout, *, credit_only_ok: bool) -> int:
    """Read ``block`` as the lead image's caption; return where text run on after it starts (the block's
    end if none), or 0 if the block is no caption."""
    found = read_caption_block(text, block.start, block.end, credit_only_ok=credit_only_ok)
    if credit_alone(layout.image) and (
        found is None or found.image.caption is None or found.image.credit is None
    ):
        return 0  # under a credit read alone, only a whole caption with its own credit is the picture's
    if (
        found is not None
        and found.image.caption is None
        and _under_byline(text, block, layout)
        and not _given_picture(found.image.credit)
    ):
        return 0  # "By Jane Doe" / "(The Example Times)": the byline's paper under it, no credit
    if found is not None:
        layout.image = merge_images(layout.image, found.image)
        layout.evidence["image"] = Evidence("text", found.rule)
        return block.end
    old = find_caption(text, block.start, block.end, allow_agency_credit=True)
    if old is None:
        return 0
    layout.image = merge_images(layout.image, old.image)
    layout.evidence["image"] = Evidence("text", "caption-wire-credit")
    return old.rest_start if old.rest_start is not None else block.end


def _given_picture(credit: Text | None) -> bool:
    """``Contributed``, ``Supplied``, ``Divulgação``: a word saying who gave the picture, a credit wherever it
    is set (no paper's or place's name carrying a byline on)."""
    return credit is not None and STOCK_CREDIT.fullmatch(credit.text) is not None


def _under_byline(text: str, block: Block, layout: Layout) -> bool:
    """A line set tight under the byline (no blank line between) carries the byline on."""
    byline = layout.byline
    return (
        byline is not None
        and block.is_single_line
        and byline.text.span.end <= block.start
        and line_breaks(text, byline.text.span.end, block.start) == 1
    )


# "Mkandawire: We are assessing the damage": a speaker's name, a colon and a few words of what they said.
_SPEAKER_LINE = re.compile(
    r"(?P<speaker>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?)\s*:\s+(?P<words>[^\r\n]{8,120})"
)


def quoted_speaker_line(text: str, block: Block) -> bool:
    """``Speaker: words`` on one line without a stop, the speaker named and the words quoted again below."""
    if not block.is_single_line or ":" not in block.text or block.text.rstrip().endswith((".", "!", "?")):
        return False
    found = _SPEAKER_LINE.fullmatch(block.text)
    if found is None:
        return False
    rest = text[block.end :]
    words = found.group("words").strip().rstrip("\"”’'")
    return found.group("speaker") in rest and words.casefold() in rest.casefold()


def speaker_caption(text: str, block: Block, layout: Layout) -> bool:
    """A line ``Speaker: words`` in the front, with no stop, whose words the story quotes again below and
    whose speaker it names again: the picture's caption (the speaker's portrait), printed without credit.
    A standfirst says what happened; it does not restate a quotation word for word."""
    if not quoted_speaker_line(text, block):
        return False
    caption = Text(block.text, Span(block.start, block.end))
    layout.image = merge_images(layout.image, Image(caption, None, caption.span, None))
    layout.evidence["image"] = Evidence("text", "caption-speaker-quoted-below")
    return True


_MAX_NAME_LINES = 4  # "Jane Doe" / "John Roe" / the date: one author a line


def _byline_over_date(text: str, blocks: list[Block], index: int, layout: Layout) -> bool:
    """``blocks[index]`` a name line (``Jane Doe``, ``By Jane Doe``) over the date line, no byline or date
    read yet: the page's byline under its standfirst (deck, byline, date set tight), not the credit of a
    caption above it. Several authors stand one a line over the date, set alike (all in capitals or none):
    a credit in capitals over a name in mixed case (``JANE DOE`` / ``John Roe`` / the date) is the
    caption's credit over the byline."""
    if layout.byline is not None or layout.dates:
        return False
    at = index
    for _ in range(_MAX_NAME_LINES):
        line = blocks[at]
        found = read_byline_block(text, line.start, line.end, bare_ok=True) if line.is_single_line else None
        if found is None or not found.byline.authors or at + 1 >= len(blocks):
            return False
        under = blocks[at + 1]
        if dated(text, under):
            return True
        if under.blank_lines_before > 0 or under.text.isupper() != line.text.isupper():
            return False
        at += 1
    return False


_TOGGLES = frozenset(word.casefold() for word in table_words(CAPTION_TOGGLES))
_MAX_TOGGLED_CAPTION = 400


def is_caption_toggle(line: str) -> bool:
    """``hide caption``, ``toggle caption``: a button that hides or shows the picture's caption."""
    return len(line) <= _MAX_TOGGLE and line.strip().casefold() in _TOGGLES


# the first letters of the buttons, in either case: most of the front's lines open with none of them
_TOGGLE_FIRSTS = frozenset(letter for word in _TOGGLES for letter in (word[0], word[0].upper()))


_MAX_TOGGLE = 40


def toggled_caption(text: str, blocks: list[Block], index: int, layout: Layout) -> int:
    """The caption from ``blocks[index]``, its credit on the line set tight under it (in the same block or
    the next), then the button hiding the caption (``hide caption``; ``toggle caption`` and the credit
    again may follow): the picture's caption and credit, told by the button whatever was read as the image
    above. Return the index of the last block taken (the buttons and the credit said again), or 0."""
    line = blocks[index].text
    if (
        line[:1] in _TOGGLE_FIRSTS
        and is_caption_toggle(line)
        and (between := _between_toggles(text, blocks, index, layout))
    ):
        return between
    if not any(
        len(blocks[at].text) <= _MAX_TOGGLE and blocks[at].text.strip().casefold() in _TOGGLES
        for at in range(index + 1, min(index + 3, len(blocks)))
    ):
        return 0  # no caption's button under it (most front blocks: done here)
    block = blocks[index]
    if (after := _caption_toggles_credit(text, blocks, index, layout)) is not None:
        return after
    if len(block.lines) == 2:
        (caption_start, caption_end), (credit_start, credit_end) = (
            (line.start, line.end) for line in block.lines
        )
        button_at = index + 1
    elif block.is_single_line and index + 1 < len(blocks):
        below = blocks[index + 1]
        if below.blank_lines_before > 0 or not below.is_single_line:
            return 0
        caption_start, caption_end, credit_start, credit_end = block.start, block.end, below.start, below.end
        button_at = index + 2
    else:
        return 0
    if button_at >= len(blocks) or caption_end - caption_start > _MAX_TOGGLED_CAPTION:
        return 0
    button = blocks[button_at]
    if not is_caption_toggle(button.text) or not button.is_single_line or button.blank_lines_before > 0:
        return 0
    credit = credit_line(text, credit_start, credit_end)
    if credit is None:
        return 0
    caption = Text(text[caption_start:caption_end], Span(caption_start, caption_end))
    layout.image = Image(caption, credit, Span(caption_start, credit_end), None)
    layout.evidence["image"] = Evidence("text", "caption-credit-over-caption-toggle")
    last = button_at
    said = text[credit_start:credit_end].strip()
    # "toggle caption" / the credit said again under it: the same picture's buttons
    while last + 1 < len(blocks) and (
        is_caption_toggle(blocks[last + 1].text) or blocks[last + 1].text.strip() == said
    ):
        last += 1
    return last


def _caption_toggles_credit(text: str, blocks: list[Block], index: int, layout: Layout) -> int | None:
    """``Nurse manager … on Friday.`` / ``hide caption`` / ``toggle caption`` / ``Jane Doe/KOZP``, each set
    tight under the one above: the caption, its buttons, then its credit under them (the public radio
    pages' order). Read them as the picture; return the index of the credit's block, or None."""
    block = blocks[index]
    if not block.is_single_line or len(block.text) > _MAX_TOGGLED_CAPTION or is_caption_toggle(block.text):
        return None
    last = index + 1
    while (
        last < len(blocks)
        and blocks[last].is_single_line
        and blocks[last].blank_lines_before == 0
        and is_caption_toggle(blocks[last].text)
    ):
        last += 1
    if last == index + 1 or last >= len(blocks):
        return None
    below = blocks[last]
    if not below.is_single_line or below.blank_lines_before > 0:
        return None
    credit = credit_line(text, below.start, below.end)
    if credit is None or credit_line(text, block.start, block.end) is not None:
        return None  # no credit under the buttons, or the line over them is a credit itself
    caption = Text(block.text, Span(block.start, block.end))
    layout.image = Image(caption, credit, Span(block.start, below.end), None)
    layout.evidence["image"] = Evidence("text", "caption-toggles-credit-under")
    return last


_MAX_BETWEEN_TOGGLES = 3  # the credit, the caption, the credit said again


def _between_toggles(text: str, blocks: list[Block], index: int, layout: Layout) -> int:
    """``toggle caption`` / ``Jane Doe/KVRD`` / the caption / ``Jane Doe/KVRD`` / ``hide caption``, each
    line a block of its own (blank lines between): the buttons that show and hide the caption stand around
    the picture's caption and its credit, the credit said over and under the caption (or only under it).
    Read them as the picture whatever was read as the image above; return the index of the closing button,
    or 0. A line between the buttons that is no credit is the caption; the one said twice is the credit."""
    last = index + 1
    while last < len(blocks) and last - index <= _MAX_BETWEEN_TOGGLES:
        if is_caption_toggle(blocks[last].text):
            break
        if not blocks[last].is_single_line or len(blocks[last].text) > _MAX_TOGGLED_CAPTION:
            return 0
        last += 1
    if last >= len(blocks) or not is_caption_toggle(blocks[last].text):
        return 0
    lines = blocks[index + 1 : last]
    if len(lines) == 3 and lines[0].text.strip() == lines[2].text.strip():
        caption_block, credit_block = lines[1], lines[2]
    elif len(lines) == 2:
        caption_block, credit_block = lines
    else:
        return 0
    credit = credit_line(text, credit_block.start, credit_block.end)
    if credit is None or credit_line(text, caption_block.start, caption_block.end) is not None:
        return 0  # no credit under the caption, or the line over it is a credit too
    caption = Text(caption_block.text, Span(caption_block.start, caption_block.end))
    layout.image = Image(caption, credit, Span(lines[0].start, credit_block.end), None)
    layout.evidence["image"] = Evidence("text", "caption-credit-between-caption-toggles")
    return last


# Two lines read as caption and credit by their shape alone (a line over a short name-like line): weaker
# evidence than a screen reader's labels or a caption's toggle, which take the picture's place.
_SHAPE_RULES = frozenset({"caption-credit-line-under", "caption-credit-line-above"})


def weakly_read(layout: Layout) -> bool:
    """Whether the image read so far was told only by the shape of two lines."""
    found = layout.evidence.get("image")
    return layout.image is not None and found is not None and found.rule in _SHAPE_RULES


# "Photo credit:", "Photo:", "Foto:", "Kuva:" opening a line: the line names who took a picture, and says so.
_PICTURE_LABEL_FIRST = re.compile(
    r"(?i:photo\s+credit|picture\s+credit|image\s+credit|photo(?:graph)?|picture|pic|image"
    rf"|{label_alternation('photo')})\s*[:|{OTHER_COLONS}]\s*\S"
)
_MAX_CAPTION_LINE = 250


def _line_over_labelled_credit(text: str, blocks: list[Block], at: int, layout: Layout) -> bool:
    """``Tea farmers picking leaves at a farm in Kericho County.`` over ``Photo credit: File | Nation Media
    Group``, a blank line between: a credit line that opens with its picture label says a picture stands
    there, and the one line right over it, after the byline or date line, is that picture's caption (the
    copy set each in a box of its own) when the page's standfirst is the labelled box right under the credit
    (``What you need to know:`` over its points): a page has one standfirst, and a line over a picture's
    credit with none below is that standfirst (``Plan ahead! …`` over ``Photo: Jane Doe``)."""
    caption, credit = blocks[at], blocks[at + 1]
    if (
        at + 2 >= len(blocks)
        or labelled_box(blocks, at + 2) is None
        or not caption.is_single_line
        or not credit.is_single_line
        or len(caption.text) > _MAX_CAPTION_LINE
        or caption.text.endswith(":")
        or not (layout.byline is not None or layout.dates)
        or _PICTURE_LABEL_FIRST.match(credit.text) is None
    ):
        return False
    found = read_caption_block(text, credit.start, credit.end, credit_only_ok=True)
    if found is None or found.image.caption is not None or found.image.credit is None:
        return False
    if read_caption_block(text, caption.start, caption.end, credit_only_ok=True) is not None:
        return False  # the line above is a credit or a caption of its own
    line = Text(caption.text, Span(caption.start, caption.end))
    layout.image = merge_images(
        layout.image, Image(line, found.image.credit, Span(caption.start, credit.end), None)
    )
    layout.evidence["image"] = Evidence("text", "caption-over-labelled-credit-line")
    return True


def caption_over_credit_alone(
    text: str, blocks: list[Block], index: int, pending: list[tuple[int, int, int]], layout: Layout
) -> bool:
    """``Evelyn Marsh on her round in late October.`` over ``Jane Doe for The Harbour Review``, a blank line
    between, under the byline and date line, the standfirst read above the byline: the credit just read
    alone at ``blocks[index]`` is the picture's, and the one line over it its caption. A page has one
    standfirst, so the line is no second one; with no text read above the byline, the line over a credit
    is left to be the standfirst (``Plan ahead! …`` over ``Photo: Jane Doe``)."""
    if not credit_alone(layout.image) or len(pending) < _DECK_AND_CAPTION or pending[-1][0] != index - 1:
        return False
    if pending[-2][0] >= index - 2 or not after_meta(layout):
        return False  # the text above is no standfirst set over the byline and date line
    if index + 1 < len(blocks) and blocks[index + 1].blank_lines_before == 0:
        return False  # a line set tight under the credit is its caption (``caption_under_credit``)
    caption = blocks[index - 1]
    if not caption.is_single_line or len(caption.text) > _MAX_CAPTION_LINE or caption.text.endswith(":"):
        return False
    if len(caption.text.split()) < _MIN_CAPTION_WORDS:
        return False  # "Société": a section's label, no picture described
    if read_caption_block(text, caption.start, caption.end, credit_only_ok=True) is not None:
        return False  # the line above is a credit or a caption of its own
    image = layout.image
    assert image is not None  # (credit_alone)
    line = Text(caption.text, Span(caption.start, caption.end))
    layout.image = Image(line, image.credit, Span(caption.start, image.span.end), image.url)
    layout.evidence["image"] = Evidence("text", "caption-over-credit-line-under-standfirst")
    return True


_DECK_AND_CAPTION = 2
_MIN_CAPTION_WORDS = 3


def caption_under_date_line(
    text: str, blocks: list[Block], deck: list[tuple[int, int, int]], layout: Layout
) -> bool:
    """``Motorists queue at a filling station along Airport Road, Abuja.`` alone on its line under the page's
    date line, over the byline or the story: the lead picture's caption, printed with no credit, where the
    front would have read a standfirst by where it stands (a standfirst comes under the headline, above the
    date line, or runs longer). Read into ``layout.image`` if so."""
    if len(deck) != 1 or not layout.dates:
        return False
    index, start, end = deck[0]
    block = blocks[index]
    if not block.is_single_line or start != block.start:
        return False
    if any(found.date.span.end > start for found in layout.dates):
        return False  # a date read under it: it stands above the date line, where a standfirst does
    image = uncredited_caption(text, start, end)
    if image is None:
        return False
    layout.image = image
    layout.evidence["image"] = Evidence("text", "caption-alone-under-date-line")
    return True
