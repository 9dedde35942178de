"""The article body as an XHTML 1.0 document, for NewsML-G2 ``inlineXML`` (and any renderer that wants it).

Sections become ``div class="section"`` with an ``h2`` for their heading, paragraphs ``p``. Each fragment
of a quotation becomes a ``q`` element around exactly the quoted words (the source's own quotation
marks stay outside it, as text), with ``class="quote"``, an ``id`` (``quote-N-M``: quote N, fragment M)
that NewsML-G2 ``partMeta/@contentrefs`` points at, and the speaker in ``title`` — XHTML 1.0 has no
``data-*`` attributes, and ``cite`` must be a URI, so ``title`` is the valid place for a name.
Related-content boxes, the image, the byline and the sign-off are not part of the body.

The text content of every ``p`` is exactly the paragraph's text in the record, so fidelity checks can
compare them character for character.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from lxml import etree

from archivist.record.model import Article, Quote, Text

XHTML_NS = "http://www.w3.org/1999/xhtml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# The source keeps its own quotation marks as text; this stops browsers adding a second pair
# around each q element, which XHTML 1.0 user agents are otherwise required to render.
QUOTE_STYLE = "q:before, q:after { content: none; }"

# Characters XML 1.0 cannot carry (C0 controls except tab/newline/CR, lone surrogates, U+FFFE/F).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(value: str) -> str:
    """``value`` with characters XML cannot hold replaced by U+FFFD, so rendering never crashes on a
    stray control character; the record keeps the original text."""
    return _NOT_XML.sub("\ufffd", value)


@dataclass(frozen=True)
class QuoteMark:
    """Where one quoted fragment stands in a paragraph, and the ids the NewsML-G2 item refers to."""

    start: int  # offset in the paragraph text
    end: int
    element_id: str
    speaker: str | None


def quote_fragment_ids(article: Article) -> list[tuple[Quote, list[str]]]:
    """Each quote with the XHTML ids of the fragments that are marked up in the body, in order."""
    by_quote: dict[int, list[tuple[int, str]]] = {}
    for marks in _place_quotes(article).values():
        for mark in marks:
            number, index = (int(n) for n in mark.element_id.rsplit("-", 2)[1:])
            by_quote.setdefault(number, []).append((index, mark.element_id))
    return [
        (quote, [element_id for _, element_id in sorted(by_quote.get(number, []))])
        for number, quote in enumerate(article.quotes, start=1)
    ]


def _place_quotes(article: Article) -> dict[int, list[QuoteMark]]:
    """Quote fragments by paragraph index; fragments that do not match their paragraph are skipped.

    A fragment is placed only when its span lies inside one paragraph and the paragraph's text at
    that span is the fragment's text, so the markup can never change the body's words. Linear in the
    number of fragments (each paragraph found by bisection, each overlap test against its two
    neighbours), so a hostile record with thousands of fragments renders in milliseconds.
    """
    paragraphs = article.paragraphs
    order = sorted(range(len(paragraphs)), key=lambda i: (paragraphs[i].span.start, i))
    starts = [paragraphs[i].span.start for i in order]
    placed: dict[int, list[QuoteMark]] = {}
    taken: dict[int, list[tuple[int, int]]] = {}  # per paragraph: placed (start, end), sorted
    for number, quote in enumerate(article.quotes, start=1):
        for index, part in enumerate(quote.parts, start=1):
            p_index = _paragraph_holding(paragraphs, order, starts, part)
            if p_index is None:
                continue
            paragraph = paragraphs[p_index]
            start = part.span.start - paragraph.span.start
            end = part.span.end - paragraph.span.start
            spans = taken.setdefault(p_index, [])
            at = bisect.bisect_left(spans, (start, end))
            if (at > 0 and spans[at - 1][1] > start) or (at < len(spans) and spans[at][0] < end):
                continue  # overlapping fragments cannot both be elements; keep the first
            spans.insert(at, (start, end))
            placed.setdefault(p_index, []).append(
                QuoteMark(start, end, f"quote-{number}-{index}", quote.speaker)
            )
    for marks in placed.values():
        marks.sort(key=lambda m: m.start)
    return placed


def _paragraph_holding(
    paragraphs: Sequence[Text], order: list[int], starts: list[int], part: Text
) -> int | None:
    """The paragraph whose text at ``part``'s span is ``part``'s text: among those starting at or
    before the part (paragraphs do not overlap, so the nearest is the only candidate), else None."""
    at = bisect.bisect_right(starts, part.span.start) - 1
    while at >= 0:
        p_index = order[at]
        paragraph = paragraphs[p_index]
        start = part.span.start - paragraph.span.start
        end = part.span.end - paragraph.span.start
        if end <= len(paragraph.text) and paragraph.text[start:end] == part.text:
            return p_index
        if at == 0 or starts[at - 1] != starts[at]:
            return None
        at -= 1  # several paragraphs starting at one offset (a hand-made record): try each
    return None


def _x(tag: str) -> str:
    return f"{{{XHTML_NS}}}{tag}"


def _paragraph(parent: etree._Element, paragraph: Text, marks: list[QuoteMark]) -> None:
    p = etree.SubElement(parent, _x("p"))
    cursor = 0
    previous: etree._Element | None = None
    for mark in marks:
        before = paragraph.text[cursor : mark.start]
        if previous is None:
            p.text = xml_text(before)
        else:
            previous.tail = xml_text(before)
        q = etree.SubElement(p, _x("q"))
        q.set("id", mark.element_id)
        q.set("class", "quote")
        if mark.speaker:
            q.set("title", xml_text(mark.speaker))
        q.text = xml_text(paragraph.text[mark.start : mark.end])
        previous = q
        cursor = mark.end
    rest = paragraph.text[cursor:]
    if previous is None:
        p.text = xml_text(rest)
    else:
        previous.tail = xml_text(rest)


def render_xhtml(article: Article) -> etree._Element:
    """The body as an ``html`` element in the XHTML namespace (not serialised)."""
    html = etree.Element(_x("html"), nsmap={None: XHTML_NS})
    if article.language:
        html.set(XML_LANG, article.language)
        html.set("lang", article.language)
    head = etree.SubElement(html, _x("head"))
    title = etree.SubElement(head, _x("title"))
    title.text = xml_text(article.headline.text if article.headline else article.id)
    if article.quotes:
        style = etree.SubElement(head, _x("style"))
        style.set("type", "text/css")
        style.text = QUOTE_STYLE
    body = etree.SubElement(html, _x("body"))
    placed = _place_quotes(article)
    p_index = 0
    for section in article.sections:
        div = etree.SubElement(body, _x("div"))
        div.set("class", "section")
        if section.heading is not None:
            etree.SubElement(div, _x("h2")).text = xml_text(section.heading.text)
        for paragraph in section.paragraphs:
            _paragraph(div, paragraph, placed.get(p_index, []))
            p_index += 1
    return html
