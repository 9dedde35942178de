"""The checks after expansion: every expanded property and ``@type`` a schema.org 30.0 term, every value
within the property's ``rangeIncludes`` (with subclasses), the document a NewsArticle; each problem located
by a JSON Pointer into the document as written (``validate/jsonld_pointers.py``).
"""

from __future__ import annotations

import json
from typing import Any

from archivist.errors import Problem
from archivist.schemacheck import EngineDisagreement
from archivist.validate.jsonld_expand import compare, crosscheck_enabled
from archivist.validate.jsonld_loader import (
    SCHEMAORG_CONTEXT_URLS,
    _expander,
    _schemaorg_iri,
    jsonld,
    local_document_loader,
)
from archivist.validate.jsonld_pointers import (
    _MARK,
    _escape,
    _find_key,
    _marked,
    _pointer,
    _resolve,
    _value_locations,
)
from archivist.validate.vocabulary import Vocabulary, schema_term, vocabulary

_NEWS_ARTICLE = frozenset({"NewsArticle"})
# schema.org's data types: where one of them is expected, a string that does not fit it is wrong, not
# the "text for an entity" the data model allows.
_DATATYPES = frozenset(
    {
        "Text",
        "URL",
        "Number",
        "Integer",
        "Float",
        "Boolean",
        "Date",
        "DateTime",
        "Time",
        "CssSelectorType",
        "PronounceableText",
        "XPathType",
        "DataType",
    }
)


class _Checker:
    def __init__(self, doc: Any, file: str) -> None:
        self.doc = doc
        self.file = file
        self.vocab: Vocabulary = vocabulary()
        self.problems: list[Problem] = []
        self.processor = jsonld.JsonLdProcessor()
        # No base IRI: a relative IRI stays relative (and is reported) instead of gaining an invented base.
        self.options = {
            "documentLoader": local_document_loader,
            "base": None,
            "processingMode": "json-ld-1.1",
        }
        self._root_context: Any = None

    def report(self, code: str, message: str, location: str, severity: str = "error") -> None:
        self.problems.append(Problem(code, message, file=self.file, location=location, severity=severity))

    def run(self) -> None:
        dropped: list[str] = []
        # The documents archivist writes take the short way (validate/jsonld_expand.py says why), marks
        # included; anything else, and every document under the cross-check, goes through pyld.
        expanded = _expander().expand(self.doc, marked=True)
        if expanded is None or crosscheck_enabled():
            marked = _marked(self.doc)
            try:
                reference = jsonld.expand(
                    marked,
                    dict(self.options),
                    on_property_dropped=lambda key: dropped.append(str(key)),
                )
            except Exception as exc:  # pyld raises JsonLdError, and KeyError etc. on malformed contexts
                if expanded is not None:
                    raise EngineDisagreement(f"pyld failed where the own expansion did not: {exc}") from exc
                self.report("jsonld.expand", f"JSON-LD expansion failed: {_cause(exc)}", "")
                return
            if expanded is not None:
                compare(expanded, reference)
                if dropped:
                    raise EngineDisagreement(f"pyld dropped {dropped!r}; the own expansion kept them")
            expanded = reference
        for key in dropped:
            if key != _MARK:
                self.report(
                    "jsonld.dropped", f"{key!r} maps to no IRI and would be dropped", _find_key(self.doc, key)
                )
        roots = [node for node in expanded if isinstance(node, dict)]
        for node in roots:
            self.node(node)
        self.root_type(roots)

    # -- nodes -------------------------------------------------------------------------------------------

    def node(self, node: dict[str, Any]) -> None:
        pointer = _pointer(node)
        original = _resolve(self.doc, pointer) if pointer is not None else None
        keys = self.key_iris(original) if isinstance(original, dict) else {}
        types = self.types(node, original, pointer, keys)
        for iri, values in node.items():
            if iri == _MARK:
                continue
            if iri == "@graph" or iri == "@included":
                for item in values:
                    if isinstance(item, dict):
                        self.node(item)
                continue
            if iri.startswith("@"):
                continue
            written = [k for k in sorted(keys) if keys[k] == iri]
            base = pointer if pointer is not None else ""
            where = f"{base}/{_escape(written[0])}" if written else base
            term = schema_term(iri)
            if term is None:
                self.report(
                    "jsonld.foreign-term", f"property {iri} is not schema.org; not checked", where, "warning"
                )
                continue
            prop = self.vocab.properties.get(term)
            if prop is None:
                self.report("jsonld.unknown-property", self.vocab.unknown("property", term), where)
                self.walk(values)
                continue
            if types and prop.domains and not any(self.vocab.is_subclass(t, prop.domains) for t in types):
                self.report(
                    "jsonld.domain",
                    f"{term!r} is not expected on {'/'.join(sorted(types))} (schema.org domain: "
                    f"{', '.join(sorted(prop.domains))})",
                    where,
                    "warning",
                )
            locations = _value_locations(original, written, base, len(values))
            for value, location in zip(values, locations, strict=True):
                self.value(term, prop.ranges, value, location)

    def walk(self, values: list[Any]) -> None:
        for value in values:
            if isinstance(value, dict) and "@list" in value:
                self.walk(value["@list"])
            elif isinstance(value, dict) and "@value" not in value:
                self.node(value)

    def types(
        self, node: dict[str, Any], original: Any, pointer: str | None, keys: dict[str, str]
    ) -> set[str]:
        """The node's known schema.org types; unknown ones are reported where they are written."""
        known: set[str] = set()
        type_key = next((k for k in sorted(keys) if keys[k] == "@type"), "@type")
        written = original.get(type_key) if isinstance(original, dict) else None
        for index, iri in enumerate(node.get("@type", [])):
            if not isinstance(iri, str):
                continue  # pyld passes a null type through; nothing to look up
            where = f"{pointer or ''}/{_escape(type_key)}"
            if isinstance(written, list):
                where += f"/{index}"
            term = schema_term(iri)
            if ":" not in iri:
                self.report("jsonld.relative-iri", f"type {iri!r} is not defined by the context", where)
            elif term is None:
                self.report(
                    "jsonld.foreign-term", f"type {iri} is not schema.org; not checked", where, "warning"
                )
            elif term in self.vocab.classes:
                known.add(term)
            else:
                self.report("jsonld.unknown-type", self.vocab.unknown("type", term), where)
        return known

    def root_type(self, roots: list[dict[str, Any]]) -> None:
        """archivist's profile: the document describes a NewsArticle (or one of its subtypes)."""
        # A document whose top level is a @graph (as many sites publish it: WebPage, Organization and
        # the article side by side) describes what its graph holds.
        nodes = [*roots, *(n for r in roots for n in r.get("@graph", []) if isinstance(n, dict))]
        terms = [schema_term(t) for node in nodes for t in node.get("@type", [])]
        known = [t for t in terms if t in self.vocab.classes]
        if any(t is not None and t not in self.vocab.classes for t in terms):
            return  # a misspelled schema.org type is already reported where it is written
        if not any(self.vocab.is_subclass(t, _NEWS_ARTICLE) for t in known):
            location = "/@type" if isinstance(self.doc, dict) and "@type" in self.doc else ""
            self.report(
                "jsonld.root-type", "the document does not describe a schema.org NewsArticle", location
            )

    def key_iris(self, original: dict[str, Any]) -> dict[str, str]:
        """What each key of a node as written expands to, under the document's context."""
        root = self.doc.get("@context") if isinstance(self.doc, dict) else None
        if isinstance(root, str) and root in SCHEMAORG_CONTEXT_URLS and "@context" not in original:
            # The pinned schema.org context never changes, so its terms are looked up once per process.
            return {k: _schemaorg_iri(k) for k in original if k != _MARK}
        try:
            ctx = self.root_context()
            if "@context" in original and original is not self.doc:
                ctx = self.processor.process_context(ctx, original["@context"], self.options)
            # pyld's IRI expansion is the only way to read a term definition back out of a context.
            return {k: self.processor._expand_iri(ctx, k, vocab=True) for k in original if k != _MARK}
        except Exception:  # the expansion already succeeded; without a context, locations stay coarser
            return {}

    def root_context(self) -> Any:
        if self._root_context is None:
            ctx = self.processor._get_initial_context(self.options)
            if isinstance(self.doc, dict) and "@context" in self.doc:
                ctx = self.processor.process_context(ctx, self.doc["@context"], self.options)
            self._root_context = ctx
        return self._root_context

    # -- values ------------------------------------------------------------------------------------------

    def value(self, term: str, ranges: frozenset[str], value: Any, where: str) -> None:
        if not isinstance(value, dict):
            return
        if "@list" in value:
            for item in value["@list"]:
                self.value(term, ranges, item, where)
            return
        if "@value" in value:
            if ranges and not self.vocab.literal_fits(value, ranges):
                if (
                    isinstance(value["@value"], str)
                    and value.get("@type") is None
                    and ranges.isdisjoint(_DATATYPES)
                ):
                    # schema.org's data model: "we expect ... text where an entity is expected" to be
                    # common and allowed (https://schema.org/docs/datamodel.html, Conformance).
                    self.report(
                        "jsonld.text-for-entity",
                        f"{term!r} {_describe(value)} is text where {_ranges(ranges)} is expected "
                        "(allowed by schema.org's data model; an entity says more)",
                        where,
                        "warning",
                    )
                else:
                    self.report(
                        "jsonld.range", f"{term!r} {_describe(value)} does not fit {_ranges(ranges)}", where
                    )
            return
        node_types = self.vocab.node_types(value)
        if ranges and node_types and not self.vocab.node_fits(node_types, ranges):
            self.report(
                "jsonld.range",
                f"{term!r} is a {'/'.join(sorted(node_types))}, expected {_ranges(ranges)}",
                _pointer(value) or where,
            )
        elif (
            ranges
            and not node_types
            and "@id" in value
            and len(value) <= 2
            and not self.vocab.reference_fits(ranges)
        ):
            self.report("jsonld.range", f"{term!r} is an IRI, expected {_ranges(ranges)}", where)
        if len(value) > 1 or "@id" not in value:
            self.node(value)


def _describe(value: dict[str, Any]) -> str:
    raw = value["@value"]
    if isinstance(raw, bool):
        return f"boolean {json.dumps(raw)}"
    if isinstance(raw, int | float):
        return f"number {raw!r}"
    shown = raw if not isinstance(raw, str) or len(raw) <= 40 else raw[:37] + "..."
    return f"text {shown!r}" if isinstance(raw, str) else "value"


def _ranges(ranges: frozenset[str]) -> str:
    return " or ".join(sorted(ranges))


def _cause(exc: BaseException) -> str:
    """pyld wraps the loader's error; the innermost one says what was refused."""
    while exc.__cause__ is not None:
        exc = exc.__cause__
    if not isinstance(exc, jsonld.JsonLdError):
        return f"pyld could not process this document ({type(exc).__name__}: {exc})"
    message = str(exc.args[0]) if exc.args else type(exc).__name__
    return message.splitlines()[0]
