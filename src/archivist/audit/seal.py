"""The seal that ends every event log this program writes: which check the bytes passed, and their digest.

``<!-- archivist: NAME passed; sha256 of the bytes above: HEX -->``, an XML comment after the root
element (XML allows it there; PREMIS readers and the XSD ignore it). It serves twice:
  * proof (``events``, ``ocfl_bag``): bytes that still have their sealed digest are the very bytes that
    passed the check ``NAME``; a check is a pure function of its input, so it need not run on them again;
  * wholeness (``durability``): a log whose seal does not verify was cut short or mixed by a power cut
    (or changed since): it is not taken as the durable version.
One audit of an object reads its log up to three times (its check, the append, the rewrite): each
thread remembers the last few logs it verified, so equal bytes are hashed once.
"""

from __future__ import annotations

import functools
import hashlib
import re
import threading
from typing import NamedTuple

from archivist.audit.code_digest import code_digest

# The module whose code checks a whole log (``validate.premis.tree_problems`` on what ``xmlsafe`` parsed;
# the XSD is vendored and never edited): any change to it or to an archivist module it imports names a
# new check (``code_digest``), and every log sealed under the old name is checked in full once more.
LOG_RULES = ("archivist.validate.premis",)
UNNAMED = "unnamed"
_MARK = b"<!-- archivist: "
_SEAL = re.compile(rb"<!-- archivist: ([a-z0-9.+-]+) passed; sha256 of the bytes above: ([0-9a-f]{64}) -->\n")
_TAIL = 200  # the seal is shorter than this
_REMEMBERED = 4


class Seal(NamedTuple):
    check: str  # the name of the check the bytes passed
    digest: str  # SHA-256 (hex) of the body
    body: bytes  # the bytes before the seal


def sealed(document: bytes) -> bytes:
    """``document`` (which just passed ``log_check()``) followed by its seal."""
    digest = hashlib.sha256(document).hexdigest()
    seal = f"<!-- archivist: {log_check()} passed; sha256 of the bytes above: {digest} -->\n"
    return document + seal.encode()


@functools.cache
def log_check() -> str:
    """The name of the check a whole log passes: the PREMIS 3.0 XSD and ISO 8601 dates, and a digest of
    the code that runs it ("unnamed" when that code cannot be read: then no seal proves anything)."""
    rules = code_digest(LOG_RULES)
    return f"premis-3.0-xsd-iso8601-dates-{rules}" if rules else UNNAMED


def has_seal(data: bytes) -> bool:
    """Whether ``data`` ends with something shaped as a seal (whether or not it verifies)."""
    return _MARK in data[-_TAIL:]


_memo = threading.local()


def verified(data: bytes) -> Seal | None:
    """The seal ``data`` ends with, when its digest verifies; else None."""
    remembered: list[tuple[bytes, Seal | None]] = getattr(_memo, "logs", None) or []
    for known, result in remembered:
        if known is data or known == data:  # equal bytes (a length compare, then memcmp): same result
            return result
    result = _verify(data)
    _memo.logs = [(data, result), *remembered[: _REMEMBERED - 1]]
    return result


def _verify(data: bytes) -> Seal | None:
    start = data.rfind(_MARK, max(0, len(data) - _TAIL))
    found = _SEAL.fullmatch(data, start) if start >= 0 else None
    if found is None:
        return None
    body = data[:start]
    digest = found.group(2).decode()
    if hashlib.sha256(body).hexdigest() != digest:
        return None
    return Seal(found.group(1).decode(), digest, body)


def seal_holds(data: bytes) -> bool:
    """Whether ``data`` ends with a seal whose digest verifies (under any check's name)."""
    return verified(data) is not None


def proven(data: bytes | None) -> Seal | None:
    """The seal of ``data`` when it verifies and names today's ``log_check()``."""
    found = verified(data) if data else None
    named = log_check()
    return found if found is not None and found.check == named != UNNAMED else None


def proven_body(data: bytes | None) -> bytes | None:
    """The bytes before the seal when ``data`` is sealed, verifies, and passed today's ``log_check()``."""
    found = proven(data)
    return found.body if found is not None else None
