"""The catalogue of problem codes: every code a validator can report, what it means, and the clause of the
standard it enforces.

The table is data (``problem_codes.tsv`` beside this module); ``docs/problems.md`` is generated from it
(``python -m archivist.catalogue > docs/problems.md``), and tests check that every code the code base can
raise is here and that every code here is produced and asserted by a test.
Codes of foreign validators (ocfl-py's ``E``/``W`` codes) are passed through under a family pattern rather
than collapsed into ours.
"""

from __future__ import annotations

import fnmatch
import sys
from dataclasses import dataclass
from pathlib import Path

from archivist.errors import Severity

CATALOGUE_FILE = Path(__file__).with_name("problem_codes.tsv")


@dataclass(frozen=True)
class Code:
    code: str  # a code, or a family pattern ending in ``*`` for foreign codes passed through
    severity: Severity  # the usual severity; a few codes are errors or warnings by BagIt version or --strict
    meaning: str
    clause: str


def _load() -> tuple[Code, ...]:
    rows = CATALOGUE_FILE.read_text(encoding="utf-8").splitlines()
    fields = (row.split("\t") for row in rows if row and not row.startswith("#"))
    return tuple(Code(code, Severity(level), meaning, clause) for code, level, meaning, clause in fields)


CODES: tuple[Code, ...] = _load()
_EXACT = {code.code: code for code in CODES if not code.code.endswith("*")}
_FAMILIES = [code for code in CODES if code.code.endswith("*")]


def describe(code: str) -> Code | None:
    """The catalogue entry for ``code`` (a foreign code matches its family), or None if uncatalogued."""
    found = _EXACT.get(code)
    if found is not None:
        return found
    return next((family for family in _FAMILIES if fnmatch.fnmatchcase(code, family.code)), None)


def markdown() -> str:
    """``docs/problems.md``: the catalogue as a table per family."""
    lines = [
        "# Problem codes",
        "",
        "Every problem archivist reports carries one of these codes (`archivist validate --json` prints it",
        "as `code`). Generated from `src/archivist/problem_codes.tsv` by `python -m archivist.catalogue`;",
        "do not edit.",
        "The severity is the usual one: some codes are errors or warnings according to the bag's BagIt",
        "version, and `--strict` makes every warning an error.",
    ]
    family = None
    for entry in sorted(CODES, key=lambda c: c.code):
        head = entry.code.split(".")[0]
        if head != family:
            family = head
            lines += [
                "",
                f"## `{family}`",
                "",
                "| code | severity | meaning | enforces |",
                "|---|---|---|---|",
            ]
        lines.append(f"| `{entry.code}` | {entry.severity} | {entry.meaning} | {entry.clause} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(markdown())
