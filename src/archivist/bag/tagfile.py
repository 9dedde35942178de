"""Text tag files (RFC 8493 §2.3): lines, encodings, ``bagit.txt`` and the ``Label: value`` element format.

Line endings LF, CR and CRLF are all accepted (§2.3, §7). Version 1.0 is read strictly: exactly
``Label: value`` with one space or tab after the colon and nothing before it (§2.2.2, §7.1).
Versions 0.93-0.97 are read leniently: whitespace around the colon is accepted (§2.2.2 requires it).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from archivist.errors import Problem

UTF8_BOM = codecs.BOM_UTF8
SUPPORTED_VERSIONS = ("0.93", "0.94", "0.95", "0.96", "0.97", "1.0")
# A manifest line longer than this cannot name a real file (PATH_MAX is 4096) and is not buffered whole;
# bag-info.txt values have no limit in the RFC, so they get the larger one.
MAX_LINE_BYTES = 64 * 1024
MAX_VALUE_BYTES = 16 * 1024 * 1024
RECOMMENDED_LINE_LENGTH = 79
_LINE_END = re.compile(rb"\r\n|\r|\n")


@dataclass(frozen=True)
class Line:
    number: int
    text: str
    terminated: bool
    too_long: bool = False


@dataclass(frozen=True)
class Element:
    label: str
    value: str
    line_number: int


@dataclass
class TagFile:
    elements: list[Element] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def values(self, label: str) -> list[Element]:
        """Elements whose label matches case-insensitively (reserved labels are case-insensitive, §2.2.2)."""
        wanted = label.lower()
        return [element for element in self.elements if element.label.lower() == wanted]


def is_strict(version: str | None) -> bool:
    return version is None or version_tuple(version) >= (1, 0)


def version_tuple(version: str) -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in version.split("."))
    except ValueError:
        return (0,)


def _raw_lines(stream: BinaryIO, max_line: int) -> Iterator[tuple[bytes, bool, bool]]:
    """Split on LF, CR or CRLF while streaming; yields (content, terminated, too_long)."""
    pending = b""
    dropping = False  # inside an over-long line: discard until its end
    skip_lf = False  # last chunk ended in CR: a leading LF belongs to it
    while chunk := stream.read(1024 * 1024):
        if skip_lf and chunk.startswith(b"\n"):
            chunk = chunk[1:]
        skip_lf = False
        start = 0
        if b"\r" not in chunk:
            # LF endings only (nearly every tag file): split in C rather than a regex match per line.
            *ended, rest = chunk.split(b"\n")
            for part in ended:
                content = b"" if dropping else pending + part
                yield (content, True, dropping or len(content) > max_line)
                pending, dropping = b"", False
            start = len(chunk) - len(rest)
        else:
            for match in _LINE_END.finditer(chunk):
                end = match.start()
                if match.group() == b"\r" and match.end() == len(chunk):
                    skip_lf = True
                content = b"" if dropping else pending + chunk[start:end]
                yield (content, True, dropping or len(content) > max_line)
                pending, dropping, start = b"", False, match.end()
        if not dropping:
            pending += chunk[start:]
            if len(pending) > max_line:
                pending, dropping = b"", True
    if pending or dropping:
        yield (pending, False, dropping)


def read_lines(
    stream: BinaryIO, encoding: str, file: str, problems: list[Problem], max_line: int = MAX_LINE_BYTES
) -> Iterator[Line]:
    """Decoded lines of a tag file, numbered from 1; BOM, decoding and ending faults go to ``problems``."""
    ascii_compatible = "\n".encode(encoding) == b"\n" and "\r".encode(encoding) == b"\r"
    utf8 = codecs.lookup(encoding).name == "utf-8"
    if not ascii_compatible:
        # UTF-16/32 cannot be split on bytes; such tag files are small, read them whole (capped).
        text = stream.read(64 * 1024 * 1024).decode(encoding, errors="replace")
        raw = [(part.encode("utf-8"), True, False) for part in re.split(r"\r\n|\r|\n", text)]
        if raw and raw[-1][0] == b"":
            raw.pop()
        elif raw:
            raw[-1] = (raw[-1][0], False, False)
        encoding = "utf-8"
        lines: Iterable[tuple[bytes, bool, bool]] = raw
    else:
        lines = _raw_lines(stream, max_line)
    number = 0
    for number, (content, terminated, too_long) in enumerate(lines, start=1):
        if number == 1 and utf8 and content.startswith(UTF8_BOM):
            problems.append(
                Problem("bag.tagfile.bom", "UTF-8 tag file begins with a byte order mark", file, "", 1)
            )
            content = content[len(UTF8_BOM) :]
        if too_long:
            yield Line(number, "", terminated, True)
            continue
        try:
            text = content.decode(encoding)
        except UnicodeError as exc:
            reason = getattr(exc, "reason", str(exc))
            problems.append(
                Problem("bag.tagfile.encoding", f"not valid {encoding}: {reason}", file, "", number)
            )
            text = content.decode(encoding, errors="replace")
        yield Line(number, text, terminated)
        if not terminated:
            problems.append(
                Problem(
                    "bag.tagfile.unterminated",
                    "last line has no line ending (RECOMMENDED)",
                    file,
                    "",
                    number,
                    "warning",
                )
            )


def parse_elements(lines: Iterable[Line], *, strict: bool, file: str, check_length: bool = True) -> TagFile:
    """``Label: value`` elements with folded continuation lines; faults are collected, never raised."""
    result = TagFile()
    add = result.problems.append
    folds: dict[int, list[str]] = {}
    for line in lines:
        text = line.text
        if line.too_long:
            add(Problem("bag.tagfile.line-too-long", "line is too long; not read", file, "", line.number))
            continue
        if check_length and len(text) > RECOMMENDED_LINE_LENGTH:
            add(
                Problem(
                    "bag.tagfile.long-line",
                    f"line is {len(text)} characters; lines SHOULD be at most "
                    f"{RECOMMENDED_LINE_LENGTH} (fold long values)",
                    file,
                    "",
                    line.number,
                    "warning",
                )
            )
        if text[:1] in (" ", "\t"):
            if not text.strip():
                add(_blank(file, line.number, strict))
            elif result.elements:
                # The fold's leading whitespace is padding, not value (§2.2.2). Folds are gathered and
                # joined once per element: joining line by line was quadratic in the number of folds.
                folds.setdefault(len(result.elements) - 1, []).append(text.strip(" \t"))
            else:
                add(
                    Problem(
                        "bag.tagfile.continuation",
                        "continuation line with no element before it",
                        file,
                        "",
                        line.number,
                    )
                )
            continue
        if not text:
            add(_blank(file, line.number, strict))
            continue
        element = _element(text, line.number, strict, file, add)
        if element is not None:
            result.elements.append(element)
    for index, parts in folds.items():
        first = result.elements[index]
        result.elements[index] = Element(first.label, " ".join([first.value, *parts]), first.line_number)
    return result


def _blank(file: str, number: int, strict: bool) -> Problem:
    return Problem(
        "bag.tagfile.blank-line",
        "blank line is not a metadata element",
        file,
        "",
        number,
        "error" if strict else "warning",
    )


def _element(
    text: str, number: int, strict: bool, file: str, report: Callable[[Problem], None]
) -> Element | None:
    if ":" not in text:
        report(Problem("bag.tagfile.no-colon", "line is not 'Label: value' (no colon)", file, "", number))
        return None
    label, _, rest = text.partition(":")
    if not label.strip():
        report(Problem("bag.tagfile.empty-label", "element has an empty label", file, "", number))
        return None
    if not strict:
        return Element(label.strip(), rest.strip(" \t"), number)
    if label != label.strip(" \t"):
        report(
            Problem(
                "bag.tagfile.label-whitespace",
                f"label {label!r} has whitespace before the colon or at its start (BagIt 1.0)",
                file,
                "",
                number,
            )
        )
    if rest == "" or rest[0] not in " \t":
        report(
            Problem(
                "bag.tagfile.spacing",
                "the colon must be followed by one space or tab (BagIt 1.0)",
                file,
                "",
                number,
            )
        )
        value = rest
    elif rest[1:2] in (" ", "\t"):
        report(
            Problem(
                "bag.tagfile.spacing",
                "more than one space or tab after the colon (BagIt 1.0 allows exactly one)",
                file,
                "",
                number,
            )
        )
        value = rest.lstrip(" \t")
    else:
        value = rest[1:]
    return Element(label.strip(" \t"), value, number)


# Reserved bag-info.txt elements that SHOULD NOT repeat (§2.2.2); Payload-Oxum MUST NOT.
_NOT_REPEATED = ("Bagging-Date", "Bag-Size", "Bag-Group-Identifier", "Bag-Count")


def oxum(value: str) -> tuple[int, int] | None:
    """``OctetCount.StreamCount`` as numbers, or ``None`` when malformed."""
    # At most 30 digits each: no payload is larger, and int() refuses strings over 4,300 digits.
    match = re.fullmatch(r"([0-9]{1,30})\.([0-9]{1,30})", value)
    return (int(match.group(1)), int(match.group(2))) if match else None


def bag_info_problems(info: TagFile, file: str) -> list[Problem]:
    """The reserved elements of bag-info.txt (§2.2.2): formats and repetition."""
    found: list[Problem] = []
    oxums = info.values("Payload-Oxum")
    for extra in oxums[1:]:
        found.append(
            Problem(
                "bag.bag-info.oxum-repeated",
                "Payload-Oxum MUST NOT appear more than once",
                file,
                "Payload-Oxum",
                extra.line_number,
            )
        )
    for element in oxums:
        if oxum(element.value) is None:
            found.append(
                Problem(
                    "bag.bag-info.oxum-format",
                    f"Payload-Oxum {element.value[:80]!r} is not OctetCount.StreamCount",
                    file,
                    "Payload-Oxum",
                    element.line_number,
                )
            )
    for label in _NOT_REPEATED:
        for extra in info.values(label)[1:]:
            found.append(
                Problem(
                    "bag.bag-info.repeated",
                    f"{label} SHOULD NOT be repeated",
                    file,
                    label,
                    extra.line_number,
                    "warning",
                )
            )
    for element in info.values("Bagging-Date"):
        if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", element.value) or not _real_date(element.value):
            found.append(
                Problem(
                    "bag.bag-info.bagging-date",
                    f"Bagging-Date {element.value[:80]!r} is not a YYYY-MM-DD date",
                    file,
                    "Bagging-Date",
                    element.line_number,
                    "warning",
                )
            )
    for element in info.values("Bag-Count"):
        if not re.fullmatch(r"[0-9]+ of ([0-9]+|\?)", element.value):
            found.append(
                Problem(
                    "bag.bag-info.bag-count",
                    f"Bag-Count {element.value[:80]!r} is not 'N of T'",
                    file,
                    "Bag-Count",
                    element.line_number,
                    "warning",
                )
            )
    return found


def _real_date(value: str) -> bool:
    import datetime

    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True
