"""The record's JSON: one canonical serialisation, validated against schemas/record.schema.json
every time it is written."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from archivist.errors import InputError, Problem, UsageError, ValidationFailed
from archivist.fsutil import read_regular
from archivist.jsondump import dumps_indented
from archivist.jsonload import JSONDocumentError, load_json
from archivist.record.model import Article
from archivist.resources import schema_path
from archivist.schemacheck import TwoEngineValidator


@cache
def _record_schema() -> dict[str, Any]:
    return json.loads(schema_path("record.schema.json").read_bytes())


@cache
def record_validator() -> TwoEngineValidator:
    """Compiled once per process: the record schema with format checks on, on jsonschema-rs, with
    ``jsonschema`` (built on first need) explaining the documents it rejects."""
    return TwoEngineValidator(_record_schema(), _python_record_validator)


def _python_record_validator() -> Any:
    """The schema's local ``$ref``s are inlined first (an equivalent schema: none is recursive and none
    has sibling keywords), because jsonschema resolves each reference anew for every element it
    validates, which was half the cost of validating a record."""
    import jsonschema

    schema = _record_schema()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(_inline_refs(schema, schema["$defs"]), format_checker=cls.FORMAT_CHECKER)


def _inline_refs(node: Any, definitions: dict[str, Any]) -> Any:
    if isinstance(node, dict):
        reference = node.get("$ref")
        if isinstance(reference, str) and reference.startswith("#/$defs/") and len(node) == 1:
            return _inline_refs(definitions[reference.removeprefix("#/$defs/")], definitions)
        return {key: _inline_refs(value, definitions) for key, value in node.items()}
    if isinstance(node, list):
        return [_inline_refs(item, definitions) for item in node]
    return node


def json_pointer(path: Any) -> str:
    return "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in path) if path else ""


def record_problems(data: Any, *, file: str = "") -> list[Problem]:
    """Every way ``data`` breaks the record schema, plus spans that run backwards."""
    problems = [
        Problem("record.schema", error.message, file=file, location=json_pointer(error.absolute_path))
        for error in sorted(
            record_validator().iter_errors(data), key=lambda e: list(map(str, e.absolute_path))
        )
    ]
    if not problems and _has_backward_span(data):
        problems.extend(_span_problems(data, file))
    return problems


def _has_backward_span(document: Any) -> bool:
    """Whether any ``span`` in ``document`` ends before it starts: ``_span_problems``'s verdict without
    the JSON Pointer of every node on the way (issue 14: the walk that builds them cost 0.67 M
    instructions per record, a walk that only looks 0.2 M); the pointers are made only for a bad span."""
    stack = [document] if isinstance(document, (dict, list)) else []
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            span = node.get("span")
            if isinstance(span, dict) and span.get("start", 0) > span.get("end", 0):
                return True
            children: Any = node.values()
        else:
            children = node
        for child in children:
            if isinstance(child, (dict, list)):
                stack.append(child)
    return False


def _span_problems(node: Any, file: str, path: tuple[Any, ...] = ()) -> list[Problem]:
    found: list[Problem] = []
    if isinstance(node, dict):
        span = node.get("span")
        if isinstance(span, dict) and span.get("start", 0) > span.get("end", 0):
            found.append(
                Problem(
                    "record.span",
                    "span ends before it starts",
                    file=file,
                    location=json_pointer((*path, "span")),
                )
            )
        for key, value in node.items():
            found.extend(_span_problems(value, file, (*path, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_span_problems(value, file, (*path, index)))
    return found


def record_document_problems(data: bytes, *, file: str = "") -> list[Problem]:
    """A record as bytes (for ``archivist validate``): JSON first, then the schema."""
    try:
        obj = load_json(data)
    except JSONDocumentError as exc:
        return [Problem("json.syntax", exc.message, file=file, line_number=exc.line)]
    return record_problems(obj, file=file)


def dump_record(article: Article) -> bytes:
    """The canonical bytes of a record: UTF-8, two-space indent, keys in model order, final newline.

    Raises ValidationFailed (and so writes nothing) if the record does not satisfy its schema.
    """
    data = article.to_dict()
    problems = record_problems(data)
    if problems:
        raise ValidationFailed("record does not satisfy record.schema.json", problems, where=article.id)
    return (dumps_indented(data) + "\n").encode("utf-8")


def load_record(path: Path) -> Article:
    if not Path(path).is_file():
        raise UsageError("no such record file", where=str(path))
    try:
        data = load_json(read_regular(path))
    except OSError as exc:
        raise InputError("not a readable record", where=str(path), why=exc.strerror) from exc
    except JSONDocumentError as exc:
        raise InputError("not a JSON record", where=str(path), why=exc.message) from None
    problems = record_problems(data, file=str(path))
    if problems:
        raise ValidationFailed("not a valid archivist record", problems, where=str(path))
    return Article.from_dict(data)
