"""The record id: ``{date}-{headline slug}-{sha256[:12]}``.

The same bytes always give the same id and different bytes a different one (the digest decides);
the date and slug make it readable. ``date`` is ``YYYY-MM-DD``, ``YYYY`` or ``undated``.
"""

from __future__ import annotations

import re
import unicodedata

from archivist.record.model import Published

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_MAX_SLUG = 60


def record_id(sha256: str, headline: str | None, published: Published | None) -> str:
    parts = [_date_part(published)]
    slug = headline_slug(headline or "")
    if slug:
        parts.append(slug)
    parts.append(sha256[:12])
    return "-".join(parts)


def _date_part(published: Published | None) -> str:
    if published is None:
        return "undated"
    value = published.date.value
    if value.startswith("XXXX"):
        return "undated"
    if re.match(r"\d{4}-\d{2}-\d{2}", value):
        return value[:10]
    return value[:4]


def headline_slug(headline: str) -> str:
    """ASCII, lower case, hyphen-separated, at most 60 characters, cut at a word boundary."""
    ascii_text = unicodedata.normalize("NFKD", headline).encode("ascii", "ignore").decode("ascii").lower()
    slug = _NON_ALNUM.sub("-", ascii_text).strip("-")
    if len(slug) > _MAX_SLUG:
        cut = slug.rfind("-", 0, _MAX_SLUG + 1)
        slug = slug[: cut if cut > 0 else _MAX_SLUG].strip("-")
    return slug
