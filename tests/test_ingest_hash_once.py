"""Facts passed once (issue 14): the check of a staged article bag uses the bytes and digests the writer
already has, and reads nothing back, while what is on disk is still looked at where validate/staged.py
says it is (a directory walk: every listed file there with the size and mtime written, nothing unlisted).
"""

from __future__ import annotations

import builtins
import io
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from archivist.bag import hashing, writer
from archivist.ingest import article as ingest_article_module
from archivist.ingest import ingest_article
from archivist.validate.bag import bag_problems
from archivist.validate.profile import bag_errors

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "rferl-2005-11-30-washington-iraq-iran.txt"


class FileReads:
    """Every file opened for reading (``os.open``, ``open``, ``io.open``) and every hasher made, while on."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.on = False
        self.opened: list[str] = []
        self.hashers = 0
        real_os_open, real_open, real_new_hashers = os.open, builtins.open, hashing.new_hashers

        def os_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
            directory = flags & getattr(os, "O_DIRECTORY", 0)
            if self.on and not directory and not flags & (os.O_WRONLY | os.O_RDWR):
                self.opened.append(os.fsdecode(path))
            return real_os_open(path, flags, *args, **kwargs)

        def open_(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
            if self.on and not isinstance(file, int) and not set(mode) & set("wax+"):
                self.opened.append(os.fsdecode(file))
            return real_open(file, mode, *args, **kwargs)

        def new_hashers(*args: Any, **kwargs: Any) -> Any:
            if self.on:
                self.hashers += 1
            return real_new_hashers(*args, **kwargs)

        monkeypatch.setattr(os, "open", os_open)
        monkeypatch.setattr(builtins, "open", open_)
        monkeypatch.setattr(io, "open", open_)
        monkeypatch.setattr(hashing, "new_hashers", new_hashers)

    def during(self, function: Callable[..., Any]) -> Callable[..., Any]:
        def counted(*args: Any, **kwargs: Any) -> Any:
            self.on = True
            try:
                return function(*args, **kwargs)
            finally:
                self.on = False

        return counted


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Iterator[FileReads]:
    yield FileReads(monkeypatch)


def test_the_staged_check_reads_and_hashes_nothing_back(
    tmp_path: Path, reads: FileReads, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked: list[Path] = []
    real_check = ingest_article_module.staged_bag_errors

    def check(staged: writer.StagedBag) -> Any:
        checked.append(staged.path)
        return reads.during(real_check)(staged)

    # Warm-up: archivist's own profile document is read once per process, on the first check.
    assert ingest_article(EXAMPLE, tmp_path / "warm-up", fsync=False).status == "ingested"
    monkeypatch.setattr(ingest_article_module, "staged_bag_errors", check)
    outcome = ingest_article(EXAMPLE, tmp_path / "out", fsync=False)
    assert outcome.status == "ingested", outcome
    assert len(checked) == 1  # the check did run, on the staged bag
    assert reads.opened == [] and reads.hashers == 0
    bag = next((tmp_path / "out").iterdir())
    assert bag_problems(bag) == []  # and the bag it let through is valid, every digest re-computed


def test_the_counter_sees_the_reads_a_disk_check_makes(tmp_path: Path, reads: FileReads) -> None:
    """The counting above can fail: the former check (from disk) opens every tag file."""
    outcome = ingest_article(EXAMPLE, tmp_path / "out", fsync=False)
    bag = next((tmp_path / "out").iterdir())
    assert outcome.status == "ingested"
    assert reads.during(bag_errors)(bag, fast=True) == []
    assert {"bagit.txt", "bag-info.txt", "manifest-sha512.txt", "tagmanifest-sha512.txt"} <= {
        Path(name).name for name in reads.opened
    }


def tamper_after_writing(monkeypatch: pytest.MonkeyPatch, change: Callable[[Path], None]) -> None:
    """Run ``change`` on the staging directory once the writer has finished it, before the check."""
    real_settle = writer._settle

    def settle(stage: Path, written: list[str], mtime: int) -> None:
        real_settle(stage, written, mtime)
        change(stage)

    monkeypatch.setattr(writer, "_settle", settle)


def rewrite_same_size(relative: str) -> Callable[[Path], None]:
    def change(stage: Path) -> None:
        target = next(stage.glob(relative))
        data = bytearray(target.read_bytes())
        data[-2] = ord("X") if data[-2] != ord("X") else ord("Y")
        target.write_bytes(bytes(data))

    return change


def add_file(stage: Path) -> None:
    (stage / "data" / "metadata" / "stray.txt").write_bytes(b"not written by archivist\n")


def remove_file(stage: Path) -> None:
    next(stage.glob("data/metadata/*.json")).unlink()


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (rewrite_same_size("data/metadata/*.json"), "bag.staged.changed"),
        (rewrite_same_size("data/source/*"), "bag.staged.changed"),
        (rewrite_same_size("bag-info.txt"), "bag.staged.changed"),
        (rewrite_same_size("premis.xml"), "bag.staged.changed"),
        (add_file, "bag.manifest.unlisted-file"),
        (remove_file, "bag.manifest.missing-file"),
    ],
    ids=[
        "payload-same-size",
        "source-same-size",
        "bag-info-same-size",
        "premis-same-size",
        "extra-file",
        "missing-file",
    ],
)
def test_a_change_on_disk_before_the_rename_is_caught(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: Callable[[Path], None], code: str
) -> None:
    tamper_after_writing(monkeypatch, change)
    outcome = ingest_article(EXAMPLE, tmp_path / "out", fsync=False)
    assert outcome.status == "failed", outcome
    assert code in (outcome.error or "")
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


def test_a_change_that_puts_the_mtime_back_is_left_to_fixity_checks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The design's stated limit: same size, mtime restored, is not seen before the rename (nothing is read
    back); a full validation of the bag, which hashes what is on disk, reports it."""

    def change(stage: Path) -> None:
        target = next(stage.glob("data/metadata/*.json"))
        before = target.stat()
        rewrite_same_size("data/metadata/*.json")(stage)
        os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))

    tamper_after_writing(monkeypatch, change)
    outcome = ingest_article(EXAMPLE, tmp_path / "out", fsync=False)
    assert outcome.status == "ingested"
    bag = next((tmp_path / "out").iterdir())
    assert [p.code for p in bag_problems(bag)] == ["bag.manifest.checksum-mismatch"] * 2


def test_the_staging_directory_is_listed_once_per_bag(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The writer's completeness check and the check before the rename share one walk (issue 14): each
    directory of the staged bag is scanned once, and the listing is what the check saw."""
    assert ingest_article(EXAMPLE, tmp_path / "warm-up", fsync=False).status == "ingested"
    scanned: list[str] = []
    real_scandir = os.scandir

    def scandir(path: Any = ".") -> Any:
        if ".staging" in os.fsdecode(path):
            scanned.append(os.fsdecode(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(writer.os, "walk", _no_walk)
    outcome = ingest_article(EXAMPLE, tmp_path / "out", fsync=False)
    assert outcome.status == "ingested", outcome
    bag = Path(outcome.bag or "")
    directories = 1 + sum(1 for path in bag.rglob("*") if path.is_dir())
    assert len(scanned) == directories == len(set(scanned))


def _no_walk(*args: Any, **kwargs: Any) -> Any:
    raise AssertionError("the staging directory was walked a second time")


@pytest.mark.parametrize("change", [add_file, remove_file], ids=["extra-file", "missing-file"])
def test_the_writer_refuses_an_incomplete_payload_whatever_the_callers_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: Callable[[Path], None]
) -> None:
    """The shared listing keeps the writer's own guarantee: with a caller's check that looks at nothing,
    a payload changed after writing is still refused and nothing is put in place."""
    tamper_after_writing(monkeypatch, change)
    monkeypatch.setattr(ingest_article_module, "staged_bag_errors", lambda staged: [])
    outcome = ingest_article(EXAMPLE, tmp_path / "out", fsync=False)
    assert outcome.status == "failed", outcome
    assert "staged payload does not match its manifests" in (outcome.error or "")
    assert list((tmp_path / "out").iterdir()) == []


def test_a_staging_directory_makes_its_missing_parent_and_is_left_alone_once_published(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The parent is created only when missing (issue 14: no mkdir per bag in an existing output), and a
    staging directory renamed into place is not looked for again; one never published is removed."""
    from archivist import stagedir

    final = tmp_path / "new" / "deeper" / "bag"
    with stagedir.staging(final) as published:
        (published.path / "x").write_bytes(b"x")
        os.rename(published.path, final)
        published.published()
        looked: list[str] = []
        real_exists = Path.exists
        monkeypatch.setattr(Path, "exists", lambda self: looked.append(str(self)) or real_exists(self))
    assert (final / "x").read_bytes() == b"x" and looked == []
    monkeypatch.undo()
    with stagedir.staging(tmp_path / "new" / "other") as dropped:
        (dropped.path / "y").write_bytes(b"y")
    assert not dropped.path.exists() and sorted(p.name for p in (tmp_path / "new").iterdir()) == ["deeper"]
