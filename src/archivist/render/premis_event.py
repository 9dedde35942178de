"""One PREMIS event as the exact bytes ``append_event`` would add to a document, the event checked alone.

For a document whose bytes are proven unchanged since they passed the whole check (the audit's event
logs, ``archivist.audit.events``): adding one event then needs only that event checked, and splicing its
bytes in costs the same however long the log is, where parsing, checking and writing the whole
document again grows with every audit. Why checking the event alone is the same check of the result:
``event`` is a global element of the PREMIS 3.0 XSD, the document's content model is the plain sequence
``object+ event* agent* rights*``, and the schema has no identity constraints (no ``xs:key``,
``xs:unique``, ``xs:keyref``): a valid document with one more valid event placed after its last event
(its agent already present) is valid. The date rule (ISO 8601 with a zone) is per event as well.

Checked once per shape. An audit writes one event per object, all of a few shapes (the event type, the
outcome, whether it has a note, how many objects it links, their role): the rest is text. So each shape
is built, checked against the XSD and serialised once per process with a marker in place of each text
(``_TextTemplate``), and an event is those bytes with its texts put in, escaped as lxml escapes them.
Why that is the same check: every text so filled is the whole content of an element whose XSD type is
``xs:string`` (or a ``simpleContent`` extension of it adding only attributes), read from the vendored
XSD itself (``_string_typed``), not assumed; ``xs:string`` accepts any sequence of XML characters and
keeps whitespace as it is, so an event whose texts are made of XML characters is valid exactly when its
shape is. A shape with any other slot, and any text outside the plain character set (``_PLAIN``: a
control character, ``\\r``, a C1 or non-character, or an empty text), take the lxml path, which
checks the event itself; the date rule is checked on every event. Both paths give the same bytes
(tests/test_premis_event.py compares them on random texts).
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Mapping

from lxml import etree

from archivist import AGENT, clock
from archivist.errors import Problem, ValidationFailed
from archivist.render.premis import (
    SLOT,
    XSI,
    PremisEvent,
    _check_events,
    _event_from_template,
    _event_template,
    event_slot_values,
)
from archivist.resources import schema_path
from archivist.validate.premis import NS, P, _schema, is_iso8601
from archivist.validate.xmlsafe import parse_xml

END_TAG = b"</premis:event>"
XS = "{http://www.w3.org/2001/XMLSchema}"
# Texts the fast path takes: XML characters that libxml2 writes as themselves in UTF-8 (but &, < and >,
# escaped below) — no C0 control but tab and line feed, no \r (written as &#13;), no DEL or C1, no
# surrogate, no U+FFFE/U+FFFF. Anything else goes through lxml.
_PLAIN = re.compile("[\t\n\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]+")
_MARK = "\ue000archivist-slot:"  # a private-use character: no real text of the template holds it


def event_bytes(
    event: PremisEvent, *, seed: str, kinds: Mapping[str | None, str], agent: str = AGENT
) -> bytes:
    """The bytes of ``event`` as the whole-document path serialises it at depth 1 (``\\n`` and the
    indented element), to be inserted right after the last ``</premis:event>`` (or ``</premis:object>``)
    of a document written with the ``premis`` prefix. ``seed`` is the SHA-256 (hex) of the existing
    document, as ``append_event`` derives identifiers. Raises ``ValidationFailed`` when the event breaks
    the XSD or the date rule (an archivist bug: nothing is written)."""
    _check_events([event])
    moment = event.time or clock.now()
    template = _text_template(
        event.type, event.outcome, bool(event.outcome_detail), len(event.objects), event.object_role
    )
    if template is not None:
        values = event_slot_values(event, seed, agent, clock.isoformat(moment), kinds)
        if is_iso8601(values["moment"]) and all(_PLAIN.fullmatch(values[name]) for name in template.names):
            return template.fill(values)
    return _checked_bytes(_event_from_template(event, seed, agent, moment, kinds))


def _checked_bytes(element: etree._Element, *, dates: bool = True) -> bytes:
    """The element checked against the PREMIS XSD (as its own document's root) and the date rule, then
    serialised as it is at depth 1 of an indented document."""
    problems = []
    schema = _schema()
    if not schema.validate(etree.ElementTree(element)):
        problems = [Problem("premis.xsd", error.message, file="premis.xml") for error in schema.error_log]
    moment = element.findtext(f"{P}eventDateTime") or ""
    if dates and not is_iso8601(moment):
        problems.append(Problem("premis.datetime", f"eventDateTime {moment!r} is not ISO 8601 with a zone"))
    if problems:
        raise ValidationFailed("PREMIS event is not valid", problems, where="premis.xml")
    wrapper = etree.Element(f"{P}premis", nsmap={"premis": NS, "xsi": XSI})
    wrapper.append(element)
    etree.indent(wrapper, space="  ")
    text = etree.tostring(wrapper, encoding="UTF-8")
    start, end = text.index(b">") + 1, text.rindex(END_TAG) + len(END_TAG)
    return text[start:end]


class _TextTemplate:
    """An event shape's checked bytes, cut at each slot: ``parts[0] + text(names[0]) + parts[1] ...``."""

    def __init__(self, parts: list[bytes], names: list[str]) -> None:
        self.parts, self.names = parts, names

    def fill(self, values: Mapping[str, str]) -> bytes:
        pieces = [self.parts[0]]
        for name, part in zip(self.names, self.parts[1:], strict=True):
            text = values[name].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            pieces += (text.encode(), part)
        return b"".join(pieces)


@functools.lru_cache(maxsize=256)
def _text_template(
    kind: str, outcome: str, outcome_detail: bool, objects: int, role: str
) -> _TextTemplate | None:
    """The shape's bytes with a marker in each slot, checked against the XSD once; None when a slot's
    element is not one of the schema's plain-string elements (then every event is checked alone)."""
    element = copy.deepcopy(_event_template(kind, outcome, outcome_detail, objects, role).element)
    strings = _string_typed()
    for node in element.iter():
        if node.text and node.text.startswith(SLOT):
            if len(node) or etree.QName(node).localname not in strings:
                return None
            node.text = f"{_MARK}{node.text[len(SLOT) :]}\ue001"
    pieces = _checked_bytes(element, dates=False).split(_MARK.encode())
    parts, names = [pieces[0]], []
    for piece in pieces[1:]:
        name, _, rest = piece.partition("\ue001".encode())
        names.append(name.decode())
        parts.append(rest)
    return _TextTemplate(parts, names)


@functools.cache
def _string_typed() -> frozenset[str]:
    """Names of the PREMIS XSD's global elements whose content is a plain ``xs:string``: typed
    ``xs:string``, or a complex type of ``simpleContent`` extending ``xs:string`` with attributes only."""
    root = parse_xml(schema_path("premis", "premis-v3-0.xsd").read_bytes(), file="premis-v3-0.xsd").getroot()
    plain_types = {"xs:string"}
    for complex_type in root.iterfind(f"{XS}complexType"):
        extension = complex_type.find(f"{XS}simpleContent/{XS}extension")
        if (
            extension is not None
            and extension.get("base") == "xs:string"
            and all(etree.QName(child).localname in {"attribute", "attributeGroup"} for child in extension)
        ):
            plain_types.add(f"{complex_type.get('name')}")
    named = [e for e in root.iterfind(f"{XS}element") if e.get("name")]
    everywhere = [e.get("name") for e in root.iter(f"{XS}element") if e.get("name")]
    return frozenset(
        str(e.get("name"))
        for e in named
        if e.get("type") in plain_types and everywhere.count(e.get("name")) == 1  # no local namesake
    )
