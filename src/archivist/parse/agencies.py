"""News agencies and other organisations that appear in datelines, bylines and credits: never people."""

from __future__ import annotations

import re

from archivist.parse.words import words

# Names as they are written in datelines, bylines and credit lines. Longer forms first so that
# the alternation prefers them.
AGENCY_NAMES: tuple[str, ...] = (
    "Associated Press",
    "The Associated Press",
    "AP",
    "Reuters",
    "Reuter",
    "Thomson Reuters",
    "Agence France-Presse",
    "Agence France Presse",
    "AFP",
    "RFE/RL",
    "Radio Free Europe/Radio Liberty",
    "Radio Free Europe",
    "RFE",
    "dpa",
    "DPA",
    "Deutsche Presse-Agentur",
    "ANSA",
    "UPI",
    "United Press International",
    "Xinhua",
    "Bloomberg",
    "Bloomberg News",
    "EFE",
    "Kyodo",
    "Kyodo News",
    "TASS",
    "ITAR-TASS",
    "Interfax",
    "RIA Novosti",
    "PA",
    "Press Association",
    "PA Media",
    "CP",
    "Canadian Press",
    "The Canadian Press",
    "AAP",
    "Australian Associated Press",
    "PTI",
    "IANS",
    "Yonhap",
    "Anadolu",
    "Anadolu Agency",
    "APA",
    "KNA",
    "epd",
    "SDA",
    "ATS",
    "Belga",
    "ANP",
    "NTB",
    "TT",
    "Ritzau",
    "Lusa",
    "Europa Press",
    "CTK",
    "PAP",
    "MTI",
    "IRNA",
    "Fars",
    "ISNA",
    "Mehr",
    "WAFA",
    "MENA",
    "KCNA",
    "Jiji",
    "Jiji Press",
    "Bernama",
    "Antara",
    "VOA",
    "Dow Jones",
    "Newswires",
    "AP Photo",
    "Getty Images",
)

AGENCY_ALTERNATION = "|".join(re.escape(name) for name in sorted(AGENCY_NAMES, key=len, reverse=True))
AGENCY = re.compile(rf"(?:{AGENCY_ALTERNATION})(?![\w/-])")
_AGENCY_EXACT = frozenset(name.casefold() for name in AGENCY_NAMES)


def is_agency(text: str) -> bool:
    """Whether ``text`` (stripped) names a news agency."""
    return text.strip().casefold() in _AGENCY_EXACT


# Last words of a publication's name ("The Harbour Times", "Example News", "Valley Gazette"); words that
# are also common surnames (Post, Sun, Star) are left out, so "Li Sun" on a byline's second line is a person.
PUBLISHER_WORDS = words(
    "News Press Times Journal Herald Tribune Media Magazine Daily Network Wire Online Digital Today "
    "Gazette Chronicle Telegraph Observer Guardian Radio TV Courier Examiner Inquirer Dispatch Sentinel "
    "Bulletin Register Insider"
)
_PUBLISHER_FOLDED = frozenset(word.casefold() for word in PUBLISHER_WORDS)  # "THE HARBOUR TIMES"
_DOMAIN = re.compile(r"(?:[\w-]+\.)+(?:com|org|net|gov|edu|io|co|news|[a-z]{2})", re.IGNORECASE)


def is_publication(text: str) -> bool:
    """Whether ``text`` names a publication or an agency: ``Example.com``, ``The Harbour Times``, ``AP``."""
    name = text.strip()
    if is_agency(name) or _DOMAIN.fullmatch(name):
        return True
    words = name.split()
    return (
        1 <= len(words) <= 5
        and (words[-1] in PUBLISHER_WORDS or (name.isupper() and words[-1].casefold() in _PUBLISHER_FOLDED))
        and all(word[:1].isupper() or word in ("of", "the", "&") for word in words)
    )
