"""The bundled sample (examples/rferl-2005-11-30-washington-iraq-iran.txt): what issue 2 says its record
must hold, checked field by field against the parser's output."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "rferl-2005-11-30-washington-iraq-iran.txt"
NAME = SAMPLE.name

HEADLINE = "U.S.: Washington Willing To Discuss Iraq With Iran"
CAPTION = "Ambassador Khalilzad (file photo)"
CREDIT = "RFE/RL"
SUMMARY_START = "The United States has confirmed plans"
SUMMARY_END = "agenda of the Islamic Republic."
SECTION_HEADINGS = [None, "Only Iraq", "Tehran's View", "The New Tactic"]
# One prefix per body paragraph, in order (14 in all); the first starts with the dateline.
PARAGRAPHS_START = [
    "Prague, 30 November 2005 (RFE/RL) -- U.S. Ambassador to Iraq",
    "But State Department officials were quick to add",
    "On 28 November, U.S. State Department spokesman Sean McCormack confimred",
    "\u201cIt's a very narrow mandate",
    "Diplomats from the two countries have reportedly",
    "It is not clear whether any meetings",
    "On 28 November, Iranian Deputy Foreign Minister",
    "Despite such rhetoric, Dr. Sadegh Zibakalam",
    "\u201cIranian officials are inclined",
    "On 29 November, a leading Iranian English-language daily",
    "But another Iranian daily, \u201cEtemad,\u201d said",
    'Asked what "prompted the new tactic" of engaging Iran',
    "\u201cI think that we -- well,",
    "Some observers believe that the offer of talks",
]
# The quoted fragments exactly as they stand between their marks.
QUOTES = [
    (
        "Sean McCormack",
        [
            "It's a very narrow mandate that he has and it deals specifically with issues related to Iraq,",
            "We have in the 6+2 context, previously engaged with Iran in that multilateral forum on "
            "questions related to Afghanistan. So there's precedent for this kind of engagement.",
        ],
    ),
    (
        "Sadegh Zibakalam",
        [
            "Iranian officials are inclined, even though they might say the contrary, but they are "
            "definitely inclined to bring about peace and be instrumental for the United States to leave "
            "Iraq,",
            "But the issue is what concessions the Iranians would want in return. The smallest concession "
            "the Iranians want in return for helping the West in Iraq concerns the nuclear issue -- the "
            "United States [must] lower its demands and let the enrichment process take place in Iran. "
            "[Iran] doesn\u2019t want the discussions to be related only to Iraq.",
        ],
    ),
    (
        "Sean McCormack",
        [
            "I think that we -- well, I know that we have said in the past that we believe Iran and Iraq "
            "should have the kinds of relations that -- good relations that most neighbors enjoy, that "
            "those relations be governed by mutual respect and by transparency,",
            "So we would expect nothing less from Iran with respect to Iraq.",
        ],
    ),
]
NOT_QUOTES = ["Newsweek", "The Iran News", "Etemad"]


@pytest.fixture(scope="module")
def text() -> str:
    return SAMPLE.read_bytes().decode("utf-8")


@pytest.fixture(scope="module")
def article() -> Any:
    from archivist.parse import parse_file

    return parse_file(SAMPLE)


def squash(s: str) -> str:
    return " ".join(s.split())


def test_sample_expectations_match_the_text(text: str) -> None:
    """The constants above are read from the sample itself (checked without the parser)."""
    for s in (HEADLINE, CAPTION, CREDIT, SUMMARY_START, SUMMARY_END, *PARAGRAPHS_START, *NOT_QUOTES):
        assert s in text, f"{NAME}: {s!r} not in the sample"
    for heading in SECTION_HEADINGS[1:]:
        assert f"\n{heading}\n" in text, f"{NAME}: heading {heading!r} is not a line of the sample"
    for speaker, parts in QUOTES:
        for part in parts:
            assert part in text, f"{NAME}: quotation part {part[:40]!r} not in the sample"
        assert speaker.split()[-1] in text


def test_headline(article: Any) -> None:
    assert article.headline is not None, f"{NAME}: no headline"
    assert article.headline.text == HEADLINE, f"{NAME}: headline {article.headline.text!r}"


def test_image_caption_and_credit(article: Any) -> None:
    image = article.image
    assert image is not None, f"{NAME}: no image"
    assert image.caption is not None and image.caption.text == CAPTION, (
        f"{NAME}: image.caption {image.caption!r}"
    )
    assert image.credit is not None and image.credit.text == CREDIT, f"{NAME}: image.credit {image.credit!r}"
    assert image.url is None, f"{NAME}: image.url {image.url!r} (the text names no image file)"


def test_summary(article: Any, text: str) -> None:
    summary = article.summary
    assert summary is not None, f"{NAME}: no summary"
    assert summary.text.startswith(SUMMARY_START), f"{NAME}: summary starts {summary.text[:50]!r}"
    assert summary.text.endswith(SUMMARY_END), f"{NAME}: summary ends {summary.text[-50:]!r}"
    assert text[summary.span.start : summary.span.end] == summary.text, f"{NAME}: summary span"
    assert "(RFE/RL)" not in summary.text, f"{NAME}: the caption's credit leaked into the summary"


def test_dateline_and_published(article: Any) -> None:
    dateline = article.dateline
    assert dateline is not None, f"{NAME}: no dateline"
    assert dateline.place is not None and dateline.place.text == "Prague", f"{NAME}: dateline.place"
    assert dateline.date is not None and dateline.date.value == "2005-11-30", f"{NAME}: dateline.date"
    assert dateline.agency is not None and dateline.agency.text == "RFE/RL", f"{NAME}: dateline.agency"
    published = article.published
    assert published is not None, f"{NAME}: no published date"
    assert published.date.value == "2005-11-30", f"{NAME}: published {published.date.value!r}"
    assert published.origin == "dateline", f"{NAME}: published.origin {published.origin!r}"


def test_no_byline_no_authors(article: Any) -> None:
    assert article.byline is None, f"{NAME}: byline {article.byline!r} (RFE/RL is credited, not a byline)"
    assert list(article.authors) == [], f"{NAME}: authors {article.authors!r} (RFE/RL is not a person)"


def test_sections_and_paragraphs(article: Any, text: str) -> None:
    headings = [None if s.heading is None else s.heading.text for s in article.sections]
    assert headings == SECTION_HEADINGS, f"{NAME}: section headings {headings!r}"
    paragraphs = article.paragraphs
    assert len(paragraphs) == 14, f"{NAME}: {len(paragraphs)} body paragraphs, expected 14"
    lines = set(text.split("\n"))
    for i, (para, prefix) in enumerate(zip(paragraphs, PARAGRAPHS_START, strict=False)):
        assert para.text.startswith(prefix), (
            f"{NAME}: paragraphs[{i}] starts {para.text[:60]!r}, expected {prefix!r}"
        )
        assert para.text in lines, f"{NAME}: paragraphs[{i}] is not its whole source line"
    assert any("confimred" in p.text for p in paragraphs), (
        f"{NAME}: the source's typo 'confimred' was not kept"
    )


def test_related_box_not_in_body(article: Any, text: str) -> None:
    boxes = article.related
    assert len(boxes) == 1, f"{NAME}: {len(boxes)} related boxes, expected 1 (Meet The Newsmaker)"
    box = boxes[0]
    assert box.heading is not None and box.heading.text == "Meet The Newsmaker", f"{NAME}: related heading"
    assert box.text is not None and box.text.text.startswith("Shortly after assuming his post"), (
        f"{NAME}: related text {box.text!r}"
    )
    more = text.rindex("(more)")
    assert box.span.start <= more and more + len("(more)") <= box.span.end, f"{NAME}: (more) outside the box"
    body = article.body_text
    for s in ("Meet The Newsmaker", "Shortly after assuming", "(more)", "foment instability"):
        assert s not in body, f"{NAME}: related-box text {s!r} is in the body"
    last = article.paragraphs[-1]
    assert last.span.end <= text.index("Meet The Newsmaker"), f"{NAME}: body runs into the related box"


def test_quotations(article: Any, text: str) -> None:
    quotes = article.quotes
    got = [(q.speaker, squash(q.text)[:40]) for q in quotes]
    assert len(quotes) == 3, f"{NAME}: {len(quotes)} quotations, expected 3: {got}"
    for i, (quote, (speaker, parts)) in enumerate(zip(quotes, QUOTES, strict=False)):
        assert quote.speaker == speaker, (
            f"{NAME}: quotes[{i}].speaker {quote.speaker!r}, expected {speaker!r}"
        )
        assert [p.text for p in quote.parts] in (parts, [p.rstrip(",") for p in parts]), (
            f"{NAME}: quotes[{i}] parts {[p.text for p in quote.parts]!r}"
        )
        assert quote.text == " ".join(p.text for p in quote.parts), (
            f"{NAME}: quotes[{i}].text is not its parts"
        )
        for j, part in enumerate(quote.parts):
            assert text[part.span.start : part.span.end] == part.text, f"{NAME}: quotes[{i}].parts[{j}] span"
        assert text[quote.span.start] in '\u201c"', f"{NAME}: quotes[{i}] span does not start at its mark"
        assert text[quote.span.end - 1] in '\u201d"', f"{NAME}: quotes[{i}] span does not end at its mark"
    for title in NOT_QUOTES:
        for i, quote in enumerate(quotes):
            assert squash(quote.text).rstrip(",.") != title, f"{NAME}: quotes[{i}] {title!r} is a title"


def test_language(article: Any) -> None:
    assert article.language == "en", f"{NAME}: language {article.language!r}"


def test_record_well_formed(article: Any, text: str) -> None:
    from test_parse_corpus import check_well_formed

    check_well_formed(NAME, article, text)
