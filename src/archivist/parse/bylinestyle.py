"""How a byline's names are dressed, beyond the name itself: a Westminster style and post-nominal letters
(``The Hon. Jane Doe MP``), a paper's name before ``Given SURNAME.``, a government office as a title
(``Minister for Water``) among a reporter's titles (``Senior Correspondent``), a site's one-word name
(``detikNews``), and ``Outlet, Place`` under a name. Read for ``archivist.parse.bylineblock``."""

from __future__ import annotations

import re

from archivist.parse.agencies import is_publication
from archivist.parse.labelwords import ROLE_FIRST, spoken_byline_alternation, table_words

# "Rio de Janeiro", "Stratford upon Avon": a place's capitalised words, a particle between two of them
PLACE_WORDS = re.compile(
    r"[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:(?:de|del|da|do|dos|das|di|la|le|el|upon|on|sur)\s+)?[A-ZÀ-Þ][\w'’.-]*){0,2}"
)
# "detikNews", "iNews": a site's name written as one word, opening in lower case with a capital inside
BRAND = re.compile(r"[a-z]{1,12}[A-Z][A-Za-z]{1,12}")
# "Minister for Water", "Parliamentary Secretary for Health", "Member for Newcastle": a government office
OFFICE = re.compile(
    r"(?:(?:Assistant|Deputy|Shadow|Acting|Parliamentary)\s+)?(?:Minister|Secretary|Member|Treasurer)"
    r"\s+(?:for|of)\s+(?:the\s+)?[A-ZÀ-Þ][\w'’-]*(?:,?\s+(?:(?:and|of|the|&)\s+)?[A-ZÀ-Þ][\w'’-]*){0,5}"
)
# "The Hon.", "Hon", "The Honourable" before a name; "MP", "MLA", "KC", "OAM" after it (Westminster styles).
_STYLE = re.compile(r"(?:The\s+)?(?:Hon\.?|Honourable|Honorable|Rt\.?\s+Hon\.?)\s+")
_POST_NOMINALS = re.compile(
    r"(?:\s+(?:MP|MLA|MLC|MHA|MPP|MSP|MS|TD|QC|KC|SC|OAM|AM|AO|AC|OBE|MBE|CBE|KBE|DBE))+$"
)
_OUTLET_BEFORE_NAME = re.compile(
    r"(?P<outlet>[A-ZÀ-Þ][\w'’-]*[a-zà-ÿ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,2})\s+"
    r"(?P<name>[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?\s+[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’-]+)?)\."
)


def without_style(text: str, start: int, end: int) -> tuple[int, int]:
    """``The Hon. Jane Doe MP``: the span of the name without the style before it and, once a style is
    there, the post-nominal letters after it."""
    style = _STYLE.match(text, start, end)
    if style is None:
        return start, end
    letters = _POST_NOMINALS.search(text, style.end(), end)
    return style.end(), letters.start() if letters is not None else end


def outlet_before_name(text: str, start: int, end: int) -> tuple[str, tuple[int, int]] | None:
    """``Ouest-France Jeanne DUPONT.``: the paper's name (of two words or joined by a hyphen, no given name),
    then hers with the surname in capitals, closed by a stop; the paper and the name's span, or None."""
    found = _OUTLET_BEFORE_NAME.fullmatch(text, start, end)
    if found is None or (" " not in found.group("outlet") and "-" not in found.group("outlet")):
        return None
    return found.group("outlet"), found.span("name")


def outlet_with_place(line: str) -> str | None:
    """``BBC News, Norfolk`` under a name: the outlet she writes for, then where she is based (its name is
    given back)."""
    outlet, comma, place = line.strip().rpartition(", ")
    if not comma or not PLACE_WORDS.fullmatch(place) or place.isupper() or not is_publication(outlet):
        return None
    return outlet


_TITLE_WORDS = re.compile(
    r"(?:(?:senior|chief|staff|contributing|deputy|associate|managing|executive|national|foreign|political|"
    r"business|money|science|health|sports?|culture|arts|tech(?:nology)?|economics|education|investigative|"
    r"special|digital|news|weekend|features?|opinion|travel|food|music|film|tv|royal|crime|legal|"
    r"white house|washington|europe|africa|asia|middle east|editorial)\s+)*"
    r"(?:reporter|correspondent|writer|editor|columnist|contributor|journalist|producer|critic|"
    r"analyst|editorial board|board|staff|desk|team|intern|photographer|redacteur|redactora?|corresponsal|"
    r"giornalista|inviat[oa]|correspondente|redakteur(?:in)?|korrespondent(?:in)?|periodista|"
    r"reporter[oa]|journaliste|correspondante?|jornalista|rep[oó]rter)s?"
    # "Periodista de Medellín", "Correspondent in Nairobi": the role and where it is held
    r"(?:\s+(?:de|del|in|en|à|a|em|da|di|für|at|of)\s+[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,2})?",
    re.IGNORECASE,
)
_ROLE_NOUN = re.compile(
    r"(?:reporter|correspondent|writer|editor|columnist|contributor|journalist|producer|critic|analyst|"
    r"staff|chief|photographer|intern|desk|team)s?",
    re.IGNORECASE,
)


# "Role, BBC News", "Aiki, BBC Hausa, Kano": the screen reader's label of the writer's role (her title, her
# outlet, where she writes from), set under "Author, Jane Doe".
# "PARA LA NACION", "For The Harbour Times", "Special to the Courier", "POUR LE TEMPS": a line of its own
# under a contributor's name saying which paper she writes for (the word for "for", the paper's article
# maybe, then its name in capitals, a word to four): her outlet, no person's name.
_CONTRIBUTOR = re.compile(
    r"(?i:for|para|pour|per|für|voor|special\s+to|exclusive\s+to|especial\s+para)\s+"
    r"(?:(?i:the|la|el|le|les|il|lo|die|der|das|de|het|o|a)\s+)?"
    r"[A-ZÀ-Þ][\w'’&.-]*(?:\s+(?:of\s+|de\s+)?[A-ZÀ-Þ][\w'’&.-]*){0,3}"
)
_CONTRIBUTOR_FIRST = frozenset("FfPpVvSsEe")
_SPOKEN_ROLE = re.compile(rf"(?:{spoken_byline_alternation(1)}),\s+\S")


# "Gohebydd addysg BBC Cymru Fyw", "Correspondante permanente à Bruxelles": a role of its language's table
# (``labelwords.ROLE_FIRST``) opening the title's line, then a few words qualifying it (the desk, the
# outlet, where), no digit, no comma and no sentence's stop.
_ROLE_FIRST = re.compile(rf"(?:{'|'.join(map(re.escape, table_words(ROLE_FIRST)))})(?!\w)")
_MAX_ROLE_FIRST_WORDS = 6


def _role_first(piece: str) -> bool:
    found = _ROLE_FIRST.match(piece)
    return (
        found is not None
        and len(piece.split()) <= _MAX_ROLE_FIRST_WORDS
        and piece[-1:] not in ".!?:;"
        # ("Reporter, THE HARBOUR": a comma sets what follows apart, read by the title-and-place rule)
        and "," not in piece
        and not any(char.isdigit() for char in piece)
    )


# "Kairīpoata | Reporter", "Transport Reporter·The Herald": a title's parts, by a spaced bar or slash or a dot
_TITLE_PARTS = re.compile(r"\s+[|/]\s+|\s*[·•]\s*")


def is_title(piece: str) -> bool:
    """A reporter's title or desk: ``Senior Correspondent``, ``Staff Writer``, ``Bureau Chief``, ``Example
    Staff`` (a publication's name before the role word), or a government office (``Minister for Water``)."""
    piece = piece.strip()
    if _TITLE_WORDS.fullmatch(piece) or OFFICE.fullmatch(piece) or PHOTOGRAPHER_TITLE.fullmatch(piece):
        return True
    if piece[:1] in _CONTRIBUTOR_FIRST and _CONTRIBUTOR.fullmatch(piece):
        return True  # "PARA LA NACION", "Special to The Courier" under the name: a contributor's outlet
    if _SPOKEN_ROLE.match(piece) is not None:
        return True  # "Role, BBC News", "Aiki, BBC Hausa, Kano": whatever follows the label is her role
    if _role_first(piece):
        return True  # "Gohebydd addysg BBC Cymru Fyw": her role in her language, what qualifies it after
    if " | " in piece or " / " in piece or "·" in piece or "•" in piece:
        # "Kairīpoata | Reporter": the title in two languages, one of them a title this reader knows;
        # "Transport Reporter·The Herald·": the title and the outlet, each closed by a dot
        parts = _TITLE_PARTS.split(piece.strip(" ·•"))
        return len(parts) <= 3 and all(len(part.split()) <= 4 for part in parts) and any(map(is_title, parts))
    title, comma, place = piece.partition(", ")
    if comma and _TITLE_WORDS.fullmatch(title) and _place_after_title(place):
        return True  # "Reporter, Gotland": the title, then where it is held
    words = piece.split()
    return (
        2 <= len(words) <= 4
        and "," not in piece  # "John Roe, Staff Writer" is a second author with his title
        and _ROLE_NOUN.fullmatch(words[-1]) is not None
        and (
            all(word[:1].isupper() or word in ("of", "the", "&") for word in words)
            # "State political reporter": a desk in sentence case, its words all letters
            or (words[0][:1].isupper() and all(word.isalpha() for word in words) and not piece.isupper())
        )
    )


def _place_after_title(place: str) -> bool:
    """``Gotland``, ``Northern Ireland`` after ``Reporter, ``: a place's capitalised words, no publication,
    no name in capitals, no second title."""
    return (
        PLACE_WORDS.fullmatch(place) is not None
        and not place.isupper()
        and not is_publication(place)
        and _TITLE_WORDS.fullmatch(place) is None
    )


_MIN_TITLE_WORDS = 2  # "Jane Doe Correspondent": a one-word title run on without a comma is left alone
_MAX_NAME_AND_TITLE = 8
_NON_SPACE = re.compile(r"\S+")


def name_then_title(text: str, start: int, end: int) -> int | None:
    """``Jane Doe Political Correspondent``, ``Helena Marsh Environment correspondent``: a name run into her
    desk title with no comma, bar or slash; where the name ends, or None. The title is the longest tail
    made only of the title words this reader knows (``Chief Political Correspondent``), else the shortest
    tail of two or more words shaped as a title (``Environment correspondent``), so that a given name of
    two words stays with the surname."""
    line = text[start:end]
    last_space = line.rfind(" ")
    if last_space < 0 or _ROLE_NOUN.fullmatch(line[last_space + 1 :].rstrip()) is None:
        return None  # a desk title ends with its role's noun: most lines are done here
    words = list(_NON_SPACE.finditer(line))
    if not 2 + _MIN_TITLE_WORDS <= len(words) <= _MAX_NAME_AND_TITLE:  # a name has two words at least
        return None
    tails = [
        (at, text[start + words[at].start() : end]) for at in range(2, len(words) - _MIN_TITLE_WORDS + 1)
    ]
    known = [at for at, tail in tails if _TITLE_WORDS.fullmatch(tail)]
    shaped = [at for at, tail in reversed(tails) if is_title(tail)]
    chosen = known[:1] or shaped[:1]
    return start + words[chosen[0] - 1].end() if chosen else None


# "Jane Doe (Die (Drôme), envoyée spéciale)", "Jane Doe (Kyiv, Special Correspondent)": after the name, in
# brackets, where she files from (its region maybe in brackets of its own) and her role
_PLACE_AND_ROLE = re.compile(
    r"(?P<head>[^()]+?)\s*\((?:(?P<place>[A-ZÀ-Þ][^(),]{0,40}(?:\s*\([^()]{1,40}\))?),\s+)?(?P<role>[^(),]{2,40})\)\s*"
)
_LOWER_ROLE = re.compile(r"[a-zà-ÿ]+(?:\s+[a-zà-ÿ]+){0,2}")


def name_place_and_role(text: str, start: int, end: int) -> int | None:
    """``Hélène Marchetti (Die (Drôme), envoyée spéciale)``: a name, then in brackets the place she files
    from (if given) and her role (a title this reader knows, or a role of a few words in lower case, as
    French and Spanish pages write ``envoyée spéciale``); where the name ends, or None."""
    if text.find("(", start, end) < 0:
        return None
    found = _PLACE_AND_ROLE.fullmatch(text, start, end)
    if found is None:
        return None
    place = found.group("place")
    if place is not None and (
        not PLACE_WORDS.fullmatch(place.split("(")[0].strip()) or is_publication(place)  # "(The Times, …)"
    ):
        return None
    role = found.group("role").strip()
    return found.end("head") if is_title(role) or _LOWER_ROLE.fullmatch(role) else None


# A photographer's title in the page's language ("Fotograf", "Fotógrafo", "Photographe", "Kuvaaja") under
# her name among the story's people: a title, and the picture's person, not an author of the story.
PHOTOGRAPHER_TITLE = re.compile(
    r"(?i:photographer|photographe|fotograf(?:in)?|fotógraf[ao]|fotograf[ao]|valokuvaaja|kuvaaja)s?"
)
