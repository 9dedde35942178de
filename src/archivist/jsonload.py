"""Reading JSON documents someone else may have written: every failure is one ``JSONDocumentError``.

Python's ``json`` raises RecursionError on deeply nested input, and a document that parses may still
be nested deeply enough to exhaust the recursion of a schema validator walking it. No record, JSON-LD,
ninjs or receipt document needs more than a handful of levels, so anything deeper than ``MAX_DEPTH``
is refused before any validator sees it.

Two more things ``json.loads`` lets through or raises in its own way are turned into that one error:
an integer of more than 4,300 digits (Python refuses to convert it, with a bare ``ValueError``, to bound
the quadratic cost of the conversion) and a ``\\uD800``-style escape that is not half of a pair (a lone
surrogate is no Unicode character: RFC 8259 §8.2 leaves its meaning undefined, I-JSON (RFC 7493) forbids
it, and such a string cannot be written back as UTF-8, so a document holding one would validate and
then fail at the first write).
"""

from __future__ import annotations

import json
import re
from typing import Any

_SURROGATE = re.compile("[\ud800-\udfff]")
# In UTF-8 bytes a surrogate can only arrive as a \uD800-\uDFFF escape (UTF-8 cannot encode one). Bytes
# without anything like it need no look at every string (an escaped backslash before "uD8" only costs
# the full walk).
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")

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
    except ValueError as exc:  # an integer past Python's digit limit; JSONDecodeError is caught above
        raise JSONDocumentError(f"not usable JSON: {str(exc).split(';')[0]}") from None
    strings = not (
        isinstance(data, bytes)
        and json.detect_encoding(data) in ("utf-8", "utf-8-sig")
        and not _SURROGATE_ESCAPE.search(data)
    )
    problem = _shape_problem(document, MAX_DEPTH, strings=strings)
    if problem:
        raise JSONDocumentError(problem)
    return document


def _shape_problem(document: Any, limit: int, *, strings: bool = True) -> str | None:
    """Nesting past ``limit``, or a string (value or key) holding a lone surrogate; one walk for both.
    ``strings=False``: the caller knows no string can hold one, so only containers are visited."""
    if not strings:
        return _depth_problem(document, limit)
    stack: list[tuple[Any, int]] = [(document, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, str):
            if not node.isascii() and _SURROGATE.search(node):
                return "a string holds a lone surrogate (an unpaired \\uD800-\\uDFFF escape): not Unicode"
            continue
        if isinstance(node, dict):
            children: Any = [*node.keys(), *node.values()]
        elif isinstance(node, list):
            children = node
        else:
            continue
        if depth > limit:
            return f"nested deeper than {MAX_DEPTH} levels"
        stack.extend((child, depth + 1) for child in children)
    return None


def _depth_problem(document: Any, limit: int) -> str | None:
    """``_shape_problem``'s nesting check alone: only containers are visited (keys and other scalars
    cannot nest), which is most of the walk's cost saved on a typical document."""
    if not isinstance(document, dict | list):
        return None
    stack: list[tuple[Any, int]] = [(document, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            return f"nested deeper than {MAX_DEPTH} levels"
        for child in node.values() if isinstance(node, dict) else node:
            if isinstance(child, dict | list):
                stack.append((child, depth + 1))
    return None
