"""Bytes in: read an article file, tell its kind from its bytes, decode its text, and describe where it
came from.

The kind (``archivist.source.kinds``) decides how the bytes are read: plain text by ``decode_bytes``, an
HTML or XHTML page by ``archivist.source.charset.decode_page`` (BOM, HTTP and meta declarations, checked
against the bytes). A page is never read as text and text never as a page, whatever the file is called.
The original bytes are never altered; the decoded text is what spans index into
(byte-order mark removed, line endings kept exactly as in the file).

Public API: ``read_source`` (``read_article_bytes`` + ``source_from_bytes``), ``decode_source``,
``SourceText``, ``archive_name``, ``detect_kind``, ``InputKind``.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from archivist.errors import InputError, UsageError
from archivist.fsutil import read_regular
from archivist.record.model import Evidence, Source
from archivist.source.charset import PageCharset, decode_page
from archivist.source.kinds import ARC, BINARY, HTML, TEXT, WARC, XHTML, InputKind, detect_kind

__all__ = [
    "MAX_ARTICLE_BYTES",
    "InputKind",
    "SourceText",
    "archive_name",
    "decode_source",
    "detect_kind",
    "read_article_bytes",
    "read_source",
    "source_from_bytes",
]

# Articles are text; anything bigger than this is refused before it is read, so that a stray
# disk image or video never fills memory. 64 MiB is far above the longest article ever printed.
MAX_ARTICLE_BYTES = 64 * 1024 * 1024

# C0 controls other than TAB, LF, FF, CR, and DEL: their presence means binary data, not text.
_CONTROL = frozenset(range(0x00, 0x09)) | {0x0B, 0x0E, 0x0F} | frozenset(range(0x10, 0x20)) - {0x1B} | {0x7F}
# The same set for a scan in C (``bytes.translate`` deletes them; a shorter result means one was there)
# instead of a Python step per byte: 64 KiB checked per article (issue 14).
_CONTROL_BYTES = bytes(sorted(_CONTROL))
# Bytes that cp1252 leaves undefined; latin-1 maps them to C1 controls, which no article contains.
_CP1252_UNDEFINED = frozenset({0x81, 0x8D, 0x8F, 0x90, 0x9D})

_TEXT_KIND = InputKind(TEXT)


@dataclass(frozen=True)
class SourceText:
    """An article's original bytes, their decoded text, the provenance recorded for them, the input's
    kind, and (for a page whose charset declaration was set aside or checked) how it was decoded."""

    data: bytes
    text: str
    source: Source
    kind: InputKind = _TEXT_KIND
    encoding_evidence: Evidence | None = None


def read_source(path: str | os.PathLike[str], *, url: str | None = None) -> SourceText:
    """Read ``path`` as bytes and decode it, or raise a one-line error saying why it cannot be used."""
    path = Path(path)
    if not path.exists():
        raise UsageError("no such file", where=str(path))
    if path.is_dir():
        raise UsageError("is a directory, not an article file", where=str(path))
    try:
        data = read_article_bytes(path)
    except PermissionError as exc:
        raise UsageError("cannot be read", where=str(path), why=exc.strerror) from exc
    except OSError as exc:
        raise InputError("cannot be read", where=str(path), why=exc.strerror) from exc
    return source_from_bytes(path, data, url=url)


def read_article_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of the article file ``path``, as ``read_source`` reads them: a regular file only (a FIFO
    named like an article would block forever and /dev/zero never ends: checked on the open descriptor
    before the first byte, ``fsutil.read_regular``), at most ``MAX_ARTICLE_BYTES``. Raises ``OSError``,
    or ``InputError`` for a file that is not regular or is too large."""
    return read_regular(path, limit=MAX_ARTICLE_BYTES, limit_for="an article")


def source_from_bytes(path: str | os.PathLike[str], data: bytes, *, url: str | None = None) -> SourceText:
    """``read_source`` for a file whose bytes the caller has read already with ``read_article_bytes``
    (a batch reads each file once, to tell web archives from articles, and hands the bytes on)."""
    path = Path(path)
    return decode_source(data, filename=archive_name(path.name), where=str(path), url=url)


def decode_source(
    data: bytes,
    *,
    filename: str,
    where: str | None = None,
    url: str | None = None,
    http_content_type: str | None = None,
) -> SourceText:
    """Tell the kind of ``data`` from its bytes and decode it (``http_content_type``: the HTTP
    ``Content-Type`` the page was served with, when known, e.g. from a WARC response).

    Raises:
        InputError: empty, too large, binary, a web archive (not one article), gzipped, or undecodable.
    """
    where = where or filename
    if not data:
        raise InputError("file is empty", where=where)
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(f"larger than the {MAX_ARTICLE_BYTES:,}-byte limit for an article", where=where)
    kind = detect_kind(data)
    if kind.name == TEXT and _declared_page(http_content_type):
        # A page served as text/html is HTML even when its first bytes do not say so (WHATWG mimesniff:
        # a supplied type is not sniffed); only web archives give a Content-Type.
        kind = InputKind(XHTML if "xhtml" in (http_content_type or "").lower() else HTML)
    _refuse_kind(kind, data, where)
    if kind.is_page:
        return _decode_page(
            data, kind, filename=filename, where=where, url=url, content_type=http_content_type
        )
    text, encoding, bom = decode_bytes(data, where=where)
    if not text.strip():
        raise InputError("file holds only white space", where=where)
    source = Source(
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        encoding=encoding,
        media_type=f"text/plain; charset={encoding}",
        filename=filename,
        line_endings=line_endings(text),
        bom=bom,
        url=url,
    )
    return SourceText(data=data, text=text, source=source)


def _declared_page(content_type: str | None) -> bool:
    media = (content_type or "").split(";", 1)[0].strip().lower()
    return media in ("text/html", "application/xhtml+xml")


def _refuse_kind(kind: InputKind, data: bytes, where: str) -> None:
    if kind.name in (WARC, ARC):
        raise InputError(
            f"a {kind.name.upper()} web archive ({kind}), not one article",
            where=where,
            why="a web archive holds many captures; ingest reads the pages in it",
        )
    if kind.name == BINARY and not kind.gzipped:
        decode_bytes(data, where=where)  # raises its own, more precise reason
        raise InputError("binary data, not an article", where=where, why="neither text nor an HTML page")
    if kind.gzipped:
        raise InputError(f"a gzip-compressed {kind.name} file", where=where, why="decompress it first")


def _decode_page(
    data: bytes, kind: InputKind, *, filename: str, where: str, url: str | None, content_type: str | None
) -> SourceText:
    text, charset = decode_page(data, http_content_type=content_type, where=where)
    if not text.strip():
        raise InputError("file holds only white space", where=where)
    media = "application/xhtml+xml" if kind.name == XHTML else "text/html"
    source = Source(
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        encoding=charset.name,
        media_type=f"{media}; charset={charset.name}",
        filename=filename,
        line_endings=line_endings(text),
        bom=charset.bom,
        url=url,
    )
    return SourceText(data, text, source, kind, _charset_evidence(charset))


def _charset_evidence(charset: PageCharset) -> Evidence:
    origin = {"bom": "byte-order-mark", "http": "http-content-type", "meta": "meta-charset"}
    rule = origin.get(charset.origin, "declaration-set-aside" if charset.declared else "bytes-detected")
    source = "warc" if charset.origin == "http" else "html"
    return Evidence(source, rule, charset.note)


def decode_bytes(data: bytes, *, where: str = "input") -> tuple[str, str, bool]:
    """Return (text, encoding, had_bom). Order: BOMs, then strict UTF-8, then cp1252, then latin-1."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", where), "utf-8", True
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16-le" if data.startswith(b"\xff\xfe") else "utf-16-be"
        text = _strict(data[2:], encoding, where)
        _refuse_controls(text, where)
        return text, encoding, True
    if b"\x00" in data:
        raise InputError("binary data, not text", where=where, why="NUL bytes and no UTF-16 byte-order mark")
    head = data[:65536]
    if len(head.translate(None, _CONTROL_BYTES)) != len(head):
        raise InputError(
            "binary data, not text", where=where, why="control characters that text does not contain"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return text, ("us-ascii" if data.isascii() else "utf-8"), False
    if not any(byte in _CP1252_UNDEFINED for byte in data):
        return data.decode("cp1252"), "cp1252", False
    text = data.decode("iso-8859-1")
    if any("\x80" <= ch <= "\x9f" for ch in text):
        raise InputError(
            "undecodable text",
            where=where,
            why="not UTF-8, and bytes that neither cp1252 nor latin-1 text contains",
        )
    return text, "iso-8859-1", False


def _strict(data: bytes, encoding: str, where: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"undecodable {encoding} text", where=where, why=f"invalid bytes at offset {exc.start}"
        ) from exc


def _refuse_controls(text: str, where: str) -> None:
    if any(ord(ch) in _CONTROL for ch in text[:65536]):
        raise InputError(
            "binary data, not text", where=where, why="control characters that text does not contain"
        )


def line_endings(text: str) -> str:
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    kinds = [name for name, count in (("CRLF", crlf), ("CR", cr), ("LF", lf)) if count]
    if not kinds:
        return "none"
    return kinds[0] if len(kinds) == 1 else "mixed"


def archive_name(name: str) -> str:
    """The file name as archivist records and stores it (record ``source.filename``, ``data/source/``).

    Names are kept as they are except for what a record or a bag cannot hold faithfully: bytes that are
    not UTF-8 (an old archive's latin-1 names, which Python decodes to lone surrogates), ``\\``, which
    BagIt readers on Windows take for a separator, and control characters (C0 and DEL), which XML 1.0
    (PREMIS, NewsML-G2) cannot hold and which would break a manifest line. Each such byte is ``%XX``.
    """
    if "\\" not in name and not any(_needs_escape(ch) for ch in name):
        return name
    out = []
    for ch in name:
        if "\udc80" <= ch <= "\udcff":
            out.append(f"%{ord(ch) - 0xDC00:02X}")
        elif ch == "\\" or _needs_escape(ch):
            out.append(f"%{ord(ch):02X}")
        else:
            out.append(ch)
    return "".join(out)


def _needs_escape(ch: str) -> bool:
    return ch < "\x20" or ch == "\x7f" or "\udc80" <= ch <= "\udcff"


def utf8_safe(value: Any) -> Any:
    """``value`` (a string, or a dict or list of them) with every byte of a file name that is not UTF-8
    (a lone surrogate in Python) written ``%XX``, as ``archive_name`` writes it: what goes into a JSON
    report or receipt must encode as UTF-8."""
    if isinstance(value, str):
        if value.isascii() or not any("\ud800" <= ch <= "\udfff" for ch in value):
            return value
        return "".join(
            f"%{ord(ch) - 0xDC00:02X}"
            if "\udc80" <= ch <= "\udcff"
            else ("\ufffd" if "\ud800" <= ch <= "\udfff" else ch)
            for ch in value
        )
    if isinstance(value, dict):
        return {utf8_safe(k): utf8_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [utf8_safe(v) for v in value]
    return value
