"""What a reader sees at the top of an article page: the headline (``<h1>``), the byline element and the
names it links, and the standfirst (the date it shows: ``published``).

Rules are general, not per site: a byline is an element whose class, id, ``rel`` or ``itemprop`` says
byline/author/writer (``rel="author"`` links give the people and their pages); a standfirst is a short
block whose class says dek/standfirst/subtitle/summary between the headline and the body.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Any

from lxml import html as lxml_html

from archivist.parse.html.document import Order, absolute, marked, marks, text_of
from archivist.parse.html.locations import collapse
from archivist.parse.html.loose import BLOCK_TAGS
from archivist.parse.html.people import people_in

_BYLINE_MARK = re.compile(
    r"byline|by-line|(?<![a-z0-9])authors?(?![a-z0-9])|author-?name|article-?author|writer|contributor|reporter|"
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
_BESIDE_BYLINE = 80  # text beside a byline in its container: a date, a role, a reading time
# Credits in a byline for people who did not write the piece: "Contributions from", "Photography by",
# "Additional reporting by". Pages often run the credits together ("Grace DeanContributions from"), so a
# lower-case letter followed by the capitalised credit also starts one.
_CONTRIBUTOR = re.compile(
    r"(?:(?<![A-Za-z])|(?<=[a-z])(?=[A-Z]))(?i:"
    r"contributions?\s+(?:from|by)|additional\s+(?:reporting|contributions?|research)\s+(?:by|from)|"
    r"(?:photography|photographs|photos?|pictures|illustrations?|graphics|video|styl(?:ed|ing)|edited|"
    r"produced|reviewed|tested|fact[- ]checked|translated)\s+by)\b"
)
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
    contributors: tuple[str, ...] = ()  # credited in the byline for other work ("Photography by …")


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
    tree: lxml_html.HtmlElement,
    base: str | None,
    after: lxml_html.HtmlElement | None,
    order: Order,
    before: lxml_html.HtmlElement | None = None,
) -> Byline | None:
    """The first byline element (after the headline when there is one) and the people it names, with
    the people of its like siblings (one byline element per author). Without any element marked as a
    byline, the author-page links between the headline and the body (``before``). When neither names
    anyone, a bare "by …" run straight after the headline's element."""
    byline = _marked_or_linked_byline(tree, base, after, before, order)
    if (byline is None or not byline.people) and after is not None:
        return _after_headline(after) or byline
    return byline


def _after_headline(headline: lxml_html.HtmlElement) -> Byline | None:
    """``<h1>…</h1> by Jane Doe, <time>``: a byline that is text run on after the headline element."""
    text = collapse(headline.tail or "").rstrip(" ,;|·•")
    if not re.match(r"by\s", text, re.IGNORECASE) or len(text) > _MAX_BYLINE:
        return None
    named, agencies = people_in(_cut_at_date(text))
    if not named:
        return None
    people = tuple(SeenPerson(p.name, None, p.affiliation) for p in named)
    return Byline(headline, text, people, tuple(agencies))


def _marked_or_linked_byline(
    tree: lxml_html.HtmlElement,
    base: str | None,
    after: lxml_html.HtmlElement | None,
    before: lxml_html.HtmlElement | None,
    order: Order,
) -> Byline | None:
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
        return _linked_byline(tree, base, after, before, order)
    if after is not None:
        following = [c for c in candidates if _follows(c, after, order)]
        candidates = following or candidates
    if before is not None and not _follows(before, candidates[0], order):
        # every marked element is below the body's start (a comment's author): an unmarked byline
        # above the body, when there is one, is the article's
        linked = _linked_byline(tree, base, after, before, order)
        if linked is not None:
            return linked
    # The outermost of nested candidates carries the whole byline ("By" + every name).
    element = candidates[0]
    parent = element.getparent()
    while parent is not None and parent in candidates and len(text_of(parent)) <= _MAX_BYLINE:
        element, parent = parent, parent.getparent()
    byline = _read_byline(element, base)
    for sibling in _like_siblings(element, candidates):
        byline = _merged(byline, _read_byline(sibling, base))
    return byline


def _like_siblings(element: lxml_html.HtmlElement, candidates: list[Any]) -> list[Any]:
    """Later siblings with the same tag and marks: pages that give each author a byline block."""
    parent = element.getparent()
    if parent is None:
        return []
    wanted = set(candidates)
    return [
        e
        for e in element.itersiblings()
        if e in wanted and e.tag == element.tag and marks(e) == marks(element)
    ]


def _merged(first: Byline, second: Byline) -> Byline:
    names = {p.name for p in first.people}
    return Byline(
        first.element,
        first.text,
        first.people + tuple(p for p in second.people if p.name not in names),
        tuple(dict.fromkeys(first.agencies + second.agencies)),
        tuple(dict.fromkeys(first.contributors + second.contributors)),
    )


def _linked_byline(
    tree: lxml_html.HtmlElement,
    base: str | None,
    after: lxml_html.HtmlElement | None,
    before: lxml_html.HtmlElement | None,
    order: Order,
) -> Byline | None:
    """A byline without byline marks: the block holding the first author-page link (``rel=author`` or
    an address under /author/, /writer/, …) between the headline and the body's first paragraph."""
    if after is None:
        return None  # without a headline, such links are as likely a site's staff list
    low, high = order.get(after, -1), order.get(before, len(order)) if before is not None else len(order)
    for link in tree.iter("a"):
        position = order.get(link, -1)
        if position <= low:
            continue
        if position >= high:
            return None
        if not (_AUTHOR_HREF.search(link.get("href", "")) or "author" in link.get("rel", "").lower().split()):
            continue
        parent = link.getparent()
        if parent is None or _not_a_byline(link):
            continue
        element = parent if 2 <= len(text_of(parent)) <= _MAX_BYLINE else link
        byline = _read_byline(element, base)
        if byline.people:
            return byline
    return None


def _follows(element: lxml_html.HtmlElement, anchor: lxml_html.HtmlElement, order: Order) -> bool:
    return order.get(element, -1) > order.get(anchor, -1)


def _not_a_byline(link: lxml_html.HtmlElement) -> bool:
    """A photo credit or a bio: a link in a figure or an author card, or beside more text than a date
    or a role (a caption) in the same container."""
    if any(a.tag in ("figure", "figcaption") for a in link.iterancestors()):
        return True
    if any(_NOT_BYLINE.search(marks(a)) for a in itertools.islice(link.iterancestors(), 3)):
        return True  # an author's bio card or avatar (the page's outer blocks have unrelated marks)
    parent = link.getparent()
    container = parent.getparent() if parent is not None else None
    if parent is None or container is None:
        return False
    return len(text_of(container)) - len(text_of(parent)) > _BESIDE_BYLINE


def _read_byline(element: lxml_html.HtmlElement, base: str | None) -> Byline:
    text = text_of(element)
    # Element boundaries part words for reading ("Whitney Hayes</a>Styled by"); ``text`` stays as shown.
    credited, *others = _CONTRIBUTOR.split(collapse(" ".join(element.itertext())))
    contributors = [p.name for part in others for p in people_in(_cut_at_date(part), single_names=False)[0]]
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
    people = [p for p in people if p.name not in contributors]
    whole, whole_agencies = people_in(_cut_at_date(credited), single_names=False)
    lines = _block_lines(element)
    if len(lines) > 1 and any(not any(p.name in line for line in lines) for p in whole):
        # A name run into the next block's role ("Jane Doe" <div>"Transport correspondent"</div>):
        # each block is a line of its own, read alone.
        whole = [p for line in lines for p in people_in(_cut_at_date(line), single_names=False)[0]]
    if people and whole_agencies:  # linked names, then ", Associated Press" outside the links
        agencies += whole_agencies
        people = [SeenPerson(p.name, p.url, p.affiliation or whole_agencies[-1]) for p in people]
    if not people:
        named, named_agencies = whole, whole_agencies
        agencies += named_agencies
        people = [SeenPerson(p.name, None, p.affiliation) for p in named]
    return Byline(element, text, tuple(people), tuple(agencies), tuple(dict.fromkeys(contributors)))


def _block_lines(element: lxml_html.HtmlElement) -> list[str]:
    """The byline's text split where block elements (``div``, ``p``…) start and end."""
    lines: list[str] = [""]

    def walk(node: lxml_html.HtmlElement) -> None:
        lines[-1] += " " + (node.text or "")
        for child in node:
            block = isinstance(child.tag, str) and child.tag in BLOCK_TAGS
            if block:
                lines.append("")
            if isinstance(child.tag, str):
                walk(child)
            if block:
                lines.append("")
            lines[-1] += " " + (child.tail or "")

    walk(element)
    return [line for line in (collapse(text) for text in lines) if line]


def _cut_at_date(text: str) -> str:
    return re.split(
        r"\b(?:last\s+)?updated\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|"
        r"\bpublished\b|\bon\s+\w+day\b|\s[|•·]\s.*\d",
        text,
        maxsplit=1,
        flags=re.IGNORECASE,
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
