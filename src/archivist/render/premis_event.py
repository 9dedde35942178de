"""One PREMIS event as the exact bytes ``append_event`` would add to a document, the event checked alone.

For a document whose bytes are proven unchanged since they passed the whole check (the audit's event
logs, ``archivist.audit.events``): adding one event then needs only that event checked, and splicing its
bytes in costs the same however long the log is, where parsing, checking and writing the whole
document again grows with every audit. Why checking the event alone is the same check of the result:
``event`` is a global element of the PREMIS 3.0 XSD, the document's content model is the plain sequence
``object+ event* agent* rights*``, and the schema has no identity constraints (no ``xs:key``,
``xs:unique``, ``xs:keyref``): a valid document with one more valid event placed after its last event
(its agent already present) is valid. The date rule (ISO 8601 with a zone) is per event as well.
"""

from __future__ import annotations

from collections.abc import Mapping

from lxml import etree

from archivist import AGENT, clock
from archivist.errors import Problem, ValidationFailed
from archivist.render.premis import XSI, PremisEvent, _check_events, _event_from_template
from archivist.validate.premis import NS, P, _schema, is_iso8601

END_TAG = b"</premis:event>"


def event_bytes(
    event: PremisEvent, *, seed: str, kinds: Mapping[str | None, str], agent: str = AGENT
) -> bytes:
    """The bytes of ``event`` as the whole-document path serialises it at depth 1 (``\\n`` and the
    indented element), to be inserted right after the last ``</premis:event>`` (or ``</premis:object>``)
    of a document written with the ``premis`` prefix. ``seed`` is the SHA-256 (hex) of the existing
    document, as ``append_event`` derives identifiers. Raises ``ValidationFailed`` when the event breaks
    the XSD or the date rule (an archivist bug: nothing is written)."""
    _check_events([event])
    element = _event_from_template(event, seed, agent, event.time or clock.now(), kinds)
    problems = []
    schema = _schema()
    if not schema.validate(etree.ElementTree(element)):  # the event as its own document's root
        problems = [Problem("premis.xsd", error.message, file="premis.xml") for error in schema.error_log]
    moment = element.findtext(f"{P}eventDateTime") or ""
    if not is_iso8601(moment):
        problems.append(Problem("premis.datetime", f"eventDateTime {moment!r} is not ISO 8601 with a zone"))
    if problems:
        raise ValidationFailed("PREMIS event is not valid", problems, where="premis.xml")
    wrapper = etree.Element(f"{P}premis", nsmap={"premis": NS, "xsi": XSI})
    wrapper.append(element)
    etree.indent(wrapper, space="  ")
    text = etree.tostring(wrapper, encoding="UTF-8")
    start, end = text.index(b">") + 1, text.rindex(END_TAG) + len(END_TAG)
    return text[start:end]
