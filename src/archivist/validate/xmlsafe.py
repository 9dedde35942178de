"""The one XML parser configuration archivist uses, and offline, cached XML Schema compilation.

Every XML document archivist reads (its own output, IPTC examples, user files) goes through
``parse_xml``. Documents with a DOCTYPE are refused outright rather than parsed "safely": archival
XML (NewsML-G2, PREMIS, METS) never needs a DTD, and refusing the whole construct closes external
entities, entity-expansion bombs and DTD fetches in one rule instead of three. XInclude is refused
too, so that no later ``xinclude()`` call can pull in files or URLs.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from lxml import etree

from archivist.errors import InputError

XINCLUDE_NAMESPACES = ("http://www.w3.org/2001/XInclude", "http://www.w3.org/2003/XInclude")


def _parser() -> etree.XMLParser:
    # no_network: libxml2 never opens a socket; resolve_entities=False: no entity, internal or
    # external, is expanded (so a bomb stays a handful of unexpanded references until we refuse
    # the DOCTYPE); load_dtd=False: an external DTD subset is never read; huge_tree=False keeps
    # libxml2's depth and size limits on.
    return etree.XMLParser(
        no_network=True,
        resolve_entities=False,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_blank_text=False,
    )


def _where(file: str, line: int | None) -> str:
    place = file or "<xml>"
    return f"{place}:{line}" if line else place


def _doctype_line(data: bytes) -> int | None:
    # lxml does not report where the DOCTYPE stood; counting newlines before it is right for every
    # ASCII-compatible encoding (UTF-8, Latin-1...), the ones archival XML uses.
    index = data.find(b"<!DOCTYPE")
    return data.count(b"\n", 0, index) + 1 if index >= 0 else None


def parse_xml(data: bytes, *, file: str = "") -> etree._ElementTree:
    """Parse ``data`` as XML, offline, refusing DTDs and XInclude.

    Raises ``InputError`` with one line (file and line number, what, why) for malformed XML, any
    DOCTYPE declaration and any XInclude element.
    """
    if not isinstance(data, bytes):
        raise InputError("not XML bytes", where=file or None, why=f"got {type(data).__name__}")
    try:
        tree = etree.ElementTree(etree.fromstring(data, _parser()))
    except etree.XMLSyntaxError as exc:
        # The first error is the cause; later ones in the log are usually its consequences.
        line = exc.lineno if exc.lineno else None
        message = (exc.msg or str(exc)).strip().splitlines()[0]
        raise InputError("malformed XML", where=_where(file, line), why=message) from None
    docinfo = tree.docinfo
    if docinfo.doctype or docinfo.internalDTD is not None or docinfo.externalDTD is not None:
        raise InputError(
            "XML with a DOCTYPE refused",
            where=_where(file, _doctype_line(data)),
            why="DTDs and entity declarations are not accepted (external entities, entity expansion)",
        )
    root = tree.getroot()
    for namespace in XINCLUDE_NAMESPACES:
        for element in root.iter(f"{{{namespace}}}*"):
            raise InputError(
                "XML with XInclude refused",
                where=_where(file, element.sourceline),
                why=f"element {etree.QName(element).localname} in {namespace} would include other files",
            )
    return tree


@cache
def _load_schema(path: str) -> etree.XMLSchema:
    # Schema files are vendored and trusted, but compiled with the same offline parser: imports
    # must be local files next to the schema (NewsML-G2's xml.xsd is), never fetched.
    document = etree.parse(path, _parser())
    return etree.XMLSchema(document)


def load_schema(path: str | os.PathLike[str]) -> etree.XMLSchema:
    """Compile the XML Schema at ``path`` offline, once per process (cached by absolute path)."""
    return _load_schema(str(Path(path).resolve()))
