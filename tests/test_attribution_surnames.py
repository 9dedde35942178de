"""``surname_positions`` finds exactly what the per-article regex it replaced found (issue 14): the
regex is built here from the same names and both are run over generated texts, spans and name sets
with every boundary case (apostrophes, hyphens, underscores, digits, accented letters, names that are
prefixes of others or overlap themselves, spans starting inside a word)."""

from __future__ import annotations

import random
import re

import pytest

from archivist.parse.attribution import surname_positions

PIECES = ["Smith", "Smithson", "Li", "Lin", "O’Neil", "O'Neil", "Neil", "Núñez", "Ng", "anan", "Anan"]
GLUE = [" ", "  ", ",", ".", "-", "’", "'", "_", "s", "é", "3", "\n", "(", ")", "“", "”", "Mr "]


def _by_regex(text: str, start: int, end: int, surnames: set[str]) -> list[tuple[int, str]]:
    alternation = "|".join(re.escape(name) for name in sorted(surnames, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w'’-])(?:{alternation})(?![\w-])")
    return [(found.start(), found.group(0)) for found in pattern.finditer(text, start, end)]


@pytest.mark.parametrize("seed", range(40))
def test_the_same_matches_as_the_regex(seed: int) -> None:
    rnd = random.Random(seed)
    for _ in range(50):
        text = "".join(rnd.choice(PIECES) if rnd.random() < 0.4 else rnd.choice(GLUE) for _ in range(60))
        names = set(rnd.sample(PIECES, rnd.randint(1, 5)))
        start = rnd.randint(0, len(text))
        end = rnd.choice([rnd.randint(start, len(text)), len(text), len(text) + 5])
        assert surname_positions(text, start, end, names) == _by_regex(text, start, end, names), (
            text,
            start,
            end,
            names,
        )


def test_a_name_is_found_only_as_a_word_of_its_own() -> None:
    text = "Smithson met Smith; O’Smith and Smith-Jones did not, nor Smith_2, but (Smith) did."
    found = surname_positions(text, 0, len(text), {"Smith"})
    assert found == [(13, "Smith"), (text.index("(Smith)") + 1, "Smith")]
