"""The page's labels over the headline: a section's name or kicker (``Politics``, ``Kotimaa``), a breadcrumb
on one line or several (``Home / Region / Town``, ``News|Water``, ``News`` over ``Politics``), a masthead
(``The Valley Ledger``), copied from the page above the headline. They belong to no field; the headline is
the first block under them with a headline's shape.

A label is told by its shape, never by its words: one line, short, no digit, no sentence's punctuation or
closing stop, each part between crumb separators a word or two or three capitalised words, no byline.
Two words ending in lower case (``Social affairs``) are a label only beside other evidence: a capitalised
label in the same run (``National`` over it) or a date line under it. A run is read as labels only when a
headline stands under it (date lines between them allowed: ``Domestic`` over ``25.11.2026 14:05`` over the
headline): at most two lines set apart from them by a blank line, ending in no stop, neither a byline nor
a date line nor a label, longer than the labels by two words at least, with more text under it. So a short
headline over its standfirst (``Library extends weekend hours`` over a sentence with its stop, ``City Backs
Stadium`` over a deck set tight under it), over a byline or over ``2 hours ago`` stays the headline.

A whole page copied as text opens with the site's navigation: a skip link (``Skip to content``,
``furniture.skip_link``) says the short lines under it are the site's whatever their shape (``KARE 11``); a
menu copied one item a line runs longer than a stack of labels (up to sixteen items of a word or two), and
in a menu of three capitalised items a short line of any shape is a link too; the page's title (the
headline, with the site's name after a bar maybe) over the navigation, the headline printed again under it,
makes every line between them the page's chrome. A
label ending in lower case (``Water industry``) is one over the front's whole order too: a headline, its
standfirst, then a byline or date line; and a short line under the labels with that order under it
(``UK & international news``) is one more label.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from archivist.parse.blocks import Block, line_breaks
from archivist.parse.byline import Byline, find_byline
from archivist.parse.bylineblock import read_byline_block
from archivist.parse.bylinedate import byline_beside_date
from archivist.parse.bylinestyle import BRAND
from archivist.parse.dateblock import DateBlock
from archivist.parse.dateblockcache import read_date_block
from archivist.parse.dates import search_dates
from archivist.parse.frontline import is_prose, relative_time_notice
from archivist.parse.furniture import is_furniture, skip_link
from archivist.parse.labelwords import LABEL_PARTICLES, RELEASE, RELEASE_DATE_WORDS, table_words
from archivist.parse.publication import read_meta_line
from archivist.parse.words import UNSPACED, alternation, holds_any
from archivist.record.model import Person

_MAX_LABEL_CHARS = 40
_MAX_CRUMBS_CHARS = 64  # a breadcrumb of several parts ("Home > News > UK > England > Norfolk")
_MAX_PART_WORDS = 3
_MAX_CRUMB_WORDS = 8  # over every part of a breadcrumb
_MAX_LABEL_BLOCKS = 5  # "Home" / "Region" / "Town" / "Town" stacked over the headline
_MAX_MENU_LINES = 16  # the site's menu copied one item a line ("Home" / "U.K." / "News" / "Sport" / …)
_MAX_MENU_ITEM_WORDS = 2
_MIN_MENU_ITEMS = 3
_MAX_DATE_LINES = 2  # date lines between the labels and the headline
_MIN_HEADLINE_WORDS = 4
_JOINED_WORDS = 3  # two words and the particle joining them ("Børs og finans")
_MORE_WORDS = 2  # the headline is longer than its label by this many words at least

# A breadcrumb's separators: a bar, a slash, an angle quote or arrow, a bullet ("News|Water", "Home / World"),
# the Japanese middle dot ("速報・新着": two menu items in one link).
_CRUMB = re.compile(r"\s*[|/›»>→·•・]\s*|\s+[-–—]\s+")  # (a spaced dash: "RNV - Radio Nacional")
_CRUMB_MARKS = "|/›»>→·•・-–—"  # one of them in every _CRUMB, looked for first (``holds_any``)
# A menu bar copied as its items set apart by runs of spaces, no mark between them ("Home  News  Sport",
# "Головне   Новини   Відео"): a gap of two spaces or more is a separator only where there are enough of
# them for a menu (a headline typed with one double space stays one part).
_MENU_GAP = re.compile(r" {2,}")
# A site's name written in lower case as its brand is ("g1", "r7", "b92", "tvn24", "n-tv", "t-online",
# "index.hr", "stern.de"): a few letters with a number, a hyphenated pair, or a domain name. Over a headline
# it is the masthead, as strong a label as a capitalised one (a lower-case word alone, "storm", is not).
_LOWER_MASTHEAD = re.compile(r"[a-z]{1,5}\d{1,3}|[a-z]{1,2}-[a-z]{2,8}|[a-z][a-z0-9-]{1,20}\.[a-z]{2,3}")
# A word of a label: a letter first, then letters, apostrophes, dots and hyphens ("B.C.", "Vava'u"); the
# vowel signs and points of the scripts that write them apart from their letters are marks, not word
# characters, and belong to the word: Indic ("दिल्ली"), Thai and Lao, Tibetan, Myanmar, Khmer ("ទំព័រដើម"),
# Hebrew and Arabic points, combining accents, and the joiners Sinhala and Persian write inside a word
# (U+200D in "ප්රාදේශීය", written there after the virama).
_WORD = re.compile(
    r"[^\W\d_][\w'’.\-\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    r"\u06d6-\u06ed\u0900-\u0dff\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff\u200c\u200d]*"
)
_CLOSING = ".,:;!?"
# Before a bar, a lower-case word alone is the site's name too ("ynet", "walla", "stuff"), as well as the
# brand shapes of _LOWER_MASTHEAD ("index.hu", "nu.nl"): the bar shows a label line, not a sentence.
_LOWER_CASE_SITE = re.compile(rf"[a-z]{{2,12}}|{_LOWER_MASTHEAD.pattern}")
_LABEL_YEAR = re.compile(r"(?:19|20)\d\d")
_QUOTES = "\"'\u201d\u2019\u00bb)"


def _label_part(part: str) -> tuple[int, bool]:
    """The words of one crumb (``Irish News``, ``MADRID``) if it has a label's shape, else 0; and whether
    every word is capitalised (``Social affairs`` is a label's shape too, but only beside other evidence)."""
    words = [word for word in part.split() if word != "&"]
    if len(words) > 1 and words[-1][:1].isdigit() and _LABEL_YEAR.fullmatch(words[-1]):
        # "VENDIMIA 2025", "Elecciones 2027": a kicker naming the season or event with its year
        words = words[:-1]
    if len(words) > 1 and not len(words) % 2 and _VIETNAMESE.search(part):
        syllables = _syllable_pairs(words)
        if syllables:
            return syllables, True
    counted = [word for word in words if word not in _PARTICLES]  # "Radio Nacional de Venezuela": three
    if not words or len(counted) > _MAX_PART_WORDS or not all(_WORD.fullmatch(word) for word in words):
        return 0, False
    capitalised = [
        word[0].isupper()
        or _uncased_label_word(word)
        or BRAND.fullmatch(word) is not None
        or (
            (word[-1].isdigit() or "-" in word or "." in word) and _LOWER_MASTHEAD.fullmatch(word) is not None
        )
        for word in words
    ]
    if len(words) > 2 and capitalised[0] and capitalised[-1]:
        # "Folha de S.Paulo", "Arts and Culture": a particle between capitalised words
        capitalised = [
            is_capital or word in _PARTICLES for word, is_capital in zip(words, capitalised, strict=True)
        ]
    if len(words) == _JOINED_WORDS and capitalised[0] and words[1] in _PARTICLES and not capitalised[2]:
        # "Børs og finans", "Campinas e região": a section's two words joined by a particle, the last in
        # lower case; a weak label's shape, as "Social affairs" is (it needs the same evidence)
        return len(words), False
    if not capitalised[0] or (len(words) > 2 and not all(capitalised)):
        return 0, False
    return len(words), all(capitalised)


# Vietnamese writes a word as spaced syllables, a section's name capitalising its first only (``Thời sự``,
# ``Giao thông``, ``Kinh doanh``): its letters no other language writes tell it (ơ, ư, đ, ă, the vowels with a
# dot below or a hook above).
_VIETNAMESE = re.compile("[ăđơưĂĐƠƯ\u1ea0-\u1ef9]")


def _syllable_pairs(words: list[str]) -> int:
    """The labels of a Vietnamese crumb read as two-syllable words (``Thời sự Giao thông``: two), each a
    capitalised syllable over one in lower case; 0 if it is not so written or is too long for a label."""
    pairs = len(words) // 2
    if pairs > _MAX_PART_WORDS or not all(_WORD.fullmatch(word) for word in words):
        return 0
    for at in range(0, len(words), 2):
        if not words[at][0].isupper() or not words[at + 1][0].islower():
            return 0
    return pairs


def label_shape(line: str) -> tuple[int, bool]:
    """The size of ``line`` if it has a front label's shape (``Politics``, ``Milano / Cronaca``), else 0:
    its words, or a breadcrumb's longest part's; and whether every word of it is capitalised."""
    line = line.strip()
    if (
        not line
        or len(line) > _MAX_MENU_CHARS
        or (line[-1] in _CLOSING and not _ABBREVIATION_END.search(line))
    ):
        return 0, False
    gaps = line.count("  ")
    if len(line) > _MAX_CRUMBS_CHARS and sum(map(line.count, _MENU_MARKS)) + gaps < _MIN_MENU_PARTS - 1:
        return 0, False  # longer than a breadcrumb and no menu's separators: most headlines, told cheaply
    parts = [part for part in _CRUMB.split(line) if part]
    if gaps and len(parts) < _MIN_MENU_PARTS and len(_MENU_GAP.findall(line)) >= _MIN_MENU_PARTS - 1:
        parts = [piece for part in parts for piece in _MENU_GAP.split(part) if piece]
    menu = len(parts) >= _MIN_MENU_PARTS  # the site's menu, each part a word or three, may be longer
    if not parts or (len(parts) == 1 and len(line) > _MAX_LABEL_CHARS):
        return 0, False
    if len(line) > _MAX_CRUMBS_CHARS and not menu:
        return 0, False
    size = total = 0
    strict = True
    for number, part in enumerate(parts):
        if not number and len(parts) > 1 and _LOWER_CASE_SITE.fullmatch(part):
            # "ynet | מדע וסביבה", "stuff | National", "index.hu | Belföld": the site's name in lower case (or
            # its web address) first, its section after the bar; no headline opens with one lower-case word
            # before a bar
            size, total = 1, 1
            continue
        words, capitalised = _label_part(part)
        if not words:
            return 0, False
        size, total = max(size, words), total + words
        strict = strict and capitalised
    return (size, strict) if total <= _MAX_CRUMB_WORDS or menu else (0, False)


def _date_line(text: str, block: Block, *, relative_ok: bool) -> bool:
    """A line of dates alone (``25.11.2026 14:05``); one giving no calendar date (``2 hours ago``) only if
    ``relative_ok`` (under a headline it is the headline's)."""
    if not block.is_single_line:
        return False
    meta = read_meta_line(text, block.start, block.end)
    if meta is not None:
        return meta.byline is None and bool(meta.dates)
    found = read_date_block(text, block.start, block.end)
    if found is None:
        # "This was published 4 hours ago": a notice of the page's age, in words the date reader does not know
        return relative_ok and relative_time_notice(block.text)
    return relative_ok or bool(found.dates)


def _headline_under(
    text: str, block: Block, label_size: int, *, tight_ok: bool = False, stop_ok: bool = False
) -> bool:
    """``block`` has a headline's shape under labels of ``label_size`` words (set tight under them only if
    ``tight_ok``; closing with a full stop only if ``stop_ok``)."""
    if (block.blank_lines_before == 0 and not tight_ok) or len(block.lines) > 2:
        # a line set tight under a short headline is its deck ("City Backs Stadium" over "Voters will …")
        return False
    words = max(len(block.text.split()), _uncased_letters(block.text) // _UNCASED_LETTERS_A_WORD)
    closing = block.text.rstrip(_QUOTES)[-1:]
    if closing in ".,:;" and not (stop_ok and closing == "." and words <= _MAX_STOPPED_HEADLINE_WORDS):
        return False
    if words < max(_MIN_HEADLINE_WORDS, label_size + _MORE_WORDS):
        return False
    return (
        not label_shape(block.text)[0]
        and find_byline(text, block.start, block.end) is None
        and not _date_line(text, block, relative_ok=True)
    )


def labels_over_headline(
    text: str, blocks: list[Block], index: int, is_headline: Callable[[str, Block], bool]
) -> tuple[int, int]:
    """The page's labels over the headline from ``index``: how many blocks they take (0 if none), and where
    the headline stands under them (past date lines). Labels are a run of label-shaped lines with, under
    it, a block of a headline's shape and text under that. ``is_headline`` is the reader's own test of a
    headline's shape."""
    if blocks[index].is_single_line and skip_link(blocks[index].text):
        headline_at = _headline_over_front(text, blocks, index + 1, is_headline)
        if headline_at is not None:
            return headline_at - index, headline_at
    run = 0
    size = 0
    menu_size = 0  # the largest item's words, the site's name over the menu left aside
    strict = navigation = False
    items = 0
    while index + run < len(blocks) and (
        run < _MAX_LABEL_BLOCKS or (run < _MAX_MENU_LINES and menu_size <= _MAX_MENU_ITEM_WORDS)
    ):
        # (a menu copied one item a line runs longer than a stack of labels: "Home" / "U.K." / "News" / …,
        # each a word or two; the site's name over it, its first label, may be longer: "The Kenya Herald")
        block = blocks[index + run]
        if block.is_single_line and skip_link(block.text):
            # "Skip to content": the page's first link, the site's navigation under it (no headline's
            # shape, wherever it stands)
            run += 1
            strict = navigation = True
            continue
        if run and block.is_single_line and _separator_alone(block.text):
            # "Home" / "»" / "Society": a breadcrumb copied one part a line, its separators on lines of their
            # own between the parts (no label's size: the parts tell it)
            run += 1
            continue
        words, capitalised = label_shape(block.text) if block.is_single_line else (0, False)
        if not words and block.is_single_line:
            words, capitalised = _crumb_to_headline(blocks, index + run)
        if not words and not run and _masthead_over_labels(blocks, index):
            words, capitalised = 1, True  # "朝日新聞デジタル" over the site's menu: its masthead
        if not words and navigation and block.is_single_line:
            # under a skip link or in a menu, a short line of any shape is the site's too ("KARE 11", "BBC
            # News, Hausa")
            words = _navigation_item(text, block)
            capitalised = bool(words)
        if not words and block.is_single_line and is_furniture(block.text):
            # "Article réservé aux abonnés" among the labels, "ADVERTISEMENT" over them: the page's notice,
            # no label's size (alone over a headline, it needs the evidence a weak label needs: the front's
            # whole order under the headline, so "Advertising" over its deck and byline stays the headline)
            run += 1
            continue
        if not words or find_byline(text, block.start, block.end) is not None:
            break  # "By Jane Doe" is the byline, over the headline or under it
        if run and not (run == 1 and skip_link(blocks[index].text)):
            # (a link of three words in a menu told as one, "Àṣà àti Ìṣe", "Things to do", keeps the menu
            # going: no headline under labels is so short)
            menu_size = max(menu_size, min(words, _MAX_MENU_ITEM_WORDS) if navigation else words)
        size = max(size, words)
        strict = strict or capitalised
        run += 1
        if capitalised and words <= _MAX_MENU_ITEM_WORDS:
            # three capitalised items of a word or two ("Home" / "News" / "Sport"): the site's menu, and a
            # short line of any shape among them its link too ("Today's paper", "e-Paper")
            items += 1
            navigation = navigation or items >= _MIN_MENU_ITEMS
    if not run:
        return 0, index
    under = index + run
    dated = 0
    while (
        dated < _MAX_DATE_LINES
        and under < len(blocks)
        and _date_line(text, blocks[under], relative_ok=strict)  # a weak label's date line gives a date
    ):
        under += 1
        dated += 1
    if under + 1 >= len(blocks) or not (strict or dated or (run == 1 and _front_under(text, blocks, under))):
        # "Storm warning" over its deck: a label ending in lower case needs other evidence (a date line
        # under it, or the front's whole order under the block after it: standfirst, byline or date line)
        return 0, index
    if run and (longer := _label_over_headline(text, blocks, under)):
        # "Express & Star" / "News" / "UK & international news" / the headline: a short line under the labels
        # with a headline and the front's whole order under it is a label too
        run, under = run + longer, under + longer
    headline = blocks[under]
    tight_ok = strict and _tight_front(blocks, index, run, under, size=size)
    stop_ok = strict and _stopped_headline_ok(blocks, run, under, size=size)
    if _headline_under(text, headline, size, tight_ok=tight_ok, stop_ok=stop_ok) and is_headline(
        text, headline
    ):
        return run, under
    if (
        (
            run >= _STACKED_LABELS
            or (size == 1 and _front_line(text, blocks[under + 1]))
            # ("Pakistan" / the headline set tight under it / a blank line and the standfirst's sentences: a
            # one-word headline with a deck has no second standfirst under the deck)
            or (size == 1 and strict and run == 1 and _standfirst_under(blocks[under + 1]))
            # ("Politica" / the headline / its standfirst, all set tight: a page copied whole)
            or (size <= _STACKED_LABELS and strict and blocks[under + 1].blank_lines_before == 0)
        )
        and _headline_under(text, headline, size, tight_ok=True)
        and is_headline(text, headline)
    ):
        # a page copied whole, its lines set tight: two labels or more over the headline ("Startseite" /
        # "Ausland" / the headline), or a one-word label over a headline with its date line or byline under
        # it ("Board Backs Ferry", a short headline, over its deck and byline stays the headline)
        return run, under
    return 0, index


_FRONT_REACH = 3  # blocks under a headline searched for its byline or date line (a standfirst, a name)


def _headline_over_front(
    text: str, blocks: list[Block], first: int, is_headline: Callable[[str, Block], bool]
) -> int | None:
    """Under a skip link, the site's chrome runs down to the headline whatever its lines' shapes (the
    station's name, ``Donate``, ``Play Live Radio``, ``0:00``, the day's date in the masthead, the menu, a
    crumb): the headline is the first block of a headline's shape (four words at least, no label's shape,
    closing with no stop) with the front's order under it: a byline or date line, perhaps under a standfirst
    (prose) or a bare name, or the headline printed again. Where it stands, or None (the page's order read
    as before)."""
    for at in range(first, min(first + _TITLE_REACH, len(blocks) - 1)):
        block = blocks[at]
        if len(block.text) > _MAX_CHROME_BLOCK and not _headline_shaped(text, block):
            return None  # the story began: a paragraph, no headline over a front
        if not _headline_shaped(text, block) or not is_headline(text, block):
            continue
        for step, below in enumerate(blocks[at + 1 : at + 1 + _FRONT_REACH]):
            if _front_line(text, below) or below.text == block.text:
                # (the headline printed again under the lead picture's caption: the first copy is the
                # headline, the front reader leaves the second out)
                return at
            if is_prose(below.text):
                continue
            if below.is_single_line and read_byline_block(text, below.start, below.end, bare_ok=True):
                continue
            if step:
                # a headline-shaped line over prose, then no front line: the story's front began there,
                # in a shape this rule does not know (the page's order read as before)
                return None
            break
    return None


def _headline_shaped(text: str, block: Block) -> bool:
    """A block of one or two lines, four words at least, closing with no stop, of no label's shape and no
    front line (date line or byline): a headline's shape among the page's chrome."""
    if len(block.lines) > 2 or block.text.rstrip(_QUOTES)[-1:] in _CLOSING:
        return False
    words = max(len(block.text.split()), _uncased_letters(block.text) // _UNCASED_LETTERS_A_WORD)
    return (
        words >= _MIN_HEADLINE_WORDS
        and not (block.is_single_line and label_shape(block.text)[0])
        and not _front_line(text, block)
    )


_MAX_SEPARATOR_LINE = 3


def _separator_alone(line: str) -> bool:
    """``»``, ``/``, ``>``: a line holding a breadcrumb's separator and nothing else."""
    line = line.strip()
    return 0 < len(line) <= _MAX_SEPARATOR_LINE and all(char in _CRUMB_MARKS for char in line)


_MAX_DATED_FRONT_LINE = 100


def _front_under(text: str, blocks: list[Block], at: int) -> bool:
    """``blocks[at]`` stands where a headline stands in a front's whole order: a standfirst under it (prose),
    and under that, one block down at most, a byline or a date line (``Water firm fined £41m …`` over
    ``Regulator says …`` over ``Priya Ramanathan Environment correspondent`` over ``Tue 1 Dec 2026``). A short
    headline over its deck and the first paragraph has no such front under the deck."""
    if at + 2 >= len(blocks) or not is_prose(blocks[at + 1].text):
        return False
    return any(
        _front_line(text, block) or _dated_front_line(text, block) for block in blocks[at + 2 : at + 4]
    )


def _dated_front_line(text: str, block: Block) -> bool:
    """``Le 01/12/2026 à 17h42, mis à jour le 01/12/2026 à 19h05``: a short line holding a calendar date and
    closing no sentence, a date line whatever its words."""
    if (
        not block.is_single_line
        or len(block.text) > _MAX_DATED_FRONT_LINE
        or block.text.rstrip().endswith(".")
    ):
        return False
    return any(
        found.month is not None and found.day is not None
        for found in search_dates(text, block.start, block.end)
    )


_MAX_WEAK_LABEL_WORDS = 4


def _label_over_headline(text: str, blocks: list[Block], at: int) -> int:
    """1 if ``blocks[at]``, under the page's labels, is one more (``UK & international news``): a short line
    closing no sentence, no date line or byline, over a longer block with the front's whole order under it
    (``_front_under``); else 0."""
    block = blocks[at]
    words = len(block.text.split())
    if (
        not block.is_single_line
        or words > _MAX_WEAK_LABEL_WORDS
        or block.text.rstrip()[-1:] in _CLOSING
        or at + 1 >= len(blocks)
        or len(blocks[at + 1].text.split()) < max(_MIN_HEADLINE_WORDS, words + _MORE_WORDS)
        or _front_line(text, block)
    ):
        return 0
    return 1 if _front_under(text, blocks, at + 1) else 0


_TITLE_REACH = _MAX_MENU_LINES + _MAX_LABEL_BLOCKS  # blocks under the page's title searched for the headline
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|·•:~]|::|[-–—])\s+")
_MAX_SITE_WORDS = 5
_MAX_CHROME_BLOCK = 100  # a block this long between title and headline is the story's, no page chrome


def title_over_headline(blocks: list[Block], index: int) -> int | None:
    """``Fire razes 60 shops at Kano market | The Daily Ledger`` (or the headline alone) as the page's first
    line, the headline printed again under the site's navigation: the page's title, copied from the
    browser's tab. Where the headline stands (the block printing it again), or None. The blocks between are
    the page's chrome: short, none a paragraph of the story."""
    line = blocks[index].text.strip()
    if not blocks[index].is_single_line or len(line) > _MAX_CRUMB_TO_HEADLINE:
        return None
    heads = {line}
    for separator in _TITLE_SEPARATOR.finditer(line):
        site = line[separator.end() :]
        if len(site.split()) <= _MAX_SITE_WORDS and site[-1:] not in _CLOSING:
            heads.add(line[: separator.start()])
    for at in range(index + 1, min(index + 1 + _TITLE_REACH, len(blocks) - 1)):
        block = blocks[at]
        if block.text.strip() in heads:
            words = max(len(block.text.split()), _uncased_letters(block.text) // _UNCASED_LETTERS_A_WORD)
            return at if words >= _MIN_HEADLINE_WORDS else None
        if len(block.text) > _MAX_CHROME_BLOCK or not block.is_single_line:
            return None  # the story began: no headline under the title
    return None


def masthead_authors(byline: Byline, labels: list[str]) -> Byline | None:
    """``Por Jane Doe, InfoValley Campinas`` under the masthead ``InfoValley`` printed over the headline: a
    name the page printed among its labels (the site's name, alone or opening the name: its regional
    edition) is the publication the authors write for, no author. The byline without it (the publication
    their affiliation), or None when no author is the page's label or none would be left."""
    names = {label.strip() for label in labels if label.strip() and "\n" not in label}
    if not names or len(byline.authors) < 2:
        return None
    *kept, last = byline.authors
    if last.name not in names and not any(last.name.startswith(f"{name} ") for name in names):
        return None
    # (the last name after a comma, as an outlet follows the names: "Jane Doe and Jordan Smith" under a
    # label "Jordan" names two people)
    between = byline.text.text[
        kept[-1].span.end - byline.text.span.start : last.span.start - byline.text.span.start
    ]
    if between.strip() != ",":
        return None
    authors = tuple(Person(p.name, p.span, p.affiliation or last.name, p.url) for p in kept)
    return Byline(byline.text, authors, byline.note)


_MAX_NAVIGATION_WORDS = 3
_MAX_NAVIGATION_CHARS = 32


_MAX_PLACEHOLDER_WORDS = 2


def _navigation_item(text: str, block: Block) -> int:
    """The words of a line under a skip link that is short enough to be a link of the site's navigation (a
    station's name with its channel, ``KARE 11``; a service's, ``BBC News, Hausa``), else 0: three words at
    most, no sentence's stop, no date line and no byline. A word or two closed by an ellipsis is the search
    box's placeholder copied with the menu (``Search...``, ``Raadi...``, ``Buscar…``), no sentence cut
    short."""
    line = block.text.strip()
    # (a headline written without spaces counts its characters, two a word: "高鐵中秋連假加開52班次" is long)
    size = max(len(line.split()), _uncased_letters(line) // _UNCASED_LETTERS_A_WORD)
    if (
        size > _MAX_NAVIGATION_WORDS
        or len(line) > _MAX_NAVIGATION_CHARS
        or (line[-1] in _CLOSING and not (size <= _MAX_PLACEHOLDER_WORDS and line.endswith(("...", "…"))))
        or _date_line(text, block, relative_ok=True)
    ):
        return 0
    return size


_NUMBER = r"(?:(?i:nr|no|núm|num|n[º°o]|nº|n\.º)\.?\s*|#\s*)[\w/.-]*\d[\w/.-]*"
_RELEASE = re.compile(
    rf"(?P<label>{alternation(table_words(RELEASE))})(?!\w)(?:\s+{_NUMBER})?\s*[:,|–—-]?\s*"
    rf"(?:(?:{alternation(table_words(RELEASE_DATE_WORDS))})\s+)?",
    re.IGNORECASE,
)


def release_label(text: str, start: int, end: int) -> DateBlock | None:
    """``Pressemitteilung Nr. 447 vom 26. November 2026``, ``Comunicado No. 412/26``, ``Released: 3 March
    2026``: a press release's label (``labelwords.RELEASE``) alone on its line, with its number and a date
    line maybe; the date block read after the label (no dates when the line gives none), or None when the
    line is no such label. It is no headline and no paragraph."""
    if end - start > _MAX_RELEASE_LINE or start >= end or text[start] not in _RELEASE_FIRST:
        return None
    found = _RELEASE.match(text, start, end)
    if found is None or line_breaks(text, start, end) > 1:
        return None
    rest = found.end()
    while rest < end and text[rest].isspace():
        rest += 1
    if rest >= end:
        # the label alone needs a number to be told from a word opening a sentence ("Statement")
        numbered = found.group(0).rstrip(" :,|–—-") != found.group("label")
        return DateBlock((), None, "release-label") if numbered else None
    date_block = read_date_block(text, rest, end)
    return date_block if date_block is not None and date_block.dates else None


_MAX_RELEASE_LINE = 120
# The letters a release's label opens with, in either case: most lines are done without the pattern.
_RELEASE_FIRST = frozenset(
    letter for word in table_words(RELEASE) for letter in (word[0].lower(), word[0].upper())
)


def crumbs_ending_with(line: str, following: str) -> bool:
    """``City News / Pune News / PMC to fine housing societies …`` over ``PMC to fine housing societies …``:
    a breadcrumb whose last part is the block under it (the headline, repeated as the page's last crumb),
    every other part a label's shape; it is the page's labels, no headline."""
    line, following = line.strip(), following.strip()
    if not following or not line.endswith(following) or len(line) == len(following):
        return False
    head = line[: len(line) - len(following)]
    crumb = _CRUMB.search(head, max(len(head) - 4, 0)) if head else None
    if crumb is None or crumb.end() != len(head):
        return False  # the headline must stand after a separator of its own
    parts = [part for part in _CRUMB.split(head[: crumb.start()]) if part]
    return bool(parts) and all(_label_part(part)[0] for part in parts)


_STACKED_LABELS = 2


def _front_line(text: str, block: Block) -> bool:
    """A date line (one giving no calendar date too) or a byline: front matter, no deck. A bare name with
    its date on the same line (``Jane Doe | 05/04/2025 - 06:12``, ``Jane Doe — May 2, 2024``) is one too:
    the date beside it says it is the byline."""
    return _date_line(text, block, relative_ok=True) or (
        block.is_single_line
        and (
            read_byline_block(text, block.start, block.end, bare_ok=False) is not None
            or byline_beside_date(text, block) is not None
        )
    )


_STANDFIRST_STOPS = (".", "!", "?")


def _standfirst_under(block: Block) -> bool:
    """A standfirst set apart under the headline: prose closing its sentence with a stop."""
    return (
        block.blank_lines_before > 0
        and block.text.rstrip(_QUOTES).endswith(_STANDFIRST_STOPS)
        and is_prose(block.text)
    )


# "Home | China | World | Business | Sci-Tech | Culture | Sports | Photos | Video": the site's menu copied
# over the headline, four parts or more between crumb separators; longer than a breadcrumb.
_MIN_MENU_PARTS = 4
_MENU_MARKS = "|/›»>→·•"
_MAX_MENU_CHARS = 120
# "U.S.", "B.C.": a label closing with an abbreviation's stop (initials, each with its stop), no sentence's.
_ABBREVIATION_END = re.compile(r"(?:^|[\s|/›»>→·•])(?:[A-Z]\.){2,}$")
_MAX_TIGHT_LABEL_WORDS = 2  # one label alone over a tight headline: a section's word or two ("Israel News")


def _tight_front(blocks: list[Block], index: int, run: int, under: int, *, size: int) -> bool:
    """Whether the page sets its front without blank lines, so a headline set tight under the labels is no
    deck: capitalised labels, several lines of them (``Startseite`` / ``Ausland`` / ``Europa``) or one of a
    word or two (``Kotimaa``), and the block under the headline set tight too (a short headline over its
    deck, ``Storm Warning`` over ``Forecasters expect …``, is set apart from what follows). A headline of
    three capitalised words over a tight deck (``City Backs Stadium``) stays a headline."""
    if run < 2 and size > _MAX_TIGHT_LABEL_WORDS and _cased(blocks[index].text):
        # (a label in a script without capitals, "사회 사회 일반", a section and its desk, is told from a
        # headline by its size alone: no "City Backs Stadium" written in capitals to mistake for one)
        return False
    if not all(block.blank_lines_before == 0 for block in blocks[index + 1 : under + 1]):
        return False  # a blank line among the labels: the page's front has blank lines
    return under + 1 < len(blocks) and blocks[under + 1].blank_lines_before == 0


# A label's word in a script without capitals (``社会``, ``ホーム``, ``사회``) is short: a section's name of a
# few characters, not a headline written without spaces. A script that sets its words apart (Arabic, Hebrew,
# Devanagari, Hangul) has words as long as a cased one's (``الرئيسية``, ``दिल्ली``): only its word's length
# is bounded, as a cased label's parts are by their words. Its letters are counted, not its vowel signs and
# viramas (marks): ``கோயம்புத்தூர்``, a town's name, is thirteen code points and seven letters.
_MAX_UNCASED_LABEL_WORD = 5
_MAX_SPACED_UNCASED_WORD = 12
_UNCASED_LETTERS_A_WORD = 2  # a headline without spaces (Chinese, Japanese): its characters, two a word


def _uncased_label_word(word: str) -> bool:
    first = word[0]
    if (first.isupper() or first.islower()) and not _caseless_lower(first):
        return False
    if len(word) <= _MAX_UNCASED_LABEL_WORD:
        return True
    if len(word) > _MAX_SPACED_UNCASED_WORD and sum(map(str.isalpha, word)) > _MAX_SPACED_UNCASED_WORD:
        return False
    return UNSPACED.search(word) is None


_MAX_MASTHEAD_LETTERS = 10
_MASTHEAD_MENU = 2  # the menu's items under the masthead


def _masthead_over_labels(blocks: list[Block], at: int) -> bool:
    """``朝日新聞デジタル`` over ``ニュース`` / ``社会``: the page's first line, a word of a script without
    capitals too long for a label's (a site's name, ten characters at most, no digit, space or mark) over two
    label-shaped lines: the site's masthead over its menu. A short headline over its byline, a name as short
    as a label, has a date line or the story under the name, no second label.

    In a cased script the site's name may be any short line (``Harbour Free Press HFP``, ``LIVE: Radio City FM
    98.7``: four words and an acronym, a listen link with the frequency): the page's very first line, five
    capitalised words at most (particles apart), closing no sentence, over a breadcrumb (``Hong Kong ›
    Housing``, parts set apart by a separator) or over two label-shaped lines (``News`` / ``Regional``). A
    headline is never set over the site's crumbs or menu; ``labels_over_headline`` still wants the
    headline's shape under them."""
    line = blocks[at].text.strip()
    if at + _MASTHEAD_MENU >= len(blocks) or not blocks[at].is_single_line:
        return False
    if _cased(line):
        return at == 0 and _cased_masthead(line, blocks[at + 1 : at + 1 + _MASTHEAD_MENU])
    if len(line) > _MAX_MASTHEAD_LETTERS or not all(
        char.isalpha() and not char.isupper() and not char.islower() for char in line
    ):
        return False
    return all(
        block.is_single_line and label_shape(block.text)[0] > 0
        for block in blocks[at + 1 : at + 1 + _MASTHEAD_MENU]
    )


_MAX_CASED_MASTHEAD_WORDS = 5


def _cased_masthead(line: str, under: list[Block]) -> bool:
    """``line``, the page's first, has a site's name's shape over ``under`` (the two blocks under it): see
    ``_masthead_over_labels``."""
    words = line.split()
    if (
        len(line) > _MAX_LABEL_CHARS
        or len(words) > _MAX_CASED_MASTHEAD_WORDS
        or line[-1] in _CLOSING
        # (a name's words are capitalised, its particles apart: "New bus lane" over "Ann Lee" / "Marbella",
        # a byline and a place, is a headline)
        or any(word[0].islower() and word not in _PARTICLES for word in words)
        or not line[0].isupper()
    ):
        return False
    first = under[0]
    if not first.is_single_line or not label_shape(first.text)[0]:
        return False
    if _CRUMB.search(first.text) is not None:
        return True  # "Hong Kong › Housing": the site's crumbs
    return under[1].is_single_line and label_shape(under[1].text)[0] > 0


def _cased(line: str) -> bool:
    return any((char.isupper() or char.islower()) and not _caseless_lower(char) for char in line)


# Georgian's everyday letters (Mkhedruli) are lower-case letters to Unicode since its capitals (Mtavruli) were
# encoded, but a Georgian page writes no capital at a word's start: its labels and headlines are uncased,
# as Armenian's are not (``Հայաստան``, capitalised).
_GEORGIAN_FIRST, _GEORGIAN_LAST = "\u10d0", "\u10ff"


def _caseless_lower(char: str) -> bool:
    return _GEORGIAN_FIRST <= char <= _GEORGIAN_LAST


def _uncased_letters(line: str) -> int:
    return sum(1 for char in line if char.isalpha() and not char.isupper() and not char.islower())


_RULE_LINE = re.compile(r"([*=_~#-])\1{2,}")


def headline_over_byline(text: str, block: Block) -> tuple[Block, ...] | None:
    """A headline block of two lines whose second is a byline (``By Jane Doe``, ``Par Le Figaro avec AFP``),
    a date line giving a calendar date (``March 3, 2026 · 5:00 AM ET``) or a button (``Short URL``) or the
    headline's underline (``*****``), joined only because the headline's line is as long as the page's longest
    short line (the reader took it for hard-wrapped): the headline's line and the byline's or date line's, as
    two blocks, or the headline's alone (the button or underline left out); None for any other block."""
    if len(block.lines) != 2:
        return None
    first, second = block.lines
    # an underline of stars or dashes ("*****" under a press release's title) is the headline's rule
    button = is_furniture(text[second.start : second.end]) or _RULE_LINE.fullmatch(
        text, second.start, second.end
    )
    if (
        not button
        and find_byline(text, second.start, second.end) is None
        and not _date_line(text, Block(second.start, second.end, "", (second,), 0), relative_ok=False)
    ):
        return None
    offset = block.start
    headline = Block(
        block.start, first.end, block.text[: first.end - offset], (first,), block.blank_lines_before
    )
    if button:
        return (headline,)
    return (headline, Block(second.start, block.end, block.text[second.start - offset :], (second,), 0))


_MAX_STOPPED_HEADLINE_WORDS = (
    15  # "Students owed $2 million. One district just erased it.": two short sentences
)


def _stopped_headline_ok(blocks: list[Block], run: int, under: int, *, size: int) -> bool:
    """Whether the block at ``under`` may close with a full stop and still be the headline: labels of two
    lines or more, each a word or two (``NEWS`` / ``Education``: a short headline is no label stacked
    under a kicker), and prose under it, its standfirst."""
    return (
        run >= 2
        and size <= _MAX_TIGHT_LABEL_WORDS
        and under + 1 < len(blocks)
        and is_prose(blocks[under + 1].text)
    )


_CRUMB_REACH = _MAX_LABEL_BLOCKS + _MAX_DATE_LINES  # blocks under a breadcrumb searched for its last part
_MIN_CUT_HEADLINE = 12  # the characters of a headline a crumb cut short must keep
_MAX_CRUMB_TO_HEADLINE = _MAX_MENU_CHARS + 200  # its crumbs and a headline


def _crumb_to_headline(blocks: list[Block], at: int) -> tuple[int, bool]:
    """``News / City News / Mumbai News / <the headline>``: a breadcrumb whose last part is the headline,
    printed again as a block under it, is a label (its other parts label-shaped); its size and whether it
    is capitalised, as ``label_shape``; (0, False) for any other line."""
    line = blocks[at].text
    if (
        len(line) > _MAX_CRUMB_TO_HEADLINE
        or not holds_any(line, 0, len(line), _CRUMB_MARKS)
        or _CRUMB.search(line) is None
    ):
        return 0, False  # most lines: no crumb separator
    parts = [part for part in _CRUMB.split(line.strip()) if part]
    if len(parts) < 2 or len(parts[-1].split()) < _MIN_HEADLINE_WORDS:
        return 0, False
    last = parts[-1]
    cut = last.rstrip(".…").rstrip() if last.endswith(("...", "…")) else None
    if cut is not None and len(cut) < _MIN_CUT_HEADLINE:
        cut = None
    if not any(
        block.text == last or (cut is not None and block.text.startswith(cut))
        for block in blocks[at + 1 : at + 1 + _CRUMB_REACH]
    ):
        # (the crumb may cut the headline short with an ellipsis: "హోం » తెలంగాణ » నాగార్జునసాగర్‌ 14 గేట్లు
        # ఎత్తివేత.. దిగువకు...", the headline printed whole under it)
        return 0, False
    return label_shape(" / ".join(parts[:-1]))


_PARTICLES = frozenset(LABEL_PARTICLES.split())


_MAX_LABELS_BESIDE_DATE = 3  # "Innlent | mbl": a section and the site's name, a crumb maybe


def labels_beside_date(text: str, block: Block) -> DateBlock | None:
    """``Innlent | mbl | 15.3.2025 | 9:12 | Uppfært 10:05``, ``Sport · ANSA · 3 marzo 2025 14:05``: the page's
    section and site (a word or three each, any case: a site may write its name in lower case) set before
    the date line on one line, parted by crumb separators; the date line read after them (it gives a
    calendar date), or None. It is no headline: a headline is no crumbs and then nothing but a date."""
    if not block.is_single_line or len(block.text) > _MAX_MENU_CHARS:
        return None
    position = block.start
    labels = 0
    for separator in _CRUMB.finditer(text, block.start, block.end):
        part = text[position : separator.start()].split()
        if not part or len(part) > _MAX_PART_WORDS or not all(_WORD.fullmatch(word) for word in part):
            break  # (a digit ends the labels: the date line opens there)
        labels += 1
        position = separator.end()
        if labels > _MAX_LABELS_BESIDE_DATE:
            return None
    if not labels or position >= block.end or not text[position].isdigit():
        return None
    found = read_date_block(text, position, block.end)
    return found if found is not None and found.dates else None
