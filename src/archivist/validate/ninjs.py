"""Validate IPTC ninjs documents, offline, against IPTC's official ninjs 3.1 JSON Schema.

Only ``schemas/ninjs/ninjs-schema_3.1.json`` is vendored. The version a document declares (ninjs 3.x:
``standard.version`` / ``standard.schema``; ninjs 1.x: ``$schema``) decides how it is judged:

- 3.1, or nothing declared: against the 3.1 schema.
- 3.0 (or 3.0.x): against the 3.1 schema, and ``digitalSourceType`` is refused. The official 3.0 and 3.1
  schemas differ only in ``$id`` and that one optional property of every ninjs object (checked by
  diffing IPTC's files, newsinjson commit 3ace397), so this is exactly the 3.0 schema's verdict.
- any other version: one ``ninjs.version-unsupported`` error, and no schema errors that would only
  restate that 1.x/2.x names are not 3.x names.

The schema's ``$ref`` to ``https://geojson.org/schema/GeoJSON.json`` is served from the vendored copy;
any other reference is unresolvable rather than fetched.
"""

from __future__ import annotations

import json
import re
from functools import cache
from typing import TYPE_CHECKING, Any

import referencing
import referencing.exceptions

from archivist.errors import Problem
from archivist.jsonload import JSONDocumentError, load_json
from archivist.record.io import json_pointer
from archivist.resources import schema_path
from archivist.schemacheck import TwoEngineValidator

if TYPE_CHECKING:
    import jsonschema

SCHEMA_FILE = ("ninjs", "ninjs-schema_3.1.json")
GEOJSON_FILE = ("geojson", "GeoJSON.json")
GEOJSON_URI = "https://geojson.org/schema/GeoJSON.json"
IPTC_SCHEMA = re.compile(r"^https?://(www\.)?iptc\.org/std/ninjs/ninjs-schema_(\d+)\.(\d+)\.json#?$")
_VERSION = re.compile(r"^(\d+)\.(\d+)(\.\d+)?$")
# ninjs 1.x/2.x names with no 3.x counterpart of the same spelling (for recognising such documents).
_OLD_ONLY_NAMES = frozenset(
    {"headline", "body_text", "body_html", "body_xhtml", "description_text", "description_usage"}
)
# Present in 3.1, absent from 3.0: the whole difference between the two official schemas.
_NEW_IN_31 = "digitalSourceType"


@cache
def _schema() -> dict[str, Any]:
    return json.loads(schema_path(*SCHEMA_FILE).read_bytes())


@cache
def _geojson() -> dict[str, Any]:
    return json.loads(schema_path(*GEOJSON_FILE).read_bytes())


@cache
def ninjs_validator() -> TwoEngineValidator:
    """Compiled once per process: ninjs 3.1 with format checks, GeoJSON registered locally, on
    jsonschema-rs, with ``jsonschema`` explaining the documents it rejects."""
    return TwoEngineValidator(_schema(), _python_ninjs_validator, resources={GEOJSON_URI: _geojson()})


def _python_ninjs_validator() -> jsonschema.protocols.Validator:
    import jsonschema

    schema = _schema()
    geojson = _geojson()
    # GeoJSON.json declares draft-07; from_contents reads that from its own $schema.
    registry: referencing.Registry[Any] = referencing.Registry().with_resource(
        GEOJSON_URI, referencing.Resource.from_contents(geojson)
    )
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, registry=registry, format_checker=cls.FORMAT_CHECKER)


@cache
def _ninjs_properties() -> frozenset[str]:
    return frozenset(_schema()["$defs"]["ninjsType"]["properties"])


@cache
def _old_names() -> frozenset[str]:
    """ninjs 1.x/2.x spelled the 3.x camelCase names in lower case (``versioncreated``)."""
    return frozenset(name.lower() for name in _ninjs_properties() if name.lower() != name)


def is_ninjs(obj: Any) -> bool:
    """True when ``obj`` looks like a ninjs object: it declares ninjs, or it has a string ``uri`` and
    mostly ninjs property names (3.x camelCase or 1.x/2.x lower case). JSON-LD (``@context``) never is.
    An array of such objects counts too, so that it is judged (and refused: ninjs is one object)."""
    if isinstance(obj, list):
        return bool(obj) and all(isinstance(item, dict) and is_ninjs(item) for item in obj)
    if not isinstance(obj, dict) or "@context" in obj:
        return False
    standard = obj.get("standard")
    if isinstance(standard, dict) and str(standard.get("name", "")).lower() == "ninjs":
        return True
    if "ninjs" in str(obj.get("$schema", "")):
        return True
    if not isinstance(obj.get("uri"), str):
        return False
    keys = set(obj) - {"uri"}
    known = keys & (_ninjs_properties() | _old_names() | _OLD_ONLY_NAMES)
    return 2 * len(known) >= len(keys)


def declared_version(doc: dict[str, Any]) -> tuple[str | None, str]:
    """The ``major.minor`` version the document declares, and the JSON Pointer of the declaration."""
    standard = doc.get("standard")
    if isinstance(standard, dict):
        version = standard.get("version")
        if isinstance(version, str):
            match = _VERSION.match(version.strip())
            if match:
                return f"{match.group(1)}.{match.group(2)}", "/standard/version"
            return version, "/standard/version"
        match = IPTC_SCHEMA.match(str(standard.get("schema", "")))
        if match:
            return f"{match.group(2)}.{match.group(3)}", "/standard/schema"
    match = IPTC_SCHEMA.match(str(doc.get("$schema", "")))
    if match:
        return f"{match.group(2)}.{match.group(3)}", "/$schema"
    return None, ""


def ninjs_problems(data: bytes, *, file: str = "", version: str | None = None) -> list[Problem]:
    """Every way ``data`` breaks IPTC ninjs (3.1; 3.0 as described in the module docstring).

    Arguments:
        data: the document's bytes (UTF-8 JSON).
        file: the name to report problems against.
        version: judge as this ninjs version (``"3.0"``, ``"3.1"``) whatever the document declares, as
            IPTC's own test-suite runner does with its per-version folders.

    Returns:
        Problems with codes ``ninjs.parse``, ``ninjs.version-unsupported``, ``ninjs.schema``,
        ``ninjs.schema-ref`` and ``ninjs.not-in-3.0`` (errors), ``ninjs.version-guess`` (a warning
        that an undeclared document uses ninjs 1.x/2.x names) and ``ninjs.format`` (a warning: a string
        that is not the ``format`` its schema names, an annotation in JSON Schema 2020-12); empty when
        valid.
    """
    try:
        doc = load_json(data)
    except JSONDocumentError as exc:
        return [Problem("ninjs.parse", exc.message, file=file, line_number=exc.line)]
    declared, where = declared_version(doc) if isinstance(doc, dict) else (None, "")
    version = version or declared
    if version not in (None, "3.0", "3.1"):
        return [
            Problem(
                "ninjs.version-unsupported",
                f"declares ninjs {version}; archivist validates ninjs 3.1 (and 3.0) only",
                file=file,
                location=where,
            )
        ]
    problems = _schema_problems(doc, file)
    old_names = sorted(set(doc) & _old_names()) if isinstance(doc, dict) and version is None else []
    if problems and old_names:
        message = (
            f"declares no version and uses ninjs 1.x/2.x names ({', '.join(old_names[:3])}); judged as 3.1"
        )
        problems.insert(0, Problem("ninjs.version-guess", message, file=file, severity="warning"))
    if version == "3.0":
        problems.extend(_newer_properties(doc, file))
    return problems


def _schema_problems(doc: Any, file: str) -> list[Problem]:
    try:
        errors = sorted(ninjs_validator().iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))
    except referencing.exceptions.Unresolvable as exc:
        return [
            Problem(
                "ninjs.schema-ref", f"the schema refers to {exc.ref}, which is not available offline", file
            )
        ]
    problems: list[Problem] = []
    for error in errors:
        pointer = json_pointer(error.absolute_path)
        unexpected = _unexpected_keys(error)
        if unexpected:
            problems.extend(
                Problem(
                    "ninjs.schema",
                    f"{key!r} is not a ninjs property here",
                    file,
                    f"{pointer}/{_escape(key)}",
                )
                for key in unexpected
            )
        elif error.validator == "format":
            # JSON Schema 2020-12 makes ``format`` an annotation, and IPTC's own test runner does not
            # assert it: a string that is not the named format is worth saying, not invalid.
            problems.append(
                Problem("ninjs.format", _message(error), file=file, location=pointer, severity="warning")
            )
        else:
            problems.append(Problem("ninjs.schema", _message(error), file=file, location=pointer))
    # The root and ninjsType both say "object": one problem, one line.
    return list(dict.fromkeys(problems))


def _unexpected_keys(error: jsonschema.ValidationError) -> list[str]:
    """The keys an ``additionalProperties``/``unevaluatedProperties: false`` error is about, so each
    is reported at its own location."""
    if error.validator not in ("additionalProperties", "unevaluatedProperties") or not isinstance(
        error.instance, dict
    ):
        return []
    if error.validator == "additionalProperties":
        allowed = set(error.schema.get("properties", {}))
    else:
        # Every unevaluatedProperties in the ninjs schemas closes a ninjs object (the root or an
        # association), whose properties are ninjsType's plus an association's name and rel.
        allowed = set(_ninjs_properties()) | set(error.schema.get("properties", {}))
    return [key for key in error.instance if key not in allowed]


def _newer_properties(node: Any, file: str, path: tuple[Any, ...] = ()) -> list[Problem]:
    """``digitalSourceType`` in the document root or an association: not part of ninjs 3.0."""
    found: list[Problem] = []
    if not isinstance(node, dict):
        return found
    if _NEW_IN_31 in node:
        found.append(
            Problem(
                "ninjs.not-in-3.0",
                f"{_NEW_IN_31!r} is new in ninjs 3.1, but the document declares 3.0",
                file=file,
                location=json_pointer((*path, _NEW_IN_31)),
            )
        )
    associations = node.get("associations")
    if isinstance(associations, list):
        for index, item in enumerate(associations):
            found.extend(_newer_properties(item, file, (*path, "associations", index)))
    return found


def _message(error: jsonschema.ValidationError) -> str:
    """jsonschema's message, without a long instance repr (a whole misplaced object stays one short line)."""
    shown = repr(error.instance)
    if len(shown) <= 80:
        return error.message
    found = {"dict": "the object", "list": "the array"}.get(type(error.instance).__name__, shown[:60] + "...")
    if error.validator == "type":
        return f"{found} is not of type {error.validator_value!r}"
    return error.message.replace(shown, found)


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")
