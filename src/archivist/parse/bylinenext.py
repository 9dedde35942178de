"""The block under a byline that belongs to it (a title, the reporter's city, her outlet, a contact, a second
name), and a byline's label on a line of its own over the name (``Reporter:`` / ``Jane Doe``)."""

from __future__ import annotations

import re

from archivist.parse.agencies import is_publication
from archivist.parse.blocks import line_breaks
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
from archivist.parse.bylinestyle import outlet_with_place
from archivist.parse.creditwords import COLON_LABEL
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


def label_over_name(text: str, label: tuple[int, int], name: tuple[int, int]) -> BylineRead | None:
    """``Reporter:`` on a line of its own with the name set tight under it: one byline over two lines."""
    if not _LABEL_ALONE.fullmatch(text, *label) or line_breaks(text, label[1], name[0]) != 1:
        return None
    found = _one_line(text, *name, bare_ok=True)
    if found is None or not found.byline.authors:
        return None
    whole = Text(text[label[0] : name[1]], Span(label[0], name[1]))
    return BylineRead(Byline(whole, found.byline.authors), "byline-label-over-name")


def byline_continuation(text: str, byline: Byline, start: int, end: int) -> BylineRead | None:
    """A block right under a byline that belongs to it: a title (``Senior Editor``) or a second name."""
    line = _without_contact(text[start:end].strip())
    if line.startswith("(") and line.endswith(")") and is_publication(line[1:-1]):
        line = line[1:-1]  # "(The Daily Planet)" set tight under the name: her outlet
    if line_breaks(text, start, end) or len(line) > 60 or affiliation_line(text, start, end) is not None:
        return None  # "Associated Press Writer": archivist.parse.byline gives it as the affiliation
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
    if _CONTACT.fullmatch(line):
        return BylineRead(Byline(whole, byline.authors), "byline-contact-line")  # "@janedoe" under the name
    if is_title(line):
        return BylineRead(Byline(whole, byline.authors), "byline-name-over-title")
    if byline.authors and (
        _REPORTING_FROM.fullmatch(line)
        or (_ONE_PLACE.fullmatch(line) and line_breaks(text, byline.text.span.end, start) == 1)
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
