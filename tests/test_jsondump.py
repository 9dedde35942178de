"""The fast indented writer gives json.dumps(..., ensure_ascii=False, indent=2)'s bytes, errors included."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from archivist.jsondump import dumps_indented
from archivist.parse import parse_source
from archivist.render import render_documents
from archivist.render.context import RenderContext
from archivist.source import read_source

ROOT = Path(__file__).resolve().parents[1]


def reference(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2)


@pytest.mark.parametrize(
    "obj",
    [
        {},
        [],
        (),
        "",
        0,
        -7,
        2**70,
        1.5,
        -0.0,
        1e16,
        1e-7,
        3.141592653589793,
        True,
        False,
        None,
        {"a": {}, "b": [], "c": [{}], "d": [[[]]], "e": {"f": {"g": [1, 2.5, "x", None, True, False]}}},
        [
            "é",
            "日本",
            "\u2028\u2029",
            "\x00\x1f\x7f",
            '"quoted" \\ back/slash',
            "\ud83d\ude00",
            "tab\tnew\nline",
        ],
        {"é key": "value", "": "", "\n": ["\r"]},
        (1, (2, (3,)), [4, {"five": (6,)}]),
    ],
)
def test_same_text_as_json(obj: object) -> None:
    assert dumps_indented(obj) == reference(obj)


@pytest.mark.parametrize(
    "obj",
    [{1: "int key"}, {2.5: "x", None: 1, True: 2}, [float("nan")], {"x": float("inf")}, [float("-inf")]],
)
def test_unusual_values_written_by_json_itself(obj: object) -> None:
    assert dumps_indented(obj) == reference(obj)


def test_errors_are_jsons() -> None:
    with pytest.raises(TypeError, match="not JSON serializable"):
        dumps_indented({"a": [object()]})
    cycle: list[object] = []
    cycle.append(cycle)
    with pytest.raises(ValueError, match="Circular reference"):
        dumps_indented(cycle)


def test_every_sample_document_byte_identical() -> None:
    # The documents of records/ and of a spread of test articles as the renderers write them: what
    # json.dumps would have written for the same data, byte for byte.
    written = [path.read_bytes() for path in sorted((ROOT / "records").rglob("*.json"))]
    context = RenderContext()
    for path in sorted((ROOT / "tests" / "articles").glob("*.txt"))[::20]:
        rendered = render_documents(parse_source(read_source(path)), context)
        written.extend(data for name, data in rendered.items() if name.endswith((".json", ".jsonld")))
    assert len(written) > 30
    for data in written:
        document = json.loads(data)
        assert data == (reference(document) + "\n").encode("utf-8")
        assert dumps_indented(document) == reference(document)
