"""A web page parsed once with lxml (libxml2's HTML parser: forgiving of malformed markup, no network, no
entity expansion), with the helpers every reading module shares: an element's text, its class and id
words, and the URL that relative addresses are resolved against.

lxml.html was chosen by measurement over selectolax (lexbor) and resiliparse on the 220 devset pages:
lexbor and resiliparse parse faster (1.0 ms CPU median each, against 2.7 ms), but the reader needs
XPath-like navigation, ancestors and ``itertext`` everywhere, lxml is already a dependency, and its
parse is a small part of the 30 ms budget (figures in docs/benchmarks.md).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import weakref
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml import html as lxml_html

from archivist.errors import InputError
from archivist.parse.html.locations import collapse

_PARSER = lxml_html.HTMLParser(
    no_network=True,
    remove_comments=True,
    remove_pis=True,
    huge_tree=True,
    recover=True,
    default_doctype=False,
)

# An element's position in document order (pre-order), for "after the headline" rules.
Order = dict[lxml_html.HtmlElement, int]


MARK_ATTRIBUTES = ("class", "id", "role", "itemprop", "rel", "data-testid")


def document_order(tree: lxml_html.HtmlElement) -> Order:
    return {element: index for index, element in enumerate(tree.iter())}


def parse_page_tree(text: str, *, where: str) -> lxml_html.HtmlElement:
    """The page's element tree; InputError when libxml2 finds no document at all."""
    try:
        root = lxml_html.document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise InputError("unreadable HTML", where=where, why=str(exc) or "no elements") from None
    if root is None or (root.find(".//body") is None and len(root) == 0):
        raise InputError("unreadable HTML", where=where, why="no elements")
    return root


def drop_raw_text(tree: lxml_html.HtmlElement) -> None:
    """Remove ``<script>``, ``<style>`` and ``<template>`` elements (keeping the text after them), once
    structured data has been read: what is left is what a reader sees."""
    etree.strip_elements(tree, "script", "style", "template", with_tail=False)


def text_of(element: lxml_html.HtmlElement) -> str:
    """The element's visible text, white space collapsed."""
    return collapse(element.text_content())


def text_up_to(element: lxml_html.HtmlElement, limit: int) -> str | None:
    """The element's text (white space collapsed), or None when it is surely longer than ``limit``: its
    text is read piece by piece and given up once more than ``limit`` visible characters are met. (Walks
    that test every element's length meet the page's wrappers, whose whole text is long to build.)"""
    visible = 0
    for piece in element.itertext():
        visible += len("".join(piece.split()))  # never more than the collapsed text's length
        if visible > limit:
            return None
    return text_of(element)


def marks(element: lxml_html.HtmlElement) -> str:
    """The element's class, id, role, itemprop and rel words, lower case, for boilerplate rules."""
    attrib = element.attrib
    if not attrib:
        return ""
    return " ".join(attrib[name] for name in MARK_ATTRIBUTES if name in attrib).lower()


_MARKED_BY = frozenset(("class", "id", "rel", "itemprop", "role"))  # data-testid alone does not count


@functools.lru_cache(maxsize=16)
def _words_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(word) for word in words))


_MARK_VALUES = etree.XPath(" | ".join(f"//@{name}" for name in MARK_ATTRIBUTES))


@dataclass(frozen=True)
class _MarkIndex:
    """A page's mark attribute values in document order (each knows its element), lower case and joined
    by newlines, with where each starts in the joined text."""

    values: list[Any]
    joined: str
    starts: list[int]


# One index per tree, built at the first search: the byline and the lead figure both search the page.
# (The reader removes script and style elements before either; a tree changed after its first search
# would keep its old index.)
_MARK_INDEXES: weakref.WeakKeyDictionary[lxml_html.HtmlElement, _MarkIndex] = weakref.WeakKeyDictionary()


def _mark_index(tree: lxml_html.HtmlElement) -> _MarkIndex:
    index = _MARK_INDEXES.get(tree)
    if index is None:
        values = _MARK_VALUES(tree)
        lowered = [value.lower() for value in values]
        starts = list(itertools.accumulate((len(value) + 1 for value in lowered), initial=0))
        index = _MarkIndex(values, "\n".join(lowered), starts)
        _MARK_INDEXES[tree] = index
    return index


def marked(
    tree: lxml_html.HtmlElement,
    words: tuple[str, ...],
    tags: tuple[str, ...] = (),
    order: Order | None = None,
) -> list[Any]:
    """Elements whose class/id/role/itemprop/rel contain one of ``words`` (lower case), and elements with
    one of ``tags``, in document order (``order``, when the caller has it, saves a walk to sort them).

    The words are searched once in all the page's mark values joined (one XPath per page, one regular
    expression per search, in C): computing each element's marks and searching them one by one cost
    4 ms a page. A 20 MB page of bare links stays cheap."""
    index = _mark_index(tree)
    out: dict[Any, None] = {}
    last = -1
    for found in _words_pattern(words).finditer(index.joined):
        position = bisect.bisect_right(index.starts, found.start()) - 1
        if position == last:
            continue
        last = position
        element = index.values[position].getparent()
        if element not in out and not _MARKED_BY.isdisjoint(element.attrib):
            out[element] = None
    found_elements = list(out)
    if tags:
        found_elements += [e for e in tree.iter(*tags) if e not in out]
        where = order if order is not None else document_order(tree)
        found_elements.sort(key=lambda element: where[element])
    return found_elements


def base_url(tree: lxml_html.HtmlElement, canonical: str | None, page_url: str | None) -> str | None:
    """What relative addresses resolve against: ``<base href>`` (itself resolved), else the page's URL
    (as fetched), else its canonical URL."""
    page = page_url or canonical
    base = tree.find(".//base[@href]")
    if base is not None and base.get("href", "").strip():
        return urljoin(page or "", base.get("href", "").strip())
    return page


def absolute(url: str | None, base: str | None) -> str | None:
    if not url:
        return None
    url = url.strip()
    if url.startswith("data:"):
        return None
    joined = urljoin(base, url) if base else url
    parts = urlsplit(joined)
    return joined if parts.scheme in ("http", "https") and parts.netloc else None
