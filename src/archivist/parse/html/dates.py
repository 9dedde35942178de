"""Page dates to EDTF: ISO 8601 values from structured data and ``<time datetime>`` (fractional seconds
dropped; a time kept only with its zone, since EDTF date-times need one), else a date written in words
(``December 20, 2023``), read by the plain-text parser's date grammar."""

from __future__ import annotations

import re

from archivist.parse.dates import search_dates

_ISO = re.compile(
    r"^\s*(?P<date>\d{4}-\d{2}-\d{2})(?:[T ](?P<hm>\d{2}:\d{2})(?P<s>:\d{2})?(?:[.,]\d+)?\s*"
    r"(?P<zone>Z|[+-]\d{2}:?\d{2})?)?"
)


def to_edtf(value: str) -> str | None:
    """The EDTF form of a page's date value, or None if it holds no full date."""
    found = _ISO.match(value)
    if found:
        date = found.group("date")
        if not _valid(date):
            return None
        zone = found.group("zone")
        if found.group("hm") and zone:
            zone = "Z" if zone == "Z" else f"{zone[:3]}:{zone[-2:]}"
            return f"{date}T{found.group('hm')}{found.group('s') or ''}{zone}"
        return date
    for date in search_dates(value):
        if date.value[:4].isdigit() and len(date.value) >= 10:
            return date.value
    return None


def _valid(date: str) -> bool:
    year, month, day = (int(part) for part in date.split("-"))
    return 1 <= month <= 12 and 1 <= day <= 31 and year >= 1000
