"""Date lines as web pages show them, copied as text: one or two lines made only of dates, times, labels
and separators.

``Dec. 22, 2023 at 7:35 PM``, ``Published 3:05 PM EST, Fri December 22, 2023``, ``04:22, 24 Dec 2023``,
``2 min read December 21, 2023 - 4:03PM``, ``Updated Dec. 23 … / Published Dec. 22 …``, ``12/18/23 4:02pm``,
``Dec 20th 2023 | SHENZHEN`` (a place beside the date), ``5 days ago`` or ``Published Thursday 1:30PM``
(a date line without a calendar date: recognised, so it is not read as a paragraph, but no date is taken).

A line is a date line when, once its dates, times, labels, separators and fillers are taken away, nothing
is left (or only a place in capitals). This is an allow-list on purpose: a sentence that mentions a date
always leaves words behind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from archivist.parse.agencies import AGENCY_ALTERNATION, PUBLISHER_WORDS, is_publication
from archivist.parse.blocks import line_breaks
from archivist.parse.calendar import RELATIVE_DAY_WORD, RELATIVE_PAST_WORDS, WEEKDAY_WORD, day_first
from archivist.parse.dates import ZONE_ALTERNATION, as_ascii_digits, match_date
from archivist.parse.labelwords import (
    CLOCK_AFTER,
    COUNTERS,
    DATE_LINE_DATE_WORD,
    PRESS_RELEASE,
    PRESS_RELEASE_DATED,
    READING_TIME_AFTER,
    READING_TIME_BEFORE,
    READING_TIME_UNITS,
    label_alternation,
    table_words,
)
from archivist.parse.publication import DateLine
from archivist.parse.words import alternation, holds_any
from archivist.record.model import DateValue, Span, Text

_MAX_BLOCK = 200
# "Publicerad den 3 mars", "Objavljeno dne", "Publicat la", "Diterbitkan pada": a label's particle.
# (Breton "Embannet d'ar Gwener 14 a viz Du 2025": "on the", before the weekday)
_PARTICLE = r"(?:\s+(?:on|at|am|le|la|el|em|il|op|den|dne|pada|lúc|ngày|kl\.?|d['’]ar))?"
_LABEL = re.compile(
    r"(?P<updated>(?:Page\s+|Last\s+)*(?:Updated|Modified|Edited)(?:\s+(?:on|at|as\s+of))?|(?:Last|Latest)\s+update(?:\s+(?:on|at))?|Aktualisiert(?:\s+am)?|Stand"
    r"|Laatste\s+update|Última\s+actualización|Dernière\s+mise\s+à\s+jour(?:\s+le)?|Ultimo\s+aggiornamento"
    r"|Última\s+atualização"
    # ("Actualizado al 28/02/2025": the Spanish contracted particle, "a" + "el", some houses print)
    r"|Mis\s+à\s+jour(?:\s+le)?|Actualizado(?:\s+(?:el|al))?|Aggiornato(?:\s+il)?|Bijgewerkt(?:\s+op)?"
    r"|Atualizado(?:\s+em)?"
    # every other language's word (``parse.labelwords``), with the particle some put after it
    rf"|(?:{label_alternation('updated')})(?![^\W\d_]){_PARTICLE})"
    r"|(?P<published>(?:First\s+|Originally\s+)?(?:Published|Posted)(?:\s+(?:on|at))?|Veröffentlicht(?:\s+am)?"
    r"|Publié(?:\s+le)?|Publicado(?:\s+(?:el|em))?|Pubblicato(?:\s+il)?|Gepubliceerd(?:\s+op)?"
    # ("송고시간2025-03-14 10:23": a Korean label may be set tight against its date's digits)
    rf"|(?:{label_alternation('published')})(?![^\W\d_]){_PARTICLE})"
    r"|(?P<plain>(?:Date|Dated|Datum|Fecha|Data)(?=\s*:)|Publication\s+date|Date\s+of\s+publication)"
    # "Pressemitteilung Nr. 447 vom 26. November 2026": a press release's label, its number, the word before
    # its date (``parse.labelwords``)
    rf"|(?P<release>(?:{alternation(table_words(PRESS_RELEASE))})(?:\s+(?:Nr|No|N[°º]|Núm|Num|n)\.?\s*\d[\w/.-]*)?"
    rf"(?:\s+(?:{alternation(table_words(PRESS_RELEASE_DATED))}))?(?!\w))",
    re.IGNORECASE,
)
_TIME = re.compile(
    # ("১১: ২০": Bengali pages set a space after the clock's colon)
    # ("10h15", and Breton's "10e15": "eur", the hour)
    r"(?P<hour>[01]?\d|2[0-3])(?::\s?|[.he])(?P<minute>[0-5]\d)(?::[0-5]\d)?\s*(?P<ampm>[ap]\.?\s?m\.?)?"
    rf"(?:\s*\(?(?P<zone>{ZONE_ALTERNATION}|ET|PT|CT|MT)\)?)?"
    r"(?!\w)|(?P<bare_hour>[01]?\d)\s*(?P<bare_ampm>[ap]\.?m\.?)(?!\w)",
    re.IGNORECASE,
)
# A weekday in any language CLDR has ("Thứ năm", "zo", "segunda-feira"), from ``parse.calendar``.
_WEEKDAY = re.compile(rf"{WEEKDAY_WORD}\.?(?!\w)", re.IGNORECASE)
_RELATIVE = re.compile(
    r"(?:(?:(?:about|around|over|nearly|almost)\s+)?(?:\d+|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)\s+ago"
    r"|just now|yesterday|today|hace\s+\d+\s+\w+|il y a\s+\d+\s+\w+|vor\s+\d+\s+\w+|\d+\s+\w+\s+fa"
    r"|há\s+\d+\s+\w+)(?!\w)",
    re.IGNORECASE,
)
# Every language's relative past ("vor 3 Stunden", "2 jam yang lalu"), from CLDR (``parse.calendar``): a date
# line without a calendar date, as "3 hours ago" is. And its relative days ("gestern", "Vandaag"): words of a
# date line, but a date line only beside a time or a label ("Vandaag, 14:32"), never alone ("Heute" may be a
# section's name).
_RELATIVE_PAST = re.compile(rf"{RELATIVE_PAST_WORDS}(?!\w)", re.IGNORECASE)
_RELATIVE_DAY = re.compile(rf"{RELATIVE_DAY_WORD}(?!\w)", re.IGNORECASE)
_FILLER = re.compile(
    # "(Gmt+09:00)": a zone with its offset, in whatever case, beside a date without a time
    rf"(?:(?:UTC|GMT)\s?[+-]\d{{1,2}}(?::?\d\d)?|{ZONE_ALTERNATION}|ET|PT|CT|Uhr|MEZ|MESZ|UK(?:\s+time)?|local\s+time|hrs?"
    # "08:30 AM Eastern Standard Time": a zone spelt out in words
    # (each word's letters taken possessively, "[a-z]++": white space follows them, which no letter is, so
    # giving one back never lets the rest match; without it every word of a line, under IGNORECASE, was
    # given back letter by letter at each position tried)
    r"|[A-Z][a-z]++(?:\s+[A-Z][a-z]++)?\s+(?:Standard|Daylight|Summer|Mean)\s+Time|\d+\s*min(?:ute)?s?\s+read|read\s+time:?\s*\d+\s*min(?:ute)?s?|on|at|um|à|alle|om|às|el|le|il|op"
    # "Source: Xinhua | 2026-11-27 | Editor: Jane Doe": the page's source and web editor beside the date
    rf"|(?:{label_alternation('clock')})\.?(?!\w)"  # "kl. 06.30", "pukul 10.00": a time's word
    # ("12.09.2025. 18:47 >> 19:26": the arrow before the time the story was updated)
    r"|(?:Source|Editor):\s*[\w.&' -]{1,30}?(?=\s*(?:$|[|/•·]))|,|\.|;)(?!\w)|[|/•·●,،–—@>»→-]"
    # "5:12 pm (Paris)": the city whose clock the time is given in
    # (in mixed case and no agency: "(Reuters)" on a dateline's line is the wire's, not a clock's)
    rf"|\((?!(?:{AGENCY_ALTERNATION})\))[A-ZÀ-Þ][a-zà-ÿ'’.-]+(?:\s+[A-ZÀ-Þ][a-zà-ÿ'’.-]+){{0,2}}(?:\s+time)?\)"
    r"|[()（）]"  # "26-11-2026 (updated: 27-11-2026)": a bracket around a date or label (full width too)
    # "02:15 م", "10:30 ق.ظ": a clock's morning or afternoon mark in Arabic (ص, م, صباحاً, مساءً) and Persian
    # (ق.ظ, ب.ظ) after its digits
    r"|(?:(?<=\d)|(?<=\d\s))(?:صباحاً|مساءً|صباحا|مساء|[صم]|[قب]\.\s?ظ\.?)(?!\w)",
    re.IGNORECASE,
)
# "4 mins to read", "Temps de lecture 4 min.", "Lesezeit: 3 Min.": the page's reading time beside or under
# its date line, in every language ``parse.labelwords`` lists; a note belonging to no field.
_UNITS = alternation(READING_TIME_UNITS.split("|"))
_READING_TIME = re.compile(
    rf"(?:(?:{alternation(table_words(READING_TIME_BEFORE))})\s*:?\s*\d{{1,3}}\s*(?:{_UNITS})\.?"
    rf"|\d{{1,3}}\s*[-–]?\s*(?:{_UNITS})\.?\s+(?:{alternation(table_words(READING_TIME_AFTER))}))(?!\w)\.?",
    re.IGNORECASE,
)
# "12 March 2026 | 1,204 views | 3 comments", "Kommentare: 3": the page's counters beside its date line, in
# every language ``parse.labelwords`` lists; words of a date line, never one alone. (A count's thousands
# may be parted by a space, "1 245 views", as most of Europe writes them; and a count grouped so alone on its
# line under the date, "6 мамыр 2025, 10:17" over "1 245", is the views' counter whose eye icon the copy
# dropped: no date line's number is so written.)
_COUNTER_WORD = alternation(table_words(COUNTERS))
_COUNT = r"\d[\d,.]*(?:[ \u00a0\u202f]\d{3}(?!\d))*"
_COUNTER = re.compile(
    rf"(?:{_COUNT}\s?[kKmM]?\s*(?:{_COUNTER_WORD})|(?:{_COUNTER_WORD})\s*:?\s*\(?{_COUNT}\s?[kKmM]?\)?)(?!\w)"
    r"|(?<=\n)\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+(?=[ \t]*(?:\r?\n|$))",
    re.IGNORECASE,
)
# "Bijgewerkt om 14.32 uur": the word after a time of day in some languages (``parse.labelwords``), a filler
# right after the time (a label with only a time is a date line without a calendar date).
_CLOCK_AFTER = re.compile(
    rf"(?:(?<=\d)|(?<=\d\s))(?:{alternation(table_words(CLOCK_AFTER))})(?!\w)", re.IGNORECASE
)
# "Thứ Sáu, ngày 27/11/2026": the word some languages put before a date ("day"), a filler before a number.
_DATE_WORD = re.compile(rf"(?:{alternation(table_words(DATE_LINE_DATE_WORD))})(?=\s+\d)", re.IGNORECASE)
# The round's words of date lines tried as one pattern (one call where six were made at each word no other
# pattern took), each branch named for what it tells: a reading time, the relative past or day, a counter, the
# word after a time or before a date.
_MORE_WORDS = re.compile(
    "|".join(
        f"(?P<{name}>{pattern.pattern})"
        for name, pattern in (
            ("reading", _READING_TIME),
            ("past", _RELATIVE_PAST),
            ("day", _RELATIVE_DAY),
            ("counter", _COUNTER),
            ("clock_after", _CLOCK_AFTER),
            ("date_word", _DATE_WORD),
        )
    ),
    re.IGNORECASE,
)
# The words of a date line other than its dates and labels, in the order they are tried, by the character a
# position opens with (the tests check each pattern opens only where it is tried): a line's words are tried
# one by one at each position, and most positions are letters no time nor short date opens.
_WORDS_AT_LETTER = (_RELATIVE, _WEEKDAY, _FILLER, _MORE_WORDS)
_WORDS_AT_DIGIT = (_TIME, _RELATIVE, _FILLER, _MORE_WORDS)
_WORDS_ELSEWHERE = (_FILLER, _MORE_WORDS)
_SHORT_YEAR = re.compile(
    r"(?P<first>[01]?\d)/(?P<second>[0-3]?\d)/(?P<year>\d\d)(?!\d)"
    # "23.09.25, 14:20" (Israeli, Greek, Russian pages): day, month and a two-digit year joined by stops
    r"|(?P<dotted_day>[0-3]\d)\.(?P<dotted_month>[01]\d)\.(?P<dotted_year>\d\d)(?![\d.]\d)"
    # "10-03-25, 17:42" (Dutch papers): day, month and a two-digit year joined by hyphens
    r"|(?P<dashed_first>[0-3]\d)-(?P<dashed_second>[0-3]\d)-(?P<dashed_year>\d\d)(?![\d-]\d)"
)
# "2025/9/24 15:48（9/24 16:20 更新）": a month and day after a date that gave its year first (East Asian
# pages' order), the same year's.
_MONTH_DAY = re.compile(r"(?P<month>[01]?\d)/(?P<day>[0-3]?\d)(?![\d/])")
# The scripts of the languages that write the year first ("25.09.23" is 23 September 2025 in Korean):
# Hangul, kana and Han.
_YEAR_FIRST_SCRIPT = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_PLACE = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ .'-]{1,40}[A-ZÀ-Þ.](?![\w])")
_PLACE_WORDS = r"[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,2}"
# "Chennai, November 30, 2026", "Bogor, West Java ● Sat, November 28, 2026": a place (with its region after
# a comma when a bullet or bar parts it from the date) opening the line.
# (each with the marks it needs, looked for first by ``holds_any``: most lines tried hold none)
_LEADING_PLACES = (
    (re.compile(rf"(?P<place>{_PLACE_WORDS}),\s+"), ","),
    (re.compile(rf"(?P<place>{_PLACE_WORDS}(?:,\s+{_PLACE_WORDS})?)\s+[●•·|]\s+"), "●•·|"),
)


# The rule of a line holding only the page's reading time: a date line's companion that says nothing of the
# date (its readers record no evidence for it and read no undated date line into it).
READING_TIME_RULE = "reading-time-note"


@dataclass(frozen=True)
class DateBlock:
    """A block read as a date line: its dates (possibly none) and a place named beside them."""

    dates: tuple[DateLine, ...]
    place: Text | None
    rule: str


def date_label(text: str, start: int, end: int) -> str | None:
    """The kind (``updated``, ``published``, ``date``) of a date line's label filling ``text[start:end]``
    (``Last updated``, ``Publicado el``, ``Date:``), or None if that is no such label."""
    label = _LABEL.match(text, start, end)
    if label is None or _after_colon(text, label.end(), end) < end:
        return None
    return (
        "updated"
        if label.group("updated")
        else ("published" if label.group("published") or label.group("release") else "date")
    )


def read_date_block(text: str, start: int, end: int) -> DateBlock | None:
    """Read ``text[start:end]`` as a date line, or return None if anything else is in it."""
    if end - start > _MAX_BLOCK or line_breaks(text, start, end) > 1:
        return None
    block = _read_date_block(text, start, end)
    if block is None and not text.isascii():  # (``isascii`` is told at once: a flag of the string)
        ascii_line = as_ascii_digits(text, start, end)
        if ascii_line is not None:
            return _in_native_digits(text, start, ascii_line)
    return block


# "প্রকাশ: ১৪ মে ২০২৫, ১১: ২০", "۲۵ اسفند ۱۴۰۳، ۱۰:۳۰": a date line in another script's digits is read with
# them written as ASCII's (``dates.as_ascii_digits``, one character for one), its dates' and place's words
# then taken from the text as written. (Tried only where the line as written is no date line: ``match_date``
# reads such digits itself, the clock's and the short dates' patterns do not.)
def _in_native_digits(text: str, start: int, ascii_line: str) -> DateBlock | None:
    block = _read_date_block(ascii_line, 0, len(ascii_line))
    if block is None:
        return None

    def moved(span: Span) -> Span:
        return Span(span.start + start, span.end + start)

    dates = tuple(
        DateLine(
            line.kind,
            DateValue(
                line.date.value,
                text[start + line.date.span.start : start + line.date.span.end],
                moved(line.date.span),
            ),
        )
        for line in block.dates
    )
    place = None
    if block.place is not None:
        span = moved(block.place.span)
        place = Text(text[span.start : span.end], span)
    return DateBlock(dates, place, block.rule)


def _read_date_block(text: str, start: int, end: int) -> DateBlock | None:
    dates: list[DateLine] = []
    place: Text | None = None
    kind = "date"
    saw_time_or_relative = False
    saw_reading_time = False
    saw_label = saw_relative_day = False  # "Aktualisiert gestern": a relative day beside a label
    label_end = -1  # where the last label read ends: a date set tight after it starts there all the same
    position = start
    while position < end:
        char = text[position]
        if char.isspace():
            position += 1
            if char in "\r\n":
                kind = "date"
            continue
        at_letter = char.isalpha()
        label = _LABEL.match(text, position, end) if at_letter else None
        if label is not None and label.end() > position:
            kind = (
                "updated"
                if label.group("updated")
                else ("published" if label.group("published") or label.group("release") else "date")
            )
            position = label_end = _after_colon(text, label.end(), end)
            saw_label = True
            continue
        date = match_date(text, position, end)
        # (a date opening the span read is a word's start: "山本亮2025年3月4日", a name run on to it, is read
        # from the date by ``bylinedate``)
        if (
            date is not None
            and date.month is not None
            and (position in (start, label_end) or _word_start(text, position))
        ):
            value = date.value
            if not date.has_year:
                short = _short_year(text, position, end)
                if short is None and dates and dates[-1].date.value[:1].isdigit():
                    # "Posted: Mar 05, 2026 … | Last Updated: March 5": a later date on the line that
                    # leaves out the year the line has just given
                    value = dates[-1].date.value[:4] + value[4:]
                elif short is None:
                    return None  # a date without a year is a wire dateline's, not a page's date line
            dates.append(
                DateLine(kind, DateValue(value, text[date.start : date.end], Span(date.start, date.end)))
            )
            position = date.end
            continue
        at_digit = not at_letter and char.isdecimal()
        short = _short_year(text, position, end) if at_digit else None
        if short is None and at_digit and dates:
            short = _month_day_after(text, position, end, dates)
        if short is not None:
            value, short_end = short
            dates.append(
                DateLine(kind, DateValue(value, text[position:short_end], Span(position, short_end)))
            )
            position = short_end
            continue
        for pattern in _WORDS_AT_LETTER if at_letter else (_WORDS_AT_DIGIT if at_digit else _WORDS_ELSEWHERE):
            found = pattern.match(text, position, end)
            if found is not None and found.end() > position:
                kind_of_words = found.lastgroup if pattern is _MORE_WORDS else None
                saw_time_or_relative = (
                    saw_time_or_relative
                    or pattern is _TIME
                    or pattern is _RELATIVE
                    or kind_of_words == "past"
                )
                saw_reading_time = saw_reading_time or kind_of_words == "reading"
                saw_relative_day = saw_relative_day or kind_of_words == "day"
                position = found.end()
                break
        else:
            if dates and _publication_after_bar(text, start, position, end):
                break  # "… 6:41 PM EST / ABN News": the page names its network last, beside the date
            if dates and _other_calendar_after_bar(text, start, position, end):
                break  # "May 14, 2025 | Boishakh 31, 1432 BS": the same day in a second calendar
            publication_end = (
                _masthead_and_sections(text, position, end)
                or _publication_before_bar(text, position, end)
                or _section_of_date(text, position, end)
                if position == start
                else None
            )
            if publication_end is not None:
                position = publication_end  # "Daily Nation / 05:08 AM November 20, 2026": the page first
                continue
            found_place = _PLACE.match(text, position, end)
            if found_place is None or place is not None or not dates:
                # "Chennai, November 30, 2026": a place in mixed case opening the line, before its date.
                found_place = _leading_place(text, position, end) if position == start else None
                if found_place is None:
                    return None
                place = Text(found_place.group("place"), Span(*found_place.span("place")))
                position = found_place.end()
                continue
            place = Text(found_place.group(0), Span(found_place.start(), found_place.end()))
            position = found_place.end()
    if not dates and not saw_time_or_relative and not (saw_relative_day and saw_label):
        # "4 mins to read" on its own line under the date line: the date line's note, no date of its own
        return DateBlock((), None, READING_TIME_RULE) if saw_reading_time else None
    if dates and not any(
        line.date.value[:1].isdigit() or line.date.value.startswith("XXXX") for line in dates
    ):
        return None
    return DateBlock(tuple(dates), place, "date-line" if dates else "date-line-without-calendar-date")


# "ಮೈಸೂರು, ಡಿಸೆಂಬರ್ 2, 2026", "کابل، ۲ دسمبر ۲۰۲۶": a place of a script with no capitals (Arabic, Hebrew,
# the Indic scripts, Georgian, Ethiopic), one or two words, then a comma and the date.
_CASELESS_LETTERS = "\u0590-\u08ff\u0900-\u0dff\u10d0-\u10ff\u1200-\u137f\u200c\u200d"
_CASELESS_LEADING_PLACE = re.compile(
    rf"(?P<place>[{_CASELESS_LETTERS}]+(?:\s[{_CASELESS_LETTERS}]+)?)\s?[,،]\s+"
)


def _leading_place(text: str, start: int, end: int) -> re.Match[str] | None:
    if start < end and "\u0590" <= text[start] <= "\u137f" and holds_any(text, start, end, ",،"):
        found = _CASELESS_LEADING_PLACE.match(text, start, end)
        if found is not None and match_date(text, found.end(), end) is not None:
            return found
        return None
    if start >= end or not ("A" <= text[start] <= "Z" or "À" <= text[start] <= "Þ"):
        return None  # every place opens with _PLACE_WORDS' capital
    for pattern, marks in _LEADING_PLACES:
        if not holds_any(text, start, end, marks):
            continue
        found = pattern.match(text, start, end)
        if found is not None and match_date(text, found.end(), end) is not None:
            return found
    return None


def _publication_after_bar(text: str, start: int, position: int, end: int) -> bool:
    """The rest of the line, after a bar or slash, is a publication's name (``ABN News``)."""
    return text[start:position].rstrip().endswith(("/", "|", "•", "·")) and is_publication(text[position:end])


# The same day in a second calendar after a bar, closing the date line: the Bengali one (``Wednesday, May 14,
# 2025 | Boishakh 31, 1432 BS``), the lunar Hijri (``الأربعاء 14 مايو 2025 | 16 ذو القعدة 1446 هـ``), the
# Vikram Samvat (``સોમવાર, તા. ૧૯ મે, ૨૦૨૫ | વિ.સં. ૨૦૮૧, વૈશાખ વદ ૭``), the Nepali or Ethiopian one: a short
# part holding its year's number (three or four digits of any script) and its day's (one or two), no word
# in lower case of a cased script ("| 1,204 people attended" is a counter's sentence) and no sentence's
# stop; read as no date (those calendars' days are not converted here), the line still a date line.
_OTHER_YEAR = re.compile(r"(?<![\d,.])\d{3,4}(?![\d,.]?\d)")
_OTHER_DAY = re.compile(r"(?<![\d,.])\d{1,2}(?![\d,.]?\d)")
_MAX_OTHER_CALENDAR = 48
_CALENDAR_BARS = ("|", "/", "•", "·", "｜")
_MAX_OTHER_CALENDAR_WORDS = 6


def _other_calendar_after_bar(text: str, start: int, position: int, end: int) -> bool:
    # (after any of the marks pages set between the two: "|", "/", "•", "·")
    if end - position > _MAX_OTHER_CALENDAR or not text[start:position].rstrip().endswith(_CALENDAR_BARS):
        return False
    rest = text[position:end].strip()
    words = rest.split()
    return (
        rest[-1:] not in ".!?"
        and len(words) <= _MAX_OTHER_CALENDAR_WORDS
        and not any(word[0].islower() for word in words)
        and _OTHER_YEAR.search(rest) is not None
        and _OTHER_DAY.search(rest) is not None
    )


_BAR = re.compile(r"\s+[|/•·]\s+")
# _BAR's marks alone, looked for first (``holds_any``): ``str.find`` skips to each in C, where _BAR's white
# space is tried at every space of the line (most lines tried hold no mark).
_BAR_MARKS = "|/•·"


def _publication_before_bar(text: str, start: int, end: int) -> int | None:
    """Where the date line goes on after a publication's name and a bar or slash opening it, or None."""
    if start > 0 and text[start - 1] not in "\r\n":
        return None  # the masthead opens its line; after a byline's bar it is the byline's outlet
    if not holds_any(text, start, end, _BAR_MARKS):
        return None
    bar = _BAR.search(text, start, end)
    if bar is None:
        return None
    name = text[start : bar.start()].split()
    # "Philippine Daily Nation": a masthead's word anywhere in a short name in title case
    masthead = (
        2 <= len(name) <= 5 and all(w[:1].isupper() for w in name) and bool(PUBLISHER_WORDS & set(name))
    )
    return bar.end() if masthead or is_publication(" ".join(name)) else None


# "NOS Nieuws•Binnenland•Vandaag, 14:32": the page's masthead, then its section (or two), each closed by a
# bullet or bar set tight or spaced, opening the date line (up to three sections: a breadcrumb's).
_TIGHT_BAR = re.compile(r"\s*[|•·]\s*")
# A section's name: one capitalised word, or words after it in lower case ("Local news"); capitalised words
# side by side ("Jane Doe") may be a byline's name.
_SECTION = re.compile(r"[A-ZÀ-Þ][^\W\d_]*(?:[ -][a-zß-ÿ][^\W\d_]*){0,2}")
_MAX_SECTIONS = 3


def _masthead_and_sections(text: str, start: int, end: int) -> int | None:
    """Where the date line goes on after a masthead and one to three section names opening it, each closed by
    a bullet or bar (``NOS Nieuws•Binnenland•``), or None."""
    if start > 0 and text[start - 1] not in "\r\n":
        return None
    span = text[start:end]
    if "|" not in span and "•" not in span and "·" not in span:
        return None  # (the marks looked for first, on one slice: most lines tried hold none)
    bar = _TIGHT_BAR.search(text, start, end)
    if bar is None or bar.start() == start or not is_publication(text[start : bar.start()]):
        return None
    position, sections = bar.end(), 0
    while sections < _MAX_SECTIONS:
        section = _SECTION.match(text, position, end)
        after = _TIGHT_BAR.match(text, section.end(), end) if section is not None else None
        if section is None or after is None:
            break
        position, sections = after.end(), sections + 1
    return position if sections else None


# "General News of Tuesday, 22 July 2025": the page's section (one to four capitalised words, the last a
# kind of story) run on to its date with "of".
_SECTION_OF = re.compile(
    r"[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,3}\s+(?:News|Stories|Reports?|Features?)\s+of\s+"
)


def _section_of_date(text: str, start: int, end: int) -> int | None:
    """Where the date goes on after a section's name and ``of`` opening the line (``General News of``), or
    None: a date must follow, a weekday's or the date's own."""
    if text.find(" of ", start, end) < 0:
        return None  # (told cheaply: most lines tried hold no " of ")
    found = _SECTION_OF.match(text, start, end)
    if found is None:
        return None
    after = found.end()
    weekday = _WEEKDAY.match(text, after, end)
    if weekday is not None:
        after = _after_colon(text, weekday.end(), end)
        after = after + 1 if text.startswith(",", after) else after
        while after < end and text[after].isspace():
            after += 1
    date = match_date(text, after, end)
    return found.end() if date is not None and date.has_year else None


def _short_year(text: str, start: int, end: int) -> tuple[str, int] | None:
    """``12/18/23``: a numeric date with a two-digit year, read with the POSIX ``%y`` pivot (69–99 are
    19xx, 00–68 are 20xx), the convention every C library and ``datetime.strptime`` share."""
    found = _SHORT_YEAR.match(text, start, end)
    if found is None or not _word_start(text, start):
        return None
    if found.group("dotted_day"):
        return _dotted_short_year(text, found, start, end)
    if found.group("dashed_first"):
        return _dashed_short_year(found)
    first, second = int(found.group("first")), int(found.group("second"))
    short = int(found.group("year"))
    year = 2000 + short if short < 69 else 1900 + short
    if 1 <= first <= 12 and 12 < second <= 31:
        return f"{year:04d}-{first:02d}-{second:02d}", found.end()
    if 1 <= second <= 12 and 12 < first <= 31:
        return f"{year:04d}-{second:02d}-{first:02d}", found.end()
    return None


def _dotted_short_year(text: str, found: re.Match[str], start: int, end: int) -> tuple[str, int] | None:
    """``23.09.25``: day first, as dotted dates are wherever they are written, but on a line in a script of
    the languages that put the year first (``25.09.23`` on a Korean page), where it is left unread."""
    if _YEAR_FIRST_SCRIPT.search(text, max(0, start - 40), min(len(text), end + 40)) is not None:
        return None
    day, month, short = (int(found.group(name)) for name in ("dotted_day", "dotted_month", "dotted_year"))
    year = 2000 + short if short < 69 else 1900 + short
    if not 1 <= month <= 12 or not 1 <= day <= (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}", found.end()


def _dashed_short_year(found: re.Match[str]) -> tuple[str, int] | None:
    """``10-03-25``: day and month told apart by a number over 12, else by the article's language (day first
    in Dutch, as ``dates`` reads ``10-03-2025``); left unread where neither tells."""
    first, second, short = (
        int(found.group(name)) for name in ("dashed_first", "dashed_second", "dashed_year")
    )
    year = 2000 + short if short < _SHORT_YEAR_PIVOT else 1900 + short
    if first > 12 >= second or (second <= 12 and first != second and day_first()) or first == second:
        day, month = first, second
    elif second > 12 >= first:
        day, month = second, first
    else:
        return None
    if not 1 <= month <= 12 or not 1 <= day <= (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}", found.end()


_SHORT_YEAR_PIVOT = 69  # POSIX %y: 69-99 are 19xx, 00-68 are 20xx


def _month_day_after(text: str, start: int, end: int, dates: list[DateLine]) -> tuple[str, int] | None:
    """``9/24`` after ``2025/9/24 15:48`` on the line: the month and day of the year the line's last date
    gave first (its text opening with the year), or None."""
    if not dates or not dates[-1].date.text[:4].isdigit() or not dates[-1].date.value[:4].isdigit():
        return None
    found = _MONTH_DAY.match(text, start, end)
    if found is None or not _word_start(text, start):
        return None
    month, day = int(found.group("month")), int(found.group("day"))
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    return f"{dates[-1].date.value[:4]}-{month:02d}-{day:02d}", found.end()


def _word_start(text: str, position: int) -> bool:
    return position == 0 or not text[position - 1].isalnum()


def _after_colon(text: str, position: int, end: int) -> int:
    # (a label's colon may be the full-width one East Asian pages set: "發佈時間：2025年10月21日")
    while position < end and text[position] in " \t:\uff1a":
        position += 1
    return position


def time_under_date(text: str, previous: DateLine, start: int, end: int) -> DateLine | None:
    """``Saturday, 28 Nov 2026`` over ``7:15 AM MYT`` set tight: the time line (``text[start:end]``) gives
    the time of the date line above; the date again with its time and zone, or None."""
    if len(previous.date.value) != 10 or not previous.date.value[:4].isdigit():
        return None  # no full date above, or one that has its time already
    found = match_date(text, previous.date.span.start, end)
    if found is None or found.end < end or len(found.value) <= len(previous.date.value):
        return None
    span = Span(previous.date.span.start, found.end)
    return DateLine(previous.kind, DateValue(found.value, text[span.start : span.end], span))
