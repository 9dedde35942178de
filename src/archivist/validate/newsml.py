"""Judge a NewsML-G2 document: the official IPTC 2.35 All-Power XSD, then what the XSD cannot see.

The XSD validates ``inlineXML`` content laxly (no XHTML schema is loaded), does not check that an
IDREF points at an existing ID, and accepts date-times without a time zone. So after the schema,
this module checks the XHTML body (XHTML namespace, an allowed XHTML 1.0 element set, the XHTML 1.0
Strict content model for those elements), every IDREF/IDREFS attribute, and the zones of date-times.

Items declaring another ``standardversion`` (IPTC's 2.24 Core examples) are judged against the 2.35
All-Power schema all the same — Power is a superset of Core and 2.35 is the version archivist
conforms to — and get one *warning* (``newsml.standardversion``) saying so; they are not invalid for it.

Locations are XPaths with the prefixes ``nar`` (NewsML-G2) and ``html`` (XHTML), e.g.
``/nar:newsItem/nar:contentMeta/nar:headline[2]``; evaluate them with ``NAMESPACES``.
"""

from __future__ import annotations

import functools
import re
from contextvars import ContextVar
from typing import Any

from lxml import etree

from archivist.errors import Problem
from archivist.resources import schema_path
from archivist.validate.xmlsafe import XMLInputError, load_schema, parse_xml

NAR_NS = "http://iptc.org/std/nar/2006-10-01/"
XHTML_NS = "http://www.w3.org/1999/xhtml"
XML_NS = "http://www.w3.org/XML/1998/namespace"
NAMESPACES = {"nar": NAR_NS, "html": XHTML_NS}
_PREFIXES = {NAR_NS: "nar", XHTML_NS: "html"}
SCHEMA = ("newsml-g2", "NewsML-G2_2.35-spec-All-Power.xsd")
STANDARD_VERSION = "2.35"

# Attributes the 2.35 XSD types as xs:ID, and as xs:IDREF / xs:IDREFS (on NAR elements).
_ID_ATTRIBUTES = ("id", "partid")
_IDREF_ATTRIBUTES = ("idref", "root", "original", "sourceidref")
_IDREFS_ATTRIBUTES = ("idrefs", "contentrefs")
# Elements and attributes holding a date with an optional time; a time must carry its zone.
# fmt: off
# (every element of a date-time type in the 2.35 XSD)
_DATETIME_ELEMENTS = frozenset({
    "versionCreated", "firstCreated", "embargoed", "contentCreated", "contentModified", "expires", "sent",
    "timestamp", "born", "died", "founded", "dissolved", "ceasedToExist", "created", "exDate", "rDate",
    "scheduled", "start", "end",
})
# fmt: on
_DATETIME_ATTRIBUTES = ("timestamp", "modified")
_HAS_TIME = re.compile(r"^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}")
_HAS_ZONE = re.compile(r"(Z|[+-]\d{2}:\d{2})$")

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


def is_newsml(root: Any) -> bool:
    """True when ``root`` (an element or tree) is an element in the NewsML-G2 namespace."""
    if isinstance(root, etree._ElementTree):
        root = root.getroot()
    return isinstance(root, etree._Element) and etree.QName(root).namespace == NAR_NS


@functools.cache  # load_schema resolves the path (an lstat per component) on every call
def schema() -> etree.XMLSchema:
    """The 2.35 All-Power schema, compiled once per process."""
    return load_schema(schema_path(*SCHEMA))


def xpath_of(element: etree._Element) -> str:
    """A readable XPath for ``element``, with ``nar``/``html`` prefixes and positions among same-name
    siblings when there is more than one."""
    steps: list[str] = []
    node: etree._Element | None = element
    while node is not None:
        qname = etree.QName(node)
        prefix = _PREFIXES.get(qname.namespace or "")
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


# Within one ``newsml_problems`` call, each parent's children are numbered once: naming N sibling
# problems would otherwise list the N siblings N times (quadratic: 4,000 bad siblings took 10 s).
_POSITIONS: ContextVar[dict[Any, dict[Any, tuple[int, int]]] | None] = ContextVar(
    "newsml_sibling_positions", default=None
)


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


def newsml_problems(data: bytes, *, file: str = "") -> list[Problem]:
    """Every problem of the NewsML-G2 document ``data``: safe parse, XSD, XHTML body, IDREFs, zones."""
    token = _POSITIONS.set({})
    try:
        return _newsml_problems(data, file)
    finally:
        _POSITIONS.reset(token)


def _newsml_problems(data: bytes, file: str) -> list[Problem]:
    try:
        tree = parse_xml(data, file=file)
    except XMLInputError as exc:
        return [Problem(exc.code, f"{exc.what}: {exc.why}", file, "", exc.line_number)]
    problems: list[Problem] = []
    root = tree.getroot()
    if not is_newsml(root):
        problems.append(
            Problem(
                "newsml.root",
                f"root element {etree.QName(root).localname!r} is not in the NewsML-G2 namespace {NAR_NS}",
                file,
                xpath_of(root),
                root.sourceline,
            )
        )
        return problems
    problems.extend(_version_warning(root, file))
    problems.extend(_xsd_problems(tree, file))
    problems.extend(_xhtml_problems(root, file))
    problems.extend(_idref_problems(root, file))
    problems.extend(_timezone_problems(root, file))
    return problems


def _version_warning(root: etree._Element, file: str) -> list[Problem]:
    version = root.get("standardversion")
    if version is None or version == STANDARD_VERSION:
        return []
    conformance = root.get("conformance", "core")
    return [
        Problem(
            "newsml.standardversion",
            f"item declares NewsML-G2 {version} ({conformance} conformance); judged against the "
            f"{STANDARD_VERSION} All-Power schema, the version archivist supports",
            file,
            xpath_of(root) + "/@standardversion",
            root.sourceline,
            severity="warning",
        )
    ]


def _xsd_problems(tree: etree._ElementTree, file: str) -> list[Problem]:
    xsd = schema()
    if xsd.validate(tree):
        return []
    problems = []
    for error in xsd.error_log:
        location = error.path or ""
        try:
            found = tree.xpath(location) if location else []
        except etree.XPathError:
            found = []  # keep libxml2's own path when it cannot be resolved
        if found and isinstance(found[0], etree._Element):
            location = xpath_of(found[0])
        problems.append(Problem("newsml.xsd", _short(error.message), file, location, error.line or None))
    return problems


def _short(message: str) -> str:
    """libxml2 names elements in Clark notation; the prefixes of ``NAMESPACES`` keep the line short."""
    for namespace, prefix in _PREFIXES.items():
        message = message.replace(f"{{{namespace}}}", f"{prefix}:")
    return message


def _xhtml_roots(root: etree._Element) -> list[etree._Element]:
    """The content of every ``inlineXML`` that says it is XHTML."""
    out = []
    for inline in root.iter(f"{{{NAR_NS}}}inlineXML"):
        if (inline.get("contenttype") or "").split(";")[0].strip() == "application/xhtml+xml":
            out.append(inline)
    return out


def _xhtml_problems(root: etree._Element, file: str) -> list[Problem]:
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
        qname = etree.QName(element)
        if qname.namespace != XHTML_NS:
            add(
                "newsml.xhtml.namespace",
                f"element {qname.localname!r} in the XHTML body is not in the XHTML namespace {XHTML_NS}",
                element,
            )
            continue
        name = qname.localname
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
            child_name = etree.QName(child)
            if (
                child_name.namespace == XHTML_NS
                and child_name.localname in _ALLOWED
                and child_name.localname not in allowed
                and name not in _EMPTY | _TEXT_ONLY
            ):
                add("newsml.xhtml.content", f"{child_name.localname} is not allowed inside {name}", child)
        if name == "html" and [etree.QName(c).localname for c in children] != ["head", "body"]:
            add("newsml.xhtml.content", "html must hold head then body", element)
        if name == "head" and sum(1 for c in children if etree.QName(c).localname == "title") != 1:
            add("newsml.xhtml.content", "head must hold exactly one title", element)


def _idref_problems(root: etree._Element, file: str) -> list[Problem]:
    """Every IDREF/IDREFS attribute of a NewsML-G2 element must name an id in the document (libxml2
    checks only that NAR ids are unique); XHTML ids, which partMeta/@contentrefs point at, count too
    and must be unique themselves."""
    ids: set[str] = set()
    problems = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        namespace = etree.QName(element).namespace
        found = [element.get(f"{{{XML_NS}}}id")]
        if namespace == NAR_NS:
            found += [element.get(a) for a in _ID_ATTRIBUTES]
        elif namespace == XHTML_NS:
            xhtml_id = (element.get("id") or "").strip()
            if xhtml_id and xhtml_id in ids:
                problems.append(
                    Problem(
                        "newsml.id-duplicate",
                        f"id {xhtml_id!r} is used more than once",
                        file,
                        f"{xpath_of(element)}/@id",
                        element.sourceline,
                    )
                )
            found.append(xhtml_id)
        ids.update(value.strip() for value in found if value)
    for element in root.iter(f"{{{NAR_NS}}}*"):
        references = [
            (a, [element.get(a, "").strip()]) for a in _IDREF_ATTRIBUTES if element.get(a) is not None
        ]
        references += [
            (a, element.get(a, "").split()) for a in _IDREFS_ATTRIBUTES if element.get(a) is not None
        ]
        for attribute, values in references:
            for value in values:
                if value not in ids:
                    problems.append(
                        Problem(
                            "newsml.idref",
                            f"{attribute}={value!r} does not match any id in the document",
                            file,
                            f"{xpath_of(element)}/@{attribute}",
                            element.sourceline,
                        )
                    )
    return problems


def _timezone_problems(root: etree._Element, file: str) -> list[Problem]:
    problems = []
    for element in root.iter(f"{{{NAR_NS}}}*"):
        local = etree.QName(element).localname
        values = []
        if local in _DATETIME_ELEMENTS:
            values.append(("", (element.text or "").strip()))
        values += [(f"/@{a}", element.get(a, "").strip()) for a in _DATETIME_ATTRIBUTES if element.get(a)]
        for suffix, value in values:
            if _HAS_TIME.match(value) and not _HAS_ZONE.search(value):
                problems.append(
                    Problem(
                        "newsml.timezone",
                        f"date-time {value!r} has no time zone (add Z or an offset such as +01:00)",
                        file,
                        xpath_of(element) + suffix,
                        element.sourceline,
                    )
                )
    return problems
