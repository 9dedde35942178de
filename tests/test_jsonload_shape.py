"""load_json's checks (nesting, lone surrogates) give the same answers with the shortcut for UTF-8
bytes without a surrogate escape (only containers walked) as the full walk of every string."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from archivist.jsonload import MAX_DEPTH, JSONDocumentError, _shape_problem, load_json

ROOT = Path(__file__).resolve().parents[1]


def _deep(levels: int) -> bytes:
    return b'{"a": ' * levels + b"1" + b"}" * levels


CORPUS = [
    *(p.read_bytes() for p in sorted(ROOT.glob("records/*/*.json*"))),
    _deep(MAX_DEPTH),
    _deep(MAX_DEPTH + 1),
    b"[" * (MAX_DEPTH + 1) + b"]" * (MAX_DEPTH + 1),
    b'{"k": [1, "x", {"y": [true, null, 2.5]}], "z": {}}',
    b'"just a string"',
    b"3",
]


@pytest.mark.parametrize("data", CORPUS, ids=range(len(CORPUS)))
def test_container_walk_matches_the_full_walk(data: bytes) -> None:
    document = json.loads(data)
    assert _shape_problem(document, MAX_DEPTH, strings=False) == _shape_problem(document, MAX_DEPTH)


@pytest.mark.parametrize(
    "data",
    [
        b'"\\ud800"',
        b'{"a": "\\uDFFF"}',
        b'{"\\udc00": 1}',
        b'["ok", ["\\uDbFF"]]',
        '"\\ud800"'.encode("utf-16"),
        '"\\ud800"'.encode("utf-32-le"),
        b'\xef\xbb\xbf"\\ud800"',
    ],
)
def test_lone_surrogates_are_refused_whatever_the_encoding(data: bytes) -> None:
    with pytest.raises(JSONDocumentError, match="lone surrogate"):
        load_json(data)


def test_pairs_escaped_backslashes_and_deep_documents() -> None:
    assert load_json(b'"\\ud83d\\ude00"') == "\U0001f600"
    assert load_json(b'"\\\\ud800"') == "\\ud800"  # an escaped backslash: no surrogate, full walk
    with pytest.raises(JSONDocumentError, match="nested deeper"):
        load_json(_deep(MAX_DEPTH + 1))
    assert load_json(_deep(MAX_DEPTH)) is not None
