"""``archivist.parse.dateblockcache``: the remembered date line reading is the reader's own, per span and per
article (an ambiguous numeric date is read in the article's language, so an answer for one article is not
served to another)."""

from __future__ import annotations

from archivist.parse import dateblock
from archivist.parse.calendar import reading_article
from archivist.parse.dateblockcache import read_date_block

_LINE = "Published 12/11/2026"  # day and month told apart only by the language


def test_the_same_reading_as_the_reader() -> None:
    for line in (_LINE, "Updated: November 30, 2026 at 4:05 PM EST", "Jane Doe said on Monday it rained."):
        assert read_date_block(line, 0, len(line)) == dateblock.read_date_block(line, 0, len(line))


def test_an_answer_is_kept_for_its_own_article_only() -> None:
    outside = read_date_block(_LINE, 0, len(_LINE))
    with reading_article(lambda: "de"):
        german = read_date_block(_LINE, 0, len(_LINE))
        assert read_date_block(_LINE, 0, len(_LINE)) is german  # asked again: remembered
    with reading_article(lambda: "en"):
        english = read_date_block(_LINE, 0, len(_LINE))
    assert outside is None and english is None  # no order to tell: no date line taken
    assert german is not None and german.dates[0].date.value == "2026-11-12"
    assert read_date_block(_LINE, 0, len(_LINE)) is None  # outside again: the German answer is not served
