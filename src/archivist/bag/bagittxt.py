"""``bagit.txt`` (RFC 8493 §2.1.1): exactly two lines, in order, UTF-8 without a BOM.

1.0 is held to the ABNF of §7.1 (``BagIt-Version: 1.0``: the label, a colon, one space); versions
0.93-0.97 are read leniently, with any whitespace around the colon (§2.2.2).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from archivist.bag.tagfile import SUPPORTED_VERSIONS, UTF8_BOM, is_strict
from archivist.errors import Problem

_VERSION = re.compile(r"^[0-9]+\.[0-9]+$")


@dataclass(frozen=True)
class Declaration:
    """What ``bagit.txt`` declares; ``None`` fields could not be read."""

    version: str | None
    encoding: str | None
    problems: list[Problem]


def parse_bagit_txt(data: bytes, file: str = "bagit.txt") -> Declaration:
    """Check ``bagit.txt`` exactly (§2.1.1): two lines, in order, UTF-8 without BOM, ``Label: value``."""
    problems: list[Problem] = []
    if data.startswith(UTF8_BOM):
        problems.append(
            Problem("bag.bagit-txt.bom", "bagit.txt MUST NOT begin with a byte order mark", file, "", 1)
        )
        data = data[len(UTF8_BOM) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        problems.append(Problem("bag.bagit-txt.encoding", f"bagit.txt MUST be UTF-8: {exc.reason}", file))
        text = data.decode("utf-8", errors="replace")
    lines = re.split(r"\r\n|\r|\n", text)
    terminated = lines[-1] == ""
    if terminated:
        lines.pop()
    found: dict[str, tuple[str, int, str]] = {}
    for number, line in enumerate(lines, start=1):
        label, colon, value = line.partition(":")
        key = label.strip().lower()
        if colon and key in ("bagit-version", "tag-file-character-encoding"):
            found.setdefault(key, (value.strip(" \t"), number, line))
    version = found.get("bagit-version", (None, 0, ""))[0]
    encoding = found.get("tag-file-character-encoding", (None, 0, ""))[0]
    strict = version is None or not _VERSION.match(version) or is_strict(version)
    if len(lines) != 2:
        problems.append(
            Problem(
                "bag.bagit-txt.line-count", f"bagit.txt MUST have exactly two lines, found {len(lines)}", file
            )
        )
    expected = (
        ("bagit-version", "BagIt-Version", 1),
        ("tag-file-character-encoding", "Tag-File-Character-Encoding", 2),
    )
    misplaced = False
    for key, label, position in expected:
        if key not in found:
            problems.append(Problem("bag.bagit-txt.missing-element", f"bagit.txt has no {label} line", file))
            continue
        _, number, line = found[key]
        if number != position and not misplaced:
            # One report for a swapped pair, not one per line.
            misplaced = True
            problems.append(
                Problem("bag.bagit-txt.order", f"{label} MUST be line {position}", file, "", number)
            )
        if strict:
            if not line.startswith(label + ":"):
                problems.append(
                    Problem(
                        "bag.bagit-txt.label",
                        f"the line MUST start with exactly '{label}:' (case and spacing)",
                        file,
                        "",
                        number,
                    )
                )
            elif not re.match(re.escape(label) + r": [^ \t]", line):
                problems.append(
                    Problem(
                        "bag.bagit-txt.spacing",
                        f"MUST be '{label}: value' with exactly one space after the colon",
                        file,
                        "",
                        number,
                    )
                )
            elif line != line.rstrip(" \t"):
                problems.append(
                    Problem("bag.bagit-txt.spacing", "trailing whitespace after the value", file, "", number)
                )
    if version is not None and (not _VERSION.match(version) or version not in SUPPORTED_VERSIONS):
        number = found["bagit-version"][1]
        problems.append(
            Problem(
                "bag.bagit-txt.version",
                f"unsupported BagIt-Version {version!r} (supported: {', '.join(SUPPORTED_VERSIONS)})",
                file,
                "",
                number,
            )
        )
    if encoding is not None:
        number = found["tag-file-character-encoding"][1]
        try:
            codecs.lookup(encoding)
        except LookupError:
            problems.append(
                Problem("bag.bagit-txt.unknown-encoding", f"unknown encoding {encoding!r}", file, "", number)
            )
            encoding = None
        else:
            if not is_text_encoding(encoding):
                problems.append(
                    Problem(
                        "bag.bagit-txt.not-text-encoding",
                        f"{encoding!r} is a codec but not a character encoding (IANA charset); "
                        "tag files read as UTF-8",
                        file,
                        "",
                        number,
                    )
                )
                encoding = None
        if encoding is not None and codecs.lookup(encoding).name != "utf-8":
            problems.append(
                Problem(
                    "bag.bagit-txt.not-utf8",
                    f"Tag-File-Character-Encoding {encoding!r}: UTF-8 is RECOMMENDED",
                    file,
                    "",
                    number,
                    "warning",
                )
            )
    if lines and not terminated:
        problems.append(
            Problem(
                "bag.tagfile.unterminated",
                "last line has no line ending (RECOMMENDED)",
                file,
                "",
                len(lines),
                "warning",
            )
        )
    return Declaration(version, encoding, problems)


def is_text_encoding(name: str) -> bool:
    """Whether ``name`` decodes bytes to text, line by line, leniently: ``rot13``, ``hex``, ``base64``,
    ``zlib`` are codecs Python knows but not charsets, and ``idna`` refuses lenient decoding."""
    try:
        if not getattr(codecs.lookup(name), "_is_text_encoding", True):
            return False
        "a\n".encode(name)
        b"a\n".decode(name, errors="replace")
    except (LookupError, UnicodeError, TypeError, ValueError):
        return False
    return True
