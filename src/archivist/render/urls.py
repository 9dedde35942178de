"""Image references as the documents can carry them.

An article may name its image by an absolute URL or only by a file name (``photo.jpg``). ninjs
(``format: uri``) and JSON-LD (a relative IRI has no base here) need an absolute URI; NewsML-G2's
``xs:anyURI`` takes either. Non-ASCII characters are percent-encoded (RFC 3987 → RFC 3986 mapping).
"""

from __future__ import annotations

import re
from urllib.parse import quote

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
# Everything RFC 3986 allows unencoded in a URI, plus "%" so existing escapes are kept.
_SAFE = "!#$%&'()*+,-./:;=?@[]_~"


def as_uri(reference: str) -> str:
    """The reference with characters a URI cannot hold percent-encoded (UTF-8)."""
    return quote(reference, safe=_SAFE)


def absolute_uri(reference: str | None) -> str | None:
    """The reference as an absolute URI, or None when it is only a relative name."""
    if not reference or not _SCHEME.match(reference):
        return None
    return as_uri(reference)
