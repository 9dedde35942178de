"""Front lines the byline and date readers do not know, told apart from a standfirst by their shape.

A standfirst is prose: words, most of them in lower case, making a sentence or a phrase. A short line
between the headline and the first prose block that is not prose is front matter of some kind, never
summary and never body: a name with or without a desk (``Kerene Blake/Staff Reporter``, ``Our Staff
Reporter``, ``WRITER: Jane Doe``) is the byline; a line made of a date (in any order, with any separators:
``28-Nov-2026``, ``Nov - 27 - 2026 , 07:14``, ``Nov 26,2026``, ``Fri, Nov 27, 2026 page 3``) is a date line;
anything else is left out of every field, and the evidence says so. ``archivist.parse.front`` decides where.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from archivist.parse.blocks import Block
from archivist.parse.byline import Byline
from archivist.parse.bylinedate import date_after_run_on_name, run_on_byline
from archivist.parse.calendar import MONTH_ALTERNATION, RELATIVE_PAST_WORDS
from archivist.parse.creditwords import LABELLED
from archivist.parse.dates import MONTH_NUMBERS
from archivist.parse.labelwords import label_alternation
from archivist.parse.names import display_name, script_name, script_place
from archivist.parse.publication import DateLine
from archivist.parse.words import EMAIL_ADDRESS, SCRIPT_STOPS, extended_name_word, word_count, words
from archivist.record.model import Dateline, DateValue, Evidence, Person, Span, Text

if TYPE_CHECKING:
    from archivist.parse.structure import Layout

_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_TOKEN = re.compile(r"\S+")
_MIN_PROSE_WORDS = 5
_MAX_FRONT_LINE = 100
_MAX_FRONT_WORDS = 8
# "Writer: Jane Doe", "AUTHOR - Jane Doe", "Words by Jane Doe": a label before the name.
_LABEL = re.compile(
    r"(?i:(?:written\s+|words\s+|text\s+|story\s+|report\s+)?by|writer|author|reporter|words|text"
    r"|story|reporting)\s*[:\-–—]?\s+|(?i:writer|author|reporter|journalist)\s*[:\-–—]\s*"
    # "by" in other languages, capitalised as a line opens ("Von Hans Meier, Berlin", "Ni Ana Cruz")
    rf"|(?:{label_alternation('by', capitalised=True)})\s+"
    # every language's author label before its colon ("Pewarta: Jane Doe", "Autor: Jan Nowak")
    rf"|(?i:{label_alternation('author')})\s*[:៖፦：]\s*"
)
_COLON_LABEL = re.compile(rf"(?i:{label_alternation('author')}|reporting|byline)\s*[:៖፦：]")
_LABEL_VALUE = re.compile(r"[\w][\w ]{0,24}\s?:\s")  # "Source: …", "Read more: …": a label and its value
_CONTACT = re.compile(rf"\s*(?:\(\s*)?(?:@\w{{1,30}}|{EMAIL_ADDRESS})(?:\s*\))?\s*$")
# "This content was published on …": a date line's label long enough to pass for prose (looked for before
# the dates, whose month names make a dear pattern)
_PUBLISHED_PROSE = re.compile(r"\b(?i:published|posted|updated)\s+on\s")
_TITLE_SEPARATOR = re.compile(r"\s*[/|,]\s*")
# "Jane Doe (Example News Agency)", "Jane Doe (XNA)": her outlet or agency in brackets after the name
_BRACKET_TAIL = re.compile(r"\s*\((?P<outlet>[^()\r\n]{2,40})\)\s*$")
_NAME_TOKEN = re.compile(
    r"(?:[A-ZÀ-Þ][\w'’]*(?:-[\w'’]+)*\.?|[A-ZÀ-Þ]\.|van|von|de|der|den|da|di|du|del|la|le|bin|al)"
)
# Names that are no person: a newsroom ("Our Staff Reporter") or a publication ("The Local").
_NO_PERSON_START = frozenset(["Our", "The", "A", "An"])
_DESK_WORDS = words(
    "staff reporter reporters correspondent correspondents desk bureau team newsroom editor editors writer"
    " writers service agency agencies news online digital web"
)
_MONTH = "(?:" + MONTH_ALTERNATION + r")\.?(?![^\W\d_])"  # every language's month (parse.calendar)
_SEP = r"\s*[-–—/.,]?\s*"
_LOOSE_DATES = (
    re.compile(
        rf"(?i:(?P<month>{_MONTH})){_SEP}(?P<day>[0-3]?\d)(?:st|nd|rd|th)?{_SEP}(?P<year>(?:19|20)\d\d)(?!\d)"
    ),
    re.compile(
        rf"(?<!\d)(?P<day>[0-3]?\d)(?:st|nd|rd|th)?{_SEP}(?i:(?P<month>{_MONTH})){_SEP}(?P<year>(?:19|20)\d\d)(?!\d)"
    ),
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)[-/.](?P<month>[01]?\d)[-/.](?P<day>[0-3]?\d)(?!\d)"),
)
# What else a date line may hold: a weekday, a time, a zone, the print page, a label, separators.
_DATE_LINE_REST = re.compile(
    r"\b(?:(?i:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\.?"
    r"|[012]?\d[:.h][0-5]\d(?:\s*[ap]\.?m\.?)?|[ap]\.?m\.?|page\s+[A-Z]?\d+[A-Z]?|p\.?\s*\d+"
    r"|published|posted|updated|last|on|at|dated?|print\s+edition|edition"
    r"|this\s+(?:content|article|story|page|report)\s+(?:was|has\s+been))"
    r"|(?:UTC|GMT)\s?[+-]\d{1,2}(?::?\d\d)?|[A-Z]{1,4}T|UTC|GMT)(?!\w)"  # "(GMT+7)": a zone by its offset
)


_CJK_STOPS = ("。", "！", "？")
# the quote marks a sentence may close inside (Chinese sets “…。” as English does)
_CJK_CLOSING = '」』）)”’"'
_CLOSING_MARKS = "'" + _CJK_CLOSING  # after a stop of either script
# (and the full stops of scripts of their own: a line that ends a sentence is no front line in any script.
# Without them a paragraph of a script with no capitals, Khmer "…ក្នុងអាកាសធាតុល្អ។", spaced into few words
# and none of them in lower case, passed for a name or a label, and a page of such paragraphs was left with
# no body: the Devanagari danda and double danda, the Urdu and Arabic stop and question mark, Khmer "។"
# and its end-of-text "៕", Burmese "။", Ethiopic "።" and "፧", Tibetan "།", Armenian "։")
_SCRIPT_STOPS = tuple(SCRIPT_STOPS)
_SENTENCE_STOPS = (".", "!", "?", ":", *_CJK_STOPS, *_SCRIPT_STOPS)


def unspaced_sentence_end(passage: str) -> bool:
    """``passage`` closes with a Chinese or Japanese full stop, exclamation or question mark (inside its
    quote marks maybe): the end of a sentence in a script that sets no spaces, whatever its words count."""
    return passage.rstrip(_CJK_CLOSING).endswith(_CJK_STOPS)


def is_prose(passage: str) -> bool:
    """A sentence or sentences: enough words, most in lower case, not mostly digits, dates or capitalised
    name tokens, not a ``label: value`` line, not a name with a title after a slash, bar or comma."""
    words = _TOKEN.findall(passage)
    if unspaced_sentence_end(passage):
        # Chinese and Japanese write a sentence without spaces and without capitals: one closed by its
        # stop, of as many words as prose (its characters counted two a word), is prose; so is a passage
        # mostly in those scripts, a few spaced Latin words in it. (The stop looked for first: counting
        # the characters of every passage would cost every page.)
        counted = word_count(passage)
        if len(words) < _MIN_PROSE_WORDS or counted > 2 * len(words):
            return counted >= _MIN_PROSE_WORDS
    elif len(words) < _MIN_PROSE_WORDS:
        return False

    lettered = [word for word in words[1:] if _WORD.match(word.lstrip("\"'“‘(["))]
    if len(lettered) < _MIN_PROSE_WORDS - 1:
        return False
    # (a word of a script without capitals that spaces its words, Telugu, Arabic, Georgian, counts as a
    # lower-case one: a deck of six Telugu words is prose, as an English one of six words in lower case is;
    # Thai, Burmese and Khmer space their phrases, not words, and keep the older reading)
    lower = sum(1 for word in lettered if _lower_or_caseless(word.lstrip("\"'“‘([")[0]))
    if lower * 2 < len(lettered):
        return False
    return not (len(passage) <= _MAX_FRONT_LINE and _LABEL_VALUE.match(passage) and len(words) <= 8)


def _lower_or_caseless(letter: str) -> bool:
    return letter.islower() or (
        not letter.isupper()
        and (
            "\u0590" <= letter <= "\u0dff"
            or "\u10d0" <= letter <= "\u10ff"
            or "\u1200" <= letter <= "\u137f"
            # Korean spaces its words, as Hebrew and the Indic scripts do, and has no capitals: a deck of
            # six Hangul words ("시, 적자 누적에 150원 인상 확정…") is prose, a name with "기자" is not
            or "\uac00" <= letter <= "\ud7a3"
        )
    )


def front_shaped(line: str) -> bool:
    """No prose and no sentence: a short line mostly of capitalised words, digits or marks (``Our Staff
    Reporter``, ``Nov - 27 - 2026 , 07:14``), where a short sentence (``Markets barely moved.``) is not."""
    if len(line) > _MAX_FRONT_LINE or line.rstrip(_CLOSING_MARKS).endswith(_SENTENCE_STOPS):
        return False
    if is_prose(line):
        # a date and only a date line's words ("This content was published on …"), prose-long
        return _PUBLISHED_PROSE.search(line) is not None and loose_date(line, 0, len(line)) is not None
    if loose_date(line, 0, len(line)) is not None:
        return True
    if _mostly_figures(line):
        return True  # "14:05, 22 մայիսի, 2025": a date line in words not read, more figures than letters
    # A title-case deck is longer than a name with its desk. Counted by spaces: a line of Chinese or Japanese
    # with no stop (a headline, a label, a byline run into its date) stays front-shaped however long, as
    # the page's title repeated under its masthead is (word_count would make it body).
    if len(line.split()) > _MAX_FRONT_WORDS:
        return False
    lettered = [
        word for word in _TOKEN.findall(line)[1:] if _WORD.match(word.lstrip("\"'“‘([")) and "@" not in word
    ]
    return sum(1 for word in lettered if word.lstrip("\"'“‘([")[0].islower()) * 2 < max(len(lettered), 1)


def _mostly_figures(line: str) -> bool:
    """More digits than letters, the first a digit: a date, time or counter line (a sentence is mostly
    letters)."""
    if not line[:1].isdigit():
        return False  # (the cheap test first: most lines of the front open with a letter)
    return sum(map(str.isdigit, line)) > sum(map(str.isalpha, line))


def loose_date(text: str, start: int, end: int) -> DateValue | None:
    """The date of a line that holds a date and nothing else a date line may not hold, or None."""
    if end - start > _MAX_FRONT_LINE:
        return None
    for pattern in _LOOSE_DATES:
        found = pattern.search(text, start, end)
        if found is None:
            continue
        month_text = found.group("month")
        month = (
            int(month_text) if month_text.isdigit() else MONTH_NUMBERS.get(month_text.rstrip(".").casefold())
        )
        day, year = int(found.group("day")), int(found.group("year"))
        if month is None or not 1 <= month <= 12 or not 1 <= day <= 31:
            continue
        rest = text[start : found.start()] + " " + text[found.end() : end]
        if _WORD.search(_DATE_LINE_REST.sub(" ", rest)) or re.search(r"\d", _DATE_LINE_REST.sub(" ", rest)):
            return None
        return DateValue(
            f"{year:04d}-{month:02d}-{day:02d}", found.group(0), Span(found.start(), found.end())
        )
    return None


def loose_byline(text: str, start: int, end: int) -> Byline | None:
    """A name-shaped line (two to four capitalised name tokens), maybe after a label word (``Writer:``),
    maybe with a desk or title after a slash, bar or comma, maybe with an address: the byline. A newsroom
    or a publication (``Our Staff Reporter``, ``The Local``) is a byline that names no one."""
    if end - start > _MAX_FRONT_LINE:
        return None
    line = text[start:end]
    label = _LABEL.match(line)
    name_start = start + (label.end() if label else 0)
    contact = _CONTACT.search(text, name_start, end)
    name_end = contact.start() if contact else end
    bracketed = _BRACKET_TAIL.search(text, name_start, name_end)
    outlet = None
    if bracketed is not None:
        outlet, name_end = bracketed.group("outlet").strip(), bracketed.start()
    separator = _TITLE_SEPARATOR.search(text, name_start, name_end)
    if separator is not None:
        title = text[separator.end() : name_end].split()
        if not 1 <= len(title) <= 4 or not all(word[0].isalpha() for word in title):
            return None
        name_end = separator.start()
    words = text[name_start:name_end].split()
    if not 2 <= len(words) <= 4 or not all(
        _NAME_TOKEN.fullmatch(word) or extended_name_word(word) for word in words
    ):
        return None
    if not words[-1][0].isupper():
        return None
    whole = Text(line, Span(start, end))
    if words[0] in _NO_PERSON_START or any(word.casefold() in _DESK_WORDS for word in words):
        return Byline(whole, (), "a newsroom or publication, no person")
    return Byline(whole, (Person(display_name(" ".join(words)), Span(name_start, name_end), outlet),))


def read_unknown_line(text: str, start: int, end: int, layout: Layout) -> bool:
    """A one-line front block above the first prose block that neither the byline nor the date readers
    took, and is no prose: record it as the byline (name-shaped, while none is known), a date line
    (date-shaped), or else a line left out of every field (the evidence names it); say whether it was."""
    line = text[start:end]
    if not front_shaped(line):
        return False
    date = loose_date(text, start, end)
    if date is None and (run_on := date_after_run_on_name(text, start, end)) is not None:
        # "山本亮2025年3月4日 10時30分", one of the lines a Japanese page sets tight: the date after the name
        if not layout.dates:
            layout.dates.extend(run_on[1].dates)
            layout.evidence["published"] = Evidence(
                "text", "date-line-after-run-on-name", f"the name run on to it: {run_on[0]}"
            )
        if layout.byline is None:
            layout.byline = run_on_byline(text, start, run_on[0])
            layout.evidence["byline"] = Evidence("text", "byline-han-name-run-on-to-date-line")
            layout.evidence["authors"] = Evidence("text", "byline-han-name-run-on-to-date-line")
        return True
    if date is not None:
        if not layout.dates:
            layout.dates.append(DateLine("date", date))
            layout.evidence["published"] = Evidence(
                "text", "date-line-any-order", "a date line in a shape of its own"
            )
        return True
    byline = loose_byline(text, start, end) if layout.byline is None else None
    if byline is not None:
        layout.byline = byline
        layout.evidence["byline"] = Evidence("text", "byline-name-shaped-line", byline.note)
        layout.evidence["authors"] = Evidence("text", "byline-name-shaped-line", byline.note)
        return True
    if place_colon_name(text, start, end, layout):
        return True
    found = layout.evidence.get("front")
    note = line if found is None or found.note is None else f"{found.note}; {line}"
    layout.evidence["front"] = Evidence("text", "front-line-neither-prose-nor-read-left-out", note)
    return True


_MAX_PLACE_NAME_LINE = 60
_MAX_PLACE_WORDS = 2


def place_colon_name(text: str, start: int, end: int, layout: Layout) -> bool:
    """``دبي: سلمى الحمادي`` on a line of its own over the story: the place it was filed from, a colon, the
    writer's name, as Gulf Arabic dailies print their byline (a script without capitals, the name read by
    its script's words). The place is the dateline when the story names it again, the name the byline; a
    picture's or a source's label before the colon (``تصوير: …``) is no place. Say whether it was read."""
    line = text[start:end]
    if (
        layout.byline is not None
        or layout.dateline is not None
        or len(line) > _MAX_PLACE_NAME_LINE
        or line.count(":") != 1
        or "\n" in line
        or line.isascii()
    ):
        return False
    place, _, name = line.partition(":")
    words = place.split()
    if not 1 <= len(words) <= _MAX_PLACE_WORDS or not all(script_place(word) for word in words):
        return False
    found = script_name(name)
    if found is None or name[found[0] : found[1]] != name.strip() or LABELLED.match(line) is not None:
        return False
    if text.find(place.strip(), end) < 0:
        return False  # a town filed from is named again in the story
    place_start = start + line.index(words[0])
    place_end = start + len(place.rstrip())
    name_start = start + len(place) + 1 + found[0]
    name_span = Span(name_start, name_start + found[1] - found[0])
    named = Text(text[name_span.start : name_span.end], name_span)
    layout.byline = Byline(named, (Person(named.text, name_span, None),))
    where = Text(text[place_start:place_end], Span(place_start, place_end))
    layout.dateline = Dateline(where.text, where.span, where)
    layout.evidence["byline"] = Evidence("text", "byline-after-place-and-colon")
    layout.evidence["authors"] = Evidence("text", "byline-after-place-and-colon")
    layout.evidence["dateline"] = Evidence("text", "place-before-colon-and-byline")
    return True


def labelled_name(text: str, block: Block) -> bool:
    """``WRITER: Jane Doe``, ``Author: Jane Doe`` on a line of its own: a byline's label and a name, no
    dateline's place before a colon."""
    return (
        block.is_single_line
        and _COLON_LABEL.match(text, block.start, block.end) is not None
        and loose_byline(text, block.start, block.end) is not None
    )


def name_shaped_line(line: str) -> bool:
    """Capitalised words with at most one short word in lower case between them (``Marisol Vega for The
    Daily Ledger``, ``Photo: Jane Doe``): a name or credit, not a line of prose."""
    words = line.split()
    if not 2 <= len(words) <= 8:
        return False
    lower = [word for word in words if not word[0].isupper()]
    return len(lower) <= 1 and all(len(word) <= 4 for word in lower)


def prose_block(passage: str) -> bool:
    """A block a summary may span: not front-shaped, and not prose closed by a line that is a name or a
    credit (a caption over its photographer's line)."""
    lines = passage.splitlines()
    return (
        not front_shaped(passage)
        and not (len(lines) > 1 and name_shaped_line(lines[-1]))
        and not _label_alone(passage)
    )


def _label_alone(passage: str) -> bool:
    """``Author of the article:``: a short line ending in a colon announces what follows; it summarises
    nothing (a standfirst is prose that ends a sentence or a phrase)."""
    return "\n" not in passage and passage.rstrip().endswith(":") and word_count(passage) <= _MAX_FRONT_WORDS


# "Article was updated 4 hrs ago", "This was published 4 hours ago", "Mis à jour il y a 3 heures": a notice of
# how long ago the page changed, the relative time closing the line (every language's relative past, from
# CLDR).
_RELATIVE_AT_END = re.compile(rf"(?:{RELATIVE_PAST_WORDS})\.?\s*$", re.IGNORECASE)
_MAX_NOTICE_WORDS = 10


def relative_time_notice(line: str) -> bool:
    """A short line closing with how long ago the page was published or changed (``This was published 4
    hours ago``): the page's notice about the copy, neither headline nor standfirst, whatever opens it."""
    stripped = line.strip()
    if "\n" in stripped or len(stripped.split()) > _MAX_NOTICE_WORDS:
        return False
    return any(char.isdigit() for char in stripped) and _RELATIVE_AT_END.search(stripped) is not None
