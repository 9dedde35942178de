"""What the page reader (``parse/html/__init__.py``) holds and offers to the field readers kept in modules of
their own (``authorship.py``, ``lead_image.py``, ``modified.py``), declared once so that each of them reads
it by name."""

from __future__ import annotations

from collections.abc import Callable

from lxml.html import HtmlElement

from archivist.parse.html.locations import PageText
from archivist.parse.html.published import DateCandidate
from archivist.parse.html.structured import Claim, Structured
from archivist.record.model import Evidence, Span
from archivist.source import SourceText


class PageReaderState:
    src: SourceText
    structured: Structured
    page: PageText
    base: str | None
    evidence: dict[str, Evidence]
    hint: Callable[[HtmlElement | None], int]
    locate: Callable[..., Span | None]
    locate_claim: Callable[[Claim], Span | None]
    date_span: Callable[[DateCandidate], Span | None]
