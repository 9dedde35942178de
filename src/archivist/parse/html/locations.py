"""Where each element of a web page stands in the decoded page text (the markup), as code-point spans.

lxml gives an element's text but not its offsets, so the page is also read once as a stream of visible
characters (tags, comments, ``<script>``, ``<style>``, ``<title>`` and ``<textarea>`` contents left out, character references decoded)
that remembers, for every character, where it stands in the markup. An element's text is then found in
that stream, word by word, in document order, and its span is the markup from its first visible
character to its last. The contract, which ``tests/test_parse_html.py`` checks on every element:

    markup = page[span.start:span.end]
    element.text == collapse(unescape(strip_tags(markup)))

Values read from structured data point into the JSON-LD ``<script>`` that holds them (the slice is a JSON
string body) or into the attribute they came from (``content``, ``datetime``, ``alt``, ``href``).
"""

from __future__ import annotations

import bisect
import html
import json
import re

from archivist.record.model import Span

# One token of markup: a comment, a raw-text element (script, style) with its content, a tag, a doctype or
# processing instruction, or a character reference. Anything else is visible text.
_MARKUP = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<(script|style|title|textarea)\b[^>]*>.*?(?:</\1\s*>|\Z)"
    r"|</?[A-Za-z][^>]*>?"
    r"|<[!?][^>]*>?"
    r"|&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)",
    re.DOTALL | re.IGNORECASE,
)
_JSON_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"', re.DOTALL)
_LD_SCRIPT = re.compile(
    r"<script\b[^>]*type\s*=\s*[\"']?application/ld\+json[^>]*>(.*?)</script\s*>", re.DOTALL | re.IGNORECASE
)


def collapse(text: str) -> str:
    """White space collapsed to single spaces, trimmed: how every element's text is compared."""
    return " ".join(text.split())


class PageText:
    """The visible characters of a page, each mapped back to its offset in the markup."""

    def __init__(self, page: str) -> None:
        self.page = page
        pieces: list[str] = []
        # Segment i covers flat[flat_starts[i]:…) and page[page_starts[i]:…); a plain-text segment maps
        # one to one, a character reference maps its few flat characters onto its whole markup.
        self._flat_starts: list[int] = []
        self._page_starts: list[int] = []
        self._page_lengths: list[int] = []
        self._plain: list[bool] = []
        flat_length = 0
        position = 0
        for token in _MARKUP.finditer(page):
            if token.start() > position:
                flat_length = self._add(pieces, page[position : token.start()], position, flat_length, True)
            raw = token.group(0)
            if raw.startswith("&"):
                decoded = html.unescape(raw)
                plain = decoded == raw
                flat_length = self._add(pieces, decoded, token.start(), flat_length, plain, len(raw))
            position = token.end()
        if position < len(page):
            self._add(pieces, page[position:], position, flat_length, True)
        self.flat = "".join(pieces)
        self._json_strings: dict[str, Span] | None = None

    def _add(
        self,
        pieces: list[str],
        text: str,
        page_start: int,
        flat_length: int,
        plain: bool,
        raw_length: int = 0,
    ) -> int:
        if not text:
            return flat_length
        pieces.append(text)
        self._flat_starts.append(flat_length)
        self._page_starts.append(page_start)
        self._page_lengths.append(len(text) if plain else raw_length)
        self._plain.append(plain)
        return flat_length + len(text)

    def find(self, text: str, after: int = 0) -> tuple[Span, int] | None:
        """The span of ``text`` (compared with white space collapsed) at or after markup offset ``after``,
        else anywhere; with the flat offset where it ends (to search on from). ``None`` if absent."""
        words = text.split()
        if not words:
            return None
        pattern = re.compile(r"\s*".join(re.escape(word) for word in words))
        flat_after = self._flat_offset(after)
        found = pattern.search(self.flat, flat_after) or (pattern.search(self.flat) if flat_after else None)
        if found is None:
            return None
        return Span(self._page_start(found.start()), self._page_end(found.end())), found.end()

    def page_offset(self, flat_end: int) -> int:
        return self._page_end(flat_end) if flat_end else 0

    def _flat_offset(self, page_offset: int) -> int:
        if page_offset <= 0:
            return 0
        index = bisect.bisect_right(self._page_starts, page_offset) - 1
        if index < 0:
            return 0
        start = self._flat_starts[index]
        if self._plain[index]:
            return start + min(page_offset - self._page_starts[index], self._page_lengths[index])
        return start

    def _page_start(self, flat: int) -> int:
        index = bisect.bisect_right(self._flat_starts, flat) - 1
        if self._plain[index]:
            return self._page_starts[index] + flat - self._flat_starts[index]
        return self._page_starts[index]

    def _page_end(self, flat_end: int) -> int:
        index = bisect.bisect_right(self._flat_starts, flat_end - 1) - 1
        if self._plain[index]:
            return self._page_starts[index] + flat_end - self._flat_starts[index]
        return self._page_starts[index] + self._page_lengths[index]

    def json_string(self, value: str) -> Span | None:
        """The span of a JSON-LD string literal whose value (references decoded, white space collapsed)
        is ``value``: the characters between its quotes."""
        if self._json_strings is None:
            self._json_strings = {}
            for script in _LD_SCRIPT.finditer(self.page):
                for literal in _JSON_STRING.finditer(self.page, script.start(1), script.end(1)):
                    decoded = decode_json_string(literal.group(1))
                    if decoded is not None:
                        self._json_strings.setdefault(decoded, Span(literal.start(1), literal.end(1)))
        return self._json_strings.get(collapse(value))

    def attribute(self, name: str, value: str, after: int = 0) -> Span | None:
        """The span of an attribute value ``name="value"`` (compared after decoding references)."""
        pattern = re.compile(
            rf"""\s{re.escape(name)}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE
        )
        wanted = collapse(value)
        for start in (after, 0) if after else (0,):
            for found in pattern.finditer(self.page, start):
                group = next(i for i in (1, 2, 3) if found.group(i) is not None)
                if collapse(html.unescape(found.group(group))) == wanted:
                    return Span(found.start(group), found.end(group))
        return None


def decode_json_string(body: str) -> str | None:
    try:
        return collapse(html.unescape(json.loads(f'"{body}"', strict=False)))
    except ValueError:
        return None
