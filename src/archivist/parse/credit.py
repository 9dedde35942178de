"""Lead-image captions with the credit in each publisher's house style, as web pages copied to text show them.

``… (AP Photo/Name, File)``, ``… [Name/Agency]``, ``… Credit...Name/The Paper``, ``… / Credit: Name/Agency``,
``… Photograph: Name/Agency``, ``… Photo by Name/Agency``, ``… Name/Getty Images`` run onto the caption;
``Foto: …``, ``Bild: …``, ``Photo : …``, ``Fotografía: …``; the credit on its own line under or above the
caption; a credit alone (``(c) MEGA/WENN``, ``YouTube/screengrab``). A caption is told from a paragraph by
its credit: a block without one is never read as a caption here.

``archivist.parse.image`` reads the older wire styles; this module adds the web styles and the two-line and
credit-only shapes, and says which rule matched so the record can show it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from archivist.parse.agencies import is_agency
from archivist.parse.blocks import line_breaks, line_spans
from archivist.parse.creditshape import (
    MIN_SENTENCE_WORDS,
    SENTENCE_END,
    bare_credit,
    credit_like,
    credit_token,
    holds_sentence,
    unwrap_credit,
)
from archivist.parse.creditwords import (
    AGENCY_WORD,
    ARCHIVE_LABELS,
    BRACKETED,
    COPYRIGHT,
    HAN_PICTURE_CREDIT,
    HANGUL_BRACKET_CREDIT,
    HANGUL_CREDIT,
    HOUSE_BEFORE_LABEL,
    LABEL_AFTER_CREDIT,
    LABELLED,
    LOOSE_LABEL,
    NAME_WORD,
    PHOTO_DATED,
    PHOTO_WORDS,
    PHOTOGRAPHED_MARK,
    PHOTOGRAPHED_WORDS,
    REPEATED_MARK,
    RIGHTS_RESERVED,
    SLASH_STOCK_CREDIT,
    STOCK_CREDIT,
    TITLE_CASE_COLON_LABEL,
    hangul_credit_start,
    may_hold_label,
)
from archivist.parse.furniture import is_furniture
from archivist.parse.labelwords import (
    PHOTO_AFTER,
    PICTURE_BUTTONS,
    label_alternation,
    label_words,
    table_words,
)
from archivist.parse.related import is_related_label
from archivist.parse.spoken import spoken_labels
from archivist.parse.standfirst import box_label
from archivist.parse.words import SCRIPT_STOPS, alternation
from archivist.record.model import Image, Span, Text

# what may stand before a credit run on after its caption: a stop or a closing mark of any script
_AFTER_STOP = ".!?”\"’')]/|–—-:;" + SCRIPT_STOPS

_ROLE = re.compile(rf"(?i:{label_alternation('author')})")
_ENLARGE = re.compile(r"(?:Enlarge|Zoom|Expand)\s*/\s*")
# "Image: The trawler on the rocks. Pic: RNLI": a label that announces the picture, before its caption
# (the credit, labelled or not, comes after).
# "Foto: Banjir rob di …" (round 16): every language's picture label (``labelwords``) announces it too.
_CAPTION_LABEL = re.compile(
    rf"(?i:image|photo|picture|video|{alternation(word for word in label_words('photo') if '.' not in word)})"
    r"\s*:\s+(?=\S)"
)
_MAX_CAPTION = 700
_URL = re.compile(r"https?://|www\.")
_TOKEN = re.compile(r"\S+")
_SPACED_DASH = re.compile(r"\s[-–—]\s+")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_QUOTE_MARKS = "\"“‘'„«"
# "… sáng 18/11. Ảnh: Jane Doe": after the caption's last stop, one word and a colon, then only a name
# (checked by the caller): a credit's label in whatever language.
_ANY_LABEL = re.compile(r"[^\W\d_]{2,12}\s*:\s+(?=[A-ZÀ-Þ])")
_INITIAL = re.compile(r"[A-ZÀ-Þ]\.?|van|von|de|der|da|di|du|del|la|le")


@dataclass(frozen=True)
class CaptionRead:
    image: Image
    rule: str


_MIN_CAPTION = 2
# A house's name of one to four capitalised words (a short particle between two: ``Folha do Norte``) and
# a colon after a picture's word in brackets, the photographer's name after it (``Prensa Libre: Byron Ajú``).
_HOUSE_COLON = re.compile(
    r"[A-ZÀ-Þ][\w'’&.-]*(?:\s+(?:[a-zà-ÿ]{1,3}\s+)?[A-ZÀ-Þ][\w'’&.-]*){0,3}\s*:\s*(?=[^\W\d_])"
)
_MIN_HANGUL_CAPTION_WORDS = 3  # a caption describes its picture: a clause, not a word or two


def read_caption_block(text: str, start: int, end: int, *, credit_only_ok: bool) -> CaptionRead | None:
    """Read the block ``text[start:end]`` as a captioned image (caption and/or credit), or None.

    ``credit_only_ok``: accept a line with no label that only looks like a credit (a name, ``X/Y``, a
    domain) as a credit alone: only where the layout leaves no other reading (after the byline and date).
    """
    if end - start > _MAX_CAPTION or _URL.search(text, start, end):
        return None  # an image's address on a line of its own: archivist.parse.image reads those
    end = _without_link(text, start, end)
    lines = [(a, b) for a, b in _lines(text, start, end)]
    if len(lines) > 1:
        lines = _without_picture_buttons(text, lines)
        start, end = lines[0][0], lines[-1][1]
    spoken = spoken_labels(text, lines)
    if spoken is not None:
        return CaptionRead(Image(spoken[0], spoken[1], Span(start, end), None), "caption-spoken-labels")
    if len(lines) > 1 and text[lines[0][0] : lines[0][1]] == text[lines[1][0] : lines[1][1]]:
        return _said_twice(text, start, end, lines)
    if len(lines) == 2:
        first, second = lines
        if is_related_label(text[first[0] : first[1]]) or is_related_label(text[second[0] : second[1]]):
            # "Related Topics" over its list: a box, no credit over a caption; a paragraph over "Related"
            # (the box's label under it, its links below): no caption over a credit either
            return None
        if _ROLE.fullmatch(text, *first) or _ROLE.fullmatch(text, *second):
            return None  # "Jane Doe" over "Journalist": a byline's name and role, no caption and credit
        if box_label(text[first[0] : first[1]]) or box_label(text[second[0] : second[1]]):
            return None  # "共有" over "この記事のポイント": a box's label, no caption and no credit
        for caption_line, credit_line, rule in (
            (first, second, "caption-credit-line-under"),
            (second, first, "caption-credit-line-above"),
        ):
            if caption_line[1] - caption_line[0] < _MIN_CAPTION:
                continue  # "i" over "NEW": an icon's letter and a badge, no picture described
            if not _worded(text, *caption_line):
                continue  # "2025/9/24 15:48（9/24 16:20 更新）": a date line's figures, no picture described
            if not _worded(text, *credit_line):
                continue  # "01/12/2026 05:42 PM" under the headline: the date line, no one credited
            if text.find("。", *credit_line) >= 0:
                continue  # a Chinese or Japanese sentence with its stop: a paragraph, no credit
            if (
                credit_like(text, *credit_line, handle_ok=True)
                and not credit_like(text, *caption_line)
                and not is_furniture(text[credit_line[0] : credit_line[1]])  # "Short Url": a button
            ):
                inner = _one_line(text, *caption_line)
                caption_span = inner.image.caption.span if inner and inner.image.caption else None
                caption = (
                    Text(text[caption_span.start : caption_span.end], caption_span)
                    if caption_span
                    else _text(text, *_strip_enlarge(text, *caption_line))
                )
                credit = _text(text, *unwrap_credit(text, *credit_line))
                return CaptionRead(Image(caption, credit, Span(start, end), None), rule)
        return None
    if len(lines) != 1:
        return None
    found = _one_line(text, start, end)
    if found is not None:
        return found
    if (
        credit_only_ok
        and credit_like(text, start, end)
        and not is_related_label(text[start:end])
        and not _picture_furniture(text, start, end)  # "1 / 12": the gallery's counter
    ):
        credit = _text(text, *unwrap_credit(text, start, end))
        return CaptionRead(Image(None, credit, Span(start, end), None), "credit-only-line")
    return None


_MAX_LABEL_UNDER_WORDS = 3
# A gallery's counter over or under the caption (``1 / 12``, ``3 of 8``, ``2 z 10``, ``4 из 9``): the page's
# place among the pictures, no credit.
_PICTURE_COUNTER = re.compile(r"\d{1,3}\s*(?:/|of|de|di|von|van|z|из|από|ng)\s*\d{1,3}")
_MAX_PICTURE_BUTTON = 40


def _picture_furniture(text: str, start: int, end: int) -> bool:
    if end - start > _MAX_PICTURE_BUTTON:
        return False
    line = text[start:end].strip()
    if line[:1].isdigit():
        return _PICTURE_COUNTER.fullmatch(line) is not None
    return line.casefold() in _PICTURE_BUTTON_WORDS


def _without_picture_buttons(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The caption's lines without the picture's buttons and counter copied over or under them (``Enlarge
    this image``, ``1 / 12``): what is left is the caption and its credit."""
    first, last = 0, len(lines)
    while last - first > 1 and _picture_furniture(text, *lines[first]):
        first += 1
    while last - first > 1 and _picture_furniture(text, *lines[last - 1]):
        last -= 1
    return lines[first:last]


def _said_twice(text: str, start: int, end: int, lines: list[tuple[int, int]]) -> CaptionRead | None:
    """The same caption line printed twice (the picture's caption, then its alternative text), perhaps with
    a short label of the page under them (``Article content``): the one line read, the block its span."""
    for line_start, line_end in lines[2:]:
        under = text[line_start:line_end]
        if not is_furniture(under) and (
            len(under.split()) > _MAX_LABEL_UNDER_WORDS or any(map(str.isdigit, under)) or under.endswith(".")
        ):
            return None
    found = _one_line(text, *lines[0])
    if found is None or found.image.caption is None or found.image.credit is None:
        return None
    image = found.image
    return CaptionRead(Image(image.caption, image.credit, Span(start, end), image.url), found.rule)


# Who took the picture in Chinese, after the caption's stop: a name or a desk and 攝/摄, perhaps its date.
_SHOT_BY = re.compile(
    r"\s*(?P<credit>[^\s。，]{2,24}[攝摄](?:\s*[\d０-９]{2,4}[年/.-][\d０-９]{1,2}[月/.-][\d０-９]{1,2}日?)?)\s*"
)


def _worded(text: str, start: int, end: int) -> bool:
    """A caption describes its picture in words: more letters than figures (a date or time line, ``수정
    2025.07.16 (21:40)``, is mostly figures)."""
    segment = text[start:end]
    digits = sum(character.isdigit() for character in segment)
    return digits == 0 or sum(character.isalpha() for character in segment) > digits


# "… REUTERS/Jane Doe/File Photo Purchase Licensing Rights, opens new tab": the page's link after the credit,
# its text in capitalised words, announcing it opens a new tab.
_NEW_TAB = re.compile(r",\s+(?i:opens\s+(?:in\s+)?(?:a\s+)?new\s+(?:tab|window))\s*$")
_MAX_LINK_WORDS = 5


def _without_link(text: str, start: int, end: int) -> int:
    """Where the caption's line ends once a link's text run on after the credit (``Purchase Licensing
    Rights, opens new tab``) is cut: after the credit's last word holding a slash and the picture words
    right after it (``Jane Doe/File Photo``), else before the capitalised words of the link."""
    if text.find(" new ", start, end) < 0:
        return end  # the cheap test first: every caption's block is tried here
    found = _NEW_TAB.search(text, start, end)
    if found is None:
        return end
    cut = found.start()
    tokens = list(_TOKEN.finditer(text, start, cut))[-_MAX_LINK_WORDS - 2 :]
    slashed = [position for position, token in enumerate(tokens) if "/" in token.group(0)]
    if slashed:
        last = slashed[-1]
        while last + 1 < len(tokens) and PHOTO_WORDS.fullmatch(tokens[last + 1].group(0)):
            last += 1
        return tokens[last].end()
    for token in reversed(tokens):
        word = token.group(0)
        if PHOTO_WORDS.fullmatch(word) or not word[:1].isupper():
            break
        cut = token.start()
    while cut > start and text[cut - 1].isspace():
        cut -= 1
    return cut


def credit_line(text: str, start: int, end: int) -> Text | None:
    """A line of its own that is only a credit (``Jane Doe - PA Images | Getty Images``), its label and
    brackets taken off; None if it reads as anything else."""
    if line_breaks(text, start, end) or not credit_like(text, start, end, handle_ok=True):
        return None
    if _picture_furniture(text, start, end):
        return None  # "1 / 12", "Enlarge this image": the picture's counter or button
    if _URL.search(text, start, end):
        return None  # "https://arab.news/x7k2p" under the headline: the page's short link, no credit
    if text.find("。", start, end) >= 0:
        return None  # a Chinese or Japanese sentence with its stop: a paragraph, no credit
    return _text(text, *unwrap_credit(text, start, end))


def _one_line(text: str, start: int, end: int) -> CaptionRead | None:
    # "…（18日、二戸市で）＝佐藤健撮影": the caption, then who took it (the cheap test first)
    mark = (
        PHOTOGRAPHED_MARK.search(text, start, end) if text.endswith(PHOTOGRAPHED_WORDS, start, end) else None
    )
    if mark is not None and mark.start() > start:
        credit_group = "credit" if mark.group("credit") is not None else "item"
        return _made(text, start, mark.start(), *mark.span(credit_group), end, "caption-photographed-mark")
    # "旅客在台北車站排隊購票。中央社記者張新偉攝 114年9月24日": after the caption's stop, who took it (攝/摄,
    # "photographed"), perhaps with the day; the stop stays the caption's
    stop = text.rfind("。", start, end)
    if stop > start and (shot := _SHOT_BY.fullmatch(text, stop + 1, end)) is not None:
        return _made(text, start, stop + 1, *shot.span("credit"), end, "caption-photographed-mark")
    # "… 진행되고 있다. /김도윤 기자": a Korean caption and its credit after a slash or 사진= (round 19)
    hangul = HANGUL_CREDIT.search(text, start, end) if hangul_credit_start(text, start, end) else None
    if hangul is not None and len(text[start : hangul.start()].split()) >= _MIN_HANGUL_CAPTION_WORDS:
        return _made(text, start, hangul.start(), *hangul.span("credit"), end, "caption-hangul-credit")
    closing = text[end - 1 : end]
    if closing and closing in "]］)）":
        # "9호선 급행열차 [연합뉴스 자료사진]", "…旅客。（圖／資料照）": a credit in brackets with its
        # own word, tried from the last bracket's opening (and only where it holds no Latin text alone)
        square = closing in "]］"
        opening = (
            max(text.rfind("[", start, end), text.rfind("［", start, end))
            if square
            else max(text.rfind("(", start, end), text.rfind("（", start, end))
        )
        if opening > start and not text[opening:end].isascii():
            bracket = (HANGUL_BRACKET_CREDIT if square else HAN_PICTURE_CREDIT).match(text, opening, end)
            if bracket is not None:
                group = "credit" if square or bracket.group("credit") is not None else "given"
                return _made(text, start, opening, *bracket.span(group), end, "caption-cjk-bracket-credit")
    end = _without_repeated_mark(text, start, end)
    after = _label_after_credit(text, start, end)
    if after is not None:
        return after
    labelled = LABELLED.search(text, start, end) if may_hold_label(text, start, end) else None
    bracketed = BRACKETED.search(text, start, end)
    # "(Express Photo by Jane Doe)": a label inside the closing brackets, after the credit's first words;
    # the whole bracket is the credit, as "(AP Photo/Jane Doe)" is.
    label_in_brackets = False
    if bracketed is not None and bracketed.start() > start:
        inner = LABELLED.search(text, *bracketed.span("credit"))
        label_in_brackets = inner is not None and inner.start() > bracketed.start("credit")
    if (
        labelled is not None
        and _label_position_ok(text, start, labelled.start())
        and not holds_sentence(text, *labelled.span("credit"))  # "FILE PHOTO: A man walks … REUTERS/X"
    ):
        credit_start, credit_end = labelled.span("credit")
        caption_end = labelled.start()
        house = (
            HOUSE_BEFORE_LABEL.search(text, start, caption_end)
            if not labelled.group("open") and TITLE_CASE_COLON_LABEL.match(text, caption_end)
            else None
        )
        if house is not None:
            # "… on Wednesday. Post Photo: Jane Doe": the house's name before the label, after the caption's
            # stop, makes one credit with it (as "AP Photo/Jane Doe" or "Express Photo by Jane Doe" do)
            caption_end = credit_start = house.start("house")
            return _made(text, start, caption_end, credit_start, end, end, "caption-house-labelled-credit")
        first = _credit_first(text, start, labelled.start(), credit_start, credit_end)
        if first is not None:
            return first
        tagged = _archive_tag(text, labelled.start(), credit_start, credit_end)
        if tagged is not None:
            # "… station. File | Photo Credit: Jane Doe": "File" says what kind of picture it is, and
            # stays the caption's (as "(file photo)" does); the credit's own label follows it
            return _made(text, start, credit_start, *tagged, end, "caption-labelled-credit")
        return _made(text, start, caption_end, credit_start, credit_end, end, "caption-labelled-credit")
    copyright_mark = COPYRIGHT.search(text, start, end)
    if copyright_mark is not None and _label_position_ok(text, start, copyright_mark.start()):
        credit_start, credit_end = copyright_mark.span("credit")
        return _made(text, start, copyright_mark.start(), credit_start, credit_end, end, "caption-copyright")
    if bracketed is not None:
        credit_start, credit_end = bracketed.span("credit")
        loose = LOOSE_LABEL.match(text, credit_start, credit_end)
        if loose is not None:  # "(foto Ansa)": a label without its colon, inside the brackets
            credit_start = loose.end()
            house = _HOUSE_COLON.match(text, credit_start, credit_end)
            if house is not None:
                # "(Foto Prensa Libre: Byron Ajú)": the picture's word and the paper's name make the label
                # before the colon; the credit is the name after it
                credit_start = house.end()
        if bracketed.start() > start and (label_in_brackets or credit_like(text, credit_start, credit_end)):
            name = None if label_in_brackets else _capitals_name_before(text, start, bracketed.start())
            if name is not None:
                # "… este lunes. ANDREA COMAS (EFE)": the photographer's name in capitals after the
                # caption's stop, her agency in brackets after it: one credit, as the page prints it
                close = text.find(")", credit_end, end)
                credit_end = close + 1 if close >= 0 else credit_end
                return _made(text, start, name, name, credit_end, end, "caption-capitals-name-agency-credit")
            return _made(
                text, start, bracketed.start(), credit_start, credit_end, end, "caption-bracketed-credit"
            )
        if bracketed.start() > start and _bracket_after_stop(
            text, start, bracketed.start(), credit_start, credit_end
        ):
            rule = "caption-bracketed-credit-after-stop"
            return _made(text, start, bracketed.start(), credit_start, credit_end, end, rule)
    dash = _dash_credit(text, start, end)
    if dash is not None:
        return _made(text, start, dash[0], dash[1], end, end, "caption-dash-credit")
    trailing = _trailing_credit(text, start, end)
    if trailing is not None:
        return _made(text, start, trailing[0], trailing[1], end, end, "caption-trailing-credit")
    run_on = _run_on_credit(text, start, end)
    if run_on is not None:
        return _made(text, start, run_on, run_on, end, end, "caption-run-on-credit")
    barred = _barred_credit(text, start, end)
    if barred is not None:
        return _made(text, start, barred[0], barred[1], end, end, "caption-barred-credit")
    stock = _slash_stock_credit(text, start, end)
    if stock is not None:
        return _made(text, start, stock[0], stock[1], end, end, "caption-slash-stock-credit")
    return None


def _archive_tag(text: str, label_start: int, credit_start: int, credit_end: int) -> tuple[int, int] | None:
    """The credit's span when the label read at ``label_start`` is an archive word (``File |``) and what
    follows it opens with a credit's label of its own (``Photo Credit: Jane Doe``); else None."""
    label = text[label_start:credit_start].rstrip(" \t|:.…").casefold()
    if label not in ARCHIVE_LABELS:
        return None
    inner = LABELLED.match(text, credit_start, credit_end)
    if inner is None:
        return None
    return inner.span("credit")


def _slash_stock_credit(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``… at a factory in Mathira, Nyeri County/FILE``: a caption of a sentence's length whose last word
    has the picture's kind set tight after a slash: (slash, credit start). After an agency or a credit in
    capitals (``… — APP/File``) the slash joins the credit's two parts instead."""
    found = SLASH_STOCK_CREDIT.search(text, start, end) if text.find("/", start, end) >= 0 else None
    if found is None or len(text[start : found.start()].split()) < MIN_SENTENCE_WORDS:
        return None
    before = text[start : found.start()].split()[-1]
    if before.isupper() or is_agency(before):
        return None
    return found.start(), found.start("credit")


def _without_repeated_mark(text: str, start: int, end: int) -> int:
    """Where the caption's line ends once a wire's mark repeating its bracketed credit is cut (``…
    Prefecture. (Kyodo) ==Kyodo``): the credit said twice, its second time no part of the caption."""
    if text.find("==", start, end) < 0:
        return end  # the cheap test first
    found = REPEATED_MARK.search(text, start, end)
    if found is None or found.group("credit").strip().casefold() != found.group("again").strip().casefold():
        return end
    return found.end("credit") + 1  # after the bracket's close


_MIN_LABEL_AFTER_CAPTION = 2
_LABELS_AFTER = tuple(word.casefold() for word in table_words(PHOTO_AFTER))
_LONGEST_LABEL_AFTER = max(map(len, _LABELS_AFTER))


def _label_after_credit(text: str, start: int, end: int) -> CaptionRead | None:
    """``Vilniaus gatvė Kaune | Dovydo Kalinausko nuotr.``: a caption of two words or more, then a credit
    whose label comes after the photographer's name (``creditwords.LABEL_AFTER_CREDIT``)."""
    if not text[max(start, end - _LONGEST_LABEL_AFTER) : end].casefold().endswith(_LABELS_AFTER):
        return None  # the cheap test first: few languages write the label after the name
    found = LABEL_AFTER_CREDIT.search(text, start, end)
    if found is None or len(text[start : found.start()].split()) < _MIN_LABEL_AFTER_CAPTION:
        return None
    return _made(text, start, found.start(), *found.span("credit"), end, "caption-credit-label-after-name")


def _barred_credit(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``… en el sector Los Pinos | Jane Roe | Agencia Uno``: a caption of a sentence's length, a bar, then
    a credit of its own two parts (the photographer and the agency, set off by a bar or a slash): (bar,
    credit start) (round 16). A line with one part after its bar (``Headline | The Harbour Times``) is a
    page's title, no caption."""
    bar = text.find(" | ", start, end)
    if bar < 0 or len(text[start:bar].split()) < MIN_SENTENCE_WORDS or "|" in text[start:bar]:
        return None
    credit_start = bar + 3
    credit = text[credit_start:end]
    if (" | " in credit or "/" in credit) and credit_like(text, credit_start, end, strict=True):
        return bar, credit_start
    # "Representational image of a metro train | Commons": a caption saying what kind of picture it is names
    # a picture, so the short name after its bar is the credit
    if _PICTURE_KIND_OPENING.match(text, start, bar) and credit_like(text, credit_start, end, handle_ok=True):
        return bar, credit_start
    return None


# "Representational image of …", "File photo of …", "Representative picture: …": a caption opening with the
# kind of picture it describes.
_PICTURE_KIND_OPENING = re.compile(
    r"(?i:(?:representational|representative|file|archive|stock|illustrative)\s+"
    r"(?:image|photo|photograph|picture|pic))\b"
)


def _bracket_after_stop(text: str, start: int, bracket: int, credit_start: int, credit_end: int) -> bool:
    """``… on Friday afternoon. (NOAA)``, ``… swimmers. (ABC Far North: Jane Doe)``: after a whole sentence
    and its stop, a bracket closing the line that holds only an acronym or capitalised names (a colon after
    the outlet's): the credit. (A sentence naming a body ends with its stop after the bracket.)"""
    before = text[start:bracket].rstrip()
    if not before.endswith((".", "!", "?", '."', ".”", ".’")) or len(before.split()) < MIN_SENTENCE_WORDS:
        return False
    inside = text[credit_start:credit_end]
    if _ACRONYM.fullmatch(inside):
        return True
    words = inside.replace(":", " ").split()
    return ":" in inside and 2 <= len(words) <= 8 and all(NAME_WORD.match(word) for word in words)


def _label_position_ok(text: str, start: int, label_start: int) -> bool:
    """A label starts the block or follows the caption's end (a stop, a separator or a space; the stop of
    Hindi and Bengali, "।", and Urdu's, "۔", too)."""
    before = text[start:label_start].rstrip()
    if before and before[-1].isalnum() and text[label_start].islower() and _lower_word_before(before):
        # "The police showed a photo by Jane Doe.", "ipinakita ang larawan mula sa CCTV": a label in lower
        # case run on from a word in lower case is the sentence's own words; a caption's label after its
        # last word opens with a capital ("… at the pier Photo: Jane Doe", "Ilustracija Foto: Shutterstock"),
        # and the house before its own ("… Grange Hall. Record photo by Jane Doe") is capitalised
        return False
    # (a vowel sign or tone mark closing the caption's last word, Thai "ใหม่", is the word's letter: a
    # script with no spaces between sentences sets the label after the last word and a space)
    return (
        not before
        or before[-1] in _AFTER_STOP
        or before[-1].isalnum()
        or unicodedata.category(before[-1]).startswith("M")
    )


def _lower_word_before(before: str) -> bool:
    """The last word of ``before`` opens with a letter in lower case."""
    space = max(before.rfind(" "), before.rfind("\t"), before.rfind("\n"))
    return before[space + 1 : space + 2].islower()


def _trailing_credit(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the caption ends and an unlabelled credit run onto it after its last sentence starts, if one
    is there."""
    tight = _tight_credit(text, start, end)
    if tight is not None:
        return tight
    ends = list(SENTENCE_END.finditer(text, start, end))
    if not ends:
        return None
    last = ends[-1]
    dated = PHOTO_DATED.search(text, start, end)
    if dated is not None:
        # "… on Thursday. CNA photo Nov. 26, 2026": the credit carries the day the picture was taken, its
        # abbreviated month no sentence's end; the caption ends at the stop before the credit
        before = [found for found in ends if found.end() <= dated.start()]
        if before and credit_like(text, before[-1].end(), dated.start("date"), strict=True):
            return before[-1].end(), before[-1].end()
    credit_start = last.end()
    while credit_start < end and text[credit_start] in "|/–—- \t":
        credit_start += 1  # "… à Nantes. | ARCHIVES LOIRE MATIN": the separator belongs to neither
    # "… la panne. | OUEST-FRANCE": a bar after the caption's stop sets off the credit, whatever its length
    barred = "|" in text[last.end() : credit_start]
    caption_end = credit_start
    loose = LOOSE_LABEL.match(text, credit_start, end) or _ANY_LABEL.match(text, credit_start, end)
    if loose is not None:  # "… station. Beeld Gemeente Zwolle": a label without its colon
        credit_start = loose.end()
    if (
        credit_like(text, credit_start, end, strict=not barred, handle_ok=barred)
        or _rights_notice(text, credit_start, end)
        or AGENCY_WORD.fullmatch(text, credit_start, end)
        or STOCK_CREDIT.fullmatch(text, credit_start, end)
        or _capitals_credit(text, credit_start, end)
    ):
        return caption_end, credit_start
    return None


_MAX_RIGHTS_CREDIT_WORDS = 10


def _rights_notice(text: str, start: int, end: int) -> bool:
    """``fotoBERNAMA (2026) HAK CIPTA TERPELIHARA``: after the caption's stop, a short run closed by the
    picture's rights notice (``creditwords.RIGHTS_RESERVED``): the credit, whatever else it holds."""
    if text.find(" ", start, end) < 0 or len(text[start:end].split()) > _MAX_RIGHTS_CREDIT_WORDS:
        return False
    notice = RIGHTS_RESERVED.search(text, start, end)
    # the words before the notice name the picture's source, no sentence's ("The lender said all rights
    # reserved."): none of them is a word in lower case
    return notice is not None and not any(
        word.isalpha() and word.islower() for word in text[start : notice.start()].split()
    )


_MIN_CAPITALS_NAME_WORDS = 2  # a first name and a surname: one word in capitals may be an acronym
_MAX_CAPITALS_NAME_WORDS = 4
_MIN_CAPTION_WORDS_BEFORE_NAME = 3


def _capitals_name_before(text: str, start: int, bracket: int) -> int | None:
    """Where a name in capitals starts between the caption's last stop and the bracketed agency at
    ``bracket`` (``… en Madrid, este lunes. ANDREA COMAS (EFE)``, ``… à Lyon. JEAN DUPONT (AFP)``), or None:
    two to four words all in capitals (initials and hyphens kept), each of letters, after a stop that
    closes a caption of a few words. A caption's own capitals (``… at the UN (AP)``) follow no stop."""
    stop = max(
        text.rfind(". ", start, bracket), text.rfind("! ", start, bracket), text.rfind("? ", start, bracket)
    )
    while (
        stop > start + 1 and text[stop] == "." and text[stop - 1].isupper() and not text[stop - 2].isalpha()
    ):
        stop = text.rfind(". ", start, stop)  # "JUAN M. ROSAS": an initial's stop, inside the name
    if stop < 0 or len(text[start:stop].split()) < _MIN_CAPTION_WORDS_BEFORE_NAME:
        return None
    segment = text[stop + 1 : bracket]
    words = segment.split()
    if not _MIN_CAPITALS_NAME_WORDS <= len(words) <= _MAX_CAPITALS_NAME_WORDS or not segment.isupper():
        return None
    if not all(word.replace("-", "").replace(".", "").replace("'", "").isalpha() for word in words):
        return None
    return stop + 1 + (len(segment) - len(segment.lstrip()))


_MAX_CAPITALS_CREDIT_WORDS = 12
_FOR_PAPER = re.compile(r"\s(?:FOR|POUR|PARA|PER|FÜR|VOOR|FÖR)\s+\S")


def _capitals_credit(text: str, start: int, end: int) -> bool:
    """``… le 21 novembre 2026. JEANNE ROUX / AGENCE POUR « LE JOURNAL »``: after the caption's stop, a run
    in capitals of two words or more holding a slash or a bar: the credit set as the page sets it, whatever
    small words and quotation marks it holds (round 16)."""
    segment = text[start:end]
    # "ÉLODIE MARCHAND POUR « LE MONDE »": the photographer "for" the paper joins two names as a slash does
    if not segment.isupper() or (
        "/" not in segment and "|" not in segment and not _FOR_PAPER.search(segment)
    ):
        return False
    words = [word for word in segment.split() if any(char.isalpha() for char in word)]
    return 2 <= len(words) <= _MAX_CAPITALS_CREDIT_WORDS and not segment.endswith((".", "!", "?", ":"))


# "… on Nov. 27.COLE BURSTALL/THE CHRONICLE": a stop after a word, a capital right after it (no space).
_TIGHT_STOP = re.compile(r"(?<=\w)[.!?](?=[A-ZÀ-Þ])")


def _tight_credit(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``… este martes.Marta Rebollo``, ``… on Nov. 27.COLE BURSTALL/THE CHRONICLE``: the credit run on
    straight after the caption's last stop, no space between (the page set the two in boxes side by side):
    (caption end, credit start). The caption is a sentence's length; the credit reads as one strictly."""
    if text.find(".", start, end) < 0:
        return None  # the cheap test first
    stops = [found.end() for found in _TIGHT_STOP.finditer(text, start, end)]
    if not stops:
        return None
    stop = stops[-1]
    if len(text[start:stop].split()) < MIN_SENTENCE_WORDS or SENTENCE_END.search(text, stop, end):
        return None
    if credit_like(text, stop, end, strict=True):
        return stop, stop
    return None


def _dash_credit(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``… on Friday. — APP``, ``… zona oeste de São Paulo - Jane Doe/Folhapress``: an acronym or a
    ``Name/Agency`` credit after a spaced dash ending a caption of a sentence's length: (dash, credit start).
    A quotation with its speaker after the dash is an epigraph, not a caption."""
    dash = next(iter(reversed(list(_SPACED_DASH.finditer(text, start, end)))), None)
    if dash is None or text[start] in _QUOTE_MARKS:
        return None
    credit_start = dash.end()
    if len(text[start : dash.start()].split()) < MIN_SENTENCE_WORDS:
        return None
    loose = LOOSE_LABEL.match(text, credit_start, end)
    if loose is not None and "/" in text[loose.end() : end]:
        credit_start = loose.end()  # "… hari ini. - Foto NSTP/Jane Doe": a label without its colon
    credit = text[credit_start:end]
    if _ACRONYM.fullmatch(credit) or ("/" in credit and credit_like(text, credit_start, end, strict=True)):
        return dash.start(), credit_start
    return None


def _run_on_credit(text: str, start: int, end: int) -> int | None:
    """Where a ``Name/Agency`` credit run onto a caption with no stop between starts (``… Pnina Tornai
    Steven A Henry/Getty; Mike Coppola/Getty``), if the line ends in one.

    The photographer's name is the two words before the first slash of the credit run, three when the
    middle one is an initial; an agency or a handle in capitals before the slash stands alone."""
    if text.find("/", start, end) < 0:
        return None  # (no token holds a slash: most lines, told without reading them word by word)
    tokens = [m.span() for m in _TOKEN.finditer(text, start, end)]
    first_slash = None
    for index in range(len(tokens) - 1, 0, -1):
        token = text[tokens[index][0] : tokens[index][1]]
        if not credit_token(token):
            break
        if "/" in token:
            first_slash = index
    if first_slash is None:
        return None
    slash_token = text[tokens[first_slash][0] : tokens[first_slash][1]]
    name_end = first_slash if slash_token.startswith("/") or slash_token == "/" else first_slash + 1
    before_slash = slash_token.split("/", 1)[0]
    if before_slash and (is_agency(before_slash) or before_slash.isupper()):
        credit_index = first_slash
    else:
        credit_index = name_end - (1 if before_slash else 0) - 1
        while credit_index > 0 and (
            name_end - credit_index < 2
            or _INITIAL.fullmatch(text[tokens[credit_index][0] : tokens[credit_index][1]])
        ):
            credit_index -= 1
    if credit_index < 2:
        return None  # a caption of a word or two is no caption
    credit_start = tokens[credit_index][0]
    tail = text[credit_start:end]
    if not (PHOTO_WORDS.search(tail) or any(is_agency(piece) for piece in re.split(r"[/;|]", tail))):
        return None
    if not credit_like(text, credit_start, end, strict=True):
        return None
    return credit_start


def _credit_first(
    text: str, start: int, label_start: int, credit_start: int, credit_end: int
) -> CaptionRead | None:
    """``Photo: Jane Doe. The pool in winter.``: the label opens the block, a name closes with its stop and
    the words after it describe the picture: the credit comes first and the caption after it."""
    if text[start:label_start].strip():
        return None
    stop = SENTENCE_END.search(text, credit_start, credit_end)
    if stop is None or not credit_like(text, credit_start, stop.start()):
        return None
    caption_start = stop.end()
    if len(text[caption_start:credit_end].split()) < 2:
        return None
    credit = _text(text, credit_start, stop.start())
    caption = _text(text, caption_start, credit_end)
    return CaptionRead(Image(caption, credit, Span(start, credit_end), None), "caption-after-labelled-credit")


def _made(
    text: str, start: int, caption_end: int, credit_start: int, credit_end: int, end: int, rule: str
) -> CaptionRead:
    caption_start, caption_end = _strip_enlarge(text, start, caption_end)
    announced = _CAPTION_LABEL.match(text, caption_start, caption_end)
    if (
        announced is not None
        and credit_start > caption_start
        and not credit_like(text, announced.end(), caption_end)
    ):
        caption_start = announced.end()
    while caption_end > caption_start and text[caption_end - 1] in " \t-–—|/:;,([":
        caption_end -= 1
    repeat = BRACKETED.search(text, caption_start, caption_end)
    if repeat is not None and repeat.start() > caption_start:
        inner_start, inner_end = repeat.span("credit")
        if LABELLED.fullmatch(text, inner_start, inner_end):
            # "… (Photo courtesy of X) Photo courtesy of X": the credit said twice; the caption ends before.
            caption_end = repeat.start()
            while caption_end > caption_start and text[caption_end - 1].isspace():
                caption_end -= 1
    credit_start, credit_end = bare_credit(text, credit_start, credit_end)
    caption = _text(text, caption_start, caption_end) if caption_end > caption_start else None
    credit = _text(text, credit_start, credit_end) if credit_end > credit_start else None
    return CaptionRead(Image(caption, credit, Span(start, end), None), rule)


def _strip_enlarge(text: str, start: int, end: int) -> tuple[int, int]:
    enlarge = _ENLARGE.match(text, start, end)
    return (enlarge.end() if enlarge else start), end


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return line_spans(text, start, end)


def _text(text: str, start: int, end: int) -> Text:
    return Text(text[start:end], Span(start, end))


# Every language's picture label (``Ảnh``, ``Foto``, ``Kuva``) and English's, folded: the labels that say a
# credit names the picture's maker (``Source:``, ``Chart:`` name where figures came from).
_PICTURE_LABELS = frozenset(
    word.casefold().rstrip(".")
    for word in (
        *label_words("photo"),
        "Photo",
        "Photograph",
        "Picture",
        "Pic",
        "Image",
        "Credit",
        "Photo credit",
    )
)


def body_caption(text: str, start: int, end: int) -> Image | None:
    """``… sáng 18/11. Ảnh: Jane Doe`` among the body's paragraphs: a caption with its credit after a picture
    label in any language, the credit's label being one that names a picture (round 16)."""
    if not _picture_label_before_colon(text, start, end):
        return None  # the cheap test first: most of the body's paragraphs are asked here
    found = read_caption_block(text, start, end, credit_only_ok=False)
    if found is None or found.rule != "caption-labelled-credit":
        return None
    caption, credit = found.image.caption, found.image.credit
    if caption is None or credit is None:
        return None
    # (the separator before the label, "… sáng 11-8 - Ảnh: Jane Doe", belongs to neither)
    label = text[caption.span.end : credit.span.start].strip(" \t([:|-–—/").casefold().rstrip(".")
    return found.image if label in _PICTURE_LABELS else None


def _picture_label_before_colon(text: str, start: int, end: int) -> bool:
    """A colon in ``text[start:end]`` right after a picture label (``Ảnh:``, ``Photo credit:``)."""
    colon = text.find(":", start, end)
    while colon >= 0:
        words = text[max(start, colon - 20) : colon].split()
        if words and (
            words[-1].casefold().rstrip(".") in _PICTURE_LABELS
            or " ".join(words[-2:]).casefold() in _PICTURE_LABELS
        ):
            return True
        colon = text.find(":", colon + 1, end)
    return False


# "+5" alone on a line: how many more pictures the gallery holds, printed on the lead picture.
_GALLERY_COUNT = re.compile(r"\+\s?\d{1,3}")
_PICTURE_BUTTON_WORDS = frozenset(word.casefold() for word in table_words(PICTURE_BUTTONS))
_MAX_GALLERY_CAPTION = 400
_NEXT_LINE = re.compile(r"[ \t]*(?:\r\n|\r|\n)\s*(?P<line>[^\r\n]{1,40})")  # the next line with words


def caption_over_gallery(text: str, start: int, end: int) -> Image | None:
    """``Jane Doe, 81, said she waited six hours at the stop (pictured)`` over ``+5`` and ``View gallery``: a
    line set over the gallery's count of pictures and its button is the lead picture's caption (the page
    prints no credit). The count and the button are looked for in the text itself, the furniture reader
    having left both out of the blocks."""
    if end - start > _MAX_GALLERY_CAPTION:
        return None
    count = _NEXT_LINE.match(text, end)
    if count is None or not _GALLERY_COUNT.fullmatch(count.group("line").strip()):
        return None
    below = _NEXT_LINE.match(text, count.end())
    if below is None or below.group("line").strip().casefold() not in _PICTURE_BUTTON_WORDS:
        return None
    if text.endswith(_STOPS, start, end):
        # a line with its stop over the gallery, one with none under the button: the paragraph before the
        # picture, whose caption is printed under its count (``caption_under_gallery``)
        under = _UNDER_LINE.match(text, below.end())
        if under is not None and not under.group("line").rstrip().endswith(_STOPS):
            return None
    caption = _text(text, start, end)
    return Image(caption, None, Span(start, count.end()), None)


_UNDER_LINE = re.compile(r"[ \t]*(?:\r\n|\r|\n)\s*(?P<line>[^\r\n]{1,400})")


_MAX_LINE_ABOVE = 40


def _line_above(text: str, start: int) -> tuple[int, int] | None:
    """The span of the last line with words before ``start`` (the blank lines between passed over), if it
    is short (a count or a button); found by the line breaks, from the end (a pattern searched backwards
    from each place would try every length at every place)."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0 or end == start or ("\n" not in text[end:start] and "\r" not in text[end:start]):
        return None  # no line break between: ``start`` is no line's start
    line_start = max(text.rfind("\n", 0, end), text.rfind("\r", 0, end)) + 1
    if end - line_start > _MAX_LINE_ABOVE:
        return None
    return line_start, end


def caption_under_gallery(text: str, start: int, end: int) -> Image | None:
    """``+5`` and ``View gallery`` over ``Jane Doe, 81, pictured on the seafront``: the gallery's count and
    button printed over the picture's caption (the other order ``caption_over_gallery`` reads). The line
    under them is the caption only when it ends with no sentence's stop, as these houses' captions do: a
    paragraph under the button ends with its stop."""
    if end - start > _MAX_GALLERY_CAPTION or text.find("+", max(0, start - 80), start) < 0:
        return None  # (the cheap tests first: no count over it)
    if text.endswith(_STOPS, start, end):
        return None
    button = _line_above(text, start)
    if button is None or text[button[0] : button[1]].strip().casefold() not in _PICTURE_BUTTON_WORDS:
        return None
    count = _line_above(text, button[0])
    if count is None or not _GALLERY_COUNT.fullmatch(text[count[0] : count[1]].strip()):
        return None
    caption = _text(text, start, end)
    return Image(caption, None, Span(count[0], end), None)


_MIN_REPEATED_CAPTION_WORDS = 4  # a caption describes its picture: a box's two-word heading does not
_MAX_REPEATED_CAPTION_WORDS = 40


def caption_said_twice(text: str, first: tuple[int, int], second: tuple[int, int]) -> Image | None:
    """A line printed twice in a row among the body's paragraphs (the picture's alternative text, then its
    caption, ``Jane Doe, 58, behind the bar …`` over the same words): the picture's caption, with the credit
    the line ends with if it has one. A story never says a paragraph twice running; a caption is one short
    line, so a long one or one introducing what follows (``:``) is left a paragraph; and a line ending with
    a sentence's stop and credited to no one may be a paragraph a copy doubled, so it is left one too."""
    start, end = first
    if text[start:end] != text[second[0] : second[1]] or line_breaks(text, start, end):
        return None
    if text.endswith(":", start, end):
        return None
    if not _MIN_REPEATED_CAPTION_WORDS <= len(text[start:end].split()) <= _MAX_REPEATED_CAPTION_WORDS:
        return None
    found = _one_line(text, start, end)
    if found is not None and found.image.caption is not None:
        image = found.image
        return Image(image.caption, image.credit, Span(start, second[1]), image.url)
    if text.endswith(_STOPS, start, end):
        return None
    return Image(_text(text, start, end), None, Span(start, second[1]), None)


_STOPS = (".", "!", "?", "。", '."', ".”", ".'", ".’", "!”", "?”")


def caption_over_slashed_credit(text: str, start: int, end: int) -> Image | None:
    """Two lines set tight among the body's paragraphs, a caption over a credit line joined by a slash
    (``Un bus à l’arrêt, peu après minuit.`` over ``Jane Doe/The Paper``): the lead picture, set under a box
    the front stopped at. The slash is asked for: a paragraph over a name alone may be a letter's
    signature."""
    found = read_caption_block(text, start, end, credit_only_ok=False)
    if found is None or found.rule != "caption-credit-line-under":
        return None
    credit = found.image.credit
    return found.image if credit is not None and "/" in credit.text else None


_MIN_UNCREDITED_CAPTION_WORDS = 4
_MAX_UNCREDITED_CAPTION_WORDS = 20  # a standfirst set where a caption stands runs longer


def uncredited_caption(text: str, start: int, end: int) -> Image | None:
    """The line ``text[start:end]``, which the caller found where the lead picture's caption stands, read
    as that caption with no credit: a few words on one line describing the picture (``A restored facade
    on the west bank of the Nile``), one sentence at most, not a label or a question opening what follows,
    not an address."""
    if line_breaks(text, start, end) or _URL.search(text, start, end):
        return None
    if not _MIN_UNCREDITED_CAPTION_WORDS <= len(text[start:end].split()) <= _MAX_UNCREDITED_CAPTION_WORDS:
        return None
    if text.endswith((":", "?", "!"), start, end) or text.find(": ", start, end) >= 0:
        return None  # "Dubai: Jane Doe", "Kindly share this story:": a label's line
    if SENTENCE_END.search(text, start, end) is not None:
        return None  # "Anglers say … at night. Officials say …": two sentences, a standfirst's
    caption = _text(text, start, end)
    return Image(caption, None, caption.span, None)
