"""Tag file lines split the same way by the LF-only fast path and by the general CR/LF/CRLF path,
whatever the read sizes and line limits (bag/tagfile.py ``_raw_lines``)."""

from __future__ import annotations

import io
import random
import re
from collections.abc import Iterator

from archivist.bag.tagfile import _raw_lines


def _reference(data: bytes, max_line: int) -> Iterator[tuple[bytes, bool, bool]]:
    """The same contract read off the whole input at once: (content, terminated, too_long); the content
    of a too-long line is never used (``read_lines`` yields an empty line for it), so it is left out."""
    start = 0
    for match in re.finditer(rb"\r\n|\r|\n", data):
        content = data[start : match.start()]
        yield (b"" if len(content) > max_line else content, True, len(content) > max_line)
        start = match.end()
    if start < len(data):
        content = data[start:]
        yield (b"" if len(content) > max_line else content, False, len(content) > max_line)


class _Chunky(io.BytesIO):
    """A stream whose reads return at most the given sizes, in turn."""

    def __init__(self, data: bytes, sizes: list[int]) -> None:
        super().__init__(data)
        self.sizes = sizes

    def read(self, size: int | None = -1) -> bytes:
        return super().read(self.sizes.pop(0) if self.sizes else size)


def test_lines_match_the_reference_for_any_endings_and_read_sizes() -> None:
    rng = random.Random(14)
    for _ in range(5000):
        data = bytes(rng.choice(b"ab\n\r") for _ in range(rng.randrange(0, 40)))
        sizes = [rng.randrange(1, 8) for _ in range(12)]
        limit = rng.choice([3, 5, 100])
        lines = _raw_lines(_Chunky(data, sizes), limit)
        found = [(b"" if long else text, ended, long) for text, ended, long in lines]
        assert found == list(_reference(data, limit)), (data, sizes)
