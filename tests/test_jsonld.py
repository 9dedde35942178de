"""schema.org NewsArticle JSON-LD: rendering from the Article, offline validation against schema.org 30.0."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timezone
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archivist.record.model import Article, DateValue, Published, Span
from archivist.render.context import RenderContext
from archivist.render.jsonld import render_jsonld
from archivist.render.newsml import newsml_guid
from archivist.validate.jsonld import (
    OfflineLoaderError,
    is_jsonld,
    jsonld_problems,
    local_document_loader,
)
from archivist.validate.vocabulary import vocabulary

INGEST = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)


@pytest.fixture
def context() -> RenderContext:
    return RenderContext(ingest_time=INGEST)


def render(article: Article, context: RenderContext) -> dict[str, Any]:
    return json.loads(render_jsonld(article, context))


def problems_of(doc: Any) -> list[tuple[str, str, str]]:
    return [
        (p.code, p.location, p.severity) for p in jsonld_problems(json.dumps(doc).encode(), file="a.jsonld")
    ]


def base_doc(**extra: Any) -> dict[str, Any]:
    return {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "A headline", **extra}


# -- rendering -------------------------------------------------------------------------------------------


def test_full_article_renders_valid_jsonld(
    full_article: Article, context: RenderContext, no_network: list[Any]
):
    data = render_jsonld(full_article, context)
    assert jsonld_problems(data, file="article.jsonld") == []
    assert no_network == []
    assert data.endswith(b"}\n")


def test_minimal_article_renders_valid_jsonld(minimal_article: Article, context: RenderContext):
    data = render_jsonld(minimal_article, context)
    assert jsonld_problems(data) == []
    doc = json.loads(data)
    assert "author" not in doc and "datePublished" not in doc and "image" not in doc
    assert doc["headline"] == "Storm Closes Schools"


def test_render_is_byte_identical(full_article: Article, context: RenderContext):
    assert render_jsonld(full_article, context) == render_jsonld(
        full_article, RenderContext(ingest_time=INGEST)
    )


def test_source_date_epoch_makes_default_context_reproducible(
    full_article: Article, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first = render_jsonld(full_article, RenderContext())
    second = render_jsonld(full_article, RenderContext())
    assert first == second
    assert json.loads(first)["sdDatePublished"] == "2023-11-14"


def test_fidelity_with_the_article(full_article: Article, context: RenderContext):
    doc = render(full_article, context)
    assert doc["@context"] == "https://schema.org"
    assert doc["@type"] == "NewsArticle"
    assert doc["@id"] == newsml_guid(full_article, context)
    assert doc["headline"] == full_article.headline.text
    assert doc["dateline"] == full_article.dateline.text
    assert doc["datePublished"] == full_article.published.date.value == "2021-03-03"
    assert [a["name"] for a in doc["author"]] == [p.name for p in full_article.authors]
    assert all(a["@type"] == "Person" for a in doc["author"])
    assert doc["author"][0]["affiliation"] == {"@type": "Organization", "name": "Associated Press"}
    assert doc["image"]["caption"] == full_article.image.caption.text
    assert doc["image"]["creditText"] == full_article.image.credit.text
    assert doc["sourceOrganization"] == {"@type": "Organization", "name": "AP"}
    assert doc["articleBody"] == full_article.body_text
    assert doc["wordCount"] == len(full_article.body_text.split())
    assert doc["inLanguage"] == "en"
    quotations = [p for p in doc["hasPart"] if p["@type"] == "Quotation"]
    assert [(q["text"], q["spokenByCharacter"]["name"]) for q in quotations] == [
        (q.text, q.speaker) for q in full_article.quotes
    ]
    sections = [p for p in doc["hasPart"] if p["@type"] == "CreativeWork"]
    assert [s.get("headline") for s in sections] == [None, "Traffic"]
    assert sections[1]["text"] == "Commuters said the crossing now takes five minutes."
    source = doc["isBasedOn"]
    assert source["sha256"] == full_article.source.sha256
    assert source["name"] == "bridge.txt"
    assert source["contentSize"] == f"{full_article.source.size} bytes"
    assert doc["identifier"]["value"] == full_article.id


def test_unknown_year_is_not_invented(full_article: Article, context: RenderContext):
    date = DateValue("XXXX-03-03", "March 3", Span(0, 7))
    article = replace(
        full_article,
        published=Published(date, "dateline"),
        dateline=replace(full_article.dateline, date=date),
    )
    doc = render(article, context)
    assert "datePublished" not in doc
    assert doc["dateline"] == full_article.dateline.text
    assert jsonld_problems(render_jsonld(article, context)) == []


def test_printed_date_kept_in_dateline_when_there_is_no_dateline(
    minimal_article: Article, context: RenderContext
):
    date = DateValue("XXXX-03-03", "Published: March 3", Span(0, 18))
    doc = render(replace(minimal_article, published=Published(date, "published-line")), context)
    assert "datePublished" not in doc
    assert doc["dateline"] == "Published: March 3"


def test_dates_with_time_and_updates(full_article: Article, context: RenderContext):
    published = Published(
        DateValue("2021-03-03T14:05:00Z", "2:05 p.m.", Span(0, 1)),
        "published-line",
        updated=DateValue("2021-03-04T09:00:00", "updated", Span(0, 1)),
    )
    article = replace(full_article, published=published)
    doc = render(article, context)
    assert doc["datePublished"] == "2021-03-03T14:05:00Z"
    assert doc["dateModified"] == "2021-03-04"  # no zone given: the instant is unknown, the date is not
    assert jsonld_problems(render_jsonld(article, context)) == []


def test_no_byline_credits_the_agency(full_article: Article, context: RenderContext):
    doc = render(replace(full_article, byline=None, authors=()), context)
    assert doc["author"] == [{"@type": "Organization", "name": "AP"}]


def test_urls_become_content_url_and_source_url(full_article: Article, context: RenderContext):
    article = replace(
        full_article,
        image=replace(full_article.image, url="https://example.org/bridge.jpg"),
        source=replace(full_article.source, url="https://example.org/bridge.html"),
    )
    data = render_jsonld(article, context)
    doc = json.loads(data)
    assert doc["image"]["contentUrl"] == "https://example.org/bridge.jpg"
    assert doc["isBasedOn"]["url"] == "https://example.org/bridge.html"
    assert jsonld_problems(data) == []


def test_is_jsonld(full_article: Article, context: RenderContext):
    assert is_jsonld(render(full_article, context))
    assert not is_jsonld({"uri": "urn:x", "type": "text"})
    assert not is_jsonld([])


# -- vocabulary checks -----------------------------------------------------------------------------------


def test_misspelled_property_is_caught():
    problems = jsonld_problems(json.dumps(base_doc(hedline="x")).encode(), file="a.jsonld")
    assert [(p.code, p.location) for p in problems] == [("jsonld.unknown-property", "/hedline")]
    assert "did you mean 'headline'" in problems[0].message
    assert problems[0].line().startswith("a.jsonld /hedline: error: unknown property 'hedline'")


def test_unknown_type_is_caught_at_root_and_nested():
    doc = base_doc(author=[{"@type": "Person", "name": "A"}, {"@type": "Persn", "name": "B"}])
    doc["@type"] = "NewsArtikle"
    assert problems_of(doc) == [
        ("jsonld.unknown-type", "/@type", "error"),
        ("jsonld.unknown-type", "/author/1/@type", "error"),
    ]


def test_type_alias_and_type_arrays_are_located():
    doc = {"@context": "https://schema.org", "type": ["NewsArticle", "Newsarticle"]}
    assert problems_of(doc) == [("jsonld.unknown-type", "/type/1", "error")]


def test_author_as_place_is_out_of_range():
    assert problems_of(base_doc(author={"@type": "Place", "name": "Springfield"})) == [
        ("jsonld.range", "/author", "error")
    ]


def test_author_as_number_is_out_of_range_as_text_a_warning_with_nulls_skipped():
    # schema.org's data model allows text where an entity is expected (issue 13): a warning only.
    doc = base_doc(author=[None, 42, "John Doe", {"@type": "Person", "name": "Ann"}])
    assert problems_of(doc) == [
        ("jsonld.range", "/author/1", "error"),
        ("jsonld.text-for-entity", "/author/2", "warning"),
    ]
    message = jsonld_problems(json.dumps(doc).encode())[0].message
    assert message == "'author' number 42 does not fit Organization or Person"


def test_subclasses_fit_ranges():
    doc = base_doc(
        author={"@type": "NewsMediaOrganization", "name": "AP"},
        publisher={"@type": "Corporation", "name": "AP"},
        image={"@type": "ImageObject", "caption": "x"},
        hasPart={"@type": "WebPageElement", "text": "x"},
    )
    assert problems_of(doc) == []


def test_text_where_only_an_entity_is_expected_is_a_warning():
    # isPartOf: CreativeWork or URL, so a URL string is fine; about: Thing only, so text is worth a
    # warning (schema.org's data model allows it).
    doc = base_doc(isPartOf="https://example.org/issue/1", about="Bridges", inLanguage="en")
    assert problems_of(doc) == [("jsonld.text-for-entity", "/about", "warning")]


def test_a_graph_holding_a_newsarticle_is_validated():
    article = base_doc()
    del article["@context"]
    page = {"@type": "WebPage", "@id": "https://example.org/page", "name": "A page"}
    doc = {"@context": "https://schema.org", "@graph": [page, article]}
    assert problems_of(doc) == []
    article["author"] = 42
    assert problems_of(doc) == [("jsonld.range", "/@graph/1/author", "error")]
    doc["@graph"] = [page]
    assert problems_of(doc) == [("jsonld.root-type", "", "error")]


def test_literal_datatypes_are_checked():
    # commentCount: Integer; copyrightYear: Number; isAccessibleForFree: Boolean; position: Integer or Text.
    doc = base_doc(commentCount=2.5, copyrightYear="many", isAccessibleForFree=True, position="first")
    assert problems_of(doc) == [
        ("jsonld.range", "/commentCount", "error"),
        ("jsonld.range", "/copyrightYear", "error"),
    ]
    fine = base_doc(commentCount=2.0, copyrightYear="2021", isAccessibleForFree="False", position=1)
    assert problems_of(fine) == []


def test_schema_and_vocabulary_report_a_bad_value_once():
    problems = jsonld_problems(json.dumps(base_doc(headline=5, wordCount="many")).encode())
    assert [(p.code, p.location) for p in problems] == [
        ("jsonld.schema", "/headline"),
        ("jsonld.schema", "/wordCount"),
    ]


def test_dates_and_hashes_are_checked_by_our_schema():
    doc = base_doc(datePublished="yesterday", isBasedOn={"@type": "MediaObject", "sha256": "abc"})
    problems = jsonld_problems(json.dumps(doc).encode())
    assert [(p.code, p.location) for p in problems] == [
        ("jsonld.schema", "/datePublished"),
        ("jsonld.schema", "/isBasedOn/sha256"),
    ]
    assert problems[0].message == "'yesterday' is not a valid date or date-time"


def test_domain_mismatch_is_a_warning():
    doc = base_doc(image={"@type": "ImageObject", "dateline": "SPRINGFIELD"})
    assert problems_of(doc) == [("jsonld.domain", "/image/dateline", "warning")]


def test_foreign_terms_are_warned_about_not_rejected():
    doc = base_doc(**{"dc:title": "x"})
    assert problems_of(doc) == [("jsonld.foreign-term", "/dc:title", "warning")]


def test_document_must_describe_a_news_article():
    doc = {"@context": "https://schema.org", "@type": "Person", "name": "Ann"}
    assert problems_of(doc) == [("jsonld.root-type", "/@type", "error")]


def test_missing_type_and_bad_json():
    assert problems_of({"@context": "https://schema.org", "headline": "x"})[0] == (
        "jsonld.schema",
        "",
        "error",
    )
    problems = jsonld_problems(b'{"@context": "https://schema.org",\n "headline": }', file="bad.jsonld")
    assert [(p.code, p.line_number) for p in problems] == [("jsonld.parse", 2)]


def test_vocabulary_index():
    vocab = vocabulary()
    assert vocab is vocabulary()  # built once per process
    assert "Quotation" in vocab.classes and "Quotation" in vocab.pending
    assert vocab.properties["spokenByCharacter"].domains == {"Quotation"}
    assert vocab.properties["author"].ranges == {"Organization", "Person"}
    assert {"Article", "CreativeWork", "Thing"} <= vocab.ancestors("NewsArticle")
    assert vocab.is_textual("URL") and not vocab.is_textual("Integer")
    assert "hedline" not in vocab.properties


# -- offline ---------------------------------------------------------------------------------------------


def test_loader_serves_only_the_local_schemaorg_context():
    for url in ("https://schema.org", "http://schema.org/", "https://schema.org/docs/jsonldcontext.jsonld"):
        assert local_document_loader(url)["document"]["@context"]["@vocab"] == "http://schema.org/"
    with pytest.raises(OfflineLoaderError, match=r"refusing to load https://example\.org/context\.jsonld"):
        local_document_loader("https://example.org/context.jsonld")


def test_remote_contexts_are_refused_without_touching_the_network(no_network: list[Any]):
    doc = {"@context": ["https://schema.org", "https://w3id.org/other/context"], "@type": "NewsArticle"}
    problems = jsonld_problems(json.dumps(doc).encode())
    # Our schema names the contexts archivist accepts; the expansion says why the other one cannot be used.
    assert [(p.code, p.location) for p in problems] == [("jsonld.schema", "/@context"), ("jsonld.expand", "")]
    assert "refusing to load https://w3id.org/other/context" in problems[1].message
    assert no_network == []


def test_inline_contexts_work_offline(no_network: list[Any]):
    doc = {
        "@context": ["https://schema.org", {"titel": "http://schema.org/headline"}],
        "@type": "NewsArticle",
        "titel": "x",
        "hedline": "y",
    }
    assert problems_of(doc) == [("jsonld.unknown-property", "/hedline", "error")]
    assert no_network == []


def test_context_without_vocab_drops_and_leaves_relative_types(no_network: list[Any]):
    doc = {"@context": {"name": "http://schema.org/name"}, "@type": "NewsArticle", "name": "x", "author": "A"}
    assert problems_of(doc) == [
        ("jsonld.dropped", "/author", "error"),
        ("jsonld.relative-iri", "/@type", "error"),
        ("jsonld.root-type", "/@type", "error"),
    ]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                ["@type", "@id", "@value", "@list", "name", "author", "hedline", "x:y", "@context"]
            ),
            children,
            max_size=4,
        )
    ),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None)
@given(body=st.dictionaries(st.text(max_size=10), json_values, max_size=5))
def test_any_json_gives_problems_not_exceptions(body: dict[str, Any]):
    doc = {"@context": "https://schema.org", "@type": "NewsArticle", **body}
    for problem in jsonld_problems(json.dumps(doc).encode()):
        assert problem.code.startswith("jsonld.")
        resolve_pointer(doc, problem.location)  # every location points into the document as written


def resolve_pointer(doc: Any, pointer: str) -> Any:
    node = doc
    for part in pointer.split("/")[1:] if pointer else []:
        part = part.replace("~1", "/").replace("~0", "~")
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node
