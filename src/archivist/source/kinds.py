"""What an input is, told from its bytes (never from its file name): plain text, an HTML page, an XHTML
page, a WARC or ARC web archive (each possibly gzipped), or something else (binary or unknown).

The HTML test is the WHATWG MIME-sniffing rule for ``text/html`` (https://mimesniff.spec.whatwg.org/
§7.1, "identifying a resource with an unknown MIME type"): after a byte-order mark and white space the
data starts with one of the tags a page starts with (``<!DOCTYPE HTML``, ``<HTML``, ``<HEAD``, ``<BODY``,
``<P``, ``<!--`` …), compared case-insensitively and followed by a space or ``>``. A text file that
mentions ``<p>`` further down is still text, and a page is never read as text. XHTML is an XML
declaration or an XHTML doctype or namespace in the head of such a document. WARC records start with
``WARC/1.``, ARC files with their ``filedesc://`` version block (https://iipc.github.io/warc-specifications/).
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

TEXT = "text"
HTML = "html"
XHTML = "xhtml"
WARC = "warc"
ARC = "arc"
BINARY = "binary"

# How much of the start of an input the sniffers look at. WHATWG sniffs the first 1445 bytes; an XHTML
# page's namespace can come after a long comment or doctype, so a little more.
SNIFF_BYTES = 4096

_GZIP_MAGIC = b"\x1f\x8b"
# WHATWG mimesniff §7.1 step 1, the "text/html" rows: each followed by a tag-terminating byte.
_HTML_STARTS = (
    b"<!doctype html",
    b"<html",
    b"<head",
    b"<script",
    b"<iframe",
    b"<h1",
    b"<div",
    b"<font",
    b"<table",
    b"<a",
    b"<style",
    b"<title",
    b"<b",
    b"<body",
    b"<br",
    b"<p",
    b"<!--",
)
_TAG_TERMINATORS = b" >\t\n\x0c\r"
_XHTML_NS = re.compile(rb"xmlns\s*=\s*[\"']http://www\.w3\.org/1999/xhtml[\"']", re.IGNORECASE)
_XHTML_DOCTYPE = re.compile(rb"<!doctype\s+html\s+public\s+[\"']-//W3C//DTD XHTML", re.IGNORECASE)
_HTML_ROOT = re.compile(rb"<html[\s>]", re.IGNORECASE)
# C0 controls other than TAB, LF, FF, CR and ESC, and DEL: text does not contain them.
_BINARY_BYTES = (
    frozenset(range(0x00, 0x09)) | {0x0B, 0x0E, 0x0F} | frozenset(range(0x10, 0x20)) - {0x1B} | {0x7F}
)
_BINARY_DELETE = bytes(sorted(_BINARY_BYTES))


@dataclass(frozen=True)
class InputKind:
    """An input's kind (``text``, ``html``, ``xhtml``, ``warc``, ``arc`` or ``binary``) and whether it
    came gzipped. ``str(kind)`` is ``warc.gz``-style."""

    name: str
    gzipped: bool = False

    def __str__(self) -> str:
        return f"{self.name}.gz" if self.gzipped else self.name

    @property
    def is_page(self) -> bool:
        return self.name in (HTML, XHTML)

    @property
    def is_archive(self) -> bool:
        return self.name in (WARC, ARC)


def detect_kind(data: bytes) -> InputKind:
    """Tell an input's kind from its first bytes (``data`` may be the whole input or just its start).

    A gzip member is opened (only its first few kilobytes are inflated) and its content told the same way.
    """
    if data.startswith(_GZIP_MAGIC):
        head = _gunzip_head(data[: 64 * 1024])
        if head is None:
            return InputKind(BINARY, gzipped=True)
        return InputKind(_sniff(head), gzipped=True)
    return InputKind(_sniff(data[:SNIFF_BYTES]))


def _gunzip_head(data: bytes) -> bytes | None:
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data, SNIFF_BYTES)
    except zlib.error:
        return None


def _sniff(head: bytes) -> str:
    if head.startswith(b"WARC/1."):
        return WARC
    if head.startswith(b"filedesc://"):
        return ARC
    ascii_head = _as_ascii(head)
    if ascii_head is None:
        return BINARY
    start = ascii_head.lstrip(b" \t\n\r\x0c").lower()
    if start.startswith(b"<?xml"):
        # XHTML when it has an html root or the XHTML namespace. Other XML is left to the text reader, as
        # before kinds were told (it finds no article body in it).
        if _HTML_ROOT.search(start) or _XHTML_NS.search(start):
            return XHTML
        return _text_or_binary(ascii_head)
    for prefix in _HTML_STARTS:
        after = start[len(prefix) : len(prefix) + 1]
        if start.startswith(prefix) and (prefix == b"<!--" or after in (b"", *_terminators())):
            if _XHTML_DOCTYPE.search(start) or _XHTML_NS.search(start):
                return XHTML
            return HTML
    return _text_or_binary(ascii_head)


def _text_or_binary(head: bytes) -> str:
    # In C: translate deletes the binary bytes, a shorter result means there was one.
    return BINARY if len(head.translate(None, _BINARY_DELETE)) != len(head) else TEXT


def _terminators() -> tuple[bytes, ...]:
    return tuple(bytes([b]) for b in _TAG_TERMINATORS)


def _as_ascii(head: bytes) -> bytes | None:
    """The head as single-byte text: UTF-16 (told by its byte-order mark) narrowed to one byte per
    character, so the same sniffing rules apply; ``None`` when the head is not text at all."""
    if head.startswith(b"\xef\xbb\xbf"):
        return head[3:]
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            body = head[2:]
            text = body[: len(body) // 2 * 2].decode(codec, errors="replace")
            return text.encode("latin-1", errors="replace")
    if b"\x00" in head:
        return None
    return head
