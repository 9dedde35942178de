"""Where a problem is in a NewsML-G2 document: readable XPaths with the prefixes ``nar`` (NewsML-G2) and
``html`` (XHTML), e.g. ``/nar:newsItem/nar:contentMeta/nar:headline[2]``; evaluate them with
``NAMESPACES``."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from typing import Any

from lxml import etree

NAR_NS = "http://iptc.org/std/nar/2006-10-01/"
XHTML_NS = "http://www.w3.org/1999/xhtml"
NAMESPACES = {"nar": NAR_NS, "html": XHTML_NS}
PREFIXES = {NAR_NS: "nar", XHTML_NS: "html"}


def xpath_of(element: etree._Element) -> str:
    """A readable XPath for ``element``, with ``nar``/``html`` prefixes and positions among same-name
    siblings when there is more than one."""
    steps: list[str] = []
    node: etree._Element | None = element
    while node is not None:
        qname = etree.QName(node)
        prefix = PREFIXES.get(qname.namespace or "")
        name = (
            f"{prefix}:{qname.localname}"
            if prefix
            else (qname.localname if not qname.namespace else f"*[local-name()='{qname.localname}']")
        )
        parent = node.getparent()
        if parent is not None:
            position, count = _sibling_position(parent, node)
            if count > 1:
                name += f"[{position}]"
        steps.append(name)
        node = parent
    return "/" + "/".join(reversed(steps))


# Within one ``numbered_once`` block (one ``newsml_problems`` call), each parent's children are numbered
# once: naming N sibling problems would otherwise list the N siblings N times (quadratic: 4,000 bad
# siblings took 10 s).
_POSITIONS: ContextVar[dict[Any, dict[Any, tuple[int, int]]] | None] = ContextVar(
    "newsml_sibling_positions", default=None
)


@contextlib.contextmanager
def numbered_once() -> Iterator[None]:
    """While the block runs, ``xpath_of`` numbers each parent's children once and remembers them (the
    document must not change meanwhile)."""
    token = _POSITIONS.set({})
    try:
        yield
    finally:
        _POSITIONS.reset(token)


def _sibling_position(parent: etree._Element, node: etree._Element) -> tuple[int, int]:
    """(1-based position of ``node`` among its same-name siblings, how many there are)."""
    cache = _POSITIONS.get()
    numbered = cache.get(parent) if cache is not None else None
    if numbered is None:
        counts: dict[Any, int] = {}
        numbered = {}
        for child in parent:
            if isinstance(child.tag, str):
                counts[child.tag] = counts.get(child.tag, 0) + 1
                numbered[child] = (counts[child.tag], 0)
        numbered = {child: (index, counts[child.tag]) for child, (index, _) in numbered.items()}
        if cache is not None:
            cache[parent] = numbered
    return numbered[node]
