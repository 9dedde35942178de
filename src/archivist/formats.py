"""PRONOM format identifiers (PUIDs) for the files archivist packages, from a small fixed table.

archivist writes most of its files itself and so knows their format; for images and PDFs it reads the
file's signature (magic bytes). The table was checked against PRONOM signature release v109
(``DROID_SignatureFile-v109.xml`` / ``formats-v109.xml``). Nothing outside it is guessed: a file that no
row matches gets no registry entry, only the format name "unknown".

Text, JSON and JSON-LD have no byte signature in PRONOM, so they are identified by extension, which is
sound only because archivist chose those extensions; XML is fmt/101 only when it starts with the XML 1.0
declaration, which is how PRONOM's own signature recognises it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class FormatId:
    """A format as PREMIS records it: name, optional version, and the PRONOM key when there is one."""

    name: str
    version: str | None = None
    puid: str | None = None


UNKNOWN = FormatId("unknown")
PLAIN_TEXT = FormatId("Plain Text File", None, "x-fmt/111")
XML = FormatId("Extensible Markup Language", "1.0", "fmt/101")
JSON = FormatId("JSON Data Interchange Format", None, "fmt/817")
JSON_LD = FormatId("JSON-LD", None, "fmt/880")

# WARC (ISO 28500) by its version line; PUIDs as listed for WARC 1.0 and 1.1 (fmt/1355, fmt/1281). A
# .warc.gz is a gzip file first (one member per record), and PRONOM identifies it as GZIP (x-fmt/266).
# ARC has no PUID here: its registry entries could not be checked against the signature release.
WARC = {
    b"WARC/1.0\r\n": FormatId("WARC", "1.0", "fmt/1355"),
    b"WARC/1.1\r\n": FormatId("WARC", "1.1", "fmt/1281"),
}
GZIP = FormatId("GZIP Format", None, "x-fmt/266")
ARC = FormatId("Internet Archive ARC")

BY_EXTENSION: dict[str, FormatId] = {".txt": PLAIN_TEXT, ".json": JSON, ".jsonld": JSON_LD}

_PNG = {"1.0": "fmt/11", "1.1": "fmt/12", "1.2": "fmt/13"}
_JFIF = {(1, 0): ("1.00", "fmt/42"), (1, 1): ("1.01", "fmt/43"), (1, 2): ("1.02", "fmt/44")}
_GIF = {b"GIF87a": ("87a", "fmt/3"), b"GIF89a": ("89a", "fmt/4")}
_PDF = {
    "1.0": "fmt/14",
    "1.1": "fmt/15",
    "1.2": "fmt/16",
    "1.3": "fmt/17",
    "1.4": "fmt/18",
    "1.5": "fmt/19",
    "1.6": "fmt/20",
    "1.7": "fmt/276",
    "2.0": "fmt/1129",
}
_WEBP = {b"VP8 ": ("Lossy", "fmt/566"), b"VP8L": ("Lossless", "fmt/567"), b"VP8X": ("Extended", "fmt/568")}
_XML_DECL = re.compile(rb"^(\xef\xbb\xbf)?<\?xml\s+version\s*=\s*[\"']1\.0[\"']")
# PNG chunks added by later editions of the PNG specification: 1.1 added sRGB, iCCP and sPLT,
# 1.2 added iTXt; a file using none of them conforms to 1.0.
_PNG_12 = {b"iTXt"}
_PNG_11 = {b"sRGB", b"iCCP", b"sPLT"}

HEAD_BYTES = 64 * 1024  # the same window archivist.bag.hashing keeps from each file it reads


def identify(name: str, head: bytes) -> FormatId:
    """The format of a file called ``name`` whose first bytes are ``head`` (up to :data:`HEAD_BYTES`)."""
    found = _by_signature(head)
    if found is not None:
        return found
    suffix = name[name.rfind(".") :].lower() if "." in name.rsplit("/", 1)[-1] else ""
    return BY_EXTENSION.get(suffix, UNKNOWN)


def _by_signature(head: bytes) -> FormatId | None:
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        version = _png_version(head)
        return FormatId("Portable Network Graphics", version, _PNG[version])
    if head.startswith(b"\xff\xd8\xff"):
        # Only JFIF (APP0 right after SOI) has a version we can read; Exif and raw streams have
        # several PUIDs that depend on more than the header, so they stay unregistered.
        if head[3:4] == b"\xe0" and head[6:11] == b"JFIF\x00" and len(head) >= 13:
            version = _JFIF.get((head[11], head[12]))
            if version:
                return FormatId("JPEG File Interchange Format", version[0], version[1])
        return FormatId("JPEG")
    gif = _GIF.get(head[:6])
    if gif:
        return FormatId("Graphics Interchange Format", gif[0], gif[1])
    if head.startswith(b"%PDF-"):
        match = re.match(rb"%PDF-(\d\.\d)", head)
        version = match.group(1).decode() if match else None
        if version in _PDF:
            return FormatId("Portable Document Format", version, _PDF[version])
        return FormatId("Portable Document Format")
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        webp = _WEBP.get(head[12:16])
        if webp:
            return FormatId("WebP", webp[0], webp[1])
    if _XML_DECL.match(head):
        return XML
    warc = WARC.get(head[:10])
    if warc is not None:
        return warc
    if head.startswith(b"\x1f\x8b\x08"):
        return GZIP
    if head.startswith(b"filedesc://"):
        return ARC
    return None


def _png_version(head: bytes) -> str:
    chunks = set()
    offset = 8
    while offset + 8 <= len(head):
        length = int.from_bytes(head[offset : offset + 4], "big")
        kind = head[offset + 4 : offset + 8]
        chunks.add(kind)
        if kind in {b"IDAT", b"IEND"}:
            break
        offset += 12 + length
    if chunks & _PNG_12:
        return "1.2"
    if chunks & _PNG_11:
        return "1.1"
    return "1.0"
