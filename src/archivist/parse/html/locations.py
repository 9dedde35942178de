"""Where each element of a web page stands in the decoded page text (the markup), as code-point spans.

lxml gives an element's text but not its offsets, so the page is also read once as a stream of visible
characters (tags, comments, ``<script>``, ``<style>``, ``<title>`` and ``<textarea>`` contents left out,
character references decoded) that remembers, for every character, where it stands in the markup. An
element's text is then found in that stream (white space collapsed), in document order, and its span is
the markup from its first visible character to its last. The contract, which ``tests/test_parse_html.py``
checks on every element:

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

# Elements whose content is not text a reader sees (raw text in HTML's terms), and comments: skipped whole.
_RAW_START = re.compile(r"<!--|<(?:script|style|title|textarea)\b", re.IGNORECASE)
_RAW_END = {
    name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in ("script", "style", "title", "textarea")
}
# A tag (or doctype, processing instruction) or a character reference; anything else is visible text.
_MARKUP = re.compile(r"<[^>]*>?|&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)")
_WORD = re.compile(r"\S+")
_JSON_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"', re.DOTALL)
_LD_SCRIPT = re.compile(
    r"<script\b[^>]*type\s*=\s*[\"']?application/ld\+json[^>]*>(.*?)</script\s*>", re.DOTALL | re.IGNORECASE
)


def collapse(text: str) -> str:
    """White space collapsed to single spaces, trimmed: how every element's text is compared."""
    return " ".join(text.split())


class PageText:
    """The visible characters of a page, each mapped back to its offset in the markup.

    Built with C-speed regular expressions and ``str`` methods only (about 4 ms CPU for a median devset
    page): finding each element with its own compiled pattern cost 3 ms per element.
    """

    def __init__(self, page: str) -> None:
        self.page = page
        pieces: list[str] = []
        # Segment i covers flat[flat_starts[i]:…) and page[page_starts[i]:…); a plain-text segment maps
        # one to one (raw length -1), a character reference maps its flat characters onto its markup.
        self._flat_starts: list[int] = []
        self._page_starts: list[int] = []
        self._raw_lengths: list[int] = []
        flat_length = 0
        for chunk_start, chunk_end in _visible_chunks(page):
            position = chunk_start
            for token in _MARKUP.finditer(page, chunk_start, chunk_end):
                start = token.start()
                if start > position:
                    flat_length = self._add(pieces, page[position:start], position, flat_length, -1)
                if page[start] == "&":
                    raw = token.group(0)
                    decoded = html.unescape(raw)
                    flat_length = self._add(
                        pieces, decoded, start, flat_length, -1 if decoded == raw else len(raw)
                    )
                position = token.end()
            if position < chunk_end:
                flat_length = self._add(pieces, page[position:chunk_end], position, flat_length, -1)
        self.flat = "".join(pieces)
        words = self.flat.split()
        self.norm = " ".join(words)  # the visible text, white space collapsed: what elements are found in
        self._word_flat = [found.start() for found in _WORD.finditer(self.flat)]
        self._word_norm = [0] * len(words)
        total = 0
        for index, word in enumerate(words):
            self._word_norm[index] = total
            total += len(word) + 1
        self._json_strings: dict[str, Span] | None = None

    def _add(self, pieces: list[str], text: str, page_start: int, flat_length: int, raw_length: int) -> int:
        if not text:
            return flat_length
        pieces.append(text)
        self._flat_starts.append(flat_length)
        self._page_starts.append(page_start)
        self._raw_lengths.append(raw_length)
        return flat_length + len(text)

    def find(self, text: str, after: int = 0) -> tuple[Span, int] | None:
        """The span of ``text`` (compared with white space collapsed) at or after markup offset ``after``,
        else anywhere; with the markup offset where it ends. ``None`` if the page does not show it."""
        wanted = collapse(text)
        if not wanted:
            return None
        norm_after = self._norm_offset(self._flat_offset(after))
        start = self.norm.find(wanted, norm_after)
        if start < 0 and norm_after:
            start = self.norm.find(wanted)
        if start < 0:
            return None
        flat_start = self._flat_of_norm(start)
        flat_end = self._flat_of_norm(start + len(wanted) - 1) + 1
        span = Span(self._page_start(flat_start), self._page_end(flat_end))
        return span, span.end

    def _norm_offset(self, flat: int) -> int:
        index = bisect.bisect_left(self._word_flat, flat)
        return self._word_norm[index] if index < len(self._word_norm) else len(self.norm)

    def _flat_of_norm(self, norm: int) -> int:
        index = bisect.bisect_right(self._word_norm, norm) - 1
        return self._word_flat[index] + norm - self._word_norm[index]

    def _flat_offset(self, page_offset: int) -> int:
        if page_offset <= 0 or not self._page_starts:
            return 0
        index = bisect.bisect_right(self._page_starts, page_offset) - 1
        if index < 0:
            return 0
        start = self._flat_starts[index]
        if self._raw_lengths[index] < 0:
            next_start = (
                self._flat_starts[index + 1] if index + 1 < len(self._flat_starts) else len(self.flat)
            )
            return min(start + page_offset - self._page_starts[index], next_start)
        return start

    def _page_start(self, flat: int) -> int:
        index = bisect.bisect_right(self._flat_starts, flat) - 1
        if self._raw_lengths[index] < 0:
            return self._page_starts[index] + flat - self._flat_starts[index]
        return self._page_starts[index]

    def _page_end(self, flat_end: int) -> int:
        index = bisect.bisect_right(self._flat_starts, flat_end - 1) - 1
        if self._raw_lengths[index] < 0:
            return self._page_starts[index] + flat_end - self._flat_starts[index]
        return self._page_starts[index] + self._raw_lengths[index]

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


def _visible_chunks(page: str) -> list[tuple[int, int]]:
    """The page with comments and raw-text elements cut out, as (start, end) ranges."""
    chunks = []
    position = 0
    for found in _RAW_START.finditer(page):
        if found.start() < position:
            continue
        chunks.append((position, found.start()))
        if found.group(0) == "<!--":
            end = page.find("-->", found.end())
            position = len(page) if end < 0 else end + 3
        else:
            closing = _RAW_END[found.group(0)[1:].lower()].search(page, found.end())
            position = len(page) if closing is None else closing.end()
    chunks.append((position, len(page)))
    return chunks


def decode_json_string(body: str) -> str | None:
    if "\\" not in body and "&" not in body:  # nothing to decode (most literals): skip the JSON parser
        return collapse(body)
    try:
        return collapse(html.unescape(json.loads(f'"{body}"', strict=False)))
    except ValueError:
        return None
