"""The seal that ends every event log this program writes: which check the bytes passed, and their digest.

``<!-- archivist: NAME passed; sha256 of the bytes above: HEX -->``, an XML comment after the root
element (XML allows it there; PREMIS readers and the XSD ignore it). It serves twice:
  * proof (``events``): bytes that still have their sealed digest are the very bytes that passed the
    check ``NAME``; a check is a pure function of its input, so it need not run on them again;
  * wholeness (``durability``): a log whose seal does not verify was cut short or mixed by a power cut
    (or changed since): it is not taken as the durable version.
"""

from __future__ import annotations

import hashlib
import re

# What a sealed log passed. Change it whenever the checks a whole log goes through change: every log
# sealed under the old name is then checked in full once more.
LOG_CHECK = "premis-3.0-xsd+iso8601-dates"
_MARK = b"<!-- archivist: "
_SEAL = re.compile(rb"<!-- archivist: ([a-z0-9.+-]+) passed; sha256 of the bytes above: ([0-9a-f]{64}) -->\n")
_TAIL = 200  # the seal is shorter than this


def sealed(document: bytes) -> bytes:
    """``document`` (which just passed ``LOG_CHECK``) followed by its seal."""
    digest = hashlib.sha256(document).hexdigest()
    seal = f"<!-- archivist: {LOG_CHECK} passed; sha256 of the bytes above: {digest} -->\n"
    return document + seal.encode()


def has_seal(data: bytes) -> bool:
    """Whether ``data`` ends with something shaped as a seal (whether or not it verifies)."""
    return _MARK in data[-_TAIL:]


def _verified(data: bytes) -> tuple[str, bytes] | None:
    start = data.rfind(_MARK, max(0, len(data) - _TAIL))
    found = _SEAL.fullmatch(data, start) if start >= 0 else None
    if found is None:
        return None
    body = data[:start]
    if hashlib.sha256(body).hexdigest() != found.group(2).decode():
        return None
    return found.group(1).decode(), body


def seal_holds(data: bytes) -> bool:
    """Whether ``data`` ends with a seal whose digest verifies (under any check's name)."""
    return _verified(data) is not None


def proven_body(data: bytes | None) -> bytes | None:
    """The bytes before the seal when ``data`` is sealed, verifies, and passed today's ``LOG_CHECK``."""
    found = _verified(data) if data else None
    return found[1] if found is not None and found[0] == LOG_CHECK else None
