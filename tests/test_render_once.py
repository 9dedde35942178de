"""``render_documents`` builds each piece once (issue 14): the XHTML body that NewsML-G2 and ninjs both
carry is built once, and the documents are byte for byte those each renderer gives on its own."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

import pytest

from archivist.render import JSONLD, NEWSML, NEWSML_PICTURE, NINJS, render_documents
from archivist.render import xhtml as xhtml_module
from archivist.render.context import RenderContext
from archivist.render.jsonld import render_jsonld
from archivist.render.newsml import render_newsml, render_newsml_picture
from archivist.render.ninjs import render_ninjs
from conftest import make_full_article, make_minimal_article

CONTEXT = RenderContext(ingest_time=datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc))


@pytest.mark.parametrize("make", [make_full_article, make_minimal_article])
def test_documents_equal_each_renderer_alone(make) -> None:  # type: ignore[no-untyped-def]
    for article in (make(), replace(make(), image=None)):
        documents = render_documents(article, CONTEXT)
        assert documents[NEWSML] == render_newsml(article, CONTEXT)
        assert documents[NINJS] == render_ninjs(article, CONTEXT)
        assert documents[JSONLD] == render_jsonld(article, CONTEXT)
        picture = render_newsml_picture(article, CONTEXT)
        assert documents.get(NEWSML_PICTURE) == picture


def test_the_xhtml_body_is_built_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    built = xhtml_module.render_xhtml

    def counting(article):  # type: ignore[no-untyped-def]
        calls.append(article.id)
        return built(article)

    monkeypatch.setattr(xhtml_module, "render_xhtml", counting)
    article = make_full_article()
    documents = render_documents(article, CONTEXT)
    assert calls == [article.id]
    assert b"<q " in documents[NEWSML] and "<q " in documents[NINJS].decode()
