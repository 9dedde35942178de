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
from archivist.parse.byline import byline_note
from archivist.parse.bylineblock import read_byline_block, without_publisher
from archivist.parse.bylinedate import byline_beside_date, over_date_line
from archivist.parse.bylinenext import byline_continuation, label_over_name
from archivist.parse.credit import read_caption_block
from archivist.parse.dateblock import read_date_block, time_under_date
from archivist.parse.dateline import dateline_note, find_dateline
from archivist.parse.dates import search_dates
from archivist.parse.frontcaption import (
    caption_over_credit,
    caption_then_credit,
    caption_under_credit,
    credit_line_under,
    merge_images,
    needs_caption,
    spoken_caption,
)
from archivist.parse.frontline import is_prose, labelled_name, prose_block, read_unknown_line
from archivist.parse.frontsegments import MetadataLine, has_other_metadata, read_metadata_line
from archivist.parse.frontshape import (
    any_label_then_name,
    continued_dates,
    continues_front_line,
    ends_with_photo_credit,
    named_again,
    place_over_date_line,
    without_furniture_segment,
)
from archivist.parse.furniture import is_section_crumb
from archivist.parse.image import find_caption
from archivist.parse.related import is_related_label
from archivist.parse.signoff import whole_block_signoff
from archivist.parse.standfirst import (
    RESTATE_REACH,
    bullet_run,
    deck_shaped,
    labelled_box,
    lede_below,
    restated_below,
    unmarked_bullets,
)
from archivist.record.model import Dateline, Evidence, Image, Span, Text

if TYPE_CHECKING:
    from archivist.parse.structure import Layout

_SEARCH_BLOCKS = 4
_MAX_DATED_LINE = 120  # text blocks (not byline, date or caption) looked at before the body is taken to start


# "Medically reviewed by Dr. Jane Doe", "Fact-checked by Jane Doe", "Edited by Jane Doe": who checked the
# story, said under its byline.
_REVIEWED = re.compile(
    r"(?i:(?:medically\s+|clinically\s+|expert\s+)?reviewed|fact[-\s]?checked|edited|verified)\s+by\s+[^\r\n]{3,80}"
)


def evidence(layout: Layout, field: str, rule: str, note: str | None = None) -> None:
    layout.evidence[field] = Evidence("text", rule, note)


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
        # A date line first: "PUBLISHED: December 22, 2023" would otherwise pass for a dateline.
        dateline = (
            None
            if read_date_block(text, block.start, block.end)
            or is_related_label(block.text)
            or _metadata_line(text, block) is not None
            or (layout.byline is None and byline_beside_date(text, block) is not None)
            or (layout.byline is None and labelled_name(text, block))
            else find_dateline(text, block.start, block.end, headline=headline)
        )
        if dateline is not None and needs_caption(layout.image) and ends_with_photo_credit(text, block):
            dateline = None
        if dateline is not None:
            layout.dateline = dateline
            mixed_case = dateline.place is not None and not dateline.place.text.isupper()
            only_place = (
                (mixed_case or dateline.text.rstrip().endswith("."))
                and dateline.agency is None
                and dateline.date is None
            )
            note = dateline_note(dateline.text.rstrip(), only_place)
            alone = dateline.span.end >= block.end  # "MADRID, 30 Nov. (EUROPA PRESS) -" over the story
            rule = "dateline-line-over-paragraph" if alone else "dateline-opening-paragraph"
            evidence(layout, "dateline", rule, note)
            _summary(text, layout, pending, "standfirst-before-dateline-paragraph")
            return index + 1 if alone and index + 1 < len(blocks) else index
        box = _standfirst_box(blocks, index, layout) if layout.summary is None and not pending else None
        if box is not None:
            first_item, box_end, rule = box
            items = [(i, blocks[i].start, blocks[i].end) for i in range(first_item, box_end + 1)]
            _summary(text, layout, items, rule)
            index = last_front = box_end
        elif block.is_single_line and is_section_crumb(block.text):
            last_front = index
            evidence(layout, "front", "front-section-label-left-out", block.text)
        elif (
            layout.byline is None
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
        elif _meta(
            text,
            block,
            layout,
            take_meta,
            bare_ok=index == first
            or over_date_line(text, blocks, index)
            # under a date line that is all the front so far ("Published on …" over "Jane Doe")
            or (not pending and last_front == index - 1 and bool(layout.dates) and block.is_single_line),
        ):
            last_front = index
        elif needs_caption(layout.image) and (spoken_end := spoken_caption(text, blocks, index, layout)):
            index = last_front = spoken_end
        elif needs_caption(layout.image) and caption_then_credit(text, blocks, index, pending, layout):
            pending.pop()
            searched -= 1
            last_front = index
        elif needs_caption(layout.image) and (
            rest_start := _caption(text, block, layout, credit_only_ok=_after_meta(layout))
        ):
            last_front = index
            if rest_start >= block.end and (
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
                    _summary(text, layout, pending, "standfirst-before-caption")
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
        elif continues_front_line(blocks, index, last_front):
            last_front = index
            continued = continued_dates(text, block)
            if continued:
                layout.dates.extend(continued)
            else:
                found = layout.evidence.get("front")
                note = block.text if found is None or found.note is None else f"{found.note}; {block.text}"
                evidence(layout, "front", "front-line-continued-in-lower-case", note)
        elif needs_caption(layout.image) and caption_over_credit(text, blocks, index, layout):
            index += 1
            last_front = index
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
    elif not deck and body and _after_meta(layout) and body[0][0] == last_front + 1 and len(body) > 1:
        candidate = blocks[body[0][0]]
        if deck_shaped(candidate):
            tight = unmarked_bullets(blocks, body[0][0])  # three or more such lines set tight: a box
            deck, body = body[: tight + 1], body[tight + 1 :]
            rule = "standfirst-deck-shape" if not tight else "standfirst-unmarked-bullets"
        elif restated_below(candidate, blocks[body[0][0] + 1 : body[0][0] + 1 + RESTATE_REACH]):
            deck, body = [body[0]], body[1:]
            rule = "standfirst-restated-below"
        elif lede_below(candidate, blocks[body[0][0] + 1], headline):
            deck, body = [body[0]], body[1:]
            rule = "standfirst-over-lede-restating-headline"
    _summary(text, layout, deck, rule)
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


def _meta(text: str, block: Block, layout: Layout, take_meta: object, *, bare_ok: bool) -> bool:
    """A byline and/or date line: record it; say whether ``block`` was one. A reviewer's or fact-checker's
    line (``Medically reviewed by Dr. Jane Doe``) is front matter too, but names no author."""
    if layout.byline is not None and block.is_single_line and _REVIEWED.fullmatch(block.text):
        found = layout.evidence.get("byline")
        if found is not None:
            layout.evidence["byline"] = Evidence(found.source, found.rule, f"under it: {block.text}")
        return True
    had_byline = layout.byline is not None
    dates_before = len(layout.dates)
    if had_byline and layout.byline is not None and layout.byline.text.span.end < block.start:
        more = (
            byline_continuation(text, layout.byline, block.start, block.end)
            if line_breaks(text, layout.byline.text.span.end, block.start) <= 2
            else None
        )
        if more is not None:
            layout.byline = more.byline
            evidence(layout, "byline", more.rule)
            evidence(layout, "authors", more.rule)
            return True
    metadata = _metadata_line(text, block)
    if metadata is not None:
        if layout.byline is None and metadata.byline is not None:
            layout.byline = metadata.byline
            evidence(layout, "byline", "byline-segment-of-metadata-line", metadata.note)
            evidence(layout, "authors", "byline-segment-of-metadata-line", metadata.note)
        if metadata.dates and not layout.dates:
            layout.dates.extend(metadata.dates)
            evidence(layout, "published", "date-segment-of-metadata-line", metadata.note)
        return True
    if take_meta(text, block, layout):  # type: ignore[operator]
        if layout.byline is not None and not had_byline:
            layout.byline = without_publisher(text, layout.byline)
            evidence(layout, "byline", "byline-line", byline_note(layout.byline.text.text))
            evidence(layout, "authors", "byline-line", byline_note(layout.byline.text.text))
        if len(layout.dates) > dates_before:
            evidence(layout, "published", "date-line")
        return True
    if layout.byline is None and (pair := byline_beside_date(text, block)) is not None:
        found_byline, date_block = pair
        layout.byline = found_byline.byline
        layout.dates.extend(date_block.dates)
        evidence(layout, "byline", "byline-beside-date-line")
        evidence(layout, "authors", "byline-beside-date-line")
        evidence(layout, "published", date_block.rule)
        return True
    if layout.byline is None and bare_ok and (labelled := any_label_then_name(text, block)) is not None:
        layout.byline = labelled
        evidence(layout, "byline", "byline-any-label-then-name", "the label's word names no picture")
        evidence(layout, "authors", "byline-any-label-then-name")
        return True
    if layout.byline is None:
        found = read_byline_block(text, block.start, block.end, bare_ok=bare_ok)
        if found is not None:
            layout.byline = found.byline
            evidence(layout, "byline", found.rule)
            evidence(layout, "authors", found.rule)
            return True
    date_block = read_date_block(text, block.start, block.end)
    if date_block is not None:
        timed = (
            time_under_date(text, layout.dates[-1], block.start, block.end)
            if not date_block.dates and layout.dates and block.blank_lines_before == 0
            else None
        )
        if timed is not None:
            layout.dates[-1] = timed
            evidence(layout, "published", "date-line", "its time from the line set tight under it")
            return True
        layout.dates.extend(date_block.dates)
        if date_block.dates:
            evidence(layout, "published", date_block.rule)
        else:
            layout.undated_line = True
            evidence(layout, "published", date_block.rule, "the date line gives no calendar date")
        # A place is named again in the story filed from it; a section's label beside the date
        # ("Local | 30 October 2026") is not.
        if date_block.place is not None and layout.dateline is None and named_again(text, date_block.place):
            place = date_block.place
            layout.dateline = Dateline(place.text, place.span, place)
            evidence(layout, "dateline", "place-beside-date-line")
        return True
    return False


def _metadata_line(text: str, block: Block) -> MetadataLine | None:
    """A front line of several kinds of metadata (``By Jane Doe | May 2, 2026 | Economy``) that the date
    line reader does not take whole, or None."""
    found = read_metadata_line(text, block)
    if found is None or not has_other_metadata(found):
        return None
    if (
        read_date_block(text, block.start, block.end) is not None
        or byline_beside_date(text, block) is not None
    ):
        return None  # the readers of one kind of line, and of a byline beside its date, come first
    return found


def _caption(text: str, block: Block, layout: Layout, *, credit_only_ok: bool) -> int:
    """Read ``block`` as the lead image's caption; return where text run on after it starts (the block's
    end if none), or 0 if the block is no caption."""
    found = read_caption_block(text, block.start, block.end, credit_only_ok=credit_only_ok)
    if found is not None and found.image.caption is None and _under_byline(text, block, layout):
        return 0  # "By Jane Doe" / "(The Example Times)": the byline's paper under it, no credit
    if found is not None:
        layout.image = merge_images(layout.image, found.image)
        evidence(layout, "image", found.rule)
        return block.end
    old = find_caption(text, block.start, block.end, allow_agency_credit=True)
    if old is None:
        return 0
    layout.image = merge_images(layout.image, old.image)
    evidence(layout, "image", "caption-wire-credit")
    return old.rest_start if old.rest_start is not None else block.end


def _under_byline(text: str, block: Block, layout: Layout) -> bool:
    """A line set tight under the byline (no blank line between) carries the byline on."""
    byline = layout.byline
    return (
        byline is not None
        and block.is_single_line
        and byline.text.span.end <= block.start
        and line_breaks(text, byline.text.span.end, block.start) == 1
    )


def _after_meta(layout: Layout) -> bool:
    return layout.byline is not None or bool(layout.dates) or layout.undated_line


def _standfirst_box(blocks: list[Block], index: int, layout: Layout) -> tuple[int, int, str] | None:
    """A box of bullets at ``index``: (first item, last item, rule), or None. Its label is no item; a run of
    bullets without one is a box only after the byline or date line (above them it is body text)."""
    box_end = labelled_box(blocks, index)
    if box_end is not None:
        return index + 1, box_end, "standfirst-labelled-box"
    box_end = bullet_run(blocks, index) if _after_meta(layout) else None
    return (index, box_end, "standfirst-bullets") if box_end is not None else None


def _summary(text: str, layout: Layout, pieces: list[tuple[int, int, int]], rule: str) -> None:
    """The standfirst: ``pieces`` up to the first that is no prose (a summary never spans one) or that does
    not follow the one before."""
    prose = 0
    while (
        prose < len(pieces)
        and prose_block(text[pieces[prose][1] : pieces[prose][2]])
        and not _dated_line(text[pieces[prose][1] : pieces[prose][2]])
        # one run of blocks: a standfirst never spans the image or byline read between two of them
        and (prose == 0 or pieces[prose][0] == pieces[prose - 1][0] + 1)
    ):
        prose += 1
    pieces = pieces[:prose]
    if not pieces:
        return
    start, end = pieces[0][1], pieces[-1][2]
    layout.summary = Text(text[start:end], Span(start, end))
    evidence(layout, "summary", rule)


def _dated_line(passage: str) -> bool:
    """``November 26, 2026 | 14:20 hrs.``, ``EXAMPLE NEWS - Nov 26, 2026 - 18:05 | World``: a line holding a
    calendar date and no prose is a date line some reader did not read, never the summary."""
    if "\n" in passage or len(passage) > _MAX_DATED_LINE or is_prose(passage):
        return False
    return any(found.month is not None and found.day is not None for found in search_dates(passage))
