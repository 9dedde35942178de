"""Body text that no paragraph element wraps: runs of text and inline elements that a page separates with
``<br><br>`` or with block elements, either loose in a container (``<div>text<br><br>text<div>…</div>
text</div>``) or inside one ``<p>`` that holds several paragraphs.

Each run is given with the element whose direct content it is and its place in document order, so that
the body keeps its paragraphs in reading order and the record can locate each run's text in the page.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lxml import html as lxml_html

from archivist.parse.html.locations import collapse

# Children that end a run of inline content. Everything else (a, b, i, em, strong, span, …) is inline.
BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "ul",
        "ol",
        "li",
        "dl",
        "table",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "figure",
        "header",
        "footer",
        "aside",
        "nav",
        "form",
        "pre",
        "hr",
    }
)


@dataclass(frozen=True)
class Run:
    """Text of ``parent``'s direct content; ``after`` is the child it follows (None: the parent's start)."""

    parent: lxml_html.HtmlElement
    after: lxml_html.HtmlElement | None
    text: str


def loose_text_length(element: lxml_html.HtmlElement) -> int:
    """How much text sits directly in the element (its text and its children's tails)."""
    total = len((element.text or "").strip())
    for child in element:
        total += len((child.tail or "").strip())
    return total


def has_paragraph_breaks(element: lxml_html.HtmlElement) -> bool:
    """The element separates paragraphs with two ``<br>`` in a row (white space between them aside)."""
    previous_br = False
    for child in element:
        is_br = child.tag == "br"
        if is_br and previous_br:
            return True
        previous_br = is_br and not (child.tail or "").strip()
    return False


def runs(element: lxml_html.HtmlElement) -> Iterator[Run]:
    """The element's direct content cut at block children and at ``<br><br>``, white space collapsed."""
    pieces: list[str] = [element.text or ""]
    after: lxml_html.HtmlElement | None = None
    previous_br = False
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in BLOCK_TAGS or (tag == "br" and previous_br):
            text = collapse("".join(pieces))
            if text:
                yield Run(element, after, text)
            pieces, after = [], child
        elif tag == "br":
            pieces.append(" ")
        elif tag:
            pieces.append(child.text_content())
        previous_br = tag == "br" and not (child.tail or "").strip()
        pieces.append(child.tail or "")
    text = collapse("".join(pieces))
    if text:
        yield Run(element, after, text)
