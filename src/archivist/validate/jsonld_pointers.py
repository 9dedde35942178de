"""JSON Pointers that survive JSON-LD expansion, for locating what the checker reports.

Every node object gets a marker property (an absolute IRI no context can redefine) holding its JSON
Pointer before pyld runs; expanded values are matched back to the key and index they were written under.
"""

from __future__ import annotations

import copy
from typing import Any

from archivist.record.io import json_pointer

_MARK = "urn:x-archivist:json-pointer"


def _marked(node: Any, path: tuple[Any, ...] = ()) -> Any:
    """A copy of the document in which every node object carries its JSON Pointer under ``_MARK``."""
    if isinstance(node, list):
        return [_marked(item, (*path, i)) for i, item in enumerate(node)]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        # Contexts, value objects, lists and reverse maps are not node objects: leave them as written.
        out[key] = copy.deepcopy(value) if key in ("@context", "@reverse") else _marked(value, (*path, key))
    if not any(key in out for key in ("@value", "@list", "@set")):
        out[_MARK] = json_pointer(path)
    return out


def _resolve(doc: Any, pointer: str) -> Any:
    node = doc
    for part in pointer.split("/")[1:] if pointer else []:
        part = part.replace("~1", "/").replace("~0", "~")
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def _pointer(node: dict[str, Any]) -> str | None:
    marks = node.get(_MARK)
    if isinstance(marks, list) and marks and isinstance(marks[0], dict):
        return str(marks[0].get("@value", ""))
    return None


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _value_locations(original: Any, written: list[str], base: str, count: int) -> list[str]:
    """The JSON Pointer of each expanded value, matched to the values as written (nulls are dropped)."""
    if not isinstance(original, dict) or not written:
        return [base] * count
    found: list[str] = []
    for key in written:
        value = original.get(key)
        where = f"{base}/{_escape(key)}"
        if isinstance(value, list):
            found.extend(f"{where}/{i}" for i, item in enumerate(value) if item is not None)
        elif value is not None:
            found.append(where)
    if len(found) == count:
        return found
    return [f"{base}/{_escape(written[0])}"] * count


def _find_key(node: Any, key: str, path: tuple[Any, ...] = ()) -> str:
    if isinstance(node, dict):
        if key in node:
            return json_pointer((*path, key))
        items: Any = node.items()
    elif isinstance(node, list):
        items = enumerate(node)
    else:
        return ""
    for k, value in items:
        if k != "@context":
            found = _find_key(value, key, (*path, k))
            if found:
                return found
    return ""
