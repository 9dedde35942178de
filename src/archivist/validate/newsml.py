"""Judge a NewsML-G2 document: the official IPTC 2.35 All-Power XSD, then what the XSD cannot see.

The XSD validates ``inlineXML`` content laxly (no XHTML schema is loaded), does not check that an
IDREF points at an existing ID, and accepts date-times without a time zone. So after the schema,
this module checks the XHTML body (``newsml_xhtml``: XHTML namespace, an allowed XHTML 1.0 element set,
the XHTML 1.0 Strict content model for those elements), every IDREF/IDREFS attribute, and the zones of
date-times.

Items declaring another ``standardversion`` (IPTC's 2.24 Core examples) are judged against the 2.35
All-Power schema all the same — Power is a superset of Core and 2.35 is the version archivist
conforms to — and get one *warning* (``newsml.standardversion``) saying so; they are not invalid for it.

Locations are XPaths with the prefixes ``nar`` (NewsML-G2) and ``html`` (XHTML), e.g.
``/nar:newsItem/nar:contentMeta/nar:headline[2]`` (``newsml_xpath``); evaluate them with ``NAMESPACES``.
"""

from __future__ import annotations

import functools
import os
import re
from typing import Any

from lxml import etree

from archivist.errors import Problem
from archivist.resources import schema_path
from archivist.schemacheck import CROSSCHECK_ENV, EngineDisagreement
from archivist.validate.newsml_xhtml import xhtml_problems
from archivist.validate.newsml_xpath import NAMESPACES, NAR_NS, PREFIXES, XHTML_NS, numbered_once, xpath_of
from archivist.validate.xmlsafe import XMLInputError, load_schema, parse_xml

# Locations are evaluated with NAMESPACES, and callers import the namespaces from here.
__all__ = [
    "NAMESPACES",
    "NAR_NS",
    "SCHEMA",
    "XHTML_NS",
    "built_newsml_problems",
    "is_newsml",
    "newsml_problems",
    "newsml_tree_problems",
    "schema",
    "xpath_of",
]

XML_NS = "http://www.w3.org/XML/1998/namespace"
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
_NAR = f"{{{NAR_NS}}}"
_XHTML = f"{{{XHTML_NS}}}"
_XML_ID = f"{{{XML_NS}}}id"
_NAR_ID_NAMES = frozenset({_XML_ID, *_ID_ATTRIBUTES})
_REFERENCE_NAMES = frozenset(_IDREF_ATTRIBUTES + _IDREFS_ATTRIBUTES)


def is_newsml(root: Any) -> bool:
    """True when ``root`` (an element or tree) is an element in the NewsML-G2 namespace."""
    if isinstance(root, etree._ElementTree):
        root = root.getroot()
    return isinstance(root, etree._Element) and etree.QName(root).namespace == NAR_NS


@functools.cache  # load_schema resolves the path (an lstat per component) on every call
def schema() -> etree.XMLSchema:
    """The 2.35 All-Power schema, compiled once per process."""
    return load_schema(schema_path(*SCHEMA))


def newsml_problems(data: bytes, *, file: str = "") -> list[Problem]:
    """Every problem of the NewsML-G2 document ``data``: safe parse, XSD, XHTML body, IDREFs, zones."""
    with numbered_once():
        return _newsml_problems(data, file)


def newsml_tree_problems(root: etree._Element, *, file: str = "") -> list[Problem]:
    """``newsml_problems`` for a document held as a tree (one archivist built and will serialise):
    the same checks, without the parse. Problems carry no line numbers (a built tree has none)."""
    with numbered_once():
        return _root_problems(root, file)


def built_newsml_problems(root: etree._Element, data: bytes, *, file: str = "") -> list[Problem]:
    """The problems of the document archivist built as ``root`` and serialised as ``data``, found on the
    tree. Under ``ARCHIVIST_SCHEMA_CROSSCHECK`` the bytes are parsed and checked too, and any difference
    in the problems found (line numbers aside) raises ``EngineDisagreement``."""
    problems = newsml_tree_problems(root, file=file)
    if os.environ.get(CROSSCHECK_ENV, "") not in ("", "0"):
        from_bytes = newsml_problems(data, file=file)
        seen = [(p.code, p.message, p.location, p.severity) for p in problems]
        if seen != [(p.code, p.message, p.location, p.severity) for p in from_bytes]:
            raise EngineDisagreement(f"{file}: the tree gives {seen}, its bytes {from_bytes}")
    return problems


def _newsml_problems(data: bytes, file: str) -> list[Problem]:
    try:
        tree = parse_xml(data, file=file)
    except XMLInputError as exc:
        return [Problem(exc.code, f"{exc.what}: {exc.why}", file, "", exc.line_number)]
    return _root_problems(tree.getroot(), file)


def _root_problems(root: etree._Element, file: str) -> list[Problem]:
    problems: list[Problem] = []
    tree = root.getroottree()
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
    problems.extend(xhtml_problems(root, file))
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
    for namespace, prefix in PREFIXES.items():
        message = message.replace(f"{{{namespace}}}", f"{prefix}:")
    return message


def _idref_problems(root: etree._Element, file: str) -> list[Problem]:
    """Every IDREF/IDREFS attribute of a NewsML-G2 element must name an id in the document (libxml2
    checks only that NAR ids are unique); XHTML ids, which partMeta/@contentrefs point at, count too
    and must be unique themselves."""
    # Why the string tests on tags and the one ``items()`` per element: an ``etree.QName`` and six
    # ``get`` calls per element made this check a third of a NewsML document's validation (issue 14).
    ids: set[str] = set()
    problems = []
    referring = []
    for element in root.iter():
        tag = element.tag
        if not isinstance(tag, str):
            continue
        attributes = element.items()
        if not attributes:
            continue
        if tag.startswith(_NAR):
            found = [value for name, value in attributes if name in _NAR_ID_NAMES]
            if not _REFERENCE_NAMES.isdisjoint(name for name, _ in attributes):
                referring.append(element)
        elif tag.startswith(_XHTML):
            found = [value for name, value in attributes if name == _XML_ID]
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
        else:
            found = [value for name, value in attributes if name == _XML_ID]
        ids.update(value.strip() for value in found if value)
    for element in referring:
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
        local = element.tag[len(_NAR) :]  # a NAR element's tag is "{NAR_NS}local"
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
