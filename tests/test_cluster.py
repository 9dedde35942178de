"""Batch ingest on a real Dask distributed cluster: a LocalCluster with two worker processes on
127.0.0.1, reached through its scheduler address exactly as `--cluster tcp://host:8786` would be."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from archivist.batch import cluster as cluster_module
from archivist.batch import ingest_collection
from archivist.cli import main

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "rferl-2005-11-30-washington-iraq-iran.txt"
ARTICLES = sorted((ROOT / "tests" / "articles").glob("*.txt"))

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    from dask.distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        yield cluster.scheduler_address


@pytest.fixture
def coll(tmp_path: Path) -> Path:
    folder = tmp_path / "coll"
    (folder / "nested").mkdir(parents=True)
    for i, src in enumerate([SAMPLE, *ARTICLES[:7]]):
        shutil.copy(src, (folder / "nested" if i % 3 == 0 else folder) / src.name)
    (folder / "empty.txt").write_bytes(b"")
    return folder


def test_ingest_through_the_scheduler(scheduler: str, coll: Path, tmp_path: Path) -> None:
    out, report = tmp_path / "bags", tmp_path / "r.jsonl"
    summary = ingest_collection([str(coll)], out, cluster=scheduler, report=report)
    assert (summary.ingested, summary.present, summary.failed) == (8, 0, 1)
    assert Path(summary.failures[0]["source"]).name == "empty.txt"
    bags = sorted(p.name for p in out.iterdir())
    outcomes = [json.loads(line) for line in report.read_text().splitlines()]
    assert bags == sorted(o["id"] for o in outcomes if o["status"] == "ingested")
    import bagit

    for name in bags:
        bagit.Bag(str(out / name)).validate()  # independent check of what the workers wrote
    again = ingest_collection([str(coll)], out, cluster=scheduler)
    assert (again.ingested, again.present, again.failed) == (0, 8, 1)


def test_cli_cluster_with_relative_paths(
    scheduler: str, coll: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Workers have their own working directory: the client must send absolute paths.
    monkeypatch.chdir(coll)
    result = CliRunner().invoke(main, ["ingest", "nested", "-o", "../bags", "--cluster", scheduler, "--json"])
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["ingested"], summary["failed"]) == (3, 0)
    assert len(list((tmp_path / "bags").iterdir())) == 3


def test_unreachable_scheduler_is_one_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cluster_module, "CONNECT_TIMEOUT", "1s")
    result = CliRunner().invoke(
        main, ["ingest", str(SAMPLE), "-o", str(tmp_path / "bags"), "--cluster", "tcp://127.0.0.1:9"]
    )
    assert result.exit_code == 1
    assert "cannot reach the Dask scheduler" in result.stderr
    assert result.stderr.count("\n") == 1


def test_a_warc_split_by_record_offsets_on_the_cluster(
    scheduler: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from archivist.record import load_record
    from crawls import ARTICLE_URL, SECOND_URL, standard_crawl

    standard_crawl().save(tmp_path / "crawl.warc.gz")
    monkeypatch.chdir(tmp_path)  # a relative path: the workers must get the crawl's absolute path
    summary = ingest_collection(["crawl.warc.gz"], tmp_path / "bags", cluster=scheduler)
    assert (summary.ingested, summary.failed, summary.skipped) == (2, 0, 7)
    urls = {load_record(p).source.url for p in (tmp_path / "bags").glob("*/data/metadata/record.json")}
    assert urls == {ARTICLE_URL, SECOND_URL}
