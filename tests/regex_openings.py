"""Every character a compiled pattern's match may open with, read from the pattern's parse tree: for the tests
of the readers that try a pattern only at the characters it can open with (issue 11, speed)."""

from __future__ import annotations

import re
import sys
from functools import cache
from typing import Any

try:  # Python 3.11+
    import re._parser as _parser  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _parser  # type: ignore[no-redef]

_ANY = "(?s:.)"


def _items_openings(items: list[tuple[Any, Any]]) -> tuple[set[str], bool]:
    """The openings (as one-character patterns) of a sequence of items, and whether it may match empty."""
    found: set[str] = set()
    for op, value in items:
        openings, empty = _openings(str(op), value)
        found |= openings
        if not empty:
            return found, False
    return found, True


def _openings(op: str, value: Any) -> tuple[set[str], bool]:
    if op == "LITERAL":
        return {re.escape(chr(value))}, False
    if op == "IN":
        return {_class(value)}, False
    if op in ("NOT_LITERAL", "ANY", "GROUPREF"):
        return {_ANY}, op == "GROUPREF"
    if op == "BRANCH":
        found: set[str] = set()
        empty = False
        for branch in value[1]:
            openings, branch_empty = _items_openings(list(branch))
            found |= openings
            empty = empty or branch_empty
        return found, empty
    if op == "SUBPATTERN":
        openings, empty = _items_openings(list(value[-1]))
        # an inline flag (``(?i:…)``) holds for the group's openings too
        _, add_flags, del_flags, _ = value
        if add_flags & re.IGNORECASE:
            openings = {f"(?i:{opening})" for opening in openings}
        if del_flags & re.IGNORECASE:
            openings = {f"(?-i:{opening})" for opening in openings}
        return openings, empty
    if op == "ATOMIC_GROUP":
        return _items_openings(list(value))
    if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        openings, empty = _items_openings(list(value[2]))
        return openings, empty or value[0] == 0
    if op in ("AT", "ASSERT", "ASSERT_NOT"):  # zero width: what follows opens the match
        return set(), True
    raise ValueError(f"no openings known for {op}")


_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


def _class(items: list[tuple[Any, Any]]) -> str:
    parts: list[str] = []
    negate = False
    for op, value in items:
        name = str(op)
        if name == "NEGATE":
            negate = True
        elif name == "LITERAL":
            parts.append(re.escape(chr(value)))
        elif name == "RANGE":
            parts.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif name == "CATEGORY":
            parts.append(_CATEGORIES[str(value)])
        else:
            raise ValueError(f"no openings known for {name} in a class")
    return ("[^" if negate else "[") + "".join(parts) + "]"


@cache
def opening_characters(pattern: re.Pattern[str]) -> frozenset[str]:
    """Every character ``pattern`` may open a match with (not one: it may match empty)."""
    openings, empty = _items_openings(list(_parser.parse(pattern.pattern, pattern.flags)))
    if empty:
        raise ValueError(f"{pattern.pattern[:60]!r} may match empty")
    one = re.compile("|".join(sorted(openings)), pattern.flags)
    return frozenset(char for char in map(chr, range(sys.maxunicode + 1)) if one.fullmatch(char))


def finite_language(pattern: str) -> frozenset[str]:
    """Every string ``pattern`` (no flags) matches, a run of white space (``\\s+``) written as one space: for
    alternations of words, with optional letters and small classes."""
    return frozenset(_language(list(_parser.parse(pattern))))


def _language(items: list[tuple[Any, Any]]) -> set[str]:
    found = {""}
    for at, (op, value) in enumerate(items):
        if str(op) == "ASSERT" and value[0] == 1:
            # a look ahead of single characters (``words.alternation``'s gate, ``(?=[abc])``): what follows,
            # kept where it opens with one of them
            opening = _language(list(value[1]))
            if any(len(char) != 1 for char in opening):
                return _unknown(str(op))
            rest = {tail for tail in _language(items[at + 1 :]) if tail[:1] in opening}
            return {head + tail for head in found for tail in rest}
        found = {head + tail for head in found for tail in _item_language(str(op), value)}
    return found


def _item_language(op: str, value: Any) -> set[str]:
    if op == "LITERAL":
        return {chr(value)}
    if op == "IN" and [str(kind) for kind, _ in value] == ["CATEGORY"]:
        return {" "} if str(value[0][1]) == "CATEGORY_SPACE" else _unknown(op)
    if op == "IN":
        return {char for kind, code in value for char in _class_members(str(kind), code)}
    if op == "BRANCH":
        return {word for branch in value[1] for word in _language(list(branch))}
    if op == "SUBPATTERN":
        return _language(list(value[-1]))
    if op == "MAX_REPEAT" and value[:2] == (0, 1):
        return {"", *_language(list(value[2]))}
    if op == "MAX_REPEAT" and value[0] == 1 and _language(list(value[2])) == {" "}:
        return {" "}  # \s+
    return _unknown(op)


def _class_members(kind: str, code: Any) -> set[str]:
    if kind == "LITERAL":
        return {chr(code)}
    if kind == "RANGE" and code[1] - code[0] < 64:
        return set(map(chr, range(code[0], code[1] + 1)))
    return _unknown(kind)


def _unknown(op: str) -> set[str]:
    raise ValueError(f"no finite language for {op}")
