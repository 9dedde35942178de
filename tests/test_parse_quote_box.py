"""A market quote's box set among a story's paragraphs, as a business page's copy carries it: the share's
name with its ticker and a "Close" label over its price and its change, the quote's time under them
(``archivist.parse.bodywidgets.quote_boxes``): no subheads, no paragraphs, in any language or currency."""

from __future__ import annotations

import pytest

from archivist.parse import parse_text
from archivist.parse.bodywidgets import quote_boxes
from parse_helpers import FERRY_STORY, ferry_page

BOXES = [
    ("Harbour Ferries Ltd (HFL-T)", "Close", "$58.21", "+4.10 (+7.58%)", "Updated March 5 4:00 p.m. EST."),
    ("Fährgesellschaft AG", "Schlusskurs", "12,40 €", "−0,35 %", "Stand: 17:35 Uhr"),
    ("Navieras del Sur (NAV)", "Cierre", "MXN 104.50", "-2.10 (-1.97%)", "Actualizado 15:00 h"),
    ("Ferry Holdings", "Last", "1,234.50", "+12.00 (+0.98%)"),
]


@pytest.mark.parametrize("box", BOXES)
def test_quote_box_is_no_paragraph(box: tuple[str, ...]) -> None:
    article = parse_text(ferry_page(*box))
    assert [section.heading for section in article.sections] == [None]
    assert [p.text for s in article.sections for p in s.paragraphs] == list(FERRY_STORY)


def test_quote_box_positions() -> None:
    blocks = ["Headline", FERRY_STORY[0], "Harbour Ferries Ltd (HFL-T)", "Close", "$58.21", "+4.10 (+7.58%)"]
    assert quote_boxes([*blocks, FERRY_STORY[1]]) == {2, 3, 4, 5}


@pytest.mark.parametrize(
    "lines",
    [
        ("$58.21",),  # a figure alone: no price over its change
        ("2,500", "3,100"),  # two counts, no change in per cent nor sign
        ("Results", "Jane Doe", "52.3%", "John Roe", "47.7%"),  # figures set apart by names
    ],
)
def test_no_quote_box(lines: tuple[str, ...]) -> None:
    assert quote_boxes(["Headline", FERRY_STORY[0], *lines, FERRY_STORY[1]]) == set()
