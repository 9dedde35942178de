"""IPTC ninjs 3.1 (News in JSON) for the article, as ``schemas/ninjs/ninjs-schema_3.1.json`` defines it.

ninjs 3.x names are camelCase and the version is declared in ``standard`` (``name``, ``version``,
``schema``); there is no ``$schema`` or ``nature`` property any more (those were ninjs 1.x). Decisions
where the standard leaves a choice:
- ``uri`` is the NewsML-G2 guid of the text item (``archivist.render.newsml.newsml_guid``), so the
  ninjs object and the NewsML-G2 item name the same news object; the picture association's ``uri`` is
  the picture item's guid.
- ``versionCreated`` is the ingest time. ``contentCreated`` is written only when the record's date is a
  date-time with a zone: ninjs requires a full RFC 3339 date-time and a bare date would need an invented
  time. ``firstCreated`` is left out: it would change with every re-ingest.
- ``by`` is the byline as printed; ``people`` lists its names with ``rel`` ``author``, each with the
  person's page as ``uri`` (ninjs's identifier for a person) when the source links one and it is an
  absolute URL (``format: uri``); ``contactInfo`` is left for ways to reach the person. ``located`` and
  ``places`` (``rel`` ``located``) carry the dateline place (ninjs 3.x has no dateline property);
  ``infoSources`` the agency credited in the dateline; the dateline as printed is a description with
  role ``dateline``.
- Two ``bodies``: the plain text (``text/plain``, with ``wordCount``/``charCount``) and the XHTML
  document of ``archivist.render.xhtml`` (``application/xhtml+xml``) in which each quotation fragment is
  a ``q`` element with the speaker in ``title``.
- The picture is an association ``mainpic`` of type ``picture``: caption in ``descriptions`` (role
  ``caption``), the credit line in ``by`` (ninjs's statement about the creator; there is no credit
  property), a rendition when its URL is known. A web page's alt text is a second description, role
  ``alt`` (ninjs roles are free strings; this one names the HTML attribute it comes from).
- ``altIds``: the record id and the source file's sha256. Copyright and usage terms are not invented.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from archivist import clock
from archivist.jsondump import dumps_indented
from archivist.record.model import Article, Person
from archivist.render.context import RenderContext
from archivist.render.newsml import newsml_guid, newsml_picture_guid
from archivist.render.urls import absolute_uri
from archivist.render.xhtml import render_xhtml

NINJS_VERSION = "3.1"
NINJS_SCHEMA_URI = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#"
XHTML_TYPE = "application/xhtml+xml"

# RFC 3339 date-time with a zone: the only date form ninjs date properties accept.
_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def xhtml_value(body: etree._Element) -> str:
    """The rich-text body's value: ``render_xhtml``'s element serialised as it was built (before the
    NewsML-G2 item, which indents it, takes it in)."""
    return etree.tostring(body, encoding="unicode")


def _person(person: Person) -> dict[str, str]:
    entry = {"name": person.name, "rel": "author"}
    uri = absolute_uri(person.url)
    if uri:
        entry["uri"] = uri
    return entry


def _bodies(article: Article, xhtml: str | None) -> list[dict[str, Any]]:
    text = article.body_text
    return [
        {
            "role": "text",
            "contentType": "text/plain",
            "charCount": len(text),
            "wordCount": len(text.split()),
            "value": text,
        },
        {
            "role": "richtext",
            "contentType": XHTML_TYPE,
            "value": xhtml if xhtml is not None else xhtml_value(render_xhtml(article)),
        },
    ]


def _picture(article: Article, context: RenderContext) -> dict[str, Any] | None:
    image = article.image
    if image is None:
        return None
    picture: dict[str, Any] = {
        "name": "mainpic",
        "rel": "mainpic",
        "uri": newsml_picture_guid(article, context),
        "type": "picture",
    }
    if image.credit:
        picture["by"] = image.credit.text
    descriptions = []
    if image.caption:
        descriptions.append({"role": "caption", "value": image.caption.text})
    if image.alt:
        descriptions.append({"role": "alt", "contentType": "text/plain", "value": image.alt.text})
    if descriptions:
        picture["descriptions"] = descriptions
    href = absolute_uri(image.url)
    if href:  # a bare file name has no absolute URI; ninjs hrefs must be one
        picture["renditions"] = [{"name": "original", "href": href}]
    return picture


def ninjs_document(article: Article, context: RenderContext, *, xhtml: str | None = None) -> dict[str, Any]:
    """The ninjs object as a dict, keys in the order they are written. ``xhtml``: the rich-text body's
    ``xhtml_value`` when the caller has it (the body is built once per article for NewsML-G2 and ninjs)."""
    doc: dict[str, Any] = {
        "uri": newsml_guid(article, context),
        "standard": {"name": "ninjs", "version": NINJS_VERSION, "schema": NINJS_SCHEMA_URI},
        "type": "text",
        "version": "1",
        "versionCreated": clock.isoformat(context.ingest_time),
    }
    date = article.published.date.value if article.published else None
    if date and _RFC3339.match(date):
        doc["contentCreated"] = date
    # ``published.updated`` has no place here: ninjs 3.1 has no property for when the content was last
    # changed (``versionCreated`` is when this ninjs object was made); NewsML-G2 and JSON-LD carry it.
    doc["pubStatus"] = "usable"
    if article.language:
        doc["language"] = article.language
    if article.headline:
        doc["headlines"] = [{"role": "main", "value": article.headline.text}]
    descriptions = []
    if article.summary:
        descriptions.append({"role": "summary", "value": article.summary.text})
    if article.dateline:
        # ninjs 3.x has no dateline property, and its date fields need a full date-time: the dateline as
        # printed keeps the date (and a year-less date stays year-less) without inventing a time.
        descriptions.append({"role": "dateline", "value": article.dateline.text})
    if descriptions:
        doc["descriptions"] = descriptions
    if article.byline:
        doc["by"] = article.byline.text
    if article.authors:
        doc["people"] = [_person(person) for person in article.authors]
    dateline = article.dateline
    if dateline and dateline.place:
        doc["located"] = dateline.place.text
        doc["places"] = [{"name": dateline.place.text, "rel": "located"}]
    if dateline and dateline.agency:
        doc["infoSources"] = [{"name": dateline.agency.text, "role": "source"}]
    doc["bodies"] = _bodies(article, xhtml)
    picture = _picture(article, context)
    if picture:
        doc["associations"] = [picture]
    doc["altIds"] = [
        {"role": "archivist-record-id", "value": article.id},
        {"role": "source-sha256", "value": article.source.sha256},
    ]
    return doc


def render_ninjs(article: Article, context: RenderContext, *, xhtml: str | None = None) -> bytes:
    """The ninjs document's bytes: UTF-8, two-space indent, fixed key order, final newline."""
    text = dumps_indented(ninjs_document(article, context, xhtml=xhtml))
    return (text + "\n").encode("utf-8")
