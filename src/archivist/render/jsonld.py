"""schema.org 30.0 ``NewsArticle`` in JSON-LD, compacted against ``https://schema.org``.

Decisions where schema.org leaves a choice (each checked against the 30.0 vocabulary):
- ``@id`` is the NewsML-G2 guid of the text item, so the three documents name the same article.
- ``datePublished``/``dateModified`` only when the record's EDTF value is a complete ISO 8601 date or
  date-time; ``XXXX-03-03`` (year unknown) is left out rather than given an invented year, and the
  words stay in ``dateline``.
- ``author``: one ``Person`` per byline name, with ``affiliation`` when the byline names one; with no
  byline, the agency credited in the dateline as an ``Organization``; otherwise no author.
- ``sourceOrganization`` is that agency. ``publisher`` is left out: the record does not say who
  published the article, and the archive did not. The archive is ``sdPublisher`` (the party that
  generated this structured data) and ``sdDatePublished`` is the ingest date.
- ``hasPart``: each section as a ``CreativeWork`` (a plain-text source has no web page elements) with
  ``position``, ``headline`` and ``text``; each quotation as a ``Quotation`` whose speaker is
  ``spokenByCharacter`` (the 30.0 property whose domain is Quotation; range Person or Organization).
- ``isBasedOn``: the archived source file as a ``TextObject`` (a MediaObject, the domain of ``sha256``)
  with ``name`` (file name), ``encodingFormat``, ``contentSize`` in bytes, ``sha256`` and ``url`` when
  known. ``identifier`` is the record id as a ``PropertyValue``.
"""

from __future__ import annotations

import re
from typing import Any

from archivist import clock
from archivist.jsondump import dumps_indented
from archivist.record.model import Article, DateValue
from archivist.render.context import RenderContext
from archivist.render.newsml import newsml_guid
from archivist.render.urls import absolute_uri

CONTEXT = "https://schema.org"
RECORD_ID_PROPERTY = "archivist:record-id"

# A full ISO 8601 date, or a date-time with its zone, as schema.org Date / DateTime.
_ISO_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def iso_date(value: DateValue | None) -> str | None:
    """The EDTF value as a schema.org Date or DateTime, or None when it has no complete date.

    A date-time without a zone keeps only its date: the instant it names is unknown, and inventing a
    zone would state one. ``XXXX-03-03``, ``2005-11`` or uncertain dates give None.
    """
    if value is None:
        return None
    text = value.value.strip()
    if _ISO_DATETIME.match(text):
        return text
    match = _ISO_DATE.match(text)
    if match and (len(text) == 10 or text[10] == "T"):
        return match.group(1)
    return None


def word_count(text: str) -> int:
    return len(text.split())


def _organization(name: str) -> dict[str, Any]:
    return {"@type": "Organization", "name": name}


def _authors(article: Article) -> list[dict[str, Any]]:
    if article.authors:
        people = []
        for person in article.authors:
            node: dict[str, Any] = {"@type": "Person", "name": person.name}
            if person.affiliation:
                node["affiliation"] = _organization(person.affiliation)
            if person.url:
                node["url"] = person.url
            people.append(node)
        return people
    agency = article.dateline.agency if article.dateline else None
    return [_organization(agency.text)] if agency else []


def _parts(article: Article) -> list[dict[str, Any]]:
    parts: list[dict[str, Any]] = []
    for position, section in enumerate(article.sections, start=1):
        part: dict[str, Any] = {"@type": "CreativeWork", "position": position}
        if section.heading is not None:
            part["headline"] = section.heading.text
        part["text"] = "\n\n".join(p.text for p in section.paragraphs)
        parts.append(part)
    for quote in article.quotes:
        quotation: dict[str, Any] = {"@type": "Quotation", "text": quote.text}
        if quote.speaker:
            quotation["spokenByCharacter"] = {"@type": "Person", "name": quote.speaker}
        parts.append(quotation)
    return parts


def _image(article: Article) -> dict[str, Any] | None:
    image = article.image
    if image is None:
        return None
    node: dict[str, Any] = {"@type": "ImageObject"}
    url = absolute_uri(image.url)
    if url:
        node["contentUrl"] = url
    elif image.url:  # only a file name: no base to resolve it against, so it is the image's name
        node["name"] = image.url
    if image.caption:
        node["caption"] = image.caption.text
    if image.credit:
        node["creditText"] = image.credit.text
    return node


def _source(article: Article) -> dict[str, Any]:
    source = article.source
    node: dict[str, Any] = {
        "@type": "TextObject",
        "name": source.filename,
        "encodingFormat": source.media_type,
        "contentSize": f"{source.size} bytes",
        "sha256": source.sha256,
    }
    if source.url:
        node["url"] = source.url
    return node


def jsonld_document(article: Article, context: RenderContext) -> dict[str, Any]:
    """The NewsArticle as a dict, keys in the order they are written."""
    doc: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "NewsArticle",
        "@id": newsml_guid(article, context),
        "identifier": {"@type": "PropertyValue", "propertyID": RECORD_ID_PROPERTY, "value": article.id},
    }
    if article.headline:
        doc["headline"] = article.headline.text
    if article.summary:
        doc["description"] = article.summary.text
    published = article.published
    date_published = iso_date(published.date if published else None)
    if date_published:
        doc["datePublished"] = date_published
    modified = iso_date(published.updated if published else None)
    if modified:
        doc["dateModified"] = modified
    if article.dateline:
        doc["dateline"] = article.dateline.text
    elif published and not date_published:
        doc["dateline"] = published.date.text  # the date as printed, since it cannot be a Date
    authors = _authors(article)
    if authors:
        doc["author"] = authors
    agency = article.dateline.agency if article.dateline else None
    if agency:
        doc["sourceOrganization"] = _organization(agency.text)
    image = _image(article)
    if image:
        doc["image"] = image
    if article.language:
        doc["inLanguage"] = article.language
    body = article.body_text
    doc["articleBody"] = body
    doc["wordCount"] = word_count(body)
    parts = _parts(article)
    if parts:
        doc["hasPart"] = parts
    doc["isBasedOn"] = _source(article)
    doc["sdPublisher"] = _organization(context.provider_name)
    doc["sdDatePublished"] = clock.isoformat(context.ingest_time)[:10]  # the UTC date
    return doc


def render_jsonld(article: Article, context: RenderContext) -> bytes:
    """The NewsArticle's bytes: UTF-8, two-space indent, fixed key order, final newline."""
    text = dumps_indented(jsonld_document(article, context))
    return (text + "\n").encode("utf-8")
