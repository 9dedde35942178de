"""The first-letter look-ahead ``parse.creditwords.LABELLED`` takes for speed (issue 11) finds what the
pattern found without it: the letters looked at first are every label's first letters, so no credit's label
is given up."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from archivist.parse import creditwords

_OLD = re.compile(creditwords.LABELLED.pattern.replace(creditwords._LABEL_OPENS, ""))
_ARTICLES = sorted((Path(__file__).parent / "articles").glob("*.txt"))


def _same(text: str) -> None:
    for method in ("search", "fullmatch", "match"):
        for start in range(0, len(text) + 1, max(1, len(text) // 8)):
            old = getattr(_OLD, method)(text, start)
            new = getattr(creditwords.LABELLED, method)(text, start)
            assert (old and (old.span(), old.groupdict())) == (new and (new.span(), new.groupdict())), text


def test_the_shortcut_is_in_the_pattern() -> None:
    assert _OLD.pattern != creditwords.LABELLED.pattern


# every label's opening, in its case, in capitals and in lower case, then a separator and a name
_LABELS = sorted(
    {
        *creditwords._COLON_WORDS,
        *creditwords._PICTURE_OF,
        "Photo-illustration",
        "Illustration",
        "Video",
        "Pic",
    }
)


@settings(max_examples=1500, deadline=None)
@given(
    st.sampled_from(["", "A man at the pier. ", "(", "[ ", "Caption x "]),
    st.sampled_from(_LABELS),
    st.sampled_from([str, str.upper, str.lower, str.title]),
    st.sampled_from([": ", " by ", " | ", " / ", "... ", " via ", " ", " na ", " di ", ". "]),
    st.sampled_from(["Jane Doe", "JANE DOE/AFP", "Jane Doe)", "x", ""]),
)
def test_labelled_finds_as_before(before: str, label: str, case: object, separator: str, credit: str) -> None:
    _same(before + case(label) + separator + credit)  # type: ignore[operator]


def test_labelled_finds_as_before_on_the_test_articles() -> None:
    for path in _ARTICLES:
        for line in path.read_bytes().decode("utf-8", errors="replace").splitlines():
            old, new = _OLD.search(line), creditwords.LABELLED.search(line)
            assert (old and (old.span(), old.groupdict())) == (new and (new.span(), new.groupdict())), line
