"""The byline and date lines of the front: a block read as a byline, a date line, a metadata line of several
kinds, or a reviewer's line under the byline, each decision written into ``Layout.evidence``. Read for
``archivist.parse.front``, which decides where the front ends."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from archivist.parse.blocks import Block, line_breaks
from archivist.parse.byline import Byline, byline_note
from archivist.parse.bylineblock import BylineRead, _by_match, read_byline_block, without_publisher
from archivist.parse.bylinedate import (
    agency_beside_date,
    byline_beside_date,
    date_after_run_on_name,
    han_name_signed_again,
    issuer_beside_date,
    run_on_byline,
)
from archivist.parse.bylinenext import byline_continuation
from archivist.parse.dateblock import READING_TIME_RULE, time_under_date
from archivist.parse.dateblockcache import read_date_block
from archivist.parse.frontsegments import (
    MetadataLine,
    has_other_metadata,
    read_metadata_line,
    tight_bullet_line,
)
from archivist.parse.frontshape import any_label_then_name, named_again
from archivist.parse.labelwords import label_alternation
from archivist.parse.names import names_organisation, organisation_unit
from archivist.record.model import Dateline, Evidence, Span, Text

if TYPE_CHECKING:
    from archivist.parse.structure import Layout

_MAX_ISSUER = 80


# "Medically reviewed by Dr. Jane Doe", "Fact-checked by Jane Doe", "Edited by Jane Doe": who checked the
# story, said under its byline.
_REVIEWED = re.compile(
    r"(?i:(?:medically\s+|clinically\s+|expert\s+)?reviewed|fact[-\s]?checked|edited|verified)\s+by\s+[^\r\n]{3,80}"
)


def evidence(layout: Layout, field: str, rule: str, note: str | None = None) -> None:
    layout.evidence[field] = Evidence("text", rule, note)


def read_meta(text: str, block: Block, layout: Layout, take_meta: object, *, bare_ok: bool) -> bool:
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
        named = _named_under_desk(text, layout.byline, block)
        if named is not None:
            layout.byline = named.byline
            evidence(layout, "byline", "byline-by-under-desk-line", "the desk's line over it left out")
            evidence(layout, "authors", "byline-by-under-desk-line")
            return True
        more = (
            byline_continuation(text, layout.byline, block.start, block.end)
            if line_breaks(text, layout.byline.text.span.end, block.start) <= 2
            # (only blank space between: a date line read under the name ends what carries it on)
            and not text[layout.byline.text.span.end : block.start].strip()
            else None
        )
        if more is not None:
            layout.byline = more.byline
            evidence(layout, "byline", more.rule)
            evidence(layout, "authors", more.rule)
            return True
    metadata = metadata_line(text, block)
    if metadata is not None:
        if layout.byline is None and metadata.byline is not None:
            layout.byline = metadata.byline
            evidence(layout, "byline", "byline-segment-of-metadata-line", metadata.note)
            evidence(layout, "authors", "byline-segment-of-metadata-line", metadata.note)
        if metadata.dates and not layout.dates:
            layout.dates.extend(metadata.dates)
            evidence(layout, "published", "date-segment-of-metadata-line", metadata.note)
        return True
    if (
        layout.byline is not None
        and not layout.byline.authors
        and block.is_single_line
        and _by_match(text, block.start, block.end) is not None
        and (found := read_byline_block(text, block.start, block.end, bare_ok=False)) is not None
        and found.byline.authors
    ):
        # "ABC Goulburn Valley" / "By Jane Doe and John Roe": the outlet read where a byline stands names no
        # one; the line opening with its by-word under it names the authors, and is the byline
        note = f"over it: {layout.byline.text.text}"
        layout.byline = found.byline
        evidence(layout, "byline", "byline-by-under-outlet-line", note)
        evidence(layout, "authors", "byline-by-under-outlet-line", note)
        return True
    if (bulleted := tight_bullet_line(text, block)) is not None:
        if not layout.dates:
            layout.dates.extend(bulleted)
            layout.undated_line = layout.undated_line or not bulleted
        evidence(layout, "front", "front-tight-bullet-metadata-line", block.text)
        if bulleted:
            evidence(layout, "published", "date-segment-of-tight-bullet-line")
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
    if (issued := issuer_beside_date(text, block)) is not None:
        layout.dates.extend(issued[1].dates)  # (no byline: the institution issuing a release names no one)
        evidence(layout, "published", "date-line-beside-issuer", f"issued by {issued[0]}")
        return True
    if block.is_single_line and (run_on := date_after_run_on_name(text, block.start, block.end)) is not None:
        layout.dates.extend(run_on[1].dates)
        evidence(layout, "published", "date-line-after-run-on-name", f"the name run on to it: {run_on[0]}")
        if layout.byline is None:
            layout.byline = run_on_byline(text, block.start, run_on[0])
            evidence(layout, "byline", "byline-han-name-run-on-to-date-line")
            evidence(layout, "authors", "byline-han-name-run-on-to-date-line")
        return True
    if (
        layout.byline is None
        and bare_ok
        and block.is_single_line
        and not block.text.isascii()
        and (signed := han_name_signed_again(text, block.start, block.end)) is not None
    ):
        layout.byline = signed
        evidence(layout, "byline", "byline-han-name-signed-again", "a line of its own below names her again")
        evidence(layout, "authors", "byline-han-name-signed-again")
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
    if layout.byline is None and bare_ok and issuing_body(block):
        layout.byline = Byline(Text(block.text, Span(block.start, block.end)), ())
        evidence(layout, "byline", "byline-issuing-body", "an institution's name at the byline's place")
        evidence(layout, "authors", "byline-issuing-body")
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
        if (
            layout.byline is None
            and date_block.dates
            and (agency := agency_beside_date(text, block.start, block.end)) is not None
        ):
            layout.byline = agency  # "Reuters | March 3, 2026": the agency alone, a byline naming no one
            evidence(layout, "byline", "byline-agency-beside-date-line")
            evidence(layout, "authors", "byline-agency-beside-date-line")
        layout.dates.extend(date_block.dates)
        if date_block.dates:
            evidence(layout, "published", date_block.rule)
        elif date_block.rule != READING_TIME_RULE:
            layout.undated_line = True
            evidence(layout, "published", date_block.rule, "the date line gives no calendar date")
        # A place is named again in the story filed from it; a section's label beside the date
        # ("Local | 30 October 2026") is not.
        if date_block.place is not None and layout.dateline is None and named_again(text, date_block.place):
            place = date_block.place
            layout.dateline = Dateline(place.text, place.span, place)
            evidence(layout, "dateline", "place-beside-date-line")
        return True
    return _date_under_labelled_line(text, block, layout)


# "By: Jane Doe": the by-word with a colon, as some pages write it.
_BY_COLON = re.compile(rf"(?:{label_alternation('by', capitalised=True)}):\s")


def _date_under_labelled_line(text: str, block: Block, layout: Layout) -> bool:
    """``By: Jane Doe, John Roe - Correspondents / @handle`` over ``Daily Paper / 04:40 AM August 23, 2026``
    set tight: a byline's labelled line (its by-word opens it) over a date line, read here for the date when
    no byline reader took the pair (the labelled line is a byline's place, whatever its names)."""
    if len(block.lines) != 2 or layout.dates:
        return False
    first, second = block.lines
    if (
        _by_match(text, first.start, first.end) is None
        and _BY_COLON.match(text, first.start, first.end) is None
    ):
        return False
    date_block = read_date_block(text, second.start, second.end)
    if date_block is None or not date_block.dates:
        return False
    layout.dates.extend(date_block.dates)
    evidence(layout, "published", "date-line-under-labelled-line", text[first.start : first.end])
    return True


_JOINING_WORDS = frozenset(["of", "and", "for", "the", "&", "de", "du", "des", "la", "et"])


def issuing_body(block: Block) -> bool:
    """``Ministry of Transportation and Transit``, ``Office of the Mayor`` alone at the byline's place: the
    institution that issues the release signs it, naming no one (capitalised words, one of them an
    institution's head noun, no stop)."""
    line = block.text
    if not block.is_single_line or len(line) > _MAX_ISSUER or line.endswith(".") or ":" in line:
        return False
    words = line.split()
    return (
        len(words) >= 2
        and all(word[:1].isupper() or word in _JOINING_WORDS for word in words)
        and organisation_unit(line)
    )


def metadata_line(text: str, block: Block) -> MetadataLine | None:
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


def after_meta(layout: Layout) -> bool:
    return layout.byline is not None or bool(layout.dates) or layout.undated_line


_MAX_UNSTOPPED_CAPTION = 200


def organisation_credit_over_caption(blocks: list[Block], index: int) -> bool:
    """``Norfolk Fire and Rescue Service`` over ``Firefighters were called to the home after 02:00 GMT``,
    set tight, under the byline and date: the lead picture's credit (an organisation's name, as
    ``issuing_body`` reads one) over its caption, a line ending no sentence (a release's first paragraph
    under its issuer ends with its stop), with the story under them."""
    if index + 2 >= len(blocks):
        return False
    caption = blocks[index + 1]
    return (
        caption.blank_lines_before == 0
        and caption.is_single_line
        and len(caption.text) <= _MAX_UNSTOPPED_CAPTION
        and not caption.text.rstrip("\"'”’)").endswith((".", "!", "?", ":"))
        and issuing_body(blocks[index])
        # ("Related Topics" over its list: no organisation, though an abstract noun)
        and names_organisation(blocks[index].text)
    )


_DESK_BARS = frozenset(("/", "|", "·", "•", "-", "–", "—"))
_MAX_DESK_GAP = 12


def _named_under_desk(text: str, byline: Byline, block: Block) -> BylineRead | None:
    """``ABC North Qld`` (read as a byline naming no one) over ``By Jane Doe and John Roe`` set tight under
    it: the newsroom's line is the desk's, the labelled line under it the byline naming the authors."""
    if byline.authors or not block.is_single_line:
        return None
    between = text[byline.text.span.end : block.start]
    if line_breaks(text, byline.text.span.end, block.start) != 1 and (
        # ("ABC Goulburn Valley" / "/" / "By Jane Doe", blank lines between: the page's bar between the
        # desk and the byline copied as a line of its own)
        len(between) > _MAX_DESK_GAP or between.strip() not in _DESK_BARS
    ):
        return None
    if _by_match(text, block.start, block.end) is None:
        return None
    found = read_byline_block(text, block.start, block.end, bare_ok=False)
    return found if found is not None and found.byline.authors else None
