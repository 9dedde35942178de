"""The article body of a page: its paragraphs and subheads, in order, with boilerplate left out.

The container is chosen the way readability-style extractors do, by where the prose is: every ``<p>`` with
enough words and few links gives its length to its parent and half to its grandparent; the element with
most wins (an ``articleBody`` microdata element or an ``<article>`` wins ties). Within it, paragraphs
(``p``, list items, paragraph-like ``div``\\ s without block children) and subheads (``h2``–``h4``) are
kept unless they, or an element between them and the container, are boilerplate: navigation, asides,
figures and captions, forms, or a class/id that says share/related/newsletter/advert/comments/tags/…
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import html as lxml_html

from archivist.parse.html.boilerplate import Boilerplate
from archivist.parse.html.document import marks, text_of

_PARAGRAPH_TAGS = frozenset({"p"})
_SUBHEAD_TAGS = frozenset({"h2", "h3", "h4"})
_BLOCK_TAGS = frozenset({"p", "div", "section", "article", "ul", "ol", "li", "table", "h1", "h2", "h3", "h4",
                         "h5", "h6", "blockquote", "figure", "header", "footer", "aside", "nav", "form", "pre"})  # fmt: skip
_MIN_PROSE = 40  # characters: shorter paragraphs are labels, buttons and captions, not prose


@dataclass(frozen=True)
class BodyBlock:
    element: lxml_html.HtmlElement
    text: str
    is_subhead: bool


def find_body(tree: lxml_html.HtmlElement) -> tuple[lxml_html.HtmlElement | None, list[BodyBlock]]:
    """The body container and its blocks in document order (empty when the page has no prose)."""
    judge = Boilerplate()
    container = _container(tree, judge)
    if container is None:
        return None, []
    blocks: list[BodyBlock] = []
    for element in container.iter():
        if not isinstance(element.tag, str):
            continue
        tag = element.tag
        is_subhead = tag in _SUBHEAD_TAGS
        if not (tag in _PARAGRAPH_TAGS or is_subhead or tag == "li" or _is_text_div(element)):
            continue
        if judge.excluded(element, container) or _has_block_ancestor_kept(element, container, blocks):
            continue
        text = text_of(element)
        if not text or (is_subhead and len(text) > 200):
            continue
        if tag == "li" and (_link_density(element, text) > 0.5 or len(text) < 2):
            continue
        if tag in _PARAGRAPH_TAGS and _link_density(element, text) > 0.8:
            continue
        blocks.append(BodyBlock(element, text, is_subhead))
    while blocks and blocks[-1].is_subhead:  # a heading with nothing under it ends a related-box list
        blocks.pop()
    return container, blocks


def _container(tree: lxml_html.HtmlElement, judge: Boilerplate) -> lxml_html.HtmlElement | None:
    scores: dict[lxml_html.HtmlElement, float] = {}
    for paragraph in tree.iter("p"):
        text = text_of(paragraph)
        if len(text) < _MIN_PROSE or _link_density(paragraph, text) > 0.5 or judge.excluded(paragraph):
            continue
        parent = paragraph.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0.0) + len(text)
        grandparent = parent.getparent()
        if grandparent is not None:
            scores[grandparent] = scores.get(grandparent, 0.0) + len(text) / 2
    if not scores:
        return None
    for element in list(scores):
        if "articlebody" in marks(element).replace("-", "").replace("_", "") or element.tag == "article":
            scores[element] *= 1.25
    best = max(scores, key=lambda element: scores[element])
    return best


def _has_block_ancestor_kept(
    element: lxml_html.HtmlElement, container: lxml_html.HtmlElement, blocks: list[BodyBlock]
) -> bool:
    if not blocks:
        return False
    kept = {block.element for block in blocks[-20:]}
    node = element.getparent()
    while node is not None and node is not container:
        if node in kept:
            return True
        node = node.getparent()
    return False


def _is_text_div(element: lxml_html.HtmlElement) -> bool:
    if element.tag != "div" or not (element.text or "").strip():
        return False
    return not any(isinstance(child.tag, str) and child.tag in _BLOCK_TAGS for child in element)


def _link_density(element: lxml_html.HtmlElement, text: str) -> float:
    if not text:
        return 0.0
    linked = sum(len(text_of(link)) for link in element.iter("a"))
    return linked / len(text)
