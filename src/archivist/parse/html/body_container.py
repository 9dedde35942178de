"""Which element of a page holds its story's prose, for ``body.py``: every ``<p>`` (and paragraph-like
``div``) with enough words and few links gives its length to its parent and half to its grandparent, the
element with most wins (an ``articleBody`` element or an ``<article>`` by a quarter more), and it climbs to
an ancestor holding much more prose, never into a second story. Its region adds the siblings and the
chunks elsewhere in the same ``<article>`` that hold prose too.
"""

from __future__ import annotations

import itertools
import re

from lxml import etree
from lxml import html as lxml_html

from archivist.parse.html.boilerplate import Boilerplate
from archivist.parse.html.document import marks, text_of
from archivist.parse.html.loose import BLOCK_TAGS

# The block children that keep a <div> from being a paragraph: those that end a loose run, except a
# definition list and a rule, which this test has never counted (the body rules were measured without).
_BLOCK_TAGS = BLOCK_TAGS - {"dl", "hr"}
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_CLIMB = 1.5  # an ancestor holding 1.5 times the prose of the best block is the body instead
_CLIMB_LEVELS = 12
_MIN_PROSE = 40  # characters: shorter paragraphs are labels, buttons and captions, not prose
_MAX_PROSE = 2500  # characters: a div of inline elements longer than this is a page wrapper, not a paragraph

# Divs that score as paragraphs: prose in inline children only, and no text of their own before the first
# child, white space included (generated CSS-in-JS markup has none; a templated wrapper has line breaks).
# Found by XPath (in C): a walk over every div in Python cost a millisecond a page.
_INLINE_DIVS = etree.XPath(
    "descendant-or-self::div[*][not(node()[1][self::text()])][not(*["
    + " or ".join(f"self::{tag}" for tag in sorted(_BLOCK_TAGS))
    + "])]"
)


def _story_of(tree: lxml_html.HtmlElement, headline: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The headline's highest ancestor that holds no other ``<h1>``; None when the page has one."""
    others: set[lxml_html.HtmlElement] = set()
    for h1 in tree.iter("h1"):
        if h1 is not headline:
            others.update(h1.iterancestors())
    if not others:
        return None
    story = None
    for ancestor in headline.iterancestors():
        if ancestor in others:
            break
        story = ancestor
    return story


def _region_elements(
    container: lxml_html.HtmlElement, scores: dict[lxml_html.HtmlElement, float], judge: Boilerplate
) -> list[lxml_html.HtmlElement]:
    """The container's elements, and those of its siblings that hold prose too (a body split by
    advertisements into several blocks), in document order."""
    parent = container.getparent()
    if parent is None:
        return list(container.iter())
    threshold = max(_MIN_PROSE, scores[container] * 0.2)
    out: list[lxml_html.HtmlElement] = []
    for sibling in parent:
        if sibling is container:
            out.extend(container.iter())
        elif not isinstance(sibling.tag, str) or judge.is_boilerplate(sibling):
            continue
        elif scores.get(sibling, 0.0) >= threshold or _same_kind(sibling, container):
            out.extend(sibling.iter())
        elif (
            sibling.tag == "p"
            and len(text_of(sibling)) >= 80
            and _link_density(sibling, text_of(sibling)) < 0.25
        ):
            out.append(sibling)
    before, after = _cousin_chunks(container, parent, scores, judge, threshold)
    return before + out + after


def _cousin_chunks(
    container: lxml_html.HtmlElement,
    parent: lxml_html.HtmlElement,
    scores: dict[lxml_html.HtmlElement, float],
    judge: Boilerplate,
    threshold: float,
) -> tuple[list[lxml_html.HtmlElement], list[lxml_html.HtmlElement]]:
    """The elements of the story's other chunks: blocks with the container's tag and class, holding prose,
    elsewhere in the same ``<article>`` (a body that the page cut into chunks, each wrapped in its own grid
    cell). Those before the container's parent and those after it."""
    article = next((a for a in container.iterancestors("article")), None)
    if article is None or not container.get("class"):
        return [], []
    before: list[lxml_html.HtmlElement] = []
    after: list[lxml_html.HtmlElement] = []
    passed = False
    holding = set(container.iterancestors())
    for chunk in article.iter(container.tag):
        if chunk is parent or chunk is container:
            passed = True
            continue
        if (
            chunk in holding
            or chunk.get("class") != container.get("class")
            or scores.get(chunk, 0.0) < threshold
            or parent in chunk.iterancestors()
            or judge.excluded(chunk, article)
        ):
            continue
        (after if passed else before).extend(chunk.iter())
    return before, after


def _same_kind(sibling: lxml_html.HtmlElement, container: lxml_html.HtmlElement) -> bool:
    """A sibling with the container's tag and class: the next chunk of a body that the page cut into
    repeated blocks (a list under its subhead, a quote between two runs of paragraphs)."""
    return (
        sibling.tag == container.tag
        and bool(container.get("class"))
        and (sibling.get("class") == container.get("class"))
    )


def _container(
    tree: lxml_html.HtmlElement, judge: Boilerplate
) -> tuple[lxml_html.HtmlElement, dict[lxml_html.HtmlElement, float]] | None:
    scores: dict[lxml_html.HtmlElement, float] = {}
    totals: dict[lxml_html.HtmlElement, int] = {}  # all the prose an element holds, at any depth
    for paragraph in itertools.chain(tree.iter("p"), _INLINE_DIVS(tree)):
        if paragraph.tag == "div" and not _is_prose(paragraph.text_content()):
            continue
        text = text_of(paragraph)
        if len(text) < _MIN_PROSE or _link_density(paragraph, text) > 0.5 or judge.excluded(paragraph):
            continue
        parent = paragraph.getparent()
        if parent is None:
            continue
        for ancestor in paragraph.iterancestors():
            totals[ancestor] = totals.get(ancestor, 0) + len(text)
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
    # Climb to an ancestor (within a few levels) holding much more prose than the best block: a list
    # article or a body cut into wrapped chunks has its paragraphs spread over blocks that score alone.
    # It never climbs into an element holding two headlines (h1) or two <article>s: an infinite-scroll
    # page with the next story appended.
    stories: dict[lxml_html.HtmlElement, int] = {}
    for marker in tree.iter("h1", "article"):
        for ancestor in marker.iterancestors():
            stories[ancestor] = stories.get(ancestor, 0) + 1
    start_stories = stories.get(best, 0)
    # Nor does it climb out of the <article> that holds the best block: what stands beside the story's
    # <article> (teasers, an author's card, the next stories) is not the story.
    below = best
    for level, ancestor in enumerate(best.iterancestors()):
        if (
            level >= _CLIMB_LEVELS
            or ancestor.tag in ("body", "html")
            or stories.get(ancestor, 0) > max(2, start_stories + 1)
            or below.tag == "article"
        ):
            break
        if totals.get(ancestor, 0) >= _CLIMB * totals[best]:
            best = ancestor
        below = ancestor
    scores.setdefault(best, float(totals[best]))
    return best, scores


def _is_prose(text: str) -> bool:
    """Sentences, not a label, price or teaser headline: prose-long and ending as a sentence ends."""
    text = text.rstrip()
    return _MIN_PROSE <= len(text) <= _MAX_PROSE and _SENTENCE_END.search(text) is not None


def _link_density(element: lxml_html.HtmlElement, text: str) -> float:
    if not text:
        return 0.0
    linked = sum(len(text_of(link)) for link in element.iter("a"))
    return linked / len(text)
