"""The own JSON-LD expansion (validate/jsonld_expand.py) gives pyld's result exactly, key order included,
on every document it takes; and hands every document outside its shape back to pyld."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from archivist.parse import parse_source
from archivist.render.context import RenderContext
from archivist.render.jsonld import render_jsonld
from archivist.source import read_source
from archivist.validate.jsonld_expand import _ordered
from archivist.validate.jsonld_loader import _expander, jsonld, local_document_loader
from archivist.validate.jsonld_pointers import _marked

ROOT = Path(__file__).resolve().parents[1]
CTX = "https://schema.org"
OPTIONS = {"documentLoader": local_document_loader, "base": None, "processingMode": "json-ld-1.1"}


def _pyld(document: Any) -> Any:
    dropped: list[str] = []
    result = jsonld.expand(copy.deepcopy(document), dict(OPTIONS), on_property_dropped=dropped.append)
    assert not dropped
    return result


def _same_as_pyld(document: Any) -> None:
    fast = _expander().expand(copy.deepcopy(document))
    assert fast is not None, "expected the own expansion to take this document"
    assert _ordered(fast) == _ordered(_pyld(document))


def _same_marked(document: Any) -> None:
    """Expanding with marks is expanding the marked copy, without making it (issue 14)."""
    fast = _expander().expand(copy.deepcopy(document), marked=True)
    assert _ordered(fast) == _ordered(_expander().expand(_marked(document)))
    if fast is not None:
        assert _ordered(fast) == _ordered(_pyld(_marked(document)))


def _rendered_corpus() -> list[dict[str, Any]]:
    """The JSON-LD archivist renders for every test article and sample, and the committed records."""
    context = RenderContext()
    paths = sorted((ROOT / "tests" / "articles").glob("*.txt")) + sorted((ROOT / "examples").glob("*.txt"))
    documents = [json.loads(render_jsonld(parse_source(read_source(p)), context)) for p in paths]
    documents += [json.loads(p.read_bytes()) for p in sorted((ROOT / "records").glob("*/article.jsonld"))]
    return documents


def test_rendered_corpus_expands_as_pyld_does_marked_and_unmarked() -> None:
    corpus = _rendered_corpus()
    assert len(corpus) > 50
    for document in corpus:
        _same_as_pyld(document)
        _same_as_pyld(_marked(document))  # as the checker expands it
        _same_marked(document)


EDGE_CASES: list[dict[str, Any]] = [
    # nulls dropped, empty arrays kept, arrays of nulls become empty
    {"@context": CTX, "@type": "NewsArticle", "headline": None, "author": [], "name": [None, "n", None]},
    # Date coercion applies to strings, numbers and booleans alike
    {"@context": CTX, "@type": "NewsArticle", "datePublished": [2005, "2005-01-01", True, 1.5]},
    # @id-typed terms: relative, absolute, blank node, fragment, number, node object
    {
        "@context": CTX,
        "@type": "NewsArticle",
        "url": [
            "a/b",
            "https://e.org/x?y#z",
            "_:b0",
            "#frag",
            "//host/p",
            5,
            {"@type": "WebPage", "name": "p"},
        ],
        "sameAs": "urn:isbn:123",
    },
    # types: several, a foreign absolute IRI, an unknown schema.org-looking name; @id forms
    {"@context": "https://schema.org/", "@type": ["NewsArticle", "foo:Bar", "Nonexistent"], "@id": "urn:x:1"},
    {"@context": "http://schema.org", "@id": "relative/id", "@type": "Person", "name": "Ann"},
    # an absolute IRI as a key, the same property written twice (merged in key order), unknown terms
    {
        "@context": CTX,
        "@type": "NewsArticle",
        "http://schema.org/name": "a",
        "name": ["b", "c"],
        "hedline": "typo",
        "urn:x-archivist:json-pointer": "/",
        "my_term.v2-x": 1,
    },
    # nesting, numbers, booleans, Unicode
    {
        "@context": CTX,
        "@type": "NewsArticle",
        "wordCount": 12,
        "isAccessibleForFree": False,
        "author": [{"@type": "Person", "name": "Zoë", "affiliation": {"@type": "Organization", "name": "Ö"}}],
        "aggregateRating": {"@type": "AggregateRating", "ratingValue": 4.25},
    },
    # a prefix term used as a plain key, and a key that is a class name
    {"@context": CTX, "@type": "Thing", "schema": "x", "Person": "y"},
    # nested ids, upper-case keys sorting before lower-case ones
    {
        "@context": CTX,
        "@type": "Thing",
        "Zeta": 1,
        "alpha": {"@id": "_:n1", "@type": "Date", "B": "b", "a": "a"},
    },
    # a term whose definition is a compact IRI over another prefix (pyld looks the term up)
    {"@context": CTX, "@type": "Thing", "HTML": "rdf:HTML"},
]


@pytest.mark.parametrize("document", EDGE_CASES, ids=range(len(EDGE_CASES)))
def test_edge_cases_expand_as_pyld_does(document: dict[str, Any]) -> None:
    _same_as_pyld(document)
    _same_as_pyld(_marked(document))
    _same_marked(document)


OUTSIDE: list[Any] = [
    [{"@context": CTX, "@type": "NewsArticle"}],  # a top-level array
    {"@context": "https://example.org/ctx", "@type": "NewsArticle"},  # another context
    {"@context": {"@vocab": "http://schema.org/"}, "@type": "NewsArticle"},  # an inline context
    {"@context": CTX, "type": "NewsArticle"},  # a keyword alias
    {"@context": CTX, "@type": "NewsArticle", "id": "x"},
    {"@context": CTX, "@type": "NewsArticle", "schema:name": "compact IRI key"},
    {"@context": CTX, "@type": "schema:NewsArticle"},  # compact IRI type
    {"@context": CTX, "@type": "NewsArticle", "url": "schema:x"},  # compact IRI value
    {"@context": CTX, "@type": "NewsArticle", "@graph": []},
    {"@context": CTX, "@type": "NewsArticle", "name": {"@value": "v"}},  # a value object
    {"@context": CTX, "@type": "NewsArticle", "name": {"@context": CTX, "name": "n"}},  # nested context
    {"@context": CTX, "@type": "NewsArticle", "name": [["nested"]]},
    {"@context": CTX, "@type": 5},
    {"@context": CTX, "@type": [], "name": "n"},  # pyld drops an empty type list
    {"@context": CTX, "@id": 5, "name": "n"},
    {"@context": CTX, "@id": "x"},  # nothing but an id: pyld drops it
    {"@context": CTX, "@type": "NewsArticle", "head line": "space"},
    {"@context": CTX, "@type": "NewsArticle", "url": "@id"},
]


@pytest.mark.parametrize("document", OUTSIDE, ids=range(len(OUTSIDE)))
def test_documents_outside_the_shape_are_left_to_pyld(document: Any) -> None:
    assert _expander().expand(copy.deepcopy(document)) is None
    _same_marked(document)


def test_marks_replace_a_key_of_the_same_name_and_follow_list_positions() -> None:
    document = {
        "@context": CTX,
        "@type": "NewsArticle",
        "urn:x-archivist:json-pointer": "written by someone else",
        "author": [None, {"@type": "Person", "name": "A"}, {"@type": "Person", "name": "B"}],
        "publisher": {"@type": "Organization", "name": "P"},
    }
    _same_marked(document)
    expanded = _expander().expand(document, marked=True)
    assert expanded is not None
    authors = expanded[0]["http://schema.org/author"]
    assert [a["urn:x-archivist:json-pointer"] for a in authors] == [
        [{"@value": "/author/1"}],
        [{"@value": "/author/2"}],
    ]
    assert expanded[0]["urn:x-archivist:json-pointer"] == [{"@value": ""}]


def test_cross_check_catches_a_wrong_own_expansion(monkeypatch: pytest.MonkeyPatch) -> None:
    from archivist.schemacheck import EngineDisagreement
    from archivist.validate import jsonld_checker as module
    from archivist.validate.jsonld import jsonld_problems

    document = json.dumps({"@context": CTX, "@type": "NewsArticle", "headline": "H"}).encode()
    monkeypatch.setenv("ARCHIVIST_SCHEMA_CROSSCHECK", "1")
    real = module._expander()

    class Wrong:
        def expand(self, doc: Any, **options: Any) -> Any:
            result = real.expand(doc, **options)
            result[0].pop("@type")
            return result

    monkeypatch.setattr(module, "_expander", lambda: Wrong())
    with pytest.raises(EngineDisagreement):
        jsonld_problems(document)
    monkeypatch.setenv("ARCHIVIST_SCHEMA_CROSSCHECK", "0")  # without the cross-check the own result is used
    assert {p.code for p in jsonld_problems(document)} == {"jsonld.root-type"}
