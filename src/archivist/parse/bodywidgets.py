"""Widgets a web page sets inside the story, which a copy to text carries along as lines of their own: a
reader poll, a social network's post embedded with its attribution line, a key-facts box of ``Label: value``
lines, a Korean paper's call for tips, the house's disclaimer on its contributors' words, a market quote's
box (a share's name over its price and change). None is a paragraph
or a subhead; the reader leaves them out of the body (``archivist.parse._parse_text``), each told by its
shape or its words in many languages, never by one house.
"""

from __future__ import annotations

import re

from archivist.parse.labelwords import EMBEDDED_POST_LINES, FACT_HEADS, POLL_WORDS, table_words

_MAX_WIDGET_LINE = 40  # a poll's answer, a button
_MAX_POLL_QUESTION = 160
_MAX_POLL_RUN = 8
_QUESTION_MARKS = ("?", "？", "؟", ";")  # the Greek question mark is the semicolon
_POLL_WORDS = frozenset(word.casefold() for word in table_words(POLL_WORDS))
_EMBED_LINES = tuple(table_words(EMBEDDED_POST_LINES))
_MAX_POST = 320  # a post's text over its attribution line (a tweet is at most 280 characters)
# "— TMPD (@TMPD_Official) March 3, 2026", "— Jane Doe (@janedoe) 3 mars 2026": a post's attribution line
# under its text: a dash, the account's name, its handle in brackets, the day it was posted (four digits).
_POST_ATTRIBUTION = re.compile(r"[—–-]\s*[^\r\n()]{1,60}\(@\w{1,30}\)\s*[^\r\n]{0,40}?\d{4}\.?")
_FACT_HEADS = frozenset(word.casefold() for word in table_words(FACT_HEADS))
_MAX_FACT_HEAD = max(len(word) for word in _FACT_HEADS) + 1
# "Opened: January 1, 2024", "Runway: 2,500 metres": a fact's label of one to three words, a colon, a value
# with no sentence's stop inside.
_FACT_LINE = re.compile(r"[^\W\d_][\w'’().-]*(?:\s+[\w'’().-]+){0,2}\s*:\s+[^\r\n]{1,70}")
_MAX_FACT_LINES = 8


def _poll_at(blocks: list[str], index: int) -> range | None:
    block = blocks[index]
    if len(block) > _MAX_POLL_QUESTION or "\n" in block:
        return None
    end = index + 1
    while (
        end < len(blocks)
        and end - index <= _MAX_POLL_RUN
        and len(blocks[end]) <= _MAX_WIDGET_LINE
        and "\n" not in blocks[end]
        and not blocks[end].endswith((".", "!", "?"))
    ):
        end += 1
    answers = sum(blocks[at].casefold() in _POLL_WORDS for at in range(index + 1, end))
    if answers < 2:  # (two answers at least)
        return None
    label = index > 1 and blocks[index - 1].casefold() in _POLL_WORDS  # "POLL" over the question
    return range(index - 1 if label else index, end)


def poll_box(blocks: list[str]) -> set[int]:
    """The positions of a reader poll's lines: its question (a line ending in a question mark), then a run of
    short lines of which two at least are poll words (``Yes``, ``No``, ``Vote``, ``Ja``, ``Nein``,
    ``Abstimmen``: ``labelwords.POLL_WORDS``), and the poll's label over the question when it is one
    (``POLL``). A question over a paragraph (a subhead) is no poll."""
    found: set[int] = set()
    for index, block in enumerate(blocks):
        if block.endswith(_QUESTION_MARKS) and (run := _poll_at(blocks, index)) is not None:
            found.update(run)
    return found


def _post_at(blocks: list[str], index: int) -> tuple[int, ...]:
    block = blocks[index]
    if "\n" in block or len(block) > _MAX_POST:
        return ()
    if block.startswith(_EMBED_BY_FIRST.get(block[:1], ())):  # (the lines opening with its first character)
        return (index,)
    if block[:1] in _DASHES and "(@" in block and _POST_ATTRIBUTION.fullmatch(block) is not None:
        # the attribution line and the post's text over it
        return (index - 1, index) if index > 1 and len(blocks[index - 1]) <= _MAX_POST else (index,)
    return ()


def embedded_posts(blocks: list[str]) -> set[int]:
    """The positions of a social network's post set in the story: its attribution line (``— Name (@handle)
    March 3, 2026``) and the post's text over it, and the lines a copy carries around a post (``View this
    post on Instagram``, ``A post shared by …``, ``labelwords.EMBEDDED_POST_LINES``)."""
    return {at for index in range(1, len(blocks)) for at in _post_at(blocks, index)}


def _facts_at(blocks: list[str], index: int) -> range | None:
    block = blocks[index]
    if len(block) > _MAX_FACT_HEAD or block.rstrip(":").casefold() not in _FACT_HEADS:
        return None
    end = index + 1
    while (
        end < len(blocks)
        and end - index <= _MAX_FACT_LINES
        and "\n" not in blocks[end]
        and _FACT_LINE.fullmatch(blocks[end]) is not None
    ):
        end += 1
    return range(index, end) if end - index > 2 else None  # (the head and two facts at least)


def fact_lines(blocks: list[str]) -> set[int]:
    """The positions of a key-facts box set tight in the body: its head (``Quick facts``, ``Fakten``,
    ``Справка``: ``labelwords.FACT_HEADS``) over two or more ``Label: value`` lines; the box ends at the first
    line of another shape. A head over a paragraph is a subhead."""
    found: set[int] = set()
    for index in range(1, len(blocks)):
        if (run := _facts_at(blocks, index)) is not None:
            found.update(run)
    return found


# "제보는 카카오톡 okjebo", "▶ 제보는 카톡 okjebo": a Korean paper's call for tips under every story (by
# KakaoTalk, mail or telephone), a line of its own.
_KOREAN_TIPS = re.compile(
    r"(?:[▶▷■☞]\s*)?제보(?:는|하기)?\s*[:：]?\s*(?:카카오톡|카톡|이메일|메일|전화)[^\r\n]{0,40}"
)
_MAX_TIPS_LINE = 60


def _tips_at(block: str) -> bool:
    return len(block) <= _MAX_TIPS_LINE and _KOREAN_TIPS.fullmatch(block) is not None


def tips_lines(blocks: list[str]) -> set[int]:
    """The positions of a Korean paper's call for tips (``제보는 카카오톡 okjebo``)."""
    return {index for index, block in enumerate(blocks) if block[:1] in _TIPS_FIRST and _tips_at(block)}


# The house's disclaimer on its contributors' words, a sentence of its own under the story: "Ghanaweb is not
# responsible for the reportage or opinions of contributors …", "The views expressed in this article are the
# author's own and do not necessarily reflect …", "Las opiniones expresadas … son responsabilidad exclusiva
# de su autor", "Les opinions exprimées … n'engagent que leur auteur", "As opiniões … são de
# responsabilidade exclusiva …", "Die Meinung des Autors …". Sought among the blocks closing the page only,
# each told by a key word's stem as a string before the pattern is tried.
_DISCLAIMER_REACH = 12  # blocks from the page's end
_DISCLAIMER = re.compile(
    r"[^\r\n.!?]{2,60}\bis\s+not\s+responsible\s+for\s+(?:the\s+)?[^\r\n]{0,40}?"
    r"\b(?:reportage|opinions?|views|content|contents|comments)\b[^\r\n]{0,60}?"
    r"\b(?:contributors?|readers?|users?|authors?|writers?|bloggers?|columnists?|third[- ]part(?:y|ies)"
    r"|external\s+(?:sites?|websites?))\b[^\r\n]{0,160}"
    r"|(?:The\s+)?(?:views|opinions)\s+expressed\b[^\r\n]{0,120}?\b(?:author|writer|contributor)s?['’]?s?\b"
    r"[^\r\n]{0,200}"
    r"|(?:Las\s+)?opiniones\s+expresadas\b[^\r\n]{0,200}|[^\r\n]{0,120}\bresponsabilidad\s+exclusiva\b"
    r"[^\r\n]{0,120}"
    r"|(?:Les\s+)?opinions\s+exprimées\b[^\r\n]{0,200}|[^\r\n]{0,120}\bn['’]engagent\s+que\b[^\r\n]{0,120}"
    r"|(?:As\s+)?opiniões\s+(?:expressas|emitidas)\b[^\r\n]{0,200}"
    r"|[^\r\n]{0,120}\bresponsabilidade\s+exclusiva\b[^\r\n]{0,120}"
    r"|(?:Le\s+)?opinioni\s+espresse\b[^\r\n]{0,200}|[^\r\n]{0,80}\bMeinung\s+des\s+Autors\b[^\r\n]{0,200}"
)
_MAX_DISCLAIMER = 320
_MIN_DISCLAIMER = 40  # a sentence naming the house and what it answers for


def disclaimer_lines(blocks: list[str]) -> set[int]:
    """The positions of the house's disclaimer on its contributors' words (above), a block of its own among
    the blocks closing the page (its length, then a key word's stem as a string, before the pattern)."""
    start = max(1, len(blocks) - _DISCLAIMER_REACH)
    return {
        index
        for index in range(start, len(blocks))
        if _MIN_DISCLAIMER <= len(block := blocks[index]) <= _MAX_DISCLAIMER
        and ("respons" in block or "opini" in block or "views" in block or "Meinung" in block)
        and "\n" not in block
        and _DISCLAIMER.fullmatch(block) is not None
    }


# A market quote's figure alone on its line: a price ("$58.21", "€ 12,40", "1.234,50 EUR") or its change
# ("+4.10 (+7.58%)", "−0,35 %"); no paragraph of a story is a figure alone.
_FIGURE_LINE = re.compile(
    r"[+\-−–]?\s?(?:[$€£¥₹₦₩₱]|[A-Z]{2,3}\$?\s?)?\d[\d,.\u00a0 ]*\s?(?:%|[$€£¥₹₦₩₱]|[A-Z]{3})?"
    r"(?:\s*\(\s*[+\-−–]?\d[\d,.]*\s?%\s*\))?"
)
_MAX_FIGURE_LINE = 30
_MAX_QUOTE_HEAD = 40  # the quote's name with its ticker ("Provimart Inc (PVM-T)"), its "Close" label
_MAX_QUOTE_HEADS = 2
_MAX_QUOTE_NOTE = 100  # "Updated March 5 4:00 p.m. EST. Delayed by at least 15 minutes."
_CLOCK = re.compile(r"\d{1,2}[:.]\d\d")
_FIGURE_FIRST = frozenset("0123456789+-−–$€£¥₹₦₩₱")


def _figure(block: str) -> bool:
    return len(block) <= _MAX_FIGURE_LINE and "\n" not in block and _FIGURE_LINE.fullmatch(block) is not None


def _quote_at(blocks: list[str], index: int) -> range | None:
    """A market quote's box set in the story around the figure line at ``index``: two figure lines or
    more one under the other (the price, its change), the short lines with no stop over them (the name and
    its ticker, "Close"), and the note with the quote's time under them ("Delayed by at least 15 minutes")."""
    while index - 1 > 0 and _figure(blocks[index - 1]):
        index -= 1  # ("MXN 104.50" over "-2.10 (-1.97%)": a price opening with its currency's letters)
    end = index
    while end < len(blocks) and _figure(blocks[end]):
        end += 1
    if end - index < 2 or not any("%" in blocks[at] or blocks[at][:1] in "+-−–" for at in range(index, end)):
        return None  # (a price and its change at least: two figures set one under the other)
    start = index
    while (
        start - 1 > 0
        and index - start < _MAX_QUOTE_HEADS
        and len(blocks[start - 1]) <= _MAX_QUOTE_HEAD
        and "\n" not in blocks[start - 1]
        and not blocks[start - 1].endswith((".", "!", "?", ":"))
    ):
        start -= 1
    if end < len(blocks) and len(blocks[end]) <= _MAX_QUOTE_NOTE and _CLOCK.search(blocks[end]) is not None:
        end += 1
    return range(start, end)


def quote_boxes(blocks: list[str]) -> set[int]:
    """The positions of a market quote's box set among the story's paragraphs (above)."""
    found: set[int] = set()
    for index in range(1, len(blocks)):
        if (
            index not in found
            and blocks[index][:1] in _FIGURE_FIRST
            and _figure(blocks[index])
            and (run := _quote_at(blocks, index)) is not None
        ):
            found.update(run)
    return found


_DASHES = "—–-"
_TIPS_FIRST = frozenset("제▶▷■☞")
# The first characters a widget's line opens with (a post's line or its attribution's dash; a facts box's
# head): most blocks open with none, and are told by one set lookup.
_EMBED_FIRST = frozenset(line[0] for line in _EMBED_LINES)
# The post's lines by their first character: a block is tried against the few lines that open with its own
# first character only (a line opening with another can never be its prefix), not all of them.
_EMBED_BY_FIRST = {first: tuple(line for line in _EMBED_LINES if line[0] == first) for first in _EMBED_FIRST}
_FACT_FIRST = frozenset(letter for head in _FACT_HEADS for letter in (head[0], head[0].upper()))


# What a block must show for any widget's rule to be tried on it, each test exact: a market quote's figure
# opens with a digit, a sign or a currency's mark (a price opening with a currency's letters is found from the
# change under it); a poll's question ends
# with a question mark (each of ``_QUESTION_MARKS`` is one character: the last character tells it); a post's
# attribution opens with a dash, a Korean call for tips with one of ``_TIPS_FIRST``; a post's line opens with
# one of ``_EMBED_LINES``, so with its first two characters (each line has two at least); a facts box's head
# is at most ``_MAX_FACT_HEAD`` long. Most blocks show none, and are passed by these few lookups.
_WIDGET_LAST = frozenset(_QUESTION_MARKS)
_WIDGET_FIRST = frozenset(_DASHES) | _TIPS_FIRST
_EMBED_OPENINGS = frozenset(line[:2] for line in _EMBED_LINES)
assert min(len(line) for line in _EMBED_LINES) >= 2  # (else the two characters above would miss a line)


def body_widgets(blocks: list[str]) -> set[int]:
    """Every widget's positions among ``blocks`` (above), the first (the headline) never; one pass, each
    block told by its first or last characters or its length before any rule is tried."""
    found: set[int] = set()
    candidates = [
        index
        for index in range(1, len(blocks))
        if (block := blocks[index])[-1:] in _WIDGET_LAST
        or block[:1] in _WIDGET_FIRST
        or block[:2] in _EMBED_OPENINGS
        or len(block) <= _MAX_FACT_HEAD
        or block[:1] in _FIGURE_FIRST
    ]
    for index in candidates:
        block = blocks[index]
        if block.endswith(_QUESTION_MARKS) and (run := _poll_at(blocks, index)) is not None:
            found.update(run)
        first = block[:1]
        if (first in _DASHES and "(@" in block) or (
            first in _EMBED_FIRST and block.startswith(_EMBED_BY_FIRST[first])
        ):
            found.update(_post_at(blocks, index))
        if (
            len(block) <= _MAX_FACT_HEAD  # (most blocks are longer: told before the set is looked up)
            and first in _FACT_FIRST
            and (run := _facts_at(blocks, index)) is not None
        ):
            found.update(run)
        if first in _TIPS_FIRST and _tips_at(block):
            found.add(index)
        if first in _FIGURE_FIRST and index not in found and _figure(block):
            found.update(_quote_at(blocks, index) or ())
    found |= disclaimer_lines(blocks)
    found.discard(0)
    return found
