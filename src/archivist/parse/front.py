"""The front matter between the headline and the body, each block's role decided from evidence.

Each block after the headline is tried, in this order of strength, as: a paragraph opening with a wire
dateline (the body starts there), a byline (``By …``; a bare name only right under the headline, where its
position is the evidence), a date line (any shape ``archivist.parse.dateblock`` allows), a captioned image
(the credit is the evidence), a credit alone (only once a byline or date line has been read, so a name
line cannot be taken for it), a sign-off; anything else is text waiting to be told standfirst or body.
Text before the last front block is the standfirst (the page's order puts it above the lead image); text
right after the byline and date that is shaped like a deck (one sentence without a closing stop) and is
followed by more text is the standfirst too, and so is one sentence there whose wording the next
paragraphs take up again, or one over a lede that restates the headline. A summary is prose
(``archivist.parse.frontline``): a name- or date-shaped line above the first prose block is the byline or a
date line, never summary. Every decision is written into ``Layout.evidence`` with the rule that took it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from archivist.parse.blocks import Block, block_from, line_breaks
from archivist.parse.byline import Byline
from archivist.parse.bylineblock import BylineRead, read_byline_block
from archivist.parse.bylinedate import byline_beside_date, name_beside_place, over_date_line
from archivist.parse.bylinenext import label_over_name
from archivist.parse.credit import caption_under_gallery, credit_line
from archivist.parse.dateblockcache import read_date_block
from archivist.parse.dateline import dateline_note, find_dateline, wire_reporters
from archivist.parse.frontcaption import (
    caption_over_credit,
    caption_over_credit_alone,
    caption_then_credit,
    caption_under_credit,
    caption_under_date_line,
    cjk_marked_caption,
    credit_alone,
    credit_line_under,
    crumbs_over_credit_shape,
    merge_images,
    needs_caption,
    quoted_speaker_line,
    read_caption,
    speaker_caption,
    spoken_caption,
    toggled_caption,
    weakly_read,
)
from archivist.parse.frontlabels import release_label
from archivist.parse.frontline import is_prose, labelled_name, read_unknown_line
from archivist.parse.frontmeta import (
    after_meta,
    evidence,
    metadata_line,
    organisation_credit_over_caption,
    read_meta,
)
from archivist.parse.frontshape import (
    continued_dates,
    continues_front_line,
    ends_with_photo_credit,
    over_credit_line,
    place_over_date_line,
    place_over_first_paragraph,
    site_name_over_date,
    standfirst_over_lead_image,
    without_furniture_segment,
)
from archivist.parse.frontsummary import second_box, set_summary, standfirst_box
from archivist.parse.furniture import (
    button_with_prompt,
    is_button_block,
    is_furniture,
    is_genre_label,
    is_section_crumb,
)
from archivist.parse.headings import is_result_line
from archivist.parse.related import capitals_teaser, is_related_label
from archivist.parse.signoff import whole_block_signoff
from archivist.parse.standfirst import (
    RESTATE_REACH,
    capitals_lede,
    deck_shaped,
    lede_below,
    restated_below,
    unmarked_bullets,
)
from archivist.parse.words import SCRIPT_STOPS
from archivist.record.model import Dateline, Image, Span, Text

if TYPE_CHECKING:
    from archivist.parse.structure import Layout

_MAX_LABEL = 30  # a genre label is a word or two ("News release"): longer lines are done without its pattern
_MAX_BUTTON_LINES = 4  # a block of the page's buttons ("Share" / "AA" / "Text Size" / "Follow us")
_BARE_NAME_RULE = "byline-bare-name"
_TWO_LINES_RULE = "byline-two-lines"
_MAX_NAME_LINE = 40  # a name with its title ("박지현 기자", "Jane Doe, Staff Writer"), no paragraph
_SEARCH_BLOCKS = 4  # text blocks (not byline, date or caption) looked at before the body is taken to start


# The standfirst rules that go by where a line stands only (over a front block, over a lede saying the
# headline again): a line under the date line read so may be the picture's caption. The others see a
# standfirst's own marks (its shape, its words said again below) and stand.
_PLACED_DECK_RULES = frozenset({"standfirst-above-front-block", "standfirst-over-lede-restating-headline"})


def _under_image(above: Block, layout: Layout) -> bool:
    """The block over the sentence is the lead picture's caption and credit. A sentence there whose words the
    story takes up again is its lede (a standfirst told by its words alone stands under the headline and
    byline; one set under the picture is told by its headline's words, ``lede_below``)."""
    image = layout.image
    return image is not None and image.span.start <= above.start and image.span.end >= above.end


_MIN_STORY_PENDING = 2


def _author_name_under(blocks: list[Block], index: int, layout: Layout) -> bool:
    """The block under ``blocks[index]`` is the byline's author's name alone (``Kate Merrick`` under a
    paragraph, over her post): with two prose blocks read since the front, the story's paragraphs are over
    it and the page's box on her author opens there, no picture's caption over its credit."""
    if layout.byline is None or not layout.byline.authors or index + 1 >= len(blocks):
        return False
    under = blocks[index + 1]
    return under.is_single_line and under.text.strip() in {author.name for author in layout.byline.authors}


def name_under_image(blocks: list[Block], index: int, layout: Layout, last_front: int) -> bool:
    """A one-line block right under the lead image, the date already read and the story's first paragraph
    under it: the place some pages print the byline (a bare name there is one)."""
    return (
        layout.image is not None
        and bool(layout.dates)
        and last_front == index - 1
        and blocks[index].is_single_line
        and index + 1 < len(blocks)
        and is_prose(blocks[index + 1].text)
    )


# (and the full stops of other scripts: a Punjabi or Hindi paragraph closes with its danda)
_SENTENCE_END = (".", "!", "?", "…", *SCRIPT_STOPS)
_CLOSERS = "\"'\u201d\u2019\u00bb)]"


def _subhead_with_place(dateline: Dateline, block: Block) -> bool:
    """``Stanari: Parkiraju nam ljudi …`` between the story's paragraphs: a line in mixed case before a colon,
    closing no sentence, is a subhead with a kicker, not the story's first paragraph opening with its place
    (a dateline's paragraph is prose and ends with its stop; a place alone, no agency or date, is the
    weakest dateline)."""
    return (
        block.is_single_line
        and dateline.agency is None
        and dateline.date is None
        and dateline.place is not None
        and not dateline.place.text.isupper()
        and dateline.text.rstrip().endswith(":")
        and not block.text.rstrip(_CLOSERS).endswith(_SENTENCE_END)
    )


# A row of the page's buttons copied as their labels set apart by runs of spaces ("Share   Save   Comments
# (58)", "Facebook   X   Viber   Email"): three items or more, each a word or three, no sentence among them.
_BUTTON_GAP = re.compile(r" {2,}|\t+")
_MIN_BUTTONS = 3
_MAX_BUTTON_WORDS = 3
_MAX_BUTTON_CHARS = 24


def _spaced_button_row(line: str) -> bool:
    if "  " not in line and "\t" not in line:
        return False  # most lines: no gap between items
    items = _BUTTON_GAP.split(line.strip())
    return len(items) >= _MIN_BUTTONS and all(
        len(item) <= _MAX_BUTTON_CHARS
        and len(item.split()) <= _MAX_BUTTON_WORDS
        and not item.rstrip(_CLOSERS).endswith(_SENTENCE_END)
        for item in items
    )


def _name_over_name(text: str, above: Block, layout: Layout) -> bool:
    """``Lim Jia Hui`` set tight over ``Marcus Teo``, the byline just read from the lower line as a bare name:
    two authors on two lines of a page copied whole, the upper one a bare name too. Widen the byline over
    both; say whether it was."""
    byline = layout.byline
    found = layout.evidence.get("byline")
    if (
        byline is None
        or found is None
        or found.rule != _BARE_NAME_RULE
        or len(byline.authors) != 1
        or not above.is_single_line
        or line_breaks(text, above.end, byline.text.span.start) != 1
    ):
        return False
    upper = read_byline_block(text, above.start, above.end, bare_ok=True)
    if upper is None or upper.rule != _BARE_NAME_RULE or len(upper.byline.authors) != 1:
        return False
    both = read_byline_block(text, above.start, byline.text.span.end, bare_ok=True)
    if both is None or len(both.byline.authors) != 2:
        return False
    layout.byline = both.byline
    evidence(layout, "byline", both.rule, "two bare names on two lines, set tight")
    evidence(layout, "authors", both.rule, "two bare names on two lines, set tight")
    return True


def _names_set_tight(text: str, blocks: list[Block], index: int) -> BylineRead | None:
    """Two one-line blocks set tight from ``index``, the lower one right over the date line, each a bare
    name (``박지현 기자`` over ``이준호 기자``): the byline over both, or None. (Read one at a time, the upper
    line is over no date line, and a bare name is a byline only there.)"""
    if (
        index + 2 >= len(blocks)
        or not blocks[index].is_single_line
        or len(blocks[index].text) > _MAX_NAME_LINE
    ):
        return None  # (most blocks: a paragraph, told by its length)
    lower = blocks[index + 1]
    if (
        not lower.is_single_line
        or lower.blank_lines_before
        or len(lower.text) > _MAX_NAME_LINE
        or not over_date_line(text, blocks, index + 1)
    ):
        return None
    for line in (blocks[index], lower):  # each a bare name alone ("Orkney News" over "By …" is no pair)
        alone = read_byline_block(text, line.start, line.end, bare_ok=True)
        if alone is None or alone.rule != _BARE_NAME_RULE or len(alone.byline.authors) != 1:
            return None
    both = read_byline_block(text, blocks[index].start, lower.end, bare_ok=True)
    if both is None or both.rule != _TWO_LINES_RULE or len(both.byline.authors) != 2:
        return None
    return both


def _prompt_block(text: str, block: Block) -> bool:
    """A button's prompt set tight under it (``Subscribe to listen`` / ``Access to … requires a Premium
    subscription. Subscribe now to listen.``), the page's next buttons maybe joined under it on lines of
    their own (``Share``): the block the reader took for one hard-wrapped paragraph."""
    first = block.lines[0]
    if not block.is_single_line and not all(
        is_furniture(text[line.start : line.end]) for line in block.lines[1:]
    ):
        return False
    return button_with_prompt(_line_above(text, block.start), text[first.start : first.end])


def _credit_set_under(text: str, blocks: list[Block], index: int) -> bool:
    """The block under ``blocks[index]``, set tight, is a credit line alone."""
    if index + 1 >= len(blocks):
        return False
    below = blocks[index + 1]
    return below.blank_lines_before == 0 and credit_line(text, below.start, below.end) is not None


def _line_above(text: str, start: int) -> str:
    """The line right above the one opening at ``start`` (set tight above it: one line break between)."""
    end = start - 1 if text[start - 1 : start] in ("\n", "\r") and start > 0 else start
    if text[end - 1 : end + 1] == "\r\n":
        end -= 1
    return text[max(text.rfind("\n", 0, end), text.rfind("\r", 0, end)) + 1 : end]


def _caption_printed_above(
    text: str, deck: list[tuple[int, int, int]], layout: Layout
) -> list[tuple[int, int, int]]:
    """The lines above the lead image that print its caption word for word (``Passengers wait at …`` over
    ``Passengers wait at ….Credit: …``): the picture's alt text copied with the page, no standfirst."""
    image = layout.image
    if image is None or image.caption is None:
        return []
    caption = image.caption.text.strip()
    return [
        piece
        for piece in deck
        if piece[2] <= image.span.start and text[piece[1] : piece[2]].strip() == caption
    ]


def read_front(text: str, blocks: list[Block], index: int, layout: Layout, take_meta: object) -> int:
    """Read the blocks from ``index`` (just after the headline) to the body; return where the body starts.

    ``take_meta(text, block, layout) -> bool`` reads the wire-style byline and date lines (kept in
    ``archivist.parse.structure`` where the older corpus depends on it).
    """
    first = index
    headline = layout.headline.text if layout.headline is not None else None
    pending: list[tuple[int, int, int]] = []  # (block index, start, end): standfirst or body, not yet known
    last_front = index - 1
    searched = 0
    while index < len(blocks) and searched < _SEARCH_BLOCKS:
        if pending and index == len(blocks) - 1:
            break  # the article's last block ends no front: with text read above it, that text is the body
        block = blocks[index] = without_furniture_segment(text, blocks[index])
        # A date line first: "PUBLISHED: December 22, 2023" would otherwise pass for a dateline. (The
        # dateline is sought first and the other readings only where one is found: all are pure, most
        # blocks open with no dateline, and the other readings cost more.)
        dateline = find_dateline(text, block.start, block.end, headline=headline)
        if dateline is not None and (
            read_date_block(text, block.start, block.end)
            or is_related_label(block.text)
            # "ALSO READ: <a headline>", "LIES OCH – <a headline>" under paragraphs read: a link under a label
            # in capitals between the story's paragraphs, its label no place (a dateline's paragraph opens the
            # story and ends its sentence with a stop; the link's headline has none)
            or (pending and capitals_teaser(block.text))
            or metadata_line(text, block) is not None
            or (layout.byline is None and byline_beside_date(text, block) is not None)
            or (  # "Tom Hale – Brighton" over the date line: a name beside a place, no lede's dateline
                layout.byline is None
                and name_beside_place(text, block) is not None
                and over_date_line(text, blocks, index)
            )
            or (layout.byline is None and labelled_name(text, block))
        ):
            dateline = None
        if (
            dateline is not None
            and needs_caption(layout.image)
            and (
                ends_with_photo_credit(text, block)
                or over_credit_line(text, blocks, index)
                or quoted_speaker_line(text, block)
            )
        ):
            dateline = None  # a caption with a kicker ("CLEANUP: …") or a speaker's name before a colon
        if dateline is not None and _subhead_with_place(dateline, block):
            dateline = None
        if (
            dateline is not None
            # right under the headline, or under the page's buttons left out there ("Nghe đọc bài")
            and (index == first or (not pending and last_front == index - 1 and layout.byline is None))
            and layout.image is None
            and (dateline.agency is None or dateline.place is None)  # "TTO - …": the paper's initials alone
            and dateline.date is None
            and standfirst_over_lead_image(text, blocks, index)
        ):
            dateline = None  # "TP HCM - …" over the lead picture: the standfirst, opening with its place
        if dateline is not None:
            layout.dateline = dateline
            note = dateline_note(dateline)
            alone = dateline.span.end >= block.end  # "MADRID, 30 Nov. (EUROPA PRESS) -" over the story
            rule = "dateline-line-over-paragraph" if alone else "dateline-opening-paragraph"
            evidence(layout, "dateline", rule, note)
            if layout.byline is None and (reporters := wire_reporters(text, dateline)) is not None:
                # "（中央社記者陳雅婷台北24日電）": the wire's reporter, named there only
                layout.byline = reporters
                evidence(layout, "byline", "byline-in-wire-dateline")
                evidence(layout, "authors", "byline-in-wire-dateline")
            set_summary(text, layout, pending, "standfirst-before-dateline-paragraph")
            return index + 1 if alone and index + 1 < len(blocks) else index
        if len(pending) >= _MIN_STORY_PENDING and _author_name_under(blocks, index, layout):
            break  # the story's paragraphs read, the byline's name alone under them: the page's author box
        box = standfirst_box(blocks, index, layout) if layout.summary is None and not pending else None
        if box is None and (toggled := toggled_caption(text, blocks, index, layout)):
            index = last_front = toggled  # caption, credit, "hide caption": the picture whatever was read
        elif box is not None:
            first_item, box_end, rule = box
            items = [(i, blocks[i].start, blocks[i].end) for i in range(first_item, box_end + 1)]
            set_summary(text, layout, items, rule)
            index = last_front = box_end
        elif (
            # a standfirst read, or a deck waiting above the byline or date line just read
            (layout.summary is not None or (pending and pending[-1][0] < last_front == index - 1))
            and block.is_single_line
            and (box_end := second_box(blocks, index)) is not None
        ):
            # the box of points under the deck: the page's second summary, left out
            evidence(layout, "front", "front-second-box-left-out", block.text)
            index = last_front = box_end
        elif block.is_single_line and is_section_crumb(block.text):
            last_front = index
            evidence(layout, "front", "front-section-label-left-out", block.text)
        elif block.is_single_line and len(block.text) <= _MAX_LABEL and is_genre_label(block.text):
            last_front = index  # "News release", "Analysis" under the headline: the piece's kind
            evidence(layout, "front", "front-genre-label-left-out", block.text)
        elif not pending and (
            (len(block.lines) <= _MAX_BUTTON_LINES and is_button_block(block.text.splitlines()))
            or (
                # a line set tight under a button (left out as furniture already), the prompt it shows
                # ("Save" / "Log in, register or subscribe to save articles for later.")
                last_front == index - 1
                and block.blank_lines_before == 0
                and _prompt_block(text, block)
                # ("Save" / "Commuters at the rank on Monday." / "Gallo Images/Jane Roe": a line with a
                # credit set tight under it is the picture's caption, no prompt)
                and not _credit_set_under(text, blocks, index)
            )
        ):
            last_front = index  # "Share" / "AA" / "Text Size", "Save" over its prompt: the page's buttons
            found = layout.evidence.get("front")
            note = block.text if found is None or found.note is None else f"{found.note}; {block.text}"
            evidence(layout, "front", "front-buttons-left-out", note)
        elif block.is_single_line and _spaced_button_row(block.text):
            # "Teilen   Merken   Drucken" under the standfirst: the buttons, text read or not above them
            found = layout.evidence.get("front")
            note = block.text if found is None or found.note is None else f"{found.note}; {block.text}"
            evidence(layout, "front", "front-buttons-left-out", note)
        elif block.is_single_line and (release := release_label(text, block.start, block.end)) is not None:
            last_front = index  # "Comunicado No. 412/26": the release's label and number, its date maybe
            if release.dates and not layout.dates:
                layout.dates.extend(release.dates)
                evidence(layout, "published", "date-line-in-release-label")
            evidence(layout, "front", "front-release-label-left-out", block.text)
        elif (
            # (a byline read above that names no one, an outlet's or a section's line, gives way to it)
            (layout.byline is None or not layout.byline.authors)
            and index + 1 < len(blocks)
            and (
                labelled := label_over_name(
                    text, (block.start, block.end), (blocks[index + 1].start, blocks[index + 1].end)
                )
            )
            is not None
        ):
            layout.byline = labelled.byline
            evidence(layout, "byline", labelled.rule)
            evidence(layout, "authors", labelled.rule)
            index = last_front = index + 1
        elif (
            layout.byline is None
            and index == first
            and not layout.dates
            and site_name_over_date(text, block)
            and over_date_line(text, blocks, index)
        ):
            layout.byline = Byline(Text(block.text, Span(block.start, block.end)), ())
            note = "a word the story never names again"
            evidence(layout, "byline", "byline-site-name-over-date-line", note)
            evidence(layout, "authors", "byline-site-name-over-date-line")
            last_front = index
        elif (
            layout.byline is None
            and layout.dateline is None
            and (beside := name_beside_place(text, block)) is not None
            and over_date_line(text, blocks, index)
        ):
            # "Marta Vidal - Girona" over the date line: the byline, and the place the story was filed from
            name, (place_start, place_end) = beside
            layout.byline = name.byline
            place = Text(text[place_start:place_end], Span(place_start, place_end))
            layout.dateline = Dateline(place.text, place.span, place)
            evidence(
                layout, "byline", "byline-name-beside-place", "a spaced dash or bar between name and place"
            )
            evidence(layout, "authors", "byline-name-beside-place")
            evidence(layout, "dateline", "place-beside-byline-over-date")
            last_front = index
        elif (
            layout.byline is None
            and not pending
            and (pair := _names_set_tight(text, blocks, index)) is not None
        ):
            # "박지현 기자" set tight over "이준호 기자" over the date line: two authors, a line each
            layout.byline = pair.byline
            evidence(layout, "byline", pair.rule, "two names set tight over the date line")
            evidence(layout, "authors", pair.rule, "two names set tight over the date line")
            index = last_front = index + 1
        elif read_meta(
            text,
            block,
            layout,
            take_meta,
            # read_meta asks bare_ok only while no byline is read (and never unsets one): the blocks below are
            # looked at only then
            bare_ok=layout.byline is None
            and (
                index == first
                or over_date_line(text, blocks, index)
                # under a date line that is all the front so far ("Published on …" over "Jane Doe")
                or (
                    # (a deck pending above the date line is settled: "Deck" / "Published …" / "Jane Doe")
                    (not pending or pending[-1][0] < index - 1)
                    and last_front == index - 1
                    and (bool(layout.dates) or layout.undated_line)  # ("2 hours ago" over "Jane Doe" too)
                    and block.is_single_line
                )
                or name_under_image(blocks, index, layout, last_front)
            ),
        ):
            last_front = index
            if pending and pending[-1][0] == index - 1 and _name_over_name(text, blocks[index - 1], layout):
                pending.pop()  # "Lim Jia Hui" over "Marcus Teo": the first of the two authors, not text
                searched -= 1
        elif (needs_caption(layout.image) or weakly_read(layout)) and (
            spoken_end := spoken_caption(text, blocks, index, layout)
        ):
            index = last_front = spoken_end
        elif needs_caption(layout.image) and after_meta(layout) and speaker_caption(text, block, layout):
            last_front = index
        elif (
            needs_caption(layout.image)
            and after_meta(layout)
            and not pending
            and last_front == index - 1
            and organisation_credit_over_caption(blocks, index)
        ):
            credit, below = blocks[index], blocks[index + 1]
            layout.image = Image(
                Text(below.text, Span(below.start, below.end)),
                Text(credit.text, Span(credit.start, credit.end)),
                Span(credit.start, below.end),
                None,
            )
            evidence(layout, "image", "caption-organisation-credit-above")
            index = last_front = index + 1
        elif needs_caption(layout.image) and (marked := cjk_marked_caption(block)) is not None:
            layout.image = merge_images(layout.image, marked)  # "記者会見する高橋社長（3日、東京都港区）"
            evidence(layout, "image", "caption-cjk-day-place-mark")
            last_front = index
        elif needs_caption(layout.image) and caption_then_credit(text, blocks, index, pending, layout):
            pending.pop()
            searched -= 1
            last_front = index
        elif (needs_caption(layout.image) or credit_alone(layout.image)) and (
            rest_start := read_caption(text, block, layout, credit_only_ok=after_meta(layout))
        ):
            last_front = index
            if caption_over_credit_alone(text, blocks, index, pending, layout):
                pending.pop()  # the line over the credit, a standfirst read above the byline: its caption
                searched -= 1
            if (
                rest_start >= block.end
                and index + 1 < len(blocks) - 1
                and blocks[index + 1].text == block.text
            ):
                # the caption's line pasted twice, one under the other (the picture's alt text and its
                # caption alike): the second is the same caption, no paragraph
                index += 1
                last_front = index
            elif rest_start >= block.end and (
                credit_line_under(text, blocks, index, layout)
                or caption_under_credit(text, blocks, index, layout)
            ):
                index += 1
                last_front = index
            elif rest_start < block.end:
                rest_dateline = find_dateline(text, rest_start, block.end)
                if rest_dateline is not None:
                    # The caption runs into the first paragraph on one line: the body starts there.
                    layout.dateline = rest_dateline
                    evidence(layout, "dateline", "dateline-after-run-in-caption")
                    set_summary(text, layout, pending, "standfirst-before-caption")
                    blocks[index] = block_from(text, block, rest_start)
                    return index
                pending.append((index, rest_start, block.end))
        elif whole_block_signoff(block.text):
            break
        elif (
            (layout.byline is not None or index == first)
            and layout.dateline is None
            and not layout.dates
            and last_front == index - 1
            and place_over_date_line(text, blocks, index)
        ):
            place = Text(block.text, Span(block.start, block.end))
            layout.dateline = Dateline(place.text, place.span, place)
            under = "between-byline-and-date" if layout.byline else "under-headline-over-date"
            evidence(layout, "dateline", f"place-line-{under}")
            last_front = index
        elif (
            layout.dateline is None
            and not pending
            and after_meta(layout)
            and last_front == index - 1
            and place_over_first_paragraph(text, blocks, index)
        ):
            place = Text(block.text, Span(block.start, block.end))
            layout.dateline = Dateline(place.text, place.span, place)
            evidence(layout, "dateline", "place-line-over-first-paragraph")
            return index + 1
        elif continues_front_line(blocks, index, last_front):
            last_front = index
            continued = continued_dates(text, block)
            if continued:
                layout.dates.extend(continued)
            else:
                found = layout.evidence.get("front")
                note = block.text if found is None or found.note is None else f"{found.note}; {block.text}"
                evidence(layout, "front", "front-line-continued-in-lower-case", note)
        elif needs_caption(layout.image) and crumbs_over_credit_shape(blocks, index):
            index += 1  # "München" over "SZ Plus": two crumbs of the page, no caption over its credit
            last_front = index
            evidence(layout, "front", "front-section-crumbs-left-out", f"{block.text}; {blocks[index].text}")
        elif needs_caption(layout.image) and caption_over_credit(text, blocks, index, layout):
            index += 1
            last_front = index
        elif block.is_single_line and is_result_line(block.text):  # (a digit is looked for first)
            break  # "Clonmore 2-11 Rathvilly 1-13" over the report: the match's result opens the body
        elif not pending and block.is_single_line and read_unknown_line(text, block.start, block.end, layout):
            last_front = index
        else:
            pending.append((index, block.start, block.end))
            searched += 1
        index += 1
    deck = [p for p in pending if p[0] < last_front or (p[0] == last_front and p[0] < len(blocks) - 1)]
    body = [p for p in pending if p not in deck]
    rule = "standfirst-above-front-block"
    if layout.summary is not None:  # a labelled box gave it; text before a later front block is body
        deck, body = [], pending
    elif not deck and body and after_meta(layout) and body[0][0] == last_front + 1 and len(body) > 1:
        candidate = blocks[body[0][0]]
        if deck_shaped(candidate):
            tight = unmarked_bullets(blocks, body[0][0])  # three or more such lines set tight: a box
            deck, body = body[: tight + 1], body[tight + 1 :]
            rule = "standfirst-deck-shape" if not tight else "standfirst-unmarked-bullets"
        elif capitals_lede(candidate.text):
            pass  # "WAVUVI katika fuo za …": the story's lede, opening with its run-in, whatever its words
        elif not _under_image(blocks[last_front], layout) and restated_below(
            candidate, blocks[body[0][0] + 1 : body[0][0] + 1 + RESTATE_REACH]
        ):
            deck, body = [body[0]], body[1:]
            rule = "standfirst-restated-below"
        elif lede_below(candidate, blocks[body[0][0] + 1], headline):
            deck, body = [body[0]], body[1:]
            rule = "standfirst-over-lede-restating-headline"
    if (
        rule in _PLACED_DECK_RULES
        and needs_caption(layout.image)
        and caption_under_date_line(text, blocks, deck, layout)
    ):
        deck = []
    elif (
        len(deck) == 1
        and needs_caption(layout.image)
        and (gallery := caption_under_gallery(text, deck[0][1], deck[0][2])) is not None
    ):
        # "+12" / "View gallery" over the line: the lead picture's caption under its gallery's count, no
        # standfirst (the count and the button are printed with the picture)
        layout.image = gallery
        evidence(layout, "image", "caption-under-gallery-count")
        deck = []
    if deck and (printed := _caption_printed_above(text, deck, layout)):
        deck = [piece for piece in deck if piece not in printed]
        evidence(layout, "front", "front-image-alt-text-left-out", text[printed[0][1] : printed[0][2]])
    set_summary(text, layout, deck, rule)
    if deck and len(body) > 1 and needs_caption(layout.image) and body[0][0] == deck[-1][0] + 1:
        candidate = blocks[body[0][0]]
        if candidate.is_single_line and deck_shaped(candidate):
            # Under the standfirst, a second line that ends no sentence: the lead image's caption, its
            # credit left out by the page (a paragraph of the body ends with its stop).
            caption = Text(candidate.text, Span(candidate.start, candidate.end))
            layout.image = merge_images(layout.image, Image(caption, None, caption.span, None))
            evidence(layout, "image", "caption-unstopped-line-under-standfirst")
            body = body[1:]
    if body:
        return body[0][0]
    return max(last_front + 1, index if not pending else pending[-1][0] + 1)
