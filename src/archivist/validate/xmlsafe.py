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


class XMLInputError(InputError):
    """An ``InputError`` that also says which rule refused the document (``code``: ``xml.malformed``,
    ``xml.doctype``, ``xml.xinclude``, ``xml.not-bytes``) and on which line, so validators can turn it
    into a ``Problem`` without parsing the message."""

    def __init__(self, code: str, what: str, *, file: str, line: int | None, why: str) -> None:
        self.code = code
        self.file = file
        self.line_number = line
        super().__init__(what, where=_where(file, line), why=why)


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
    """The line of a DOCTYPE declaration, or None when the bytes have none."""
    text: bytes | str = data
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or data[:4] in (b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00"):
        # UTF-16/32 with a byte-order mark: search the decoded text; everything else archival XML
        # uses (UTF-8, Latin-1...) is ASCII-compatible, so the bytes can be searched directly.
        codec = "utf-32" if data[:4] in (b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00") else "utf-16"
        text = data.decode(codec, errors="replace")
    marker = "<!DOCTYPE" if isinstance(text, str) else b"<!DOCTYPE"
    newline = "\n" if isinstance(text, str) else b"\n"
    index = text.find(marker)  # type: ignore[arg-type]
    return text.count(newline, 0, index) + 1 if index >= 0 else None  # type: ignore[arg-type]


def _refuse_doctype(file: str, line: int | None) -> XMLInputError:
    return XMLInputError(
        "xml.doctype",
        "XML with a DOCTYPE refused",
        file=file,
        line=line,
        why="DTDs and entity declarations are never accepted: they allow external entities and entity bombs",
    )


def parse_xml(data: bytes, *, file: str = "") -> etree._ElementTree:
    """Parse ``data`` as XML, offline, refusing DTDs and XInclude.

    Raises ``XMLInputError`` (an ``InputError``) with one line (file and line number, what, why)
    for malformed XML, any DOCTYPE declaration and any XInclude element.
    """
    if not isinstance(data, bytes):
        why = f"got {type(data).__name__}"
        raise XMLInputError("xml.not-bytes", "not XML bytes", file=file, line=None, why=why)
    try:
        tree = etree.ElementTree(etree.fromstring(data, _parser()))
    except etree.XMLSyntaxError as exc:
        doctype_line = _doctype_line(data)
        if doctype_line is not None:
            # libxml2 stops entity bombs with its own amplification error; report the one cause
            # a user can act on, the DOCTYPE, the same way for every hostile document.
            raise _refuse_doctype(file, doctype_line) from None
        # The first error is the cause; later ones in the log are usually its consequences.
        line = exc.lineno if exc.lineno else None
        message = (exc.msg or str(exc)).strip().splitlines()[0]
        raise XMLInputError("xml.malformed", "malformed XML", file=file, line=line, why=message) from None
    docinfo = tree.docinfo
    if docinfo.doctype or docinfo.internalDTD is not None or docinfo.externalDTD is not None:
        raise _refuse_doctype(file, _doctype_line(data))
    root = tree.getroot()
    for namespace in XINCLUDE_NAMESPACES:
        for element in root.iter(f"{{{namespace}}}*"):
            raise XMLInputError(
                "xml.xinclude",
                "XML with XInclude refused",
                file=file,
                line=element.sourceline,
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
