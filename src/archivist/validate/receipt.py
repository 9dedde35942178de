"""Deposit receipts read back: valid JSON satisfying ``schemas/receipt.schema.json``.

The receipt is written by ``archivist.deposit.receipt``; its check lives here, in the validate layer, so
that ``archivist validate`` needs nothing from the deposit layer above it.
"""

from __future__ import annotations

import json
from functools import cache
from typing import TYPE_CHECKING

from archivist.errors import Problem
from archivist.jsonload import JSONDocumentError, load_json
from archivist.record.io import json_pointer
from archivist.resources import schema_path

if TYPE_CHECKING:
    import jsonschema


@cache
def _receipt_validator() -> jsonschema.protocols.Validator:
    import jsonschema

    schema = json.loads(schema_path("receipt.schema.json").read_bytes())
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def receipt_problems(data: bytes, *, file: str = "") -> list[Problem]:
    """A receipt read back: valid JSON satisfying ``schemas/receipt.schema.json``."""
    try:
        obj = load_json(data)
    except JSONDocumentError as exc:
        return [Problem("json.syntax", exc.message, file=file, line_number=exc.line)]
    return [
        Problem("receipt.schema", error.message, file=file, location=json_pointer(error.absolute_path))
        for error in _receipt_validator().iter_errors(obj)
    ]
