"""Errors as values with a location, and the exit codes the CLI documents.

Exit codes (the same for every command):
  0  everything succeeded / everything is valid
  1  invalid input or a failed item (the rest of a batch still ran)
  2  usage error (bad option, missing path, a directory where a file was expected)
"""

from __future__ import annotations

from dataclasses import dataclass

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2


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


@dataclass(frozen=True)
class Problem:
    """One finding of a validator: a stable code, a message, and where it is.

    ``location`` is a JSON Pointer for JSON documents, an XPath for XML, a bag-relative path for bags;
    ``line`` is set when the finding has a line in a text file.
    ``severity`` is "error" (a MUST broken) or "warning" (a SHOULD).
    """

    code: str
    message: str
    file: str = ""
    location: str = ""
    line_number: int | None = None
    severity: str = "error"

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
            "severity": self.severity,
            "message": self.message,
            "file": self.file,
            "location": self.location,
            "line": self.line_number,
        }
