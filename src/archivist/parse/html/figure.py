"""The lead image of a page: the first captioned picture above the body (else the first in it), its
address resolved to an absolute URL, its alt text, and its caption split into caption and credit
(``caption``).

A picture is a ``<figure>``, a block whose class says it holds the lead image, or the nearest block
around a caption element that holds a picture; when that block also holds the headline or the body, the
picture is the one just before the caption. A figure whose image is loaded by script (an empty
placeholder, a custom element with a ``src``) still counts when it has a caption. Video players are not
pictures, and neither is anything in navigation, asides, footers or related-content teasers (judged
only below the block that holds the headline: a header's ``--with-author`` class says nothing of its
picture).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import html as lxml_html

from archivist.parse.html.boilerplate import Boilerplate
from archivist.parse.html.caption import CAPTION_MARK, CREDIT_MARK, caption_elements, read_caption
from archivist.parse.html.caption import split_caption_text as split_caption_text
from archivist.parse.html.document import Order, absolute, marked, marks, text_of

# Words that name the page's lead picture: on the box itself they outweigh a layout word beside them
# (``figure right-rail__offset primary-image``); its ancestors are still judged.
_LEAD_MARK = re.compile(
    r"lead-?(?:image|media|art|photo)|hero|featured-?(?:image|media)|main-?image|primary-?(?:image|media|photo)"
)
_FIGURE_MARK = re.compile(
    rf"\bfigure\b|{_LEAD_MARK.pattern}|article-?image|image-?container|media-?container"
)
_NOT_LEAD = re.compile(
    r"^(?:related|recommended|recirc|promo|promos|avatar|logo|newsletters?|sidebar|advert\w*|ad|ads|"
    r"comments?|teaser|teasers|more|rail|author|authors|byline|share|social|nav|menu)$"
)
# A superset of what _FIGURE_MARK and CAPTION_MARK match: the first cut (``document.marked``).
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
# A picture not yet loaded: a placeholder or wrapper named for it, or an element with an image address.
_PICTURE_MARK = re.compile(r"image|photo|picture|\bimg")
# Lazy loaders keep the real address in a data- attribute and a placeholder in ``src``: they come first.
_SOURCE_ATTRIBUTES = ("data-src", "data-lazy-src", "data-original", "src", "data-srcset", "srcset")
# What lazy loaders show until the picture loads: not the picture's address.
_PLACEHOLDER_URL = re.compile(
    r"(?:pixel|blank|spacer|placeholder|transparent|lazy|1x1)[\w-]*\.(?:gif|png|svg)", re.IGNORECASE
)
_NOT_PICTURE_TAGS = frozenset({"iframe", "video", "audio", "script", "embed", "object", "blockquote", "pre"})
_VIDEO_WORD = re.compile(r"^(?:video\w*|player|jwplayer|vjs|brightcove|youtube|vimeo|playlist)$")
_SPLIT = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class SeenFigure:
    element: lxml_html.HtmlElement
    img: lxml_html.HtmlElement | None
    url: str | None
    alt: str | None
    caption: str | None
    credit: str | None
    caption_element: lxml_html.HtmlElement | None
    credit_element: lxml_html.HtmlElement | None = None
    credit_rule: str | None = None  # how the credit was found (``caption.read_caption``)


@dataclass(frozen=True)
class _Candidate:
    box: lxml_html.HtmlElement  # what holds the picture and its caption
    picture: lxml_html.HtmlElement | None  # the picture, when it stands beside the box rather than in it


def find_lead_figure(
    tree: lxml_html.HtmlElement,
    body_first: lxml_html.HtmlElement | None,
    headline: lxml_html.HtmlElement | None,
    base: str | None,
    order: Order,
) -> SeenFigure | None:
    """The first captioned picture after the headline and above the body, else the first in the body."""
    figures = _candidates(tree, order, headline, body_first)
    if not figures:
        return None
    first = order.get(body_first, -1) if body_first is not None else len(order)
    above = [f for f in figures if _position(f, order) < first]
    # Above the body: nearest the headline first (sites put the lead picture just above or below it).
    if headline is not None:
        top = order.get(headline, -1)
        above.sort(key=lambda f: (_position(f, order) < top, abs(_position(f, order) - top)))
    below = [f for f in figures if _position(f, order) >= first]
    for group in (above, below):
        for candidate in group:
            seen = _read(candidate, base)
            if seen is not None and (seen.caption or seen.credit):
                return seen
    return None


def _position(candidate: _Candidate, order: Order) -> int:
    """Where the picture is: its image when the box is known to hold one, else the box."""
    picture = candidate.picture
    if picture is None:
        picture = next(iter(candidate.box.iter("img")), None)
    return order.get(picture if picture is not None else candidate.box, -1)


def _candidates(
    tree: lxml_html.HtmlElement,
    order: Order,
    headline: lxml_html.HtmlElement | None = None,
    body_first: lxml_html.HtmlElement | None = None,
) -> list[_Candidate]:
    """Figures, the picture-holding blocks around captions (``<figcaption>`` outside a figure, WordPress
    ``wp-caption`` blocks, ``…__caption`` elements), and blocks marked as lead images; outside navigation,
    asides, footers, related-content teasers and video players."""
    judge = Boilerplate(words=_NOT_LEAD, tags=_NOT_LEAD_TAGS)
    # A body whose first block is a caption (the body reader took a caption for prose) does not wall it.
    if body_first is not None and any(
        CAPTION_MARK.search(marks(e)) for e in (body_first, *body_first.iterancestors()) if e.tag != "body"
    ):
        body_first = None
    walls = _walls(headline, body_first)
    found: dict[lxml_html.HtmlElement, _Candidate] = {}
    for element in marked(tree, _FIGURE_WORDS, ("figure", "figcaption"), order):
        if not isinstance(element.tag, str) or element in found:
            continue
        if element.tag == "figure" or (
            _FIGURE_MARK.search(marks(element)) and _holds_picture(element, None, loading_ok=False)
        ):
            if element not in walls:
                found[element] = _Candidate(element, None)
        elif element.tag == "figcaption" or CAPTION_MARK.search(marks(element)):
            candidate = _picture_holder(element, walls)
            if candidate is not None and candidate.box not in found:
                found[candidate.box] = candidate
    out = []
    for box, candidate in sorted(found.items(), key=lambda item: order.get(item[0], 0)):
        upto = next((a for a in box.iterancestors() if a in walls), None)
        judged = box.getparent() if _LEAD_MARK.search(marks(box)) and box.tag not in _NOT_LEAD_TAGS else box
        if judged is not None and judge.excluded(judged, upto):
            continue
        if any(a in found for a in box.iterancestors()) or _video(box, upto):
            continue
        out.append(candidate)
    return out


def _walls(*elements: lxml_html.HtmlElement | None) -> set[lxml_html.HtmlElement]:
    """The headline's and the body's first block's ancestors: a box that holds them is not a figure."""
    walls: set[lxml_html.HtmlElement] = set()
    for element in elements:
        if element is not None:
            walls.add(element)
            walls.update(element.iterancestors())
    return walls


def _picture_holder(caption: lxml_html.HtmlElement, walls: set[lxml_html.HtmlElement]) -> _Candidate | None:
    if _holds_picture(caption, None, loading_ok=False) and caption not in walls:
        return _Candidate(caption, None)  # a WordPress ``wp-caption`` block: the picture is inside
    child, node = caption, caption.getparent()
    for _ in range(3):
        if node is None or node.tag in ("body", "article", "main"):
            return None
        if node in walls:
            # The block holds the headline or the body too: the picture is the one just before.
            picture = _picture_before(child)
            return _Candidate(child, picture) if picture is not None else None
        if node.tag == "figure" or _holds_picture(node, caption):
            return _Candidate(node, None)
        child, node = node, node.getparent()
    return None


def _picture_before(element: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    for sibling in element.itersiblings(preceding=True):
        if not isinstance(sibling.tag, str):
            continue
        if sibling.tag in ("img", "picture"):
            return sibling
        inner = next(iter(sibling.iter("img")), None)
        return inner if inner is not None and len(text_of(sibling)) < 200 else None
    return None


def _holds_picture(
    element: lxml_html.HtmlElement, caption: lxml_html.HtmlElement | None, *, loading_ok: bool = True
) -> bool:
    """An ``<img>`` or ``<picture>`` inside; or, with ``loading_ok``, a picture still to be loaded (a
    placeholder or wrapper named for it, an element with an image address) outside the caption, and
    nothing that makes the block something else (a video, a frame, a quotation, code)."""
    if element.find(".//img") is not None or element.find(".//picture") is not None:
        return True
    if not loading_ok:
        return False
    pictured = False
    for inner in element.iterdescendants():
        if not isinstance(inner.tag, str):
            continue
        if caption is not None and (inner is caption or caption in inner.iterancestors()):
            continue
        if inner.tag in _NOT_PICTURE_TAGS:
            return False
        words = marks(inner)
        if any(inner.get(a) for a in _SOURCE_ATTRIBUTES) or (
            _PICTURE_MARK.search(words) and not CAPTION_MARK.search(words) and not CREDIT_MARK.search(words)
        ):
            pictured = True
    return pictured


def _video(box: lxml_html.HtmlElement, upto: lxml_html.HtmlElement | None) -> bool:
    """A video player (its caption is not a picture's): a ``<video>``/``<iframe>`` in it, or a class
    saying video/player on it, inside it or on a block around it below ``upto``."""
    if box.find(".//video") is not None or box.find(".//iframe") is not None:
        return True
    around = []
    for ancestor in box.iterancestors():
        if ancestor is upto:
            break
        around.append(ancestor)
    for element in (box, *box.iterdescendants(), *around):
        words = marks(element) if isinstance(element.tag, str) else ""
        if words and any(_VIDEO_WORD.match(word) for word in _SPLIT.split(words) if word):
            return True
    return False


def _read(candidate: _Candidate, base: str | None) -> SeenFigure | None:
    box = candidate.box
    img = candidate.picture
    if img is not None and img.tag == "picture":
        img = next(iter(img.iter("img")), img)
    if img is None:
        img = next(iter(box.iter("img")), None)
    caption_element = _caption_element(box, beside=candidate.picture is not None)
    if img is None and not _holds_picture(box, caption_element):
        return None
    url = _image_url(img, candidate.picture if candidate.picture is not None else box, base)
    alt = " ".join((img.get("alt") or "").split()) if img is not None else ""
    reading = read_caption(box, caption_element, alt)
    return SeenFigure(
        box,
        img,
        url,
        alt or None,
        reading.caption,
        reading.credit,
        caption_element,
        reading.credit_element,
        reading.rule,
    )


def _caption_element(box: lxml_html.HtmlElement, *, beside: bool) -> lxml_html.HtmlElement | None:
    """The figure's caption (``caption.caption_elements``), else the box itself when it is a caption
    block (a WordPress ``wp-caption`` holding its picture, or a caption with its picture ``beside`` it)."""
    found = caption_elements(box)
    if found:
        return found[0]
    if (beside or box.tag != "figure") and CAPTION_MARK.search(marks(box)) and text_of(box):
        return box
    return None


def _image_url(
    img: lxml_html.HtmlElement | None, element: lxml_html.HtmlElement, base: str | None
) -> str | None:
    candidates: list[str] = []
    if img is not None:
        for attribute in _SOURCE_ATTRIBUTES:
            value = (img.get(attribute) or "").strip()
            if value:
                candidates.append(value.split(",")[0].split()[0] if "srcset" in attribute else value)
    for source in element.iter("source"):
        srcset = (source.get("srcset") or source.get("data-srcset") or "").strip()
        if srcset:
            candidates.append(srcset.split(",")[0].split()[0])
    if img is None:
        for inner in element.iter():
            if isinstance(inner.tag, str) and inner.tag not in _NOT_PICTURE_TAGS and inner.get("src"):
                candidates.append(inner.get("src", "").strip())
    for candidate in candidates:
        url = absolute(candidate, base)
        if url and not _PLACEHOLDER_URL.search(url):
            return url
    return None
