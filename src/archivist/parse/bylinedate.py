"""A byline and a date line found together: on one line (``Jane Doe — May 2, 2024``), or a name line right
over the date line (a bare name there is a byline: under a standfirst the page's order is standfirst, names,
date), its reporter's title (``Transport Correspondent``) between them if the page gives one."""

from __future__ import annotations

import re

from archivist.parse.agencies import is_agency, is_publication
from archivist.parse.blocks import Block, line_breaks
from archivist.parse.byline import Byline
from archivist.parse.bylineblock import (
    _CONTACT,
    NUMERIC_DATE,
    BylineRead,
    _without_contact,
    is_title,
    read_byline_block,
)
from archivist.parse.dateblock import DateBlock
from archivist.parse.dateblockcache import read_date_block
from archivist.parse.dates import search_dates
from archivist.parse.frontsegments import read_metadata_line
from archivist.parse.names import INSTITUTION_HEADS
from archivist.parse.publication import DateLine
from archivist.parse.words import holds_any
from archivist.record.model import DateValue, Person, Span, Text

# Where a byline and a date line on one line part: a comma, "on"/"at", a bar or dash, or before "by".
_PAIR_SEPARATOR = re.compile(r",\s+|\s+(?:on|at)\s+|\s+[|·•/]\s+|\s+[-–—]{1,2}\s+|\s+(?=[Bb]y\s)")
_MAX_META_LINE = 160


def over_date_line(text: str, blocks: list[Block], index: int) -> bool:
    """A one-line block right over a date line, or over a title line set tight over it: a bare name there is
    a byline."""
    if index + 1 >= len(blocks) or not blocks[index].is_single_line:
        return False
    following = blocks[index + 1]
    if (
        index + 2 < len(blocks)
        and following.blank_lines_before == 0
        and _SEPARATOR_LINE.fullmatch(following.text)
    ):
        following = blocks[
            index + 2
        ]  # "Jane Doe" / "-" / the date: the page's separator on a line of its own
    elif (
        index + 2 < len(blocks)
        and following.blank_lines_before == 0
        and following.is_single_line
        and "@" in following.text
        and _CONTACT.fullmatch(following.text.strip())
    ):
        following = blocks[index + 2]  # "Jane Doe" / "jdoe@example.com" (or "@janedoe") / the date
    elif index + 2 < len(blocks) and (_tight_title(following) or place_line(following.text)):
        following = blocks[index + 2]  # "Jane Doe" / "Transport Correspondent" (or "Marbella") / the date
        at = index + 2
        # "Jane Doe" / "Journalist" / "John Roe" / "Journalist" / the date: each author over her title
        for _ in range(_MAX_AUTHORS):
            if at + 2 >= len(blocks) or not _tight_name_over_title(blocks, at):
                break
            at += 2
            following = blocks[at]
    # (a date line giving no calendar date, "Yesterday at 18:45", is the date line's place all the same)
    return dated(text, following) or read_date_block(text, following.start, following.end) is not None


_MAX_AUTHORS = 4
# A separator set between a byline and its date line, copied onto a line of its own ("-", "|", "·").
_SEPARATOR_LINE = re.compile(r"[-–—|·•/]")


def _tight_title(block: Block) -> bool:
    # ("News reporter @janedoe": the title with the reporter's handle)
    return block.blank_lines_before == 0 and block.is_single_line and is_title(_without_contact(block.text))


def _tight_name_over_title(blocks: list[Block], at: int) -> bool:
    """``blocks[at]`` a one-line block set tight under the one before, a title set tight under it."""
    name = blocks[at]
    return (
        name.blank_lines_before == 0
        and name.is_single_line
        and len(name.text.split()) <= 4
        and _tight_title(blocks[at + 1])
    )


def dated(text: str, block: Block) -> bool:
    """Whether ``block`` is a date line giving a calendar date, alone or among other metadata (``Sunday May 3
    2026, 9am GMT, The Weekly Ledger``)."""
    date_block = read_date_block(text, block.start, block.end)
    if date_block is not None:
        return bool(date_block.dates)
    metadata = read_metadata_line(text, block)
    return metadata is not None and bool(metadata.dates) and metadata.byline is None


# "Marbella", "Puerto Banús", "San José del Cabo": one to four words of a place's name, capitalised but for
# its particles, on a line of their own.
_PLACE_LINE = re.compile(
    r"[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:(?:de|del|la|le|el|los|las|di|da|do|dos|sur|upon|on)\s+)?[A-ZÀ-Þ][\w'’.-]*){0,3}"
)


def place_line(line: str) -> bool:
    """A line holding only a place's name (where the story was filed from, set between byline and date)."""
    stripped = line.strip()
    return (
        len(stripped) <= 40
        and _PLACE_LINE.fullmatch(stripped) is not None
        and not any(map(str.isdigit, stripped))
    )


def byline_beside_date(text: str, block: Block) -> tuple[BylineRead, DateBlock] | None:
    """``By Jane Doe, May 2, 2024``, ``Jane Doe — May 2, 2024``, ``By Jane Doe on May 2, 2024``, ``Posted on
    May 2, 2024 by Jane Doe``, ``May 2, 2024 | Jane Doe``, ``Jane Doe / May 2, 2024``: a byline and a date
    line on one line, split at the one separator that leaves a date line on one side and a byline (a bare
    name too) on the other."""
    if not block.is_single_line or len(block.text) > _MAX_META_LINE or not any(map(str.isdigit, block.text)):
        return None
    for separator in _PAIR_SEPARATOR.finditer(text, block.start, block.end):
        left_end, right_start = _rstrip(text, block.start, separator.start()), separator.end()
        for name_span, date_span in (
            ((block.start, left_end), (right_start, block.end)),
            ((right_start, block.end), (block.start, left_end)),
        ):
            if name_span[0] >= name_span[1] or date_span[0] >= date_span[1]:
                continue
            date_block = read_date_block(text, *date_span)
            if date_block is None or not date_block.dates:
                continue
            found = read_byline_block(text, *name_span, bare_ok=True)
            if found is not None and found.byline.authors:
                return found, date_block
    return (
        _name_run_on_numeric_date(text, block)
        or _name_glued_to_time(text, block)
        or _name_beside_untold_date(text, block)
    )


# "Jane Doe | 05/04/2025 - 06:12": a bare name, a bar or dash, then a numeric date whose day and month are not
# told apart (no date line reads it) with its time maybe, and nothing else.
_BAR_BEFORE_NUMERIC_DATE = re.compile(rf"\s+[|·•–—-]\s+(?={NUMERIC_DATE.pattern}\s*$)")


def _name_beside_untold_date(text: str, block: Block) -> tuple[BylineRead, DateBlock] | None:
    """``Jane Doe | 05/04/2025 - 06:12``: the name is the byline; the date keeps only its year (which of
    its numbers is the day is not guessed)."""
    found = _BAR_BEFORE_NUMERIC_DATE.search(text, block.start, block.end)
    if found is None or found.start() <= block.start:
        return None
    byline = read_byline_block(text, block.start, found.start(), bare_ok=True)
    if byline is None or not byline.byline.authors:
        return None
    dates = tuple(
        DateLine("date", DateValue(date.value, text[date.start : date.end], Span(date.start, date.end)))
        for date in search_dates(text, found.end(), block.end)
    )
    return byline, DateBlock(dates, None, "date-line-day-and-month-untold")


# "Jane Doe 10-03-25, 17:42 Laatste update: …": a name run on to a numeric date line with a space only.
_NUMERIC_DATE_AFTER_SPACE = re.compile(r"\s+(?=\d{1,2}([./-])\d{1,2}\1\d{2,4}(?!\d))")


def _name_run_on_numeric_date(text: str, block: Block) -> tuple[BylineRead, DateBlock] | None:
    """``Jane Doe 10-03-25, 17:42``: a bare name, then (after a space, no separator) a date line opening
    with a numeric date; the byline and the date line's reading, or None."""
    found = _NUMERIC_DATE_AFTER_SPACE.search(text, block.start, block.end)
    if found is None or found.start() <= block.start:
        return None
    date_block = read_date_block(text, found.end(), block.end)
    if date_block is None or not date_block.dates:
        return None
    byline = read_byline_block(text, block.start, found.start(), bare_ok=True)
    if byline is None or not byline.byline.authors:
        return None
    return byline, date_block


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


# "Marta Vidal - Girona": a byline's name and the place the story was filed from, a spaced dash between
# them as a dateline's dash follows its place (a bar parts the byline's own segments: "Sonam Choden |
# Punakha" is one byline, as the pages that print it so mean it).
_NAME_PLACE_SEPARATOR = re.compile(r"\s+[-–—]\s+")


def name_beside_place(text: str, block: Block) -> tuple[BylineRead, tuple[int, int]] | None:
    """``Marta Vidal - Girona``, ``Jana Weber – Leipzig``: a bare name and a place's name on one line (the
    place no title, publication, agency or name of its own); the byline read and the place's span, or
    None."""
    line = block.text
    if (
        not block.is_single_line
        or len(line) > _MAX_META_LINE
        or not ("- " in line or "– " in line or "— " in line)  # most lines: no spaced dash, told cheaply
        or any(map(str.isdigit, line))
    ):
        return None
    separators = list(_NAME_PLACE_SEPARATOR.finditer(text, block.start, block.end))
    if len(separators) != 1:
        return None
    separator = separators[0]
    place = text[separator.end() : block.end]
    if (
        not place_line(place)
        or is_title(place)
        or is_agency(place)
        or is_publication(place)
        or place.casefold() in INSTITUTION_HEADS
        # ("Zulfiqar Baloch | Amna Sheikh": a second author; a place of two words read as a name is left too)
        or read_byline_block(text, separator.end(), block.end, bare_ok=True) is not None
    ):
        return None
    found = read_byline_block(text, block.start, separator.start(), bare_ok=True)
    if found is None or len(found.byline.authors) != 1 or found.byline.authors[0].affiliation:
        return None
    return found, (separator.end(), block.end)


_ISSUER_SEPARATOR = re.compile(r"\s+[|·•]\s+|\s+[-–—]{1,2}\s+")
_MAX_ISSUER_WORDS = 10
_AFTER_SEPARATOR = re.compile(r"(?:\s[|·•]|\s[-–—]{1,2})\s+(\w+)")
_AFTER_SEPARATOR_MARKS = "|·•-–—"


def issuer_beside_date(text: str, block: Block) -> tuple[str, DateBlock] | None:
    """``Secretaría de Medio Ambiente y Recursos Naturales | 27 de noviembre de 2026``: the institution
    issuing a release (its name opens with an institution's head noun, ``names.INSTITUTION_HEADS``) beside
    the date line; the institution and the date block, or None. The institution signs no story as a
    reporter does: the line is the date line, no byline."""
    if len(block.text) > _MAX_META_LINE or not block.is_single_line:
        return None
    first = block.text.split(None, 1)[:1]
    if not (first and first[0].casefold() in INSTITUTION_HEADS) and (
        # (a separator's mark looked for first, by ``holds_any``: most lines hold none)
        not holds_any(block.text, 0, len(block.text), _AFTER_SEPARATOR_MARKS)
        or not any(word.casefold() in INSTITUTION_HEADS for word in _AFTER_SEPARATOR.findall(block.text))
    ):
        return None  # no institution opens either side: most lines, told by their words alone
    for separator in _ISSUER_SEPARATOR.finditer(text, block.start, block.end):
        for issuer, date_span in (
            (text[block.start : separator.start()].strip(), (separator.end(), block.end)),
            (text[separator.end() : block.end].strip(), (block.start, separator.start())),
        ):
            words = issuer.split()
            if not 2 <= len(words) <= _MAX_ISSUER_WORDS or words[0].casefold() not in INSTITUTION_HEADS:
                continue
            date_block = read_date_block(text, *date_span)
            if date_block is not None and date_block.dates:
                return issuer, date_block
    return None


# "山本亮2025年3月4日 10時30分": a Japanese or Chinese writer's name (two to five Han characters) run on to
# the date line without a space, as East Asian pages set them; the date opens with its year and its sign.
_RUN_ON_NAME = re.compile(r"[\u3005\u4e00-\u9fff]{2,5}(?=\d{4}\s*[年년])")


def date_after_run_on_name(text: str, start: int, end: int) -> tuple[str, DateBlock] | None:
    """``山本亮2025年3月4日 10時30分``: a line (``text[start:end]``) of a Han name run on to a date line; the
    name and the date line's reading, or None. (The name is left to the byline's readers: the line is read
    here for its date.)"""
    if end - start > _MAX_META_LINE:
        return None
    found = _RUN_ON_NAME.match(text, start, end)
    if found is None:
        return None
    date_block = read_date_block(text, found.end(), end)
    if date_block is None or not date_block.dates:
        return None
    return found.group(), date_block


def run_on_byline(text: str, start: int, name: str) -> Byline:
    """The byline of ``山本亮2025年3月4日``: the name run on to the date line at ``start``, the writer
    (the date line's own reading gives the date)."""
    span = Span(start, start + len(name))
    return Byline(Text(name, span), (Person(name, span, None),))


# "田中健一" alone over the date line: a Japanese or Chinese writer's name of three to five Han characters at
# the byline's place. Such a run alone is as often a section's name ("社会", "国際面"), so the page must name
# her again on a line of its own below (its author box: "この記事を書いた人" over "田中健一").
_HAN_NAME_LINE = re.compile(r"[\u3005\u4e00-\u9fff]{3,5}")


def han_name_signed_again(text: str, start: int, end: int) -> Byline | None:
    """``text[start:end]``, a line of three to five Han characters that a line of its own below repeats, as
    the byline; None if it is not so."""
    while start < end and text[start] in " \t\u3000":
        start += 1
    while end > start and text[end - 1] in " \t\u3000":
        end -= 1
    name = text[start:end]
    if not _HAN_NAME_LINE.fullmatch(name):
        return None
    position = end
    while (found := text.find(name, position)) >= 0:
        after = found + len(name)
        if text[found - 1 : found] in ("\n", "\r") and text[after : after + 1] in ("", "\n", "\r"):
            span = Span(start, end)
            return Byline(Text(name, span), (Person(name, span, None),))
        position = after
    return None


def agency_beside_date(text: str, start: int, end: int) -> Byline | None:
    """``Press Trust of India | Updated: October 04, 2025 5:42 pm IST``, ``Reuters - March 3, 2026``: a news
    agency's name alone before a bar or spaced dash, a date line after it. The agency is the byline, naming
    no one (an agency alone at the byline's place is one: ``By Reuters``); the date line is read apart. None
    for any other line (a person's or a paper's name there is ``byline_beside_date``'s)."""
    if end - start > _MAX_META_LINE or line_breaks(text, start, end) > 0:
        return None
    separator = _ISSUER_SEPARATOR.search(text, start, end)
    if separator is None:
        return None
    head_end = separator.start()
    while head_end > start and text[head_end - 1].isspace():
        head_end -= 1
    if not is_agency(text[start:head_end]):
        return None
    date_block = read_date_block(text, separator.end(), end)
    if date_block is None or not date_block.dates:
        return None
    return Byline(Text(text[start:head_end], Span(start, head_end)), ())


# "12:10 AMKimberley": a time's AM or PM (the page's template prints no space after it) with a name's
# capital and a lower-case letter glued to it.
_GLUED_AFTER_TIME = re.compile(r"\d\s?(?:AM|PM|a\.m\.|p\.m\.)(?=[A-ZÀ-Þ][a-zß-ÿ])")


def _name_glued_to_time(text: str, block: Block) -> tuple[BylineRead, DateBlock] | None:
    """``Published:Sunday | June 8, 2025 | 12:10 AMKimberley Hall-Brown/Senior Staff Reporter``: the date line
    ending with its time and the byline glued to it with no space or separator; the byline (a bare name or a
    name with its title) and the date line's reading, or None."""
    line = block.text
    if "AM" not in line and "PM" not in line and ".m." not in line:
        return None  # no AM or PM: most lines
    found = _GLUED_AFTER_TIME.search(text, block.start, block.end)
    if found is None:
        return None
    date_block = read_date_block(text, block.start, found.end())
    if date_block is None or not date_block.dates:
        return None
    byline = read_byline_block(text, found.end(), block.end, bare_ok=True)
    if byline is None or not byline.byline.authors:
        return None
    return byline, date_block
