"""Bylines: who wrote the article, and for whom.

``By Jane Doe``, ``By Jane Doe and John Roe``, ``By JANE DOE, Associated Press``, ``Jane Doe, Reuters``,
``RFE/RL correspondent Jane Doe``, ``By Reuters``. Agencies are organisations: they become an author's
``affiliation``, never an author.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from archivist.parse.agencies import AGENCY, PUBLISHER_WORDS, is_agency, is_publication, publisher_named
from archivist.parse.labelwords import label_alternation, newsroom_alternation
from archivist.parse.names import STOPWORDS, TITLES, display_name, organisation_unit
from archivist.parse.words import EMAIL_ADDRESS, words
from archivist.record.model import Person, Span, Text

# Balinese names open with the person's order of birth, a woman's after "Ni" ("Ni Luh Ayu Pradnyani", "Ni
# Made Sri Wahyuni", "Ni Ketut …", "Ni Gusti Ayu …"): there "Ni" is the name's first word, not Tagalog's "by".
NOT_BY = r"(?!N[iI]\s+(?:Luh|Wayan|Made|Nyoman|Ketut|Putu|Kadek|Komang|Nengah|Gusti|Desak|Gede)\b)"
_BY = re.compile(
    NOT_BY
    + r"(?:(?:Written|Posted|Story|Words|Reporting|Reported|Report|Text|Article|Interview|Analysis|Opinion"
    r"|Commentary|Review"
    r"|Column|Essay|Perspective)\s+by|By|BY|by|Von|VON|Par|PAR"
    r"|Por|POR|Door|Di|di|Oleh|OLEH|Text|Texte|Author|Autor|From(?=\s+\S+\s+\S+(?:\s+\S+)?\s+in\s)"
    # every language's by-word (``parse.labelwords``: Danish "Af", Swedish "Av", Afrikaans "Deur"), so that
    # "Af Ritzau" signs a story by its agency as "By Reuters" does
    rf"|{label_alternation('by', capitalised=True)})\s*:?\s+"
)
_ROLE = (
    r"(?:(?:senior|chief|special|staff|foreign|political|diplomatic|economics|business|science|health|"
    r"legal|military|white house|washington|moscow|london)\s+)*"
    r"(?:correspondents?|reporters?|writers?|staff writers?|editors?|journalists?|contributors?|columnists?)"
)
# "state political reporter", "staff writer" in lower case before a name: the desk, no part of the name.
_ROLE_PREFIX = re.compile(
    r"(?:(?:an?|the|our)\s+)?(?:[a-z]+\s+){0,3}"
    r"(?:correspondents?|reporters?|writers?|editors?|journalists?|contributors?|columnists?)\s+(?=[A-ZÀ-Þ])"
)
_ROLE_SUFFIX = re.compile(rf"\s*\b{_ROLE}$", re.IGNORECASE)
# The last letters _ROLE's words end with, in any case ("ſ", the long s, folds to s): a stripped line ending
# otherwise never matches _ROLE_SUFFIX, which is otherwise tried at every position of the line.
_ROLE_LAST = frozenset("rstRSTſ")
_ROLE_ONLY = re.compile(rf"(?:\s*(?:an?|the)\s+)?{_ROLE}", re.IGNORECASE)
_AGENCY_ROLE_NAME = re.compile(
    rf"(?P<agency>{AGENCY.pattern})(?:'s|’s)?\s+{_ROLE}\s+(?P<names>.+)", re.IGNORECASE
)
# (the lookahead: every character a separator can open with, tested once per position; the same matches)
_SEPARATORS = re.compile(r"(?=[\s,;aAuey&])\s*(?:,|;|\band\b|\bAND\b|\bund\b|\bet\b|\by\b|\be\b|&)\s*")
# (a capital of Latin-1 or of the extended Latin blocks, "Łukasz", "Ọláwálé", and the combining accents a
# name may carry: Yoruba's tones over a dotted vowel, "Adébáyọ̀", have no precomposed letter)
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ\u0100-\u024f\u1e00-\u1eff][\w'’.\u0300-\u036f-]*"
_NAME = re.compile(
    rf"(?:{_NAME_WORD}|van|von|de|der|den|da|di|du|del|la|le|bin|al)"
    rf"(?:\s+(?:{_NAME_WORD}|van|von|de|der|den|da|di|du|del|la|le|bin|al)){{0,4}}"
)
_ONE_PLACE = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ]?[a-zà-ÿ'’]+)*")
_IN_PLACE = re.compile(r"\s+(?:in|at|from)\s+(?:the\s+)?[A-ZÀ-Þ][\w .'-]*$")
_MAX_BYLINE = 160
# "By JANE DOE and JOHN ROE FOR EXAMPLEONLINE", "By Jane Doe for The Courier": who the names write for, after
# the last name (a name holds no "for"); the outlet's words capitalised.
_FOR_OUTLET = re.compile(
    r"\s+(?:for|For|FOR)\s+(?P<outlet>[A-ZÀ-Þ][\w.&'’-]*(?:\s+(?:of\s+)?[A-ZÀ-Þ][\w.&'’-]*){0,3})$"
)
# "Weather Desk", "Metro Team", "Business Staff": a desk of the newsroom, no person; and the site's own
# newsroom by its edition's word ("Harbour Times Digital", "Kanal Online").
_DESK = re.compile(
    r"(?:(?:The\s+)?[A-Z][\w&'’-]*\s+){0,3}"
    r"(?:Desk|Team|Staff|Newsroom|Bureau|News\s+Service|Wire\s+Service|Digital|Online)"
)
# The same in the scripts with no capitals: a site's name of a word or three, then "digital" or "online"
# (Sorani and Persian "رووداو دیجیتاڵ", Arabic "ديجيتال", Pashto, Urdu, Hindi, Bengali, Russian, Ukrainian,
# Greek, Hebrew): the site signs the story, no person.
_SCRIPT_DESK = re.compile(
    r"[^\W\d_A-Za-z]\S*(?:\s+\S+){0,2}\s+(?:دیجیتاڵ|دیجیتال|ديجيتال|ډیجیټل|ڈیجیٹل|آنلاین|أونلاين|اونلاين|ئۆنلاین"
    r"|डिजिटल|ডিজিটাল|ડિજિટલ|ਡਿਜੀਟਲ|டிஜிட்டல்|డిజిటల్|ಡಿಜಿಟಲ್|ഡിജിറ്റൽ|Онлайн|онлайн|Диджитал|Ψηφιακό|דיגיטל)"
)


# "Saudi Gazette report", "Harbour Times staff": a publication's name, then the word for its own newsroom's
# work: the paper signs the story, no person.
_PUBLICATION_THEN_NEWSROOM = re.compile(
    r"(?P<publication>[A-ZÀ-Þ][^\r\n]{1,60}?)\s+(?i:report|reports|staff|team|desk|bureau|newsroom)"
)


def is_desk(line: str) -> bool:
    """``Weather Desk``, ``Express News Service``: a desk or service of the newsroom, named as a byline."""
    stripped = line.strip()
    if _DESK.fullmatch(stripped) is not None:
        return True
    if not stripped.isascii() and _SCRIPT_DESK.fullmatch(stripped) is not None:
        return True
    signed = _PUBLICATION_THEN_NEWSROOM.fullmatch(stripped)
    return signed is not None and is_publication(signed.group("publication"))


_OUTLET_THEN_TITLE = re.compile(r"(?P<outlet>[A-ZÀ-Þ][\w'’.&-]*)(?:\s+[a-z]+){1,3}")
# Words that open a desk title ("Health reporter", "Senior writer"), never an outlet's name.
_DESK_MODIFIER = re.compile(
    r"(?i:senior|chief|staff|special|contributing|deputy|associate|managing|executive|national|foreign"
    r"|political|business|money|science|health|sports?|culture|arts|tech|technology|economics|education"
    r"|investigative|digital|news|weekend|features?|opinion|travel|food|music|film|legal|crime|local|city"
    r"|metro|state|court|courts|environment|climate|energy|transport|housing|weather|royal|social|data)"
)
_SPECIAL_TO = re.compile(r"(?i:special\s+to|exclusive\s+to|for)\s+\S.{0,60}")
# "By Jane Doe @janedoe", "By Jane Doe jdoe@example.com": how to reach the writer, not part of the name.
# "By: Jane Doe - Correspondent / @janedoe": the handle may sit after a bar or slash of its own
_HANDLE = re.compile(rf"\s+(?:[/|·•,]\s*)?(?:@\w{{1,30}}|{EMAIL_ADDRESS})$")
# "From staff reports", "Staff and wire reports", "From news services": a byline naming no one.
_STAFF = re.compile(
    r"(?:(?:From|By)\s+)?(?:(?:staff|wire|news|our|agency)\s+(?:and\s+(?:wire|agency|news)\s+)?)"
    r"(?:reports?|services?|staff|agencies|writers?|reporters?|correspondents?)|Staff and agencies"
    # "Redacción / Agencias", "Rédaction", "Newsdesk": the newsroom, in the languages of the date lines.
    # (and every other language's, ``parse.labelwords``: "Haber Merkezi", "Redaksi")
    # ("la rédaction", "die Redaktion": the newsroom with its article, after "Par" or "Von" too)
    rf"|(?:(?:the|la|le|el|die|der|de|il|a)\s+|l['’])?"
    rf"(?:Redacción|Rédaction|Redaktion|Redazione|Redactie|Redação|Newsroom|News\s*desk|{newsroom_alternation()})"
    # ("અમારા પ્રતિનિધિ દ્વારા", "हमारे संवाददाता द्वारा": the Indian languages set their "by" after the desk)
    r"(?:\s+(?:द्वारा|દ્વારા|দ্বারা|ద్వారా|ਦੁਆਰਾ|ದ್ವಾರಾ|ଦ୍ୱାରା|द्वारे|மூலம்))?"
    r"(?:\s*[/,|&·-]\s*(?:agencias|agences|agenturen|agenzie|agentschappen|agências|agencies|wires)"
    # "Redazione ANSA", "Redaktion Tagesblatt": the newsroom of the agency or paper named after it
    r"|(?-i:\s+[A-ZÀ-Þ][\w.&'’-]*(?:\s+[A-ZÀ-Þ][\w.&'’-]*){0,2}))?"
    # "ทีมข่าวภูมิภาค", "ทีมข่าวการเมือง", "กองบรรณาธิการ": Thai's news team ("ทีมข่าว", then its beat, set
    # tight as Thai writes words) and its editorial desk, no person
    r"|(?:ทีมข่าว|กองบรรณาธิการ)[\u0e01-\u0e4e]{0,24}"
    # "ಪ್ರಜಾವಾಣಿ ವಾರ್ತೆ": a Kannada paper's name, then "news", its own report
    r"|[\u0c80-\u0cff\u200c\u200d]{2,24}\s?ವಾರ್ತೆ",
    re.IGNORECASE,
)
# "Le Quotidien du Sud avec AFP", "Jane Doe with AP", "Redaktion mit dpa": a newsroom or a writer with the
# agency whose copy the story uses.
_WITH_AGENCY = re.compile(
    rf"(?P<head>[^\r\n]{{2,80}}?)\s+(?:with|WITH|avec|AVEC|mit|MIT|con|CON|com|COM|met|MET)\s+"
    rf"(?P<agency>{AGENCY.pattern})"
    # "Jane Doe with dpa, AFP": material from several agencies; none of them is her employer
    rf"(?P<more>(?:\s*(?:,|&|\band\b|\bund\b|\bet\b)\s*(?:{AGENCY.pattern}))*)"
)
_WITH_WORD = re.compile(
    r"\s(?:with|avec|mit|con|com|met)\s", re.IGNORECASE
)  # a cheap test before _WITH_AGENCY's search
_ARTICLE = re.compile(r"(?:The|Le|La|Les|L['’]|El|Los|Las|Der|Die|Das|Il|Lo|Gli|De|Het|O|A)\b")


@dataclass(frozen=True)
class Byline:
    text: Text
    authors: tuple[Person, ...]
    note: str | None = None  # how the authors were told from their affiliation, when a shape decided it


# Remembered per span: the byline block reader asks again of a line the wire-style reader has just read
# (a fifth of the calls); a Byline is frozen, so one answer serves both. Bounded: each entry holds its text.
@lru_cache(maxsize=64)
def find_byline(text: str, start: int, end: int) -> Byline | None:
    """Read ``text[start:end]`` (one line or segment) as a byline, or return None."""
    if end - start > _MAX_BYLINE:
        return None
    if _STAFF.fullmatch(text, start, end):
        return Byline(Text(text[start:end], Span(start, end)), ())
    by = _BY.match(text, start, end)
    if by is not None and _STAFF.fullmatch(text, by.end(), end):
        return Byline(Text(text[start:end], Span(start, end)), ())  # "Par la rédaction": the newsroom
    if by is not None:
        handle = _HANDLE.search(text, by.end(), end) if "@" in text[by.end() : end] else None
        names_end = handle.start() if handle else end
        authors = _authors(text, by.end(), names_end, agency_only_ok=True)
        if authors is None:
            return _with_agency_byline(text, start, end, by.end())  # "Par Le Figaro avec AFP"
        return Byline(
            Text(text[start:end], Span(start, end)), authors, _affiliation_note(text, by.end(), names_end)
        )
    with_agency = _with_agency_byline(text, start, end, start)
    if with_agency is not None:
        return with_agency
    agency_first = _AGENCY_ROLE_NAME.fullmatch(text, start, end)
    if agency_first is not None:
        affiliation = agency_first.group("agency")
        people = _people(text, *agency_first.span("names"), affiliation)
        if people:
            return Byline(Text(text[start:end], Span(start, end)), people)
        return None
    # "Jane Doe, Reuters": a bare name line is a byline only with an agency or a reporter's role.
    comma = text.rfind(",", start, end)
    if comma > start:
        tail = text[comma + 1 : end].strip()
        if (
            is_agency(tail)
            or (tail[-1:] in _ROLE_LAST and _ROLE_SUFFIX.search(tail))
            or _ROLE_ONLY.fullmatch(tail)
        ):
            authors = _authors(text, start, end, agency_only_ok=False)
            if authors:
                return Byline(Text(text[start:end], Span(start, end)), authors)
    return None


def _with_agency_byline(text: str, start: int, end: int, head_from: int) -> Byline | None:
    """``text[head_from:end]`` read as a name or publication with an agency (``Jane Doe with AFP``, ``Le
    Quotidien du Sud avec AFP``, also after a byline's word: ``Par Le Figaro avec AFP``): the byline of
    ``text[start:end]``, or None."""
    if not _WITH_WORD.search(text, head_from, end):
        return None
    with_agency = _WITH_AGENCY.fullmatch(text, head_from, end)
    if with_agency is None:
        return None
    head_start, head_end = with_agency.span("head")
    agency = with_agency.group("agency") if not with_agency.group("more") else None
    # "Le Quotidien du Sud avec AFP", "DAILY SABAH WITH AA": a publication with the agency names no one.
    paper = _ARTICLE.match(text, head_start) is not None or publisher_named(text[head_start:head_end])
    people = () if paper else _people(text, head_start, head_end, agency)
    # ("Par la rédaction avec AFP": the by-word and the newsroom with its article, read whole)
    if (
        people
        or paper
        or _STAFF.fullmatch(text, head_start, head_end)
        or _STAFF.fullmatch(text, start, head_end)
    ):
        return Byline(Text(text[start:end], Span(start, end)), people)
    return None


def byline_note(line: str) -> str | None:
    """What shape a byline line read by ``find_byline`` had, when it is one of those naming no one or one
    with a desk before the names (for the record's evidence)."""
    line = line.strip()
    if _STAFF.fullmatch(line):
        return "a newsroom or staff, no person"
    if _WITH_WORD.search(line) and _WITH_AGENCY.fullmatch(line):
        return "a writer or publication with the agency"
    by = _BY.match(line)
    if by is not None and _ROLE_PREFIX.match(line, by.end()):
        return "the desk in lower case before the names"
    return None


def _authors(text: str, start: int, end: int, *, agency_only_ok: bool) -> tuple[Person, ...] | None:
    """The people named in ``text[start:end]``; () when it names only an agency; None if not a byline."""
    pieces = _split(text, start, end)
    if not pieces:
        return None
    affiliation: str | None = None
    role_only = False
    name_pieces: list[tuple[int, int]] = []
    pieces, run_on_agency = _run_on_agency(text, pieces)
    if run_on_agency is not None:
        affiliation = run_on_agency
    pair_then_comma = _pair_then_comma(text, pieces)
    # "Jane Doe, The Planet, and John Roe, The Courier": each outlet is the names' since the previous one.
    own_outlet: dict[int, str] = {}
    for at, (piece_start, piece_end) in enumerate(pieces):
        if (piece_start, piece_end) == pieces[-1] and (
            outlet := _FOR_OUTLET.search(text, piece_start, piece_end)
        ):
            affiliation = affiliation or outlet.group("outlet")
            piece_end = outlet.start()
            if piece_end <= piece_start:
                continue
        desk = _ROLE_PREFIX.match(text, piece_start, piece_end)
        if desk is not None:  # "state political reporter Imogen Farrell": the desk before the name
            piece_start = desk.end()
        piece = text[piece_start:piece_end]
        stripped_role = _ROLE_SUFFIX.sub("", piece).strip().rstrip(" -–—|")  # "Jane Doe – Reporter"
        special_to = bool(name_pieces) and _SPECIAL_TO.fullmatch(piece) is not None
        if not name_pieces and (named := _name_then_outlet_staff(text, piece_start, piece_end)) is not None:
            name_pieces.append((piece_start, named.end("name")))
            affiliation = affiliation or named.group("outlet")
            continue
        if _ROLE_ONLY.fullmatch(piece) or _DESK.fullmatch(piece) or special_to:
            role_only = True  # "special to The Courier": a contributor's note, not a name
            continue
        if name_pieces and is_publication(piece):
            affiliation = (
                affiliation or piece.strip()
            )  # "By Jane Doe, Example.com", "by Jane Doe , The Planet"
            for index in range(len(name_pieces)):
                own_outlet.setdefault(index, piece.strip())
            continue
        # (a newsroom's role word after it, "Scotland correspondent", makes the word the desk's beat)
        outlet_title = _OUTLET_THEN_TITLE.fullmatch(piece) if name_pieces and stripped_role == piece else None
        if outlet_title is not None and not _DESK_MODIFIER.fullmatch(outlet_title.group("outlet")):
            # "Jane Doe, StormTrack senior meteorologist": the outlet's name before her job in lower case
            affiliation = affiliation or outlet_title.group("outlet")
            continue
        after_comma = bool(name_pieces) and "," in text[name_pieces[-1][1] : piece_start]
        if after_comma and stripped_role != piece and not is_agency(stripped_role):
            # "Jane Doe, Local Journalism Initiative Reporter": after a name and a comma, a piece ending with
            # a role noun is her title, whatever its words (an outlet's name in it is her employer); after
            # "and" it is the next name with the pair's title ("A and B Staff Writers")
            if _publication_name(stripped_role):
                affiliation = affiliation or stripped_role
            continue
        if is_agency(piece) or (
            stripped_role != piece
            and (
                is_agency(stripped_role) or not _looks_like_name(stripped_role) or _desk_words(stripped_role)
            )
        ):
            # "Reuters correspondent" names the employer; "Education Correspondent" only the desk.
            if is_agency(piece) or is_agency(stripped_role) or _publication_name(stripped_role):
                affiliation = affiliation or (stripped_role or None)
            # "HT Correspondent": the paper's initials and a reporter's role, a desk naming no one
            role_only = role_only or (
                stripped_role != piece and _INITIALS.fullmatch(stripped_role) is not None
            )
            continue
        if (
            role_only
            and not name_pieces
            and (piece_start, piece_end) == pieces[-1]
            and _ONE_PLACE.fullmatch(piece)
        ):
            continue  # "By HT Correspondent, Gurugram": where the desk's reporter wrote from
        if is_agency(stripped_role):
            affiliation = affiliation or stripped_role
            continue
        if after_comma and (piece_start, piece_end) == pieces[-1] and organisation_unit(piece):
            affiliation = affiliation or piece.strip()  # "By Jane Doe, 5th Wing Public Affairs": her unit
            continue
        if pair_then_comma and (piece_start, piece_end) == pieces[-1]:
            affiliation = affiliation or piece.strip()  # "By Jane Doe and John Roe, Ohio River Report"
            continue
        if after_comma and (piece_start, piece_end) == pieces[-1] and _ONE_PLACE.fullmatch(piece):
            if _DATE_LABEL.fullmatch(piece):
                return None  # "By Jane Doe,Updated …": a date line's label runs on, no place she wrote from
            continue  # "By Jane Doe, Lucknow": one capitalised word after her name is where she wrote from
        if (
            name_pieces
            and _outlet(piece)
            and (
                (piece_start, piece_end) == pieces[-1]
                or (
                    after_comma
                    and len(pieces) == at + 2
                    and "," not in text[piece_end : pieces[-1][0]]
                    and _outlets(text, pieces[at + 1 :])
                )
            )
        ):
            # "Por Ana Souza, g1 Rio": the outlet she writes for; "Por A e B, g1 RS e RBS TV": after the
            # names' comma, two outlets joined by "and" (no comma: "By Jane Doe, May 2, 2024" is a date)
            affiliation = affiliation or piece.strip()
            continue
        name_pieces.append((piece_start, piece_start + len(stripped_role)))
    if not name_pieces:  # "By Reuters", "By Staff Reporter": a byline that names no one
        return () if agency_only_ok and (affiliation or role_only) else None
    people: list[Person] = []
    for index, (piece_start, piece_end) in enumerate(name_pieces):
        place = _IN_PLACE.search(text, piece_start, piece_end)
        if place is not None:
            piece_end = place.start()
        piece_start = _after_rank(text, piece_start, piece_end)
        name = text[piece_start:piece_end]
        if not _looks_like_name(name):
            return None
        people.append(
            Person(display_name(name), Span(piece_start, piece_end), own_outlet.get(index, affiliation))
        )
    return tuple(people)


# A rank or title before the name ("Staff Sgt. Jane Doe", "Senior Airman John Roe", "Dr. Jane Doe"): the
# person's name is given without it, as a quotation's speaker is.
_RANK_WORDS = frozenset(word for word in TITLES if word.endswith(".")) | words(
    "staff master tech. technical senior first petty warrant command private airman specialist corporal "
    "sergeant lieutenant colonel major captain general admiral class 1st 2nd 3rd sgt lt. col. maj. gen. "
    "capt. adm. cmdr. brig. pfc. spc. cpl. prof. rev. dr."
)
_WORD = re.compile(r"\S+")


def _after_rank(text: str, start: int, end: int) -> int:
    """Where the name starts after the ranks and titles opening ``text[start:end]`` (two words at least
    are left to the name)."""
    tokens = list(_WORD.finditer(text, start, end))
    taken = 0
    while len(tokens) - taken > 2 and tokens[taken].group(0).casefold() in _RANK_WORDS:
        taken += 1
    return tokens[taken].start() if taken else start


_RUN_ON_AGENCY = re.compile(rf"\s+(?P<agency>{AGENCY.pattern})\s*$")


def _affiliation_note(text: str, start: int, end: int) -> str | None:
    pieces = _split(text, start, end)
    if _run_on_agency(text, pieces)[1] is not None:
        return "a wire agency run onto the last name is the authors' affiliation"
    if _pair_then_comma(text, pieces):
        return "after a pair of names joined by 'and', the piece after the comma is their affiliation"
    return None


def _run_on_agency(text: str, pieces: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], str | None]:
    """``By JANE DOE and JOHN ROE Associated Press``: a wire agency run onto the last name with no comma is
    every author's affiliation, not part of the name (the pieces given back end before it)."""
    if len(pieces) < 2:
        return pieces, None
    last_start, last_end = pieces[-1]
    found = _RUN_ON_AGENCY.search(text, last_start, last_end)
    if found is None or not _looks_like_name(text[last_start : found.start()]):
        return pieces, None
    return [*pieces[:-1], (last_start, found.start())], found.group("agency")


_AND = re.compile(r"\b(?:and|AND)\b|&")


def _pair_then_comma(text: str, pieces: list[tuple[int, int]]) -> bool:
    """``A and B, C``: names are listed ``A, B and C``, so a piece after a comma that follows a pair joined
    by ``and`` is no third author but who the pair write for."""
    if len(pieces) < 3:
        return False
    before_last = text[pieces[-2][1] : pieces[-1][0]].strip()
    before_pair = text[pieces[-3][1] : pieces[-2][0]]
    return before_last == "," and _AND.search(before_pair) is not None


_DATE_LABEL = re.compile(
    rf"(?:{label_alternation('published', capitalised=True)}"
    rf"|{label_alternation('updated', capitalised=True)})"
)
# "Dana Whitlock Ledger Staff": a name, then the paper's short name and its staff word, no comma between.
_NAME_THEN_OUTLET_STAFF = re.compile(
    r"(?P<name>[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:\s+[A-ZÀ-Þ][a-zà-ÿ'’-]+){1,2})\s+(?P<outlet>[A-Z][a-z]+)\s+Staff"
)


def _name_then_outlet_staff(text: str, start: int, end: int) -> re.Match[str] | None:
    """``Dana Whitlock Ledger Staff``: a person's name run on to her paper's short name (a masthead's noun,
    ``Ledger``, ``Herald``) and ``Staff``, the page naming the paper elsewhere after another word than the
    name's last (``The Milwaukee Ledger``, ``Photo by …/Ledger Staff``). ``Harbour Times Staff`` (one word
    before the noun) and ``New York Times Staff`` on a page printing ``The New York Times`` stay a desk."""
    if not text.endswith("Staff", start, end):
        return None
    found = _NAME_THEN_OUTLET_STAFF.fullmatch(text, start, end)
    if found is None or found.group("outlet") not in PUBLISHER_WORDS:
        return None
    name_words = found.group("name").split()
    if any(w in PUBLISHER_WORDS or w.casefold() in STOPWORDS or w.casefold() in TITLES for w in name_words):
        return None
    outlet = found.group("outlet")
    elsewhere = [m.start() for m in re.finditer(rf"\b{outlet}\b", text) if not start <= m.start() < end]
    if not elsewhere:
        return None  # the paper's noun nowhere else: no evidence that the words before it are a name
    last = name_words[-1]
    if any(text[:at].rstrip().endswith(last) for at in elsewhere):
        return None  # "The New York Times" printed too: "New York Times Staff" is the paper's desk
    return found


def _publication_name(piece: str) -> bool:
    """A publication named in full (``Harbour Times``), not a desk word that ends like one (``News``)."""
    return is_publication(piece) and (len(piece.split()) >= 2 or is_agency(piece) or "." in piece)


def _outlets(text: str, pieces: list[tuple[int, int]]) -> bool:
    """Every piece an outlet's or publication's name (``RBS TV``, ``CNN``, ``g1 SP``)."""
    return all(_outlet(text[a:b]) or is_publication(text[a:b]) for a, b in pieces)


def _outlet(piece: str) -> bool:
    """The last piece of a byline that is no name but a short outlet or desk name (``g1 Rio``, ``CNN
    Business``): a few words, with a digit or one word in capitals among others that are not."""
    words = piece.split()
    if not 1 <= len(words) <= 3:
        return False
    return (
        any(map(str.isdigit, piece))
        # ("Marcus T. Boyd": a middle initial with its stop is a name's, no word in capitals)
        or (
            not piece.isupper()
            and any(len(word) > 1 and word.isupper() and not _INITIAL.fullmatch(word) for word in words)
        )
        or any(_BRAND_WORD.match(word) for word in words)
    )


_INITIAL = re.compile(r"(?:[A-ZÀ-Þ]\.-?)+")


# "InfoRegião", "GloboNews": a word whose capital inside follows a syllable of three small letters or more,
# as brands join two words; a name's inside capital follows a short prefix ("McDonald", "MacArthur",
# "DeShawn", "LaToya", "DiCaprio").
_BRAND_WORD = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]{3,}[A-ZÀ-Þ][a-zà-ÿ]")


def _people(text: str, start: int, end: int, affiliation: str | None) -> tuple[Person, ...]:
    people: list[Person] = []
    for piece_start, piece_end in _split(text, start, end):
        name = text[piece_start:piece_end]
        if not _looks_like_name(name):
            return ()
        people.append(Person(display_name(name), Span(piece_start, piece_end), affiliation))
    return tuple(people)


def _split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    position = start
    for separator in _SEPARATORS.finditer(text, start, end):
        if separator.start() > position:
            pieces.append((position, separator.start()))
        position = separator.end()
    if position < end:
        pieces.append((position, end))
    return [_trim(text, a, b) for a, b in pieces if text[a:b].strip()]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t|·•-–—(":
        start += 1
    while end > start and text[end - 1] in " \t|·•-–—.)*":  # "Larissa Moura*": a footnote's mark
        end -= 1
    return start, end


def _desk_words(candidate: str) -> bool:
    """``Social Affairs`` (before ``Editor``), ``Middle East``: the field a desk covers, holding a word no
    personal name holds."""
    return any(word.casefold() in STOPWORDS or word.casefold() in TITLES for word in candidate.split())


def _looks_like_name(candidate: str) -> bool:
    words = candidate.split()
    if not 1 <= len(words) <= 5 or not _NAME.fullmatch(candidate):
        return False
    return len(words) >= 2


def affiliation_line(text: str, start: int, end: int) -> str | None:
    """The agency a line under a byline names (``Associated Press Writer`` → ``Associated Press``)."""
    line = text[start:end].strip()
    if len(line) > 60:
        return None
    stripped = _ROLE_SUFFIX.sub("", line).strip()
    return stripped if is_agency(stripped) else None


def with_affiliation(text: str, byline: Byline, end: int, affiliation: str) -> Byline:
    """``byline`` extended to ``end`` (its affiliation line), its authors given ``affiliation``."""
    start = byline.text.span.start
    authors = tuple(Person(p.name, p.span, p.affiliation or affiliation) for p in byline.authors)
    return Byline(Text(text[start:end], Span(start, end)), authors)


# "HT", "TOI", "ET": a paper's initials before a reporter's role ("HT Correspondent").
_INITIALS = re.compile(r"[A-Z]{2,5}")
# (read by ``archivist.parse.bylineblock`` too: "Jane Doe Environment correspondent" on one line)
ROLE_ONLY = _ROLE_ONLY
DESK_MODIFIER = _DESK_MODIFIER
