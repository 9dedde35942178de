"""``--jobs N`` works whatever ``TMPDIR`` is (``archivist.batch.pool``).

multiprocessing's fork server listens on a UNIX socket under the temporary directory, and a socket's path
may not exceed 107 bytes: with a long ``TMPDIR`` every ``--jobs N`` run failed with "archivist: AF_UNIX
path too long". The pool now puts that directory under a short base (``$XDG_RUNTIME_DIR``, ``/tmp``...),
made private (0700) and removed at exit, or falls back to spawn when there is none.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from archivist.batch import ingest_collection, pool
from conftest import ROOT

ARTICLES = sorted((ROOT / "tests" / "articles").glob("*.txt"))[:6]


def long_dir(base: Path, length: int = 150) -> Path:
    """A directory under ``base`` whose path is exactly ``length`` characters long."""
    folder = base / ("t" * (length - len(str(base)) - 1))
    folder.mkdir()
    assert len(str(folder)) == length
    return folder


@pytest.fixture
def short_runtime_dir() -> Iterator[Path]:
    """A short directory standing for ``$XDG_RUNTIME_DIR``, removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="xdg-", dir="/tmp"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for path in ARTICLES:
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture
def fresh_pool_dir() -> Iterator[dict]:
    """This process's multiprocessing as if it had made no temporary directory yet; afterwards, as it
    was (with or without one: a directory the test made must not outlive it there)."""
    config = multiprocessing.current_process()._config
    before = config.pop("tempdir", None)
    try:
        yield config
    finally:
        config.pop("tempdir", None)
        if before is not None:
            config["tempdir"] = before


@pytest.mark.slow
def test_ingest_jobs_2_with_a_150_character_tmpdir_succeeds_and_leaves_nothing(
    tmp_path: Path, articles: Path, short_runtime_dir: Path
) -> None:
    long_tmp = long_dir(tmp_path)
    out = tmp_path / "out"
    env = {**os.environ, "TMPDIR": str(long_tmp), "XDG_RUNTIME_DIR": str(short_runtime_dir)}
    command = [
        sys.executable,
        "-m",
        "archivist",
        "ingest",
        str(articles),
        "-o",
        str(out),
        "--jobs",
        "2",
        "--json",
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, env=env)
    assert (done.returncode, done.stderr) == (0, ""), done.stderr
    summary = json.loads(done.stdout)
    assert (summary["ingested"], summary["failed"]) == (len(ARTICLES), 0)
    assert len(os.listdir(out)) == len(ARTICLES)
    assert os.listdir(long_tmp) == [] and os.listdir(short_runtime_dir) == []


def test_a_long_tmpdir_gets_a_private_directory_under_the_short_base(
    tmp_path: Path, short_runtime_dir: Path, fresh_pool_dir: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(long_dir(tmp_path)))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(short_runtime_dir))
    assert pool.start_method() == "forkserver"
    made = Path(fresh_pool_dir["tempdir"])
    assert made.parent == short_runtime_dir and made.name.startswith("pymp-")
    assert stat.S_IMODE(made.stat().st_mode) == 0o700
    assert len(os.fsencode(made / "listener-XXXXXXXX")) <= pool.SOCKET_PATH_MAX


def test_a_short_tmpdir_is_kept(
    tmp_path: Path, fresh_pool_dir: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    if len(str(tmp_path)) > 75:
        pytest.skip(f"pytest's temporary directory is itself too long here ({tmp_path})")
    assert pool.start_method() == "forkserver"
    assert "tempdir" not in fresh_pool_dir  # multiprocessing makes its own there, as before


def test_without_a_short_base_the_pool_starts_by_spawn_and_still_works(
    tmp_path: Path, articles: Path, fresh_pool_dir: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(long_dir(tmp_path)))
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr(pool, "SHORT_BASES", ())
    assert pool.start_method() == "spawn"
    assert "tempdir" not in fresh_pool_dir
    summary = ingest_collection([str(articles)], tmp_path / "out", jobs=2)
    assert (summary.ingested, summary.failed) == (len(ARTICLES), 0)
