"""The schema.org 30.0 vocabulary as an index: which terms exist, the class hierarchy, domains and ranges.

Built once per process from the vendored ``schemas/schemaorg/schemaorg-current-https.jsonld`` (core and
pending, no attic). The file is plain JSON-LD with a flat ``@graph`` of compact ``schema:`` ids, so it is
read with :mod:`json` directly: no RDF library, about 20 ms.

Term IRIs are stored as local names (``headline``, ``NewsArticle``). The schema.org context's ``@vocab`` is
``http://schema.org/`` while the vocabulary file uses ``https://schema.org/``; both schemes name the same
terms, so :func:`schema_term` accepts either.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from archivist.resources import schema_path

VOCABULARY_FILE = ("schemaorg", "schemaorg-current-https.jsonld")
SCHEMA_PREFIXES = ("http://schema.org/", "https://schema.org/")

# Lexical forms of the schema.org data types a JSON string may stand for.
_DATE = re.compile(r"^-?\d{4,}-\d{2}-\d{2}$")
_TIME = r"\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?"
_DATETIME = re.compile(rf"^-?\d{{4,}}-\d{{2}}-\d{{2}}T{_TIME}$")
_TIME_ONLY = re.compile(rf"^{_TIME}$")
_INTEGER = re.compile(r"^[+-]?\d+$")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


@dataclass(frozen=True)
class Property:
    name: str
    domains: frozenset[str]
    ranges: frozenset[str]
    pending: bool


@dataclass(eq=False)  # identity hash: one index per process, cached methods key on it
class Vocabulary:
    """Local names of schema.org 30.0 classes, properties and enumeration members."""

    classes: set[str] = field(default_factory=set)
    properties: dict[str, Property] = field(default_factory=dict)
    members: dict[str, frozenset[str]] = field(default_factory=dict)  # enumeration member → its types
    parents: dict[str, set[str]] = field(default_factory=dict)
    pending: set[str] = field(default_factory=set)

    @cache  # noqa: B019 - the index lives for the whole process, so caching on self never leaks
    def ancestors(self, name: str) -> frozenset[str]:
        """``name`` and every class it is a subclass of (reflexive, transitive)."""
        seen = {name}
        todo = [name]
        while todo:
            for parent in self.parents.get(todo.pop(), ()):
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
        return frozenset(seen)

    def is_subclass(self, name: str, of: frozenset[str] | set[str]) -> bool:
        return not self.ancestors(name).isdisjoint(of)

    def is_textual(self, name: str) -> bool:
        """True for Text and its subclasses (URL, CssSelectorType, XPathType, PronounceableText)."""
        return "Text" in self.ancestors(name)

    # -- does a JSON-LD value fit a range? ------------------------------------------------------------

    def unknown(self, kind: str, term: str) -> str:
        """The message for a term that is not in the vocabulary, with the closest real term."""
        known = self.properties if kind == "property" else self.classes
        close = difflib.get_close_matches(term, list(known), n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        return f"unknown {kind} {term!r}: not in the schema.org 30.0 vocabulary{hint}"

    def node_types(self, node: dict[str, Any]) -> set[str]:
        types = {t for t in (schema_term(i) for i in node.get("@type", [])) if t in self.classes}
        member = schema_term(node.get("@id", "")) if isinstance(node.get("@id"), str) else None
        if member in self.members:
            types |= self.members[member]
        return types

    def node_fits(self, types: set[str], ranges: frozenset[str]) -> bool:
        # schema.org's Role pattern lets a Role stand in for the value of any property.
        return any(self.is_subclass(t, ranges | {"Role"}) for t in types)

    def reference_fits(self, ranges: frozenset[str]) -> bool:
        """A bare IRI names a thing (any class in range) or is a URL value."""
        return any(not self.is_subclass(r, {"DataType"}) or self.is_subclass(r, {"URL"}) for r in ranges)

    def literal_fits(self, value: dict[str, Any], ranges: frozenset[str]) -> bool:
        raw = value["@value"]
        closure = set().union(*(self.ancestors(r) for r in ranges))
        if isinstance(raw, bool):
            return "Boolean" in closure
        if isinstance(raw, int | float):
            numeric = {r for r in ranges if self.is_subclass(r, {"Number"})}
            return bool(numeric - {"Integer"}) or ("Integer" in numeric and float(raw).is_integer())
        if not isinstance(raw, str):
            return "Text" in closure  # @json values and the like: only Text is lenient enough
        if any(self.is_textual(r) for r in ranges):
            return True
        checks = (
            ("Date", _DATE),
            ("DateTime", _DATETIME),
            ("Time", _TIME_ONLY),
            ("Integer", _INTEGER),
            ("Number", _NUMBER),
            ("Float", _NUMBER),
        )
        if any(kind in ranges and pattern.match(raw) for kind, pattern in checks):
            return True
        if "Boolean" in closure and raw in ("True", "False", "true", "false"):
            return True
        member = schema_term(raw)
        return member in self.members and self.node_fits(set(self.members[member]), ranges)


def schema_term(iri: object) -> str | None:
    """The local name of a schema.org IRI (http or https), or None for any other IRI."""
    if not isinstance(iri, str):
        return None
    for prefix in SCHEMA_PREFIXES:
        if iri.startswith(prefix):
            return iri[len(prefix) :]
    return None


def _ids(value: object) -> list[str]:
    """``{"@id": "schema:X"}`` or a list of them → ``["X"]``; only schema: ids are kept."""
    items = value if isinstance(value, list) else [value] if value is not None else []
    out = []
    for item in items:
        ident = item.get("@id", "") if isinstance(item, dict) else ""
        if ident.startswith("schema:"):
            out.append(ident[len("schema:") :])
    return out


@cache
def vocabulary() -> Vocabulary:
    """The index, built once per process."""
    graph = json.loads(schema_path(*VOCABULARY_FILE).read_bytes())["@graph"]
    vocab = Vocabulary()
    for node in graph:
        ident = node.get("@id", "")
        if not ident.startswith("schema:"):
            continue
        name = ident[len("schema:") :]
        types = node.get("@type", [])
        types = types if isinstance(types, list) else [types]
        pending = "pending.schema.org" in json.dumps(node.get("schema:isPartOf", ""))
        if pending:
            vocab.pending.add(name)
        if "rdfs:Class" in types:
            vocab.classes.add(name)
            vocab.parents[name] = set(_ids(node.get("rdfs:subClassOf")))
            # Data types such as Text are declared "a schema:DataType" rather than a subclass of it.
            if "schema:DataType" in types:
                vocab.parents[name].add("DataType")
        elif "rdf:Property" in types:
            vocab.properties[name] = Property(
                name,
                frozenset(_ids(node.get("schema:domainIncludes"))),
                frozenset(_ids(node.get("schema:rangeIncludes"))),
                pending,
            )
        else:
            # Enumeration members (``InStock``, ``True``) are typed with their enumeration class.
            vocab.members[name] = frozenset(t[len("schema:") :] for t in types if t.startswith("schema:"))
    return vocab
