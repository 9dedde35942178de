"""A lead figure's caption and credit, read from the figure's markup.

The caption is the figure's ``<figcaption>`` (or an element whose class says caption/cutline/legend);
the credit is, in order:

1. an element whose class says credit/copyright/source/photographer/courtesy/attribution (or a ``<cite>``
   or ``<small>``) inside the caption, or beside it in the figure (``<figcaption class="credit">`` under a
   caption ``<div>``; a credit line after the caption block);
2. the last of the caption's inline parts when it alone reads as a credit (``<span>A sentence.</span>
   <span>Name/Agency</span>``);
3. a credit written into the caption's text: labelled (``Credit: …``, ``Photograph: …``, ``Photo by …``,
   ``(Image credit: …)``), bracketed (``(AP Photo/…)``), or trailing unlabelled (``… Name/Agency``);
4. the whole caption, when it is nothing but a credit (``Jane Doe``, ``Agency/Photographer``).

The credit's label and brackets are not part of it, and a caption that repeats its credit element in
brackets at its end (``… (Photo by X/Agency)``) stops before the repeat. Reading a credit out of the
caption's text is shared with the plain-text reader (``archivist.parse.credit``), which knows the house
styles; the patterns here only cover what a page shows and text does not (a label run on with ``|``).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from lxml import html as lxml_html

from archivist.parse.credit import credit_line, read_caption_block
from archivist.parse.html.document import marks, text_of
from archivist.parse.html.locations import collapse

CREDIT_MARK = re.compile(r"credit|copyright|source|photographer|courtesy|attribution|byline|rights|author")
# Beside the caption (outside it) only words that say picture credit: a byline there is the article's.
_CREDIT_BESIDE_MARK = re.compile(r"credit|copyright|photographer|courtesy|attribution|rights")
CAPTION_MARK = re.compile(r"caption|figcaption|cutline|legend")
# Tags that hold a credit by themselves (``<cite>Name/Agency</cite>``, ``<small>getty</small>``).
_CREDIT_TAGS = frozenset({"cite", "small"})
# Buttons some sites put in front of a caption ("Enlarge / A view of …").
_UI_PREFIX = re.compile(r"^(?:Enlarge|Zoom|Expand|Open gallery|View gallery)\s*/\s*", re.IGNORECASE)
_MAX_CREDIT_WORDS = 14
_LABEL = (
    r"(?:photo(?:graph)?s?\s+(?:by|courtesy(?:\s+of)?)|illustration\s+by|image\s+courtesy\s+of|courtesy\s+of|"
    r"image\s+credit|photo\s+credit|credits?|photo(?:graph)?s?|pictures?|images?|illustration|source|\(c\)|©)"
)
_LABELLED_TAIL = re.compile(
    rf"^(?P<caption>.*?)[\s|]*\(?\b(?P<label>{_LABEL})\s*[:|]\s*(?P<credit>[^()]+?(?:\([^()]*\)[^()]*?)*)\)?\s*$",
    re.IGNORECASE | re.DOTALL,
)
# Only the labels that end in "by"/"of" take their credit after a plain space.
_BY_TAIL = re.compile(
    r"^(?P<caption>.*?)[\s|]*\(?(?P<label>(?:photo(?:graph)?s?|illustration|image|picture)\s+"
    r"(?:by|courtesy\s+of)|courtesy\s+of)\s+(?P<credit>[^()]+?)\)?\s*$",
    re.IGNORECASE | re.DOTALL,
)
_PAREN_TAIL = re.compile(
    r"^(?P<caption>.*?)\s*\((?P<credit>[^()]*(?:/|photo|getty|images|reuters|afp|\bap\b|"
    r"shutterstock|courtesy|press|epa|alamy|file)[^()]*)\)\s*$",
    re.IGNORECASE | re.DOTALL,
)
_SLASH_TAIL = re.compile(
    r"^(?P<caption>.*[.!?\"”])\s+(?P<credit>[^.!?]{2,80}(?:/|\bGetty\b|\bImages\b)[^.!?]{0,60})$", re.DOTALL
)
_SENTENCE = re.compile(r"[.!?][\"'’”)]?$")
# A credit label qualified by a word or two after the caption's last sentence: "… stage. Record photo by
# Jo Doe", "… in June. Staff photo by …", "… today. File photo by …".
_QUALIFIED_LABEL = re.compile(
    r"^(?P<caption>.*[.!?][\"'’”)]?)\s+(?:[A-Z][\w'’&-]*\s+){1,2}"
    r"(?i:photo(?:graph)?s?|picture|image|illustration)\s+by\s",
    re.DOTALL,
)


def is_credit_only_marked(element: lxml_html.HtmlElement) -> bool:
    """Marked as a credit and not as a caption (``figcaption.image__credit``, ``span.photo-credit``)."""
    words = marks(element)
    return bool(CREDIT_MARK.search(words)) and not CAPTION_MARK.search(words)


class CaptionReading(NamedTuple):
    caption: str | None
    credit: str | None
    credit_element: lxml_html.HtmlElement | None  # the element the credit was read from
    rule: str | None  # how the credit was found, for the record's evidence


def read_caption(
    box: lxml_html.HtmlElement, caption_element: lxml_html.HtmlElement | None, alt: str | None = None
) -> CaptionReading:
    """The caption and credit of a figure ``box`` whose caption is ``caption_element`` (None: the figure
    shows a credit only, or nothing); ``alt``, the picture's alt text, tells a caption that is only a
    name from a credit (the alt describes the picture)."""
    # (lxml elements without children are false: every test here is ``is None``.)
    rule = "credit-element"
    credit_element = _credit_inside(caption_element) if caption_element is not None else None
    if credit_element is None:
        rule = "credit-element-beside"
        credit_element = _credit_beside(box, caption_element)
    if credit_element is None and caption_element is not None:
        rule = "credit-part"
        credit_element = _credit_part(caption_element)
    if caption_element is None:
        if credit_element is None:
            return CaptionReading(None, None, None, None)
        return CaptionReading(None, _credit_text(shown_text(credit_element)), credit_element, rule)
    whole = shown_text(caption_element)
    if credit_element is None:
        caption, credit = split_caption_text(whole)
        if caption is None and alt and " ".join(alt.split()) == whole:
            # The alt says it too: it describes the picture.
            return CaptionReading(_tidy(whole), None, None, None)
        return CaptionReading(caption, credit, None, "credit-in-caption-text" if credit else None)
    credit_text = shown_text(credit_element)
    inside = credit_element in caption_element.iterdescendants()
    caption = _remove_once(whole, credit_text) if inside else whole
    caption_child = _caption_child(caption_element, credit_element)
    if caption_child is not None and 2 * len(text_of(caption_child)) >= len(caption.strip()):
        caption = text_of(caption_child)
    credit = _credit_text(credit_text)
    return CaptionReading(_without_repeated_credit(caption, credit or ""), credit, credit_element, rule)


def caption_elements(box: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The elements of a figure that may be its caption, best first: ``<figcaption>`` elements that are
    not credit lines, then elements marked as captions, each with visible text; a caption that is all
    credit (a credit paragraph marked ``caption__credit``) after those that are not."""
    found = [e for e in box.iter("figcaption") if not is_credit_only_marked(e)]
    found += [
        e
        for e in box.iterdescendants()
        if isinstance(e.tag, str)
        and e.tag != "figcaption"
        and CAPTION_MARK.search(marks(e))
        and not is_credit_only_marked(e)
        and not any(a in found for a in e.iterancestors())
    ]
    found = [e for e in found if text_of(e) and not hidden(e)]
    return sorted(found, key=_all_credit)


def hidden(element: lxml_html.HtmlElement) -> bool:
    """Shown to screen readers only, or not at all: not a caption a reader sees."""
    words = marks(element)
    return (
        element.get("hidden") is not None
        or element.get("aria-hidden") == "true"
        or bool(_HIDDEN.search(words))
    )


# Not Drupal's ``field--label-hidden``: the field's label is hidden, the field is shown.
_HIDDEN = re.compile(r"visually-?hidden|sr-only|screen-?reader|(?<!label-)\bhidden\b|offscreen")


def shown_text(element: lxml_html.HtmlElement) -> str:
    """The element's text without what only screen readers get: labels such as ``<span
    class="visually-hidden">Image caption, </span>`` that a sighted reader never sees."""
    if not any(isinstance(e.tag, str) and hidden(e) for e in element.iterdescendants()):
        return text_of(element)
    parts: list[str] = []

    def walk(node: lxml_html.HtmlElement) -> None:
        parts.append(node.text or "")
        for child in node:
            if isinstance(child.tag, str) and not hidden(child):
                walk(child)
            parts.append(child.tail or "")

    walk(element)
    return collapse("".join(parts))


def _all_credit(element: lxml_html.HtmlElement) -> bool:
    credit = _credit_inside(element)
    return credit is not None and not _remove_once(text_of(element), text_of(credit)).strip(" |·•-–—")


def split_caption_text(whole: str) -> tuple[str | None, str | None]:
    """(caption, credit) of a caption's text with the credit written into it, either possibly None."""
    whole = _UI_PREFIX.sub("", " ".join(whole.split()))
    if not whole:
        return None, None
    if ("/" in whole or "|" in whole) and _all_names(whole):
        alone = credit_line(whole, 0, len(whole))  # "AP Photo/J. Q. Sample": no caption in it
        if alone is not None:
            return None, _tidy(alone.text)
    read = read_caption_block(whole, 0, len(whole), credit_only_ok=not _SENTENCE.search(whole))
    if read is not None and read.image.credit is not None:
        caption = read.image.caption.text if read.image.caption else None
        qualified = _QUALIFIED_LABEL.match(whole)
        if caption and qualified and caption.startswith(qualified.group("caption")):
            caption = qualified.group("caption")  # "… Hall. Staff photo by X": "Staff" is the credit's
        return _tidy(caption), _tidy(read.image.credit.text)
    for pattern in (_LABELLED_TAIL, _BY_TAIL, _PAREN_TAIL, _SLASH_TAIL):
        found = pattern.match(whole)
        if found and found.group("credit").strip():
            return _tidy(found.group("caption")), _tidy(found.group("credit"))
    return _tidy(whole), None


def _all_names(text: str) -> bool:
    """Only capitalised words, initials and joiners (``Name/Agency``, ``Name | Agency via Agency``)."""
    return not _SENTENCE.search(text) and all(
        not piece or piece[0].isupper() or piece[0].isdigit() or piece in _JOINERS
        for word in text.split()
        for piece in re.split(r"[/|]", word.strip("(),;"))
    )


_JOINERS = frozenset({"via", "and", "of", "for", "the", "de", "van", "von", "da", "di", "&", "-", "–"})


def _credit_inside(caption_element: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    for element in caption_element.iterdescendants():
        if not isinstance(element.tag, str):
            continue
        if (CREDIT_MARK.search(marks(element)) or element.tag in _CREDIT_TAGS) and _short(element):
            return element
    return None


def _credit_beside(
    box: lxml_html.HtmlElement, caption_element: lxml_html.HtmlElement | None
) -> lxml_html.HtmlElement | None:
    """A credit element in the figure outside its caption: a credit line beside the caption or beside
    a block around it inside the figure (two levels up at most), else right after or before the figure;
    anywhere in the figure when it has no caption. A caption block whose picture stands beside it (no
    picture inside) looks beside itself."""
    if caption_element is None:
        return next((e for e in box.iterdescendants() if _credit_line_element(e)), None)
    node = caption_element
    for _ in range(3):
        if node is box and box.find(".//img") is not None:
            break
        for sibling in (*node.itersiblings(preceding=True), *node.itersiblings()):
            for element in sibling.iter():
                if _credit_line_element(element):
                    return element
        if node is box or node.getparent() is None:
            break
        node = node.getparent()
    # A credit line right after (or before) the figure, outside it: ``</figure><p class="credit">``.
    for sibling in (box.getnext(), box.getprevious()):
        if sibling is not None and _credit_line_element(sibling):
            return sibling
    return None


def _credit_line_element(element: lxml_html.HtmlElement) -> bool:
    if not isinstance(element.tag, str) or hidden(element):
        return False
    words = marks(element)
    return bool(_CREDIT_BESIDE_MARK.search(words)) and not CAPTION_MARK.search(words) and _short(element)


def _credit_part(caption_element: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The caption's last inline part when it reads as a credit and what comes before it ends a sentence
    (``<span>A sentence.</span><span>Name/Agency</span>``); wrappers with one child are looked through."""
    node = caption_element
    while len(node) == 1 and not (node.text or "").strip() and isinstance(node[0].tag, str):
        node = node[0]
    parts = [child for child in node if isinstance(child.tag, str)]
    if len(parts) < 2 or (parts[-1].tail or "").strip():
        return None
    last = parts[-1]
    credit = text_of(last)
    before = _remove_once(text_of(node), credit).strip()
    if not credit or not _SENTENCE.search(before):
        return None
    read = read_caption_block(credit, 0, len(credit), credit_only_ok=True)
    if read is None or read.image.caption is not None or read.image.credit is None:
        return None
    return last


def _caption_child(
    caption_element: lxml_html.HtmlElement, credit_element: lxml_html.HtmlElement
) -> lxml_html.HtmlElement | None:
    """A part of the caption marked as its text (``div.caption-text`` beside ``div.caption-credit``)."""
    return next(
        (
            e
            for e in caption_element.iterdescendants()
            if isinstance(e.tag, str)
            and e is not credit_element
            and credit_element not in e.iterdescendants()
            and CAPTION_MARK.search(marks(e))
            and text_of(e)
        ),
        None,
    )


def _short(element: lxml_html.HtmlElement) -> bool:
    return 0 < len(text_of(element).split()) <= _MAX_CREDIT_WORDS


def _credit_text(text: str) -> str | None:
    """A credit element's text without its label and brackets (``Photo: X`` → ``X``,
    ``(X/AP)`` → ``X/AP``)."""
    text = " ".join(text.split())
    found = re.match(rf"^\(?\s*(?P<label>{_LABEL})\s*[:|]?\s*(?P<rest>.+?)\)?$", text, re.IGNORECASE)
    if found and found.group("rest").strip():
        return _tidy(found.group("rest"))
    return _tidy(text.strip("() "))


def _without_repeated_credit(caption: str, credit: str) -> str | None:
    """The caption without the credit it repeats in brackets or after a label at its end (``… (Photo by
    Jo Marsh/Agency)`` beside a credit line ``Jo Marsh | Agency``): the tail must name someone the credit
    names; the caption's own brackets (``(file photo)``) and an unlabelled trailing name are kept."""
    caption = _UI_PREFIX.sub("", " ".join(caption.split()))
    named = _names(credit)
    for pattern in (_LABELLED_TAIL, _BY_TAIL, _PAREN_TAIL):
        found = pattern.match(caption)
        if found and found.group("caption").strip() and _names(found.group("credit")) & named:
            return _tidy(found.group("caption"))
    return _tidy(caption)


# Words of a credit that name no one (its labels, "via", "staff"…): two credits share a name, not these.
_NOT_NAMES = frozenset(
    {
        *("photo", "photos", "photograph", "photographer", "picture", "pictures", "image", "images"),
        *("illustration", "courtesy", "credit", "by", "of", "via", "the", "and", "for"),
        *("file", "staff", "handout", "pool"),
    }
)


def _names(text: str) -> set[str]:
    return {w for w in re.findall(r"\w{2,}", text.lower()) if w not in _NOT_NAMES}


def _remove_once(whole: str, part: str) -> str:
    index = whole.rfind(part)
    return (whole[:index] + whole[index + len(part) :]) if index >= 0 else whole


def _tidy(text: str | None) -> str | None:
    if text is None:
        return None
    text = " ".join(text.split()).strip(" |·•-–—")
    return text or None
