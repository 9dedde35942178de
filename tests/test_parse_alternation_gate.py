"""The look ahead gating a wide node of ``words.alternation``'s tree (``(?=[abc…])(?:a…|b…|c…)``) must never
change what the tree matches: the class of the branches' first characters must take exactly the characters
one of the branches opens with, under IGNORECASE too (its folds: the long s, the Kelvin sign, the dotted and
dotless i, the micro sign…)."""

from __future__ import annotations

import re
import sys

import pytest

from archivist.parse import words
from archivist.parse.calendar import MONTH_ALTERNATION, WEEKDAY_ALTERNATION
from archivist.parse.labelwords import label_alternation

# the look ahead as ``_branch`` writes it: a class of escaped characters (``\s`` for a space), never negated
# (``re.escape`` writes a "^" as "\^"; ``calendar.script_alternation``'s own look ahead is a negated class)
_GATE = re.compile(r"\(\?=\[(?!\^)((?:\\.|[^\]\\])*)\]\)")
_MEMBER = re.compile(r"\\s|\\.|.", re.DOTALL)


def _gates(pattern: str) -> list[list[str]]:
    """Each gate's members in ``pattern``, as expressions of one character each (``a``, ``\\-``)."""
    return [_MEMBER.findall(found.group(1)) for found in _GATE.finditer(pattern)]


def _trees() -> list[str]:
    return [
        MONTH_ALTERNATION,
        WEEKDAY_ALTERNATION,
        label_alternation("photo"),
        label_alternation("by"),
        label_alternation("by", capitalised=True),
    ]


def test_wide_nodes_are_gated_and_narrow_ones_not() -> None:
    names = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]
    pattern = words.alternation(names)
    assert pattern.startswith("(?=[abdegiktz])")  # the first letters of the ten names: one gate
    assert words.alternation(["ab", "ac"]) == "a(?:b|c)"  # two branches: no gate
    assert words.alternation(["jan", "feb"]) == "(?:feb|jan)"
    # a node opening a branch with an apostrophe: ungated (``related`` rewrites the apostrophes as a class)
    with_apostrophe = [*names[:8], "'t Hooft"]
    assert not words.alternation(with_apostrophe).startswith("(?=")


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_gated_tree_matches_as_the_plain_tree(flags: int) -> None:
    """The trees with and without their gates match the same texts, names and not-names alike."""
    names = sorted(
        {"Montag", "mardi", "Μάρτιος", "Ιανουάριος", "Şubat", "İyul", "Kasım", "ſeptember", "ОКТЯБРЬ", "ÉTÉ"}
        | {"maj", "juni", "July", "juin", "Jänner", "kwiecień", "Śr", "ṣẹ́", "ngày", "tháng"}
    )
    gated = re.compile(words.alternation(names), flags)
    original = words._GATED_BRANCHES
    words._GATED_BRANCHES = sys.maxsize  # no node gated
    try:
        plain = re.compile(words.alternation(names), flags)
    finally:
        words._GATED_BRANCHES = original
    assert gated.pattern != plain.pattern
    samples = [*names, *(name.upper() for name in names), *(name.lower() for name in names)]
    samples += ["septEMBER", "SEPTEMBER", "KASIM", "kasim", "\u212aasım", "iyul", "ıyul", "x", "", " mardi"]
    for text in samples:
        assert (gated.match(text) is None) == (plain.match(text) is None), text
        if gated.match(text):
            assert gated.match(text).group() == plain.match(text).group(), text


def test_gate_class_takes_what_its_branches_open_with_on_every_code_point() -> None:
    """For every gate of the calendar's and the labels' trees: a character matches the gate's class under
    IGNORECASE exactly when it matches one of the gate's characters alone (case-sensitive, trivially)."""
    gates = [gate for tree in _trees() for gate in _gates(tree)]
    assert gates  # (the trees are wide: their first letters are gated)
    alphabet = sorted({member for gate in gates for member in gate})
    any_class = re.compile(f"[{''.join(alphabet)}]", re.IGNORECASE)
    any_literal = re.compile("|".join(alphabet), re.IGNORECASE)
    # the characters that may matter: any taken by the whole alphabet, as a class or as literals (a character
    # neither takes is taken by no gate and no branch)
    candidates = [
        char
        for char in map(chr, range(sys.maxunicode + 1))
        if any_class.fullmatch(char) is not None or any_literal.fullmatch(char) is not None
    ]
    for gate in {tuple(gate) for gate in gates}:
        as_class = re.compile(f"[{''.join(gate)}]", re.IGNORECASE)
        as_literals = re.compile("|".join(gate), re.IGNORECASE)
        for char in candidates:
            assert (as_class.fullmatch(char) is None) == (as_literals.fullmatch(char) is None), (gate, char)
