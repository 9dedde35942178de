"""A batch reads each article file once (issue 14): the read that tells a web archive from an article
hands its bytes to the ingest, and the bags are the same as those of a single ingest that reads the file
itself."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from archivist.batch import archives as batch_archives
from archivist.batch import ingest_collection
from archivist.ingest import ingest_article
from archivist.render.context import RenderContext

sys.path.insert(0, str(Path(__file__).resolve().parent))
from conftest import ROOT, SAMPLE

ARTICLES = [SAMPLE, *sorted((ROOT / "tests" / "articles").glob("*.txt"))[:3]]


def _opens_of(paths: list[Path], monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Count every ``os.open`` (which ``open()`` and ``fsutil.open_regular`` both end in) of ``paths``."""
    watched = {os.path.realpath(p): 0 for p in paths}
    real_open = os.open

    def counting_open(path, flags, *args, **kwargs):  # type: ignore[no-untyped-def]
        key = os.path.realpath(path) if isinstance(path, (str, bytes, os.PathLike)) else None
        if key in watched:
            watched[key] += 1
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", counting_open)
    import io

    real_io_open = io.open

    def counting_io_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        key = os.path.realpath(file) if isinstance(file, (str, os.PathLike)) else None
        if key in watched:
            watched[key] += 1
        return real_io_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", counting_io_open)
    return watched


def test_each_article_file_is_opened_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    coll = tmp_path / "coll"
    coll.mkdir()
    copies = [Path(shutil.copy(src, coll / src.name)) for src in ARTICLES]
    opens = _opens_of(copies, monkeypatch)
    summary = ingest_collection([str(coll)], tmp_path / "bags", jobs=1)
    assert summary.ingested == len(copies)
    assert sorted(opens.values()) == [1] * len(copies), opens


def test_a_file_over_the_kept_size_is_read_by_the_ingest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    coll = tmp_path / "coll"
    coll.mkdir()
    article = Path(shutil.copy(SAMPLE, coll / SAMPLE.name))
    monkeypatch.setattr(batch_archives, "KEEP_BYTES", article.stat().st_size - 1)
    opens = _opens_of([article], monkeypatch)
    summary = ingest_collection([str(coll)], tmp_path / "bags", jobs=1)
    assert summary.ingested == 1
    assert list(opens.values()) == [2]  # its head here, the whole file in the ingest


def test_bags_from_bytes_read_by_the_batch_equal_a_single_ingest(tmp_path: Path) -> None:
    coll = tmp_path / "coll"
    coll.mkdir()
    for src in ARTICLES:
        shutil.copy(src, coll / src.name)
    context = RenderContext()  # one ingest time for both, so that the bags can be compared byte for byte
    ingest_collection([str(coll)], tmp_path / "batch", jobs=1, context=context)
    for src in ARTICLES:
        outcome = ingest_article(coll / src.name, tmp_path / "single", context=context)
        assert outcome.status == "ingested", outcome
        batch_bag, single_bag = tmp_path / "batch" / outcome.id, tmp_path / "single" / outcome.id
        files = sorted(p.relative_to(single_bag) for p in single_bag.rglob("*") if p.is_file())
        assert files == sorted(p.relative_to(batch_bag) for p in batch_bag.rglob("*") if p.is_file())
        for rel in files:
            assert (batch_bag / rel).read_bytes() == (single_bag / rel).read_bytes(), rel


def test_unreadable_and_odd_inputs_still_fail_with_their_reason(tmp_path: Path) -> None:
    coll = tmp_path / "coll"
    coll.mkdir()
    shutil.copy(SAMPLE, coll / SAMPLE.name)
    (coll / "empty.txt").write_bytes(b"")
    os.mkfifo(coll / "pipe.txt")
    summary = ingest_collection([str(coll)], tmp_path / "bags", jobs=1)
    assert summary.ingested == 1
    errors = {Path(f["source"]).name: f["error"] for f in summary.failures}
    assert set(errors) == {"empty.txt", "pipe.txt"}
    assert "file is empty" in errors["empty.txt"]
    assert "not a regular file" in errors["pipe.txt"] or "FIFO" in errors["pipe.txt"], errors["pipe.txt"]
