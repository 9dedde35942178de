"""JSON-LD expansion of the plain schema.org documents archivist writes, without pyld's general algorithm.

Why our own code: pyld's ``expand`` is the largest single cost of checking an article's JSON-LD (about
1.2 ms of the ingest's ~15 ms of CPU per article, issue 14), nearly all of it spent on the generality
these documents never use (scoped contexts, containers, aliases, value objects, reverse properties).
For a document in the narrow shape below, expansion under the pinned schema.org 30.0 context reduces
to looking each key and type up in that context (the lookup itself still done by pyld, once per term
per process: ``_schemaorg_iri``) and applying its type coercion (``@id`` or ``Date``). Anything outside
that shape returns None and the caller uses pyld, so what is checked never depends on this shortcut.

The shape: the root is an object whose ``@context`` is one of the schema.org context URLs; no other
``@context`` anywhere; the only keywords used as keys are ``@id`` and ``@type`` (strings, or a list of
strings for ``@type``); every other key is a plain term (letters, digits, ``_``, ``-``, ``.``) or an
absolute IRI whose prefix is not a term of the context; values are strings, numbers, booleans, nulls,
node objects in the same shape, or arrays of those (no nested arrays); IRIs given as values
(``@id``, ``@type``, ``@id``-typed terms) are not keywords and their prefix is not a term either
(blank node identifiers ``_:x`` and relative references are kept as written, as pyld does without a
base IRI).

``ARCHIVIST_SCHEMA_CROSSCHECK=1`` (set by the test suite) expands every document both ways and raises
``EngineDisagreement`` if the results differ in anything, key order included;
``tests/test_jsonld_expand.py`` compares both on a corpus.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from typing import Any

from archivist.record.io import json_pointer
from archivist.schemacheck import CROSSCHECK_ENV, EngineDisagreement
from archivist.validate.jsonld_pointers import _MARK

_PLAIN_TERM = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*")
_ABSOLUTE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s]*")


class _Unsupported(Exception):
    """The document leaves the shape this module handles: pyld expands it."""


class SchemaOrgExpander:
    """Expansion under the pinned schema.org context. ``context`` is the context's term map (its
    ``@context`` object); ``term_iri(term)`` is pyld's own vocabulary expansion of one term."""

    def __init__(
        self, context: dict[str, Any], context_urls: frozenset[str], term_iri: Callable[[str], str]
    ) -> None:
        self.context = context
        self.context_urls = context_urls
        self.term_iri = term_iri
        self.date_type = term_iri("Date")

    def expand(self, document: Any, *, marked: bool = False) -> list[dict[str, Any]] | None:
        """pyld's ``expand(document)`` for a document in the shape above, else None.

        ``marked``: pyld's expansion of ``jsonld_pointers._marked(document)`` (every node object with
        its JSON Pointer under ``_MARK``), without making that marked copy of the document (issue 14:
        the copy cost a tenth of checking an article's JSON-LD)."""
        context = document.get("@context") if isinstance(document, dict) else None
        if not isinstance(context, str) or context not in self.context_urls:
            return None
        if not marked and not any(key not in ("@context", "@id") for key in document):
            return None  # a root with nothing to say is dropped by pyld: not worth copying that rule
        try:
            return [self._node(document, root=True, path=() if marked else None)]
        except _Unsupported:
            return None

    def _node(
        self, node: dict[str, Any], *, root: bool = False, path: tuple[Any, ...] | None = None
    ) -> dict[str, Any]:
        out: dict[str, Any] = {}
        keys: Any = node
        if path is not None:
            # The marked copy's keys: the node's own, its pointer's replacing any of the same name.
            keys = {*node, _MARK}
        for key in sorted(keys):  # pyld expands keys in this order, and the output keeps it
            if path is not None and key == _MARK:
                iri, coercion = self._property(_MARK)
                out.setdefault(iri, []).append(self._value(json_pointer(path), coercion))
                continue
            value = node[key]
            if key == "@context" and root:
                continue
            if key == "@id":
                if not isinstance(value, str):
                    raise _Unsupported
                out["@id"] = self._iri(value, vocab=False)
            elif key == "@type":
                types = value if isinstance(value, list) else [value]
                if not types or not all(isinstance(t, str) for t in types):
                    raise _Unsupported
                out["@type"] = [self._iri(t, vocab=True) for t in types]
            else:
                iri, coercion = self._property(key)
                if value is None:
                    continue
                if isinstance(value, list):
                    expanded = [
                        self._value(item, coercion, None if path is None else (*path, key, index))
                        for index, item in enumerate(value)
                        if item is not None
                    ]
                else:
                    expanded = [self._value(value, coercion, None if path is None else (*path, key))]
                out.setdefault(iri, []).extend(expanded)
        return out

    def _property(self, key: str) -> tuple[str, str | None]:
        if key.startswith("@"):
            raise _Unsupported
        if _PLAIN_TERM.fullmatch(key):
            iri = self.term_iri(key)
            if iri.startswith("@") or ":" not in iri:
                raise _Unsupported  # a keyword alias (``type``, ``id``) or a term mapped to nothing
            definition = self.context.get(key)
            coercion = definition.get("@type") if isinstance(definition, dict) else None
            return iri, coercion
        return self._iri(key, vocab=True), None

    def _value(self, item: Any, coercion: str | None, path: tuple[Any, ...] | None = None) -> dict[str, Any]:
        if isinstance(item, dict):
            if "@context" in item:
                raise _Unsupported
            return self._node(item, path=path)
        if isinstance(item, list):
            raise _Unsupported  # pyld flattens nested arrays; not needed here
        if not isinstance(item, str | int | float):  # bool is an int
            raise _Unsupported
        if coercion == "@id":
            if isinstance(item, str):
                return {"@id": self._iri(item, vocab=False)}
            return {"@value": item}
        if coercion == "Date":
            return {"@type": self.date_type, "@value": item}
        if coercion is not None:
            raise _Unsupported
        return {"@value": item}

    def _iri(self, value: str, *, vocab: bool) -> str:
        if value.startswith("@"):
            raise _Unsupported
        if ":" in value:
            if value.startswith("_:"):
                return value  # a blank node identifier
            if value.split(":", 1)[0] in self.context or not _ABSOLUTE.fullmatch(value):
                raise _Unsupported  # a compact IRI over one of the context's prefixes, or odd
            return value
        if vocab:
            if not _PLAIN_TERM.fullmatch(value):
                raise _Unsupported
            iri = self.term_iri(value)
            if iri.startswith("@") or ":" not in iri:
                raise _Unsupported
            return iri
        return value  # relative, and there is no base IRI: pyld leaves it as written


def crosscheck_enabled() -> bool:
    return os.environ.get(CROSSCHECK_ENV, "") not in ("", "0")


def compare(fast: list[dict[str, Any]], reference: Any) -> None:
    """Raise ``EngineDisagreement`` unless both expansions are equal, key order included."""
    if _ordered(fast) != _ordered(reference):
        raise EngineDisagreement(f"own JSON-LD expansion differs from pyld's: {fast!r} != {reference!r}")


def _ordered(value: Any) -> Any:
    if isinstance(value, dict):
        return [(key, _ordered(item)) for key, item in value.items()]
    if isinstance(value, list):
        return [_ordered(item) for item in value]
    return (type(value).__name__, value)
