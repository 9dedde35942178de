"""What a reader sees at the top of an article page: the headline (``<h1>``), the byline element and the
names it links, and the standfirst (the date it shows: ``published``).

Rules are general, not per site: a byline is an element whose class, id, ``rel`` or ``itemprop`` says
byline/author/writer (``rel="author"`` links give the people and their pages); a standfirst is a short
block whose class says dek/standfirst/subtitle/summary between the headline and the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import html as lxml_html

from archivist.parse.html.document import Order, absolute, marked, marks, text_of
from archivist.parse.html.locations import collapse
from archivist.parse.html.people import people_in

_BYLINE_MARK = re.compile(
    r"byline|by-line|\bauthors?\b|author-?name|article-?author|writer|contributor|reporter|"
    r"\bcredits?\b|posted-by|\bby\b"
)
_NOT_BYLINE = re.compile(
    r"bio\b|avatar|image|photo|img|follow|social|share|related|comment|more-by|"
    r"author-(?:info|bio|box|card|desc|about)|newsletter"
)
_STANDFIRST_MARK = re.compile(
    r"standfirst|\bdek\b|[-_]dek\b|\bdeck\b|subtitle|sub-title|subhead|summary|excerpt|strapline|"
    r"article-?lead|\blede\b|\bintro\b|description|teaser|sub-headline|subheadline"
)
_AUTHOR_HREF = re.compile(
    r"/(?:author|authors|by|people|person|staff|profile|profiles|contributors?|writers?|"
    r"journalists?|reporters?|team)/",
    re.IGNORECASE,
)
_MAX_BYLINE = 200
# A superset of what _BYLINE_MARK matches: the first cut (``document.marked``).
_BYLINE_WORDS = ("by", "author", "writer", "contributor", "reporter", "credit", "posted")


@dataclass(frozen=True)
class SeenPerson:
    name: str
    url: str | None
    affiliation: str | None = None


@dataclass(frozen=True)
class Byline:
    element: lxml_html.HtmlElement
    text: str
    people: tuple[SeenPerson, ...]
    agencies: tuple[str, ...]


def find_headline(tree: lxml_html.HtmlElement, claimed: list[str]) -> lxml_html.HtmlElement | None:
    """The page's ``<h1>``: the one saying what structured data claims, else the one saying the first part
    of a structured title cut at `` | `` or `` - `` (``All Shrine Locations - The Guide - IGN``: a page
    whose first ``<h1>`` is a section or site name), else the first with text."""
    h1s = [h for h in tree.iter("h1") if text_of(h)]
    if not h1s:
        return None
    wanted = {collapse(c).lower() for c in claimed}
    leading = {_TITLE_PARTS.split(collapse(c).lower(), maxsplit=1)[0] for c in claimed}
    for choice in (wanted, leading):
        for h1 in h1s:
            if text_of(h1).lower() in choice:
                return h1
    return h1s[0]


_TITLE_PARTS = re.compile(r"\s+[|–—-]\s+")


def find_byline(
    tree: lxml_html.HtmlElement, base: str | None, after: lxml_html.HtmlElement | None, order: Order
) -> Byline | None:
    """The first byline element (after the headline when there is one) and the people it names."""
    candidates = []
    for element in marked(tree, _BYLINE_WORDS):
        if not isinstance(element.tag, str) or element.tag in ("html", "body", "meta", "link", "img"):
            continue
        words = marks(element)
        if not words or not _BYLINE_MARK.search(words) or _NOT_BYLINE.search(words):
            continue
        text = text_of(element)
        if not (2 <= len(text) <= _MAX_BYLINE):
            continue
        candidates.append(element)
    if not candidates:
        return None
    if after is not None:
        following = [c for c in candidates if _follows(c, after, order)]
        candidates = following or candidates
    # The outermost of nested candidates carries the whole byline ("By" + every name).
    element = candidates[0]
    parent = element.getparent()
    while parent is not None and parent in candidates and len(text_of(parent)) <= _MAX_BYLINE:
        element, parent = parent, parent.getparent()
    return _read_byline(element, base)


def _follows(element: lxml_html.HtmlElement, anchor: lxml_html.HtmlElement, order: Order) -> bool:
    return order.get(element, -1) > order.get(anchor, -1)


def _read_byline(element: lxml_html.HtmlElement, base: str | None) -> Byline:
    text = text_of(element)
    people: list[SeenPerson] = []
    agencies: list[str] = []
    for link in element.iter("a"):
        href = link.get("href", "")
        if not (_AUTHOR_HREF.search(href) or "author" in marks(link)):
            continue
        named, named_agencies = people_in(text_of(link))
        agencies += named_agencies
        for person in named:
            if person.name not in {p.name for p in people}:
                people.append(SeenPerson(person.name, absolute(href, base), person.affiliation))
    whole, whole_agencies = people_in(_cut_at_date(text), single_names=False)
    if people and whole_agencies:  # linked names, then ", Associated Press" outside the links
        agencies += whole_agencies
        people = [SeenPerson(p.name, p.url, p.affiliation or whole_agencies[-1]) for p in people]
    if not people:
        named, named_agencies = whole, whole_agencies
        agencies += named_agencies
        people = [SeenPerson(p.name, None, p.affiliation) for p in named]
    return Byline(element, text, tuple(people), tuple(agencies))


def _cut_at_date(text: str) -> str:
    return re.split(
        r"\bupdated\b|\bpublished\b|\bon\s+\w+day\b|\s[|•·]\s.*\d", text, maxsplit=1, flags=re.IGNORECASE
    )[0]


def find_standfirst(
    tree: lxml_html.HtmlElement,
    headline: lxml_html.HtmlElement | None,
    body_start: lxml_html.HtmlElement | None,
    order: Order,
) -> lxml_html.HtmlElement | None:
    """A short block marked as a standfirst, after the headline and before the body's first paragraph."""
    if headline is None:
        return None
    for element in tree.iter("p", "div", "h2", "span"):
        words = marks(element)
        if not words or not _STANDFIRST_MARK.search(words) or _NOT_BYLINE.search(words):
            continue
        text = text_of(element)
        if not (20 <= len(text) <= 500) or not _follows(element, headline, order):
            continue
        if body_start is not None and not _follows(body_start, element, order):
            continue
        return element
    return None
