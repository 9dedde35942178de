"""The NewsML-G2 items archivist writes are checked as the trees their bytes are serialised from
(issue 14). The tree and its bytes must give the same problems (line numbers aside), valid or not: here
on the items of a full article, then on the same items broken in every way the checks look at."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from datetime import datetime, timezone

import pytest
from lxml import etree

from archivist.errors import ValidationFailed
from archivist.render import NEWSML, render_documents
from archivist.render import newsml as render_newsml_module
from archivist.render.context import RenderContext
from archivist.render.newsml import newsml_item, newsml_picture_item, serialise_item
from archivist.schemacheck import EngineDisagreement
from archivist.validate.newsml import (
    NAMESPACES,
    built_newsml_problems,
    newsml_problems,
    newsml_tree_problems,
)
from conftest import make_full_article

CONTEXT = RenderContext(ingest_time=datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc))
NAR = "{" + NAMESPACES["nar"] + "}"
HTML = "{" + NAMESPACES["html"] + "}"


def _first(root: etree._Element, path: str) -> etree._Element:
    return root.xpath(path, namespaces=NAMESPACES)[0]


def _breakages() -> Iterator[tuple[str, Callable[[etree._Element], None]]]:
    def drop_item_meta(root: etree._Element) -> None:
        root.remove(_first(root, "nar:itemMeta"))

    def unknown_element(root: etree._Element) -> None:
        etree.SubElement(_first(root, "nar:contentMeta"), f"{NAR}notAnElement")

    def bad_attribute(root: etree._Element) -> None:
        root.set("version", "not-a-number")  # xs:positiveInteger

    def idref_to_nothing(root: etree._Element) -> None:
        etree.SubElement(_first(root, "nar:contentMeta"), f"{NAR}subject", qcode="x:y", idrefs="nowhere")

    def time_without_zone(root: etree._Element) -> None:
        _first(root, "nar:itemMeta/nar:versionCreated").text = "2026-01-02T03:04:05"

    def foreign_xhtml(root: etree._Element) -> None:
        body = root.xpath("//html:body", namespaces=NAMESPACES)
        if body:
            etree.SubElement(body[0], f"{HTML}marquee").text = "x"

    def paragraph_in_paragraph(root: etree._Element) -> None:
        paragraphs = root.xpath("//html:p", namespaces=NAMESPACES)
        if paragraphs:
            etree.SubElement(paragraphs[0], f"{HTML}p").text = "nested"

    def duplicate_id(root: etree._Element) -> None:
        etree.SubElement(_first(root, "nar:contentMeta"), f"{NAR}subject", qcode="a:b", id="dup")
        etree.SubElement(_first(root, "nar:contentMeta"), f"{NAR}subject", qcode="a:c", id="dup")

    def other_version(root: etree._Element) -> None:
        root.set("standardversion", "2.24")

    yield from (
        (f.__name__, f)
        for f in (
            drop_item_meta,
            unknown_element,
            bad_attribute,
            idref_to_nothing,
            time_without_zone,
            foreign_xhtml,
            paragraph_in_paragraph,
            duplicate_id,
            other_version,
        )
    )


def _same(root: etree._Element) -> list[tuple[str, str, str, str]]:
    from_tree = newsml_tree_problems(root, file="n.xml")
    from_bytes = newsml_problems(serialise_item(root), file="n.xml")
    assert [p.line_number for p in from_tree] == [None] * len(from_tree)
    seen = [(p.code, p.message, p.location, str(p.severity)) for p in from_tree]
    assert seen == [(p.code, p.message, p.location, str(p.severity)) for p in from_bytes]
    return seen


def test_the_items_written_are_valid_as_trees_and_as_bytes() -> None:
    article = make_full_article()
    for root in (newsml_item(article, CONTEXT), newsml_picture_item(article, CONTEXT)):
        assert root is not None
        assert _same(root) == []


@pytest.mark.parametrize(("name", "breakage"), list(_breakages()))
def test_a_broken_tree_gives_the_problems_its_bytes_give(
    name: str, breakage: Callable[[etree._Element], None]
) -> None:
    for root in (
        newsml_item(make_full_article(), CONTEXT),
        newsml_picture_item(make_full_article(), CONTEXT),
    ):
        assert root is not None
        broken = copy.deepcopy(root)
        breakage(broken)
        if etree.tostring(broken) == etree.tostring(root):
            continue  # nothing of that kind in this item (the picture item has no body)
        assert _same(broken), f"{name}: no problem found"


def test_an_invalid_item_is_refused_before_anything_is_returned(monkeypatch: pytest.MonkeyPatch) -> None:
    built = render_newsml_module.newsml_item

    def broken_item(article, context, **kwargs):  # type: ignore[no-untyped-def]
        root = built(article, context, **kwargs)
        root.remove(_first(root, "nar:itemMeta"))
        return root

    monkeypatch.setattr(render_newsml_module, "newsml_item", broken_item)
    with pytest.raises(ValidationFailed) as failure:
        render_documents(make_full_article(), CONTEXT)
    assert NEWSML in str(failure.value)
    assert any(p.code == "newsml.xsd" for p in failure.value.problems)


def test_the_cross_check_catches_bytes_that_differ_from_the_tree() -> None:
    root = newsml_item(make_full_article(), CONTEXT)
    other = copy.deepcopy(root)
    other.remove(_first(other, "nar:itemMeta"))
    with pytest.raises(EngineDisagreement):
        built_newsml_problems(root, serialise_item(other), file="n.xml")
