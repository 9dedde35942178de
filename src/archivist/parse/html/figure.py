"""The lead image of a page: the first captioned picture above the body (else the first in it), its
address resolved to an absolute URL, its alt text, and its caption split into caption and credit.

A credit is found, in order, as an element of the caption whose class says credit/copyright/source/
photographer/courtesy, then as a labelled tail of the caption (``Credit: …``, ``Photograph: …``,
``Photo by …``, ``(Photo: …)``, ``(AP Photo/…)``, ``(Image credit: …)``), then as an unlabelled trailing
``Name/Agency`` or ``Getty Images`` credit. The credit's label and brackets are not part of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import html as lxml_html

from archivist.parse.html.boilerplate import Boilerplate
from archivist.parse.html.document import Order, absolute, marked, marks, text_of

_CREDIT_MARK = re.compile(r"credit|copyright|source|photographer|courtesy|attribution|byline|rights|author")
_CAPTION_MARK = re.compile(r"caption|figcaption|cutline|legend")
_FIGURE_MARK = re.compile(
    r"\bfigure\b|lead-?(?:image|media|art|photo)|hero|featured-?(?:image|media)|main-?image|"
    r"article-?image|image-?container|media-?container"
)
_NOT_LEAD = re.compile(
    r"^(?:related|recommended|recirc|promo|promos|avatar|logo|newsletters?|sidebar|advert\w*|ad|ads|"
    r"comments?|teaser|teasers|more|rail|author|authors|byline|share|social|nav|menu)$"
)
# A superset of what _FIGURE_MARK and _CAPTION_MARK match: the first cut (``document.marked``).
_FIGURE_WORDS = (
    "figure",
    "lead",
    "hero",
    "featured",
    "image",
    "caption",
    "cutline",
    "legend",
    "media",
    "photo",
)
_NOT_LEAD_TAGS = frozenset({"nav", "aside", "footer", "form", "menu", "dialog", "template"})
_LABEL = (
    r"(?:photo(?:graph)?s?\s+(?:by|courtesy(?:\s+of)?)|illustration\s+by|image\s+courtesy\s+of|courtesy\s+of|"
    r"image\s+credit|photo\s+credit|credits?|photo(?:graph)?s?|pictures?|images?|illustration|source|\(c\)|©)"
)
_LABELLED_TAIL = re.compile(
    rf"^(?P<caption>.*?)[\s|]*\(?\b(?P<label>{_LABEL})\s*[:|]\s*(?P<credit>[^()]+?(?:\([^()]*\)[^()]*?)*)\)?\s*$",
    re.IGNORECASE | re.DOTALL,
)
_BY_TAIL = re.compile(
    rf"^(?P<caption>.*?)[\s|]*\(?(?P<label>{_LABEL})\s+(?P<credit>[^()]+?)\)?\s*$", re.IGNORECASE | re.DOTALL
)
_PAREN_TAIL = re.compile(
    r"^(?P<caption>.*?)\s*\((?P<credit>[^()]*(?:/|photo|getty|images|reuters|afp|\bap\b|"
    r"shutterstock|courtesy|press|epa|alamy|file)[^()]*)\)\s*$",
    re.IGNORECASE | re.DOTALL,
)
_SLASH_TAIL = re.compile(
    r"^(?P<caption>.*[.!?\"”])\s+(?P<credit>[^.!?]{2,80}(?:/|\bGetty\b|\bImages\b)[^.!?]{0,60})$", re.DOTALL
)


@dataclass(frozen=True)
class SeenFigure:
    element: lxml_html.HtmlElement
    img: lxml_html.HtmlElement | None
    url: str | None
    alt: str | None
    caption: str | None
    credit: str | None
    caption_element: lxml_html.HtmlElement | None


def find_lead_figure(
    tree: lxml_html.HtmlElement,
    body_first: lxml_html.HtmlElement | None,
    headline: lxml_html.HtmlElement | None,
    base: str | None,
    order: Order,
) -> SeenFigure | None:
    """The first captioned picture after the headline and above the body, else the first in the body."""
    figures = _candidates(tree, order)
    if not figures:
        return None
    first = order.get(body_first, -1) if body_first is not None else len(order)
    above = [f for f in figures if order.get(f, -1) < first]
    # Above the body: nearest the headline first (sites put the lead picture just above or below it).
    if headline is not None:
        top = order.get(headline, -1)
        above.sort(key=lambda f: (order.get(f, -1) < top, abs(order.get(f, -1) - top)))
    below = [f for f in figures if order.get(f, -1) >= first]
    for group in (above, below):
        for element in group:
            seen = _read(element, base)
            if seen is not None and (seen.caption or seen.credit):
                return seen
    return None


def _candidates(tree: lxml_html.HtmlElement, order: Order) -> list[lxml_html.HtmlElement]:
    """Figures, the picture-holding parents of captions (``<figcaption>`` outside a figure, WordPress
    ``wp-caption`` blocks, ``…__caption`` elements), and blocks marked as lead images; outside navigation,
    asides, footers and related-content teasers."""
    judge = Boilerplate(words=_NOT_LEAD, tags=_NOT_LEAD_TAGS)
    found: set[lxml_html.HtmlElement] = set()
    for element in marked(tree, _FIGURE_WORDS, ("figure", "figcaption")):
        if not isinstance(element.tag, str):
            continue
        if element.tag == "figure" or (
            _FIGURE_MARK.search(marks(element)) and element.find(".//img") is not None
        ):
            found.add(element)
        elif element.tag == "figcaption" or _CAPTION_MARK.search(marks(element)):
            holder = _picture_holder(element)
            if holder is not None:
                found.add(holder)
    out = []
    for element in sorted(found, key=lambda e: order.get(e, 0)):
        if judge.excluded(element) or any(a in found for a in element.iterancestors()):
            continue
        out.append(element)
    return out


def _picture_holder(caption: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    node = caption.getparent()
    for _ in range(3):
        if node is None or node.tag in ("body", "article", "main"):
            return None
        if node.tag == "figure" or node.find(".//img") is not None or node.find(".//picture") is not None:
            return node
        node = node.getparent()
    return None


def _read(element: lxml_html.HtmlElement, base: str | None) -> SeenFigure | None:
    img = next(iter(element.iter("img")), None)
    if img is None and element.find(".//picture") is None:
        return None
    url = _image_url(img, element, base)
    alt = " ".join((img.get("alt") or "").split()) if img is not None else ""
    caption_element = element.find(".//figcaption")
    if caption_element is None:
        caption_element = next(
            (
                e
                for e in element.iter()
                if isinstance(e.tag, str)
                and e is not element
                and _CAPTION_MARK.search(marks(e))
                and text_of(e)
            ),
            None,
        )
    caption, credit = split_caption(caption_element) if caption_element is not None else (None, None)
    return SeenFigure(element, img, url, alt or None, caption, credit, caption_element)


def _image_url(
    img: lxml_html.HtmlElement | None, element: lxml_html.HtmlElement, base: str | None
) -> str | None:
    candidates: list[str] = []
    if img is not None:
        for attribute in ("src", "data-src", "data-lazy-src", "data-original", "data-srcset", "srcset"):
            value = (img.get(attribute) or "").strip()
            if value:
                candidates.append(value.split(",")[0].split()[0] if "srcset" in attribute else value)
    for source in element.iter("source"):
        srcset = (source.get("srcset") or source.get("data-srcset") or "").strip()
        if srcset:
            candidates.append(srcset.split(",")[0].split()[0])
    for candidate in candidates:
        url = absolute(candidate, base)
        if url:
            return url
    return None


def split_caption(caption_element: lxml_html.HtmlElement) -> tuple[str | None, str | None]:
    """(caption, credit) of a caption element, either possibly None."""
    whole = text_of(caption_element)
    credit_element = next(
        (
            e
            for e in caption_element.iter()
            if isinstance(e.tag, str)
            and e is not caption_element
            and (_CREDIT_MARK.search(marks(e)) or e.tag == "cite")
            and text_of(e)
        ),
        None,
    )
    if credit_element is not None:
        credit_text = text_of(credit_element)
        caption = _remove_once(whole, credit_text)
        caption_child = next(
            (
                e
                for e in caption_element.iter()
                if isinstance(e.tag, str)
                and e is not caption_element
                and _CAPTION_MARK.search(marks(e))
                and text_of(e)
            ),
            None,
        )
        if caption_child is not None and credit_text not in text_of(caption_child):
            caption = text_of(caption_child)
        label, credit = _strip_label(credit_text)
        if label is None and credit == credit_text:
            credit = credit_text.strip("() ")
        return _tidy(caption), _tidy(credit)
    return split_caption_text(whole)


def split_caption_text(whole: str) -> tuple[str | None, str | None]:
    for pattern in (_LABELLED_TAIL, _BY_TAIL, _PAREN_TAIL, _SLASH_TAIL):
        found = pattern.match(whole)
        if found and found.group("credit").strip():
            return _tidy(found.group("caption")), _tidy(found.group("credit"))
    return _tidy(whole), None


def _strip_label(text: str) -> tuple[str | None, str]:
    found = re.match(rf"^\(?\s*(?P<label>{_LABEL})\s*[:|]?\s*(?P<rest>.+?)\)?$", text, re.IGNORECASE)
    if found and found.group("rest").strip():
        return found.group("label"), found.group("rest").strip()
    return None, text


def _remove_once(whole: str, part: str) -> str:
    index = whole.rfind(part)
    return (whole[:index] + whole[index + len(part) :]) if index >= 0 else whole


def _tidy(text: str | None) -> str | None:
    if text is None:
        return None
    text = " ".join(text.split()).strip(" |·•-–—")
    return text or None
