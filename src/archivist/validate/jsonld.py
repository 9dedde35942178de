"""Validate a schema.org NewsArticle in JSON-LD, offline, against schema.org 30.0.

Three stages, each reporting every problem it finds with a JSON Pointer into the document as written:

1. JSON, then ``schemas/newsarticle.schema.json`` (archivist's JSON shape; format checks on).
2. JSON-LD expansion with pyld against the vendored schema.org 30.0 context. The document loader serves
   only that file and refuses every other URL, so nothing is ever fetched.
3. Every expanded property and ``@type`` must be a schema.org 30.0 term (the context's ``@vocab`` would
   otherwise turn a misspelled ``hedline`` into the IRI ``http://schema.org/hedline`` without a word), and
   every value must fit the property's ``rangeIncludes`` with subclasses; a domain mismatch is a warning,
   because schema.org's ``domainIncludes`` is advisory.

Locations survive expansion because every node object gets a marker property (an absolute IRI no context
can redefine) holding its JSON Pointer before pyld runs; values are matched back to their key and index.
"""

from __future__ import annotations

import copy
import json
import sys
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from archivist.errors import Problem
from archivist.jsonload import JSONDocumentError, load_json
from archivist.record.io import json_pointer
from archivist.resources import schema_path
from archivist.schemacheck import EngineDisagreement, TwoEngineValidator
from archivist.validate.jsonld_expand import SchemaOrgExpander, compare, crosscheck_enabled
from archivist.validate.vocabulary import Vocabulary, schema_term, vocabulary

if TYPE_CHECKING:
    import jsonschema


def _import_pyld_offline() -> Any:
    """``pyld.jsonld``, imported without the HTTP clients it would make its default document loader
    from (``requests``, else ``aiohttp``): about 0.1 s of every process's start-up (and of the
    ``--jobs`` fork server's serial warm-up) for a loader archivist never uses, since every call is
    given ``local_document_loader``. With neither importable pyld falls back to its loader that refuses
    every URL, which suits an offline tool. A client some other code already imported is left alone."""
    blocked = [name for name in ("requests", "aiohttp") if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]  # makes ``import name`` raise ImportError
    try:
        from pyld import jsonld as module
    finally:
        for name in blocked:
            if sys.modules.get(name, False) is None:
                del sys.modules[name]
    return module


jsonld = _import_pyld_offline()

SCHEMA_FILE = "newsarticle.schema.json"
CONTEXT_FILE = ("schemaorg", "schemaorgcontext.jsonld")
# The URLs under which the schema.org context is published (SOURCES.md): all served from the local copy.
SCHEMAORG_CONTEXT_URLS = frozenset(
    {
        "https://schema.org",
        "https://schema.org/",
        "http://schema.org",
        "http://schema.org/",
        "https://schema.org/docs/jsonldcontext.jsonld",
        "https://schema.org/docs/jsonldcontext.json",
    }
)
_MARK = "urn:x-archivist:json-pointer"
_NEWS_ARTICLE = frozenset({"NewsArticle"})


class OfflineLoaderError(jsonld.JsonLdError):
    """A document other than the schema.org context was asked for; archivist never fetches."""


@cache
def _schemaorg_context() -> dict[str, Any]:
    return json.loads(schema_path(*CONTEXT_FILE).read_bytes())


@lru_cache(maxsize=8192)  # bounded: the keys come from the documents, which may be hostile
def _schemaorg_iri(key: str) -> str:
    processor = jsonld.JsonLdProcessor()
    options = {"documentLoader": local_document_loader, "base": None, "processingMode": "json-ld-1.1"}
    ctx = processor.process_context(processor._get_initial_context(options), "https://schema.org", options)
    return str(processor._expand_iri(ctx, key, vocab=True))


def local_document_loader(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """A pyld document loader that serves only the vendored schema.org 30.0 context.

    Raises:
        OfflineLoaderError: for any other URL, naming it.
    """
    if url in SCHEMAORG_CONTEXT_URLS:
        return {
            "contentType": "application/ld+json",
            "contextUrl": None,
            "documentUrl": "https://schema.org/docs/jsonldcontext.jsonld",
            "document": _schemaorg_context(),
            # "static" lets pyld's shared cache keep the processed context by URL; without it, pyld
            # canonicalises the 3,000-term context on every expansion (about 25 ms each time).
            "tag": "static",
        }
    raise OfflineLoaderError(
        f"refusing to load {url}: archivist works offline and has only the schema.org 30.0 context",
        "jsonld.LoadDocumentError",
        {"url": url},
        code="loading document failed",
    )


@cache
def _expander() -> SchemaOrgExpander:
    return SchemaOrgExpander(_schemaorg_context()["@context"], SCHEMAORG_CONTEXT_URLS, _schemaorg_iri)


@cache
def _newsarticle_schema() -> dict[str, Any]:
    return json.loads(schema_path(SCHEMA_FILE).read_bytes())


@cache
def newsarticle_validator() -> TwoEngineValidator:
    """Compiled once per process: archivist's NewsArticle JSON Schema with format checks on, on
    jsonschema-rs, with ``jsonschema`` explaining the documents it rejects."""
    return TwoEngineValidator(_newsarticle_schema(), _python_newsarticle_validator)


def _python_newsarticle_validator() -> jsonschema.protocols.Validator:
    import jsonschema

    schema = _newsarticle_schema()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def is_jsonld(obj: Any) -> bool:
    """True when ``obj`` looks like a JSON-LD document: an object (or array of them) with ``@context``."""
    if isinstance(obj, list):
        return bool(obj) and all(isinstance(o, dict) and "@context" in o for o in obj)
    return (
        isinstance(obj, dict) and "@context" in obj and ("@type" in obj or "@graph" in obj or "type" in obj)
    )


def jsonld_problems(data: bytes, *, file: str = "") -> list[Problem]:
    """Every problem of a schema.org NewsArticle JSON-LD document (see the module docstring).

    Arguments:
        data: the document's bytes (UTF-8 JSON).
        file: the name to report problems against.

    Returns:
        Problems with codes ``jsonld.parse``, ``jsonld.schema``, ``jsonld.expand``, ``jsonld.dropped``,
        ``jsonld.unknown-type``, ``jsonld.unknown-property``, ``jsonld.relative-iri``, ``jsonld.range``,
        ``jsonld.root-type``
        (errors) and ``jsonld.domain``, ``jsonld.foreign-term``, ``jsonld.text-for-entity`` (warnings);
        empty when valid.
    """
    try:
        doc = load_json(data)
    except JSONDocumentError as exc:
        return [Problem("jsonld.parse", exc.message, file=file, line_number=exc.line)]
    problems = [
        Problem(
            "jsonld.schema", _schema_message(error), file=file, location=json_pointer(error.absolute_path)
        )
        for error in sorted(
            newsarticle_validator().iter_errors(doc), key=lambda e: list(map(str, e.absolute_path))
        )
    ]
    if not isinstance(doc, dict | list):
        return problems
    checker = _Checker(doc, file)
    checker.run()
    # One problem, one line: a value the JSON Schema already rejected is not reported again.
    seen = {p.location for p in problems if p.location}
    problems.extend(p for p in checker.problems if p.location not in seen)
    return problems


def _schema_message(error: jsonschema.ValidationError) -> str:
    """For ``anyOf`` failures the closest alternative's message says more than "not valid under any"."""
    import jsonschema

    if error.context and all(e.validator == "format" for e in error.context):
        formats = " or ".join(str(e.validator_value) for e in error.context)
        return f"{error.instance!r} is not a valid {formats}"
    if error.context:
        return jsonschema.exceptions.best_match(error.context).message
    return error.message


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
        marked = _marked(self.doc)
        # The documents archivist writes take the short way (validate/jsonld_expand.py says why);
        # anything else, and every document under the cross-check, goes through pyld.
        expanded = _expander().expand(marked)
        if expanded is None or crosscheck_enabled():
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
