"""The elements of an article other than plain located text: its publication date, lead image, people,
dateline, body sections, quotations and related-content boxes, each with its span."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from archivist.record.spans import DateValue, Span, Text


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
