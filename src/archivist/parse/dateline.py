"""Wire datelines at the start of an article's first paragraph.

``Prague, 30 November 2005 (RFE/RL) --``, ``WASHINGTON, March 3 -``, ``RAFAH, Gaza Strip (AP) —``,
``LONDON (Reuters) -``, ``MOSCOW, Nov. 30 /Xinhua/ --``. The place is the leading capitalised names
(with a region or country after a comma); a date, if present, follows the place; the agency sits in
parentheses or slashes before the dash.
"""

from __future__ import annotations

import re

from archivist.parse.agencies import AGENCY_NAMES, is_agency, is_publication
from archivist.parse.byline import Byline
from archivist.parse.calendar import WEEKDAY_WORD
from archivist.parse.creditwords import COLON_LABEL
from archivist.parse.dates import DateMatch, full_date, match_date
from archivist.parse.headings import labels_its_paragraphs
from archivist.parse.labelwords import DATE_LINE_DATE_WORD, DATELINE_DATE_WORD, label_alternation, table_words
from archivist.parse.words import alternation, stands_alone, word_character, words
from archivist.record.model import Dateline, DateValue, Person, Span, Text

_HEAD = r"(?P<head>[^\W\d_][^()\r\n/]{0,79}?)\s*"
# Each ending starts with its own character and checks what precedes it afterwards: a lookbehind tried
# first would be tried at every length of the head (this pattern runs on every paragraph of the front).
_ENDINGS = (
    # "(EFE).-": a stop between the agency's bracket and the dash
    r"(?:\((?P<agency>[^()\r\n]{1,40})\)(?:\.(?=[-–]))?|/(?P<slash_agency>[^\W\d_][^/\r\n]{0,30})/)?\s*"
    # "SANTO DOMINGO.-": a stop, then the dash, right after the place
    # "HOLGUÍN.–Más …": set tight to the story's first word after a place of three capitals or more
    r"(?:(?P<dash>-|–)(?:(?<=[\s)/][-–])|(?<=\)\.[-–])|(?<=[^\W\d_]\.[-–]))(?=\s|$|(?<=[A-ZÀ-Þ]{3}\.[-–])[A-ZÀ-Þ])"
    r"|(?P<long_dash>--|—|―|∙(?<=\s∙)(?=\s))"  # ("ആലപ്പുഴ ∙ …": a Malayalam daily's spaced dot)
    # "Manama, Nov. 4 (BNA): The …": a colon after the agency's bracket as after the place
    # ("கோவை:": a place of an Indic script ends with a vowel sign, a mark, no letter)
    # (and the colons of scripts of their own after a place or an agency's bracket: Khmer "សៀមរាប៖ …",
    # Ethiopic "ሐዋሳ፣ መጋቢት 5/2017 (አዲስ ዜና)፦ …", a Khmer place ending with a vowel sign)
    # (or with the zero-width non-joiner Telugu and Kannada set after a final consonant: "నాగార్జునసాగర్‌:")
    r"|(?P<colon>[:៖፦])(?:(?<=[^\W\d_][:៖፦])|(?<=\s[:៖፦])|(?<=\)[:៖፦])"
    r"|(?<=[\u0900-\u0dff\u17b6-\u17d3\u200c\u200d][:៖፦]))"
    r"(?=\s)"
    # "Ulaanbaatar, November 26, 2026 /MONTSAME/. The …": a stop right after the agency's closing slash
    r"|\.(?<=/\.)(?=\s))(?P<bare>(?!))?"
)
_DATELINE = re.compile(_HEAD + _ENDINGS)
# "TOKYO/BANGKOK --", "LAGOS/ABUJA -": places filed from together, joined by slashes set tight (a slash after
# a space opens an agency's name: "MOSCOW, Nov. 30 /Xinhua/ --"); "Rabat, 27/11/2026 (MAP) -": a date
# written with slashes. Tried only when the paragraph's opening holds a slash and the plain head finds no
# dateline.
_SLASH_DATELINE = re.compile(
    r"(?P<head>[^\W\d_](?:[^()\r\n/]{0,30}?(?<=\w)/(?=\w))+[^()\r\n/]{0,60}?)\s*" + _ENDINGS
)
# "New Delhi, Mar 12 (PTI) The Centre …": the agency's bracket closes the dateline, no dash after it (tried
# only when the dash-ended shape finds none; the groups it lacks never match).
# (the story's first word opens with a capital, or with a letter of a script that has none: Devanagari,
# Arabic, Hebrew, the East Asian scripts)
_CASELESS_LETTER = "\u0590-\u08ff\u0900-\u0dff\u3040-\u9fff\uac00-\ud7af"
_BRACKET_ENDED = re.compile(
    _HEAD + rf"\((?P<agency>[^()\r\n]{{1,40}})\)(?P<bare>)(?=\s+[A-ZÀ-Þ\"“‘{_CASELESS_LETTER}])"
    r"(?P<slash_agency>(?!))?(?P<dash>(?!))?(?P<long_dash>(?!))?(?P<colon>(?!))?"
)
# "YEREVAN, NOVEMBER 27, ARMENPRESS. The …", "Lima, Nov. 26 (ANDINA). The …", "Arusha. The …": a full stop
# closes the dateline, after the agency's name in capitals or brackets or after the place alone (tried last:
# "ST. LOUIS (AP) —" holds a stop inside its place).
# (and in the capitals of Greek, Cyrillic and Armenian, Armenian closing it with its own full stop:
# "ԵՐԵՎԱՆ, 22 ՄԱՅԻՍԻ, ԱՐԵՎԼՈՒՐ։ Արարատյան …")
_OTHER_CAPITALS = "\u0391-\u03a9\u0410-\u042f\u0531-\u0556"
_STOP_ENDED = re.compile(
    _HEAD + rf"(?:,\s*(?P<word_agency>[A-Z{_OTHER_CAPITALS}][A-Z{_OTHER_CAPITALS}&-]{{1,15}})"
    r"|\((?P<agency>[^()\r\n]{1,40})\))?"
    rf"(?P<stop>[.։])(?P<bare>)(?=\s+[A-ZÀ-Þ{_OTHER_CAPITALS}\"“‘«])"
    r"(?P<slash_agency>(?!))?(?P<dash>(?!))?(?P<long_dash>(?!))?(?P<colon>(?!))?"
)
# "ASTANA. KAZINFORM": a place in capitals (no abbreviation: "ST. LOUIS"), a stop, a wire's name in capitals.
_PLACE_STOP_AGENCY = re.compile(r"(?P<place>[A-Z][A-Z' -]{2,40}[A-Z])\.\s+(?P<agency>[A-Z][A-Z&-]{1,15})")
# Abbreviations that end in a stop and open a sentence as a place would ("Gov. Smith signed …").
_ABBREVIATIONS = words("St Mt Ft Gov Sen Rep Gen Col Lt Sgt Capt Prof Dr Jr Sr No Vol Fig Art Sec Supt Insp")
_AGENCY_FIRST = re.compile(r"\((?P<agency>[A-Z][\w/ -]{0,30})\)\s*[-–—]{1,2}\s+(?=[A-ZÀ-Þ])")
_PARTICLES = words("de la le les es del della di da do dos das am an der den upon on sur en al el of y")
# Broadcasters and news services that open a story with their own name instead of a place ("CNN —").
_SOURCES = words("CNN BBC NPR CBS NBC ABC MSNBC CNBC RNS Axios Politico Bloomberg")
# ("TOKYO/BANGKOK": two places; "नयी दिल्ली": a word with its vowel signs, which ``\w`` leaves out)
_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
_PLACE_WORD = re.compile(rf"[^\W\d_][\w.'’{_MARKS}-]*(?:/[^\W\d_][\w.'’{_MARKS}-]*)*")
_MAX_PLACE_WORDS = 5
_MAX_MIXED_PLACE_WORDS = 4
_COLON_LABEL_TEXT = (
    "file photo|photo|file|image|video|watch|listen|update|updated|exclusive|breaking|"
    "breaking news|analysis|opinion|editorial|explainer|live|read more|related|see also|note|"
    "editor's note|correction|pictured|main image|image credit|photo credit|credit|credits|"
    "source|caption|illustration|picture|graphic|warning|content warning|trigger warning|"
    "disclaimer|spoiler alert|programming note|clarification|"
    # an explainer's section labels, which a story may never write in lower case
    "background|context|summary|overview|timeline|meanwhile|question|answer|details|quote|q|a"
)
_COLON_LABELS = frozenset(_COLON_LABEL_TEXT.split("|"))
_MIN_WORDS_AFTER_MIXED_PLACE = 6
_MIN_WORDS_AFTER_COLON_PLACE = 4
# Khmer, Thai, Lao and Burmese set a space between phrases, not words ("កសិករនៅខេត្តតាកែវ បានចាប់ផ្ដើម…", a
# sentence in three spaced pieces): after a place's colon, their words are counted as this many characters
# each, where the spaces would count too few.
_SPACELESS_SCRIPT = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
_SPACELESS_WORD = 8


def _words_after(text: str, start: int, end: int) -> int:
    """The words of ``text[start:end]``: its spaced ones, or in a script setting few spaces its length."""
    after = text[start:end]
    spaced = len(after.split())
    if after.isascii() or _SPACELESS_SCRIPT.search(after) is None:
        return spaced
    return max(spaced, len(after) // _SPACELESS_WORD)


_MAX_WORDS_BEFORE_STOP = 8
_ABBREVIATION_LETTERS = 2  # "US, March 3." is no wire's place in capitals
# Words that open a sentence, never a place: "But – and this matters – …", "Mr Smith – who …".
_OPENERS = words(
    "the a an but and or so yet then now still this that these those there here it he she they we i you "
    "mr mrs ms dr sir lord lady in on at for from with after before when while if as by of to last next "
    "yesterday today tonight meanwhile however also one two three dear hi hello"
)


def find_dateline(text: str, start: int, end: int, *, headline: str | None = None) -> Dateline | None:
    """The dateline opening the paragraph ``text[start:end]``, or None if it has none. ``headline``: the
    article's headline, the evidence a place in mixed case before a colon needs (``Dubai: …``)."""
    if start < end and text[start] in _CJK_WIRE_OPENERS:
        wire = _cjk_wire_dateline(text, start, end)
        if wire is not None:
            return wire
    if start < end and "\u0600" <= text[start] <= "\u06ff":
        between = _agency_between_dashes(text, start, end)
        if between is not None:
            return between
    first = _AGENCY_FIRST.match(text, start, min(end, start + 60))
    if first is not None and _plausible_agency(first.group("agency")):
        # "(ANSA) - ROMA, 30 NOV - …": the agency before the place, as Italian wires write it.
        after = find_dateline(text, first.end(), end)
        if after is None or after.place is None or after.agency is not None:
            return None
        agency_start, agency_end = first.span("agency")
        return Dateline(
            text[start : after.span.end],
            Span(start, after.span.end),
            after.place,
            after.date,
            Text(text[agency_start:agency_end], Span(agency_start, agency_end)),
        )
    has_ending = _has_ending(text, start, end)
    found = _DATELINE.match(text, start, min(end, start + 160)) if has_ending else None
    if found is None and has_ending and "/" in text[start : start + 60]:
        found = _SLASH_DATELINE.match(text, start, min(end, start + 160))
    if found is None and "(" in text[start : start + 125]:
        found = _BRACKET_ENDED.match(text, start, min(end, start + 160))
    if found is None and _short_before_stop(text, start, end):
        found = _STOP_ENDED.match(text, start, min(end, start + 160))
        if found is not None and not _stop_ended(text, found, end, headline):
            return None
    if found is None:
        if "\u0900" <= text[start : start + 1] <= "\u09ff" and "।" in text[start : start + 60]:
            return _danda_dateline(text, start, end)
        return None
    head_start, head_end = found.span("head")
    head_end = _rstrip(text, head_start, head_end)
    if found.group("dash") and text[head_end - 1 : head_end + 1] in (".-", ".–"):
        head_end -= 1  # "SANTO DOMINGO.-": the stop belongs to the mark, not the place
    word_agency = (
        _PLACE_STOP_AGENCY.fullmatch(text, head_start, head_end)
        if found.re is _DATELINE or found.re is _SLASH_DATELINE
        else None
    )
    if word_agency is not None:
        head_end = word_agency.end("place")  # "ASTANA. KAZINFORM –": the place, a stop, the wire's name
    components = _components(text, head_start, head_end)
    date, place_components = _split_date(text, components, head_end)
    agency_group = next(
        (
            group
            for group in ("agency", "slash_agency", "word_agency")
            if found.re.groupindex.get(group) and found.group(group)
        ),
        None,
    )
    run_in = (
        _run_in_agency(text, components)
        if date is None and agency_group is None and word_agency is None and len(components) >= 2
        else None
    )
    if run_in is not None:
        # "Ho, July 22, GNA -", "JAKARTA, KOMPAS.com -": the wire's or the site's name run in after a comma
        date, place_components, run_in_span = run_in
        agency_group = "run_in"
    day_given = False
    if (
        date is None
        and len(place_components) > 1
        and (
            _BIKRAM_SAMBAT_DAY.fullmatch(text, *place_components[-1])
            or _DATE_WORD_DAY.fullmatch(text, *place_components[-1])
        )
    ):
        # "जुम्ला, वैशाख ५ (रासस) :": the day in the Bikram Sambat calendar's month (no Gregorian date read
        # from it), no part of the place; nor "વડોદરા, તા. ૧૮ :", "मुंबई, दिनांक १८ :", "কলকাতা, তাং ১৮ :",
        # the day alone after the word "date" (the Indian, Bangladeshi and Pakistani dailies: no month, no
        # date read). The day is the dateline's evidence as a date would be: no label or speaker is followed
        # so.
        place_components = place_components[:-1]
        # (a place of a word to three: "कर्मचारी संघ के सचिव राम, दिनांक 18 :" names a person's post)
        place = text[place_components[0][0] : place_components[-1][1]]
        # (nor a note's label: "નોંધ, તા. ૧૨ :", "Note, dated 12:")
        day_given = len(place.split()) <= _MAX_DAY_PLACE_WORDS and place.casefold() not in _NOTE_LABELS
    after_colon = (
        _AGENCY_AFTER_COLON.match(text, found.end(), end)
        if found.group("colon") and agency_group is None and run_in is None
        else None
    )
    if after_colon is not None and _plausible_agency(after_colon.group("agency")):
        agency_group = "after_colon"  # "اسلام آباد: (روشن نیوز) …": the wire's bracket after the colon
    else:
        after_colon = None
    if not place_components:
        return None
    if found.end() >= end and date is None and agency_group is None:
        return None  # a line that is only "PLACE -" needs a date or an agency to be a dateline on its own
    if (
        found.group("colon")
        and date is None
        and agency_group is None
        and _words_after(text, found.end(), end) < _MIN_WORDS_AFTER_COLON_PLACE
    ):
        return None  # "SECTION: News": a label and its value, where a place's colon opens a paragraph
    if (
        found.group("bare") is not None
        and _bracket_ended(found)
        and (date is None or agency_group != "agency" or not _wire_name(found.group("agency")))
    ):
        # without a dash, only a wire's bracket after a date ends a dateline: a known agency, or any
        # acronym in capitals ("Taipei, Nov. 26 (CNA) The …": an agency not listed is still one)
        return None
    stop_alone = found.re is _STOP_ENDED and date is None and agency_group is None
    if stop_alone and len(place_components) > 1:
        return None  # "Smith, Jones and Brown. The …": a place alone before a stop is one name
    if (
        not stop_alone
        and not _plausible_place(
            text,
            place_components,
            has_evidence=bool(date or agency_group or day_given),
            colon=bool(found.group("colon")),
        )
        and not (
            agency_group is None
            and date is None
            and (
                _mixed_case_place(text, place_components, found)
                or _caseless_colon_place(text, place_components, found, end)
                or _caseless_dash_place(text, place_components, found, end)
                or (
                    headline is not None
                    and _mixed_case_colon_place(text, place_components, found, end, headline)
                )
            )
        )
    ):
        return None
    place_start, place_end = place_components[0][0], place_components[-1][1]
    if agency_group is None and date is None and len(place_components) == 1:
        source = text[place_start:place_end]
        if is_agency(source) or source in _SOURCES or is_publication(source) or _initials_named(text, source):
            # "CNN — The term …", "Example News – The …": the opener names the source, not a place.
            dateline_end = found.end()
            rest = _strip(text, dateline_end, end)[0]
            if match_date(text, rest, min(end, rest + 40)) is not None:
                return None  # "EXAMPLE NEWS - Nov 26, 2026 - 18:05": a masthead over the date, no lede
            return Dateline(
                text[start:dateline_end],
                Span(start, dateline_end),
                None,
                None,
                Text(source, Span(place_start, place_end)),
            )
    agency = None
    if run_in is not None:
        agency = Text(text[run_in_span[0] : run_in_span[1]], Span(*run_in_span))
    if word_agency is not None and agency_group is None:
        agency_start, agency_end = word_agency.span("agency")
        agency = Text(text[agency_start:agency_end], Span(agency_start, agency_end))
    if after_colon is not None:
        agency_start, agency_end = after_colon.span("agency")
        agency = Text(text[agency_start:agency_end], Span(agency_start, agency_end))
    elif agency_group is not None and run_in is None:
        agency_start, agency_end = found.span(agency_group)
        agency_start, agency_end = _strip(text, agency_start, agency_end)
        if date is None and (dated := _agency_then_date(text, agency_start, agency_end)) is not None:
            agency_end, date = dated  # "KABUL (Bakhtar, 5 May 2024):": the day in the wire's bracket
        if not _plausible_agency(text[agency_start:agency_end]):
            return None
        agency = Text(text[agency_start:agency_end], Span(agency_start, agency_end))
    dateline_end = found.end() if after_colon is None else _rstrip(text, found.end(), after_colon.end())
    if (
        text[place_end - 1] == "."
        and len(place_components) == 1
        and _CAPITALS_STOP.search(text, place_start, place_end)
    ):
        place_end -= 1  # "MASVINGO. —": the stop after a place in capitals belongs to the mark, as in ".-"
    if (
        text[place_start].isupper()
        and (glued := _GLUED_AGENCY.match(text, place_start, place_end)) is not None
    ):
        # "PAW-Kigali (Rwanda) –", "APS-Dakar –": the wire's initials glued to the place by a hyphen are
        # its agency, and a bracket after the place then holds no second agency but its country
        if (
            agency is not None
            and agency_group == "agency"
            and not is_agency(agency.text)
            and not agency.text.isupper()
        ):
            place_end = _rstrip(text, place_end, found.end("agency") + 1)
        place_start = glued.end()
        agency = Text(glued.group("agency"), Span(glued.start(), glued.end("agency")))
    return Dateline(
        text=text[start:dateline_end],
        span=Span(start, dateline_end),
        place=Text(text[place_start:place_end], Span(place_start, place_end)),
        date=DateValue(date.value, text[date.start : date.end], Span(date.start, date.end)) if date else None,
        agency=agency,
    )


# "（中央社記者陳雅婷台北24日電）", "新华社北京3月4日电": a Chinese wire's dateline, its name first (from
# ``parse.agencies``), then "reporter" and the reporters' names, the place, the day (and month) and "電",
# "wired". The names and the place are set tight: the place is what follows the last name, of three
# characters (the most Chinese names have) when five or more are left, else of two.
_HAN = "\u4e00-\u9fff"
_CJK_WIRES = [name for name in AGENCY_NAMES if re.fullmatch(f"[{_HAN}]+", name)]
_CJK_WIRE = re.compile(
    rf"[（(]?(?P<agency>{alternation(_CJK_WIRES)})(?P<reporter>記者|记者)?(?P<run>[{_HAN}、]{{2,16}}?)"
    r"(?:(?P<month>1[0-2]|0?[1-9])月)?(?P<day>[12]\d|3[01]|0?[1-9])日(?:專|专)?(?:電|电)[）)]?"
)
# "(서울=연합뉴스) 김민수 기자 =", "【서울=뉴시스】김민수 기자 =": a Korean wire's dateline, the place and the
# agency in one bracket joined by "=", then the reporters with their title (기자, "reporter"; 특파원,
# "correspondent") and "=" before the story. The closing "=" tells it from a caption's credit in the same
# bracket ("(사진=뉴스1)", "photo=").
_KOREAN_WIRE = re.compile(
    r"[(（【\[](?P<place>[가-힣]{1,8}(?:\s?[가-힣]{1,8})?)\s?=\s?(?P<agency>[가-힣A-Za-z0-9]{2,12})[)）】\]]"
    r"\s*(?:(?:[가-힣]{2,4}\s?(?:기자|특파원|통신원)?[\s·,]{0,2}){1,4})?=(?!=)"
)
_CJK_WIRE_OPENERS = frozenset("（(【[" + "".join(name[0] for name in _CJK_WIRES))
_MIN_PLACE_CHARACTERS = 2


def _korean_wire_dateline(text: str, start: int, end: int) -> Dateline | None:
    found = _KOREAN_WIRE.match(text, start, min(end, start + 60))
    if found is None:
        return None
    place_start, place_end = found.span("place")
    agency_start, agency_end = found.span("agency")
    return Dateline(
        text=found.group(),
        span=Span(found.start(), found.end()),
        place=Text(text[place_start:place_end], Span(place_start, place_end)),
        date=None,
        agency=Text(text[agency_start:agency_end], Span(agency_start, agency_end)),
    )


_KOREAN_TITLE = re.compile(r"\s?(?:기자|특파원|통신원)")
_KOREAN_NAME = re.compile(r"[가-힣]{2,4}")
_HAN_NAME_SEPARATOR = "、"


def wire_reporters(text: str, dateline: Dateline) -> Byline | None:
    """The reporters a Chinese or Korean wire names inside its dateline (``（中央社記者陳雅婷台北24日電）``:
    the agency, 記者 and the names; ``(서울=연합뉴스) 김민수 기자 =``: the names and 기자 before "="), each
    with the agency: the byline where the page prints no other. None if the dateline names no one."""
    if dateline.agency is None or dateline.place is None:
        return None
    agency = dateline.agency.text
    found = _CJK_WIRE.match(text, dateline.span.start, dateline.span.end)
    if found is not None:
        if not found.group("reporter"):
            return None
        names_start, names_end = found.end("reporter"), dateline.place.span.start
        people = []
        position = names_start
        while position < names_end:
            separator = text.find(_HAN_NAME_SEPARATOR, position, names_end)
            name_end = names_end if separator < 0 else separator
            people.append(Person(text[position:name_end], Span(position, name_end), agency))
            position = name_end + 1
        byline_start = found.start("agency")
        return Byline(Text(text[byline_start:names_end], Span(byline_start, names_end)), tuple(people))
    run_start = dateline.agency.span.end + 1  # (after the bracket closing the place and the agency)
    run_end = dateline.span.end - 1  # (before the "=" opening the story)
    while run_start < run_end and text[run_start].isspace():
        run_start += 1
    while run_end > run_start and text[run_end - 1].isspace():
        run_end -= 1
    if run_start >= run_end or text[dateline.span.end - 1] != "=":
        return None
    run = text[run_start:run_end]
    titles = [title.span() for title in _KOREAN_TITLE.finditer(run)]
    people = [
        Person(name.group(), Span(run_start + name.start(), run_start + name.end()), agency)
        for name in _KOREAN_NAME.finditer(run)
        if not any(start <= name.start() < end for start, end in titles)
    ]
    if not titles or not people:
        return None
    return Byline(Text(run, Span(run_start, run_end)), tuple(people))


# "اصفهان- ایرنا- مدیرعامل …", "تهران - ایسنا - …": Iran's wires write the place, a dash, the wire's name
# (``parse.agencies``) and a dash before the story, the dashes set tight or spaced. Only a listed wire's
# name between the dashes makes it a dateline (a place of one to three words of the Arabic script).
_ARABIC_WORD = "[\u0621-\u064a\u0671-\u06d3][\u0621-\u0652\u0670-\u06d3\u200c]*"
_ARABIC_SCRIPT_WIRES = alternation(name for name in AGENCY_NAMES if "\u0600" <= name[0] <= "\u06ff")
_AGENCY_BETWEEN_DASHES = re.compile(
    rf"(?P<place>{_ARABIC_WORD}(?: {_ARABIC_WORD}){{0,2}})\s?[-–]\s?"
    rf"(?P<agency>{_ARABIC_SCRIPT_WIRES})\s?[-–](?=\s)"
)


def _agency_between_dashes(text: str, start: int, end: int) -> Dateline | None:
    found = _AGENCY_BETWEEN_DASHES.match(text, start, min(end, start + 80))
    if found is None:
        return None
    (place_start, place_end), (agency_start, agency_end) = found.span("place"), found.span("agency")
    return Dateline(
        text=found.group(),
        span=Span(found.start(), found.end()),
        place=Text(text[place_start:place_end], Span(place_start, place_end)),
        agency=Text(text[agency_start:agency_end], Span(agency_start, agency_end)),
    )


def _cjk_wire_dateline(text: str, start: int, end: int) -> Dateline | None:
    found = _CJK_WIRE.match(text, start, min(end, start + 40))
    if found is None:
        return _korean_wire_dateline(text, start, end)
    run_start, run_end = found.span("run")
    if found.group("reporter"):
        last_name = text.rfind("、", run_start, run_end) + 1 or run_start
        left = run_end - last_name
        name_length = 3 if left >= 3 + _MIN_PLACE_CHARACTERS else 2
        if left - name_length < _MIN_PLACE_CHARACTERS:
            return None
        run_start = last_name + name_length
    elif "、" in text[run_start:run_end]:
        return None
    date = None
    if found.group("month"):
        value = f"XXXX-{int(found.group('month')):02d}-{int(found.group('day')):02d}"
        date_start = found.start("month")
        date = DateValue(
            value, text[date_start : found.end("day") + 1], Span(date_start, found.end("day") + 1)
        )
    agency_start, agency_end = found.span("agency")
    return Dateline(
        text=found.group(),
        span=Span(found.start(), found.end()),
        place=Text(text[run_start:run_end], Span(run_start, run_end)),
        date=date,
        agency=Text(text[agency_start:agency_end], Span(agency_start, agency_end)),
    )


def _labelled_paragraphs(text: str, place: str, after: int) -> bool:
    """``Деталі: Поїзд …`` over ``Пряма мова: …`` and ``Контекст: …``: the page labels its paragraphs (source,
    details, quote; ``headings.labels_its_paragraphs``), the word before this colon one of its labels and
    no place the story was filed from. Only the lines under this one are read: the front's ``Published:``
    lines above it are no story's. (Lines, not paragraphs: a paragraph's opening is a line's, and no blocks
    are at hand here.)"""
    # (``after`` is past the colon, on the dateline's line: the line's rest is no paragraph's opening)
    lines = text[after:].splitlines()[1:]
    return labels_its_paragraphs((line.strip() for line in lines), label=place)


def _initials_named(text: str, source: str) -> bool:
    """``TTO - Từ ngày …`` under ``Tuổi Trẻ Online``: the opener is the initials of a name of capitalised
    words the page writes out (its masthead), the site's tag, not a place."""
    if _RUN_IN_ACRONYM.fullmatch(source) is None or len(source) < 3:
        return False
    # What ``re.search(rf"(?<!\w){spelt}(?!\w)", text)`` finds, ``spelt`` being each letter of the source
    # followed by ``[^\W\d_]+`` and the words parted by ``\s+``, read at each place the first letter is
    # written: a pattern built from the initials is new in every article, and compiling it cost more than
    # the search. (Each word's letters are taken whole: backing off one leaves a letter where ``\s`` or the
    # closing ``(?!\w)`` is wanted, which fails as the whole run's end did.)
    at = text.find(source[0])
    while at >= 0:
        if (at == 0 or not word_character(text[at - 1])) and _spelt_from(text, at, source):
            return True
        at = text.find(source[0], at + 1)
    return False


def _spelt_from(text: str, at: int, source: str) -> bool:
    r"""The words from ``at`` open with the letters of ``source`` in turn, each of two letters or more
    (``[^\W\d_]``: a word character but a decimal digit or the underscore), parted by white space."""
    for number, letter in enumerate(source):
        if at >= len(text) or text[at] != letter:
            return False
        end = at + 1
        while end < len(text) and text[end].isalnum() and not text[end].isdecimal():
            end += 1
        if end == at + 1:
            return False
        if number == len(source) - 1:
            return end == len(text) or not word_character(text[end])
        at = end
        while at < len(text) and text[at].isspace():
            at += 1
        if at == end:
            return False
    return False


_RUN_IN_ACRONYM = re.compile(r"[A-Z]{2,6}")


def _run_in_agency(
    text: str, components: list[tuple[int, int]]
) -> tuple[DateMatch | None, list[tuple[int, int]], tuple[int, int]] | None:
    """The last component of a dateline's head when it is the wire's or the site's name run in after a
    comma: a known agency or a site's domain (``KOMPAS.com``) after the place, or an acronym after the place
    and a date (``Ho, July 22, GNA``; with no date, ``ACCRA, GHANA`` is a place and its country). The date,
    the place's components and the name's span; or None."""
    last_start, last_end = components[-1]
    name = text[last_start:last_end]
    rest = components[:-1]
    if is_agency(name) or ("." in name and is_publication(name) and " " not in name):
        date, places = _split_date(text, rest, rest[-1][1]) if len(rest) > 1 else (None, rest)
        return date, places, (last_start, last_end)
    if len(rest) < 2 or _RUN_IN_ACRONYM.fullmatch(name) is None:
        return None
    date, places = _split_date(text, rest, rest[-1][1])
    return (date, places, (last_start, last_end)) if date is not None and places else None


def _components(text: str, start: int, end: int) -> list[tuple[int, int]]:
    parts: list[tuple[int, int]] = []
    position = start
    # (Amharic and Tigrinya write their own comma, "ሐዋሳ፣ መጋቢት 5/2017": it parts a head written with it)
    mark = "፣" if text.find("፣", start, end) >= 0 else ","
    while True:
        comma = text.find(mark, position, end)
        part_end = end if comma < 0 else comma
        part_start, part_end = _strip(text, position, part_end)
        parts.append((part_start, part_end))
        if comma < 0:
            return parts
        position = comma + 1


def _split_date(
    text: str, components: list[tuple[int, int]], head_end: int
) -> tuple[DateMatch | None, list[tuple[int, int]]]:
    # "Nov. 30, 2005" holds a comma, so try the last two components together before the last one.
    # "RAMALLAH, Monday, November 16, 2026": the weekday before it is one more component.
    # "Szeged, 2025. november 18., kedd (MTI)": the weekday after it, as Hungarian wires write it, is read
    # with the date and belongs to no place.
    if len(components) > 2 and _WEEKDAY_ALONE.fullmatch(text, *components[-1]) is not None:
        date, places = _split_date(text, components[:-1], components[-2][1])
        if date is not None:
            return date, places
    for count in (3, 2, 1):
        if len(components) > count:
            date = full_date(text, _after_date_word(text, components[-count][0], head_end), head_end)
            if date is not None and date.month is not None:
                return date, components[:-count]
    # "Brno 25. listopadu (ČTK) -": the date after the place with no comma between (Czech and Slovak
    # wires): a date from the second word of the last component to its end
    last_start, last_end = components[-1]
    for word in _SECOND_WORDS.finditer(text, last_start, last_end):
        if not text[word.start()].isdigit():
            continue
        date = full_date(text, word.start(), head_end)
        if date is not None and date.month is not None:
            return date, [*components[:-1], _strip(text, last_start, word.start())]
        break
    return None, components


_SECOND_WORDS = re.compile(r"(?<=\s)\S")
_WEEKDAY_ALONE = re.compile(rf"{WEEKDAY_WORD}\.?", re.IGNORECASE)
# "Bruxelles, le 26 novembre 2026 –": the word before a dateline's date in some languages (``labelwords``).
_DATE_WORD = re.compile(rf"(?:{alternation(table_words(DATELINE_DATE_WORD))})\s+(?=\d)")


def _after_date_word(text: str, start: int, end: int) -> int:
    """Where the date of a dateline's component opening at ``start`` begins: after ``le``, ``lì``, ``a``."""
    found = _DATE_WORD.match(text, start, end)
    return found.end() if found is not None else start


def _plausible_place(
    text: str, components: list[tuple[int, int]], *, has_evidence: bool, colon: bool
) -> bool:
    if sum(end - start for start, end in components) > 60:
        return False
    for start, end in components:
        words = text[start:end].split()
        if not words or len(words) > _MAX_PLACE_WORDS:
            return False
        for word in words:
            if not _PLACE_WORD.fullmatch(word):
                return False
            if word[0].islower() and word not in _PARTICLES:
                return False
    first_start, first_end = components[0]
    letters = [ch for ch in text[first_start:first_end] if ch.isalpha()]
    all_capitals = bool(letters) and all(ch.isupper() for ch in letters)
    if colon and not has_evidence:
        # "FILE PHOTO: …", "WATCH: …", "UPDATE: …": a label before a colon, not a place.
        label = text[components[0][0] : components[-1][1]].casefold()
        return all_capitals and len(components) <= 2 and label not in _COLON_LABELS
    return all_capitals or has_evidence


def _mixed_case_place(text: str, components: list[tuple[int, int]], found: re.Match[str]) -> bool:
    """``United Nations – Aid agencies …``: a place in mixed case with only a spaced dash for evidence. A
    short run of capitalised words, not a sentence's opener, and the dash followed by a new clause's
    capital (``Joe Biden — who …`` is a name in apposition, not a dateline)."""
    if found.group("colon") or len(components) > 2:
        return False
    if found.group("dash") == "-" and not _named_again(text, components, found.end()):
        return False  # "Jane Doe - …", a label: a hyphen is weak evidence; a town filed from is named again
    if not text[found.end() : found.end() + 1].isspace():
        return False
    after = text[found.end() : found.end() + 3].lstrip()
    if not after or not after[0].isupper():
        return False
    # A story's first sentence follows, not a few words ("Jane Doe — May 2, 2024" is a byline and a date).
    if len(text[found.end() : found.end() + 200].split()) < _MIN_WORDS_AFTER_MIXED_PLACE:
        return False
    words = text[components[0][0] : components[-1][1]].replace(",", " ").split()
    if not 1 <= len(words) <= _MAX_MIXED_PLACE_WORDS or words[0].casefold() in _OPENERS:
        return False
    return all(word[0].isupper() or word in _PARTICLES for word in words)


def _named_again(text: str, components: list[tuple[int, int]], after: int) -> bool:
    """``Benguela - O Governo Provincial de Benguela …``: the one place the hyphen ends is named again in the
    story, as a town the story was filed from is."""
    if len(components) != 1:
        return False
    place = text[components[0][0] : components[0][1]]
    return stands_alone(text[after:], place)


def _mixed_case_colon_place(
    text: str, components: list[tuple[int, int]], found: re.Match[str], end: int, headline: str
) -> bool:
    """``Dubai: The Roads and Transport Authority …``: a place in mixed case before a colon, as Gulf and
    South Asian papers open a story. A label (``Warning:``), a letter's salutation (``Dear Amy:``) or a
    speaker has the same shape, so the headline must name the place too; and the place is one to three
    capitalised words, no sentence's opener, followed by a story's first sentence."""
    # "Doha, Qatar: …": the city, then its country
    if not found.group("colon") or len(components) > 2:
        return False
    if len(components) == 2 and not _capitalised_words(text[components[1][0] : components[1][1]]):
        return False
    place = text[components[0][0] : components[0][1]]
    if not stands_alone(headline, place) and not _proper_name_opening_once(text, place, found.end()):
        return False
    words = place.split()
    if not 1 <= len(words) <= 3 or len(place) < 3 or place.casefold() in _COLON_LABELS:
        return False
    if words[0].casefold() in _OPENERS or not all(word[0].isupper() or word in _PARTICLES for word in words):
        return False
    after = text[found.end() : min(end, found.end() + 200)]
    return (
        after[:1].isspace()
        and after.lstrip()[:1].isupper()
        and len(after.split()) >= _MIN_WORDS_AFTER_MIXED_PLACE
        and not _labelled_paragraphs(text, place, found.end())  # (last: it reads the rest of the text)
    )


# "اسلام آباد: (روشن نیوز) …": a wire's or channel's name in brackets right after the place's colon.
_AGENCY_AFTER_COLON = re.compile(r"\s*\((?P<agency>[^()\r\n]{1,40})\)\s+")
# The word "date" of a date line (``labelwords.DATE_LINE_DATE_WORD``, every language's: abbreviated with its
# stop or written out), then a day in any digits (``તા. ૧૮``, ``दि. १८``, ``दिनांक 18``, ``তাং ১৮``, ``tarehe
# 18``).
_MAX_DAY_PLACE_WORDS = 3
# The word "note" (and "notice", "attention") a page sets before a dated notice, in the languages whose date
# lines carry the word "date" (``labelwords.DATE_LINE_DATE_WORD``) and English: a label, no place.
_NOTE_LABELS = words(
    "note notice nb attention નોંધ સૂચના नोट सूचना टीप टिप्पणी ध्यान দ্রষ্টব্য বিজ্ঞপ্তি নোট ਨੋਟ ਸੂਚਨਾ குறிப்பு அறிவிப்பு "
    "గమనిక ప్రకటన ಸೂಚನೆ ಗಮನಿಸಿ കുറിപ്പ് അറിയിപ്പ് ଟିପ୍ପଣୀ ସୂଚନା نوٹ اطلاع نوٽ catatan pengumuman perhatian "
    "notisi tangazo paalala abiso"
)
_DATE_WORD_DAY = re.compile(
    rf"(?:{alternation(table_words(DATE_LINE_DATE_WORD))})\s*\d{{1,2}}", re.IGNORECASE
)
# The Bikram Sambat calendar's months (Nepal), each as Nepali pages spell it, and a day in any digits.
_BIKRAM_SAMBAT_DAY = re.compile(
    r"(?:वैशाख|बैशाख|जेठ|जेष्ठ|असार|आषाढ|साउन|श्रावण|भदौ|भाद्र|असोज|आश्विन|कात्तिक|कार्तिक|मंसिर|मङ्सिर"
    r"|पुस|पौष|माघ|फागुन|फाल्गुन|चैत|चैत्र)\s+\d{1,2}"
)
# The scripts with no capitals a place's name could be told by (Arabic and Hebrew, the Indic scripts; and
# Thai, Lao, Burmese, Georgian, Ethiopic and Khmer, with none either: "សៀមរាប៖ …")
_CASELESS_PLACE = re.compile(
    r"[\u0590-\u08ff\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u10d0-\u10ff\u1200-\u137f\u1780-\u17ff]"
)
_MAX_CASELESS_PLACE_WORDS = 2


def _caseless_colon_place(
    text: str, components: list[tuple[int, int]], found: re.Match[str], end: int
) -> bool:
    """``கோவை: பேரூர் அருகே …``: a place in a script with no capitals (Tamil, Devanagari, Arabic) before a
    colon, opening a story's first sentence. A label has the same shape (``الأرصاد:``, ``नोट:``), so the
    place must be named again further on in the story, as the town a story is filed from is; one or two
    words, no date line's or picture's label."""
    if not found.group("colon"):
        return False
    place = _caseless_place_opening(text, components, found, end)
    if place is None:
        return False
    # (named again in the story, or before it: the headline, the section's label over it, a date line that
    # gives the place, "ಮೈಸೂರು, ಡಿಸೆಂಬರ್ 2, 2026", as the town a story is filed from is)
    return text.find(place, found.end()) >= 0 or text.find(place, 0, found.start()) >= 0


def _caseless_dash_place(
    text: str, components: list[tuple[int, int]], found: re.Match[str], end: int
) -> bool:
    """``کابل – د کابل په بازارونو …``, ``ኣስመራ — ኣብ ዞባ …``, ``ആലപ്പുഴ ∙ …``: a place of one or two words in a
    script with no capitals (Arabic, Ethiopic, the Indic scripts) before a spaced dash, opening a story's
    first sentence. A label has the same shape (``عاجل -``), so the place must be named elsewhere in the
    text (the headline, the story), or the dash be a long one, which sets off a dateline and no label; a
    hyphen set tight is a word's."""
    if found.group("colon"):
        return False
    dash = found.group("dash") or found.group("long_dash")
    if not dash or not text[found.end() : found.end() + 1].isspace():
        return False
    place = _caseless_place_opening(text, components, found, end)
    if place is None:
        return False
    return (
        dash in ("—", "―", "--", "∙")
        or text.find(place, found.end()) >= 0
        or text.find(place, 0, found.start()) >= 0
    )


def _caseless_place_opening(
    text: str, components: list[tuple[int, int]], found: re.Match[str], end: int
) -> str | None:
    """The place of one or two words in a script with no capitals that ``found`` sets off, when it is no
    label of a date line, a picture or an author and a story's sentence of enough words follows it."""
    if len(components) != 1:
        return None
    place = text[components[0][0] : components[0][1]]
    if not _CASELESS_PLACE.match(place) or not 1 <= len(place.split()) <= _MAX_CASELESS_PLACE_WORDS:
        return None
    if _CASELESS_LABEL.fullmatch(place):
        return None
    if _words_after(text, found.end(), min(end, found.end() + 300)) < _MIN_WORDS_AFTER_MIXED_PLACE:
        return None
    return place


# "आगरा। यमुना नदी पर …", "नई दिल्ली (भाषा)। …": a Hindi (and Marathi, Nepali, Bengali) daily closes its
# dateline with the danda, the full stop of the script, after a place of one or two words and perhaps the
# wire's bracket. A sentence of two words has the same shape, so the place must be named elsewhere in the
# text (the byline's town, the headline, the story) and a sentence follow.
_DANDA_DATELINE = re.compile(
    r"(?P<place>[\u0900-\u09ff][^\s,।()|:]*(?: [\u0900-\u09ff][^\s,।()|:]*)?)"
    r"(?:\s*\((?P<agency>[^()\r\n]{1,30})\))?\s*।(?=\s)"
)


def _danda_dateline(text: str, start: int, end: int) -> Dateline | None:
    found = _DANDA_DATELINE.match(text, start, min(end, start + 80))
    if (
        found is None
        or _words_after(text, found.end(), min(end, found.end() + 300)) < _MIN_WORDS_AFTER_MIXED_PLACE
    ):
        return None
    place_start, place_end = found.span("place")
    place = text[place_start:place_end]
    if _CASELESS_LABEL.fullmatch(place) or (
        text.find(place, found.end()) < 0 and text.find(place, 0, start) < 0
    ):
        return None
    agency = None
    if found.group("agency") is not None:
        agency_start, agency_end = _strip(text, *found.span("agency"))
        agency = Text(text[agency_start:agency_end], Span(agency_start, agency_end))
    return Dateline(
        text=text[start : found.end()],
        span=Span(start, found.end()),
        place=Text(place, Span(place_start, place_end)),
        date=None,
        agency=agency,
    )


_CASELESS_LABEL = re.compile(
    rf"(?:{label_alternation('published')}|{label_alternation('updated')}|{label_alternation('photo')}"
    rf"|{label_alternation('author')})"
)


def _capitalised_words(words_text: str) -> bool:
    words_ = words_text.split()
    return 1 <= len(words_) <= 3 and all(word[0].isupper() for word in words_)


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_CREDIT_LABEL = re.compile(rf"(?i:{COLON_LABEL})")


def _short_before_stop(text: str, start: int, end: int) -> bool:
    """A few words before the paragraph's first stop: the only paragraphs a stop-closed dateline may open
    (most paragraphs' first sentence is longer, and is done here without the pattern)."""
    stop = text.find(".", start, min(end, start + 160))
    if not text.isascii():  # (the Armenian full stop, "ԵՐԵՎԱՆ, 22 ՄԱՅԻՍԻ, ԱՐԵՎԼՈՒՐ։")
        armenian = text.find("։", start, stop if stop > start else min(end, start + 160))
        stop = armenian if armenian > start else stop
    return stop > start and len(text[start:stop].split()) <= _MAX_WORDS_BEFORE_STOP


# What every ending of _DATELINE holds: a dash, a colon, or a stop after the agency's closing slash; and
# around it what its lookarounds ask (a short dash after a space, bracket, slash or stop, before a space or
# the end; a colon or "/." before a space); keep it in step with _DATELINE's endings. A paragraph whose
# first 160 characters hold none never matches it (its lazy head would be tried at every length up to 80
# first, on every paragraph of the front).
_DATELINE_ENDINGS = ("-", "–", "—", "―", ":", "/.", "៖", "፦", "∙")
_DATELINE_ENDING = re.compile(
    # (the tight dash's lookbehind after the stop is matched: one opening a branch is tried at every position)
    r"[\s)/][-–](?=\s|$)|\.[-–](?:(?=\s|$)|(?<=[A-ZÀ-Þ]{3}\.[-–])[A-ZÀ-Þ])|--|—|―|[:៖፦](?=\s)|/\.(?=\s)"
    r"|∙(?<=\s∙)(?=\s)"
)


def _has_ending(text: str, start: int, end: int) -> bool:
    stop = min(end, start + 160)  # the bounds _DATELINE is matched within
    window = text[start:stop]
    return (
        # the characters, told cheaply first (each looked for in turn, without a generator: asked of every
        # block of the front; tests/test_parse_dateline_shortcuts.py keeps it in step with _DATELINE_ENDINGS)
        # (a character beyond a text's widest is told absent at once: the Khmer and Ethiopic colons and the
        # Malayalam press's bullet cost an ASCII window nothing)
        (
            "-" in window
            or "–" in window
            or "—" in window
            or "―" in window
            or ":" in window
            or "/." in window
            or (not window.isascii() and ("៖" in window or "፦" in window or "∙" in window))
        )
        and _DATELINE_ENDING.search(text, start, stop) is not None
    )


def _bracket_ended(found: re.Match[str]) -> bool:
    return found.re is _BRACKET_ENDED


def _stop_ended(text: str, found: re.Match[str], end: int, headline: str | None) -> bool:
    """A full stop ends a dateline after a date and a wire's name (``YEREVAN, NOVEMBER 27, ARMENPRESS.``,
    ``Lima, Nov. 26 (ANDINA).``), or after a place alone that the headline or the story names again and
    is no abbreviation (``Arusha. The …``; ``Gov. Smith …`` is a title, ``Thanks. The …`` no proper name).
    A story's first sentence follows."""
    if len(text[found.end() : min(end, found.end() + 200)].split()) < _MIN_WORDS_AFTER_MIXED_PLACE:
        return False
    agency = found.group("word_agency") or found.group("agency")
    head = text[found.start("head") : found.end("head")].strip()
    if agency is not None:
        return _wire_name(agency) or (agency.isupper() and agency.isalpha() and len(agency) <= 15)
    if "," in head:
        # "MOSCOW, November 27.": a wire's place in capitals (the date is checked by the caller); "On
        # Tuesday, March 3." opens a sentence
        place = head.split(",")[0]
        return place.isupper() and len(place) > _ABBREVIATION_LETTERS
    words_ = head.split()
    if not 1 <= len(words_) <= _MAX_MIXED_PLACE_WORDS or len(head) < 4:
        return False
    if words_[0].casefold() in _OPENERS or words_[-1] in _ABBREVIATIONS or head.casefold() in _COLON_LABELS:
        return False
    if not all(word[0].isupper() or word in _PARTICLES for word in words_):
        return False
    if stands_alone(text, head.casefold()):
        return False  # written in lower case too: a word (told first: the pattern below is new for each head)
    # named again without the stop ("Coun. Vance … Coun. Bédard": an abbreviation always keeps its stop)
    named = re.compile(rf"(?<!\w){re.escape(head)}(?![\w.])", re.IGNORECASE)
    in_headline = headline is not None and named.search(headline) is not None
    return in_headline or named.search(text, found.end()) is not None or _on_a_line_of_its_own(text, head)


def _on_a_line_of_its_own(text: str, place: str) -> bool:
    """``Düsseldorf`` alone on a line (the city's kicker over the headline, or a place line under the byline):
    the page names the place the stop-closed dateline opens with (round 16)."""
    return place in text and re.search(rf"(?m)^[ \t]*{re.escape(place)}[ \t]*\r?$", text) is not None


def _wire_name(name: str) -> bool:
    return is_agency(name) or _ACRONYM.fullmatch(name) is not None


def _proper_name_opening_once(text: str, place: str, after: int) -> bool:
    """``Mumbai: …`` though the headline names another place: the word is a proper name (the article never
    writes it in lower case, as it would a label's ``update``) and no other paragraph opens with it and a
    colon (as a speaker's name opens each of an interview's answers)."""
    # A substring test first, for the pattern compiled anew for each place: each opening holds the place
    # once (never more openings than places written).
    if _CREDIT_LABEL.fullmatch(place) or stands_alone(text, place.casefold()):
        return False  # "Foto: …" opens a caption, in any language the credit labels know
    return text.count(place) <= 1 or len(re.findall(rf"(?m)^[ \t]*{re.escape(place)}\s*:", text)) <= 1


# "MASVINGO.": a place's one word in capitals (three letters or more, no initials: "D.C." keeps its stop)
# closed by a stop before the dateline's dash.
_CAPITALS_STOP = re.compile(r"(?<![.\w])[A-ZÀ-Þ]{3,}\.$")
# "PAW-Kigali": a wire's initials (two to six capitals) glued by a hyphen to a place's capitalised name.
_GLUED_AGENCY = re.compile(r"(?P<agency>[A-Z]{2,6})-(?=[A-ZÀ-Þ][a-zà-ÿ])")


def _plausible_agency(agency: str) -> bool:
    words = agency.split()
    # "(afp)", "(apa)", "(dpa)": a wire's name some pages write in lower case
    return (0 < len(words) <= 4 and not agency[0].islower()) or is_agency(agency)


_AGENCY_DATE_COMMAS = ",،"


def _agency_then_date(text: str, start: int, end: int) -> tuple[int, DateMatch] | None:
    """``سخا، ۱۶ غویی ۱۴۰۳``, ``Bakhtar, 5 May 2024``, ``NAN, May 5, 2024``: a wire's bracket holding its
    name, a comma (Arabic's too) and the day's full date closing it; where the name ends and the date, or
    None."""
    for at in range(start + 1, end):
        if text[at] in _AGENCY_DATE_COMMAS:
            rest = at + 1
            while rest < end and text[rest].isspace():
                rest += 1
            date = match_date(text, rest, end)
            if date is not None and date.end == end and date.has_year and date.day is not None:
                return _rstrip(text, start, at), date
            return None
    return None


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    return start, _rstrip(text, start, end)


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def dateline_note(found: Dateline) -> str | None:
    """What shape a dateline read had, for the record's evidence, when the shape alone decided it."""
    dateline = found.text.rstrip()
    mixed_case = found.place is not None and not found.place.text.isupper()
    only_place = (mixed_case or dateline.endswith(".")) and found.agency is None and found.date is None
    if only_place:
        if dateline.endswith("."):
            return "a place alone before a full stop, named in the headline or again in the story"
        if dateline.endswith(":"):
            return "a place in mixed case before a colon, named in the headline or a proper name opening once"
        return "a place in mixed case before a spaced dash"
    if dateline.endswith(")"):
        return "the agency's bracket ends it, no dash"
    if dateline.endswith(".") and not dateline.endswith("/."):
        return "a full stop ends it after the date and the agency"
    return None
