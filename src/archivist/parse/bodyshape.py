"""Page furniture told by its shape, not by its words: the lines a page copied whole puts around the story
(buttons, promos, a "More from" list, tags, counts, a copyright line and what follows it) that
``archivist.parse.furniture`` does not know because the publisher is new to it.

A story's paragraph ends with a sentence's stop; the page's furniture mostly does not (``Share``, ``Most
viewed``, ``Tags: bus | rail``, ``Commentaires (48)``, a list of headlines). So:

- at the foot of the body, the blocks read upward from the page's end whose every line is short and ends
  with no stop are furniture, up to the story's last paragraph; the scan stops at a sign-off (a wire mark,
  the desk's credits, ``T/ Jane Doe``), a labelled name (``Reporter: Jane Doe``), a name alone between
  blank lines (the byline printed under the story), a line closing a letter (``With love,``) and a line in
  brackets (``[Name]``): those are the story's or its sign-off's;
- a copyright line under the story (``© RIPRODUZIONE RISERVATA``, ``Copyright © Agency 2025``) closes it:
  the short blocks under it are the page's whatever their stop (``Iscriviti alla newsletter …``); so are the
  short blocks between a sign-off and the furniture found under it;
- at the top of the body, short lines ending with no stop before its first paragraph (``Listen to this
  article``, ``Dela``);
- in the middle, only a short line ending with no stop that the page prints again elsewhere (``Share`` at
  the top and at the foot) or a fragment opening in lower case (``assine ou faça login``): a subhead is a
  short line ending with no stop too, and a one-word subhead is a real one.

Each reader returns the positions it leaves out; ``archivist.parse.structure`` records them as evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from archivist.parse.blocks import Block
from archivist.parse.dateblockcache import read_date_block
from archivist.parse.dateline import find_dateline
from archivist.parse.frontline import labelled_name, loose_byline
from archivist.parse.furniture import app_offer
from archivist.parse.headings import is_result_line
from archivist.parse.labelwords import CONTACTS, table_words
from archivist.parse.related import ends_with_more, find_related, opens_with_label
from archivist.parse.signoff import contact_block, ends_wire_copy
from archivist.parse.words import SCRIPT_STOPS

# A sentence's stop at a line's end, closing quotes and brackets after it (``… said.”``, ``(AP).``); the
# CJK full stops too (a Japanese paragraph ends with "。").
# (and the stops of scripts of their own: the Devanagari danda ``।``, the Urdu full stop ``۔``, the Arabic
# question mark ``؟``; the Armenian full stop ``։``, the Ethiopic ``።`` and ``፧``, the Khmer ``។`` and ``៕``,
# the Burmese ``။``, the Tibetan ``།``)
_STOP = re.compile(rf"[.!?…。！？{SCRIPT_STOPS}][\"'”’»)\]」』]*$")
_STOPS = frozenset(".!?…。！？" + SCRIPT_STOPS)
_CLOSERS = frozenset("\"'”’»)]」』")
_MAX_FURNITURE_LINE = 200  # "Sign up for push alerts and have the best news … delivered to your phone"
# A sentence's stop inside a line after a word (``… rice importers. – Rappler.com``, ``He met Smith. — John
# Smith``): prose with a tag or a signature after it, the story's. (``U.S.`` and ``St.`` end no sentence,
# nor does a headline's ellipsis: ``관리비 1년 새 11% 올라… 난방비가 주도``.)
_INNER_STOP = re.compile(r"(?:[^\W\d_]{2}[.!?]|[。！？])[\"'”’»)]*\s")
# (the stops of scripts of their own inside a line, sought apart: a class holding them made the pattern above,
# tried on every foot line, dearer)
_SCRIPT_INNER_STOP = re.compile(rf"[{SCRIPT_STOPS}][\"'”’»)]*\s")


def _inner_stop(line: str) -> bool:
    """Whether ``line`` holds a sentence's stop before more words (``… said. — John Smith``)."""
    return _INNER_STOP.search(line) is not None or (
        not line.isascii() and _SCRIPT_INNER_STOP.search(line) is not None
    )


# Scripts whose sentences end with no full stop (Thai, Lao) or with marks of their own (Khmer ``។``, Burmese
# ``။``): a line's missing stop tells nothing there, and a line of theirs longer than a link's headline or a
# button is prose by its length alone.
_NO_STOP_SCRIPT = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
_MAX_SPACELESS_LINE = 60  # a line of a script written without spaces: a headline is shorter
_MAX_STOPLESS = 80  # over the story, a line this long is furniture only with no sentence's stop inside it
_MAX_TOP_LINE = 110  # a button or a caption left over the first paragraph; a paragraph is longer
_MAX_MIDDLE_LINE = 80
_MAX_FRAGMENT_WORDS = 5
# A figure in a line printed twice: a table's or a recipe's row (``Avg shrs 1,458,000 vs 1,125,000``).
_ANY_DIGIT = re.compile(r"\d")
_STORY_BLOCK = 100  # a block this long is a paragraph of the story
_SHORT_STORY_BLOCK = 40  # and one this long closed by its stop
_MIN_STORY_BLOCKS = 2  # the story's paragraphs left above the page's foot
_MAX_NOTE = 300  # a block under a copyright line or a sign-off this long is the story again
_MAX_UNDER_CLOSING = 4  # blocks between a sign-off and the furniture under it
_MAX_UNDER_END_MARK = 8  # blocks of the page's notes and promotions under a wire's end mark or a sign-off
_MAX_LABEL = 30  # a label's colon stands this near a line's start (``Fotografía:``)
_MAX_LABEL_WORDS = 3
_MIN_HEADLINE_WORDS = 6  # a link's headline under a list's label; a button or a label is shorter
# "© 2025 Example Media", "(c) Agency", "Copyright © ANTARA 2025", "COPYRIGHT": a copyright line opens with
# its mark (a sentence naming copyright does not open so and ends with its stop).
_COPYRIGHT_LINE = re.compile(r"(?:©|\([cC]\)|Copyright\b|COPYRIGHT\b)[^\r\n]{0,160}$")


def copyright_notice(block: str) -> bool:
    """Whether each line of ``block`` is a copyright notice (``Copyright 2026 KWTV. All rights reserved``)."""
    return _copyright_mark(block) and all(
        _COPYRIGHT_LINE.match(line.strip()) for line in block.splitlines() if line.strip()
    )


def stopless_script_prose(line: str) -> bool:
    """A line of Thai, Lao, Khmer or Burmese longer than a link's headline: prose, though no stop ends it."""
    return len(line) > _MAX_STOPLESS and _NO_STOP_SCRIPT.search(line) is not None


def unstopped(line: str) -> bool:
    """Whether the (stripped) ``line`` ends with no sentence's stop."""
    last = line[-1:]
    if last in _STOPS:
        return False
    # (the pattern only after a closing quote or bracket: the last character tells every other line)
    return last not in _CLOSERS or _STOP.search(line) is None


def _furniture_line(line: str, limit: int) -> bool:
    """A line of the page's furniture by its shape: short, ending with no stop, not the comma of a letter's
    closing (``With love,``) and not a line in brackets (``[Name]``, ``(Reporting by …)``)."""
    stripped = line.strip()
    if not stripped or len(stripped) > limit or not unstopped(stripped):
        return False
    if len(stripped) > _MAX_SPACELESS_LINE and " " not in stripped:
        return False  # a Chinese or Japanese paragraph cut short by a paywall (no stop), not a link's line
    if stripped.endswith(","):
        return False
    if len(stripped) > _MAX_STOPLESS and _inner_stop(stripped):
        return False  # (a caption left over the story, ``… 있다. /김도윤 기자``, is shorter)
    if stopless_script_prose(stripped):
        return False  # a Thai, Lao, Khmer or Burmese paragraph: its script closes no sentence with our stops
    if stripped[0] == "[" and stripped[-1] == "]" and _EMBED_PLACEHOLDER.fullmatch(stripped):
        return True  # "[Gambas:Video 20detik]", "[embed]…[/embed]": the page's player, left as its code
    return not (stripped[0] in "[(" and stripped[-1] in "])")


# A content system's code for an embedded player or post, copied as text where the player stood: a name run
# into its colon ("[Gambas:Video 20detik]", "[Instagram:…]", "[youtube:…]"), or a shortcode's name alone
# ("[video]", "[embed]", "[/gallery]"): no sentence and no editor's placeholder ("[Name]") is so written.
_EMBED_PLACEHOLDER = re.compile(
    r"\[[A-Za-z][\w-]{1,20}:[^\s\]][^\]]{0,80}\]"
    r"|\[/?(?i:video|embed|audio|gallery|caption|youtube|tweet|twitter|instagram|facebook|tiktok|iframe"
    r"|player|podcast|poll|quiz|ad|advert|related)\b[^\]]{0,120}\]"
)


def _furniture_block(block: Block, limit: int = _MAX_FURNITURE_LINE) -> bool:
    return all(_furniture_line(line, limit) for line in block.text.splitlines() if line.strip())


def _name_alone(text: str, blocks: list[Block], position: int) -> bool:
    """A name alone on its line between blank lines, right under the story's last paragraph (``Gia Minh``):
    the byline printed under the story, which the byline reader takes. A name tight among short lines is a
    list's item (``Abu Dhabi`` over ``Transport``), one under other furniture a link's (``Newsletter
    Clarín``) or over a headline a list's label (``Noticias Destacadas``), a line in capitals a button
    (``ABOUT THE STAR``)."""
    block = blocks[position]
    if (
        not block.is_single_line
        or block.text.isupper()
        or position < 1
        or unstopped(blocks[position - 1].text)
    ):
        return False
    if position + 1 < len(blocks):
        under = blocks[position + 1]
        if under.blank_lines_before == 0:
            return False
        head = under.text.partition("\n")[0]
        if len(head.split()) >= _MIN_HEADLINE_WORDS and unstopped(head):
            return False  # "Noticias Destacadas" over a headline: the label of a list of links
    if block.blank_lines_before == 0:
        return False
    found = loose_byline(text, block.start, block.end)
    return found is not None and bool(found.authors)


def foot_furniture(
    text: str, blocks: list[Block], first: int, closing: Callable[[str], bool]
) -> tuple[int, str | None]:
    """Where the page's furniture under the story begins among ``blocks`` (the body from ``first``), and
    what decided it (``None``: the page ends with the story, ``len(blocks)`` returned). ``closing`` says
    whether a line is a sign-off (the wire's mark, the desk's credits, a copyright notice)."""
    if len(blocks) - first < _MIN_STORY_BLOCKS + 1:
        return len(blocks), None
    cut = len(blocks)
    position = len(blocks) - 1
    rule = None
    box = None
    if _note_under_name(text, blocks, position):
        cut, position, rule = position - 1, position - 2, "author-note-under-name"
    elif _copyright_under_furniture(blocks, first, position, closing):
        cut, position, rule = position, position - 1, "copyright-under-page-furniture"
    elif _cjk_rights_notice(blocks[position]):
        # (closing the page under a related box, which would take it for one of its links)
        cut, position, rule = position, position - 1, "rights-notice-under-story"
    under_box = cut  # (what closes the page under the furniture stays out of a box found above it)
    while position > first:
        box = _related_box(text, blocks, position)
        if box is not None:
            cut = min(box, under_box)  # the box's blocks stay for its reader, the furniture under it goes
            break
        if not _foot_line(text, blocks, position, closing):
            break
        cut = position
        position -= 1
    if rule is None and cut < len(blocks):
        rule = "unstopped-lines-under-story"
    # (over a related box kept whole, a sign-off is no concern here: archivist.parse.structure reads the
    # sign-off over a box)
    reach = cut - 1 if box is not None else max(first, cut - 1 - _MAX_UNDER_CLOSING)
    for above in range(cut - 1, reach, -1):
        lines = blocks[above].text.splitlines()
        # A copyright line closes the story: the short blocks under it are the page's (the furniture found
        # under them, or a newsletter's offer written as a sentence).
        if _copyright_mark(blocks[above].text) and any(_COPYRIGHT_LINE.match(line.strip()) for line in lines):
            if above + 1 < cut:
                cut, rule = above + 1, "under-copyright-line"
            break
        # A sign-off over the furniture, notes between them (``Join the conversation`` over the house's
        # note on comments): the notes are the page's too.
        if rule is not None and any(closing(line.strip()) for line in lines):
            if above + 1 < cut:
                cut, rule = above + 1, "under-signoff"
            break
        if len(blocks[above].text) > _MAX_NOTE:
            break  # the story's paragraph: no sign-off closes it within reach
    # (under a page ending with a sentence, only a wire's end mark is sought: its test is cheap, and a
    # sign-off over the page's notes is found by the furniture under them)
    if (
        box is None
        and (end_mark := _under_end_mark(blocks, first, cut, closing if rule else None)) is not None
    ):
        cut, rule = end_mark, "under-end-mark"
    if rule is None or not _story_above(blocks, first, cut):
        return len(blocks), None
    if contact_block([block.text for block in blocks[first:]]):
        return len(blocks), None  # a press release's contacts close it: names and numbers, no stops
    return cut, rule


# (the page's offer of its app, ``furniture.app_offer``: under the story, a line of its own, short)
_MAX_APP_OFFER = 160


def _app_offer(block: Block) -> bool:
    return block.is_single_line and len(block.text) <= _MAX_APP_OFFER and app_offer(block.text.strip())


def _copyright_under_furniture(
    blocks: list[Block], first: int, position: int, closing: Callable[[str], bool]
) -> bool:
    """``© 2026 Agency. All rights reserved.`` closing the page under its furniture (``Instagram :
    @agency``, a date line, ``Comments (23)``): the page's copyright, not the story's; under the story's
    last paragraph or a sign-off it closes the story and stays for the sign-off reader."""
    if position - 1 <= first:
        return False
    block, above = blocks[position], blocks[position - 1]
    if not copyright_notice(block.text):
        return False
    if _app_offer(above):
        return True  # "Download the … app for the latest updates." over it: the page's offer, then its notice
    return _furniture_block(above) and not any(closing(line.strip()) for line in above.text.splitlines())


def _under_end_mark(
    blocks: list[Block], first: int, cut: int, closing: Callable[[str], bool] | None
) -> int | None:
    """Where the page's notes begin under a wire's end mark or a sign-off standing a few blocks over
    ``cut`` (``PTI SPK NSK`` over ``(This story has not been edited …)`` over ``Catch all the latest news …``;
    ``-- BERNAMA`` over the agency's note on itself; ``—WITH A REPORT FROM JANE DOE`` over the newsletter's
    terms): the story ends with its mark, and the short blocks under it are the page's whatever their stop.
    None if no mark stands there, or a block as long as a paragraph comes first."""
    # (a page ending with its sentence holds few notes under a mark: its notes are sought no further)
    reach = _MAX_UNDER_END_MARK if closing is not None else _MAX_UNDER_CLOSING
    for above in range(cut - 1, max(first, cut - 1 - reach), -1):
        block = blocks[above]
        if ends_wire_copy(block.text):
            return above + 1 if above + 1 < cut else None
        if closing is not None and _closing_block(block.text, closing):
            # (a wire's end mark over the notes, ``PTI SPK NSK`` over ``(This story has not been edited
            # …)``: the notes under the mark are the page's)
            mark = above
            while mark - 1 > first and _closing_block(blocks[mark - 1].text, closing):
                mark -= 1
            if mark - 1 > first and ends_wire_copy(blocks[mark - 1].text):
                return mark
            return above + 1 if above + 1 < cut else None
        if len(block.text) > _MAX_NOTE:
            return None
    return None


def _closing_block(block: str, closing: Callable[[str], bool]) -> bool:
    return any(closing(line.strip()) for line in block.splitlines())


def _copyright_mark(block: str) -> bool:
    """Whether ``block`` holds a copyright mark anywhere (each a substring test: most blocks hold none)."""
    return "©" in block or "opyright" in block or "OPYRIGHT" in block or "(c)" in block or "(C)" in block


# "本網站之文字、圖片及影音，非經授權，不得轉載…", "…記事・写真の無断転載を禁じます。", "무단 전재 및 재배포
# 금지": the page's rights notice in Chinese, Japanese or Korean ("reproduction without leave forbidden"), a
# sentence with its stop, under the story: the page's, as a line ending with no stop is.
_CJK_RIGHTS = re.compile(
    r"無断転載|無斷轉載|不得轉載|不得转载|禁止轉載|禁止转载|嚴禁轉載|严禁转载|무단\s?전재|무단\s?복제"
)
_MAX_RIGHTS_NOTICE = 160


def _cjk_rights_notice(block: Block) -> bool:
    return (
        len(block.text) <= _MAX_RIGHTS_NOTICE
        and not block.text.isascii()
        and _CJK_RIGHTS.search(block.text) is not None
    )


def _foot_line(text: str, blocks: list[Block], position: int, closing: Callable[[str], bool]) -> bool:
    block = blocks[position]
    if _cjk_rights_notice(block) or _app_offer(block):
        return True
    if not _furniture_block(block):
        return False
    lines = block.text.splitlines()
    if any(closing(line.strip()) for line in lines):
        return False  # "mcc/rcr", "T/ Jane Doe": the sign-off
    if any(_inner_stop(line) for line in lines):
        return False  # "He met Smith. — John Smith": the story's last sentence, signed
    if (
        _ANY_DIGIT.search(block.text)
        and (found := read_date_block(text, block.start, block.end))
        and found.dates
    ):
        return False  # "Updated: March 20, 2025, 10:05 AM" under the story: the date reader's
    return not (
        labelled_name(text, block) or _labelled_person(text, block) or _name_alone(text, blocks, position)
    )


def _labelled_person(text: str, block: Block) -> bool:
    """``Photo: Tom Hale``, ``Pewarta: Jane Doe``: a label of a few words, its colon, then a name alone (a
    picture's credit or a writer's, whatever the label's language): the reader of credits and bylines takes
    it. ``Tags: bus | rail`` holds no name after its colon."""
    colon = block.text.find(":", 0, _MAX_LABEL)
    if colon < 1 or not block.is_single_line or len(block.text[:colon].split()) > _MAX_LABEL_WORDS:
        return False
    start = block.start + colon + 1
    while start < block.end and text[start].isspace():
        start += 1
    found = loose_byline(text, start, block.end)
    return found is not None and bool(found.authors)


def _related_box(text: str, blocks: list[Block], position: int) -> int | None:
    """Where the related box holding ``blocks[position]`` ends (``Read more`` over its headlines, a heading
    over a teaser ending ``(more)``), None if the block is no box's: the box is kept whole for its reader,
    which records its links."""
    block = blocks[position]
    if not opens_with_label(block.text) and not ends_with_more(block.text):
        return None  # the cheap tests first: most foot lines open no box
    probe = max(position - 1, 0)  # (a teaser's heading stands over it)
    _, used = find_related(blocks[probe:], text)
    if position - probe not in used:
        return None
    end = position - probe
    while end in used:
        end += 1
    return probe + end


def _note_under_name(text: str, blocks: list[Block], position: int) -> bool:
    """``Lucía Ortega`` over ``Redactora de la sección de Madrid …`` closing the page: a short note set
    tight under a name alone on its line is the page's box on its author, no paragraph of the story."""
    if position < 1:
        return False
    note, name = blocks[position], blocks[position - 1]
    if len(note.text) > _MAX_NOTE or note.blank_lines_before or unstopped(note.text):
        return False
    if not name.is_single_line or name.text.isupper() or not name.text[:1].isupper():
        return False
    found = loose_byline(text, name.start, name.end)
    return found is not None and bool(found.authors)


def _story_above(blocks: list[Block], first: int, cut: int) -> bool:
    """Whether two of the story's paragraphs stand over ``cut``: blocks as long as a paragraph, or closed by
    a sentence's stop and longer than a caption's line (``Most of them come on weekends in July.``; a
    Japanese paragraph of three sentences holds fewer characters than an English one)."""
    story = 0
    for block in blocks[first:cut]:
        if len(block.text) >= _STORY_BLOCK or (
            len(block.text) >= _SHORT_STORY_BLOCK and not unstopped(block.text)
        ):
            story += 1
            if story >= _MIN_STORY_BLOCKS:
                return True
    return False


def top_furniture(text: str, blocks: list[Block]) -> int:
    """How many of the body ``blocks`` open it as the page's furniture: single short lines ending with no
    stop before the first paragraph (``Listen to this article``, ``Share``); 0 if the body opens with its
    paragraph. A paragraph must follow them (a body of short lines is a list, left whole); a label's colon
    stops them (``What you need to know:`` opens the key-points box under it), and a wire's dateline opening
    the body keeps it whole (``PARIS, March 31 - Dividend 24 francs vs 30`` over a company's figures)."""
    count = 0
    while (
        count < len(blocks)
        and blocks[count].is_single_line
        and _furniture_block(blocks[count], _MAX_TOP_LINE)
        and not blocks[count].text.endswith(":")
        and not is_result_line(blocks[count].text)  # "Harbour United 3 Rovers 1": a match report's first line
    ):
        count += 1
    if count == 0 or count == len(blocks) or unstopped(blocks[count].text):
        return 0  # no furniture, or no paragraph under it: a list, or a label over its box
    if find_dateline(text, blocks[0].start, blocks[0].end) is not None:
        return 0
    return count


def middle_furniture(blocks: list[Block], page: list[Block], headline: str | None) -> list[int]:
    """The positions among the body ``blocks`` of short lines ending with no stop that the ``page`` prints
    again elsewhere (``Share`` over the story and under it) or that are a fragment of a few words opening in
    lower case (``assine ou faça login``, a tag ``water``); a line printed once and opening in capitals stays
    (a subhead), and so does the ``headline`` said again over the story's first section."""
    candidates = [
        position
        for position, block in enumerate(blocks)
        if len(block.text) <= _MAX_MIDDLE_LINE  # (the cheapest test first: most blocks are paragraphs)
        and block.is_single_line
        and _furniture_line(block.text, _MAX_MIDDLE_LINE)
        and not opens_with_label(block.text)  # "Mirá también" over its headline, twice: related boxes
    ]
    if not candidates:
        return []
    found = [
        position
        for position in candidates
        if _lower_fragment(blocks[position].text)
        or (
            (line := blocks[position].text) != headline
            and not _ANY_DIGIT.search(line)
            and _printed_twice(line, page)
            and not _beside_itself(blocks, position, line)
        )
    ]
    # "Email:" over "jane.doe@example.ie" (left out above): the label of the writer's address goes with it
    labels = [at - 1 for at in found if at and at - 1 not in found and _contact_label(blocks[at - 1])]
    return sorted(found + labels) if labels else found


_CONTACT_LABELS = frozenset(word.casefold() for word in table_words(CONTACTS))


def _contact_label(block: Block) -> bool:
    line = block.text
    return line[-1:] == ":" and block.is_single_line and line[:-1].strip().casefold() in _CONTACT_LABELS


def _printed_twice(line: str, page: list[Block]) -> bool:
    seen = 0
    for block in page:
        if block.text == line:  # (a block's text is its lines' slice, trimmed: compared as it is)
            seen += 1
            if seen > 1:
                return True
    return False


def _beside_itself(blocks: list[Block], position: int, line: str) -> bool:
    """``The Radio Farda Story`` over ``The Radio Farda Story``: a box's heading over its title, the related
    reader's; a button is printed again away from itself."""
    return any(0 <= near < len(blocks) and blocks[near].text == line for near in (position - 1, position + 1))


def _lower_fragment(line: str) -> bool:
    """A few words opening in lower case, no capital in the first (``iPhone sales`` is a name's); a longer
    line opening so is a paragraph whose first words (a name, a link) the copy lost."""
    words = line.split()
    return (
        len(words) <= _MAX_FRAGMENT_WORDS
        and words[0][0].islower()
        and not any(char.isupper() for char in words[0])
        # (Georgian's letters are lower case to Unicode, but the script writes no capitals: no fragment)
        and not "\u10d0" <= words[0][0] <= "\u10ff"
    )


# A sentence quoted whole on a line of its own, said word for word inside the paragraph just above or below
# it: the page's pull quote, set in large type beside the paragraph it repeats, and no paragraph (``"Now I am
# buying water in drums."`` under ``… Booysen said. "Now I am buying water in drums."``). A quoted subhead
# (``'Nowhere to go'``) heads the section where the words are said, closes with no stop, and is read apart.
_PULL_QUOTE_OPENERS = frozenset("\"“„«‘'‹「")
_PULL_QUOTE_CLOSERS = frozenset("\"”“»’'›」")
_INNER_QUOTES = ('"', "“", "”", "„", "«", "»")  # (an apostrophe inside, "don't", is no quotation)
_MAX_PULL_QUOTE = 250
_MIN_PULL_QUOTE_WORDS = 5
_PULL_QUOTE_REACH = 6  # blocks above a stopless pull quote where its sentence may be said


def pull_quotes(blocks: list[Block]) -> list[int]:
    """The positions among the body ``blocks`` of pull quotes (above): a one-line block quoted whole, its
    sentence's stop inside the marks, its words found as they are in a paragraph beside it."""
    found = []
    # (the cheapest test first, in one pass: most blocks open with a letter)
    quoted = [position for position, block in enumerate(blocks) if block.text[:1] in _PULL_QUOTE_OPENERS]
    for position in quoted:
        line = blocks[position].text
        if (
            len(line) > _MAX_PULL_QUOTE
            or line[-1:] not in _PULL_QUOTE_CLOSERS
            or not blocks[position].is_single_line
        ):
            continue
        said = line[1:-1].strip()
        if len(said.split()) < _MIN_PULL_QUOTE_WORDS or any(mark in said for mark in _INNER_QUOTES):
            continue  # a few words, or a quotation inside it: no one sentence repeated
        if line[-2:-1] in _STOPS:
            near_blocks: tuple[int, ...] = (position - 1, position + 1)
        else:
            # "“We know this lands hard on islanders who commute”": the words of a sentence said a few
            # paragraphs above, set with no stop (the page's display cuts the sentence where its comma was).
            # Words said only below are a quoted subhead's, heading the section that says them.
            near_blocks = tuple(range(position - 1, max(-1, position - 1 - _PULL_QUOTE_REACH), -1))
        if any(
            0 <= near < len(blocks) and len(blocks[near].text) > len(line) and said in blocks[near].text
            for near in near_blocks
        ):
            found.append(position)
    return found
