"""The character encoding of a web page: byte-order mark, then the HTTP ``Content-Type`` charset, then the
page's own ``<meta charset>`` / ``<meta http-equiv="Content-Type">`` (WHATWG HTML §13.2.3.2, "determining
the character encoding"; labels as in the WHATWG Encoding standard), then UTF-8 if the bytes are UTF-8,
else windows-1252.

A declaration is checked against the bytes before it is believed, because pages often lie:
- a page declared UTF-8 whose bytes are not UTF-8 is decoded as windows-1252 (else ISO-8859-1);
- a page declared as a single-byte charset (ISO-8859-1, windows-1252…) whose bytes are valid UTF-8 with
  multi-byte sequences is decoded as UTF-8 (such sequences are vanishingly rare in real single-byte text,
  and reading them as single bytes gives mojibake);
- a page whose bytes its declared multi-byte charset cannot decode is decoded as UTF-8 if it can be,
  else refused with one line.
Every such decision is recorded (``PageCharset.note``) and lands in the record's ``evidence``.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from archivist.errors import InputError

# WHATWG Encoding: these labels all mean windows-1252, and a page's utf-16 meta declaration means utf-8
# (the bytes that carried an ASCII-compatible <meta> cannot be UTF-16).
_WINDOWS_1252 = {
    "iso-8859-1",
    "iso8859-1",
    "latin1",
    "latin-1",
    "l1",
    "us-ascii",
    "ascii",
    "cp1252",
    "windows-1252",
    "x-cp1252",
    "iso_8859-1",
    "cp819",
    "ibm819",
    "iso-ir-100",
}
_UTF8 = {"utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8"}
_UTF16 = {"utf-16", "utf-16le", "utf-16be", "unicode", "ucs-2"}
_SINGLE_BYTE = re.compile(r"^(cp|windows-|iso-?8859|latin|koi8|mac|ibm|tis|ascii)", re.IGNORECASE)
_CP1252_UNDEFINED = frozenset({0x81, 0x8D, 0x8F, 0x90, 0x9D})

# The prescan reads the first 1024 bytes (WHATWG); pages that put their meta after a long comment or
# script get a second look at the first 64 KiB, so a declaration is not missed for being late.
_PRESCAN = 1024
_LATE_PRESCAN = 64 * 1024
_META_CHARSET = re.compile(rb"<meta\s[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE)
_HTTP_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE)
_MEDIA_NAMES = {"utf-8": "utf-8", "cp1252": "windows-1252", "latin_1": "iso-8859-1"}


@dataclass(frozen=True)
class PageCharset:
    """How a page was decoded: the Python codec, the name written in ``media_type``, whether a BOM was
    removed, where the decision came from (``bom``, ``http``, ``meta``, ``detected``) and, when a
    declaration was set aside, why."""

    codec: str
    name: str
    bom: bool
    origin: str
    declared: str | None = None
    note: str | None = None


def decode_page(data: bytes, *, http_content_type: str | None = None, where: str) -> tuple[str, PageCharset]:
    """Decode a page's bytes; raise InputError only when no candidate encoding reads them."""
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return _strict(data[len(bom) :], codec, where), PageCharset(
                codec, _media_name(codec), True, "bom"
            )
    declared, origin = _declared(data, http_content_type)
    if declared is None:
        codec, text = _undeclared(data)
        return text, PageCharset(codec, _media_name(codec), False, "detected")
    codec = _codec_for(declared)
    if codec is None:
        fallback, text = _undeclared(data)
        note = f"declared charset {declared!r} is not a known encoding; read as {_media_name(fallback)}"
        return text, PageCharset(fallback, _media_name(fallback), False, "detected", declared, note)
    if codec != "utf-8" and _SINGLE_BYTE.match(codec) and _is_multibyte_utf8(data):
        note = f"declared {declared} but the bytes are UTF-8 (multi-byte sequences decode); read as utf-8"
        return data.decode("utf-8"), PageCharset("utf-8", "utf-8", False, "detected", declared, note)
    try:
        return data.decode(codec), PageCharset(codec, _media_name(codec), False, origin, declared)
    except UnicodeDecodeError as exc:
        problem = f"declared {declared} but byte {exc.start} is not {declared}"
    if codec == "utf-8" or _SINGLE_BYTE.match(codec):
        fallback, text = _single_byte(data)
    else:
        try:
            fallback, text = "utf-8", data.decode("utf-8")
        except UnicodeDecodeError:
            raise InputError(
                "undecodable page", where=where, why=f"{problem}, and the bytes are not UTF-8 either"
            ) from None
    note = f"{problem}; read as {_media_name(fallback)}"
    return text, PageCharset(fallback, _media_name(fallback), False, "detected", declared, note)


def _declared(data: bytes, http_content_type: str | None) -> tuple[str | None, str]:
    if http_content_type:
        found = _HTTP_CHARSET.search(http_content_type)
        if found:
            return found.group(1).lower(), "http"
    for limit in (_PRESCAN, _LATE_PRESCAN):
        found = _META_CHARSET.search(data[:limit])
        if found:
            return found.group(1).decode("ascii").lower(), "meta"
    return None, "detected"


def _codec_for(label: str) -> str | None:
    if label in _UTF8 or label in _UTF16:
        return "utf-8"
    if label in _WINDOWS_1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _undeclared(data: bytes) -> tuple[str, str]:
    try:
        return "utf-8", data.decode("utf-8")
    except UnicodeDecodeError:
        return _single_byte(data)


def _single_byte(data: bytes) -> tuple[str, str]:
    if any(byte in _CP1252_UNDEFINED for byte in data):
        return "latin_1", data.decode("latin-1")
    return "cp1252", data.decode("cp1252")


def _is_multibyte_utf8(data: bytes) -> bool:
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _strict(data: bytes, codec: str, where: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"undecodable {codec} page",
            where=where,
            why=f"invalid bytes at offset {exc.start} after a byte-order mark",
        ) from exc


def _media_name(codec: str) -> str:
    if codec in _MEDIA_NAMES:
        return _MEDIA_NAMES[codec]
    return re.sub(r"^iso8859[-_]", "iso-8859-", codec)
