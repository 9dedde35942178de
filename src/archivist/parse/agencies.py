"""News agencies and other organisations that appear in datelines, bylines and credits: never people."""

from __future__ import annotations

import re

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
