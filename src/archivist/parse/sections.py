"""The body's sections: which short lines between paragraphs are subheads, and which only look like one.

A subhead is a heading-shaped line (``archivist.parse.headings``) followed by a paragraph. Lines of that
shape that are not subheads, told by the blocks around them:

- an interview's questions (``Q&A``): three or more one-line questions, most put to "you", each answered
  in a paragraph or two, are the interview's paragraphs, not its sections;
- a pull quote: a line repeated word for word at the start of a nearby paragraph;
- a period's label over a row of figures (``Nine mths``) and the row itself
 (``Net profit 68.6 mln vs 37.7 mln``) in a wire company
  report;
- a list's items (``1 cup salted butter, softened``, ``• Free parking``); the line above a list of items
  (``Ingredients``) is the list's heading.

Each section found is recorded by ``archivist.parse.structure`` in the record's evidence.
"""

from __future__ import annotations

import re

from archivist.parse.blocks import Block
from archivist.parse.headings import is_subhead_like
from archivist.record.model import Section, Span, Text

_SEPARATOR = re.compile(r"[*#~=_\-–—•·\s]{3,}")
_QUESTION_END = re.compile(r"""\?[’”"')\]]*$""")
_MAX_QUESTION_CHARS = 250
_MIN_INTERVIEW_QUESTIONS = 3
# An interview's questions come every two or three blocks; subheads that ask a question head sections
# several paragraphs long.
_MAX_BLOCKS_PER_QUESTION = 3.5
# A question subhead may run longer than a statement one ("What did X think about Y being cut?").
_MAX_QUESTION_HEADING_WORDS = 16
_MAX_HEADING_CHARS = 90
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
_Q_MARK = re.compile(r"Q\s*[:.]\s")
_INNER_SENTENCE_END = re.compile(r"[.!?]\s+\S")
# "Net after tax 68.6 mln stg vs 37.7 mln", "Shr 12 cts vs 10 cts": a company report's figures.
_FIGURES = re.compile(
    r"\bvs\.?\s.*\b(?:cts?|dlrs?|mln|bln|pct|stg|p|nil|loss|profit)\b"
    r"|\d[\d,.]*\s+(?:[a-z]+\s+){0,2}vs\.?\s+(?:loss\s+|profit\s+)?\d"
)
# "1 cup salted butter", "2 1/2 cups flour", "1/4 tsp salt", "• Free parking", "- Two rooms".
_MAX_FIGURES_ROW = 160
_MAX_LIST_LABEL_WORDS = 5
_LIST_ITEM = re.compile(r"(?:\d{1,3}(?:[.,/]\d+)?(?:\s+\d+/\d+)?\s+[a-zà-ÿ(]|[-*•·▪–]\s|½|¼|¾)")
_PULL_QUOTE_REACH = 3  # blocks around a pull quote where its words are looked for
_WORD = re.compile(r"\w+")


def read_sections(blocks: list[Block]) -> tuple[list[Section], set[str]]:
    """The sections of the body ``blocks`` and the rules that decided headings (for the evidence)."""
    interview = _is_interview(blocks)
    rules: set[str] = set()
    sections: list[Section] = []
    heading: Block | None = None
    paragraphs: list[Block] = []

    def flush() -> None:
        if paragraphs:
            first = heading or paragraphs[0]
            sections.append(
                Section(
                    Text(heading.text, Span(heading.start, heading.end)) if heading else None,
                    tuple(Text(p.text, Span(p.start, p.end)) for p in paragraphs),
                    Span(first.start, paragraphs[-1].end),
                )
            )

    for position, block in enumerate(blocks):
        if _SEPARATOR.fullmatch(block.text) and block.is_single_line:
            flush()
            heading, paragraphs = None, []
            continue
        rule = _heading_rule(blocks, position, interview=interview)
        if rule is not None:
            flush()
            heading, paragraphs = block, []
            rules.add(rule)
        else:
            paragraphs.append(block)
    flush()
    return sections, rules


def _heading_rule(blocks: list[Block], position: int, *, interview: bool) -> str | None:
    """The rule by which ``blocks[position]`` heads a section, or None if it is a paragraph."""
    if position == 0 or position + 1 >= len(blocks):
        return None
    block, following = blocks[position], blocks[position + 1]
    question = _is_question(block)
    if question and interview:
        return None
    if not is_subhead_like(block) and not (question and _long_question_heading(block)):
        return None
    if _figures(block) or _LIST_ITEM.match(block.text) or _pull_quote(blocks, position):
        return None
    if _figures(following):
        return None  # "Nine mths" over its figures: a row label of the report's table
    if not is_subhead_like(following):
        return "subhead-short-line-between-paragraphs"
    if (
        _LIST_ITEM.match(following.text)
        and following.is_single_line
        and len(block.text.split()) <= _MAX_LIST_LABEL_WORDS
    ):
        return "subhead-above-list"  # a label ("Ingredients", "What you need") over its items
    return None


def _figures(block: Block) -> bool:
    """A row of a company report's table; only short lines are looked at (a paragraph is no row)."""
    return (
        len(block.text) <= _MAX_FIGURES_ROW and "vs" in block.text and _FIGURES.search(block.text) is not None
    )


def _is_question(block: Block) -> bool:
    return (
        block.is_single_line
        and len(block.text) <= _MAX_QUESTION_CHARS
        and _QUESTION_END.search(block.text) is not None
    )


def _long_question_heading(block: Block) -> bool:
    """A question of up to 16 words heading a section; one put to "you" at that length is an interviewer's,
    and one with a sentence inside (``As for X? The driver?``) is a paragraph."""
    words = block.text.split()
    return (
        len(block.text) <= _MAX_HEADING_CHARS
        and len(words) <= _MAX_QUESTION_HEADING_WORDS
        and _SECOND_PERSON.search(block.text) is None
        and _INNER_SENTENCE_END.search(block.text) is None
    )


def _is_interview(blocks: list[Block]) -> bool:
    """Questions on lines of their own every two or three blocks, most of them put to "you" (or marked
    ``Q:``): an interview. A page of impersonal questions (``What is a franchise fee?``) is a FAQ whose
    questions head its sections."""
    questions = [(i, block) for i, block in enumerate(blocks) if i > 0 and _is_question(block)]
    if len(questions) < _MIN_INTERVIEW_QUESTIONS:
        return False
    put_to_reader = sum(
        1 for _, block in questions if _SECOND_PERSON.search(block.text) or _Q_MARK.match(block.text)
    )
    if put_to_reader * 2 < len(questions):
        return False
    return (len(blocks) - questions[0][0]) / len(questions) <= _MAX_BLOCKS_PER_QUESTION


def _pull_quote(blocks: list[Block], position: int) -> bool:
    """A line whose words open (or are) a nearby paragraph: the page's pull quote, said again in the text."""
    words = _WORD.findall(blocks[position].text.casefold())
    if len(words) < 4:
        return False
    low, high = max(0, position - _PULL_QUOTE_REACH), min(len(blocks), position + _PULL_QUOTE_REACH + 1)
    for other in (*blocks[low:position], *blocks[position + 1 : high]):
        if other.is_single_line and len(other.text) <= len(blocks[position].text):
            continue
        # Only the opening words: a quoted subhead (‘I was told I paid’) quotes a sentence inside a paragraph.
        if _WORD.findall(other.text[: len(blocks[position].text) + 40].casefold())[: len(words)] == words:
            return True
    return False
