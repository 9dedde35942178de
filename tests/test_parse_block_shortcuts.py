"""``Block.is_single_line`` is set when the block is made, for speed (issue 11), not computed at each
reading: it answers as ``len(block.lines) == 1`` did, and two blocks alike are still equal."""

from __future__ import annotations

from pathlib import Path

from archivist.parse.blocks import Block, Line, block_from, split_blocks

_ARTICLES = sorted((Path(__file__).parent / "articles").glob("*.txt"))


def test_is_single_line_is_one_line_on_the_test_articles() -> None:
    for path in _ARTICLES:
        text = path.read_bytes().decode("utf-8", errors="replace")
        for block in split_blocks(text):
            assert block.is_single_line == (len(block.lines) == 1), path.name
            tail = block_from(text, block, block.lines[-1].start)
            assert tail.is_single_line == (len(tail.lines) == 1), path.name


def test_blocks_alike_are_equal_and_show_no_new_field() -> None:
    one = Block(0, 3, "abc", (Line(0, 3, indented=False),), 0)
    two = Block(0, 3, "abc", (Line(0, 3, indented=False),), 0)
    assert one == two and hash(one) == hash(two)
    assert one.is_single_line
    assert "is_single_line" not in repr(one)
    assert not Block(
        0, 7, "abc\ndef", (Line(0, 3, indented=False), Line(4, 7, indented=False)), 0
    ).is_single_line
