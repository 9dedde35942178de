"""Bags serialized as .zip and .tar.gz/.tgz, read in place, and the hostile archives of issue 13
(tests/data/bags/serialized/README.md says what each fixture shows and where it comes from)."""

from __future__ import annotations

import resource
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from archivist.bag.serialized import ZipSource
from archivist.cli import main
from archivist.validate import validate_path
from conftest import time_guard

ARCHIVES = Path(__file__).parent / "data" / "bags" / "serialized"


@pytest.mark.parametrize("name", ["bag.zip", "bag.tgz", "bag.tar.gz"])
def test_serialized_bags_validate_in_place(name: str, tmp_path: Path) -> None:
    archive = shutil.copy(ARCHIVES / name, tmp_path / name)
    report = validate_path(archive)
    assert (report.kind, report.problems) == ("bag", [])
    assert not (tmp_path / "bag").exists()  # nothing unpacked


def test_a_damaged_zip_member_is_reported_not_raised(tmp_path: Path) -> None:
    data = bytearray((ARCHIVES / "bag.zip").read_bytes())
    data[60] ^= 0xFF  # inside the first member's deflated bytes (bag/bag-info.txt): its CRC fails
    archive = tmp_path / "bag.zip"
    archive.write_bytes(bytes(data))
    report = validate_path(archive)
    assert {(p.code, p.location) for p in report.errors} == {("bag.unreadable", "bag-info.txt")}


def test_zip_profile_sees_the_zip_media_type() -> None:
    with ZipSource(ARCHIVES / "bag.zip") as source:
        assert source.media_type == "application/zip"
        assert source.root_name == "bag"
        assert source.is_file("data/sub/b.txt")


def test_zip_slip_and_absolute_names_are_reported_never_extracted(tmp_path: Path) -> None:
    archive = shutil.copy(ARCHIVES / "zip-slip.zip", tmp_path / "zip-slip.zip")
    report = validate_path(archive)
    unsafe = {p.location for p in report.errors if p.code == "bag.zip.unsafe-member"}
    assert unsafe == {"bag/../../evil.txt", "/etc/evil.txt"}
    assert not (tmp_path.parent / "evil.txt").exists()


def test_zip_symlink_member_is_never_read() -> None:
    report = validate_path(ARCHIVES / "zip-symlink.zip")
    codes = {p.code for p in report.errors}
    assert {"bag.symlink.outside", "bag.manifest.not-regular-file"} <= codes


@pytest.mark.parametrize(
    "name", ["zip-bomb.zip", "sparse-1tib.tar", "lying-size.tar.gz"], ids=["zip", "sparse", "lying-gzip"]
)
def test_bombs_are_one_problem_and_nothing_is_hashed(name: str) -> None:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_utime
    with time_guard(30):
        report = validate_path(ARCHIVES / name)
    used = resource.getrusage(resource.RUSAGE_SELF).ru_utime - before
    assert [p.code for p in report.problems] == ["bag.archive.bomb"]
    assert used < 10, f"{used:.1f} s of CPU"


def test_gzip_named_tar_is_one_clean_problem() -> None:
    result = CliRunner().invoke(main, ["validate", str(ARCHIVES / "gzip-not-tar.tar")])
    assert result.exit_code == 1, result.output
    assert "[bag.tar.unreadable]" in result.output
    assert "Traceback" not in result.output


def test_truncated_gzip_tar_is_reported(tmp_path: Path) -> None:
    data = (ARCHIVES / "bag.tar.gz").read_bytes()
    archive = tmp_path / "bag.tar.gz"
    archive.write_bytes(data[: len(data) // 2])
    report = validate_path(archive)
    assert not report.valid
    assert {p.code for p in report.errors} & {"bag.tar.unreadable", "bag.unreadable", "bag.bagit-txt.missing"}
