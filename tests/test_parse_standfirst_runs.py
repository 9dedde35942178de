"""``standfirst._word_runs`` counts in C (issue 11, for speed): the runs are the ones a loop over each run's
words finds, for every paragraph of the test articles."""

from __future__ import annotations

from pathlib import Path

from archivist.parse import standfirst
from archivist.parse.names import STOPWORDS

_ARTICLES = sorted((Path(__file__).parent / "articles").glob("*.txt"))


def _old_runs(tokens: tuple[str, ...]) -> set[tuple[str, ...]]:
    # as written before the shortcut
    runs: set[tuple[str, ...]] = set()
    for index in range(len(tokens) - 3):
        run = tuple(tokens[index : index + 4])
        if sum(1 for word in run if word not in STOPWORDS and not word.isdigit()) >= 2:
            runs.add(run)
    return runs


def test_the_runs_of_every_paragraph_are_unchanged() -> None:
    for path in _ARTICLES:
        for paragraph in path.read_text(encoding="utf-8", errors="replace").split("\n\n"):
            tokens = standfirst._words(paragraph)
            assert standfirst._word_runs(tokens) == _old_runs(tokens), path.name
            assert set(standfirst._runs_of(tokens)) == {tokens[i : i + 4] for i in range(len(tokens) - 3)}


def test_short_passages_have_no_runs() -> None:
    for tokens in [(), ("a",), ("cat", "sat", "mat")]:
        assert standfirst._word_runs(tokens) == set()
    assert standfirst._word_runs(("the", "of", "7", "cat")) == set()
    assert standfirst._word_runs(("the", "dog", "7", "cat")) == {("the", "dog", "7", "cat")}
