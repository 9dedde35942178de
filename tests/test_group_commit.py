"""Group commit (``archivist.bag.commit``): a batch stages several bags, syncs them at once, renames each
into place, syncs their directory once. What must never break:

* no bag is visible under its final name before its content has been synced;
* the directory holding the new names is synced before any of them is reported ingested;
* one sync pass per group, not per bag (the point of it);
* a failed sync puts nothing in place, reports every bag of the group failed, leaves no staging, and a
  re-run makes them all; a process killed before the commit, or between the renames and the
  directory sync, leaves only valid bags and staging directories, which the next run settles.

The kills run the CLI in a subprocess stopped at a named point (``tests/pause_points.py``).
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import pause_points
from archivist import fsutil
from archivist.bag import writer
from archivist.batch import ingest_collection
from archivist.batch.local import COMMIT_GROUP
from archivist.batch.progress import NullProgress
from conftest import ROOT, SAMPLE

TESTS = Path(__file__).resolve().parent
# More articles than one group holds, so that a run makes several groups (the last one partial).
ARTICLES = [*sorted((ROOT / "tests" / "articles").glob("*.txt"))[: COMMIT_GROUP + 3], SAMPLE]


def visible(out: Path) -> list[str]:
    return sorted(n for n in os.listdir(out) if not n.startswith(".")) if out.exists() else []


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    coll = tmp_path / "in"
    coll.mkdir()
    for path in ARTICLES:
        shutil.copy(path, coll / path.name)
    return coll


class Recorder(NullProgress):
    """Every sync, rename and directory sync, in order, with what was visible and staged at the time;
    and every outcome when the batch reports it."""

    def __init__(self, out: Path, monkeypatch: pytest.MonkeyPatch, *, syncfs: bool = True) -> None:
        self.out = out
        self.log: list[tuple[Any, ...]] = []
        real_rename, real_fsync_dir = writer.rename_noreplace, fsutil.fsync_dir
        real_fsync_file = fsutil.fsync_file

        def fake_syncfs(path: Path) -> bool:
            if not syncfs:
                return False  # as where syncfs is missing: each file and directory fsynced instead
            self.log.append(("syncfs", visible(out), self.staged()))
            return True

        def rename(source: Path, target: Path) -> None:
            self.log.append(("rename", source.name, target.name))
            real_rename(source, target)

        def fsync_dir(path: Path, *, fsync: bool | None = None) -> None:
            self.log.append(("fsync_dir", Path(path), visible(out)))
            real_fsync_dir(path, fsync=fsync)

        def fsync_file(path: Path, *, fsync: bool | None = None) -> None:
            self.log.append(("fsync_file", Path(path)))
            real_fsync_file(path, fsync=fsync)

        monkeypatch.setattr(fsutil, "FSYNC", True)
        monkeypatch.setattr(fsutil, "_syncfs", fake_syncfs)
        monkeypatch.setattr(fsutil, "fsync_dir", fsync_dir)
        monkeypatch.setattr(fsutil, "fsync_file", fsync_file)
        monkeypatch.setattr(writer, "rename_noreplace", rename)

    def staged(self) -> dict[str, list[str]]:
        """Each staging directory and the files it holds."""
        return {n: sorted(os.listdir(self.out / n)) for n in os.listdir(self.out) if n.endswith(".staging")}

    def advance(self, outcome: dict[str, Any]) -> None:
        self.log.append(("reported", outcome["status"], outcome.get("id")))


def test_no_bag_is_visible_before_it_is_synced_and_none_reported_before_its_directory_is(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    recorder = Recorder(out, monkeypatch)
    summary = ingest_collection([str(folder)], out, jobs=1, progress=recorder)
    assert summary.ingested == len(ARTICLES) and summary.failed == 0
    log = recorder.log
    syncs = [i for i, entry in enumerate(log) if entry[0] == "syncfs"]
    # One sync pass (and one directory sync) per group of COMMIT_GROUP bags, not one per bag.
    groups = -(-len(ARTICLES) // COMMIT_GROUP)
    assert len(syncs) == groups == len([e for e in log if e[0] == "fsync_dir" and e[1] == out]) > 1
    synced: set[str] = set()
    for entry in log:
        if entry[0] == "syncfs":
            _, seen, staged = entry
            # Nothing new is visible at sync time: every bag visible then was renamed after an earlier sync.
            assert set(seen) <= synced
            for name, files in staged.items():
                assert "tagmanifest-sha512.txt" in files and "data" in files  # complete when synced
                synced.add(name)
        elif entry[0] == "rename":
            _, stage, final = entry
            assert stage in synced, f"{final} renamed into place before its content was synced"
            synced.add(final)
    # Every bag is reported only after the directory holding its name was synced with that name in it.
    for index, entry in enumerate(log):
        if entry[0] == "reported":
            assert entry[1] == "ingested"
            assert any(e[0] == "fsync_dir" and e[1] == out and entry[2] in e[2] for e in log[:index]), entry
    assert visible(out) == sorted(summary_ids(out))
    assert not [n for n in os.listdir(out) if n.startswith(".")]


def summary_ids(out: Path) -> list[str]:
    return [n for n in os.listdir(out) if (out / n / "bagit.txt").is_file()]


def test_without_syncfs_every_file_and_directory_is_fsynced_before_the_rename(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    recorder = Recorder(out, monkeypatch, syncfs=False)
    ingest_collection([str(folder)], out, jobs=1, progress=recorder)
    log = recorder.log
    for index, entry in enumerate(log):
        if entry[0] != "rename":
            continue
        stage, final = entry[1], entry[2]
        fsynced = {e[1] for e in log[:index] if e[0] in ("fsync_file", "fsync_dir")}
        files = [Path(d, n) for d, _, names in os.walk(out / final) for n in names]
        dirs = [Path(d) for d, _, _ in os.walk(out / final)]
        for path in [*files, *dirs]:
            before = out / stage / path.relative_to(out / final)
            assert before in fsynced, f"{before} not fsynced before {final} was renamed into place"


def test_a_failed_sync_puts_nothing_in_place_and_a_rerun_makes_every_bag(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"

    def broken(path: Path) -> bool:
        raise OSError(errno.EIO, "Input/output error", str(path))

    monkeypatch.setattr(fsutil, "FSYNC", True)
    monkeypatch.setattr(fsutil, "_syncfs", broken)
    summary = ingest_collection([str(folder)], out, jobs=1)
    assert (summary.ingested, summary.failed) == (0, len(ARTICLES))
    assert visible(out) == [] and os.listdir(out) == []  # no bag, no staging left behind
    assert all("Input/output error" in f["error"] for f in summary.failures)
    monkeypatch.undo()
    again = ingest_collection([str(folder)], out, jobs=1)
    assert (again.ingested, again.failed) == (len(ARTICLES), 0)


def test_the_same_article_twice_in_one_group_is_one_bag_ingested_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    coll = tmp_path / "in"
    coll.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        shutil.copy(SAMPLE, coll / name)
    summary = ingest_collection([str(coll)], tmp_path / "out", jobs=1)
    assert (summary.ingested, summary.present, summary.failed) == (1, 2, 0)
    assert len(visible(tmp_path / "out")) == 1


def _paused(point: str, folder: Path, out: Path, env: dict[str, str]) -> None:
    """Run ``archivist ingest`` stopped at ``point`` and kill it there."""
    pause_points.kill_when_paused(point, ["ingest", str(folder), "-o", str(out), "-j", "1"], env=env)


@pytest.mark.parametrize("point", ["ingest.before-sync", "ingest.before-dir-sync"])
def test_killed_during_a_group_commit_leaves_only_valid_bags_and_a_rerun_completes(
    point: str, folder: Path, tmp_path: Path, killed_child_env: dict[str, str]
) -> None:
    from archivist.validate.bag import bag_problems

    out = tmp_path / "out"
    _paused(point, folder, out, killed_child_env)
    staged = [n for n in os.listdir(out) if n.endswith(".staging")]
    if point == "ingest.before-sync":
        assert visible(out) == [] and len(staged) == COMMIT_GROUP  # the whole first group, unpublished
    else:
        assert len(visible(out)) == COMMIT_GROUP and staged == []  # renamed, directory not yet synced
    for name in visible(out):
        assert not [p for p in bag_problems(out / name) if p.severity == "error"], name
    command = [sys.executable, "-m", "archivist", "ingest", str(folder), "-o", str(out), "-j", "1"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert len(visible(out)) == len(ARTICLES)
    assert not [n for n in os.listdir(out) if n.startswith(".")]


def test_paths_read_from_standard_input_are_committed_one_by_one(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A slow pipeline feeding paths on stdin sees each bag in place and reported before it sends the next
    path: no group waits for inputs that may be minutes away."""
    out = tmp_path / "out"
    names = sorted(folder.iterdir())[:3]
    reported: list[str] = []

    class Progress(NullProgress):
        def advance(self, outcome: dict[str, Any]) -> None:
            reported.append(outcome["status"])

    def lines() -> Any:
        for index, path in enumerate(names):
            # Before the next path is handed over, every earlier one is a bag in place, reported.
            assert len(visible(out)) == index and reported == ["ingested"] * index
            yield f"{path}\n"

    monkeypatch.setattr(sys, "stdin", lines())
    summary = ingest_collection([], out, jobs=1, from_file="-", progress=Progress())
    assert summary.ingested == 3 and len(visible(out)) == 3
