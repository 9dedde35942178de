"""The schema.org 30.0 vocabulary as an index: which terms exist, the class hierarchy, domains and ranges.

Built once per process from the vendored ``schemas/schemaorg/schemaorg-current-https.jsonld`` (core and
pending, no attic). The file is plain JSON-LD with a flat ``@graph`` of compact ``schema:`` ids, so it is
read with :mod:`json` directly: no RDF library, about 20 ms.

Term IRIs are stored as local names (``headline``, ``NewsArticle``). The schema.org context's ``@vocab`` is
``http://schema.org/`` while the vocabulary file uses ``https://schema.org/``; both schemes name the same
terms, so :func:`schema_term` accepts either.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache

from archivist.resources import schema_path

VOCABULARY_FILE = ("schemaorg", "schemaorg-current-https.jsonld")
SCHEMA_PREFIXES = ("http://schema.org/", "https://schema.org/")

# The schema.org data types and what a JSON-LD literal must look like to be one of them. URL,
# CssSelectorType, XPathType and PronounceableText are subclasses of Text in the vocabulary itself.
DATATYPES = frozenset({"Text", "Number", "Integer", "Float", "Boolean", "Date", "DateTime", "Time", "DataType"})


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


def schema_term(iri: str) -> str | None:
    """The local name of a schema.org IRI (http or https), or None for any other IRI."""
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
