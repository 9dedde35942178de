"""PREMIS 3.0 documents checked: well-formedness, the vendored PREMIS 3.0 XSD, and ``eventDateTime``
being ISO 8601 with a zone, which the XSD (``xs:string``) does not check.

``archivist.render.premis`` writes the documents and checks each one with ``tree_problems`` before
returning it; this module is below it so that ``archivist validate`` needs nothing from render.
"""

from __future__ import annotations

import functools
import re
from datetime import datetime

from lxml import etree

from archivist.errors import Problem
from archivist.resources import schema_path
from archivist.validate.xmlsafe import XMLInputError, load_schema, parse_xml

NS = "http://www.loc.gov/premis/v3"
P = f"{{{NS}}}"

_ISO_8601 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def premis_problems(data: bytes, file: str = "") -> list[Problem]:
    """Every problem of a PREMIS document: well-formedness, the 3.0 XSD, ISO 8601 event times."""
    try:
        tree = parse_xml(data, file=file)
    except XMLInputError as exc:
        return [Problem(exc.code, exc.line(), file=file, line_number=exc.line_number)]
    return tree_problems(tree, file)


def tree_problems(tree: etree._ElementTree, file: str) -> list[Problem]:
    problems: list[Problem] = []
    root = tree.getroot()
    if root.tag != f"{P}premis":
        problems.append(
            Problem(
                "premis.root",
                f"root element is {root.tag}, not premis:premis",
                file=file,
                location="/*",
                line_number=root.sourceline,
            )
        )
    schema = _schema()
    if not schema.validate(tree):
        for error in schema.error_log:
            problems.append(
                Problem(
                    "premis.xsd",
                    error.message,
                    file=file,
                    location=error.path or "",
                    line_number=error.line or None,
                )
            )
    for element in root.iter(f"{P}eventDateTime"):
        if not is_iso8601(element.text or ""):
            problems.append(
                Problem(
                    "premis.datetime",
                    f"eventDateTime {element.text!r} is not ISO 8601 with a time zone",
                    file=file,
                    location=tree.getpath(element),
                    line_number=element.sourceline,
                )
            )
    return problems


def is_iso8601(text: str) -> bool:
    """A complete date-time with seconds and an explicit zone (``Z`` or ``±hh:mm``) that exists."""
    if not _ISO_8601.match(text):
        return False
    try:
        datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


@functools.cache  # resolving the path costs more than validating a small log (audit events)
def _schema() -> etree.XMLSchema:
    return load_schema(schema_path("premis", "premis-v3-0.xsd"))
