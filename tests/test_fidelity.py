"""Fidelity: headline, dateline, byline, caption, credit, dates and quotations are the same in the
record and in all three documents (NewsML-G2, JSON-LD, ninjs), read back from the written bytes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree

from archivist.parse import parse_file
from archivist.record.model import Article
from archivist.render import render_documents
from archivist.render.context import RenderContext
from conftest import SAMPLE, make_full_article, make_minimal_article

NAR = "{http://iptc.org/std/nar/2006-10-01/}"
XHTML = "{http://www.w3.org/1999/xhtml}"
ARTICLES = sorted((Path(__file__).parent / "articles").glob("*.txt"))


def _articles() -> list[tuple[str, Article]]:
    chosen = [("fixture-full", make_full_article()), ("fixture-minimal", make_minimal_article())]
    chosen.append(("sample", parse_file(SAMPLE)))
    chosen.extend((path.stem, parse_file(path)) for path in ARTICLES)
    return chosen


def _text(root: etree._Element, path: str) -> str | None:
    found = root.find(path)
    return None if found is None else "".join(found.itertext())


def _newsml_view(documents: dict[str, bytes]) -> dict[str, object]:
    root = etree.fromstring(documents["newsml.xml"])
    meta = f"{NAR}contentMeta"
    quotes: dict[str, list[str]] = {}
    for q in root.iter(f"{XHTML}q"):
        quotes.setdefault(q.get("id", "").rsplit("-", 1)[0], []).append("".join(q.itertext()))
    speakers = [_text(part, f"{NAR}creator/{NAR}name") for part in root.findall(f"{NAR}partMeta")]
    view: dict[str, object] = {
        "headline": _text(root, f"{meta}/{NAR}headline"),
        "dateline": _text(root, f"{meta}/{NAR}dateline"),
        "authors": [_text(by, f"{NAR}name") for by in root.findall(f"{meta}/{NAR}creator")],
        "date": _text(root, f"{meta}/{NAR}contentCreated"),
        "quotes": [
            (" ".join(parts), speaker) for parts, speaker in zip(quotes.values(), speakers, strict=True)
        ],
    }
    if "newsml-picture.xml" in documents:
        picture = etree.fromstring(documents["newsml-picture.xml"])
        view["caption"] = _text(picture, f"{meta}/{NAR}description[@role='drol:caption']")
        view["credit"] = _text(picture, f"{meta}/{NAR}creditline")
    return view


def _jsonld_view(documents: dict[str, bytes]) -> dict[str, object]:
    doc = json.loads(documents["article.jsonld"])
    image = doc.get("image") or {}
    return {
        "headline": doc.get("headline"),
        "dateline": doc.get("dateline"),
        "authors": [a["name"] for a in doc.get("author", []) if a.get("@type") == "Person"],
        "date": doc.get("datePublished"),
        "caption": image.get("caption"),
        "credit": image.get("creditText"),
        "quotes": [
            (part["text"], (part.get("spokenByCharacter") or {}).get("name"))
            for part in doc.get("hasPart", [])
            if part.get("@type") == "Quotation"
        ],
    }


def _ninjs_view(documents: dict[str, bytes]) -> dict[str, object]:
    doc = json.loads(documents["ninjs.json"])
    descriptions = {d["role"]: d["value"] for d in doc.get("descriptions", [])}
    picture = next((a for a in doc.get("associations", []) if a.get("type") == "picture"), {})
    captions = {d["role"]: d["value"] for d in picture.get("descriptions", [])}
    xhtml = next(b["value"] for b in doc["bodies"] if b["contentType"] == "application/xhtml+xml")
    quotes: dict[str, list[str]] = {}
    titles: dict[str, str | None] = {}
    for q in etree.fromstring(xhtml.encode("utf-8")).iter(f"{XHTML}q"):
        key = q.get("id", "").rsplit("-", 1)[0]
        quotes.setdefault(key, []).append("".join(q.itertext()))
        titles[key] = q.get("title")
    return {
        "headline": doc["headlines"][0]["value"] if doc.get("headlines") else None,
        "dateline": descriptions.get("dateline"),
        "byline": doc.get("by"),
        "authors": [p["name"] for p in doc.get("people", []) if p.get("rel") == "author"],
        "caption": captions.get("caption"),
        "credit": picture.get("by"),
        "quotes": [(" ".join(parts), titles[key]) for key, parts in quotes.items()],
    }


@pytest.mark.parametrize(
    ("name", "article"), _articles(), ids=lambda value: value if isinstance(value, str) else ""
)
def test_record_and_documents_agree(name: str, article: Article) -> None:
    documents = render_documents(article, RenderContext())
    record = json.loads(documents["record.json"])
    headline = record["headline"]["text"] if record["headline"] else None
    dateline = record["dateline"]["text"] if record["dateline"] else None
    authors = [a["name"] for a in record["authors"]]
    image = record["image"] or {}
    caption = (image.get("caption") or {}).get("text")
    credit = (image.get("credit") or {}).get("text")
    quotes = [(q["text"], (q["speaker"] or {}).get("name")) for q in record["quotes"]]
    published = (record["published"] or {}).get("value")
    dateline_date = ((record["dateline"] or {}).get("date") or {}).get("value")

    newsml, jsonld, ninjs = _newsml_view(documents), _jsonld_view(documents), _ninjs_view(documents)
    for label, view in (("newsml", newsml), ("jsonld", jsonld), ("ninjs", ninjs)):
        assert view["headline"] == headline, f"{name}: {label} headline"
        assert view["dateline"] == dateline, f"{name}: {label} dateline"
        assert view["authors"] == authors, f"{name}: {label} authors"
        assert view.get("caption") == caption, f"{name}: {label} caption"
        assert view.get("credit") == credit, f"{name}: {label} credit"
    assert ninjs["byline"] == (record["byline"]["text"] if record["byline"] else None), name

    # Quotations: NewsML-G2 and ninjs carry each fragment exactly as in the source (marked up with q);
    # JSON-LD carries the record's text, fragments joined.
    fragments = [
        (" ".join(p["text"] for p in q["parts"]), (q["speaker"] or {}).get("name")) for q in record["quotes"]
    ]
    assert newsml["quotes"] == fragments, f"{name}: newsml quotations"
    assert ninjs["quotes"] == fragments, f"{name}: ninjs quotations"
    assert jsonld["quotes"] == quotes, f"{name}: jsonld quotations"

    # Dates: a full date is written as it is; a year-less EDTF date is never given an invented year.
    assert jsonld["date"] == (published if published and not published.startswith("X") else None) or (
        jsonld["date"] is not None and published is not None and published.startswith(jsonld["date"][:10])
    ), f"{name}: jsonld datePublished {jsonld['date']!r} vs {published!r}"
    if dateline_date and not dateline_date.startswith("X"):
        assert newsml["date"] is not None and newsml["date"].startswith(dateline_date[:10]), name
    else:
        assert newsml["date"] is None, f"{name}: contentCreated written without a known dateline date"
