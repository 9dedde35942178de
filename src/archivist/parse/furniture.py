"""Page furniture: lines a web page puts around the story that a copy to text carries along
(``Advertisement``, ``Story continues below advertisement``, ``Sign up for our newsletter``, ``Skip
advertisement``). They belong to no field and are no paragraph; the reader leaves them out of the body.
Teasers for other stories (``READ MORE: …``) are boxes, read by ``archivist.parse.related``.
"""

from __future__ import annotations

import re

_FURNITURE = re.compile(
    r"(?i:advertisement|advertising|sponsored(?:\s+content)?|ad|anzeige|publicité|publicidad|pubblicità"
    r"|(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this|the))?\s+(?:advertisement|ad)"
    r"|(?:continue|keep)\s+reading(?:\s+(?:the\s+main\s+story|below))?"
    r"|scroll\s+(?:down\s+)?to\s+continue(?:\s+with\s+content)?|skip\s+(?:this\s+)?(?:advertisement|ad)"
    r"|(?:sign\s+up\s+(?:for|to)|subscribe\s+to)\s+(?:our|the)\s+[\w' -]{0,40}newsletters?)"
    r"[.!:]?"
)


def is_furniture(line: str) -> bool:
    """Whether the block ``line`` (stripped) is only page furniture."""
    return len(line) <= 80 and _FURNITURE.fullmatch(line.strip()) is not None
