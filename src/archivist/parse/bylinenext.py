"""The block under a byline that belongs to it (a title, the reporter's city, her outlet, a contact, a second
name), and a byline's label on a line of its own over the name (``Reporter:`` / ``Jane Doe``)."""

from __future__ import annotations

import re

from archivist.parse.agencies import is_publication
from archivist.parse.blocks import Block, Line, line_breaks
from archivist.parse.byline import Byline, affiliation_line
from archivist.parse.bylineblock import (
    _BY,
    _CONTACT,
    _REPORTING_FROM,
    BylineRead,
    _affiliated,
    _names,
    _one_line,
    _without_contact,
    is_title,
)
from archivist.parse.bylinedate import dated
from archivist.parse.bylinestyle import PHOTOGRAPHER_TITLE, outlet_with_place
from archivist.parse.creditwords import COLON_LABEL, STOCK_CREDIT
from archivist.parse.furniture import counter_alone
from archivist.parse.labelwords import REPORTED_BY, table_words
from archivist.parse.names import organisation_unit
from archivist.parse.words import alternation
from archivist.record.model import Span, Text

_ONE_PLACE = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)*")
# "Editor: John Roe", "Edited by: …", "Translator: …": a desk's job and a name, set tight under the byline
_DESK_LABEL = re.compile(
    r"(?i:(?:(?:sub-?|copy\s+)?editor|edited\s+by|editing|translator|translated\s+by)\s*:\s+)"
)
_LABELLED = re.compile(r"[:;]")
# Words, then a picture credit's label after a stop or a semicolon ("… only; Source: X", "… pier. Photo: X").
_CAPTION_THEN_LABEL = re.compile(rf"\w[.;]\s+(?i:{COLON_LABEL})\s*:\s")
# "La información es de", "Reporting by": the phrase before a second reporter's name (``labelwords``)
_REPORTED_BY = re.compile(rf"(?:{alternation(table_words(REPORTED_BY))})\s+")
_LABEL_ALONE = re.compile(r"(?i:reporter|writer|author|by|byline|words|text|story|journalist)\s*:")
# "Author of the article:" over the name: a label for screen readers the page hides (as ``Image caption,``
# is), said in a sentence's words; the byline is the name under it, without it.
_SPOKEN_LABEL = re.compile(r"(?i:(?:author|writer)\s+of\s+(?:the|this)\s+(?:article|story))\s*:")


def label_over_name(text: str, label: tuple[int, int], name: tuple[int, int]) -> BylineRead | None:
    """``Reporter:`` on a line of its own with the name set tight under it: one byline over two lines."""
    spoken = _SPOKEN_LABEL.fullmatch(text, *label) is not None
    if not (spoken or _LABEL_ALONE.fullmatch(text, *label)) or line_breaks(text, label[1], name[0]) != 1:
        return None
    found = _one_line(text, *name, bare_ok=True)
    if found is None or not found.byline.authors:
        return None
    if spoken:
        whole = Text(text[name[0] : name[1]], Span(name[0], name[1]))
        return BylineRead(Byline(whole, found.byline.authors), "byline-under-spoken-label")
    whole = Text(text[label[0] : name[1]], Span(label[0], name[1]))
    return BylineRead(Byline(whole, found.byline.authors), "byline-label-over-name")


def byline_continuation(text: str, byline: Byline, start: int, end: int) -> BylineRead | None:
    """A block right under a byline that belongs to it: a title (``Senior Editor``) or a second name."""
    raw = text[start:end].strip()
    line = _without_contact(raw)
    if line.startswith("(") and line.endswith(")") and is_publication(line[1:-1]):
        line = line[1:-1]  # "(The Daily Planet)" set tight under the name: her outlet
    if line_breaks(text, start, end) or len(line) > 60 or affiliation_line(text, start, end) is not None:
        return None  # "Associated Press Writer": archivist.parse.byline gives it as the affiliation
    if counter_alone(line):
        return None  # "Comments (23)" under the name: the page's counter, no unit of hers
    if ":" in line and _CAPTION_THEN_LABEL.search(line):
        return None  # "Illustration only; Source: Example Energy": a caption with its credit's label
    whole = Text(text[byline.text.span.start : end], Span(byline.text.span.start, end))
    desk = _DESK_LABEL.match(text, start, end)
    tight = line_breaks(text, byline.text.span.end, start) == 1
    if desk is not None and tight and _names(text, desk.end(), end):
        # "Author: Jane Doe" over "Editor: John Roe": the desk's line is printed as the byline's part, and
        # names no author
        return BylineRead(Byline(whole, byline.authors), "byline-over-desk-label")
    if (
        not tight
        and byline.authors
        and all(person.affiliation for person in byline.authors)
        and (organisation_unit(line) or is_publication(line))
    ):
        # An organisation across a blank line under a byline that names her outlet already ("BBC News,
        # Norfolk", then "Norfolk Fire and Rescue Service" or "Getty Images"): the lead picture's credit
        return None
    if _CONTACT.fullmatch(line) or _CONTACT.fullmatch(raw):
        # "@janedoe" under the name ("Email: jane@example.com", with its label)
        return BylineRead(Byline(whole, byline.authors), "byline-contact-line")
    if is_title(line):
        authors = byline.authors
        if PHOTOGRAPHER_TITLE.fullmatch(line) and len(authors) > 1 and tight:
            # "Jane Doe" / "Reporter" / "John Roe" / "Fotograf": the name over the photographer's title is
            # the picture's person, no author of the story
            authors = authors[:-1]
        return BylineRead(Byline(whole, authors), "byline-name-over-title")
    if byline.authors and (
        _REPORTING_FROM.fullmatch(line)
        or (
            _ONE_PLACE.fullmatch(line)
            # "Contributed", "Divulgação", "Istimewa" under the name: who gave the lead picture, its credit
            # set over the caption (one word as a place is), no place of the reporter's
            and not STOCK_CREDIT.fullmatch(line)
            and line_breaks(text, byline.text.span.end, start) == 1
            and not printed_above(text, line, byline.text.span.start)
        )
    ):
        # "Reporting from Rotterdam", or "Ottawa" alone set tight under the name (one word is no one's
        # full name): where the reporter is based, part of the byline
        return BylineRead(Byline(whole, byline.authors), "byline-name-over-place")
    if byline.authors and (outlet := outlet_with_place(line)) is not None:
        # "BBC News, Norfolk" set under the name: her outlet and where she is based
        return BylineRead(Byline(whole, _affiliated(byline.authors, outlet)), "byline-name-over-outlet-place")
    if byline.authors and is_publication(line):
        return BylineRead(Byline(whole, _affiliated(byline.authors, line)), "byline-name-over-publication")
    if byline.authors and organisation_unit(line) and not _LABELLED.search(line):
        # ("Illustration only; Source: Example Energy": a caption naming its source, no unit of hers)
        return BylineRead(Byline(whole, _affiliated(byline.authors, line)), "byline-name-over-organisation")
    reported = _REPORTED_BY.match(text, start, end) if tight and byline.authors else None
    if reported is not None and (more := _names(text, reported.end(), end)):
        # "La información es de Jane Doe" set tight under the byline: the reporter who supplied the story
        return BylineRead(Byline(whole, byline.authors + more), "byline-over-reported-by")
    people = _names(text, start, end)
    if byline.authors and people and not _BY.match(text, start, end):
        return BylineRead(Byline(whole, byline.authors + people), "byline-two-lines")
    return None


_SPLIT_REACH = 8  # the page's first blocks: where a byline is set under the headline


def split_tight_bylines(text: str, blocks: list[Block]) -> list[Block]:
    """``Headline`` / ``By Jane Doe``, ``Titre`` / ``Par Le Figaro avec AFP`` set tight with no blank line:
    the hard-wrap reading joins a short line to the longer one above it, but a line opening with a
    byline's label in capitals that reads whole as a byline starts a block of its own (a wrapped sentence
    goes on in lower case: "… written" / "by Jane Doe"), and so does a bare name over the date line under
    a line that a sentence or a credit closes."""
    split: list[Block] | None = None
    for index, block in enumerate(blocks[:_SPLIT_REACH]):
        if len(block.lines) != 2:
            continue
        first, second = block.lines
        if not text[second.start].isupper() or text[first.end - 1] in ",-–—":
            continue
        if _BY.match(text, second.start, second.end) is not None:
            if _one_line(text, second.start, second.end, bare_ok=False) is None:
                continue
        elif not _bare_name_over_date(text, blocks, index, first, second):
            continue
        if split is None:
            split = list(blocks)
        at = split.index(block)
        split[at : at + 1] = [
            Block(first.start, first.end, text[first.start : first.end], (first,), block.blank_lines_before),
            Block(second.start, second.end, text[second.start : second.end], (second,), 0),
        ]
    return blocks if split is None else split


def _bare_name_over_date(text: str, blocks: list[Block], index: int, first: Line, second: Line) -> bool:
    """``… the airport in December. Photo: Jane Doe / Yle`` / ``John Roe``, the date line under them: a
    whole sentence or a labelled credit closes the first line, the second is one person's bare name, and
    a name set over the date line is the byline (``archivist.parse.bylinedate``)."""
    closed = text[first.end - 1] in ".!?" or _LABELLED_CREDIT.search(text, first.start, first.end) is not None
    if not closed or index + 1 >= len(blocks) or any(map(str.isdigit, text[second.start : second.end])):
        return False
    name = _one_line(text, second.start, second.end, bare_ok=True)
    if (
        name is None
        or len(name.byline.authors) != 1
        or name.byline.text.text != text[second.start : second.end]
    ):
        return False
    return dated(text, blocks[index + 1])


def printed_above(text: str, line: str, before: int) -> bool:
    """``line`` stands alone on a line above ``before`` (``Nation`` over the headline, again under the
    byline): the page's section label said twice, not where the reporter is."""
    at = text.find(line, 0, before)
    while at >= 0:
        end = at + len(line)
        if (at == 0 or text[at - 1] == "\n") and (end >= len(text) or text[end] in "\r\n"):
            return True
        at = text.find(line, end, before)
    return False


# "Kuva: Jane Doe / Yle", "Photo: Jane Doe" closing a line: a picture's credit (any language's label)
_LABELLED_CREDIT = re.compile(rf"(?i:{COLON_LABEL})\s*:\s*\S[^\r\n]*$")
