"""An article (plain text or a web page) to an Article. Web pages go to ``archivist.parse.html``; plain text
is read here: headline, summary, image, byline, dateline, publication date, sections,
quotations, related boxes and sign-off, each with its span in the decoded source text.

Public API: ``parse_source(SourceText)``, ``parse_file(path, url=None)``, ``parse_text(text, filename=...)``.
"""

from __future__ import annotations

import os

from archivist.errors import InputError
from archivist.parse.blocks import split_blocks
from archivist.parse.bodywidgets import body_widgets
from archivist.parse.calendar import reading_article
from archivist.parse.dates import search_dates
from archivist.parse.furniture import (
    author_box,
    donation_box,
    is_furniture,
    is_genre_label,
    page_tail,
    player_controls,
    repeated_slots,
    trailing_tags,
)
from archivist.parse.html import parse_page
from archivist.parse.identity import record_id
from archivist.parse.language import detect_language
from archivist.parse.livestamps import live_stamps
from archivist.parse.publication import DateLine, foot_date_line
from archivist.parse.quotes import find_quotes
from archivist.parse.sidebar import glued_sidebars, short_blocks
from archivist.parse.structure import Layout, read_layout
from archivist.record.model import Article, Dateline, DateValue, Evidence, Published
from archivist.source import SourceText, decode_source, read_source

__all__ = ["MAX_BLOCKS", "parse_file", "parse_source", "parse_text"]

# The longest long-form articles run to a few hundred paragraphs. Text split into more blocks than this
# is a log, a list or a data dump, not an article; refusing it keeps a batch's time per item bounded
# (validating a record costs time in proportion to its elements).
MAX_BLOCKS = 5_000
_MAX_TAG_BLOCKS = 14  # the page's tags closing it: a label and up to a dozen tags, one a line


def parse_file(path: str | os.PathLike[str], url: str | None = None) -> Article:
    """Read and parse the article at ``path``.

    Raises:
        UsageError: the path is missing or a directory.
        InputError: the file is empty, binary, undecodable, too large, or holds no article body.
    """
    return parse_source(read_source(path, url=url), where=str(path))


def parse_text(text: str, filename: str = "article.txt") -> Article:
    """Parse ``text`` as if it were a UTF-8 file called ``filename`` (for tests and notebooks)."""
    return parse_source(decode_source(text.encode("utf-8"), filename=filename))


def parse_source(src: SourceText, *, where: str | None = None) -> Article:
    """Parse an already decoded source: a web page by ``archivist.parse.html``, text by the text parser.
    ``where`` names the input in error messages (default: its file name)."""
    if src.kind.is_page:
        return parse_page(src, where=where)
    return _parse(src, where=where or src.source.filename)


def _parse(src: SourceText, *, where: str) -> Article:
    # An ambiguous date ("12/11/2026", "listopada") is read in the article's language, told when first met.
    with reading_article(lambda: detect_language(src.text)):
        return _parse_text(src, where=where)


def _parse_text(src: SourceText, *, where: str) -> Article:
    text = src.text
    blocks = all_blocks = split_blocks(text)
    # A side column glued between the story's paragraphs ("Most read" over its headlines), read before the
    # page's foot, which its label would otherwise open (archivist.parse.sidebar).
    texts = [block.text for block in blocks]
    short = short_blocks(texts)
    glued = glued_sidebars(texts, short)
    # A live page's entry stamps ("09:05" over each entry): no subheads, no paragraphs
    # (archivist.parse.livestamps).
    stamps = live_stamps(texts, short)
    sidebar = (
        ["the side column from " + texts[at] for at in sorted(glued) if at - 1 not in glued] if glued else []
    )  # (its label: the first block of each)
    if stamps:
        sidebar.append("live entry stamps " + ", ".join(texts[at] for at in sorted(stamps)))
    if glued or stamps:
        blocks = [block for at, block in enumerate(blocks) if at not in glued and at not in stamps]
        texts = [block.text for block in blocks]
    # The page's foot (its tags, comments, most-read list) under the story: nothing in it is the story's.
    # Sought before the buttons are left out: a foot's label may be one ("Comentarios").
    tail = page_tail(texts)
    foot = [] if tail is None else ["the page's foot from " + blocks[tail].text.split("\n", 1)[0]]
    foot = sidebar + foot
    if tail is not None:
        blocks = blocks[:tail]
    # The headline is never furniture ("Advertising" may be a one-word headline). A box asking for the
    # reader's money (its title and pitch over its button) is furniture too, told before its button goes.
    donation = donation_box(texts if tail is None else texts[:tail])
    left_out = [is_furniture(block.text) or at in donation for at, block in enumerate(blocks[1:], 1)]
    furniture = [block.text for block, out in zip(blocks[1:], left_out, strict=True) if out] + foot
    if furniture:
        blocks = blocks[:1] + [block for block, out in zip(blocks[1:], left_out, strict=True) if not out]
    # A video player's controls ("Play" over "Duration 2:14") and the box on the story's author ("About the
    # author" over her name and desk), wherever the copy put them: no subheads, no paragraphs.
    texts = [block.text for block in blocks]
    player = player_controls(texts) | author_box(texts)
    # Widgets set inside the story: a reader poll, an embedded social post
    # with its attribution line, a key-facts box of "Label: value" lines (archivist.parse.bodywidgets).
    player |= body_widgets(texts)
    if player:
        furniture.extend(blocks[at].text for at in sorted(player))
        blocks = [block for at, block in enumerate(blocks) if at not in player or at == 0]
    # A label printed at every slot between the paragraphs ("Article content", "Hide Ad"): no subhead.
    slots = repeated_slots([block.text for block in blocks[1:]])
    if slots:
        furniture.extend(block.text for block in blocks[1:] if block.text in slots)
        blocks = blocks[:1] + [block for block in blocks[1:] if block.text not in slots]
    # The page's tags closing it ("Archivado en" over "Madrid", "Mercados"): no paragraphs, no sign-off.
    tags = trailing_tags([block.text for block in blocks[-_MAX_TAG_BLOCKS:]])
    if tags:
        furniture.extend(block.text for block in blocks[-tags:])
        blocks = blocks[:-tags]
    # A genre label under the headline ("Opinion" over the columnist's name) names no field.
    if len(blocks) > 3 and is_genre_label(blocks[1].text) and not is_genre_label(blocks[0].text):
        furniture.append(blocks[1].text)
        blocks = blocks[:1] + blocks[2:]
    if len(blocks) > MAX_BLOCKS:
        raise InputError(
            f"not an article: {len(blocks):,} blocks of text", where=where, why=f"the limit is {MAX_BLOCKS:,}"
        )
    layout = read_layout(text, blocks)
    paragraphs = [(p.span.start, p.span.end) for section in layout.sections for p in section.paragraphs]
    if not paragraphs:
        raise InputError(
            "no article body", where=where, why="the text holds a headline or front matter but no paragraphs"
        )
    dateline = _dateline_with_year(text, layout)
    published = _published(layout, dateline)
    if published is None and (foot := foot_date_line(text, all_blocks)) is not None:
        published = Published(foot.date, "date-line", None)  # a release's only date, under its closing mark
        layout.evidence["published"] = Evidence(
            "text", "date-line-after-closing-mark", "at the release's foot"
        )
    language_sample = " ".join(text[start:end] for start, end in paragraphs[:40])
    headline = layout.headline
    return Article(
        id=record_id(src.source.sha256, headline.text if headline else None, published),
        source=src.source,
        language=detect_language(language_sample),
        headline=headline,
        summary=layout.summary,
        image=layout.image,
        byline=layout.byline.text if layout.byline else None,
        authors=layout.byline.authors if layout.byline else (),
        dateline=dateline,
        published=published,
        sections=tuple(layout.sections),
        quotes=tuple(find_quotes(text, paragraphs)),
        related=tuple(layout.related),
        signoff=layout.signoff,
        evidence=_evidence(layout, published, furniture),
    )


def _evidence(
    layout: Layout, published: Published | None, furniture: list[str]
) -> tuple[tuple[str, Evidence], ...]:
    found = dict(layout.evidence)
    authors_rule = found.get("authors")
    if authors_rule is not None and layout.byline is not None and layout.byline.note is not None:
        found["authors"] = Evidence(authors_rule.source, authors_rule.rule, layout.byline.note)
    if furniture:
        found["body"] = Evidence("text", "page-furniture-left-out", "; ".join(dict.fromkeys(furniture)))
    if published is not None and published.origin == "dateline":
        found["published"] = Evidence("text", "dateline-date")
    elif published is None:
        found.pop("published", None) if "published" in found and not layout.undated_line else None
    return tuple(sorted(found.items()))


def _dateline_with_year(text: str, layout: Layout) -> Dateline | None:
    """The dateline, its date given the year the text states elsewhere (never a guessed one)."""
    dateline = layout.dateline
    if dateline is None or dateline.date is None or not dateline.date.value.startswith("XXXX"):
        return dateline
    month_day = dateline.date.value[4:10]  # "-MM-DD"
    year = _year_from_dates(layout.dates, month_day) or _year_from_text(text, month_day)
    if year is None:
        return dateline
    date = DateValue(year + month_day, dateline.date.text, dateline.date.span)
    return Dateline(dateline.text, dateline.span, dateline.place, date, dateline.agency)


def _year_from_dates(dates: list[DateLine], month_day: str) -> str | None:
    month = int(month_day[1:3])
    for line in dates:
        value = line.date.value
        if value[:4].isdigit() and len(value) >= 7:
            line_month = int(value[5:7])
            if line_month == month:
                return value[:4]
            if line_month == 1 and month == 12:  # a dateline of 31 December on a paper of 1 January
                return f"{int(value[:4]) - 1:04d}"
            if abs(line_month - month) <= 1:
                return value[:4]
    return None


def _year_from_text(text: str, month_day: str) -> str | None:
    for date in search_dates(text):
        if date.value[4:10] == month_day:
            return date.value[:4]
    return None


def _published(layout: Layout, dateline: Dateline | None) -> Published | None:
    by_kind: dict[str, DateValue] = {}
    for line in layout.dates:
        by_kind.setdefault(line.kind, line.date)
    updated = by_kind.get("updated")
    if "published" in by_kind:
        return Published(by_kind["published"], "published-line", updated)
    if "date" in by_kind:
        return Published(by_kind["date"], "date-line", updated)
    if updated is not None:  # "Updated 22 Dec 2023" alone: the only date the page shows
        return Published(updated, "date-line", None)
    if dateline is not None and dateline.date is not None:
        return Published(dateline.date, "dateline", updated)
    return None
