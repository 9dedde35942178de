"""Author names as pages give them, made into people: ``Jane Doe and John Roe, Financial Times`` is two
people with an affiliation; ``Jane Doe | The Jersey Journal`` is one; credentials (``MS, RDN``, ``Ph.D.``)
and roles (``Senior Writer``) are dropped; staff and desk credits (``TMZ Staff``, ``From staff reports``)
and organisations are not people; news agencies are kept apart (``archivist.parse.agencies``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from archivist.parse.agencies import is_agency

_SEPARATOR = re.compile(r"\s+[|/•·]\s+|\s+[-–—]\s+")
_LIST = re.compile(r"\s*,\s*|\s+and\s+|\s*&\s*", re.IGNORECASE)
_AND = re.compile(r"\s+and\s+|\s*&\s*", re.IGNORECASE)
_BY = re.compile(r"^\s*(?:written\s+|words\s+|reporting\s+)?by:?\s+", re.IGNORECASE)
# "Jane Doe as told to John Roe": Jane is the subject of a first-person piece, John wrote it.
_AS_TOLD_TO = re.compile(r"^.*?\bas\s+told\s+to\s+", re.IGNORECASE)
# Generational suffixes belong to the name ("John Garcia Jr."), unlike credentials after it.
_SUFFIX = re.compile(r"^(?:Jr\.?|Sr\.?|II|III|IV)$")
_CREDENTIAL = re.compile(
    r"^(?:[A-Z]{2,5}|Ph\.?\s?D\.?|M\.?D\.?|Jr\.?|Sr\.?|[A-Z]\.[A-Z]\.(?:[A-Z]\.)?|RD|RDN|CPT)$"
)
_NOT_PERSON = re.compile(
    r"\b(?:staff|staffers|editors?|editorial|team|desk|reports?|newsroom|contributors?|correspondents?|"
    r"writers?|reporters?|officer|head|director|president|chief|manager|founder|news|media|press|"
    r"company|inc|ltd|llc|group|network|magazine|times|journal|post|daily|tribune|gazette|herald|"
    r"observer|today|channel|radio|tv|online|redazione|redaktion|rédaction|redacción|redação|\.com|\.in)\b|"
    r"^the\s|[():@]",
    re.IGNORECASE,
)
_ROLE_WORDS = frozenset(
    {
        "senior",
        "writer",
        "editor",
        "reporter",
        "contributing",
        "associate",
        "executive",
        "managing",
        "chief",
        "correspondent",
        "columnist",
        "digital",
        "news",
        "sports",
        "political",
        "deputy",
        "assistant",
        "features",
        "showbiz",
        "tv",
        "&",
        "and",
        "content",
        "opinion",
        "contributor",
        "producer",
        "analyst",
        "national",
        "freelance",
        "journalist",
    }
)
_PARTICLES = frozenset(
    {
        "de",
        "da",
        "del",
        "der",
        "di",
        "du",
        "la",
        "le",
        "van",
        "von",
        "bin",
        "bint",
        "al",
        "el",
        "ibn",
        "dos",
        "das",
        "y",
        "ter",
        "ten",
        "st.",
    }
)


@dataclass(frozen=True)
class NamedPerson:
    name: str
    affiliation: str | None


def people_in(raw: str, *, single_names: bool = True) -> tuple[list[NamedPerson], list[str]]:
    """The people a name string names, and the agencies it names. ``single_names=False`` for running
    text (a byline element), where one capitalised word is more often a stray word than a name."""
    text = _BY.sub("", _AS_TOLD_TO.sub("", " ".join(raw.split())))
    if not text:
        return [], []
    head, *rest = _SEPARATOR.split(text, maxsplit=1)
    affiliation = rest[0].strip() if rest and rest[0].strip() else None
    if _handle_and_name(head, affiliation):
        # "Marino - Brad Lynch": a handle and the person's name, one person as the page names them
        return [NamedPerson(text, None)], []
    if affiliation is None:
        head, affiliation = _after_last_item(head)
    if head.lstrip().startswith(","):  # "<empty name>, The Daily Journal": the name field was left blank
        return [], []
    people: list[NamedPerson] = []
    agencies: list[str] = []
    for start, piece in _pieces(head):
        part = _trim(piece)
        if not part or _CREDENTIAL.match(part):
            continue
        name = _before_role(part) or (part if is_person_name(part) else None)
        if is_agency(part):
            agencies.append(part)
        elif name and (single_names or " " in name):
            people.append(NamedPerson(name, None))
        elif people and affiliation is None:
            # "Jane Doe, Financial Times"; the rest is the affiliation too ("…, Institute of Allergy and …")
            affiliation = _trim(head[start:])
            break
    if affiliation and is_agency(affiliation):
        agencies.append(affiliation)
    if affiliation is None and people and agencies:  # "By Jane Doe, Associated Press": Jane of the AP
        affiliation = agencies[-1]
    if affiliation and _looks_like_role(affiliation):
        affiliation = None
    return [NamedPerson(p.name, affiliation) for p in people], agencies


def _handle_and_name(head: str, rest: str | None) -> bool:
    """``Marino - Brad Lynch``: one word that could be a name, then a full name (never an affiliation)."""
    head = head.strip()
    if not rest or " " in head or " " not in rest or is_agency(head) or is_agency(rest):
        return False
    return is_person_name(head) and is_person_name(rest)


def _pieces(text: str) -> list[tuple[int, str]]:
    """The items of a name list with where each starts (``_LIST`` separators between them)."""
    pieces, start = [], 0
    for separator in _LIST.finditer(text):
        pieces.append((start, text[start : separator.start()]))
        start = separator.end()
    pieces.append((start, text[start:]))
    return pieces


def _after_last_item(text: str) -> tuple[str, str | None]:
    """``Jane Doe and John Roe, Quay Courier`` -> the list, and what follows its last item (the name
    after "and") past a comma: an affiliation, not a third person."""
    ands = list(_AND.finditer(text))
    comma = text.find(",", ands[-1].end()) if ands else -1
    if comma < 0:
        return text, None
    after = _trim(text[comma + 1 :])
    if not after or _CREDENTIAL.match(after):
        return text, None
    return text[:comma], after


def is_person_name(text: str) -> bool:
    """A short run of capitalised words (particles allowed), not an organisation or staff credit."""
    words = text.split()
    if not 1 <= len(words) <= 5 or _NOT_PERSON.search(text) or any(ch.isdigit() for ch in text):
        return False
    if all(w.lower() in _ROLE_WORDS for w in words):
        return False  # "Executive Content Editor"
    if len(words) == 1:
        return len(text) > 1 and text[0].isupper() and not text.isupper()
    return all(w[0].isupper() or w.lower() in _PARTICLES or w[0] in "'’(" for w in words)


def _before_role(text: str) -> str | None:
    """``Aleksandar Stevanovic Senior Writer`` -> ``Aleksandar Stevanovic``; ``Lauren Manaker MS`` ->
    ``Lauren Manaker``: a person's name followed only by role words or credentials."""
    words = text.split()
    for cut in range(1, len(words)):
        head, tail = " ".join(words[:cut]), words[cut:]
        if tail and _SUFFIX.match(tail[0]):
            continue  # "John Garcia Jr. Senior Writer" is cut after "Jr.", never before
        if cut == 1:
            continue  # "Politics Reporter", "Senior Editor": a role, not a one-word name and a role
        if all(w.lower() in _ROLE_WORDS or _CREDENTIAL.match(w) for w in tail) and is_person_name(head):
            return head
    return None


def _trim(part: str) -> str:
    part = part.strip(" ,;:")
    last = part.split()[-1] if part.split() else ""
    if part.endswith(".") and len(last) > 3:  # a full stop, not "Jr." or an initial
        part = part[:-1]
    return part


def _looks_like_role(text: str) -> bool:
    return bool(
        re.search(r"\b(?:officer|head|director|editor|writer|reporter|correspondent|chief)\b", text, re.I)
    )
