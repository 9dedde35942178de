"""JSON Schema validation on two engines: jsonschema-rs decides, jsonschema explains.

Validating with ``jsonschema`` (pure Python) cost ≈ 20 ms per article for the record, ninjs and
JSON-LD documents together, most of it in its recursive descent. jsonschema-rs (Rust, 2020-12, compiled
once per process) answers "valid or not" in microseconds. Most documents are valid, so the Python engine
runs only when the fast one says a document is invalid, and then it alone produces the errors: messages,
locations and the verdict stay exactly what they were with ``jsonschema`` alone.

For the two engines to agree, the fast one is given the Python engine's own semantics where they differ:

* ``format``: every format named in the schema is checked the way ``jsonschema``'s ``FORMAT_CHECKER``
  checks it, called back from Rust. ``date``, ``date-time`` and ``uri`` (the formats archivist's schemas
  use) are the same few lines as in ``jsonschema/_format.py`` over the same libraries (rfc3339-validator,
  rfc3986-validator), so that ``jsonschema`` itself (≈ 0.2 s to import) is only imported to explain an
  invalid document; any other format is handed to ``FORMAT_CHECKER`` itself. The tests check both give
  the same answers;
* ``pattern``: matched with Python's ``re.search``, as ``jsonschema`` does (ECMA-262 regexes in Rust
  differ on ``\\s`` and ``\\d``: ``\\x1c``, ``\\x85``, U+FEFF, non-ASCII digits);
* anything the fast engine cannot take (a lone surrogate, an integer beyond 64 bits, a bug) falls back
  to the Python engine.

``ARCHIVIST_SCHEMA_CROSSCHECK=1`` runs both engines on every document and raises ``EngineDisagreement``
when their verdicts differ (the test suite sets it, so every document it produces is checked on both).
"""

from __future__ import annotations

import datetime
import importlib.util
import os
import re
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

CROSSCHECK_ENV = "ARCHIVIST_SCHEMA_CROSSCHECK"


class EngineDisagreement(AssertionError):
    """The two engines gave different verdicts on one document (only raised in cross-check mode)."""


class _PythonPattern:
    """The ``pattern`` keyword for jsonschema-rs, with jsonschema's semantics (``re.search``)."""

    def __init__(self, parent_schema: dict[str, Any], value: Any, schema_path: list[str | int]) -> None:
        self.regex = _compiled(value)

    def validate(self, instance: Any) -> None:
        if isinstance(instance, str) and not self.regex.search(instance):
            raise ValueError(f"{instance!r} does not match {self.regex.pattern!r}")


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _formats(node: Any, found: set[str]) -> set[str]:
    if isinstance(node, dict):
        value = node.get("format")
        if isinstance(value, str):
            found.add(value)
        for child in node.values():
            _formats(child, found)
    elif isinstance(node, list):
        for child in node:
            _formats(child, found)
    return found


class TwoEngineValidator:
    """One schema compiled for both engines. Quacks like a ``jsonschema`` validator for
    ``iter_errors`` and ``is_valid``; the Python validator is built on first need."""

    def __init__(
        self,
        schema: dict[str, Any],
        python_validator: Callable[[], Any],
        *,
        resources: dict[str, dict[str, Any]] | None = None,
        checked_schemas: tuple[dict[str, Any], ...] = (),
    ) -> None:
        import jsonschema_rs

        self._python_factory = python_validator
        self._python: Any = None
        formats: set[str] = set()
        for document in (schema, *(resources or {}).values(), *checked_schemas):
            _formats(document, formats)
        options: dict[str, Any] = {
            "formats": {name: format_check(name) for name in sorted(formats)},
            "validate_formats": True,
            "keywords": {"pattern": _PythonPattern},
        }
        if resources:
            # Each resource keeps the draft its own $schema declares (GeoJSON.json: draft-07).
            options["registry"] = jsonschema_rs.Registry(list(resources.items()))
        # offline: a reference the registry does not hold fails to compile instead of being fetched.
        self._fast = jsonschema_rs.validator_for(schema, offline=True, **options)
        self._crosscheck = os.environ.get(CROSSCHECK_ENV, "") not in ("", "0")

    @property
    def python(self) -> Any:
        if self._python is None:
            self._python = self._python_factory()
        return self._python

    def fast_is_valid(self, instance: Any) -> bool | None:
        """The fast engine's verdict, or None when it could not judge the document."""
        try:
            return bool(self._fast.is_valid(instance))
        except Exception:  # whatever Rust refuses, the Python engine judges
            return None

    def is_valid(self, instance: Any) -> bool:
        return next(self.iter_errors(instance), None) is None

    def iter_errors(self, instance: Any) -> Iterator[Any]:
        fast = self.fast_is_valid(instance)
        if fast and not self._crosscheck:
            return iter(())
        errors = list(self.python.iter_errors(instance))
        if self._crosscheck and fast is not None and fast != (not errors):
            raise EngineDisagreement(
                f"jsonschema-rs says {'valid' if fast else 'invalid'}, jsonschema says "
                f"{'invalid: ' + errors[0].message if errors else 'valid'}"
            )
        return iter(errors)


# jsonschema/_format.py: ``date`` is this pattern and ``date.fromisoformat`` (ValueError: not a date).
_RE_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$", re.ASCII)


def _is_date(value: str) -> bool:
    try:
        return bool(_RE_DATE.fullmatch(value) and datetime.date.fromisoformat(value))
    except ValueError:
        return False


def _is_date_time(value: str) -> bool:
    from rfc3339_validator import validate_rfc3339

    return bool(validate_rfc3339(value.upper()))


def _is_uri(value: str) -> bool:
    from rfc3986_validator import validate_rfc3986

    return bool(validate_rfc3986(value, rule="URI"))


def _installed(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def format_check(name: str) -> Callable[[str], bool]:
    """The check ``jsonschema``'s 2020-12 ``FORMAT_CHECKER`` makes for format ``name``, as a function."""
    # jsonschema checks date-time only with rfc3339-validator installed, and uri with rfc3987 when it
    # is installed, else with rfc3986-validator, else not at all.
    if name == "date":
        return _is_date
    if name == "date-time" and _installed("rfc3339_validator"):
        return _is_date_time
    if name == "uri" and not _installed("rfc3987") and _installed("rfc3986_validator"):
        return _is_uri

    def conforms(value: str) -> bool:
        import jsonschema

        return bool(jsonschema.Draft202012Validator.FORMAT_CHECKER.conforms(value, name))

    return conforms
