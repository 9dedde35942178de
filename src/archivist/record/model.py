"""The Article: what archivist knows of one article, every element tied to its span in the source text.

Spans are half-open ``[start, end)`` offsets in Unicode code points into the *decoded* source text
(byte-order mark removed, line endings exactly as in the file), so that ``text[start:end]`` is where
the element stands. The ``text`` of an element is that slice, except where a field says otherwise
(a quotation's text has no quotation marks and joins its fragments with one space).

The model maps one to one onto the record JSON (``to_dict``/``from_dict``), which
``schemas/record.schema.json`` describes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

RECORD_VERSION = "1.0"


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def to_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Span:
        return cls(int(data["start"]), int(data["end"]))


@dataclass(frozen=True)
class Text:
    """A piece of the source: its text and where it stands."""

    text: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": self.span.to_dict()}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Text | None:
        if data is None:
            return None
        return cls(data["text"], Span.from_dict(data["span"]))


@dataclass(frozen=True)
class DateValue:
    """A date as the text gives it: ``value`` is EDTF (``2005-11-30``, ``XXXX-03-03`` when the year is
    unknown, ``2005-11-30T14:05:00Z`` when a time and zone are given); ``text`` is the source words."""

    value: str
    text: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "text": self.text, "span": self.span.to_dict()}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> DateValue | None:
        if data is None:
            return None
        return cls(data["value"], data["text"], Span.from_dict(data["span"]))


@dataclass(frozen=True)
class Published:
    """The publication date and where it came from: ``dateline``, ``date-line`` (a visible date
    line such as ``November 30, 2005``), ``published-line`` (``Published: ...``)."""

    date: DateValue
    origin: str
    updated: DateValue | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {**self.date.to_dict(), "origin": self.origin}
        if self.updated is not None:
            out["updated"] = self.updated.to_dict()
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Published | None:
        if data is None:
            return None
        date = DateValue(data["value"], data["text"], Span.from_dict(data["span"]))
        return cls(date, data["origin"], DateValue.from_dict(data.get("updated")))


@dataclass(frozen=True)
class WarcOrigin:
    """Where in a web archive (WARC or ARC) the page was captured. ``source.url`` is the address the
    parser settled on (the page's canonical link when it has one, else ``target_uri``). The record's
    ``source`` then describes
    the stored file (``data/source/<filename>``: the page's own records, byte for byte as in the crawl)
    by its ``sha256``, ``size`` and ``filename``, and the page that was parsed (the HTTP payload, de-chunked
    and decoded) by its ``encoding``, ``media_type`` and ``payload_sha256``/``payload_size``, which spans
    index into once decoded."""

    archive: str  # the crawl's file name
    format: str  # "warc" or "arc"
    offset: int  # of the page's record in that file
    record_type: str  # "response" or "resource"
    target_uri: str  # WARC-Target-URI (ARC: the record's URL): where the page was fetched
    record_id: str | None  # WARC-Record-ID (ARC records have none)
    date: str | None  # WARC-Date (ARC: the archive-date), the capture time
    payload_digest: str | None  # WARC-Payload-Digest as the crawler wrote it
    payload_sha256: str
    payload_size: int

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"archive": self.archive, "format": self.format, "offset": self.offset,
                               "record_type": self.record_type, "target_uri": self.target_uri}
        for name in ("record_id", "date", "payload_digest"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        out["payload_sha256"] = self.payload_sha256
        out["payload_size"] = self.payload_size
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> WarcOrigin | None:
        if data is None:
            return None
        return cls(data["archive"], data["format"], int(data["offset"]), data["record_type"],
                   data["target_uri"], data.get("record_id"), data.get("date"), data.get("payload_digest"),
                   data["payload_sha256"], int(data["payload_size"]))


@dataclass(frozen=True)
class Source:
    """The original file: never altered, identified by its bytes."""

    sha256: str
    size: int
    encoding: str
    media_type: str
    filename: str
    line_endings: str = "LF"
    bom: bool = False
    url: str | None = None
    warc: WarcOrigin | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "sha256": self.sha256,
            "size": self.size,
            "encoding": self.encoding,
            "media_type": self.media_type,
            "filename": self.filename,
            "line_endings": self.line_endings,
            "bom": self.bom,
        }
        if self.url is not None:
            out["url"] = self.url
        if self.warc is not None:
            out["warc"] = self.warc.to_dict()
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Source:
        return cls(
            sha256=data["sha256"],
            size=int(data["size"]),
            encoding=data["encoding"],
            media_type=data["media_type"],
            filename=data["filename"],
            line_endings=data.get("line_endings", "LF"),
            bom=bool(data.get("bom", False)),
            url=data.get("url"),
            warc=WarcOrigin.from_dict(data.get("warc")),
        )


@dataclass(frozen=True)
class Image:
    caption: Text | None
    credit: Text | None
    span: Span
    url: str | None = None
    alt: Text | None = None  # a web page's alt text; written only when present

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "caption": self.caption.to_dict() if self.caption else None,
            "credit": self.credit.to_dict() if self.credit else None,
            "url": self.url,
        }
        if self.alt is not None:
            out["alt"] = self.alt.to_dict()
        out["span"] = self.span.to_dict()
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Image | None:
        if data is None:
            return None
        return cls(
            Text.from_dict(data.get("caption")),
            Text.from_dict(data.get("credit")),
            Span.from_dict(data["span"]),
            data.get("url"),
            Text.from_dict(data.get("alt")),
        )


@dataclass(frozen=True)
class Person:
    name: str
    span: Span
    affiliation: str | None = None
    url: str | None = None  # the person's page when the source links one; written only when present

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "affiliation": self.affiliation}
        if self.url is not None:
            out["url"] = self.url
        out["span"] = self.span.to_dict()
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Person:
        return cls(data["name"], Span.from_dict(data["span"]), data.get("affiliation"), data.get("url"))


@dataclass(frozen=True)
class Dateline:
    text: str
    span: Span
    place: Text | None = None
    date: DateValue | None = None
    agency: Text | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "span": self.span.to_dict(),
            "place": self.place.to_dict() if self.place else None,
            "date": self.date.to_dict() if self.date else None,
            "agency": self.agency.to_dict() if self.agency else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Dateline | None:
        if data is None:
            return None
        return cls(
            data["text"],
            Span.from_dict(data["span"]),
            Text.from_dict(data.get("place")),
            DateValue.from_dict(data.get("date")),
            Text.from_dict(data.get("agency")),
        )


@dataclass(frozen=True)
class Section:
    heading: Text | None
    paragraphs: tuple[Text, ...]
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {
            "heading": self.heading.to_dict() if self.heading else None,
            "span": self.span.to_dict(),
            "paragraphs": [p.to_dict() for p in self.paragraphs],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Section:
        paragraphs = tuple(Text.from_dict(p) for p in data["paragraphs"])
        return cls(Text.from_dict(data.get("heading")), paragraphs, Span.from_dict(data["span"]))  # type: ignore[arg-type]


@dataclass(frozen=True)
class Quote:
    """A spoken quotation. ``parts`` are its quoted fragments (without marks) when an attribution
    interrupts it; ``span`` runs from the first opening mark to the last closing mark."""

    text: str
    span: Span
    parts: tuple[Text, ...]
    speaker: str | None = None
    speaker_span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "span": self.span.to_dict(),
            "parts": [p.to_dict() for p in self.parts],
            "speaker": (
                {"name": self.speaker, "span": self.speaker_span.to_dict() if self.speaker_span else None}
                if self.speaker
                else None
            ),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        speaker = data.get("speaker") or {}
        span = speaker.get("span")
        return cls(
            data["text"],
            Span.from_dict(data["span"]),
            tuple(Text.from_dict(p) for p in data.get("parts", [])),  # type: ignore[misc]
            speaker.get("name"),
            Span.from_dict(span) if span else None,
        )


@dataclass(frozen=True)
class Related:
    """A teaser or related-content box, kept out of the article body."""

    heading: Text | None
    text: Text | None
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {
            "heading": self.heading.to_dict() if self.heading else None,
            "text": self.text.to_dict() if self.text else None,
            "span": self.span.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Related:
        return cls(
            Text.from_dict(data.get("heading")),
            Text.from_dict(data.get("text")),
            Span.from_dict(data["span"]),
        )


@dataclass(frozen=True)
class Evidence:
    """How one field was found: where it was read (``text``, ``json-ld``, ``microdata``, ``opengraph``,
    ``meta``, ``html``, ``warc``) and the rule or evidence that decided it, so a doubtful field can be
    reviewed and a developer can see why it was read that way."""

    source: str
    rule: str
    note: str | None = None

    def to_dict(self) -> dict[str, str]:
        out = {"from": self.source, "rule": self.rule}
        if self.note is not None:
            out["note"] = self.note
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evidence:
        return cls(data["from"], data["rule"], data.get("note"))


@dataclass(frozen=True)
class Article:
    id: str
    source: Source
    language: str
    headline: Text | None
    summary: Text | None = None
    image: Image | None = None
    byline: Text | None = None
    authors: tuple[Person, ...] = ()
    dateline: Dateline | None = None
    published: Published | None = None
    sections: tuple[Section, ...] = ()
    quotes: tuple[Quote, ...] = ()
    related: tuple[Related, ...] = ()
    signoff: Text | None = None
    # field name -> how it was found; sorted by field name when written, omitted when empty
    evidence: tuple[tuple[str, Evidence], ...] = ()

    @property
    def paragraphs(self) -> list[Text]:
        return [p for section in self.sections for p in section.paragraphs]

    def text_elements(self) -> list[tuple[str, Text | DateValue | Dateline]]:
        """Every (field path, element) whose ``text`` is the source slice at its ``span``, in record order.

        Quotations are given by their parts: a quotation's own text joins fragments and is not a slice.
        """
        out: list[tuple[str, Text | DateValue | Dateline]] = []

        def add(path: str, node: Text | DateValue | Dateline | None) -> None:
            if node is not None:
                out.append((path, node))

        add("headline", self.headline)
        add("summary", self.summary)
        if self.image is not None:
            add("image.caption", self.image.caption)
            add("image.credit", self.image.credit)
            add("image.alt", self.image.alt)
        add("byline", self.byline)
        if self.dateline is not None:
            add("dateline", self.dateline)
            add("dateline.place", self.dateline.place)
            add("dateline.date", self.dateline.date)
            add("dateline.agency", self.dateline.agency)
        if self.published is not None:
            add("published", self.published.date)
            add("published.updated", self.published.updated)
        for i, section in enumerate(self.sections):
            add(f"sections[{i}].heading", section.heading)
            for j, paragraph in enumerate(section.paragraphs):
                add(f"sections[{i}].paragraphs[{j}]", paragraph)
        for i, quote in enumerate(self.quotes):
            for j, part in enumerate(quote.parts):
                add(f"quotes[{i}].parts[{j}]", part)
        for i, box in enumerate(self.related):
            add(f"related[{i}].heading", box.heading)
            add(f"related[{i}].text", box.text)
        add("signoff", self.signoff)
        return out

    def spans(self) -> list[tuple[str, Span]]:
        """Every (field path, span) of the record, including elements that are not one slice."""
        spans = [(path, node.span) for path, node in self.text_elements()]
        if self.image is not None:
            spans.append(("image", self.image.span))
        spans += [(f"authors[{i}]", person.span) for i, person in enumerate(self.authors)]
        spans += [(f"sections[{i}]", section.span) for i, section in enumerate(self.sections)]
        for i, quote in enumerate(self.quotes):
            spans.append((f"quotes[{i}]", quote.span))
            if quote.speaker_span is not None:
                spans.append((f"quotes[{i}].speaker", quote.speaker_span))
        spans += [(f"related[{i}]", box.span) for i, box in enumerate(self.related)]
        return spans

    @property
    def body_text(self) -> str:
        """The article body: its sections' headings and paragraphs, one per line, as in the source."""
        lines: list[str] = []
        for section in self.sections:
            if section.heading is not None:
                lines.append(section.heading.text)
            lines.extend(p.text for p in section.paragraphs)
        return "\n\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "record_version": RECORD_VERSION,
            "id": self.id,
            "source": self.source.to_dict(),
            "language": self.language,
            "headline": self.headline.to_dict() if self.headline else None,
            "summary": self.summary.to_dict() if self.summary else None,
            "image": self.image.to_dict() if self.image else None,
            "byline": self.byline.to_dict() if self.byline else None,
            "authors": [a.to_dict() for a in self.authors],
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "published": self.published.to_dict() if self.published else None,
            "sections": [s.to_dict() for s in self.sections],
            "quotes": [q.to_dict() for q in self.quotes],
            "related": [r.to_dict() for r in self.related],
            "signoff": self.signoff.to_dict() if self.signoff else None,
        }
        if self.evidence:
            by_name = sorted(self.evidence, key=lambda item: item[0])
            out["evidence"] = {name: found.to_dict() for name, found in by_name}
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return cls(
            id=data["id"],
            source=Source.from_dict(data["source"]),
            language=data["language"],
            headline=Text.from_dict(data.get("headline")),
            summary=Text.from_dict(data.get("summary")),
            image=Image.from_dict(data.get("image")),
            byline=Text.from_dict(data.get("byline")),
            authors=tuple(Person.from_dict(a) for a in data.get("authors", [])),
            dateline=Dateline.from_dict(data.get("dateline")),
            published=Published.from_dict(data.get("published")),
            sections=tuple(Section.from_dict(s) for s in data.get("sections", [])),
            quotes=tuple(Quote.from_dict(q) for q in data.get("quotes", [])),
            related=tuple(Related.from_dict(r) for r in data.get("related", [])),
            signoff=Text.from_dict(data.get("signoff")),
            evidence=tuple(
                (name, Evidence.from_dict(found)) for name, found in sorted(data.get("evidence", {}).items())
            ),
        )
