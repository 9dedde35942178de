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

This module runs stage 1 and the whole; the offline loader is ``jsonld_loader.py``, stage 3
``jsonld_checker.py``, the location bookkeeping ``jsonld_pointers.py``.
"""

from __future__ import annotations

import json
from functools import cache
from typing import TYPE_CHECKING, Any

from archivist.errors import Problem
from archivist.jsonload import JSONDocumentError, load_json
from archivist.record.io import json_pointer
from archivist.resources import schema_path
from archivist.schemacheck import TwoEngineValidator

# The loader and the checker live in their own modules; their public names stay importable from here.
from archivist.validate.jsonld_checker import _Checker
from archivist.validate.jsonld_loader import (
    CONTEXT_FILE,
    SCHEMAORG_CONTEXT_URLS,
    OfflineLoaderError,
    jsonld,
    local_document_loader,
)

if TYPE_CHECKING:
    import jsonschema

__all__ = [
    "CONTEXT_FILE",
    "SCHEMAORG_CONTEXT_URLS",
    "SCHEMA_FILE",
    "OfflineLoaderError",
    "is_jsonld",
    "jsonld",
    "jsonld_problems",
    "local_document_loader",
    "newsarticle_validator",
]

SCHEMA_FILE = "newsarticle.schema.json"


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
