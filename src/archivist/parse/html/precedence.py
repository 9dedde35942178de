"""Which source wins when a page's structured data and its visible text disagree, field by field.

| field    | order (first found wins)                                                                    |
|----------|---------------------------------------------------------------------------------------------|
| headline | visible ``<h1>`` › JSON-LD ``headline`` › microdata › ``og:title`` › ``twitter:title``      |
| date     | see ``published``: a date the article's header shows (``<time datetime>``, words) ›       |
|          | JSON-LD ``datePublished`` › microdata › ``article:published_time`` › date metas › URL path |
| authors  | JSON-LD ``author`` (people) › microdata › visible byline › ``article:author``/``meta author`` |
| summary  | visible standfirst › JSON-LD ``description`` › microdata ``description``                    |
| image    | visible lead figure (caption, credit, alt) › JSON-LD ``image`` › ``og:image``              |
| url      | ``<link rel=canonical>`` › ``og:url`` › JSON-LD/microdata ``mainEntityOfPage`` › the URL   |
|          | the page was fetched from                                                                   |
| updated  | see ``modified``: JSON-LD ``dateModified`` › microdata › ``article:modified_time``, other   |
|          | modified metas › a header date labelled "Updated"; only a date after the publication date  |

Why: the headline is what readers saw, and structured ``headline`` is often an SEO variant or cut to
110 characters. The date a reader saw wins over structured data
(``published``'s docstring gives the order and why). Authors in JSON-LD come split
into people with their pages; a visible byline needs splitting and carries roles, so it comes after
structured data but before ``meta author`` (often a site name). Two exceptions: when the byline names
every person structured data names and more, structured data listed only the first author and the
byline wins; people the byline credits for other work ("Photography by", "Contributions from") are
dropped from any source. An author credit equal to ``og:site_name`` is the publication, not a person.
Meta descriptions are search snippets, not standfirsts, so they never become the summary. Every choice
is written to the record's ``evidence``; when the losing source disagrees, its value is in the evidence
note.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urlsplit

from archivist.parse.html.structured import Claim

HEADLINE_ORDER = ("html", "json-ld", "microdata", "opengraph", "meta")
DATE_ORDER = ("json-ld", "microdata", "opengraph", "meta")  # structured data only: see ``published``
AUTHOR_ORDER = ("json-ld", "microdata", "html", "opengraph", "meta")
SUMMARY_ORDER = ("html", "json-ld", "microdata")


def byline_names_more(structured: list[str], shown: list[str]) -> bool:
    """Whether the visible byline (``shown``) names every person structured data names, and more."""
    claimed, seen = {_norm(n) for n in structured}, {_norm(n) for n in shown}
    # the byline's extra names must be full names: a stray word read from a byline decides nothing
    return bool(claimed) and claimed < seen and all(" " in name for name in seen - claimed)


def names_site(name: str, site_name: str | None) -> bool:
    """An author credit that is the site's own name (``og:site_name``): the publication, not a person,
    even where the site is named after one."""
    return site_name is not None and _norm(site_name) == _norm(name)


def ranked(claims: list[Claim], order: tuple[str, ...]) -> list[Claim]:
    """Claims in precedence order (stable within one origin: the page's own order)."""
    return sorted((c for c in claims if c.origin in order), key=lambda c: order.index(c.origin))


def disagreement(chosen: str, others: list[Claim], key: Callable[[str], object] | None = None) -> str | None:
    """A note naming the first source that said something else, or None when all agree."""
    key = key or _norm
    differing = [c for c in others if key(c.value) != key(chosen)]
    if not differing:
        return None
    first = differing[0]
    return f"{first.origin} {first.rule} says {first.value[:120]!r}"


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def without_site_name(title: str, url: str | None, site_name: str | None) -> str:
    """``Healing through art | The Daily World`` -> ``Healing through art``: parts of a title, cut at
    `` | `` or `` - ``, that name the site (its og:site_name, or its host name) are left out."""
    parts = re.split(r"\s+[|–—-]\s+", title)
    if len(parts) < 2:
        return title
    host = re.sub(r"[^a-z0-9]", "", (urlsplit(url).netloc if url else "").lower())
    site = re.sub(r"[^a-z0-9]", "", (site_name or "").lower())
    kept = [p for p in parts if not _names_site(p, host, site)]
    return " | ".join(kept) if kept and len(kept) < len(parts) else title


def _names_site(part: str, host: str, site: str) -> bool:
    letters = re.sub(r"[^a-z0-9]", "", part.lower())
    return bool(letters) and (letters == site or (len(letters) >= 3 and letters in host))
