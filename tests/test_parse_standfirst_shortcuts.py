"""The shortcut ``parse.standfirst`` takes for speed: ``_words`` keeps the words of the passages last asked
about (a quarter of the passages are asked about twice, as the block below one and over the next), and what
it keeps are the words read afresh, over lines written here and every line and paragraph of
``tests/articles``."""

from __future__ import annotations

import re
from pathlib import Path

from archivist.parse import standfirst

_ARTICLES = sorted((Path(__file__).parent / "articles").glob("*.txt"))

_LINES = [
    "The mayor’s office said it would review the plan.",
    "ΟΔΟΣ Straße İstanbul \u0345 7,000",
    "Firefighters at the scene. Photo by Jane Doe",
    "",
]


def _lines() -> list[str]:
    lines = list(_LINES)
    for path in _ARTICLES:
        text = path.read_bytes().decode("utf-8", errors="replace")
        lines.extend(line.strip() for line in text.splitlines())
        lines.extend(paragraph.group(0) for paragraph in re.finditer(r"\S(?:.|\n(?!\s*\n))*", text))
    return lines


def test_the_words_kept_are_the_words_read_afresh() -> None:
    lines = _lines()
    standfirst._words.cache_clear()
    for _ in range(2):  # the second time round, the last lines' words come from what was kept
        for line in lines:
            assert standfirst._words(line) == standfirst._words.__wrapped__(line), line
    assert standfirst._words.cache_info().hits > 0


def test_the_words_kept_cannot_be_changed_by_a_caller() -> None:
    assert isinstance(standfirst._words("The council approved the budget on Monday."), tuple)


def _old_word_runs(tokens: tuple[str, ...]) -> set[tuple[str, ...]]:
    runs: set[tuple[str, ...]] = set()
    for index in range(len(tokens) - standfirst._RUN_WORDS + 1):
        run = tuple(tokens[index : index + standfirst._RUN_WORDS])
        if sum(1 for word in run if word not in standfirst.STOPWORDS and not word.isdigit()) >= 2:
            runs.add(run)
    return runs


def test_the_runs_counted_in_a_loop_are_the_runs_counted_by_a_generator() -> None:
    for line in _lines():
        words = standfirst._words(line)
        assert standfirst._word_runs(words) == _old_word_runs(words), line
    runs = standfirst._word_runs(standfirst._words("The council approved the harbour budget on Monday"))
    assert ("approved", "the", "harbour", "budget") in runs
    assert standfirst._word_runs(("the", "of", "and", "said")) == set()  # no word carrying meaning
