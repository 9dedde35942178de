"""The shortcut ``parse.creditwords`` takes for speed (issue 11) finds what the pattern found without it: the
picture labels before a colon, spelt out in one prefix tree for ``LABELLED``, are the words ``COLON_LABEL``'s
branches matched, and ``LABELLED`` with the tree matches every caption as it did with the branches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archivist.parse import creditwords
from regex_openings import finite_language

_OLD = re.compile(
    creditwords.LABELLED.pattern.replace(
        f"(?i:{creditwords._COLON_LABEL_TREE})", f"(?i:{creditwords.COLON_LABEL})"
    )
)
_WORDS = sorted(finite_language(creditwords.COLON_LABEL))


def test_labelled_was_built_with_the_tree() -> None:
    assert _OLD.pattern != creditwords.LABELLED.pattern


def test_tree_holds_the_words_the_branches_matched() -> None:
    assert finite_language(creditwords._COLON_LABEL_TREE) == frozenset(_WORDS)


def test_no_label_goes_on_from_another_with_a_separator() -> None:
    folded = {word.casefold() for word in _WORDS}
    for short in folded:
        for long in folded:
            if long != short and long.startswith(short):
                assert long[len(short) :].lstrip()[:1] not in (":", ".", "…", "|"), (short, long)


def _same(text: str) -> None:
    for start in (0, 1):
        old, new = _OLD.search(text, start), creditwords.LABELLED.search(text, start)
        assert (old and (old.span(), old.groupdict())) == (new and (new.span(), new.groupdict())), text


@pytest.mark.parametrize("word", _WORDS)
def test_labelled_matches_every_label_as_the_branches_did(word: str) -> None:
    for spelling in (word, word.upper(), word.lower()):
        for separator in (":", " :", "...", "…", " |", " by", "", ".", "s:", "er:", " credit:", "-"):
            for around in ("{} Jane Doe/AP", "A caption. {} Jane Doe", "A caption ({} Jane Doe)", "[{}\nX]"):
                _same(around.format(spelling + separator))


_PIECES = [*_WORDS[::7], ":", " ", "...", "|", "(", ")", "s", "Jane Doe", "/AP", "\n", "by"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=8))
def test_labelled_matches_any_caption_as_the_branches_did(pieces: list[str]) -> None:
    _same("".join(pieces))
