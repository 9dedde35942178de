"""Where an element stands: a span of the source text, and the text or date found there.

Spans are half-open ``[start, end)`` offsets in Unicode code points into the *decoded* source text
(byte-order mark removed, line endings exactly as in the file), so that ``text[start:end]`` is where
the element stands. The ``text`` of an element is that slice, except where a field says otherwise
(a quotation's text has no quotation marks and joins its fragments with one space).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


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
