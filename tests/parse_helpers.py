"""Helpers the reader's rule tests share: a story's body and headline to set front lines over, and the
record's evidence by field."""

from __future__ import annotations

import re
from pathlib import Path

from archivist.parse import parse_text
from archivist.parse.bylineblock import read_byline_block
from archivist.parse.credit import read_caption_block

BRIDGE_BODY = (
    "The council approved the plan on Tuesday after a two-hour debate in the chamber.\n\n"
    "Work is due to start in the spring and will take about a year to finish, officials said.\n\n"
    "The old crossing will stay open to walkers until the new one is ready next winter.\n"
)
BRIDGE_HEADLINE = "Bridge over the river to be repaired next year"
BRIDGE_STANDFIRST = "The crossing has been closed to lorries since the spring floods damaged two of its piers"
# a ferry story's paragraphs, long enough to be prose, for the tests of what the page sets around a story
FERRY_HEADLINE = "Harbour ferry timetable cut for the winter"
FERRY_STORY = (
    "The ferry between the two islands will sail once a day from next month, the operator said on Monday "
    "after a meeting with the harbour board.",
    "The operator blamed a shortage of crew and the rising cost of fuel for the cut to the timetable, which "
    "islanders had feared since the summer.",
    "Islanders said the change would make it harder to reach the hospital on the mainland in winter, when "
    "the road bridge is often closed by the wind.",
    "The harbour board will review the timetable in March, when the operator expects two more crew members "
    "to finish their training.",
)
# three paragraphs of a harbour board's story, for the tests of what a page sets under a story
HARBOUR_STORY = (
    "The harbour board approved the new ferry timetable on Monday after a long debate about the winter "
    "crossings and the cost of fuel.",
    "Islanders said the change would make it harder to reach the hospital on the mainland in winter, when "
    "the road bridge is often closed.",
    "The operator said two more crew members would finish their training in March and the timetable would "
    "then be reviewed again.",
)


def front(*lines: str, body: str = BRIDGE_BODY, headline: str = BRIDGE_HEADLINE) -> str:
    """The headline, then ``lines`` each a block of its own, then the body."""
    return headline + "\n\n" + "\n\n".join(lines) + "\n\n" + body


def ferry_page(*middle: str, foot: tuple[str, ...] = (), tight: bool = True) -> str:
    """A page copied whole: the ferry story's headline, a byline, a date line, two of its paragraphs, the
    ``middle`` lines, the other two, the ``foot`` lines; no blank line between them when ``tight``."""
    lines = [
        FERRY_HEADLINE,
        "By Ann Lee",
        "March 3, 2026",
        *FERRY_STORY[:2],
        *middle,
        *FERRY_STORY[2:],
        *foot,
    ]
    return ("\n" if tight else "\n\n").join(lines) + "\n"


def paragraphs_and_headings(text: str) -> tuple[list[str], list[str | None]]:
    """The paragraphs ``parse_text`` reads in ``text``, and each section's heading (None for none)."""
    article = parse_text(text)
    headings = [section.heading.text if section.heading else None for section in article.sections]
    return [paragraph.text for paragraph in article.paragraphs], headings


def caption_and_credit(text: str) -> tuple[str | None, str | None] | None:
    """The caption and credit ``read_caption_block`` reads in ``text`` alone, or None."""
    found = read_caption_block(text, 0, len(text), credit_only_ok=False)
    if found is None:
        return None
    image = found.image
    return (image.caption.text if image.caption else None, image.credit.text if image.credit else None)


def lead_image(text: str) -> tuple[str | None, str | None] | None:
    """The lead image's caption and credit ``parse_text`` reads in ``text``, or None for no image."""
    image = parse_text(text).image
    if image is None:
        return None
    return (image.caption.text if image.caption else None, image.credit.text if image.credit else None)


def authors(article: object) -> list[tuple[str, str | None]]:
    return [(person.name, person.affiliation) for person in article.authors]  # type: ignore[attr-defined]


def byline_block_names(line: str) -> list[str] | None:
    """The names ``read_byline_block`` reads in ``line`` alone (a bare name allowed), or None."""
    found = read_byline_block(line, 0, len(line), bare_ok=True)
    return None if found is None else [person.name for person in found.byline.authors]


def rule(article: object, field: str) -> str | None:
    found = dict(article.evidence).get(field)  # type: ignore[attr-defined]
    return None if found is None else found.rule


def note(article: object, field: str) -> str | None:
    found = dict(article.evidence).get(field)  # type: ignore[attr-defined]
    return None if found is None else found.note


_ARTICLES = sorted((Path(__file__).parent / "articles").glob("*.txt"))
_PARAGRAPH = re.compile(r"\S(?:.|\n(?!\s*\n))*")


def article_spans() -> list[tuple[str, int, int]]:
    """Every line and every paragraph of every test article, as ``(text, start, end)``: the spans the
    shortcut tests ask a fast path and the old computation about."""
    spans: list[tuple[str, int, int]] = []
    for path in _ARTICLES:
        text = path.read_bytes().decode("utf-8", errors="replace")
        start = 0
        for line in text.splitlines(keepends=True):
            spans.append((text, start, start + len(line.rstrip("\r\n"))))
            start += len(line)
        spans.extend((text, paragraph.start(), paragraph.end()) for paragraph in _PARAGRAPH.finditer(text))
    return spans


def paragraph_texts(text: str) -> list[str]:
    """The texts of the paragraphs the reader finds in ``text``, in order."""
    return [paragraph.text for paragraph in parse_text(text).paragraphs]


def subhead_texts(text: str) -> list[str]:
    """The texts of the subheads the reader finds in ``text``, in order."""
    article = parse_text(text)
    return [section.heading.text for section in article.sections if section.heading is not None]
