"""archivist.parse.html.prose: the plain-text dateline and quotation readers over a page's body paragraphs,
with every span pointing back into the page (tests/pages/date-wire-dateline-quotes.html, written for
these tests, and small pages built here)."""

from __future__ import annotations

import html
import re
from pathlib import Path

from archivist.parse import parse_file, parse_source
from archivist.record import dump_record
from archivist.record.model import Span
from archivist.source import decode_source, read_source

PAGE = Path(__file__).parent / "pages" / "date-wire-dateline-quotes.html"


def shown(page: str, span: Span) -> str:
    """The visible text of a slice of markup: tags dropped, references decoded, white space collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]*>", "", page[span.start : span.end])).split())


def test_the_first_paragraphs_wire_dateline_is_read_with_place_agency_and_date() -> None:
    article = parse_file(PAGE)
    page = read_source(PAGE).text
    dateline = article.dateline
    assert dateline is not None
    assert dateline.text == "ROTTERDAM, Sept. 12 (Harbour Wire) —"
    assert dateline.place is not None and dateline.place.text == "ROTTERDAM"
    assert dateline.agency is not None and dateline.agency.text == "Harbour Wire"
    # "Sept. 12" has no year; the publication date of the same month and day gives it.
    assert dateline.date is not None and dateline.date.value == "2024-09-12"
    for node in (dateline, dateline.place, dateline.agency, dateline.date):
        assert shown(page, node.span) == node.text
    assert dict(article.evidence)["dateline"].rule == "first-paragraph-opener"
    dump_record(article)


def test_quotations_keep_their_parts_and_speaker_with_spans_in_the_page() -> None:
    article = parse_file(PAGE)
    page = read_source(PAGE).text
    assert [(q.speaker, [p.text for p in q.parts]) for q in article.quotes] == [
        (
            "Pieter Vos",
            [
                "This is a fair deal for the people who keep the port running,",
                "Nobody wanted the ships to wait any longer.",
            ],
        ),
        (None, ["We expect normal traffic by Monday,"]),
    ]
    for quote in article.quotes:
        for part in quote.parts:
            assert shown(page, part.span) == part.text  # "<b>normal</b>" inside the second one
        assert shown(page, quote.span).startswith("“") and shown(page, quote.span).endswith("”")
    first = article.quotes[0]
    assert first.speaker_span is not None and shown(page, first.speaker_span) == "Pieter Vos"


def test_a_repeated_phrase_maps_to_its_own_occurrence() -> None:
    page = (
        "<html><body><h1>Lock gates repaired</h1><div class=story>"
        "<p>A notice on the lock read: The repair was on time, thanks to a small crew who fitted"
        " the new gates in a week.</p>"
        "<p>“The repair was on time,” said engineer Alma Berg, who led the crew through the"
        " winter months.</p>"
        "</div></body></html>"
    )
    article = parse_source(decode_source(page.encode(), filename="canal.html"))
    (quote,) = article.quotes
    second_paragraph = article.paragraphs[1].span
    assert (
        second_paragraph.start <= quote.parts[0].span.start < quote.parts[0].span.end <= second_paragraph.end
    )
    assert shown(page, quote.parts[0].span) == "The repair was on time,"


def test_no_dateline_and_no_year_guessed() -> None:
    plain = parse_file(Path(__file__).parent / "pages" / "date-time-only.html")
    assert plain.dateline is None and plain.quotes == ()
    page = (
        '<html><head><meta property="article:published_time" content="2024-09-14T08:00:00Z"></head><body>'
        "<h1>Quay reopens</h1><div class=story><p>ANTWERP, Sept. 12 (Harbour Wire) — The damaged quay"
        " reopened to shipping after two days of repairs, the port said in a statement.</p>"
        "<p>Cranes on the quay were checked by inspectors before the first ship came alongside.</p></div>"
        "</body></html>"
    )
    article = parse_source(decode_source(page.encode(), filename="quay.html"))
    assert article.dateline is not None and article.dateline.date is not None
    assert article.dateline.date.value == "XXXX-09-12"  # published on the 14th: the year is not taken
