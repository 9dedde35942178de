"""``parse.related`` searches its "Read more" ending only over a passage's end, for speed (issue 11): it finds
what the search over the whole passage found."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from archivist.parse import related

_ARTICLES = sorted((Path(__file__).parent / "articles").glob("*.txt"))
_PIECES = [
    *("more", "MORE", "More", "(more)", "[more]", "(mehr)", "(suite)", "Read more", "READ MORE", "Read on"),
    *(
        "read more.",
        "Read on.",
        ".",
        "»",
        "›",
        ">",
        ">>",
        " ",
        "  ",
        "\n",
        "\t",
        "\u00a0",
        "x",
        "Amore",
        "ore",
    ),
    *("The story goes on here", "(", ")", "[", "]", "e", "n", "ſuite", "K"),
]


def _same(passage: str) -> None:
    old, new = related._MORE.search(passage), related._more(passage)
    assert (old and old.span()) == (new and new.span()), passage


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=10).map("".join))
def test_the_end_searched_finds_as_the_whole_passage(passage: str) -> None:
    _same(passage)


def test_the_end_searched_finds_as_the_whole_passage_on_the_test_articles() -> None:
    for path in _ARTICLES:
        for passage in path.read_bytes().decode("utf-8", errors="replace").split("\n\n"):
            _same(passage)
