"""A web page parsed once with lxml (libxml2's HTML parser: forgiving of malformed markup, no network, no
entity expansion), with the helpers every reading module shares: an element's text, its class and id
words, and the URL that relative addresses are resolved against.

lxml.html was chosen by measurement over selectolax (lexbor) and resiliparse on the 220 devset pages:
lexbor and resiliparse parse faster (1.2 and 1.1 ms CPU median, against 3.5 ms), but the reader needs
XPath-like navigation, ancestors and ``itertext`` everywhere, lxml is already a dependency, and its
parse is a small part of the 30 ms budget (figures in docs/benchmarks.md).
"""

from __future__ import annotations

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


_MARK_ATTRIBUTES = ("class", "id", "role", "itemprop", "rel", "data-testid")


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
    return " ".join(attrib[name] for name in _MARK_ATTRIBUTES if name in attrib).lower()


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
