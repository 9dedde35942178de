"""jsonschema-rs decides and jsonschema explains (archivist.schemacheck): the two must give the same verdict
on every document archivist produces or is given in these tests, valid and invalid alike."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from archivist.parse import parse_source
from archivist.record.io import record_validator
from archivist.render import JSONLD, NINJS, RECORD, render_documents
from archivist.render.context import RenderContext
from archivist.schemacheck import EngineDisagreement, TwoEngineValidator, format_check
from archivist.source import read_source
from archivist.validate.jsonld import newsarticle_validator
from archivist.validate.ninjs import ninjs_validator
from conftest import REFERENCE, ROOT

ARTICLES = sorted((ROOT / "tests" / "articles").glob("*.txt"))
NINJS_FILES = sorted((REFERENCE / "ninjs-validation").rglob("*.json")) + sorted(
    (REFERENCE / "ninjs-examples").rglob("*.json")
)
VALIDATORS = {RECORD: record_validator, NINJS: ninjs_validator, JSONLD: newsarticle_validator}
# Strings that the two engines' own regex and format rules treat differently (ECMA-262 vs Python \s and
# \d; RFC 3339 corner cases; URIs with spaces, controls, no scheme): put where a format or pattern applies.
AWKWARD = [
    "",
    " ",
    "a\x1cb",
    "a\x85b",
    "a\ufeffb",
    "a\u00a0b",
    "http://a\x1cb",
    "http://a\x85b",
    "http://a\ufeffb",
    "http://a b",
    "//no-scheme",
    "urn:x",
    "mailto:a@b",
    "http://[::1]/",
    "http://ex.am/ple?q=1#f",
    "http://exa%zzmple",
    "\u0661\u0669\u0669\u0660-01-01",
    "1990-01-01",
    "1990-13-01",
    "1990-02-30",
    "1990-01-01T00:00:00Z",
    "1990-01-01T23:59:60Z",
    "1990-01-01t00:00:00z",
    "1990-01-01T00:00:00",
    "1990-01-01 00:00:00Z",
    "1990-01-01T00:00:00.123+05:30",
    "1990-01-01T24:00:00Z",
    "XXXX-XX-XX",
    "2024",
    "2024-05-06T07:08Z",
    "en",
    "en-GB",
    "e",
    "abc\ndef",
    "\u00e9t\u00e9",
]


def _rendered() -> Iterator[tuple[str, str, Any]]:
    context = RenderContext()
    for path in ARTICLES:
        documents = render_documents(parse_source(read_source(path)), context)
        for name in VALIDATORS:
            yield path.stem, name, json.loads(documents[name])


RENDERED = list(_rendered())


def _strings(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _strings(value, (*path, index))
    elif isinstance(node, str):
        yield path


def _replaced(doc: Any, path: tuple[Any, ...], value: Any) -> Any:
    out = copy.deepcopy(doc)
    node = out
    for step in path[:-1]:
        node = node[step]
    if path:
        node[path[-1]] = value
    else:
        out = value
    return out


def _mutations(doc: Any) -> Iterator[Any]:
    """Each kind of string (its path, indices aside) replaced by each awkward string; every key dropped;
    every value given a wrong type."""
    kinds: set[tuple[Any, ...]] = set()
    for path in _strings(doc):
        kind = tuple(0 if isinstance(step, int) else step for step in path)
        if kind in kinds:
            continue
        kinds.add(kind)
        for text in AWKWARD:
            yield _replaced(doc, path, text)
    if isinstance(doc, dict):
        for key in doc:
            yield {k: v for k, v in doc.items() if k != key}
            yield {**doc, key: 12}
            yield {**doc, key: None}
        yield {**doc, "notAProperty": True}
    yield [doc]


def _verdicts(validator: TwoEngineValidator, doc: Any) -> tuple[bool | None, bool]:
    return validator.fast_is_valid(doc), not any(True for _ in validator.python.iter_errors(doc))


def test_every_corpus_article_renders_documents_both_engines_accept():
    assert len(ARTICLES) >= 20
    for stem, name, doc in RENDERED:
        validator = VALIDATORS[name]()
        assert _verdicts(validator, doc) == (True, True), (stem, name)


@pytest.mark.parametrize("name", list(VALIDATORS))
def test_both_engines_agree_on_mutated_documents(name: str):
    validator = VALIDATORS[name]()
    # Three articles of different shapes are enough to reach every keyword; the rest repeat them.
    docs = [doc for _stem, doc_name, doc in RENDERED if doc_name == name][:3]
    checked = invalid = 0
    for doc in docs:
        for mutated in _mutations(doc):
            fast, python = _verdicts(validator, mutated)
            assert fast == python, json.dumps(mutated, ensure_ascii=True)[:300]
            checked += 1
            invalid += not python
    assert checked > 200 and invalid > 50  # the mutations do reach the schema's constraints


@pytest.mark.parametrize("path", NINJS_FILES, ids=lambda p: str(p.relative_to(REFERENCE)))
def test_both_engines_agree_on_iptc_ninjs_files(path: Path):
    doc = json.loads(path.read_bytes())
    fast, python = _verdicts(ninjs_validator(), doc)
    assert fast == python


def test_iptc_suite_has_documents_both_engines_reject():
    should_fail = sorted((REFERENCE / "ninjs-validation" / "test_suite" / "3.0" / "should_fail").glob("*"))
    assert should_fail
    assert [_verdicts(ninjs_validator(), json.loads(p.read_bytes())) for p in should_fail].count(
        (False, False)
    ) >= 5


def test_fast_verdict_alone_skips_python_and_invalid_gets_python_errors(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("ARCHIVIST_SCHEMA_CROSSCHECK", raising=False)
    built: list[int] = []

    def python_validator() -> Any:
        import jsonschema

        built.append(1)
        cls = jsonschema.Draft202012Validator
        return cls(SCHEMA, format_checker=cls.FORMAT_CHECKER)

    validator = TwoEngineValidator(SCHEMA, python_validator)
    assert list(validator.iter_errors({"when": "2024-01-02T03:04:05Z", "code": "ab"})) == []
    assert built == []  # a valid document never needs the Python engine
    errors = list(validator.iter_errors({"when": "yesterday", "code": "a\x1cb"}))
    assert sorted(e.validator for e in errors) == ["format", "pattern"]
    assert built == [1]


def test_crosscheck_raises_when_the_engines_disagree(monkeypatch: pytest.MonkeyPatch):
    import jsonschema

    monkeypatch.setenv("ARCHIVIST_SCHEMA_CROSSCHECK", "1")
    # A Python validator for a stricter schema than the fast engine's stands in for a disagreement.
    stricter = {**SCHEMA, "required": ["when", "code", "extra"]}
    validator = TwoEngineValidator(SCHEMA, lambda: jsonschema.Draft202012Validator(stricter))
    with pytest.raises(EngineDisagreement, match="jsonschema-rs says valid"):
        list(validator.iter_errors({"when": "2024-01-02T03:04:05Z", "code": "ab"}))


def test_a_document_rust_cannot_take_is_judged_by_python():
    validator = record_validator()
    lone_surrogate = {"id": "\ud800"}
    assert validator.fast_is_valid(lone_surrogate) in (None, False)
    assert list(validator.iter_errors(lone_surrogate))


SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["when", "code"],
    "properties": {"when": {"format": "date-time"}, "code": {"pattern": "^[^\\s]+$"}},
}


@pytest.mark.parametrize("name", ["date", "date-time", "uri", "email"])
def test_format_checks_are_jsonschemas_own(name: str):
    import jsonschema

    checker = jsonschema.Draft202012Validator.FORMAT_CHECKER
    samples = [
        *AWKWARD,
        "a@b.c",
        "not an email",
        "2024-02-29",
        "2023-02-29",
        "0000-01-01",
        "99999-01-01",
        "http://example.com/a b",
        "https://x.org/%41",
        "ftp://h:70000/",
        "\udcff",
    ]
    answers = [(text, format_check(name)(text)) for text in samples]
    assert answers == [(text, checker.conforms(text, name)) for text in samples]
    assert {ok for _text, ok in answers} == {True, False}  # each format both passes and fails something
