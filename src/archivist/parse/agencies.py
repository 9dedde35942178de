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
    "AA",
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
    # Romania's national wire, which tags its datelines and sign-offs with its name between slashes
    "Agerpres",
    # Latin America's wires, which close a dateline with their bracket and no dash
    "Prensa Latina",
    "Notimex",
    "Télam",
    "Andina",
    "Agência Brasil",
    # national wires that sign their copy under the story or run their name into the dateline: Ghana's
    # ("Ho, July 22, GNA -"), Nigeria's ("NAN"), India's second wire ("— ANI"), PTI's Hindi service
    # ("नयी दिल्ली, 14 जुलाई (भाषा)"), Taiwan's and China's wires as their Chinese copy names them
    # ("（中央社記者…台北24日電）", "新华社北京3月4日电")
    "GNA",
    "Ghana News Agency",
    "NAN",
    "ANI",
    "भाषा",
    "中央社",
    "新華社",
    "新华社",
    "中新社",
    # Iran's wires as their Persian copy names them ("اصفهان- ایرنا- …": IRNA, ISNA, ILNA, IQNA) and the
    # world's as Arabic pages do (Reuters, AFP, KUNA); none of them a common word of either language
    "ایرنا",
    "ایسنا",
    "ایلنا",
    "ایکنا",
    "رويترز",
    "أ ف ب",
    "كونا",
    "VOA",
    # India's first wire under its full name, over a page of its syndicated copy ("Press Trust of India |
    # Updated: …") and in its Hindi service's byline ("By पीटीआई-भाषा"); Croatia's wire, which its papers
    # write in mixed case ("Autor: Hina", "SPLIT, 3. travnja (Hina) -")
    "Press Trust of India",
    "पीटीआई-भाषा",
    "पीटीआई",
    "Hina",
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
    "Bulletin Register Insider Report Monitor Review Weekly Ledger Beacon Independent"
    # mastheads' nouns that name no person either ("Business Standard", "Morning Express")
    " Standard Express Mirror Globe Argus"
)
_PUBLISHER_FOLDED = frozenset(word.casefold() for word in PUBLISHER_WORDS)  # "THE HARBOUR TIMES"
# Masthead words that are also surnames or common nouns ("Emily Post"): a paper's name only after "The".
_MASTHEAD_AFTER_THE = words("Star Post Mail Sun Echo Record Leader")
_INITIALS = re.compile(r"[A-Z]{2,4}")
_AGENCY_FIRST_WORDS = frozenset(["agency", "agência", "agencia", "agence", "agenzia", "agentur", "agencja"])
# "Diário do Vale", "Corriere della Sera", "Gazeta do Povo": the noun a paper's name opens with in the
# languages that put it first (English ones close the name: PUBLISHER_WORDS), a particle joining the rest.
_PUBLICATION_FIRST_WORDS = words(
    "diário diario jornal gazeta gazzetta correio corriere folha giornale periódico"
)
_NAME_PARTICLES = words("de do da dos das del della dello di du des")
_DOMAIN = re.compile(r"(?:[\w-]+\.)+(?:com|org|net|gov|edu|io|co|news|[a-z]{2})", re.IGNORECASE)


# The nouns that open a masthead in the Romance languages, its place or its kind after them ("Diário do Vale
# Paulista", "Gazeta do Povo", "Corriere della Sera", "Diario de Sevilla"): no person's name opens so.
_MASTHEAD_FIRST_WORDS = words(
    "diário diario jornal gazeta folha correio giornale gazzetta corriere periódico periodico notícias"
    " noticias tribuna heraldo"
)
_MASTHEAD_PARTICLES = words("de do da dos das del della di du des la le el of")


def _masthead_noun_first(words_of_name: list[str]) -> bool:
    """``Diário do Vale Paulista``: a masthead's noun, then capitalised words and their particles."""
    return (
        2 <= len(words_of_name) <= 6
        and words_of_name[0].casefold() in _MASTHEAD_FIRST_WORDS
        and words_of_name[-1][:1].isupper()
        and all(word[:1].isupper() or word in _MASTHEAD_PARTICLES for word in words_of_name)
    )


def is_publication(text: str) -> bool:
    """Whether ``text`` names a publication or an agency: ``Example.com``, ``The Harbour Times``, ``AP``."""
    name = text.strip()
    # (a domain holds a stop, looked for first: most names tried hold none, and _DOMAIN's words would be
    # given back letter by letter before it fails)
    if is_agency(name) or ("." in name and _DOMAIN.fullmatch(name)):
        return True
    words = name.split()
    if _masthead_noun_first(words):
        return True
    return (
        1 <= len(words) <= 5
        and not any(word.endswith(":") for word in words)  # "SECTION: News" is a label and its value
        and (
            words[-1] in PUBLISHER_WORDS
            # "ABC Far North", "BBC Scotland": a broadcaster's initials before its region (a person's name
            # is no acronym followed by words in mixed case)
            # "Agência Brasil", "Agence Ecofin": an agency's word opening its name
            or (len(words) >= 2 and words[0].casefold() in _AGENCY_FIRST_WORDS)
            or (len(words) >= 2 and words[0].casefold() in _PUBLICATION_FIRST_WORDS)
            or (
                len(words) >= 2
                and _INITIALS.fullmatch(words[0]) is not None
                and not any(word.isupper() or "," in word for word in words[1:])
            )
            or (name.isupper() and words[-1].casefold() in _PUBLISHER_FOLDED)
            or (len(words) >= 2 and words[0] == "The" and words[-1] in _MASTHEAD_AFTER_THE)
        )
        and all(
            word[:1].isupper()
            or word in ("of", "the", "&")
            or (word in _NAME_PARTICLES and words[0].casefold() in _PUBLICATION_FIRST_WORDS)
            for word in words
        )
    )


def publisher_named(name: str) -> bool:
    """Whether ``name`` opens or ends with a publication's word (``Daily Sabah``, ``DAILY SABAH``, ``Harbour
    Times``): a paper's name, not a person's."""
    words = name.split()
    return (
        bool(words)
        and (words[0].casefold() in _PUBLISHER_FOLDED or words[-1].casefold() in _PUBLISHER_FOLDED)
        and all(word[:1].isupper() for word in words)
    )


def agency_with_publication(line: str) -> bool:
    """``AFP/The Local``, ``Reuters/AP``, ``example.eu, PAP``: an agency and the publication running its copy,
    joined by a slash or a comma, as a byline naming no one (a credit ``AFP/Jane Doe`` names a person: no part
    here may be a bare name)."""
    parts = [part.strip() for part in re.split(r"[/,]", line)]
    if len(parts) < 2 or not any(is_agency(part) for part in parts):
        return False
    return all(
        is_agency(part)
        or is_publication(part)
        or (
            part.split()[:1] == ["The"]
            and 2 <= len(part.split()) <= 4
            and all(w[:1].isupper() for w in part.split())
        )
        for part in parts
        if part
    )
