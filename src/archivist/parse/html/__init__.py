"""A web page (HTML or XHTML) to an Article: the same record as for plain text, read from the page's
structured data (``structured``), its visible headline, byline, date and standfirst (``visible``), its lead
figure (``figure``) and its body (``body``), reconciled field by field (``precedence``, whose docstring
gives the order), every element tied to where it stands in the page (``locations``, whose docstring
gives the span contract). The authors are assembled in ``authorship``, the lead image in ``lead_image``,
the last-modified date (``published.updated``) in ``modified``.

Public API: ``parse_page(SourceText) -> Article`` (``archivist.parse.parse_source`` calls it for pages).
"""

from __future__ import annotations

import dataclasses
import re

from lxml.html import HtmlElement

from archivist.errors import InputError
from archivist.parse.html.authorship import AuthorFields
from archivist.parse.html.body import BodyBlock, find_body
from archivist.parse.html.dates import to_edtf
from archivist.parse.html.document import absolute, base_url, document_order, drop_raw_text, parse_page_tree
from archivist.parse.html.figure import find_lead_figure
from archivist.parse.html.lead_image import ImageFields
from archivist.parse.html.locations import PageText, collapse
from archivist.parse.html.modified import UpdateFields
from archivist.parse.html.precedence import (
    DATE_ORDER,
    HEADLINE_ORDER,
    SUMMARY_ORDER,
    disagreement,
    ranked,
    without_site_name,
)
from archivist.parse.html.prose import ProseMap, read_dateline, read_quotes
from archivist.parse.html.published import DateCandidate, SeenDate, date_candidates, seen_dates
from archivist.parse.html.structured import Claim, Structured, read_structured
from archivist.parse.html.visible import (
    find_byline,
    find_headline,
    find_standfirst,
)
from archivist.parse.identity import record_id
from archivist.parse.language import detect_language
from archivist.record.model import Article, DateValue, Evidence, Published, Section, Span, Text
from archivist.source import SourceText

__all__ = ["MAX_PAGE_BYTES", "parse_page"]

# The largest of the 220 devset news pages is 2.8 MB. Reading costs about a second per megabyte of markup
# on a loaded machine (lxml's tree and the located text); a page over 16 MiB is refused in one line
# rather than holding a batch worker for tens of seconds.
MAX_PAGE_BYTES = 16 * 1024 * 1024
_LANG = re.compile(r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")


def parse_page(src: SourceText, *, where: str | None = None) -> Article:
    """Read a decoded page.

    Raises:
        InputError: the page is too large, unreadable, or holds no article body.
    """
    where = where or src.source.filename
    if src.source.size > MAX_PAGE_BYTES:
        raise InputError(
            f"page is {src.source.size:,} bytes, over the {MAX_PAGE_BYTES:,}-byte limit for a web page",
            where=where,
        )
    reader = _PageReader(src, where)
    return reader.article()


class _PageReader(AuthorFields, ImageFields, UpdateFields):
    def __init__(self, src: SourceText, where: str) -> None:
        self.src = src
        self.where = where
        self.tree = parse_page_tree(src.text, where=self.where)
        self.structured: Structured = read_structured(self.tree)
        drop_raw_text(self.tree)
        self.order = document_order(self.tree)
        self.page = PageText(src.text)
        self.lines = _line_starts(src.text)
        self.url = absolute(self.structured.canonical, src.source.url) or src.source.url
        self.base = base_url(self.tree, self.url, src.source.url)
        self.evidence: dict[str, Evidence] = {}

    def hint(self, element: HtmlElement | None) -> int:
        """Where to start looking for an element's text: the start of its source line."""
        line = getattr(element, "sourceline", None) or 1
        return self.lines[min(line, len(self.lines)) - 1]

    def locate(self, text: str, element: HtmlElement | None = None, after: int = 0) -> Span | None:
        found = self.page.find(text, max(after, self.hint(element) if element is not None else 0))
        return found[0] if found else None

    def locate_claim(self, claim: Claim) -> Span | None:
        if claim.origin == "json-ld":
            return self.page.json_string(claim.value)
        if claim.origin in ("opengraph", "meta"):
            return self.page.attribute("content", claim.value)
        return (
            self.page.attribute("content", claim.value)
            or self.page.attribute("datetime", claim.value)
            or (self.locate(claim.value))
        )

    def article(self) -> Article:
        h1 = find_headline(self.tree, [c.value for c in self.structured.headline])
        _container, blocks = find_body(self.tree, h1)
        first = blocks[0].element if blocks else None
        byline = find_byline(self.tree, self.base, h1, self.order, before=first)
        standfirst = find_standfirst(self.tree, h1, first, self.order)
        skip = {e for e in (standfirst, h1) if e is not None}
        if byline is not None:
            skip.add(byline.element)
        figure = find_lead_figure(self.tree, first, h1, self.base, self.order)
        if figure is not None:
            # The lead picture's caption and credit are not prose, wherever the body reader met them.
            skip.update(e for e in (figure.caption_element, figure.credit_element) if e is not None)
        blocks = [
            b
            for b in blocks
            if b.element not in skip and not any(a in skip for a in b.element.iterancestors())
        ]
        sections = self._sections(blocks)
        if not sections:
            raise InputError("no article body", where=self.where, why="the page holds no paragraphs of prose")
        headline = self._headline(h1)
        seen = seen_dates(self.tree, h1, first, self.order)
        published = self._published(h1, seen)
        if published is not None:
            published = self._updated(published, seen)
        prose = ProseMap([p for s in sections for p in s.paragraphs], self.page)
        dateline = read_dateline(prose, published.date.value if published else None)
        if dateline is not None:
            self.evidence["dateline"] = Evidence("html", "first-paragraph-opener")
        authors, byline_text = self._authors(byline)
        summary = self._summary(standfirst)
        image = self._image(figure)
        source = dataclasses.replace(self.src.source, url=self.url)
        if self.url and self.url != self.src.source.url:
            origin, rule = self.structured.canonical_from
            self.evidence["url"] = Evidence(
                origin, rule, f"fetched as {self.src.source.url}" if self.src.source.url else None
            )
        if self.src.encoding_evidence is not None:
            self.evidence["encoding"] = self.src.encoding_evidence
        paragraphs = [p.text for s in sections for p in s.paragraphs]
        return Article(
            id=record_id(source.sha256, headline.text if headline else None, published),
            source=source,
            language=self._language(" ".join(paragraphs[:40])),
            headline=headline,
            summary=summary,
            image=image,
            byline=byline_text,
            authors=authors,
            dateline=dateline,
            published=published,
            sections=sections,
            quotes=tuple(read_quotes(prose)),
            evidence=tuple(sorted(self.evidence.items())),
        )

    # --- fields ---------------------------------------------------------------------------------------

    def _headline(self, h1: HtmlElement | None) -> Text | None:
        claims = list(self.structured.headline)
        if h1 is not None:
            text = collapse(h1.text_content())
            inner = self._structured_within(text, claims)
            if inner is not None:  # "Politics | Gov. Hochul vetoes…": a section label inside the <h1>
                span = self.page.find(inner.value, self.hint(h1))
                if span is not None:
                    self.evidence["headline"] = Evidence(
                        "html", "h1", f"label left out; as {inner.origin} {inner.rule}"
                    )
                    return Text(inner.value, span[0])
            span = self.locate(text, h1)
            if span is not None:
                self.evidence["headline"] = Evidence("html", "h1", disagreement(text, claims[:1]))
                return Text(text, span)
        for claim in ranked(claims, HEADLINE_ORDER):
            value = without_site_name(claim.value, self.url, self.structured.site_name)
            whole = self.locate_claim(claim) if value != claim.value else None
            inner = self.src.text.find(value, whole.start, whole.end) if whole is not None else -1
            if inner >= 0:
                self.evidence["headline"] = Evidence(claim.origin, claim.rule, "site name left out")
                return Text(value, Span(inner, inner + len(value)))
            span = self.locate_claim(claim)
            if span is not None:
                self.evidence["headline"] = Evidence(claim.origin, claim.rule)
                return Text(claim.value, span)
        return None

    @staticmethod
    def _structured_within(h1_text: str, claims: list[Claim]) -> Claim | None:
        """A structured headline that the <h1> holds after a short label (not the h1 itself)."""
        for claim in claims:
            value = claim.value
            if (
                value != h1_text
                and h1_text.endswith(value)
                and len(h1_text) - len(value) <= 30
                and len(value) >= 20
            ):
                return claim
        return None

    def date_span(self, candidate: DateCandidate) -> Span | None:
        """Where a date stands: a ``<time>``'s ``datetime``, words in the page, a structured value."""
        if candidate.kind == "time-element":
            return self.page.attribute("datetime", candidate.value, self.hint(candidate.element))
        if candidate.kind == "date-line":
            return self.locate(candidate.value, candidate.element)
        if candidate.kind == "url-path":
            return self.page.attribute("href", candidate.value) or self.page.attribute(
                "content", candidate.value
            )
        return self.locate_claim(Claim(candidate.value, candidate.origin, candidate.rule))

    def _published(self, h1: HtmlElement | None, seen: list[SeenDate]) -> Published | None:
        """The publication date by the precedence in ``published``'s docstring."""
        structured = [
            (c.value, c.origin, c.rule)
            for c in ranked(self.structured.published, DATE_ORDER)
            if to_edtf(c.value)
        ]
        candidates = date_candidates(seen, structured, self.url, has_headline=h1 is not None)
        for candidate in candidates:
            value = candidate.edtf or to_edtf(candidate.value)
            span = self.date_span(candidate)
            if value is None or span is None:
                continue
            others = [
                Claim(c.value, c.origin, c.rule) for c in candidates if c is not candidate and not c.edtf
            ]
            note = disagreement(candidate.value, others, key=lambda v: (to_edtf(v) or "")[:10])
            self.evidence["published"] = Evidence(candidate.origin, candidate.rule, note)
            return Published(DateValue(value, candidate.value, span), candidate.kind)
        return None

    def _summary(self, standfirst: HtmlElement | None) -> Text | None:
        if standfirst is not None:
            text = collapse(standfirst.text_content())
            span = self.locate(text, standfirst)
            if span is not None:
                self.evidence["summary"] = Evidence("html", "standfirst")
                return Text(text, span)
        for claim in ranked(self.structured.description, SUMMARY_ORDER):
            span = self.locate_claim(claim)
            if span is not None:
                self.evidence["summary"] = Evidence(claim.origin, claim.rule)
                return Text(claim.value, span)
        return None

    def _sections(self, blocks: list[BodyBlock]) -> tuple[Section, ...]:
        sections: list[Section] = []
        heading: Text | None = None
        paragraphs: list[Text] = []
        cursor = 0
        missed = 0

        def close() -> None:
            if heading is None and not paragraphs:
                return
            # A block whose text is not found after the one before it is located at its first
            # occurrence, which can stand earlier in the page: the section spans all its elements.
            spans = [element.span for element in ([heading] if heading else []) + paragraphs]
            start, end = min(span.start for span in spans), max(span.end for span in spans)
            sections.append(Section(heading, tuple(paragraphs), Span(start, end)))

        for block in blocks:
            found = self.page.find(block.text, max(cursor, self.hint(block.element)))
            if found is None:
                missed += 1
                continue
            span, _end = found
            cursor = max(cursor, span.end)
            text = Text(block.text, span)
            if block.is_subhead:
                close()
                heading, paragraphs = text, []
            else:
                paragraphs.append(text)
        close()
        if missed:
            self.evidence["sections"] = Evidence(
                "html", "body-container", f"{missed} blocks could not be located"
            )
        else:
            self.evidence["sections"] = Evidence("html", "body-container")
        return tuple(s for s in sections if s.paragraphs)

    def _language(self, sample: str) -> str:
        root_lang = (self.tree.get("lang") or self.tree.get("xml:lang") or "").strip().replace("_", "-")
        if root_lang and _LANG.match(root_lang):
            self.evidence["language"] = Evidence("html", "html[lang]")
            return root_lang
        return detect_language(sample)


def _line_starts(text: str) -> list[int]:
    starts = [0]
    index = text.find("\n")
    while index >= 0:
        starts.append(index + 1)
        index = text.find("\n", index + 1)
    return starts
