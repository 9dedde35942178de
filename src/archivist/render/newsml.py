"""IPTC NewsML-G2 2.35 (Power conformance): a text ``newsItem`` for the article and, when the article
has an image, a picture ``newsItem`` linked to it — the pattern of IPTC's LISTING_2 (text) and
LISTING_3 (picture), joined with ``itemMeta/link rel="irel:associatedWith"`` both ways.

Decisions where the standard leaves a choice:
- ``provider`` is the archive running archivist (``config.organization``), the party managing *this*
  item; it is written as ``literal`` + ``name`` because an organisation id such as ``example.org`` is
  not a registered IPTC provider NewsCode (``nprov:``). The agency of the dateline is ``infoSource``.
- ``guid`` is ``urn:newsml:{provider id}:{YYYYMMDD}:{article id}`` (RFC 3085) with the article's date;
  the article id carries the source's sha256 prefix, so the same source gives the same guid. RFC 3085
  requires a full date, so an article without one gets ``urn:uuid:`` (version 5 of the provider id and
  the source sha256) instead of an invented date.
- An author is a ``creator`` whose ``uri`` is the person's page when the source links one (an absolute
  URL): the flex party's identifier, as schema.org's ``author.url`` is; ``personDetails`` is left out.
- Each quotation is a ``partMeta`` whose ``contentrefs`` point at its fragments in the XHTML body and
  whose ``creator`` is the speaker: partMeta properties override the item's for that part, and the
  words of a quotation were created by the speaker, not by the reporters.
- The picture's alt text (a web page's ``<img alt>``) is a second ``description`` of the picture item,
  after the caption, with ``roleuri`` the HTML standard's definition of ``alt``: ``description`` is "a
  free-form textual description of the content of the item", and no IPTC description-role code for alt
  text can be checked offline (the vendored catalog lists schemes, not their codes), so none is invented.
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime

from lxml import etree

from archivist import clock
from archivist.record.model import Article, DateValue
from archivist.render.context import RenderContext
from archivist.render.urls import absolute_uri, as_uri
from archivist.render.xhtml import XHTML_NS, quote_fragment_ids, render_xhtml, xml_text

NAR_NS = "http://iptc.org/std/nar/2006-10-01/"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
CATALOG_URL = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml"
NEWSITEM_TYPE = "application/vnd.iptc.g2.newsitem+xml"
STANDARD_VERSION = "2.35"

# The picture's alt text: a description whose role is the HTML definition of ``alt`` (module docstring).
ALT_TEXT_ROLE = "https://html.spec.whatwg.org/multipage/embedded-content.html#attr-img-alt"

_FULL_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
# The EDTF forms that have a NewsML-G2 TruncatedDateTime (xs:gYear, xs:gYearMonth, xs:date, xs:dateTime).
_EDTF = re.compile(
    r"(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?"
)
_URN_UNSAFE = re.compile(r"[^A-Za-z0-9._\-]")
_IMAGE_TYPES = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
}


def _nar(tag: str) -> str:
    return f"{{{NAR_NS}}}{tag}"


def _sub(parent: etree._Element, name: str, text: str | None = None, **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, _nar(name))
    for key, value in attrs.items():
        element.set(key, xml_text(value))
    if text is not None:
        element.text = xml_text(text)
    return element


def _article_date(article: Article) -> str | None:
    """``YYYYMMDD`` of the article's full date (published, else dateline), or None."""
    published = article.published.date if article.published else None
    for value in (published, article.dateline.date if article.dateline else None):
        if value is not None:
            match = _FULL_DATE.match(value.value)
            if match:
                return "".join(match.groups())
    return None


def _guid(article: Article, context: RenderContext, item: str = "") -> str:
    provider = _URN_UNSAFE.sub("-", context.provider_id) or "archivist.invalid"
    date = _article_date(article)
    if date is None:
        name = f"{provider}:{article.source.sha256}:{item or 'text'}"
        return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'urn:newsml:' + name)}"
    # The source's digest, not the readable record id: it names the same bytes, and keeps
    # ``External-Identifier: <guid>`` within the 79 characters RFC 8493 recommends for bag-info lines.
    local = article.source.sha256[:16] + (f"-{item}" if item else "")
    return f"urn:newsml:{provider}:{date}:{local}"


def newsml_guid(article: Article, context: RenderContext) -> str:
    """The text item's guid; the bag writer uses it as BagIt ``External-Identifier``."""
    return _guid(article, context)


def newsml_picture_guid(article: Article, context: RenderContext) -> str:
    """The picture item's guid (meaningful only when the article has an image)."""
    return _guid(article, context, "picture")


def truncated_datetime(value: DateValue | None) -> str | None:
    """An EDTF date as a NewsML-G2 TruncatedDateTime, or None when it cannot be one.

    ``XXXX-03-03`` (year unknown) has no NewsML-G2 form: writing it would mean inventing a year, so
    the element is left out. A date-time without a zone keeps only its date, because the instant
    it names is unknown.
    """
    if value is None:
        return None
    match = _EDTF.fullmatch(value.value.strip())
    if match is None:
        return None  # unspecified digits (XXXX), ranges, uncertainty marks: no truncated form
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    try:  # a real calendar day and time, or the XSD would reject the item
        datetime(
            int(year), int(month or 1), int(day or 1), int(hour or 0), int(minute or 0), int(second or 0)
        )
    except ValueError:
        return None
    if month is None:
        return year
    if day is None:
        return f"{year}-{month}"
    if hour is None or zone is None:
        return f"{year}-{month}-{day}"  # without a zone the instant is unknown; the day is not
    # xs:dateTime needs seconds; EDTF may omit them (14:05Z is 14:05:00Z).
    return f"{year}-{month}-{day}T{hour}:{minute}:{second or '00'}{fraction or ''}{zone}"


def _item(article: Article, context: RenderContext, guid: str) -> etree._Element:
    root = etree.Element(_nar("newsItem"), nsmap={None: NAR_NS})
    root.set("guid", guid)
    root.set("version", "1")
    root.set("standard", "NewsML-G2")
    root.set("standardversion", STANDARD_VERSION)
    root.set("conformance", "power")
    if article.language:
        root.set(XML_LANG, article.language)
    _sub(root, "catalogRef", href=CATALOG_URL)
    return root


def _item_meta(root: etree._Element, context: RenderContext, item_class: str) -> etree._Element:
    meta = _sub(root, "itemMeta")
    _sub(meta, "itemClass", qcode=item_class)
    provider = _sub(meta, "provider", literal=context.provider_id)
    _sub(provider, "name", context.provider_name)
    _sub(meta, "versionCreated", clock.isoformat(context.ingest_time))
    _sub(meta, "pubStatus", qcode="stat:usable")
    name, _, version = context.generator.partition("/")
    _sub(meta, "generator", name, versioninfo=version or context.version)
    return meta


def _link(meta: etree._Element, guid: str) -> None:
    _sub(meta, "link", rel="irel:associatedWith", residref=guid, version="1", contenttype=NEWSITEM_TYPE)


# XHTML elements whose whitespace is insignificant: indenting elsewhere (p, h2, q) would change the text.
_XHTML_BLOCKS = frozenset({"html", "head", "body", "div"})


def _indent(element: etree._Element, level: int = 0) -> None:
    """Indent element-only content by two spaces per level, never touching mixed content.

    lxml's ``pretty_print`` decides per element from libxml2's view of text nodes, which can put
    whitespace inside a paragraph made only of a quotation; this keeps the body's text exact.
    """
    children = list(element)
    if not children:
        return
    qname = etree.QName(element)
    if qname.namespace == XHTML_NS and qname.localname not in _XHTML_BLOCKS:
        return
    if (element.text or "").strip() or any((child.tail or "").strip() for child in children):
        return  # mixed content: its whitespace is content
    pad = "\n" + "  " * (level + 1)
    element.text = pad
    for child in children:
        child.tail = pad
        _indent(child, level + 1)
    children[-1].tail = "\n" + "  " * level


def serialise_item(root: etree._Element) -> bytes:
    """The bytes of an item built by ``newsml_item`` or ``newsml_picture_item``: exactly its tree (already
    indented), with the XML declaration."""
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"


def render_newsml(article: Article, context: RenderContext) -> bytes:
    """The text ``newsItem`` (``newsml.xml``), byte-identical for the same article and context."""
    return serialise_item(newsml_item(article, context))


def newsml_item(
    article: Article, context: RenderContext, *, body: etree._Element | None = None
) -> etree._Element:
    """The tree ``render_newsml`` serialises, indented: what is validated is this very tree (issue 14:
    no serialise-and-parse round trip before the XSD; the tests' cross-check compares both ways).
    ``body``: the article's ``render_xhtml`` element when the caller built it already (it is moved into
    the item and indented there)."""
    root = _item(article, context, newsml_guid(article, context))
    published = truncated_datetime(article.published.date) if article.published else None
    if published is not None:
        # pubHistory records the article's own publication, which NewsML-G2 otherwise cannot say.
        history = _sub(root, "pubHistory")
        _sub(_sub(history, "published"), "timestamp", published)
    meta = _item_meta(root, context, "ninat:text")
    if article.source.url:
        _sub(meta, "origRep", article.source.url)
    if article.image is not None:
        _link(meta, newsml_picture_guid(article, context))
    _content_meta(root, article)
    for number, (quote, ids) in enumerate(quote_fragment_ids(article), start=1):
        if not ids:
            continue  # a quotation not found in the body has nothing to point at
        part = _sub(root, "partMeta", partid=f"quote-{number}", seq=str(number), contentrefs=" ".join(ids))
        if quote.speaker:
            _sub(_sub(part, "creator"), "name", quote.speaker)
    content_set = _sub(root, "contentSet")
    inline = _sub(content_set, "inlineXML", contenttype="application/xhtml+xml")
    inline.append(body if body is not None else render_xhtml(article))
    _indent(root)
    return root


def _content_meta(root: etree._Element, article: Article) -> None:
    meta = _sub(root, "contentMeta")
    # Administrative group first (contentCreated, contentModified, then located/infoSource/creator),
    # then the descriptive group: the XSD enforces that order.
    dateline = article.dateline
    created = truncated_datetime(dateline.date) if dateline else None
    if created is not None:
        _sub(meta, "contentCreated", created)
    updated = truncated_datetime(article.published.updated) if article.published else None
    if updated is not None:
        _sub(meta, "contentModified", updated)
    if dateline and dateline.place:
        _sub(_sub(meta, "located"), "name", dateline.place.text)
    if dateline and dateline.agency:
        _sub(_sub(meta, "infoSource"), "name", dateline.agency.text)
    for person in article.authors:
        uri = absolute_uri(person.url)
        _sub(_sub(meta, "creator", **({"uri": uri} if uri else {})), "name", person.name)
    if article.language:
        _sub(meta, "language", tag=article.language)
    if article.headline:
        _sub(meta, "headline", article.headline.text)
    if dateline:
        _sub(meta, "dateline", dateline.text)
    if article.byline:
        _sub(meta, "by", article.byline.text)
    if dateline and dateline.agency:
        _sub(meta, "creditline", dateline.agency.text)
    if article.summary:
        _sub(meta, "description", article.summary.text, role="drol:summary")


def _image_type(url: str) -> str | None:
    path = url.split("?", 1)[0].split("#", 1)[0].lower()
    for suffix, media_type in _IMAGE_TYPES.items():
        if path.endswith(suffix):
            return media_type
    return None


def render_newsml_picture(article: Article, context: RenderContext) -> bytes | None:
    """The picture ``newsItem`` (``newsml-picture.xml``), or None when the article has no image."""
    root = newsml_picture_item(article, context)
    return None if root is None else serialise_item(root)


def newsml_picture_item(article: Article, context: RenderContext) -> etree._Element | None:
    """The tree ``render_newsml_picture`` serialises, indented; None when the article has no image."""
    image = article.image
    if image is None:
        return None
    root = _item(article, context, newsml_picture_guid(article, context))
    meta = _item_meta(root, context, "ninat:picture")
    _link(meta, newsml_guid(article, context))
    content = _sub(root, "contentMeta")
    if article.language:
        _sub(content, "language", tag=article.language)
    if image.credit:
        _sub(content, "creditline", image.credit.text)
    if image.caption:
        _sub(content, "description", image.caption.text, role="drol:caption")
    if image.alt:
        _sub(content, "description", image.alt.text, roleuri=ALT_TEXT_ROLE)
    if image.url:
        remote = _sub(_sub(root, "contentSet"), "remoteContent", href=as_uri(image.url))
        media_type = _image_type(image.url)
        if media_type:
            remote.set("contenttype", media_type)
    _indent(root)
    return root
