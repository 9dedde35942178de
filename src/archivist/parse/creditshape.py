"""Whether a text reads as a photo credit, and the credit without its wrapper.

A credit is short, holds no sentence, and is made of names joined as credits join them (``X/Y``,
``Name—Agency``, ``Name / Special to the Paper``), an agency, a picture word with names, a domain or a
labelled or copyright form (``Credit: …``, ``© …``). ``archivist.parse.credit`` reads captions and their
credits in each house's layout; this module is its one judgement of what a credit looks like, apart so
that both stay small.
"""

from __future__ import annotations

import re

from archivist.parse.agencies import is_agency, is_publication
from archivist.parse.creditwords import (
    AGENCY_WORD,
    COPYRIGHT,
    LABELLED,
    NAME_WORD,
    PHOTO_WORDS,
    SLASH_LABEL,
    STOCK_CREDIT,
    for_publication,
)

SENTENCE_END = re.compile(r"""[.!?]['"’”)]?\s+""")
MIN_SENTENCE_WORDS = 5
_PICTURE_NUMBER = 4  # digits of an archive's number for the picture after the photographer's name
_DOMAIN = re.compile(r"(?:[\w-]+\.)+(?:com|org|net|gov|edu|int|[a-z]{2})$", re.IGNORECASE)
_TIGHT_DASH = re.compile(r"(?<=[^\W\d_])[–—](?=[A-ZÀ-Þ])")
_SLASH = re.compile("/")
_CREDIT_JOINS = re.compile("[/–—]")


_TOKEN_PARTS = re.compile(r"[/;,|]")


def credit_token(token: str) -> bool:
    return token == "/" or all(
        not piece or NAME_WORD.match(piece) or piece.isupper() for piece in _TOKEN_PARTS.split(token)
    )


def holds_sentence(text: str, start: int, end: int) -> bool:
    """A sentence of five words or more ends inside ``text[start:end]``: a caption, no credit."""
    inner_stop = SENTENCE_END.search(text, start, end)
    return inner_stop is not None and len(text[start : inner_stop.start()].split()) >= MIN_SENTENCE_WORDS


def credit_like(text: str, start: int, end: int, *, strict: bool = False, handle_ok: bool = False) -> bool:
    """Whether ``text[start:end]`` reads as a photo credit: short, no sentence, names, ``X/Y`` or a domain."""
    labelled = LABELLED.fullmatch(text, start, end) is not None  # "Credit...Jane Doe for The Paper"
    start, end = unwrap_credit(text, start, end)
    segment = text[start:end]
    words = segment.split()
    if not 1 <= len(words) <= 14 or (
        segment.endswith((".", ":", ",", "?", "!")) and not segment.endswith(".com")
    ):
        return False
    if (
        (labelled and not holds_sentence(text, start, end))
        or LABELLED.fullmatch(segment)
        or COPYRIGHT.fullmatch(segment)
        or STOCK_CREDIT.fullmatch(segment)
    ):
        return True
    if holds_sentence(text, start, end):
        return False  # "A man walks past the shop.  Getty Images/iStock": a caption with its credit
    if len(words) == 1 and page_address(segment):
        return False  # "abc.net.au/news/potato-growers-drought/104905512": the page's link, no credit
    if _DOMAIN.fullmatch(segment) or (handle_ok and len(words) == 1 and segment[-1] not in ".!?"):
        return True
    if for_publication(segment):
        return True  # "Jane Doe / Special to the Courier": its small words are no sentence's
    if name_then_house(words):
        return True  # "Jane Doe The Canadian Press": the photographer, then her agency, no mark between
    # "Jane Doe—Getty Images": a dash set tight between two names joins them as a slash does.
    joined = _TIGHT_DASH.search(segment) is not None
    slash = "/" in segment or " | " in segment or ";" in segment or joined
    photo_word = bool(PHOTO_WORDS.search(segment))
    names = all(
        NAME_WORD.match(piece.strip(";,|-–"))
        or not piece.strip(";,|-–")
        or (piece.isdigit() and len(piece) >= _PICTURE_NUMBER and "/" in word)  # "JANE DOE/26112304"
        or AGENCY_WORD.fullmatch(piece.strip(";,|-–"))
        or desk_initials(word, piece)  # "ANTARA FOTO/Jane Doe/nz": the editor's initials after the credit
        # "mbl.is/Jane Doe", "vísir.is/Jón": the site's address joined by a slash to its photographer's name
        or ("/" in word and word.startswith(piece + "/") and _DOMAIN.fullmatch(piece) is not None)
        for word in words
        for piece in (_CREDIT_JOINS if joined else _SLASH).split(word)
    )
    if strict:
        return names and (
            slash or photo_word or is_agency(segment) or 2 <= len(words) <= 4 or for_publication(segment)
        )
    if slash and len(words) <= 14 and (names or photo_word or len(words) <= 3):
        return True
    if is_agency(segment) or (photo_word and names):
        return True
    return names and (2 <= len(words) <= 4 or for_publication(segment))


# "example.com.au/news/potato-growers-count-losses/104905512": a site's domain, then a path in lower case
# with a slug of hyphenated words or an article's number; a credit names its photographer or site
# ("mbl.is/Jane Doe", "vísir.is/Jón": the name capitalised after the slash).
_PAGE_ADDRESS = re.compile(r"(?:[\w-]+\.)+[a-z]{2,}/(?P<path>[a-z0-9][a-z0-9/_.-]*)")
_SLUG = re.compile(r"[a-z0-9]+-[a-z0-9]+|\d{5,}")


def page_address(segment: str) -> bool:
    """``abc.net.au/news/central-highlands-potato-growers/104905512``: a page's address copied as the line
    the page shows under its share buttons (its scheme left out), told by the slug or the number its path
    holds."""
    if "/" not in segment or "." not in segment:
        return False  # the cheap test first
    found = _PAGE_ADDRESS.fullmatch(segment)
    return found is not None and _SLUG.search(found.group("path")) is not None


def unwrap_credit(text: str, start: int, end: int) -> tuple[int, int]:
    """The credit without its label and its enclosing brackets."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start >= 2 and text[start] in "([" and text[end - 1] in ")]":
        start, end = start + 1, end - 1
    if end - start >= 2 and text[start] in "—–" and LABELLED.fullmatch(text, start + 1, end):
        start += 1  # "—Photo: Jane Doe" under the caption: the dash sets the credit off
    labelled = LABELLED.fullmatch(text, start, end)
    if labelled is not None:
        return labelled.span("credit")
    slash_label = SLASH_LABEL.match(text, start, end)
    if slash_label is not None and "/" not in text[slash_label.end() : end]:
        return slash_label.end(), end
    copyright_mark = COPYRIGHT.fullmatch(text, start, end)
    if copyright_mark is not None:
        return copyright_mark.span("credit")
    return start, end


# "Copyright AP Photo/Jane Doe": the word for the copyright mark, spelled out before the credit as "©" is
_COPYRIGHT_WORD = re.compile(r"(?:Copyright|COPYRIGHT)\s+(?:©\s*)?(?=\S)")
# "ANDINA/Difusión.": the caption's stop closing the credit after a word (not an initial's, "Jane Q."; not an
# abbreviation's that keeps its stop)
_CLOSING_STOP = re.compile(r"(?<=[^\W\d_]{3})\.$")
_KEEPS_STOP = frozenset(("inc", "ltd", "corp", "bros", "co", "jr", "sr", "etc", "div"))


def bare_credit(text: str, start: int, end: int) -> tuple[int, int]:
    """The credit as a record gives it: without its label and brackets (``unwrap_credit``), the word
    ``Copyright`` before it, and the caption's stop after it."""
    start, end = unwrap_credit(text, start, end)
    spelled = _COPYRIGHT_WORD.match(text, start, end)
    if spelled is not None and spelled.end() < end:
        start = spelled.end()
    if _CLOSING_STOP.search(text, start, end) is not None:
        last = text[start : end - 1].rsplit(None, 1)[-1].rsplit("/", 1)[-1]
        if last.casefold() not in _KEEPS_STOP:
            end -= 1
    return start, end


_NAME_WORDS = (2, 3)  # a photographer's name before her agency: first and last name, a middle one at most
_CAPITALISED = re.compile(r"[A-ZÀ-Þ][\w'’.-]*$")


def name_then_house(words: list[str]) -> bool:
    """``Jane Doe The Canadian Press``, ``Jane Doe Getty Images``: a name of two or three capitalised words
    run onto a wire agency or a publication named in two words or more, with no slash or dash between."""
    for count in _NAME_WORDS:
        if len(words) <= count:
            return False
        name, house = words[:count], " ".join(words[count:])
        if any(not _CAPITALISED.match(word) or word in ("The", "THE") for word in name):
            return False
        if is_agency(house) or (len(words) - count >= 2 and is_publication(house)):
            return True
    return False


_DESK_INITIALS = re.compile(r"[a-z]{2,3}")


def desk_initials(word: str, piece: str) -> bool:
    """``nz`` closing ``Maulana/nz``: an editor's initials in lower case after the credit's last slash."""
    return "/" in word and word.endswith("/" + piece) and _DESK_INITIALS.fullmatch(piece) is not None
