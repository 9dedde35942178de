"""``marked``: the elements whose class/id/role/itemprop/rel words hold one of a few words, found with one
XPath and one regular expression over all the page's values, must be exactly those a plain walk over every
element finds (the reference below), in document order."""

from __future__ import annotations

import re

import pytest

from archivist.parse.html.document import marked, marks, parse_page_tree

PAGE = """<html><body>
<div class="Story-Byline" id="top"><span class="by">By <a rel="author" href="/a">Ann Lee</a></span></div>
<div data-testid="byline-only">testid alone does not count</div>
<div class="plain" data-testid="byline-box">a testid beside a class counts</div>
<figure><img src="a.jpg"><figcaption class="CAPTION">A caption</figcaption></figure>
<section role="complementary" itemprop="author"><p id="hero-image">x</p></section>
<div class="lead image-Hero"><figure class="hero"><img src="b.jpg"></figure></div>
<p class="nothing here">text</p><p class="BYLINE byline">twice in one value</p>
</body></html>"""


def reference(tree, words: tuple[str, ...], tags: tuple[str, ...]) -> list:
    pattern = re.compile("|".join(map(re.escape, words)))
    return [
        e
        for e in tree.iter()
        if isinstance(e.tag, str)
        and (
            e.tag in tags
            or (
                any(e.get(a) is not None for a in ("class", "id", "rel", "itemprop", "role"))
                and pattern.search(marks(e))
            )
        )
    ]


@pytest.mark.parametrize(
    ("words", "tags"),
    [
        (("by", "author"), ()),
        (("figure", "hero", "caption", "image"), ("figure", "figcaption")),
        (("lead",), ("figure",)),
        (("absent",), ()),
    ],
)
def test_marked_finds_what_a_walk_over_every_element_finds(words, tags) -> None:
    tree = parse_page_tree(PAGE, where="test")
    found = marked(tree, words, tags)
    assert found == reference(tree, words, tags)
    assert found or words == ("absent",)
