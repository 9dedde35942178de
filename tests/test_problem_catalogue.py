"""The problem catalogue (src/archivist/catalogue.py) is complete and docs/problems.md is generated from it.

tests/conftest.py also records every Problem the suite builds and fails the run when one is uncatalogued, or,
after a run of the whole suite, when a catalogued code was raised by no test.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from archivist.catalogue import CODES, describe, markdown
from archivist.errors import Problem, Severity, errors_only, is_valid

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "archivist"
FAMILIES = sorted({entry.code.split(".")[0] for entry in CODES})
CODE_SHAPE = re.compile(rf"({'|'.join(FAMILIES)})\.[a-z0-9][a-z0-9.-]*")
NOT_CODES = (".json", ".xml", ".txt", ".jsonld", ".xsd")


def code_literals() -> dict[str, str]:
    """Every string literal in the library shaped like a problem code, with where it stands."""
    found: dict[str, str] = {}
    for path in sorted(SRC.rglob("*.py")):
        if path.name == "catalogue.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and CODE_SHAPE.fullmatch(node.value)
                and not node.value.endswith(NOT_CODES)
            ):
                found.setdefault(node.value, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_every_code_in_the_library_is_catalogued() -> None:
    stems = {entry.code.rsplit(".", 1)[0] for entry in CODES}  # f"{stem}.checksum-mismatch" builders
    missing = {
        code: where for code, where in code_literals().items() if describe(code) is None and code not in stems
    }
    assert missing == {}


def test_catalogue_entries_are_unique_and_complete() -> None:
    codes = [entry.code for entry in CODES]
    assert len(codes) == len(set(codes))
    for entry in CODES:
        assert entry.meaning and entry.clause, entry.code
        assert isinstance(entry.severity, Severity)


def test_every_catalogued_code_is_asserted_by_a_test() -> None:
    """Each code appears in a test file other than this one: a code nobody checks is a code nobody knows."""
    tests = "\n".join(
        path.read_text(encoding="utf-8")
        for path in (ROOT / "tests").rglob("*.py")
        if path.name not in {"test_problem_catalogue.py", "conftest.py"}
    )
    unasserted = [entry.code for entry in CODES if not entry.code.endswith("*") and entry.code not in tests]
    assert unasserted == []


def test_docs_problems_md_is_generated_from_the_catalogue() -> None:
    assert (ROOT / "docs" / "problems.md").read_text(encoding="utf-8") == markdown()


def test_foreign_codes_match_their_family() -> None:
    families = [entry for entry in CODES if entry.code.endswith("*")]
    for family in families:
        assert describe(family.code.replace("*", "E001")) is family
    assert describe("no.such-code") is None


def test_severity_is_an_enum_and_plain_words_are_converted() -> None:
    problem = Problem("bag.symlink", "a link", severity="warning")
    assert problem.severity is Severity.WARNING
    assert problem.to_dict()["severity"] == "warning"
    assert problem.line() == "warning: a link [bag.symlink]"
    assert not problem.is_error and problem.as_error().is_error
    error = Problem("bag.data.missing", "no data/")
    assert errors_only([problem, error]) == [error]
    assert is_valid([problem]) and not is_valid([problem, error])


def test_iter_problems_and_is_valid(tmp_path: Path) -> None:
    from archivist.validate import is_valid, iter_problems

    record = ROOT / "records" / "rferl-2005-11-30-washington-iraq-iran" / "record.json"
    assert is_valid(record) and list(iter_problems(record)) == []
    (tmp_path / "other.json").write_bytes(b'{"weather": "fine"}')
    assert not is_valid(tmp_path / "other.json")
    assert [p.code for p in iter_problems(tmp_path / "other.json")] == ["kind.unknown-json"]
