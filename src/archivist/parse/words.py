"""Word lists written as one string, for readability of the tables that use them."""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """The white-space separated words of ``text``."""
    return frozenset(text.split())
