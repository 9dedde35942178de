"""A page's lead image, for the page reader in ``parse/html/__init__.py``: the lead figure seen in the page
(caption, credit, alt text located), else the first structured-data image that can be located."""

from __future__ import annotations

from archivist.parse.html.document import absolute
from archivist.parse.html.figure import SeenFigure, split_caption_text
from archivist.parse.html.reader_state import PageReaderState
from archivist.record.model import Evidence, Image, Text


class ImageFields(PageReaderState):
    def _image(self, figure: SeenFigure | None) -> Image | None:
        if figure is not None:
            caption = credit = alt = None
            element = figure.caption_element
            after = self.hint(element) if element is not None else 0
            if figure.caption:
                span = self.locate(figure.caption, element)
                caption = Text(figure.caption, span) if span else None
                after = span.end if span else after
            if figure.credit:
                span = self.page.find(figure.credit, after)
                credit = Text(figure.credit, span[0]) if span else None
            if figure.alt:
                span = self.page.attribute("alt", figure.alt, self.hint(figure.img))
                alt = Text(figure.alt, span) if span else None
            anchor = caption or credit or alt
            if anchor is not None:
                url = figure.url or self._structured_image_url()
                note = f"credit: {figure.credit_rule}" if credit is not None and figure.credit_rule else None
                self.evidence["image"] = Evidence("html", "lead-figure", note)
                return Image(caption, credit, anchor.span, url, alt)
        for claim in self.structured.images:
            url = absolute(claim.value, self.base)
            span = self.page.json_string(claim.value) if claim.origin == "json-ld" else None
            span = span or self.page.attribute("content", claim.value)
            if url is None or span is None:
                continue
            caption = credit = None
            if claim.caption:
                text, credit_text = (
                    (claim.caption, claim.credit) if claim.credit else split_caption_text(claim.caption)
                )
                caption = self._claim_text(text)
                credit = self._claim_text(credit_text)
            alt_span = self.page.attribute("content", claim.alt) if claim.alt else None
            alt = Text(claim.alt, alt_span) if claim.alt and alt_span else None
            self.evidence["image"] = Evidence(claim.origin, claim.rule)
            return Image(caption, credit, span, url, alt)
        return None

    def _claim_text(self, text: str | None) -> Text | None:
        if not text:
            return None
        span = self.page.json_string(text) or self.page.attribute("content", text)
        return Text(text, span) if span else None

    def _structured_image_url(self) -> str | None:
        for claim in self.structured.images:
            url = absolute(claim.value, self.base)
            if url:
                return url
        return None
