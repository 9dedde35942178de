"""`archivist bag`: driven in-process with CliRunner, results checked through bagit-python and the files."""

from __future__ import annotations

import json
import tarfile
from pathlib import Path

import bagit
import pytest
from click.testing import CliRunner

from archivist.cli import main


@pytest.fixture(autouse=True)
def _fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    monkeypatch.delenv("ARCHIVIST_CONFIG", raising=False)


@pytest.fixture
def inputs(tmp_path: Path) -> tuple[Path, Path]:
    scans = tmp_path / "in" / "scans"
    (scans / "p1").mkdir(parents=True)
    (scans / "p1" / "page.txt").write_text("page one\n")
    (scans / "index.json").write_text("{}\n")
    cover = tmp_path / "in" / "cover.gif"
    cover.write_bytes(b"GIF89a" + b"\0" * 20)
    return scans, cover


def _run(*args: str) -> object:
    return CliRunner().invoke(main, ["bag", *args])


def test_bag_files_and_directories(inputs: tuple[Path, Path], tmp_path: Path) -> None:
    scans, cover = inputs
    out = tmp_path / "bags" / "issue-42"
    result = _run(str(scans), str(cover), "-o", str(out))
    assert result.exit_code == 0, result.output
    bag = bagit.Bag(str(out))
    assert bag.validate()
    assert set(bag.payload_files()) == {"data/scans/p1/page.txt", "data/scans/index.json", "data/cover.gif"}
    assert (out / "premis.xml").is_file()
    assert str(out) in result.stdout


def test_json_and_tar(inputs: tuple[Path, Path], tmp_path: Path) -> None:
    scans, cover = inputs
    out = tmp_path / "b"
    result = _run(
        str(scans),
        str(cover),
        "-o",
        str(out),
        "--tar",
        "--json",
        "--identifier",
        "urn:x:42",
        "--description",
        "Issue 42",
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["tar"] == str(tmp_path / "b.tar") and report["payload_oxum"].endswith(".3")
    assert {f["path"]: f["format"] for f in report["files"]}["data/cover.gif"] == "fmt/4"
    assert ["External-Identifier", "urn:x:42"] in report["bag_info"]
    with tarfile.open(tmp_path / "b.tar") as tar:
        assert tar.getnames()[0] == "b"


def test_config_supplies_organisation(inputs: tuple[Path, Path], tmp_path: Path) -> None:
    config = tmp_path / "archivist.toml"
    config.write_text('[organization]\nname = "Example Archive"\ncontact_email = "a@example.org"\n')
    out = tmp_path / "b"
    result = _run(str(inputs[1]), "-o", str(out), "--config", str(config))
    assert result.exit_code == 0, result.output
    info = bagit.Bag(str(out)).info
    assert info["Source-Organization"] == "Example Archive" and info["Contact-Email"] == "a@example.org"


def test_existing_bag_exit_1_one_line(inputs: tuple[Path, Path], tmp_path: Path) -> None:
    out = tmp_path / "b"
    assert _run(str(inputs[1]), "-o", str(out)).exit_code == 0
    result = _run(str(inputs[1]), "-o", str(out))
    assert result.exit_code == 1
    assert result.stderr.startswith("archivist: ") and result.stderr.count("\n") == 1
    assert "already exists" in result.stderr


def test_symlink_out_of_root_exit_1(inputs: tuple[Path, Path], tmp_path: Path) -> None:
    scans, _ = inputs
    (scans / "leak").symlink_to(tmp_path / "in" / "cover.gif")
    result = _run(str(scans), "-o", str(tmp_path / "b"))
    assert result.exit_code == 1 and "outside its root" in result.stderr
    assert not (tmp_path / "b").exists()


def test_colliding_inputs_exit_1(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "a.txt").write_text("1")
    (tmp_path / "y" / "A.txt").write_text("2")
    result = _run(str(tmp_path / "x" / "a.txt"), str(tmp_path / "y" / "A.txt"), "-o", str(tmp_path / "b"))
    assert result.exit_code == 1 and "collide" in result.stderr


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert _run(str(tmp_path / "missing"), "-o", str(tmp_path / "b")).exit_code == 2
    assert _run(str(tmp_path)).exit_code == 2  # no -o
    assert _run("-o", str(tmp_path / "b")).exit_code == 2  # no PATH


def test_help_has_examples() -> None:
    result = CliRunner().invoke(main, ["bag", "--help"])
    assert result.exit_code == 0
    assert "Examples:" in result.output and "archivist bag scans/ cover.jpg -o bags/issue-42" in result.output
    assert "Exit codes:" in result.output


def test_existing_tar_refused_before_bag_is_written(inputs: tuple[Path, Path], tmp_path: Path) -> None:
    (tmp_path / "b.tar").write_bytes(b"not mine")
    result = _run(str(inputs[1]), "-o", str(tmp_path / "b"), "--tar")
    assert result.exit_code == 1 and "b.tar" in result.stderr
    assert not (tmp_path / "b").exists() and (tmp_path / "b.tar").read_bytes() == b"not mine"
