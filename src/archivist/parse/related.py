"""Teaser and related-content boxes, kept out of the article body.

Three shapes: a heading repeated twice (a web page's box title copied with its link) followed by its
teaser; a teaser paragraph ending in ``(more)`` or ``Read more``, with the heading above it; and a
``Related:`` / ``See also`` list.
"""

from __future__ import annotations

import re

from archivist.parse.blocks import Block
from archivist.parse.creditwords import LABELLED
from archivist.parse.headings import is_heading_like, is_list_item, same_heading
from archivist.parse.labelwords import MORE_RELATED, RELATED, table_words
from archivist.parse.words import SCRIPT_FULL_STOPS, alternation, case_spellings
from archivist.record.model import Related, Span, Text

_MORE = re.compile(
    r"(?:\(more\)|\[more\]|\bmore\s*[»›>]+|\bRead more\b\.?|\bRead on\b\.?|\(mehr\)|\(suite\))\s*$",
    re.IGNORECASE,
)
# The last character of every ending _MORE allows, "." left aside ("Read more.", "Read on."); no other
# character folds to e or n under IGNORECASE.
_MORE_LAST = frozenset(")]»›>eEnN")
_MORE_REACH = len("Read more.")  # the longest ending, every character of _MORE's matching one character
# Every language's teaser label (``Read more``, ``Czytaj więcej``, ``TE PUEDE INTERESAR``) in the
# spellings a page sets it in (as written, lower case, capitals, capitalised, title case): a pattern that
# ignores case tried each of its first letters, folded, on every block of every body.


def _spelled(phrases: tuple[str, ...]) -> str:
    return alternation(case_spellings(phrases)).replace("'", "['’]")


# ``More from X`` / ``Also on X`` / ``Więcej z kategorii X`` naming the house or the section (in up to three
# words: ``More from CBS News``), or a label
# (``Read more from X:``, the house after it);
# then a colon, a bar or the line's end.
_LABEL_WORDS = (*table_words(RELATED), *table_words(MORE_RELATED))
_MORE_FROM = ("More from", "Also on", "Więcej z kategorii", "Więcej z działu")
# "Más en Andina:", "Mais de Economia:": the same in other languages, where the words open sentences and
# subheads too ("Plus de contrôles"): only before a capitalised name and a colon.
_MORE_AT = "Más en|Más de|Mais em|Mais de|Plus de|Mehr von|Mehr aus|Meer van|Altro da"
_LABEL_BODY = (
    rf"(?:(?:{_spelled(_MORE_FROM)})\s+\w+(?:\s+[A-ZÀ-Þ][\w'’&.-]*){{0,2}}"
    rf"|(?:{_MORE_AT})\s+[A-ZÀ-Þ][\w'’&.-]*(?:\s+[A-ZÀ-Þ][\w'’&.-]*){{0,2}}(?=\s*:)"
    rf"|{_spelled(_LABEL_WORDS)})"
    r"(?:\s+(?:from|From|FROM)\s+[A-ZÀ-Þ][\w'’&.-]*(?:\s+[A-ZÀ-Þ][\w'’&.-]*){0,3}(?=\s*:))?"
    # (a Chinese or Japanese label's full-width colon; "Lee también...", the ellipsis closing a label alone on
    # its line over the headline it names, as a colon does)
    # (Ethiopic's colon "፦" and Khmer's "៖" close a label as the colon does: "ተዛማጅ ዜና፦ <headline>")
    r"(?=\s*(?::|：|፦|៖|\||(?:\.\.\.?|…)?$)|-\s)"
    # ("यह भी पढ़ें- <headline>", a Hindi page's hyphen set tight after its label)
)
_PLAIN_LABEL = re.compile(_LABEL_BODY)
# "▸延伸閱讀：…", "► Read more:": an arrow or a square the page sets before its label (a pattern of its own,
# tried only on lines opening with one: an optional mark before the labels made every match dearer)
_LABEL_MARKS_BEFORE = "▸►▶■□◆"
_MARKED_LABEL = re.compile(rf"[{_LABEL_MARKS_BEFORE}]\s*{_LABEL_BODY}")


# The first word of every label, folded (``read``, ``oxu``, ``ተዛማጅ``): a line opening with no such word is
# told without trying the pattern's thousands of spellings (the tables hold some sixty languages' labels).
_FIRST_WORD = re.compile(r"[^\s:：|፦៖]+")


def _first_word(line: str) -> str:
    found = _FIRST_WORD.match(line)
    return "" if found is None else found.group(0).rstrip(".…-").replace("’", "'").casefold()


_LABEL_FIRST_WORDS = frozenset(
    _first_word(label) for label in case_spellings((*_LABEL_WORDS, *_MORE_FROM, *_MORE_AT.split("|")))
)  # (every spelling: Greek's capitals drop the tonos, "ΔΕΙΤΕ ΕΠΙΣΗΣ")


# Arabic-script labels as pages spell them: the hamza on the alef written or not ("اقرأ", "إقرأ", "اقرا"),
# the tanween placed before the alef or after it or left out ("أيضاً", "أيضًا", "أيضا"), the kashida
# stretching a word, Persian's and Arabic's yeh and kaf exchanged ("بیشتر"/"بيشتر"), the ta marbuta dotless:
# the table's labels and the page's line are both read folded to one spelling, so that every label of every
# language written in the script (Arabic, Persian, Urdu, Pashto, Sindhi, Kurdish, Uyghur) is found however
# spelt, not only in the spellings listed.
_ARABIC_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ې": "ي", "ۍ": "ي", "ك": "ک", "ة": "ه"}
    | dict.fromkeys("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640")
)
_ARABIC_FIRST, _ARABIC_LAST = "\u0600", "\u06ff"


def _arabic_script(phrase: str) -> bool:
    return bool(phrase) and _ARABIC_FIRST <= phrase[0] <= _ARABIC_LAST


_FOLDED_LABELS = sorted(
    {label.translate(_ARABIC_FOLD) for label in _LABEL_WORDS if _arabic_script(label)}, key=len, reverse=True
)
_FOLDED_LABEL = re.compile(rf"(?:{alternation(_FOLDED_LABELS)})(?=\s*(?::|\||(?:\.\.\.?|…)?$)|-\s)")
_FOLDED_FIRST_WORDS = frozenset(_first_word(label) for label in _FOLDED_LABELS)


class _FoldedLabel:
    """Where a label read folded ends in the line as the page spells it (``re.Match.end``'s reading)."""

    __slots__ = ("_end",)

    def __init__(self, end: int) -> None:
        self._end = end

    def end(self) -> int:
        return self._end


def _folded_label(line: str) -> _FoldedLabel | None:
    """The Arabic-script label opening ``line`` in a spelling the table does not list (``_ARABIC_FOLD``)."""
    head = line[:_LABEL_REACH]
    folded = head.translate(_ARABIC_FOLD)
    if _first_word(folded) not in _FOLDED_FIRST_WORDS:
        return None
    found = _FOLDED_LABEL.match(folded)
    if found is None:
        return None
    # the folded line's end back in the page's spelling: past as many kept letters, and the marks after them
    kept = 0
    end = 0
    while end < len(head) and kept < found.end():
        if head[end].translate(_ARABIC_FOLD):
            kept += 1
        end += 1
    while end < len(head) and not head[end].translate(_ARABIC_FOLD):
        end += 1
    return _FoldedLabel(end)


def _label_match(line: str) -> re.Match[str] | _FoldedLabel | None:
    """The related label opening ``line``, an arrow or a square before it allowed."""
    if line and line[0] in _LABEL_MARKS_BEFORE:
        return _MARKED_LABEL.match(line)
    arabic = _ARABIC_FIRST <= line[:1] <= _ARABIC_LAST
    if _first_word(line) not in _LABEL_FIRST_WORDS:
        # (a line in the Arabic script is read again folded: its label may be spelt otherwise)
        return _folded_label(line) if arabic else None
    return _PLAIN_LABEL.match(line) or (_folded_label(line) if arabic else None)


_BULLET = re.compile(r"[-*•·▪–]\s")


# what closes a label before the headline it names on its line
_LABEL_MARKS = (":", "：", "፦", "៖", "|", "- ")
# "Lee también...": a label alone, its headline on the next line; "اقرأ أيضا..", two dots for the ellipsis
_LABEL_ELLIPSES = ("...", "…", "..")
_LABEL_REACH = 60  # a label, with its house's name ("Read more from X:"), ends by here


def _may_open_with_label(line: str) -> bool:
    """False only where ``_label_match`` cannot match: a label is followed by a colon, a bar or the line's end
    near the line's start (told without trying the label's words on every paragraph)."""
    if len(line) <= _LABEL_REACH:
        return True
    # (each mark sought as a string in the line's opening: a pattern of their class, or ``find`` with its
    # bounds, costs several times as much on the paragraphs, most holding none)
    head = line[:_LABEL_REACH]
    return (
        ":" in head
        or "|" in head
        or "\n" in head
        or "\r" in head
        or "：" in head
        or (not line.isascii() and ("፦" in head or "៖" in head))
        # (a Hindi label's hyphen, "यह भी पढ़ें- …": sought only in a line of another script than Latin)
        or (not line.isascii() and "- " in head)
    )


def is_related_label(line: str) -> bool:
    """Whether ``line`` opens with a related-content label (``Read more:``, ``See also``)."""
    if not _may_open_with_label(line):
        return False
    label = _label_match(line)
    if label is None:
        return False
    rest = line[label.end() :].lstrip()
    return not rest or rest.startswith(_LABEL_MARKS) or rest in _LABEL_ELLIPSES


def opens_with_label(line: str) -> bool:
    """Whether ``line`` opens with a related-content label's words (followed by anything)."""
    return _may_open_with_label(line) and _label_match(line) is not None


def find_related(blocks: list[Block], text: str) -> tuple[list[Related], set[int]]:
    """The related boxes among ``blocks`` (the article body) and the indexes of the blocks they use."""
    boxes: list[Related] = []
    used: set[int] = set()
    index = 0
    while index < len(blocks):
        consumed = _box_at(blocks, index, text)
        if consumed is None:
            index += 1
            continue
        box, first, last = consumed
        boxes.append(box)
        used.update(range(first, last + 1))
        index = last + 1
    return boxes, used


def _box_at(blocks: list[Block], index: int, text: str) -> tuple[Related, int, int] | None:
    block = blocks[index]
    label = _label_match(block.text) if _may_open_with_label(block.text) else None
    if label is not None and block.text[label.end() :].strip() in _LABEL_ELLIPSES:
        # "Lee también...": the label and its ellipsis alone on the line, the headline under it
        box, last = _label_box(blocks, index, text, len(block.text))
        return box, index, last
    if label is not None and (
        label.end() == len(block.text)
        or block.text[label.end() :].lstrip().startswith(_LABEL_MARKS)
        # "Related Topics" alone on the block's first line, its list on the lines under it
        or (block.text[label.end()] in "\r\n" and _headline_list(block))
    ):
        box, last = _label_box(blocks, index, text, label.end())
        return box, index, last
    if label is None and len(block.text) <= _MAX_CAPITALS_TEASER and (colon := _capitals_label(block.text)):
        # "ALSO READ: …", "Ẹ KA ÌRÒYÌN MÌÍRÀN: …", "LES EISINI: …": a label in capitals, in any language
        label_end = len(block.text[:colon].rstrip())  # (a dash's or a bar's space before it left out)
        heading = Text(block.text[:label_end], Span(block.start, block.start + label_end))
        first = colon + 1
        while block.text[first] == " ":
            first += 1
        teaser = Text(block.text[first:], Span(block.start + first, block.end))
        return Related(heading, teaser, Span(block.start, block.end)), index, index
    if label is None and (run_on := _run_on_teaser(block)) is not None:
        label_text = block.text[:run_on].rstrip()  # "À lire aussi" over the headline run on after it
        heading = Text(label_text, Span(block.start, block.start + len(label_text)))
        teaser = Text(block.text[run_on:], Span(block.start + run_on, block.end))
        return Related(heading, teaser, Span(block.start, block.end)), index, index
    if is_heading_like(block) and index + 1 < len(blocks) and same_heading(block, blocks[index + 1]):
        last = index + 1
        teaser = None
        if last + 1 < len(blocks) and not is_heading_like(blocks[last + 1]):
            last += 1
            teaser = blocks[last]
        return _related(text, block, teaser, blocks[index].start, blocks[last].end), index, last
    if _may_end_with_more(block.text) and _more(block.text):
        # The heading above the teaser belongs to the box, not to the body.
        has_heading = index > 0 and is_heading_like(blocks[index - 1])
        heading = blocks[index - 1] if has_heading else None
        return _related(text, heading, block, (heading or block).start, block.end), index - has_heading, index
    return None


_MAX_CAPITALS_LABEL = 40
_MAX_CAPITALS_TEASER = 160
_MIN_TEASER_WORDS = 3
_MIN_ONE_WORD_LABEL = 4  # "WATCH:", "PHOTOS:"; no "Q:" of an interview, no "UK:"


def _capitals_label(line: str) -> int:
    """Where the colon closes a label set in capitals before a headline set in small letters, on a line of
    its own among the paragraphs (``ALSO READ: Saleyards upgrade on track``, ``Ẹ KA ÌRÒYÌN MÌÍRÀN: Ọlọ́pàá mú
    afurasí méjì``, ``LES EISINI: Svimjifelagið: Børnini mista eitt heilt ár``): a link to another story,
    whatever the label's language, told by its shape: the words before the colon all in capitals (a script
    with cases), those after it in small letters too, three or more, ending with no stop as a headline does
    (a subhead in capitals is capitals throughout; a paragraph opening with a place in capitals ends with its
    stop). 0 if the line is no such teaser."""
    if len(line) > _MAX_CAPITALS_TEASER or "\n" in line or not line[: line.find(" ")].isupper():
        return 0  # (its first word in capitals told first: most lines open otherwise)
    colon = line.find(": ", 0, _MAX_CAPITALS_LABEL)
    if colon <= 0:
        # "READ MORE - …", "LIES OCH – …", "RELATED | …": a dash or a bar set apart closes the label as well
        colon = _capitals_label_mark(line)
        if colon <= 0:
            return 0
    label, rest = line[:colon].rstrip(), line[colon + 2 :].strip()
    words = label.split()
    if (
        not label.isupper()
        or not all(word.replace("'", "").replace("’", "").isalpha() for word in words)
        or (len(words) == 1 and len(label) < _MIN_ONE_WORD_LABEL)
        or rest.isupper()
        or len(rest.split()) < _MIN_TEASER_WORDS
        or rest.endswith((":", "："))
        or _STOPPED.search(rest) is not None
    ):
        return 0
    return colon


def capitals_teaser(line: str) -> bool:
    """Whether ``line`` is a link to another story under a label in capitals (``ALSO READ: …``): see
    ``_capitals_label``; its label is no dateline's place (``LIES OCH: …``, ``READ MORE - …``)."""
    return len(line) <= _MAX_CAPITALS_TEASER and _capitals_label(line) > 0


def _capitals_label_mark(line: str) -> int:
    """Where a dash or a bar set apart by spaces closes a label in capitals (its space before it), or 0."""
    for mark in (" - ", " – ", " — ", " | "):
        found = line.find(mark, 0, _MAX_CAPITALS_LABEL)
        if found > 0:
            return found + 1
    return 0


def ends_with_more(passage: str) -> bool:
    """Whether ``passage`` ends with ``(more)``, ``Read more``, ``(mehr)``: a related box's teaser."""
    return _may_end_with_more(passage) and _more(passage) is not None


def _more(passage: str) -> re.Match[str] | None:
    """``_MORE.search(passage)``, searched only over the passage's end: the pattern is anchored there, and
    each of its endings reaches at most ``_MORE_REACH`` characters back from the marks (``»``) and white
    space closing the passage (a search over the whole paragraph tried the pattern at each of its words)."""
    words_end = len(passage.rstrip().rstrip("»›>").rstrip())
    return _MORE.search(passage, max(0, words_end - _MORE_REACH))


def _may_end_with_more(passage: str) -> bool:
    """False only where ``_MORE`` cannot match: a paragraph ends with its stop after any other word, told
    without searching the whole paragraph for the pattern anchored at its end."""
    tail = passage.rstrip()
    if tail.endswith("."):
        tail = tail[:-1]
        return tail[-1:] in "eEnN"  # only "Read more" and "Read on" take a stop after them
    return tail[-1:] in _MORE_LAST


def _label_box(blocks: list[Block], index: int, text: str, label_end: int) -> tuple[Related, int]:
    block = blocks[index]
    heading_end = block.start + label_end
    heading = Text(text[block.start : heading_end], Span(block.start, heading_end))
    inline_start = block.start + label_end
    while inline_start < block.end and (text[inline_start].isspace() or text[inline_start] in ":：፦៖|-"):
        inline_start += 1
    first = inline_start if inline_start < block.end else None
    same_line = (
        first is not None and "\n" not in text[heading_end:first] and "\r" not in text[heading_end:first]
    )
    last_end = block.end
    last = index
    # "READ MORE: <a headline>" names its one story on the label's line; a list follows a bare label.
    while (
        last + 1 < len(blocks)
        and (not same_line or _BULLET.match(blocks[last + 1].text))
        and not _closed_by_blank_line(blocks, index, last + 1)
        and (is_list_item(blocks[last + 1]) or (not same_line and _headline_list(blocks[last + 1])))
        and not _label_match(blocks[last + 1].text)
        and not (last > index and _paragraph_after_headlines(blocks[index + 1 : last + 1], blocks[last + 1]))
        and not (last > index and _subhead_after_headlines(blocks, index + 1, last + 1))
        and not (last > index and _echoed_subhead(blocks, index + 1, last + 1))
        and LABELLED.search(blocks[last + 1].text) is None  # "… Credit: Jane Doe/PA": a caption, no teaser
    ):
        last += 1
        last_end = blocks[last].end
        if first is None:
            first = blocks[last].start
    body = Text(text[first:last_end], Span(first, last_end)) if first is not None else None
    return Related(heading, body, Span(block.start, last_end)), last


def _closed_by_blank_line(blocks: list[Block], label: int, candidate: int) -> bool:
    """A list set tight (``Read more`` over two headlines, or ``LEIA TAMBÉM:`` over a blank line and two
    headlines one under the other) ends at the first blank line after it: the short line after that is the
    story's subhead over its next paragraph, not one more headline. A bullet carries the list on, and a
    list whose items stand apart (a blank line over each) runs over its blank lines."""
    return (
        candidate > label + 1
        and blocks[candidate - 1].blank_lines_before == 0
        and blocks[candidate].blank_lines_before > 0
        and _BULLET.match(blocks[candidate].text) is None
        # a subhead heads a paragraph; the page's foot under the box ("Forum" / "412 Postings") heads none
        and candidate + 1 < len(blocks)
        and _story_paragraph(blocks[candidate + 1].text)
    )


_STORY_PARAGRAPH = 100
_MAX_SUBHEAD_WORDS = 3
_MIN_HEADLINE_WORDS = 5


def _subhead_after_headlines(blocks: list[Block], first: int, candidate: int) -> bool:
    """``ALSO READ`` over two headlines, then ``Fares`` over a paragraph, set tight: a line of a few words
    under the box's headlines (each of several words) heading the story's next paragraph is the story's
    subhead, not one more link (a list of tags under a label is of short names throughout)."""
    if candidate + 1 >= len(blocks) or len(blocks[candidate].text.split()) > _MAX_SUBHEAD_WORDS:
        return False
    # (the paragraph under it long, or a sentence closed by its stop however short: "Mewn datganiad,
    # dywedodd y cyngor nad oes penderfyniad eto." heads no list of links)
    return all(len(item.text.split()) >= _MIN_HEADLINE_WORDS for item in blocks[first:candidate]) and (
        _story_paragraph(blocks[candidate + 1].text)
    )


_MAX_ECHO_WORDS = 10
_MIN_ECHOED = 2
_STEM = 5  # letters: "tahliye" and "tahliyenin", "dakikada" and "dakikadan" share theirs
_WORD = re.compile(r"\w+")


def _stems(passage: str) -> set[str]:
    """The first letters of ``passage``'s words of four letters or more, and its numbers."""
    return {word[:_STEM].casefold() for word in _WORD.findall(passage) if len(word) >= 4 or word.isdigit()}


def _echoed_subhead(blocks: list[Block], first: int, candidate: int) -> bool:
    """``İlgili Haberler`` over two headlines, then ``Tahliye 3 dakikada tamamlandı`` over ``… tahliyenin
    ortalama 3 dakikada tamamlandığını söyledi.``, set tight: a short line under the box whose words come
    back in the paragraph under it (two or more, half of its own at least, and more than any of the box's
    headlines shares with that paragraph) names that paragraph's matter: the story's subhead, not one more
    link to another story.
    (Word stems and numbers, so in any language that spaces its words; any headline count or length.)"""
    if candidate + 1 >= len(blocks):
        return False
    line = blocks[candidate].text
    below = blocks[candidate + 1].text
    if (
        not blocks[candidate].is_single_line
        or len(line.split()) > _MAX_ECHO_WORDS
        or _STOPPED.search(line) is not None
        or not _story_paragraph(below)
    ):
        return False
    paragraph = _stems(below)
    own = _stems(line)
    echoed = len(own & paragraph)
    # (half of its words at least: a headline on a neighbouring story, "Gurgaon residents protest as tanker
    # rates double", shares a word or two with the paragraph, not most of its own)
    return (
        echoed >= _MIN_ECHOED
        and 2 * echoed >= len(own)
        and all(len(_stems(item.text) & paragraph) < echoed for item in blocks[first:candidate])
    )


def _story_paragraph(passage: str) -> bool:
    """A paragraph of the story: long, or a sentence closed by its stop."""
    return len(passage) >= _STORY_PARAGRAPH or _STOPPED.search(passage) is not None


_MAX_LIST_LINE = 150
_MAX_LIST_LINES = 8


def _headline_list(block: Block) -> bool:
    """A block of a few short lines, none ending with a full stop: headlines listed under a bare label."""
    lines = block.text.splitlines()
    return 1 < len(lines) <= _MAX_LIST_LINES and all(
        0 < len(line.strip()) <= _MAX_LIST_LINE and not _STOPPED.search(line.strip()) for line in lines
    )


# (a headline cut short by the box, ``Villagers say last...``, ends with three dots and no sentence: the
# last of them is no stop; the look behind is tried only at a stop, the pattern being searched over whole
# paragraphs)
_STOPPED = re.compile(rf"[.!。！{SCRIPT_FULL_STOPS}](?<!\.\.\.)[\"'”’»)]?$")


def _paragraph_after_headlines(items: list[Block], block: Block) -> bool:
    """The box's list ran headlines (no item ending with a stop): a line ending with its stop after them is
    the story's paragraph again, however short."""
    return _STOPPED.search(block.text) is not None and not any(_STOPPED.search(item.text) for item in items)


def _related(text: str, heading: Block | None, teaser: Block | None, start: int, end: int) -> Related:
    return Related(
        Text(heading.text, Span(heading.start, heading.end)) if heading else None,
        Text(teaser.text, Span(teaser.start, teaser.end)) if teaser else None,
        Span(start, end),
    )


# A label of two words or more run straight into the headline it links to, no colon or bar between them
# (``À lire aussi Grève : ce que dit la loi``, ``Read more Ferry fares to rise``): one teaser line. A
# one-word label (``Watch``, ``Mira``) opens sentences and names too often to be read so.
_RUN_ON_LABEL = re.compile(
    rf"(?:{_spelled(tuple(word for word in table_words(RELATED) if ' ' in word))})\s+(?=[A-ZÀ-Þ«“\"‘'])"
)
_MAX_RUN_ON_TEASER = 160


def _run_on_teaser(block: Block) -> int | None:
    """Where the headline starts after a run-on teaser label, on a short single line ending with no stop
    (a paragraph opening with the same words ends its sentence); None if ``block`` is no such teaser."""
    if (
        not block.is_single_line
        or len(block.text) > _MAX_RUN_ON_TEASER
        # (a stop's marks looked for alone first: ``in`` is cheaper than the pattern's search at every place)
        or (("." in block.text or "!" in block.text) and _STOPPED.search(block.text) is not None)
        or block.text.endswith(("?", ":"))
    ):
        return None
    if _first_word(block.text) not in _LABEL_FIRST_WORDS:
        return None  # (the cheap test first)
    found = _RUN_ON_LABEL.match(block.text)
    return found.end() if found is not None else None
