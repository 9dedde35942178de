"""The Article: what archivist knows of one article, every element tied to its span in the source text.

The model maps one to one onto the record JSON (``to_dict``/``from_dict``), which
``schemas/record.schema.json`` describes. Its parts live beside it, one concept per module: spans and
located text (``record.spans``), the article's elements (``record.elements``) and where the record
comes from (``record.provenance``); they are re-exported here because ``archivist.record.model`` is
the one import path the rest of archivist uses for the whole model.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from archivist.record.elements import Dateline, Image, Person, Published, Quote, Related, Section
from archivist.record.provenance import Evidence, Source, WarcOrigin
from archivist.record.spans import DateValue, Span, Text

__all__ = [
    "RECORD_VERSION",
    "Article",
    "DateValue",
    "Dateline",
    "Evidence",
    "Image",
    "Person",
    "Published",
    "Quote",
    "Related",
    "Section",
    "Source",
    "Span",
    "Text",
    "WarcOrigin",
]

RECORD_VERSION = "1.0"


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
