"""Reading JSON documents someone else may have written: every failure is one ``JSONDocumentError``.

Python's ``json`` raises RecursionError on deeply nested input, and a document that parses may still
be nested deeply enough to exhaust the recursion of a schema validator walking it. No record, JSON-LD,
ninjs or receipt document needs more than a handful of levels, so anything deeper than ``MAX_DEPTH``
is refused before any validator sees it.
"""

from __future__ import annotations

import json
from typing import Any

MAX_DEPTH = 64


class JSONDocumentError(ValueError):
    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


def load_json(data: bytes | str) -> Any:
    try:
        document = json.loads(data)
    except UnicodeDecodeError as exc:
        raise JSONDocumentError(f"not UTF-8: {exc.reason} at byte {exc.start}") from None
    except json.JSONDecodeError as exc:
        raise JSONDocumentError(f"not JSON: {exc.msg}", exc.lineno) from None
    except RecursionError:
        raise JSONDocumentError(f"nested deeper than {MAX_DEPTH} levels") from None
    if _depth_exceeds(document, MAX_DEPTH):
        raise JSONDocumentError(f"nested deeper than {MAX_DEPTH} levels")
    return document


def _depth_exceeds(document: Any, limit: int) -> bool:
    stack: list[tuple[Any, int]] = [(document, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            children = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False
