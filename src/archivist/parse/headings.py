"""What a heading line looks like: short, one line, no closing punctuation; and the label a page runs in
at a paragraph's opening (``Деталі: …``), a heading's kin.

Shared by the headline, subheads (sections), teaser boxes (related) and datelines (a label is no place).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from archivist.parse.blocks import Block
from archivist.parse.words import SCRIPT_FULL_STOPS

_MAX_HEADING_CHARS = 90
_MAX_HEADING_WORDS = 12
_HEADING_START = re.compile(r"[‘“\"']?[^\W_]")
_LIST_BULLET = re.compile(r"[-*•·▪–—]\s")


def is_heading_like(block: Block) -> bool:
    """A single short line that does not end like a sentence or a clause."""
    if not block.is_single_line or len(block.text) > _MAX_HEADING_CHARS:
        return False
    text = block.text
    if len(text.split()) > _MAX_HEADING_WORDS or not _HEADING_START.match(text):
        return False
    if text[0].islower() and not "\u10d0" <= text[0] <= "\u10ff":
        return False  # (Georgian's letters are lower case to Unicode, but the script writes no capitals)
    # (and a Chinese or Japanese sentence's stops and commas: 。 ！ ， 、; the full stops of the scripts with
    # their own: the danda ।, Urdu ۔, Ethiopic ።, Khmer ។, Burmese ။, Armenian ։)
    return not text.endswith(
        (".", ",", ";", ":", "!", '"', "”", "'", "’", ")", "-", "—", "–", "…", "。", "！", "，", "、")
    ) and not text.endswith(_SCRIPT_STOPS)


_SCRIPT_STOPS = tuple(SCRIPT_FULL_STOPS)


_SHORT_PARENTHESIS = re.compile(r"\s\([^()]{1,25}\)$")
# An apostrophe inside a word ("don't") does not close a line quoted in single marks. Other languages quote
# in their own marks: « … » (French, with its spaces), ”…” (Swedish, Finnish), „…“ and »…« (German),
# „…” (Polish, Hungarian), ‹…›.
_QUOTED_LINE = re.compile(
    r"""(?:‘(?:[^‘’]|(?<=\w)’(?=\w))+’|“[^“”]+”|"[^"]+"|'(?:[^']|(?<=\w)'(?=\w))+'"""
    r"""|«[^«»]+»|»[^«»]+«|”[^”“]+”|„[^„“”]+[“”]|‹[^‹›]+›)"""
)
_QUOTED_TITLE_AT_END = re.compile(r"""\s[‘“"'][A-Z0-9][^‘’“”"'.,;:!?]*[’”"']$""")
# "Council 'working to find a solution'", "Residents 'angry' over plan", "Maire : « pas de fermeture »": a
# newspaper's subhead naming a speaker, then his words quoted in a phrase of no sentence's stop (no
# sentence's own stop inside the marks, no stop after them: a paragraph's quotation ends with its stop).
_QUOTED_PHRASE_AT_END = re.compile(
    r"""[^\W\d_][^\r\n]{0,40}?\s[‘“"'«„]\s?[^\W_][^‘’“”"'«».,;:!?]*\s?[’”"'»“]$"""
)
_TEASER_CAPITALS_WORDS = 6
# "Dive Brief:", "What Happened:": one to four capitalised words and a colon, a label heading what follows
# (a speaker's "He said:" has a word in lower case).
_LABEL_HEADING = re.compile(r"[A-ZÀ-Þ][\w'’&-]*(?:\s+[A-ZÀ-Þ][\w'’&-]*){0,3}:")


_MAX_QUOTED_PHRASE_WORDS = 6
# A label heading what follows printed in capitals, in any alphabet with capitals, of up to six words (a
# speaker's "He said:" has a word in lower case; a capitals line of more words is a teaser).
_CAPITALS_LABEL = re.compile(r"[^\W\d_][\w'’&-]*(?:\s+[\w'’&-]+){0,5}:")
_MAX_CAPITALS_LABEL_WORDS = 6
_SUBHEAD_MARKS = frozenset("■◆")
_MAX_MARKED_SUBHEAD = 40


def is_subhead_like(block: Block) -> bool:
    """A heading between paragraphs: heading-shaped, or ending in a short parenthesis (``… (2004)``), a
    quoted title (``… in 'The Iron Claw'``) or quoted whole (``‘I was told I paid for it’``). A long line
    in capitals is a teaser for another story (``SUSPECT'S MOTIONS DENIED``), not a subhead."""
    text = block.text
    if not block.is_single_line or len(text) > _MAX_HEADING_CHARS:
        return False
    words = text.split()
    if len(words) >= _TEASER_CAPITALS_WORDS and text.isupper() and not _QUOTED_LINE.fullmatch(text):
        # (a speaker's words quoted whole in capitals, "\"NISAM IH ZAKLJUČAO, MENJAO SAM BRAVU\"", are a
        # tabloid's subhead: a teaser names a story, it quotes no one)
        return False
    if is_heading_like(block) or _LABEL_HEADING.fullmatch(text):
        return True
    if (
        text[-1] == ":"
        and len(words) <= _MAX_CAPITALS_LABEL_WORDS
        and text.isupper()
        and _CAPITALS_LABEL.fullmatch(text)
    ):
        return True  # "WHAT WE KNOW SO FAR:", "ΤΙ ΕΙΠΕ Ο ΥΠΟΥΡΓΟΣ:": a label in capitals of up to six words
    if (
        text[0] in _SUBHEAD_MARKS
        and len(text) <= _MAX_MARKED_SUBHEAD
        and not text[1:2].isspace()
        and not text.endswith(("。", ".", "！", "!"))
    ):
        # "■「監視」への不安も": the square a Japanese paper sets tight before its subheads ("■ 제보하기", the
        # square and a space, labels a box of the page's)
        return True
    if len(words) > _MAX_HEADING_WORDS:
        return False
    if _QUOTED_LINE.fullmatch(text):
        inner = text[1:-1]
        if inner.count(",") == 1 and len(words) <= _MAX_QUOTED_PHRASE_WORDS:
            inner = inner.replace(",", "")  # ‘A patchwork, not a network’: a phrase quoted, no sentence
        return not any(mark in inner for mark in (".", "? ", "! ", ",", ";")) and len(words) <= 10
    stripped = _SHORT_PARENTHESIS.sub("", text)
    if stripped != text and stripped and text[0].isupper():
        return is_heading_like(Block(block.start, block.start + len(stripped), stripped, block.lines, 0))
    if _QUOTED_TITLE_AT_END.search(text) and text[0].isupper():
        return True
    return (
        text[0].isupper() and text[-1] in _QUOTE_CLOSERS and _QUOTED_PHRASE_AT_END.fullmatch(text) is not None
    )


_QUOTE_CLOSERS = frozenset("’”\"'»“")


def is_label_heading(block: Block) -> bool:
    """``Dive Brief:`` on a line of its own: a label heading the paragraphs under it, the first one too."""
    return block.is_single_line and _LABEL_HEADING.fullmatch(block.text) is not None


# A paragraph opening with a label: one or two words of letters (an apostrophe or a hyphen inside a word:
# ``Пам'ятка:``, ``Follow-up:``), a colon and the paragraph's text after a space (``Джерело: …``,
# ``Пряма мова: …``). Letters only: ``Step 1:``, ``Step 2:`` over a recipe's steps are its subheads,
# numbered; and no time (``10:30``) nor address (``https://``) is a label. A label alone (``Dive Brief:``,
# ``What Next:``) heads the paragraphs under it and labels none: a page of such headings keeps them.
_LABEL_WORD = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"
_PARAGRAPH_LABEL = re.compile(rf"({_LABEL_WORD}(?:[ \t]{_LABEL_WORD})?)[ \t]*:\s")
# Three different labels: a page that labels its paragraphs so (source, details, quote, background) labels
# many; one subhead written ``Residents: "We were not told"``, or two, are no house style.
_MIN_PARAGRAPH_LABELS = 3


def paragraph_label(paragraph: str) -> str | None:
    """The label opening ``paragraph`` (its text, white space trimmed), or None (above)."""
    found = _PARAGRAPH_LABEL.match(paragraph)
    return None if found is None else found.group(1)


def labels_its_paragraphs(paragraphs: Iterable[str], *, label: str | None = None) -> bool:
    """Whether the page labels its paragraphs: three different labels or more open ``paragraphs`` (each
    one's text, white space trimmed). ``label``: the label of one more paragraph, the one a caller asks
    about when it reads it apart from ``paragraphs``; counted with theirs."""
    found = {opening for paragraph in paragraphs if (opening := paragraph_label(paragraph)) is not None}
    if label is not None:
        found.add(label)
    return len(found) >= _MIN_PARAGRAPH_LABELS


def is_list_item(block: Block) -> bool:
    """A line of a related-links list: a bullet, or a short single line."""
    return block.is_single_line and (bool(_LIST_BULLET.match(block.text)) or len(block.text) <= 150)


def same_heading(first: Block, second: Block) -> bool:
    return first.text.strip().casefold() == second.text.strip().casefold()


# "Clonmore 2-11 Rathvilly 1-13", "Harbour United 3 Rovers 1", "Leinster 24, Munster 17": a match's result,
# each side's name (capitalised words) with its score: the report's line, no heading and no front matter.
_SIDE = (
    r"[A-ZÀ-Þ][\w'’.&-]*(?:\s+(?:[A-ZÀ-Þ][\w'’.&-]*|of|de|la))*?"
    r"\s+\d{1,3}(?:-\d{1,3})?(?:\s*\(\d{1,3}\))?"
)
_RESULT_LINE = re.compile(rf"{_SIDE}(?:\s*[,–—-]\s*|\s+){_SIDE}")
_MAX_RESULT_LINE = 80
_DIGIT = re.compile(r"\d")


def is_result_line(line: str) -> bool:
    """Whether ``line`` is a match's result: two sides, each named and scored."""
    line = line.strip()
    return (
        len(line) <= _MAX_RESULT_LINE
        and _DIGIT.search(line) is not None  # most lines hold no figure: done without the pattern
        and _RESULT_LINE.fullmatch(line) is not None
    )
