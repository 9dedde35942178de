"""The record's span check (a span must not end before it starts) finds a backward span wherever it is,
with its JSON Pointer: the quick walk that decides (issue 14) against every span of a real record."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from archivist.record.io import _has_backward_span, json_pointer, record_problems

RECORDS = Path(__file__).resolve().parents[1] / "records"
RECORD = RECORDS / "rferl-2005-11-30-washington-iraq-iran" / "record.json"


def _span_holders(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = []
    if isinstance(node, dict):
        if isinstance(node.get("span"), dict):
            found.append(path)
        for key, value in node.items():
            found.extend(_span_holders(value, (*path, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_span_holders(value, (*path, index)))
    return found


def _at(node: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        node = node[step]
    return node


def test_every_backward_span_is_found_where_it_is() -> None:
    record = json.loads(RECORD.read_bytes())
    assert record_problems(record) == []
    assert not _has_backward_span(record)
    holders = _span_holders(record)
    assert len(holders) > 20  # headline, paragraphs, sentences, quotations...
    for path in holders:
        broken = copy.deepcopy(record)
        span = _at(broken, path)["span"]
        span["start"], span["end"] = span["end"] + 1, span["end"]
        assert _has_backward_span(broken), path
        problems = record_problems(broken)
        assert [(p.code, p.location) for p in problems] == [("record.span", json_pointer((*path, "span")))], (
            path
        )


def test_spans_that_are_empty_or_not_objects_are_not_backward() -> None:
    assert not _has_backward_span({"span": {"start": 3, "end": 3}, "items": [{"span": [5, 1]}, "text", 7]})
    assert _has_backward_span([{"a": [{"b": {"span": {"start": 2, "end": 1}}}]}])
    assert not _has_backward_span("span")
