"""The article body of a page: its paragraphs and subheads, in order, with boilerplate left out.

The container is chosen the way readability-style extractors do, by where the prose is: every ``<p>`` with
enough words and few links gives its length to its parent and half to its grandparent; the element with
most wins (an ``articleBody`` microdata element or an ``<article>`` wins ties). Within it, paragraphs
(``p``, list items, paragraph-like ``div``\\ s without block children) and subheads (``h2``–``h4``) are
kept unless they, or an element between them and the container, are boilerplate: navigation, asides,
figures and captions, forms, or a class/id that says share/related/newsletter/advert/comments/tags/…
A caption set without ``<figure>`` is recognised by its box (``captionbox``); the container is chosen in
``body_container``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import html as lxml_html

from archivist.parse.html.body_container import (
    _BLOCK_TAGS,
    _MIN_PROSE,
    _container,
    _is_prose,
    _link_density,
    _region_elements,
    _story_of,
)
from archivist.parse.html.boilerplate import Boilerplate
from archivist.parse.html.captionbox import is_offer, is_picture_caption
from archivist.parse.html.document import text_of
from archivist.parse.html.loose import Run, has_paragraph_breaks, loose_text_length, runs
from archivist.parse.html.notices import is_notice, is_tail_note, pull_quotes

_PARAGRAPH_TAGS = frozenset({"p"})
_SUBHEAD_TAGS = frozenset({"h2", "h3", "h4"})
_TEXT_BLOCK_TAGS = frozenset({"div", "blockquote"})
_CONTAINER_TAGS = frozenset({"div", "section", "article", "main", "td"})
_END_OF_STORY = re.compile(
    r"^(?:related|recommended|editors?['’]? (?:recommendations|picks)|more (?:from|on|stories|news)|"
    r"read (?:more|next)|you (?:may|might) (?:also|like)|don['’]t miss|see also|trending|"
    r"most (?:read|popular)|popular|latest|"
    r"(?:foot|end)notes|references)\b",
    re.IGNORECASE,
)
_HAS_LETTER = re.compile(r"[^\W\d_]")
_STORY_PROSE = 400  # characters: less than this under the page's own <h1> is a header, not its story
_MAX_SUBHEAD = 200  # characters: a longer heading is a paragraph in heading markup (list articles)


@dataclass(frozen=True)
class BodyBlock:
    element: lxml_html.HtmlElement
    text: str
    is_subhead: bool


def find_body(
    tree: lxml_html.HtmlElement, headline: lxml_html.HtmlElement | None = None
) -> tuple[lxml_html.HtmlElement | None, list[BodyBlock]]:
    """The body container and its blocks in document order (empty when the page has no prose).

    ``headline`` is the page's own ``<h1>``: on a page that appends further stories, each under its own
    ``<h1>`` (infinite scroll), the body is looked for within the headline's story when the best prose
    of the page stands in another one."""
    container, blocks = _find_body(tree, Boilerplate())
    if not blocks:
        container, blocks = _find_body(tree, Boilerplate(by_words=False))
    story = _story_of(tree, headline) if headline is not None and container is not None else None
    if story is not None and container is not story and story not in container.iterancestors():
        in_story, own = _find_body(story, Boilerplate())
        prose = sum(len(b.text) for b in own)
        if prose >= max(_STORY_PROSE, sum(len(b.text) for b in blocks) / 4):
            return in_story, own
    return container, blocks


def _find_body(
    tree: lxml_html.HtmlElement, judge: Boilerplate
) -> tuple[lxml_html.HtmlElement | None, list[BodyBlock]]:
    found = _container(tree, judge)
    if found is None:
        return None, []
    container, scores = found
    upto = container.getparent()
    blocks: list[BodyBlock] = []
    region = _region_elements(container, scores, judge)
    keys: dict[int, float] = {}  # id(block) -> its place in document order
    loose: list[tuple[Run, BodyBlock]] = []  # runs of text loose in a container, merged in at the end
    for index, element in enumerate(region):
        if not isinstance(element.tag, str):
            continue
        tag = element.tag
        is_subhead = tag in _SUBHEAD_TAGS
        text_block = tag in _TEXT_BLOCK_TAGS and _is_text_block(element)
        if (
            tag in _CONTAINER_TAGS
            and not text_block
            and loose_text_length(element) >= _MIN_PROSE
            and not judge.excluded(element, upto)
        ):
            for run in runs(element):
                if len(run.text) >= _MIN_PROSE and _is_body_text(run.text):
                    loose.append((run, BodyBlock(element, run.text, False)))
        if not (tag in _PARAGRAPH_TAGS or is_subhead or tag == "li" or text_block):
            continue
        if judge.excluded(element, upto) or _has_block_ancestor_kept(element, upto, blocks):
            continue
        if _in_link(element, upto):  # a teaser card: the whole block is one link
            continue
        text = text_of(element)
        if not text:
            continue
        if not is_subhead and is_picture_caption(element, text, container):
            continue
        if is_subhead and len(text) > _MAX_SUBHEAD:  # a list item's sentences set as a heading: prose
            is_subhead = False
        if tag in ("li", "div", "blockquote") and (
            (_link_density(element, text) > 0.5 and not is_offer(element)) or len(text) < 2
        ):
            continue
        if tag in _PARAGRAPH_TAGS and _link_density(element, text) > (0.5 if text.count("|") >= 2 else 0.8):
            continue  # mostly links; a row of links set apart by bars ("Team | Position | State") sooner
        if not (_HAS_LETTER.search(text) if is_subhead else _is_body_text(text)):
            continue
        if tag == "p" and has_paragraph_breaks(element):  # several paragraphs in one <p>, cut at <br><br>
            pieces = [BodyBlock(element, run.text, False) for run in runs(element) if _is_body_text(run.text)]
        else:
            pieces = [BodyBlock(element, text, is_subhead)]
        for block in pieces:
            keys[id(block)] = index
        blocks.extend(pieces)
    if loose:
        position = {element: index for index, element in enumerate(region)}
        for run, block in loose:
            keys[id(block)] = _place(run, position)
        blocks = sorted(blocks + [block for _run, block in loose], key=lambda block: keys[id(block)])
    blocks = _cut_trailing_boxes(_without_pull_quotes(blocks), upto)
    blocks = [b for b in blocks if not _label_of_link_box(b, blocks, upto)]
    # A heading with nothing under it ends a related-box list; a label introducing nothing ("Listen to
    # the podcast:"), a sign-off ("— Field Level Media") or the writer's bio ends the story.
    while blocks and (blocks[-1].is_subhead or is_tail_note(blocks[-1].text)):
        blocks.pop()
    return container, blocks


def _cut_trailing_boxes(blocks: list[BodyBlock], upto: lxml_html.HtmlElement | None) -> list[BodyBlock]:
    """Cut at a heading such as "Related stories" or "Editors' Recommendations" when what follows it is
    small beside what precedes it (a box after the story, not a promo in its middle). When the heading
    sits in a box of its own and the story's paragraphs go on after that box ("Most read" between two
    paragraphs), only the box is left out."""
    total = sum(len(b.text) for b in blocks)
    before = 0
    for index, block in enumerate(blocks):
        if _is_end_heading(block) and total - before < before / 2:
            box = _box_of(block.element, upto)
            inside = [b for b in blocks[index:] if b.element is box or box in b.element.iterancestors()]
            rest = blocks[index + len(inside) :]
            if (
                box is not block.element
                and rest
                and all(b.element.getparent() is rest[0].element.getparent() for b in rest)
                and box.getparent() is rest[0].element.getparent()
            ):
                return blocks[:index] + _cut_trailing_boxes(rest, upto)
            return blocks[:index]
        before += len(block.text)
    return blocks


def _label_of_link_box(block: BodyBlock, blocks: list[BodyBlock], upto: lxml_html.HtmlElement | None) -> bool:
    """A label such as "Related topics" alone in a box of its own within the story, the rest of the box
    links (left out already): the box's title, wherever the box stands."""
    if not _is_end_heading(block):
        return False
    box = _box_of(block.element, upto)
    return box is not block.element and not any(
        b is not block and (b.element is box or box in b.element.iterancestors()) for b in blocks
    )


def _is_end_heading(block: BodyBlock) -> bool:
    """A heading, or a short label paragraph ("RELATED CONTENT:"), that opens a box of other stories."""
    if not (block.is_subhead or len(block.text) < _MIN_PROSE):
        return False
    return _END_OF_STORY.search(block.text) is not None


def _in_link(element: lxml_html.HtmlElement, upto: lxml_html.HtmlElement | None) -> bool:
    for ancestor in element.iterancestors():
        if ancestor is upto:
            return False
        if ancestor.tag == "a":
            return True
    return False


def _box_of(element: lxml_html.HtmlElement, upto: lxml_html.HtmlElement | None) -> lxml_html.HtmlElement:
    """The element's ancestor (or itself) just below the body container (or the sibling holding it): the
    box it belongs to. ``upto`` is the container's parent."""
    box = element
    for ancestor in element.iterancestors():
        if ancestor is upto or ancestor.getparent() is upto:
            break
        box = ancestor
    return box


def _is_body_text(text: str) -> bool:
    """Not a notice, and not a block without a letter (prices, counters, dividers)."""
    return _HAS_LETTER.search(text) is not None and not is_notice(text)


def _without_pull_quotes(blocks: list[BodyBlock]) -> list[BodyBlock]:
    dropped = pull_quotes([block.text for block in blocks], [block.is_subhead for block in blocks])
    return [block for index, block in enumerate(blocks) if index not in dropped]


def _place(run: Run, position: dict[lxml_html.HtmlElement, int]) -> float:
    """Where a loose run stands among the region's elements: just after its parent's start, or just after
    the last element inside the child it follows."""
    anchor = run.parent
    if run.after is not None:
        *_inside, anchor = run.after.iter()
    return position.get(anchor, position[run.parent]) + 0.5


def _has_block_ancestor_kept(
    element: lxml_html.HtmlElement, container: lxml_html.HtmlElement | None, blocks: list[BodyBlock]
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


def _is_text_block(element: lxml_html.HtmlElement) -> bool:
    """A ``div`` or ``blockquote`` holding only inline content: a paragraph in all but name. A div whose
    text sits only in inline children (``<div><span>…</span></div>``, common in CSS-in-JS pages) counts when
    it is prose-long, so that one-word labels and prices in card markup do not."""
    if element.tag not in _TEXT_BLOCK_TAGS:
        return False
    if any(isinstance(child.tag, str) and child.tag in _BLOCK_TAGS for child in element):
        return False
    if (element.text or "").strip() or element.tag == "blockquote":
        return True
    parent = element.getparent()
    if parent is not None and parent.tag == "blockquote":  # a quotation, whose attribution ends it
        return len(element.text_content().strip()) >= _MIN_PROSE
    return _is_prose(element.text_content())
