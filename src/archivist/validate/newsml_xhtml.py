"""The XHTML body of a NewsML-G2 item, which the XSD validates laxly (no XHTML schema is loaded): the XHTML
namespace, an allowed XHTML 1.0 element set, and the XHTML 1.0 Strict content model for those elements."""

from __future__ import annotations

from typing import Any

from lxml import etree

from archivist.errors import Problem
from archivist.validate.newsml_xpath import NAR_NS, XHTML_NS, xpath_of

# The XHTML 1.0 Strict elements allowed in a body: no scripting, forms, objects or frames, which
# an archived article must not carry. Content model: which children each element may have.
# fmt: off
_INLINE = frozenset({
    "a", "abbr", "acronym", "b", "bdo", "big", "br", "cite", "code", "del", "dfn", "em", "i", "img", "ins",
    "kbd", "q", "samp", "small", "span", "strong", "sub", "sup", "tt", "var",
})
_BLOCK = frozenset({
    "address", "blockquote", "del", "div", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "ins", "ol", "p",
    "pre", "table", "ul",
})
# fmt: on
_FLOW = _INLINE | _BLOCK
_HEAD = frozenset(["title", "meta", "link", "style", "base"])
_CHILDREN: dict[str, frozenset[str]] = {
    "html": frozenset({"head", "body"}),
    "head": _HEAD,
    "body": _BLOCK,
    "blockquote": _BLOCK,
    "div": _FLOW,
    "li": _FLOW,
    "dd": _FLOW,
    "td": _FLOW,
    "th": _FLOW,
    "ins": _FLOW,
    "del": _FLOW,
    "ul": frozenset({"li"}),
    "ol": frozenset({"li"}),
    "dl": frozenset({"dt", "dd"}),
    "table": frozenset({"caption", "col", "colgroup", "thead", "tfoot", "tbody", "tr"}),
    "colgroup": frozenset({"col"}),
    "thead": frozenset({"tr"}),
    "tfoot": frozenset({"tr"}),
    "tbody": frozenset({"tr"}),
    "tr": frozenset({"th", "td"}),
    "pre": _INLINE - {"img", "big", "small", "sub", "sup"},
}
_EMPTY = frozenset(["br", "hr", "img", "meta", "link", "base", "col"])
_TEXT_ONLY = frozenset({"title", "style"})
# Elements whose children are inline (and text): paragraphs, headings, and the inline elements.
for _name in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "address", "dt", "caption", *(_INLINE - _EMPTY)):
    _CHILDREN.setdefault(_name, _INLINE)
_ALLOWED = frozenset(_CHILDREN) | _EMPTY | _TEXT_ONLY
# No character data directly inside these (XHTML 1.0 Strict: body and blockquote take blocks only).
# fmt: off
_NO_TEXT = frozenset({
    "html", "head", "body", "blockquote", "ul", "ol", "dl", "table", "colgroup", "thead", "tfoot", "tbody",
    "tr",
})
# fmt: on
_REQUIRED_ATTRIBUTES = {"img": ("src", "alt"), "style": ("type",), "bdo": ("dir",)}


def _xhtml_roots(root: etree._Element) -> list[etree._Element]:
    """The content of every ``inlineXML`` that says it is XHTML."""
    out = []
    for inline in root.iter(f"{{{NAR_NS}}}inlineXML"):
        if (inline.get("contenttype") or "").split(";")[0].strip() == "application/xhtml+xml":
            out.append(inline)
    return out


def xhtml_problems(root: etree._Element, file: str) -> list[Problem]:
    problems: list[Problem] = []

    def add(code: str, message: str, element: etree._Element, suffix: str = "") -> None:
        problems.append(Problem(code, message, file, xpath_of(element) + suffix, element.sourceline))

    for inline in _xhtml_roots(root):
        children = [c for c in inline if isinstance(c.tag, str)]
        if not children and not (inline.text or "").strip():
            # The XSD allows an empty inlineXML (IPTC's LISTING_27 uses one as a placeholder): no
            # body is not a broken body, but a reader should know the content is missing.
            problems.append(
                Problem(
                    "newsml.xhtml.empty",
                    "inlineXML says application/xhtml+xml but holds no content",
                    file,
                    xpath_of(inline),
                    inline.sourceline,
                    severity="warning",
                )
            )
            continue
        if len(children) != 1 or children[0].tag != f"{{{XHTML_NS}}}html":
            add(
                "newsml.xhtml.root",
                "inlineXML with contenttype application/xhtml+xml must hold one XHTML html element",
                inline,
            )
            continue
        _check_xhtml(children[0], add)
    return problems


def _check_xhtml(html: etree._Element, add: Any) -> None:
    for element in html.iter():
        if not isinstance(element.tag, str):
            continue  # comments and processing instructions
        namespace, name = _split_tag(element.tag)
        if namespace != XHTML_NS:
            add(
                "newsml.xhtml.namespace",
                f"element {name!r} in the XHTML body is not in the XHTML namespace {XHTML_NS}",
                element,
            )
            continue
        if name not in _ALLOWED:
            add("newsml.xhtml.element", f"element {name!r} is not allowed in an archived XHTML body", element)
            continue
        for attribute in _REQUIRED_ATTRIBUTES.get(name, ()):
            if element.get(attribute) is None:
                add("newsml.xhtml.attribute", f"{name} requires the {attribute} attribute", element)
        children = [c for c in element if isinstance(c.tag, str)]
        text = "".join([element.text or ""] + [c.tail or "" for c in element])
        if name in _EMPTY and (children or text.strip()):
            add("newsml.xhtml.content", f"{name} must be empty", element)
        elif name in _TEXT_ONLY and children:
            add("newsml.xhtml.content", f"{name} may hold text only", element)
        elif name in _NO_TEXT and text.strip():
            add(
                "newsml.xhtml.content",
                f"{name} may not hold text directly (wrap it in a block such as p)",
                element,
            )
        allowed = _CHILDREN.get(name, frozenset())
        for child in children:
            child_namespace, child_local = _split_tag(child.tag)
            if (
                child_namespace == XHTML_NS
                and child_local in _ALLOWED
                and child_local not in allowed
                and name not in _EMPTY | _TEXT_ONLY
            ):
                add("newsml.xhtml.content", f"{child_local} is not allowed inside {name}", child)
        if name == "html" and [_split_tag(c.tag)[1] for c in children] != ["head", "body"]:
            add("newsml.xhtml.content", "html must hold head then body", element)
        if name == "head" and sum(1 for c in children if _split_tag(c.tag)[1] == "title") != 1:
            add("newsml.xhtml.content", "head must hold exactly one title", element)


def _split_tag(tag: str) -> tuple[str | None, str]:
    """``(namespace, local name)`` of an element's tag, as ``etree.QName`` gives them, without making
    one object per element (issue 14: a QName per element was half of this check's time)."""
    if tag[:1] == "{":
        namespace, _, local = tag[1:].partition("}")
        return namespace, local
    return None, tag
