"""Captions set without ``<figure>``, and offers: what a box holding a picture and a little text is.

A caption is the only text of a small box (its parent or grandparent, below the body container) that also
holds a picture, or the empty placeholder a lazy loader puts in its place; or a text of any length that
repeats its picture's ``alt``. An offer (a shop's link, ``rel="sponsored"``) beside its picture is not a
caption: in a shopping article the offers are the story.
"""

from __future__ import annotations

import re

from lxml import html as lxml_html

from archivist.parse.html.document import text_up_to
from archivist.parse.html.locations import collapse

_MAX_CAPTION = 400  # characters: a longer block beside a picture is prose
_BESIDE_CAPTION = 30  # characters of other text a picture box may hold (a button on the picture's link)
_PICTURE_TAGS = ("img", "picture", "video")
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_PLACEHOLDER = re.compile(r"placeholder", re.IGNORECASE)
_MIN_ALT = 40  # characters: a shorter alt text ("photo", a name) says nothing about the text beside it


def is_picture_caption(element: lxml_html.HtmlElement, text: str, container: lxml_html.HtmlElement) -> bool:
    """A caption set without ``<figure>``: the block is the only text of a small box (its parent or
    grandparent, below the container) that also holds a picture, or the empty placeholder a lazy loader
    puts in its place. A few words beside it (a button on the picture's link) are allowed; a heading is
    not (a list article's item, whose description follows its picture)."""
    if next(element.iter(*_PICTURE_TAGS), None) is not None:
        return False
    long = len(text) > _MAX_CAPTION  # then only a picture whose alt text it repeats makes it a caption
    box = element
    for _level in range(2):
        box = box.getparent()
        if box is None or box is container or box.tag == "blockquote":
            return False
        box_text = text_up_to(box, len(text) + _BESIDE_CAPTION)
        if box_text is None or len(box_text) - len(text) > _BESIDE_CAPTION:
            return False
        if next(box.iter(*_HEADING_TAGS), None) is not None:
            return False
        if is_offer(box):  # a product box: picture, name and a shop's link (rel="sponsored")
            return False
        for picture in box.iter(*_PICTURE_TAGS, "div", "span"):
            if picture.tag == "img" and _repeats_alt(text, picture.get("alt")):
                return True
            if long:
                continue
            if picture.tag in _PICTURE_TAGS or (
                _PLACEHOLDER.search(picture.get("class") or "") and not picture.text_content().strip()
            ):
                return True
    return False


def _repeats_alt(text: str, alt: str | None) -> bool:
    alt = collapse(alt or "")
    return len(alt) >= _MIN_ALT and (alt in text or text in alt)


def is_offer(element: lxml_html.HtmlElement) -> bool:
    """A list item that is one affiliate offer (its links are ``rel="sponsored"``): in a shopping article
    the list of deals is the story, where a list of links to other stories is not."""
    links = list(element.iter("a"))
    return bool(links) and all("sponsored" in (link.get("rel") or "").lower().split() for link in links)
