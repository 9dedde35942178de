"""Wire sign-offs that close an article: ``Reuter``, ``(END)``, ``-- ends --``, ``###``, ``-30-``."""

from __future__ import annotations

import re

_SIGNOFF = (
    r"(?:Reuters?|REUTERS?|\(?END\)?|\(?ENDS?\)?|\(ends?\)|[-–—]+\s*ends?\s*[-–—]+|[-–—]+\s*END\s*[-–—]+"
    r"|#{3,}|[-–—]\s*30\s*[-–—]|\(?[Ee]nd of (?:story|text)\)?|\*{3,}\s*END\s*\*{3,}|\(?[Ff]in\)?|\(?FIN\)?"
    r"|[-–—]{2,}\s*\w{2,4}/\w{2,4}|[A-Za-z]{2,4}/[A-Za-z]{2,4}(?:/[A-Za-z]{2,4})?)"
)
_WHOLE_BLOCK = re.compile(rf"{_SIGNOFF}")
# At the end of the last paragraph, only the marks no sentence ends with.
_TRAILING = re.compile(
    r"(?<=[.!?\"”’)])\s+(?P<mark>\(END\)|\(ENDS?\)|[-–—]+\s*ends?\s*[-–—]+|#{3,}|[-–—]\s*30\s*[-–—])$"
)


def whole_block_signoff(text: str) -> bool:
    """Whether a block consists of a sign-off and nothing else."""
    return _WHOLE_BLOCK.fullmatch(text.strip()) is not None


def trailing_signoff(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a sign-off mark ending the paragraph ``text[start:end]``, if it has one."""
    found = _TRAILING.search(text, max(start, end - 40), end)
    return found.span("mark") if found else None
