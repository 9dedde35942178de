"""Manifest, tag-manifest and fetch.txt lines (RFC 8493 §2.1.3, §2.2.1, §2.2.3), checked lexically.

Every path is judged here, as text, before anything looks at the filesystem: a path that is
absolute, home-relative, has ``..``, a NUL, a drive letter or a backslash is reported and dropped,
so no later stage can ever look it up. Percent-decoding follows the bag's version: BagIt 1.0 encodes
CR, LF and ``%`` (``archivist.bag.paths``); 0.97 and earlier encoded only CR and LF, so ``%25``
there is a literal name and is not decoded.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from archivist.bag.paths import decode_path
from archivist.bag.tagfile import Line
from archivist.errors import Problem

MANIFEST = re.compile(r"^manifest-(.+)\.txt$")
TAGMANIFEST = re.compile(r"^tagmanifest-(.+)\.txt$")

# Digest length in hex characters of the algorithms archivist can verify.
HEX_LENGTHS = {
    "md5": 32,
    "sha1": 40,
    "sha224": 56,
    "sha256": 64,
    "sha384": 96,
    "sha512": 128,
    "sha3224": 56,
    "sha3256": 64,
    "sha3384": 96,
    "sha3512": 128,
    "blake2b": 128,
    "blake2s": 64,
}
# Normalised BagIt name (§2.4) → hashlib name.
HASHLIB_NAMES = {
    "sha3224": "sha3_224",
    "sha3256": "sha3_256",
    "sha3384": "sha3_384",
    "sha3512": "sha3_512",
}
_HEX = re.compile(r"^[0-9A-Fa-f]+$")
# ASCII digits only, and few enough to be a size (int() refuses strings over 4,300 digits).
_DIGITS = re.compile(r"[0-9]{1,30}")
_SEPARATOR = re.compile(r"[ \t]+")
_DRIVE = re.compile(r"^[A-Za-z]:")
_OLD_DECODE = re.compile(r"%0[AaDd]")
_UNENCODED_PERCENT = re.compile(r"%(?!25|0[AaDd])")


def hashlib_name(algorithm: str) -> str | None:
    """The hashlib constructor name for a normalised algorithm, or ``None`` when it cannot be verified."""
    name = HASHLIB_NAMES.get(algorithm, algorithm)
    if algorithm not in HEX_LENGTHS:
        return None
    try:
        hashlib.new(name)
    except ValueError:
        return None
    return name


@dataclass(frozen=True)
class ManifestLine:
    checksum: str
    path: str  # decoded, normalised bag-relative path; only ever looked up in the bag's listing
    raw: str
    line_number: int


@dataclass(frozen=True)
class FetchLine:
    url: str
    length: int | None
    path: str
    raw: str
    line_number: int


def path_problems(raw: str, file: str, number: int) -> list[Problem]:
    """Lexical safety of a manifest or fetch path (§5.1). Any error here means: never look this path up."""
    found: list[Problem] = []

    def bad(code: str, why: str) -> None:
        found.append(Problem(code, f"path {raw[:200]!r} {why}; not read", file, raw[:200], number))

    if "\x00" in raw:
        bad("bag.path.nul", "contains a NUL byte")
    if raw.startswith(("/", "\\")):
        bad("bag.path.absolute", "is absolute")
    if raw.startswith("~"):
        bad("bag.path.home", "starts with '~' (home directory)")
    if _DRIVE.match(raw) or raw.startswith("\\\\?\\"):
        bad("bag.path.drive", "starts with a drive letter or Windows namespace")
    if "\\" in raw:
        bad("bag.path.backslash", "contains a backslash (a separator on Windows; '/' MUST be used)")
    parts = raw.split("/")
    if ".." in parts:
        bad("bag.path.traversal", "contains a '..' segment")
    return found


def decode(raw: str, *, strict: bool) -> str:
    """Percent-decode a manifest path the way its bag version encoded it."""
    if strict:
        return decode_path(raw)
    return _OLD_DECODE.sub(lambda m: "\n" if m.group().upper() == "%0A" else "\r", raw)


def _form_problems(raw: str, path: str, file: str, number: int, strict: bool) -> list[Problem]:
    found = []
    if strict and _UNENCODED_PERCENT.search(raw):
        found.append(
            Problem(
                "bag.path.unencoded-percent",
                "raw '%' (not %25, %0A or %0D): BagIt 1.0 encodes '%' as %25; the name is ambiguous",
                file,
                raw[:200],
                number,
                "warning",
            )
        )
    parts = path.split("/")
    if "" in parts:
        found.append(
            Problem("bag.path.not-normalized", "path has empty segments ('//')", file, raw[:200], number)
        )
    if "." in parts and not (not strict and parts.index(".") == 0 and parts.count(".") == 1):
        # The same file either way. The LoC conformance suite lists a leading './' as valid for 0.96 and
        # 0.97 and as a warning for 1.0, whose manifests name paths relative to the base directory.
        found.append(
            Problem(
                "bag.path.dot-segment",
                "path has '.' segments ('./'): it names the same file, but SHOULD be written without them",
                file,
                raw[:200],
                number,
                "warning",
            )
        )
    return found


def _normal(path: str) -> str:
    return "/".join(part for part in path.split("/") if part not in ("", "."))


def parse_manifest(
    lines: Iterable[Line], *, algorithm: str, file: str, strict: bool
) -> tuple[list[ManifestLine], list[Problem]]:
    """Lines ``checksum<whitespace>path``; unsafe paths are reported and left out of the result."""
    entries: list[ManifestLine] = []
    problems: list[Problem] = []
    length = HEX_LENGTHS.get(algorithm)
    for line in lines:
        if line.too_long:
            problems.append(
                Problem(
                    "bag.manifest.line-too-long",
                    "line too long to name a file; not read",
                    file,
                    "",
                    line.number,
                )
            )
            continue
        fields = _SEPARATOR.split(line.text, maxsplit=1)
        if len(fields) != 2 or not fields[0] or not fields[1]:
            problems.append(
                Problem(
                    "bag.manifest.syntax", "line is not 'checksum path'", file, line.text[:200], line.number
                )
            )
            continue
        checksum, raw = fields
        if raw.startswith("*") and line.text[len(checksum) : len(checksum) + 2] == " *":
            # md5sum's binary-mode marker (§6.1.3): accepted, but the bag fails strict validation.
            problems.append(
                Problem(
                    "bag.manifest.md5sum-form",
                    "md5sum '*' binary marker before the path (legacy form, not BagIt)",
                    file,
                    raw[:200],
                    line.number,
                    "error" if strict else "warning",
                )
            )
            raw = raw[1:]
        if not _HEX.match(checksum) or (length is not None and len(checksum) != length):
            problems.append(
                Problem(
                    "bag.manifest.checksum-format",
                    f"{checksum[:140]!r} is not a {algorithm} hex digest",
                    file,
                    raw[:200],
                    line.number,
                )
            )
        path = _checked_path(raw, file, line.number, strict, problems)
        if path is not None:
            entries.append(ManifestLine(checksum.lower(), path, raw, line.number))
    return entries, problems


def parse_fetch(lines: Iterable[Line], *, file: str, strict: bool) -> tuple[list[FetchLine], list[Problem]]:
    """Lines ``url length path`` (§2.2.3); length is digits or ``-``."""
    entries: list[FetchLine] = []
    problems: list[Problem] = []
    for line in lines:
        if line.too_long:
            problems.append(
                Problem("bag.fetch.line-too-long", "line too long; not read", file, "", line.number)
            )
            continue
        fields = _SEPARATOR.split(line.text, maxsplit=2)
        if len(fields) != 3 or not all(fields):
            problems.append(
                Problem(
                    "bag.fetch.syntax", "line is not 'url length path'", file, line.text[:200], line.number
                )
            )
            continue
        url, length, raw = fields
        if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", url):
            problems.append(
                Problem(
                    "bag.fetch.url", f"{url[:200]!r} is not an absolute URL", file, raw[:200], line.number
                )
            )
        if length != "-" and not _DIGITS.fullmatch(length):
            problems.append(
                Problem(
                    "bag.fetch.length",
                    f"length {length[:40]!r} is not digits or '-'",
                    file,
                    raw[:200],
                    line.number,
                )
            )
        path = _checked_path(raw, file, line.number, strict, problems)
        if path is not None:
            size = int(length) if _DIGITS.fullmatch(length) else None
            entries.append(FetchLine(url, size, path, raw, line.number))
    return entries, problems


def _checked_path(raw: str, file: str, number: int, strict: bool, problems: list[Problem]) -> str | None:
    """The decoded, normalised path of a manifest or fetch.txt line, or None (problems added) when the
    path could leave the bag: checked lexically, before anything touches the file system."""
    unsafe = path_problems(raw, file, number)
    if unsafe:
        problems.extend(unsafe)
        return None
    path = decode(raw, strict=strict)
    problems.extend(_form_problems(raw, path, file, number, strict))
    return _normal(path)


class Manifest:
    """One parsed (tag) manifest: its bag-relative name, normalised algorithm and first entry per path."""

    def __init__(self, name: str, algorithm: str, entries: list[ManifestLine]) -> None:
        self.name = name
        self.algorithm = algorithm
        self.entries = entries
        self.paths = {entry.path: entry for entry in entries}
