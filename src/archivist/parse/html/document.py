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


@functools.lru_cache(maxsize=16)
def _mark_query(tags: tuple[str, ...]) -> etree.XPath:
    """The mark attributes' values (each knows its element) and the elements with one of ``tags``, all in
    document order (an XPath union is)."""
    nodes = [f"//@{name}" for name in MARK_ATTRIBUTES] + [f"//{tag}" for tag in tags]
    return etree.XPath(" | ".join(nodes))


def marked(tree: lxml_html.HtmlElement, words: tuple[str, ...], tags: tuple[str, ...] = ()) -> list[Any]:
    """Elements whose class/id/role/itemprop/rel contain one of ``words`` (lower case), and elements with
    one of ``tags``, in document order.

    The words are searched once in all the page's mark values joined (an XPath and one regular expression
    in C): computing each element's marks and searching them one by one cost 4 ms a page. A 20 MB page of
    bare links stays cheap."""
    pattern = _words_pattern(words)
    items = _mark_query(tuple(tags))(tree)
    # Elements (the tags asked for) stand in the joined text as an empty value.
    values = [item.lower() if isinstance(item, str) else "" for item in items]
    joined = "\n".join(values)
    starts = list(itertools.accumulate((len(value) + 1 for value in values), initial=0))
    hits: set[int] = set()
    for found in pattern.finditer(joined):
        hits.add(bisect.bisect_right(starts, found.start()) - 1)
    if tags:
        hits.update(index for index, item in enumerate(items) if not isinstance(item, str))
    out: dict[Any, None] = {}
    for index in sorted(hits):
        item = items[index]
        if isinstance(item, str):
            element = item.getparent()
            if element not in out and not _MARKED_BY.isdisjoint(element.attrib):
                out[element] = None
        else:
            out[item] = None
    return list(out)


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
