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
from collections.abc import Callable

from archivist.parse.blocks import Block
from archivist.parse.creditwords import LABELLED
from archivist.parse.headings import (
    is_label_heading,
    is_result_line,
    is_subhead_like,
    labels_its_paragraphs,
    paragraph_label,
)
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
# The writer's voice in a short line (see _writer_voice): first person, an interjection, a stock question.
_SPEAKING_I = re.compile(r"\bI(?:['’](?:m|ve|d|ll)\b|\s+[a-z])")
_FIRST_PERSON = re.compile(rf"{_SPEAKING_I.pattern}|\b(?i:me|my|myself)\b(?!['’]\w)")
_ASKING_I = re.compile(
    r"\b(?i:can|could|do|does|did|should|shall|will|would|am|must|may|might|have|where|how|what|when|why|if"
    r"|which)\s+I\b"
)
_INTERJECTION = re.compile(
    r"(?i:well|oh|ok|okay|wow|yes|no|look|sorry|excuse\s+me|holy\s+\w+|gosh|alas|ah|aha|hey|huh|yikes|ugh"
    r"|phew|seriously|honestly|anyway|meh|oops|whoa|yay|boy)\s*[,!–—]"
)
_RHETORICAL = re.compile(
    r"(?i:\bcan\s+you\s+(?:believe|imagine)\b|\bwho\s+knew\b|\bguess\s+what\b|\byou\s+know\s+what\b"
    r"|\bgo\s+figure\b|\bseriously\?)"
)
_CLAUSE_BREAK = re.compile(r",\s|\s[–—-]\s")
# An apostrophe inside a word ("don't") does not close a line quoted in single marks.
_QUOTED_WHOLE = re.compile(r"""(?:‘(?:[^‘’]|(?<=\w)’(?=\w))+’|“[^“”]+”|"[^"]+"|'(?:[^']|(?<=\w)'(?=\w))+')""")
_CHATTY_LINES = 2
_TITLE_SET = re.compile(r"\w:\s+[A-Z0-9‘“\"']|\)$")
_MAX_CREDIT_LABEL = 16  # a picture label and its colon ("Photograph:", "Fotografía:") end by here
_PULL_QUOTE_REACH = 3  # blocks around a pull quote where its words are looked for
# A line in quotation marks of any language, whole (see ``headings.is_subhead_like``).
_QUOTED_HEADING = re.compile(r"""[‘“"'«»”„‹][^\r\n]+[’”"'»«“›]""")
_WORD = re.compile(r"\w+")


def read_sections(
    blocks: list[Block], *, marked_interview: Callable[[], bool] | None = None
) -> tuple[list[Section], set[str]]:
    """The sections of the body ``blocks`` and the rules that decided headings (for the evidence).
    ``marked_interview``: whether the page marks its piece as an interview (``archivist.parse.interview``;
    asked only of a body with questions in turn); then its questions are its paragraphs whoever they are
    put to."""
    interview = _is_interview(blocks, marked=marked_interview)
    rules: set[str] = set()
    sections: list[Section] = []
    heading: Block | None = None
    paragraphs: list[Block] = []

    def flush() -> None:
        # A heading with no paragraph of its own heads the subheads under it (an h2 over h3s).
        if paragraphs or heading:
            first = heading or paragraphs[0]
            last = paragraphs[-1] if paragraphs else first
            sections.append(
                Section(
                    Text(heading.text, Span(heading.start, heading.end)) if heading else None,
                    tuple(Text(p.text, Span(p.start, p.end)) for p in paragraphs),
                    Span(first.start, last.end),
                )
            )

    voiced: list[bool] = []
    labelled: list[bool] = []

    def chatty() -> bool:  # asked only when a short question or a shouted line is a candidate
        if not voiced:
            voiced.append(_chatty(blocks))
        return voiced[0]

    def labels() -> bool:  # asked only when a short line opening with a label is a candidate
        if not labelled:
            labelled.append(labels_its_paragraphs(block.text for block in blocks))
        return labelled[0]

    for position, block in enumerate(blocks):
        if _SEPARATOR.fullmatch(block.text) and block.is_single_line:
            flush()
            heading, paragraphs = None, []
            continue
        rule = _heading_rule(blocks, position, interview=interview, chatty=chatty)
        if rule is not None and paragraph_label(block.text) is not None and labels():
            # "Джерело: заява компанії" among "Деталі: …", "Передісторія: …": a page that labels its
            # paragraphs labels its short ones too; this is one of them, no subhead
            rule = None
        if rule is not None:
            flush()
            heading, paragraphs = block, []
            rules.add(rule)
        else:
            paragraphs.append(block)
    flush()
    return sections, rules


def _heading_rule(
    blocks: list[Block], position: int, *, interview: bool, chatty: Callable[[], bool]
) -> str | None:
    """The rule by which ``blocks[position]`` heads a section, or None if it is a paragraph."""
    if position + 1 >= len(blocks) or (position == 0 and not is_label_heading(blocks[0])):
        return None
    block, following = blocks[position], blocks[position + 1]
    if not _heading_shaped(blocks, position, interview=interview, chatty=chatty):
        return None
    if _figures(following):
        return None  # "Nine mths" over its figures: a row label of the report's table
    if not is_subhead_like(following):
        return "subhead-short-line-between-paragraphs"
    if is_label_heading(block) and not is_label_heading(following) and following.text[-1:] not in ":":
        return "subhead-label-over-paragraph"  # "Learn More:" over a line without a stop
    if (
        position + 2 < len(blocks)
        and not is_subhead_like(blocks[position + 2])
        and not _LIST_ITEM.match(following.text)
        and following.text.casefold() != block.text.casefold()
        and _heading_shaped(blocks, position + 1, interview=interview, chatty=chatty)
    ):
        return "subhead-over-subhead"  # "Where the heat goes" over "Draughty doors" over its paragraph
    if (
        _LIST_ITEM.match(following.text)
        and following.is_single_line
        and len(block.text.split()) <= _MAX_LIST_LABEL_WORDS
    ):
        return "subhead-above-list"  # a label ("Ingredients", "What you need") over its items
    return None


def _heading_shaped(
    blocks: list[Block], position: int, *, interview: bool, chatty: Callable[[], bool]
) -> bool:
    """Whether ``blocks[position]`` has a subhead's shape and none of the signs of a paragraph that looks
    like one (an interview's question, the writer's own voice, a table row, a list item, a pull quote)."""
    block = blocks[position]
    question = _is_question(block)
    if question and interview:
        return False
    if not is_subhead_like(block) and not (question and _long_question_heading(block)):
        return False
    if _writer_voice(block) or ((question or block.text.isupper()) and chatty()):
        return False
    return not (
        _figures(block)
        or _LIST_ITEM.match(block.text)
        or _pull_quote(blocks, position)
        or is_result_line(block.text)  # "Clonmore 2-11 Rathvilly 1-13": the match's result, a paragraph
        # "Image: Jane Doe", "Foto: Jan Novák", "படம்: ரா. செல்வகுமார்": a picture's credit under its caption
        # heads no section (the colon sought first: most short lines have none near their start)
        or (":" in block.text[:_MAX_CREDIT_LABEL] and LABELLED.match(block.text) is not None)
    )


def _writer_voice(block: Block) -> bool:
    """A one-line paragraph in the writer's own voice, not a heading: it says "I" or "me" (``I kid you
    not``), opens with an interjection (``WELL, THAT WAS FUN``, ``Holy cow – …``), is a stock rhetorical
    question (``Can you believe that?``) or asks the reader a question in two breaths (``Who's your buddy,
    who's your pal?``). A line quoted whole is a quotation used as a heading and keeps its pronouns, and so
    does a line set as a title (``Help, I've only got five minutes: Pinball Illusions (1995)``: a label
    before a colon, a year in brackets)."""
    line = block.text
    if not block.is_single_line or len(line) > _MAX_QUESTION_CHARS or _QUOTED_WHOLE.fullmatch(line):
        return False
    if _TITLE_SET.search(line):
        return False
    if _INTERJECTION.match(line) or _RHETORICAL.search(line):
        return True
    if _QUESTION_END.search(line) is None:
        return _FIRST_PERSON.search(line) is not None
    # A question asked as the reader would ask it (``Can I get a refund?``, ``Will my train run?``) is a
    # FAQ's heading; one where the writer muses (``I wonder how they feel about that?``) is not.
    if _SPEAKING_I.search(line) and not _ASKING_I.search(line):
        return True
    return _SECOND_PERSON.search(line) is not None and _CLAUSE_BREAK.search(line) is not None


def _chatty(blocks: list[Block]) -> bool:
    """Two one-line paragraphs or more in the writer's voice: the writer talks in short lines, so the
    other short questions and shouted lines are the writer's asides too, not headings."""
    voiced = 0
    for block in blocks:
        if block.is_single_line and len(block.text) <= _MAX_HEADING_CHARS and _writer_voice(block):
            voiced += 1
            if voiced >= _CHATTY_LINES:
                return True
    return False


def _figures(block: Block) -> bool:
    """A row of a company report's table; only short lines are looked at (a paragraph is no row)."""
    return (
        len(block.text) <= _MAX_FIGURES_ROW and "vs" in block.text and _FIGURES.search(block.text) is not None
    )


def _is_question(block: Block) -> bool:
    return (
        block.is_single_line
        and len(block.text) <= _MAX_QUESTION_CHARS
        and "?" in block.text  # (most lines hold none: told without the pattern's search at every place)
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


def _is_interview(blocks: list[Block], *, marked: Callable[[], bool] | None = None) -> bool:
    """Questions on lines of their own every two or three blocks, most of them put to "you" (or marked
    ``Q:``): an interview. A page of impersonal questions (``What is a franchise fee?``) is a FAQ whose
    questions head its sections, unless the page marks the piece as an interview (``marked``)."""
    questions = [(i, block) for i, block in enumerate(blocks) if i > 0 and _is_question(block)]
    if len(questions) < _MIN_INTERVIEW_QUESTIONS:
        return False
    put_to_reader = sum(
        1 for _, block in questions if _SECOND_PERSON.search(block.text) or _Q_MARK.match(block.text)
    )
    if put_to_reader * 2 < len(questions) and (marked is None or not marked()):
        return False
    return (len(blocks) - questions[0][0]) / len(questions) <= _MAX_BLOCKS_PER_QUESTION


def _pull_quote(blocks: list[Block], position: int) -> bool:
    """A line whose words open (or are) a nearby paragraph: the page's pull quote, said again in the text."""
    words = _WORD.findall(blocks[position].text.casefold())
    if len(words) < 4:
        return False
    low, high = max(0, position - _PULL_QUOTE_REACH), min(len(blocks), position + _PULL_QUOTE_REACH + 1)
    if _QUOTED_HEADING.fullmatch(blocks[position].text):
        # A line quoted whole over a paragraph that does not repeat it heads the section where the speaker
        # says it (« On nous demande de choisir » over two paragraphs, the second quoting the words on): a
        # subhead taken from a quotation below. Only the paragraphs around it are its pull quote's.
        low, high = max(0, position - 1), position + 2
    for other in (*blocks[low:position], *blocks[position + 1 : high]):
        if other.is_single_line and len(other.text) <= len(blocks[position].text):
            continue
        # Only the opening words: a quoted subhead (‘I was told I paid’) quotes a sentence inside a paragraph.
        if _WORD.findall(other.text[: len(blocks[position].text) + 40].casefold())[: len(words)] == words:
            return True
    return False
