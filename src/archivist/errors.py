"""Errors as values with a location, and the exit codes the CLI documents.

Exit codes (the same for every command):
  0  everything succeeded / everything is valid
  1  invalid input or a failed item (the rest of a batch still ran)
  2  usage error (bad option, missing path, a directory where a file was expected)
  128 + N  stopped by signal N, after unwinding (nothing temporary left): 130 Ctrl-C (SIGINT),
           143 SIGTERM, 129 SIGHUP (``archivist.termination``)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # Ctrl-C: 128 + SIGINT, the shell's convention (SIGTERM 143, SIGHUP 129 likewise)


# C0 and C1 controls, DEL, and the lone surrogates Python uses for bytes of a name that are not UTF-8.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def printable(text: str) -> str:
    """``text`` safe to print on a terminal: every control character escaped as ``\\xNN`` (``\\uNNNN``).

    File names come from whoever made the files: one holding ``ESC ] 0 ;`` … would retitle the user's
    terminal, ``ESC [ 2 J`` clear it, a newline forge a second error line. A byte of a name that is not
    UTF-8 (a lone surrogate in Python) is shown as that byte, ``\\xNN``. Everything else is unchanged.
    """
    return _UNPRINTABLE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


class ArchivistError(Exception):
    """A failure a user can act on: what went wrong, where, and why, in one line.

    ``exit_code`` says how the CLI ends when this error is the reason.
    """

    exit_code = EXIT_INVALID

    def __init__(self, what: str, *, where: str | None = None, why: str | None = None) -> None:
        self.what = what
        self.where = where
        self.why = why
        super().__init__(self.line())

    def line(self) -> str:
        parts = [f"{self.where}: " if self.where else "", self.what]
        if self.why:
            parts.append(f" ({self.why})")
        return "".join(parts)


class UsageError(ArchivistError):
    exit_code = EXIT_USAGE


class InputError(ArchivistError):
    """The input exists but cannot be used (binary, undecodable, empty, not an article)."""


class ValidationFailed(ArchivistError):
    """A document archivist was about to write failed its schema; nothing was written."""

    def __init__(self, what: str, problems: list[Problem], *, where: str | None = None) -> None:
        self.problems = problems
        first = problems[0].line() if problems else ""
        super().__init__(what, where=where, why=first)


class Severity(str, Enum):
    """How bad a problem is: an ``error`` breaks a MUST (the document or bag is invalid), a ``warning`` a
    SHOULD. A ``str`` so that JSON output and comparisons with the plain words keep working."""

    ERROR = "error"
    WARNING = "warning"

    def __str__(self) -> str:
        return self.value

    def __format__(self, spec: str) -> str:
        return format(self.value, spec)


@dataclass(frozen=True)
class Problem:
    """One finding of a validator: a stable code, a message, and where it is.

    ``location`` is a JSON Pointer for JSON documents, an XPath for XML, a bag-relative path for bags;
    ``line`` is set when the finding has a line in a text file.
    ``severity`` is a ``Severity`` (a plain "error"/"warning" given by a caller is converted).
    ``code`` is catalogued in ``archivist.catalogue`` with its meaning and the clause it enforces.
    """

    code: str
    message: str
    file: str = ""
    location: str = ""
    line_number: int | None = None
    severity: Severity = Severity.ERROR

    def __post_init__(self) -> None:
        if not isinstance(self.severity, Severity):
            object.__setattr__(self, "severity", Severity(self.severity))

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def as_error(self) -> Problem:
        """The same finding as an error (``--strict``: every SHOULD is treated as a MUST)."""
        return (
            self
            if self.is_error
            else Problem(self.code, self.message, self.file, self.location, self.line_number, Severity.ERROR)
        )

    def line(self) -> str:
        where = self.file
        if self.line_number is not None:
            where += f":{self.line_number}"
        if self.location:
            where += f" {self.location}" if where else self.location
        prefix = f"{where}: " if where else ""
        return f"{prefix}{self.severity}: {self.message} [{self.code}]"

    def to_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message,
            "file": self.file,
            "location": self.location,
            "line": self.line_number,
        }


def errors_only(problems: Iterable[Problem]) -> list[Problem]:
    """The problems that make a document or bag invalid."""
    return [problem for problem in problems if problem.is_error]


def is_valid(problems: Iterable[Problem]) -> bool:
    """True when no problem is an error (warnings do not make a document invalid)."""
    return not any(problem.is_error for problem in problems)
