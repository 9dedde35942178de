"""Byline blocks of web pages copied as text, beyond the ``By …`` line that ``archivist.parse.byline`` reads.

A bare name line (``Jane Doe``, ``JANE DOE``), a name over a title on two lines (``Jane Doe`` / ``Senior
Editor``), two names on two lines, a name with the publication after a bar (``By Jane Doe | The Daily
Planet``) or run on (``By Jane Doe Fox News``). A bare name is only a byline by its position (right under
the headline): the caller decides that; this module only says whether the block has a byline's shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from archivist.parse.agencies import (
    PUBLISHER_WORDS,
    agency_with_publication,
    is_agency,
    is_publication,
    publisher_named,
)
from archivist.parse.blocks import line_spans
from archivist.parse.byline import NOT_BY, Byline, find_byline, is_desk
from archivist.parse.bylinestyle import (
    BRAND,
    PHOTOGRAPHER_TITLE,
    PLACE_WORDS,
    is_title,
    name_place_and_role,
    name_then_title,
    outlet_before_name,
    outlet_with_place,
    without_style,
)
from archivist.parse.calendar import article_being_read, article_language
from archivist.parse.furniture import counter_alone, is_genre_label, is_section_crumb
from archivist.parse.labelwords import (
    OWN_LANGUAGE_BY,
    OWN_LANGUAGE_GLUED_BY,
    conjunction_alternation,
    label_alternation,
    own_language_by,
    own_language_words,
    reporter_words,
    spoken_byline_alternation,
)
from archivist.parse.names import (
    INSTITUTION_HEADS,
    STOPWORDS,
    TITLES,
    display_name,
    organisation_unit,
    script_name,
    script_place,
)
from archivist.parse.words import EMAIL_ADDRESS, extended_name_word
from archivist.record.model import Person, Span, Text

_NAME_WORD = re.compile(
    r"(?:[A-ZÀ-Þ][\w'’-]*\.?|[A-ZÀ-Þ]\.|van|von|de|der|den|da|di|du|del|la|le|dos|das|ter|te)$"
)
# Words that open a title, never a name: a heading under the headline is not a bare-name byline.
_NOT_NAME_START = frozenset(
    [
        "The",
        "A",
        "An",
        "How",
        "Why",
        "What",
        "Who",
        "When",
        "Where",
        "Which",
        "In",
        "On",
        "At",
        "For",
        "From",
        "Our",
        "My",
        "Your",
        "This",
        "That",
        "These",
        "Those",
        "Its",
        "Top",
        "Best",
        "New",
        "More",
        "Why",
        "Inside",
        "About",
        "After",
        "Before",
    ]
)
# Run-on publisher names after a byline name: "By Michael Ruiz Fox News", "By Jane Doe Valley Post".
_RUN_ON_PUBLISHER_WORDS = PUBLISHER_WORDS | {"Post"}
# "By Jane Doe | The Daily Planet", "Jane Doe · Planet News", "By Jane Doe - The Daily Planet" (a dash only
# before a publication or a title: "Jane Doe - Smith" is no byline).
_SEGMENT = re.compile(r"\s+[|·•–—-]\s+")
# "By", its word in other languages (``parse.labelwords``: Tagalog "Ni", Afrikaans "Deur", Swedish "Av"), and
# a role label before the name ("WRITER: Jane Doe", "Autor: Petr Novák", "Edited by Jane Doe" when no
# one else signs the story): each is only a byline's label before a line that is nothing but names.
_BY = re.compile(
    rf"{NOT_BY}(?:(?:{label_alternation('by', capitalised=True)}|by|Da)\s+"
    r"|(?:Edited|EDITED)\s+(?:by|BY)\s+"
    # (and the colons of other scripts: Khmer "៖", Ethiopic "፦", the full-width "：")
    rf"|(?i:{label_alternation('author')}|byline)\s*[:៖፦：]\s*"
    # "Author, Jane Doe", "Marubuci, Halima Umar Saleh": the screen reader's label, with a comma
    rf"|(?:{spoken_byline_alternation(0)}),\s+)"
)
# The label a page may set before a writer's address or handle on the line under her name ("Email:
# jane@example.com", "Twitter: @janedoe", "✉ …"), in the ~50 most-read news languages and scripts: "e-mail",
# "mail" and the networks' names read alike in most of them.
_CONTACT_LABEL = (
    r"(?:(?i:e-?mail|mail|courriel|correo(?:\s+electr[oó]nico)?|correio(?:\s+eletr[oô]nico)?|posta\s+elettronica"
    r"|e-?post|e-?posta|sähköposti|surel|emel|twitter|instagram|threads|bluesky|mastodon|telegram|linkedin"
    r"|kontakt|contact|contacto|contato|kontak)"
    r"|X|Эл\.\s*почта|Почта|Ел\.\s*пошта|البريد(?:\s+الإلكتروني)?|ایمیل|ای‌میل|דוא\"ל|מייל|ईमेल|ইমেইল|ഇമെയിൽ"
    r"|இமெயில்|ఈమెయిల్|ઈમેલ|電郵|电邮|郵箱|邮箱|電子郵件|电子邮件|メール|이메일|Email|E-mail|Ε-mail|✉️?|📧)"
    r"\s*[:：]?\s*"
)
_CONTACT = re.compile(
    rf"(?:{_CONTACT_LABEL})?(?:@\w{{1,30}}|{EMAIL_ADDRESS})|(?i:follow\s+(?:her|him|them)\s+on\s+\w+)"
)
# "Jane Doe in Kyiv", "Jane Doe at the Meadow Lane Stadium", French "Jeanne Roy à Québec": where the
# reporter wrote from.
_IN_CITY = re.compile(r"\s+(?:in|at|à)\s+(?:the\s+)?[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,3}$")
# "Reporting from Rotterdam, the Netherlands" under the name: where the reporter wrote from.
_REPORTING_FROM = re.compile(
    r"(?:Reporting|Reported|Writing|Filed)\s+from\s+(?:the\s+)?[A-ZÀ-Þ][^\r\n.;:]{1,80}"
)
# "Jane Doe @janedoe", "News reporter @janedoe": how to reach the writer, after a name or a title.
_TRAILING_CONTACT = re.compile(rf"\s+(?:@\w{{1,30}}|{EMAIL_ADDRESS})\s*$")
# "Jane Doe (now) and John Roe (earlier)": a live page's note on when each wrote, in lower case.
_WHEN_NOTE = re.compile(r"\s*\((?:[a-z][a-z ]{0,24})\)\s*$")
# The lookahead names every character a separator can open with (a space or its first letter or mark): the
# same matches, but most positions of a line are passed after one test instead of one per alternative.
# Every language's word for "and" (``parse.labelwords``: Danish "og", Indonesian "dan"), in lower case.
_AND = re.compile(rf"(?=[\s,&])\s*(?:,|\bAND\b|&|{conjunction_alternation()})\s*")


def _by_match(text: str, start: int, end: int) -> re.Match[str] | None:
    """The byline's label opening ``text[start:end]``: ``_BY``, or the by-word of the article's own language
    only (Swahili ``Na``, a common word elsewhere)."""
    found = _BY.match(text, start, end)
    if found is not None:
        return found
    # (the words first: the article's language is told only for a line opening with one of them)
    if not text.startswith(_OWN_PREFIXES, start):
        return None
    own = _OWN_BY.match(text, start, end)
    if own is None:
        return None
    language = article_language()
    if (own_language_by(language) or "").casefold() != own.group("word").casefold():
        return None
    if own.end() == own.end("word") and language not in OWN_LANGUAGE_GLUED_BY:
        return None  # "NaTasha Reid": a name, where no language of the article sets its by-word tight
    return own


# (and in capitals, as a byline in capitals sets it: "NA RUTH ACHIENG"; in lower case, as Irish sets its
# "le Seán Ó Murchú")
# (or set tight to the name, as Shona writes it: "NaTendai Chikwanha", a capital after the word)
_OWN_BY = re.compile(rf"(?P<word>(?i:{own_language_words()}))(?:\s+|(?=[A-ZÀ-Þ][a-zà-ÿ]))")
_OWN_PREFIXES = (
    *OWN_LANGUAGE_BY.values(),
    *(word.upper() for word in OWN_LANGUAGE_BY.values()),
    *(word.lower() for word in OWN_LANGUAGE_BY.values()),
)


@dataclass(frozen=True)
class BylineRead:
    byline: Byline
    rule: str


def read_byline_block(text: str, start: int, end: int, *, bare_ok: bool) -> BylineRead | None:
    """Read a front block as a byline, or None. ``bare_ok``: a bare name line may be a byline here."""
    return _remembered(text, start, end, bare_ok, article_being_read())


# Remembered per span: the front's readers ask about the same line again (as a byline, beside a date line,
# as a metadata line's segment, under a label; an eighth of the calls repeat one). The reading depends on
# the text, the span, ``bare_ok`` and the article's language (its own by-word: ``article_language``), all in
# the key; a BylineRead is frozen, so one answer serves every caller. Bounded: each entry holds its text.
@lru_cache(maxsize=64)
def _remembered(text: str, start: int, end: int, bare_ok: bool, article: object) -> BylineRead | None:
    return _read_byline_block(text, start, end, bare_ok=bare_ok)


def _read_byline_block(text: str, start: int, end: int, *, bare_ok: bool) -> BylineRead | None:
    lines = _lines(text, start, end)
    if len(lines) == 1:
        return _one_line(text, start, end, bare_ok=bare_ok)
    if len(lines) != 2:
        return _names_over_titles(text, lines)
    (first_start, first_end), (second_start, second_end) = lines
    first = _one_line(text, first_start, first_end, bare_ok=True)
    if first is None:
        return None
    raw_second = text[second_start:second_end].strip()
    second_line = _without_contact(raw_second)
    if first.byline.authors and _CONTACT.fullmatch(raw_second) is not None:
        # "Katherine Almonte Peña" over "kalmonte@diario.com.do" (or "@kalmonte"): the way to reach her, one
        # byline on two lines
        whole = Text(text[start:end], Span(start, end))
        return BylineRead(Byline(whole, first.byline.authors), "byline-name-over-contact")
    if counter_alone(second_line):
        # "Comments (23)" under the name: the page's counter, no organisation of hers (left out of the byline)
        return BylineRead(
            Byline(Text(text[first_start:first_end], Span(first_start, first_end)), first.byline.authors),
            first.rule,
        )
    if second_line.startswith("(") and second_line.endswith(")"):
        second_line = second_line[1:-1].strip()  # "(The Daily Planet)" under the name: her outlet
    whole = Text(text[start:end], Span(start, end))
    if is_title(second_line):
        return BylineRead(Byline(whole, first.byline.authors), "byline-name-over-title")
    if first.byline.authors and _REPORTING_FROM.fullmatch(second_line):
        return BylineRead(Byline(whole, first.byline.authors), "byline-name-over-place")
    if (outlet := outlet_with_place(second_line)) is not None:
        return BylineRead(
            Byline(whole, _affiliated(first.byline.authors, outlet)), "byline-name-over-outlet-place"
        )
    if is_publication(second_line):
        return BylineRead(
            Byline(whole, _affiliated(first.byline.authors, second_line)), "byline-name-over-publication"
        )
    if organisation_unit(second_line):
        return BylineRead(
            Byline(whole, _affiliated(first.byline.authors, second_line)), "byline-name-over-organisation"
        )
    second = _one_line(text, second_start, second_end, bare_ok=True)
    if second is not None and second.byline.authors:
        return BylineRead(Byline(whole, first.byline.authors + second.byline.authors), "byline-two-lines")
    return None


_MAX_PAIRS = 5


def _names_over_titles(text: str, lines: list[tuple[int, int]]) -> BylineRead | None:
    """``Jane Doe`` / ``Journalist`` / ``John Roe`` / ``Journalist``: each author's name over her title, the
    pairs set one under another; one byline naming them all."""
    if len(lines) % 2 or not 2 <= len(lines) // 2 <= _MAX_PAIRS:
        return None
    people: list[Person] = []
    for at in range(0, len(lines), 2):
        title = _without_contact(text[lines[at + 1][0] : lines[at + 1][1]].strip())
        if not is_title(title):
            return None
        name = _one_line(text, *lines[at], bare_ok=True)
        if name is None or len(name.byline.authors) != 1:
            return None
        if not PHOTOGRAPHER_TITLE.fullmatch(title):  # "Jane Doe" / "Fotograf": the picture's, no author
            people.extend(name.byline.authors)
    if not people:
        return None
    start, end = lines[0][0], lines[-1][1]
    return BylineRead(
        Byline(Text(text[start:end], Span(start, end)), tuple(people)), "byline-names-over-titles"
    )


# "05/04/2025 - 06:12", "5.4.2025, 14:05": a numeric date and its time maybe, after a byline's bar a date (its
# day and month perhaps not told apart, so no date line reads it), never the outlet's name.
NUMERIC_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d(?:,?\s*(?:[-–—|,]\s*)?\d{1,2}[:.h]\d\d)?")


def _desk_with_place(line: str) -> str | None:
    """``Staff Correspondent, Rajshahi``: a desk's title naming no one (``Staff Reporter``, ``Our
    Correspondent``, ``Special Correspondent``), a comma, then one place of a word or three; the rule read,
    or None."""
    desk, _, place = line.strip().rpartition(", ")
    if not desk or not PLACE_WORDS.fullmatch(place) or place.isupper() or is_publication(place):
        return None
    found = find_byline(desk, 0, len(desk))
    if is_desk(desk) or (found is not None and not found.authors and found.text.text == desk):
        return "byline-desk-with-place"
    return None


_MAX_PLACE_TAIL_WORDS = 2


def _name_then_place(text: str, start: int, end: int) -> BylineRead | None:
    """``Mostafa Sabuj Kabir, Rajshahi``, ``Jane Doe, Mombasa``: where a byline stands, one person's full name
    (two words or more), a comma, and the place she filed from (a capitalised word or two, no outlet, desk,
    title or second name): the byline, the place no author."""
    comma = text.rfind(", ", start, end)
    place = text[comma + 2 : end].strip()
    if (
        len(place.split()) > _MAX_PLACE_TAIL_WORDS
        or not PLACE_WORDS.fullmatch(place)
        or place.isupper()
        or is_publication(place)
        or is_agency(place)
        or is_desk(place)
        or is_title(place)
        or place.casefold() in STOPWORDS
    ):
        return None
    people = _names(text, start, comma)
    if len(people) != 1 or len(people[0].name.split()) < 2 or _names(text, comma + 2, end):
        return None  # ("Jane Roe, John Doe": two names, no place)
    return BylineRead(Byline(Text(text[start:end], Span(start, end)), people), "byline-name-with-place")


def _one_line(text: str, start: int, end: int, *, bare_ok: bool) -> BylineRead | None:
    if end - start > 160 or not text[start:end].strip():
        return None
    if text[start] >= "\u3000" and (east_asian := _east_asian_byline(text, start, end)) is not None:
        return east_asian
    desk = _desk_before_by(text, start, end)
    if desk is not None:
        return desk
    site = _site_after_slash(text, start, end)
    if site is not None:
        return site
    segments = _segments(text, start, end)
    tails = [text[a:b].strip() for a, b in segments[1:]]
    outlets = [_tail_outlet(tail) for tail in tails]
    if (
        len(segments) > 1
        and not any(tail[:1].isdecimal() and NUMERIC_DATE.fullmatch(tail) for tail in tails)
        and (
            text[segments[0][1] : segments[1][0]].strip() in "|·•"
            or (all(outlets) and any(outlet != _PLACE_TAIL for outlet in outlets))
            # "Por Ana Souza — Rio de Janeiro": after a labelled byline, a place alone is where she wrote from
            or (outlets == [_PLACE_TAIL] and _BY.match(text, segments[0][0]) is not None)
        )
    ):
        head = _one_line(text, *segments[0], bare_ok=bare_ok or bool(_BY.match(text, segments[0][0])))
        if head is None:
            return None
        whole = Text(text[start:end], Span(start, end))
        authors = head.byline.authors
        if len(segments) == 2 and is_agency(tails[0]):
            # "Jane Doe | Reuters": a wire agency is the reporter's employer (the site's own name is not).
            authors = _affiliated(authors, tails[0])
        employer = next((o for o in outlets if o not in (None, _PLACE_TAIL, _NO_OUTLET)), None)
        if employer is not None:  # "By Jane Doe - Agência Brasil reporter - Brasília": her title names it
            authors = _affiliated(authors, employer)
        return BylineRead(Byline(whole, authors), "byline-with-publication-after-bar")
    line = text[start:end]
    if is_section_crumb(line):
        return None  # "In News", "Filed under Business": where the page files the story, no one's name
    if bare_ok and (is_agency(line) or is_desk(line) or _agency_initials(line)):
        # "Reuters", "ONA" or "Express News Service" alone under the headline: a byline that names no one.
        return BylineRead(Byline(Text(line, Span(start, end)), ()), "byline-agency-alone")
    if bare_ok and agency_with_publication(line):  # "AFP/The Local": the wire's copy, the site's page
        return BylineRead(Byline(Text(line, Span(start, end)), ()), "byline-agency-with-publication")
    if bare_ok and is_publication(line) and not _DOMAIN_ONLY.fullmatch(line) and not line.startswith("The "):
        # "Kanava News" over the date line: the newsroom's name as the byline, naming no one ("The Harbour
        # Times", printed as a masthead is, is left to archivist.parse.frontline's reading)
        return BylineRead(Byline(Text(line, Span(start, end)), ()), "byline-publication-alone")
    if bare_ok and ", " in line and (desk := _desk_with_place(line)):
        # "Staff Correspondent, Rajshahi", "Our Correspondent, Mombasa": the newsroom's desk and where it
        # wrote from, a byline that names no one
        return BylineRead(Byline(Text(line, Span(start, end)), ()), desk)
    shaped = _name_with_tail(text, start, end, bare_ok=bare_ok)
    if shaped is not None:
        return shaped
    if (
        bare_ok
        and ", " in line
        and _by_match(text, start, end) is None  # ("Daga Habibu Sani, Kano": the labelled reading's)
        and (placed := _name_then_place(text, start, end)) is not None
    ):
        return placed
    found = find_byline(text, start, end)
    if found is not None:
        return BylineRead(
            without_publisher(text, found), "byline-by" if _BY.match(text, start) else "byline-agency"
        )
    by = _by_match(text, start, end)
    if by is None and bare_ok:
        # "Penulis Rina Ayu Larasati" where a byline stands: an author's label with no colon before the name
        by = _AUTHOR_LABEL_NO_COLON.match(text, start, end)
    name_start = by.end() if by else start
    name_end = end
    if by is None and bare_ok and not line.isascii() and (after := _BY_AFTER.search(text, start, end)):
        by, name_end = after, after.start()  # "નિલેશ પટેલ દ્વારા": the name, then "by"
    if by is None and (not bare_ok or is_title(line)):
        return None  # "Transport Correspondent" alone names a desk, not a person
    contact = _TRAILING_CONTACT.search(text, name_start, name_end)
    people = _names(text, name_start, contact.start() if contact else name_end)
    if not people and by is not None:
        people = _labelled_unspaced_name(text, name_start, contact.start() if contact else name_end)
    if not people:
        return None
    return BylineRead(
        Byline(Text(text[start:end], Span(start, end)), people), "byline-by" if by else "byline-bare-name"
    )


# The Indian languages' "by", set after the name ("નિલેશ પટેલ દ્વારા", "अमित शर्मा द्वारा"): Hindi, Gujarati,
# Bengali, Telugu, Punjabi, Kannada, Odia, Marathi, Tamil.
_BY_AFTER = re.compile(r"\s+(?:द्वारा|દ્વારા|দ্বারা|ద్వారా|ਦੁਆਰਾ|ದ್ವಾರಾ|ଦ୍ୱାରା|द्वारे|மூலம்)\s*$")
# (the name after it capitalised, or in a script without capitals: Arabic's "كتب أحمد عبد الحليم", "wrote",
# Hindi's "रिपोर्ट अमित शर्मा")
_AUTHOR_LABEL_NO_COLON = re.compile(
    rf"(?:{label_alternation('author', capitalised=True)})\s+(?=[A-ZÀ-Þ\u0590-\u08ff\u0900-\u0dff])"
)
_DESK_THEN_SLASH = re.compile(r"(?P<desk>[A-ZÀ-Þ][\w'’&.-]*(?:\s+[A-ZÀ-Þ][\w'’&.-]*){0,3})\s+/\s+")


def _desk_before_by(text: str, start: int, end: int) -> BylineRead | None:
    """``ABC Gippsland / By Jane Doe and John Roe``: the newsroom or desk (a few capitalised words) before a
    slash, then a labelled byline (the site's own newsroom, no employer of theirs: no affiliation)."""
    if text.find("/", start, end) < 0:
        return None
    desk = _DESK_THEN_SLASH.match(text, start, end)
    if desk is None or _BY.match(text, desk.end(), end) is None:
        return None
    found = _one_line(text, desk.end(), end, bare_ok=False)
    if found is None or not found.byline.authors:
        return None
    whole = Text(text[start:end], Span(start, end))
    return BylineRead(Byline(whole, found.byline.authors), "byline-desk-then-by")


# " / theledger.my" closing a line: the site's address after a slash (the site's own name, no employer)
_SLASH_SITE = re.compile(r"\s*/\s*(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}\s*$")


def _site_after_slash(text: str, start: int, end: int) -> BylineRead | None:
    """``By Jane Doe / example.com``: a labelled byline, then the site's address after a slash; the byline
    is the whole line, its authors the names before the slash."""
    slash = text.rfind("/", start, end)
    if slash < 0 or "." not in text[slash:end] or _by_match(text, start, end) is None:
        return None
    site = _SLASH_SITE.match(text, slash, end)
    if site is None or site.start() <= start:
        return None
    found = _one_line(text, start, site.start(), bare_ok=False)
    if found is None or not found.byline.authors:
        return None
    return BylineRead(
        Byline(Text(text[start:end], Span(start, end)), found.byline.authors), "byline-site-after-slash"
    )


_PLACE_TAIL = "place"
_NO_OUTLET = "no outlet"
_ACRONYM = re.compile(r"[A-Z]{2,5}|[A-Z][a-z]{2,12}-[A-Z]{2,5}")  # "ONA", "Keystone-SDA"
_PAGE_LABELS = frozenset(["VIDEO", "AUDIO", "WATCH", "LISTEN", "PHOTO", "PHOTOS", "UPDATE", "NEWS", "MORE"])
_DOMAIN_ONLY = re.compile(r"[\w-]+\.[a-z]{2,4}")
# "Jane Doe (The Daily Planet)", "Jane Doe/Staff Writer", "JANE DOE, Kitwe": a name and, after a bracket,
# a slash or a comma, her outlet, her title or her town.
_IN_BRACKETS = re.compile(r"(?P<head>[^()]+?)\s*\((?P<tail>[^()]{2,60})\)\s*")
_TIGHT_SLASH = re.compile(r"(?P<head>[^/]+?)/(?P<tail>[^/\s][^/]{1,40})")
_COMMA_TAIL = re.compile(r"(?P<head>[^,]+?),\s+(?P<tail>[^,]{2,40})")
# "සුනිල් ප්‍රේමරත්න - අනුරාධපුර": the town after a spaced dash, as after a comma (read only for a name in a
# script of its own, where the town's one word of that script is told by ``names.script_place``)
_DASH_TAIL = re.compile(r"(?P<head>[^,–—-]+?)\s+[-–—]\s+(?P<tail>[^,–—-]{2,40})")
_TAIL_PATTERNS = (_IN_BRACKETS, _TIGHT_SLASH, _COMMA_TAIL)
_SCRIPT_TAIL_PATTERNS = (*_TAIL_PATTERNS, _DASH_TAIL)


def _agency_initials(line: str) -> bool:
    """``ONA``, ``SANA``: a news agency's initials alone on the byline's line (a page's label in capitals,
    ``VIDEO`` or ``LIVE``, is none)."""
    return _ACRONYM.fullmatch(line) is not None and not is_genre_label(line) and line not in _PAGE_LABELS


def _tail_outlet(tail: str) -> str | None:
    """What a segment after a byline's name is: its outlet's name (the employer), ``_NO_OUTLET`` for a title
    or the site's own name, ``_PLACE_TAIL`` for a place (a few capitalised words), or None (no byline's
    part)."""
    title, comma, outlet = tail.partition(", ")
    if comma and is_title(title) and is_publication(outlet):
        return outlet.strip()  # "Reporter, Capital Region Business Journal"
    if is_publication(tail) or BRAND.fullmatch(tail):
        return _NO_OUTLET
    if is_title(tail):
        head = PLACE_WORDS.match(tail)
        outlet = head.group(0).strip() if head is not None else ""
        return outlet if outlet and outlet != tail and is_publication(outlet) else _NO_OUTLET
    if PLACE_WORDS.fullmatch(tail) and not tail.isupper():
        return _PLACE_TAIL
    return None


def _name_with_tail(text: str, start: int, end: int, *, bare_ok: bool) -> BylineRead | None:
    """``Jane Doe (The Daily Planet)`` (her outlet), ``Jane Doe/Staff Writer`` (her title), ``JANE DOE,
    Kitwe`` (her town, after a name in capitals): a byline whose tail is no name."""
    line = text[start:end]
    by = _by_match(text, start, end)
    if by is None and not bare_ok:
        return None
    name_start = by.end() if by else start
    for pattern in _TAIL_PATTERNS if line.isascii() else _SCRIPT_TAIL_PATTERNS:
        found = pattern.fullmatch(text, name_start, end)
        if found is None:
            continue
        tail = found.group("tail").strip()
        people = _names(text, *found.span("head"))
        if not people:
            continue
        whole = Byline(Text(line, Span(start, end)), people)
        if pattern is _IN_BRACKETS and (is_publication(tail) or publisher_named(tail)):
            return BylineRead(Byline(whole.text, _affiliated(people, tail)), "byline-name-outlet-in-brackets")
        if pattern is _TIGHT_SLASH and is_title(tail):
            return BylineRead(whole, "byline-name-slash-title")
        if (
            pattern is _IN_BRACKETS
            and by is not None
            and any(is_title(part.strip()) for part in tail.split(","))
        ):
            # "Par Jane Doe (Grenoble, correspondante)": where she is based and her role, in brackets
            return BylineRead(whole, "byline-name-role-in-brackets")
        if (
            pattern is _COMMA_TAIL
            and found.group("head").isupper()
            and PLACE_WORDS.fullmatch(tail)
            and not tail.isupper()
            and not is_publication(tail)
            and not is_title(tail)
        ):
            return BylineRead(whole, "byline-name-in-capitals-with-town")
        if (
            (pattern is _COMMA_TAIL or pattern is _DASH_TAIL)
            and len(people) == 1
            and not line.isascii()
            and script_name(found.group("head").strip()) is not None
            and script_place(tail)
        ):
            # "কল্যাণ বন্দ্যোপাধ্যায়, সাতক্ষীরা", "سلمى الحمادي، دبي": in a script without capitals the name
            # and, after a comma, one word of the same script, the town she files from (her name's shape in
            # that script, ``names.script_name``, tells the line from a heading's words)
            return BylineRead(whole, "byline-name-in-script-with-town")
    name_end = name_place_and_role(text, name_start, end)
    if name_end is not None and len(people := _names(text, name_start, name_end)) == 1:
        # "Par Hélène Marchetti (Die (Drôme), envoyée spéciale)": where she filed from and her role
        return BylineRead(Byline(Text(line, Span(start, end)), people), "byline-name-place-and-role")
    name_end = name_then_title(text, name_start, end) if bare_ok or by is not None else None
    people = _names(text, name_start, name_end) if name_end is not None else ()
    # "Jane Doe Political Correspondent": her desk run on with no comma ("Sun Sentinel Editorial Board", a
    # paper's own board, is read whole as the name by the readers below)
    if len(people) == 1 and not publisher_named(people[0].name):
        return BylineRead(Byline(Text(line, Span(start, end)), people), "byline-name-then-title")
    return None


# The spaced dash joining names signed at a story's foot ("NGUYỄN HOÀNG - MINH ANH").
_FOOT_NAME_DASH = re.compile(r"\s+[-–—]\s+")


_MAX_FOOT_LINES = 4


def names_under_story(text: str, lines: list[tuple[int, int]]) -> BylineRead | None:
    """The byline a paper signs under the story, read from the first of ``lines`` (the lines set tight
    under the story's last paragraph), as many as make one: names in capitals (``SANTIAGO HERRERA OSPINA`` /
    ``REDACCIÓN BOGOTÁ``, ``NGUYỄN HOÀNG - MINH ANH``), or a name with the reporter's title after it on each
    line (``박지현 기자`` / ``이준호 기자``)."""
    for count in range(min(len(lines), _MAX_FOOT_LINES), 0, -1):
        start, end = lines[0][0], lines[count - 1][1]
        found = _titled_names_in_script(text, lines[:count]) or _names_in_capitals(text, lines[:count])
        if found is not None:
            return BylineRead(Byline(Text(text[start:end], Span(start, end)), found[0]), found[1])
    return None


def _titled_names_in_script(text: str, lines: list[tuple[int, int]]) -> tuple[tuple[Person, ...], str] | None:
    """``박지현 기자`` / ``이준호 기자``: a name in another script with the reporter's title after it, on each
    line (the title is what tells a name from a short heading in these scripts)."""
    people: list[Person] = []
    for start, end in lines:
        line = text[start:end]
        found = script_name(line) if not line.isascii() else None
        if found is None or found[1] == len(line.rstrip()):
            return None  # (no title after the name)
        people.append(Person(line[found[0] : found[1]], Span(start + found[0], start + found[1]), None))
    return tuple(people), "byline-titled-names-under-story"


def _names_in_capitals(text: str, lines: list[tuple[int, int]]) -> tuple[tuple[Person, ...], str] | None:
    """Names in capitals (joined by a spaced dash or ``and``), maybe over the newsroom's or the agency's line.
    A line in capitals naming a box (``MORE NEWS``) holds a word no name holds."""
    if len(lines) > 2:
        return None
    name_start, name_end = lines[0]
    line = text[name_start:name_end]
    if not line.isupper() or len(line) > 80:
        return None
    if len(lines) == 2:
        desk = find_byline(text, *lines[1])
        if desk is None or desk.authors:
            return None  # under the names: only the newsroom's or the agency's line ("REDACCIÓN BOGOTÁ")
    people: list[Person] = []
    position = name_start
    for separator in [*_FOOT_NAME_DASH.finditer(text, name_start, name_end), None]:
        piece_end = separator.start() if separator is not None else name_end
        found = _names(text, position, piece_end)
        if not found or any(
            word.casefold() in STOPWORDS or word.casefold() in TITLES
            for person in found
            for word in person.name.split()
        ):
            return None
        people.extend(found)
        position = separator.end() if separator is not None else name_end
    return tuple(people), "byline-names-in-capitals-under-story"


_TOKEN = re.compile(r"\S+")


def without_publisher(text: str, byline: Byline) -> Byline:
    """``By Michael Ruiz Fox News``: a publisher run onto the last name is not part of it."""
    if len(byline.authors) != 1:
        return byline
    person = byline.authors[0]
    words = list(_TOKEN.finditer(text[person.span.start : person.span.end]))
    if len(words) < 3 or words[-1].group(0) not in _RUN_ON_PUBLISHER_WORDS:
        return byline
    for tail_words in (2, 1, 3):
        if len(words) - tail_words >= 3 and words[-tail_words - 1].group(0) in _PUBLISHER_ARTICLES:
            tail_words += 1  # "By Jane Doe The Canadian Press": the article opens the publisher's name
        if len(words) - tail_words >= 2:
            name_end = person.span.start + words[-tail_words - 1].end()
            publisher = text[person.span.start + words[-tail_words].start() : person.span.end]
            name = text[person.span.start : name_end]
            return Byline(
                byline.text, (Person(display_name(name), Span(person.span.start, name_end), publisher),)
            )
    return byline


_REPORTERS = reporter_words()
_MAX_DESK_PLACE_WORDS = 2


def _place_then_reporter(piece: str) -> bool:
    """``నల్గొండ ప్రతినిధి`` ("Nalgonda correspondent"), ``जयपुर संवाददाता``: after a name, a place of a word
    or two and a reporter's title in the language that sets it last (``labelwords.REPORTER``): her desk,
    no second author."""
    words = piece.split()
    return 1 < len(words) <= _MAX_DESK_PLACE_WORDS + 1 and words[-1] in _REPORTERS and not piece.isascii()


# The writer's label of Chinese, Japanese and Korean pages as they set it before the names
# (``撰文：陳嘉欣``, ``記者 陳嘉欣``, ``文・山田太郎``, ``執筆者：山田太郎``, ``글·사진 김민수``,
# ``記者：陳嘉欣、黃志強``), with the picture's label after it in the same line (``文：陳嘉欣　圖：黃志強``:
# the photographer no author), or the Taiwanese and mainland bracket glued to the name with the place it
# was filed from (``【記者陳嘉欣／台北報導】``, ``记者 王磊 / 北京报道``). The label a colon, a middle dot, a
# slash or a space from the name; glued to it only with the bracket or the place's "report" (``記者會延期``
# is a headline's "press conference").
_EA_NAME = r"(?:[\u4e00-\u9fff]{2,4}|[\uac00-\ud7af]{2,4})"
_EA_LABEL = (
    r"(?:記者|记者|撰文|撰稿|作者|執筆者?|执笔|筆者|笔者|採訪|采访|採寫|采写|取材|文字|文|글|작성자|취재|기자)"
    r"(?:[・·/／](?:寫真|写真|攝影|摄影|撮影|圖|图|사진|文|글))?"
)
_EA_PICTURE = r"(?:圖|图|攝影|摄影|撮影|写真|寫真|사진)"
_EA_REPORTED = r"[\u4e00-\u9fff]{1,6}(?:報導|報道|报道|電|电)"  # "台北報導": "reported from Taipei"
_EA_PLACE_REPORT = rf"(?:\s*[／/]\s*{_EA_REPORTED})"
_EAST_ASIAN_BYLINE = re.compile(
    rf"(?P<open>[【〔\[［])?\s*{_EA_LABEL}(?:\s*[:：・·/／]\s*|\s+|(?<=[記记]者)(?=[\u4e00-\u9fff]))"
    rf"(?P<names>{_EA_NAME}(?:\s*[、，,/／]\s*(?!{_EA_REPORTED}){_EA_NAME}|\s(?=[\u4e00-\u9fff\uac00-\ud7af]{{2,4}}(?:\s|$)){_EA_NAME}){{0,3}})"
    rf"(?P<tail>{_EA_PLACE_REPORT})?"
    rf"(?:\s+{_EA_PICTURE}\s*[:：]\s*{_EA_NAME})?\s*(?P<close>[】〕\]］])?"
)
_EA_NAMES = re.compile(_EA_NAME)


def _east_asian_byline(text: str, start: int, end: int) -> BylineRead | None:
    while end > start and text[end - 1].isspace():
        end -= 1
    found = _EAST_ASIAN_BYLINE.fullmatch(text, start, end)
    if found is None or bool(found.group("open")) != bool(found.group("close")):
        return None
    glued = text[found.start("names") - 1] == "者"  # (no colon, dot or space between label and name)
    if glued and not (found.group("open") or found.group("tail")):
        return None
    people = tuple(
        Person(name.group(), Span(name.start(), name.end()), None)
        for name in _EA_NAMES.finditer(text, found.start("names"), found.end("names"))
    )
    return BylineRead(Byline(Text(text[start:end], Span(start, end)), people), "byline-east-asian-label")


# "撰文：陳嘉欣", "글: 김민수": after a writer's label, a name in a script written without spaces (Han, two to
# four characters) or a Korean one (two to four syllables, one word or two)
_LABELLED_UNSPACED_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}|[\uac00-\ud7af]{1,4}(?: [\uac00-\ud7af]{1,3})?")


def _labelled_unspaced_name(text: str, start: int, end: int) -> tuple[Person, ...]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    found = _LABELLED_UNSPACED_NAME.fullmatch(text, start, end)
    if found is None or end - start < 2:
        return ()
    return (Person(text[start:end], Span(start, end), None),)


def _names(text: str, start: int, end: int) -> tuple[Person, ...]:
    people: list[Person] = []
    position = start
    pieces: list[tuple[int, int]] = []
    for separator in _AND.finditer(text, start, end):
        pieces.append((position, separator.start()))
        position = separator.end()
    pieces.append((position, end))
    affiliation: str | None = None
    outlet = outlet_before_name(text, *pieces[0]) if len(pieces) == 1 else None
    if outlet is not None:  # "Ouest-France Jeanne DUPONT.": the paper's name, then hers
        affiliation, pieces = outlet[0], [outlet[1]]
    titled = False
    for position_in_list, (raw_start, raw_end) in enumerate(pieces):
        # "Jane Doe in Kyiv and John Roe in Warsaw": where they wrote from is no part of a name; "The Hon.
        # Jane Doe MP": nor her style and post-nominal letters (each piece read as it comes: a line of prose
        # fails at its first)
        piece_start, piece_end = without_style(
            text, raw_start, _before_place(text, raw_start, _before_note(text, raw_start, raw_end))
        )
        piece = text[piece_start:piece_end].strip()
        if not piece:
            return ()
        if people and (is_title(piece) or _place_then_reporter(piece)):
            titled = True
            continue  # "Noah Eastwood, Money Reporter", "కొండా శ్రీనివాస్, నల్గొండ ప్రతినిధి"
        if people and is_desk(piece):
            affiliation, titled = piece, True  # "Jane Doe, Northern Bureau": the desk she files for
            continue
        words = piece.split()
        last = position_in_list == len(pieces) - 1
        # "Jane Doe, Staff Writer, ExampleWatch": after her title, one word is her employer (no one's name)
        if people and last and (_organisation(piece) or (titled and len(words) == 1 and piece[:1].isupper())):
            affiliation = piece  # "By Jane Doe and John Roe, CNN"
            continue
        if len(words) == 1 and _GLUED_INITIAL.fullmatch(piece):
            # "B.Narantuya": an initial set tight before the name, as Mongolian papers print it
            people.append(Person(piece, Span(piece_start, piece_start + len(piece)), None))
            continue
        if not 2 <= len(words) <= 4 or not all(
            _NAME_WORD.match(word) or extended_name_word(word) for word in words
        ):
            # "Оксана Кравчук", "박지현 기자": a name in another script (its reporter's title left out)
            in_script = script_name(piece)
            if in_script is None:
                return ()
            name_start = piece_start + (
                len(text[piece_start:piece_end]) - len(text[piece_start:piece_end].lstrip())
            )
            people.append(
                Person(
                    piece[in_script[0] : in_script[1]],
                    Span(name_start + in_script[0], name_start + in_script[1]),
                    None,
                )
            )
            continue
        if (
            not words[0][0].isupper()
            or not words[-1][0].isupper()
            or words[0].capitalize() in _NOT_NAME_START
            or words[0].casefold() in INSTITUTION_HEADS  # "Secretaría de Medio Ambiente": who issues it
        ):
            return ()
        people.append(Person(display_name(piece), Span(piece_start, piece_end), None))
    return tuple(Person(p.name, p.span, affiliation) for p in people)


def _before_note(text: str, start: int, end: int) -> int:
    note = _WHEN_NOTE.search(text, start, end)
    return note.start() if note is not None and note.start() > start else end


def _without_contact(line: str) -> str:
    contact = _TRAILING_CONTACT.search(line)
    return line[: contact.start()] if contact is not None and contact.start() > 0 else line


def _before_place(text: str, start: int, end: int) -> int:
    place = _IN_CITY.search(text, start, end)
    return place.start() if place is not None and place.start() > start else end


def _organisation(piece: str) -> bool:
    words = piece.split()
    return is_publication(piece) or (len(words) == 1 and piece.isupper()) or words[-1] in PUBLISHER_WORDS


def _affiliated(people: tuple[Person, ...], affiliation: str) -> tuple[Person, ...]:
    return tuple(Person(p.name, p.span, p.affiliation or affiliation) for p in people)


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    position = start
    for separator in _SEGMENT.finditer(text, start, end):
        out.append((position, separator.start()))
        position = separator.end()
    out.append((position, end))
    return out


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return line_spans(text, start, end)


_GLUED_INITIAL = re.compile(r"(?:[A-ZÀ-Þ]\.){1,2}[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ]?[a-zà-ÿ'’]+)?")


# "The" run onto a name before the publisher's words ("Jane Doe The Canadian Press"): the publisher's article.
_PUBLISHER_ARTICLES = frozenset(("The", "THE"))
