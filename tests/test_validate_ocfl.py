"""OCFL objects and storage roots (fixtures: tests/data/ocfl/README.md), ocfl-py's own codes kept,
and containment: links out of the root are not followed, fifos inside it are not opened."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from archivist.cli import main
from archivist.validate import validate_path
from conftest import time_guard

FIXTURES = Path(__file__).parent / "data" / "ocfl"


@pytest.mark.parametrize("spec", ["1.0", "1.1"])
def test_an_object_given_directly_is_validated_as_an_object(spec: str) -> None:
    report = validate_path(FIXTURES / spec / "good" / "minimal-one-version")
    assert (report.kind, report.problems) == ("ocfl-object", [])


def test_warnings_keep_ocfl_pys_code() -> None:
    report = validate_path(FIXTURES / "1.1/warn/W004-uses-sha256")
    assert report.valid
    assert [(p.code, p.severity) for p in report.problems] == [("ocfl.W004", "warning")]
    assert "sha256" in report.problems[0].message


def test_errors_keep_ocfl_pys_code() -> None:
    report = validate_path(FIXTURES / "1.1/bad/E040-wrong-head-format")
    assert [p.code for p in report.errors] == ["ocfl.E040"]


@pytest.mark.parametrize("case", ["inventory-is-a-list", "inventory-nested-deep"])
def test_inventory_of_the_wrong_shape_is_one_clean_problem(case: str) -> None:
    result = CliRunner().invoke(main, ["validate", str(FIXTURES / "1.1/bad" / case)])
    assert result.exit_code == 1, result.output
    assert result.output.count("[ocfl.inventory-shape]") == 1
    assert "Traceback" not in result.output


def test_storage_root_and_its_objects(tmp_path: Path) -> None:
    root = shutil.copytree(FIXTURES / "1.1/root", tmp_path / "root")
    assert (validate_path(root).kind, validate_path(root).problems) == ("ocfl", [])
    (root / "object-one" / "v1" / "content" / "a_file.txt").write_bytes(b"changed\n")
    report = validate_path(root)
    assert {(p.code, p.location) for p in report.errors} == {("ocfl.E092a", "object-one")}


def test_symlink_out_of_the_root_is_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_bytes(b"Hello OCFL!\n")  # the very bytes the inventory names: following it "validates"
    root = shutil.copytree(FIXTURES / "1.1/root", tmp_path / "root")
    content = root / "object-one" / "v1" / "content" / "a_file.txt"
    content.unlink()
    content.symlink_to(outside)
    report = validate_path(root)
    assert not report.valid
    codes = {(p.code, p.location) for p in report.errors}
    assert ("ocfl.symlink", "object-one/v1/content/a_file.txt") in codes
    assert ("ocfl.not-validated", "object-one") in codes
    direct = validate_path(root / "object-one")
    assert "ocfl.symlink" in {p.code for p in direct.errors}


def test_fifo_inside_the_root_is_never_opened(tmp_path: Path) -> None:
    root = shutil.copytree(FIXTURES / "1.1/root", tmp_path / "root")
    os.mkfifo(root / "object-one" / "v1" / "content" / "pipe")
    with time_guard(30):
        report = validate_path(root)
        direct = validate_path(root / "object-one")
    assert ("ocfl.special-file", "object-one/v1/content/pipe") in {
        (p.code, p.location) for p in report.errors
    }
    assert "ocfl.special-file" in {p.code for p in direct.errors}
