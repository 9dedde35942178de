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


def test_sigterm_to_a_cluster_run_stops_it_and_leaves_the_scheduler_nothing_to_run(
    scheduler: str, tmp_path: Path, killed_child_env: dict[str, str]
) -> None:
    """SIGTERM reaches the client (the command), not the cluster's workers: they belong to the cluster.
    The client's orderly stop must still leave the cluster clean: the tasks not yet started forgotten by
    the scheduler, those running finished into whole bags (a bag is renamed into place only once whole),
    and a re-run that completes the collection, then finds nothing to do."""
    import os
    import signal
    import subprocess
    import sys
    import time

    import bagit
    from dask.distributed import Client

    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    articles = ARTICLES[:120]  # enough for the run to be stopped part-way, few enough to re-run quickly
    for path in articles:
        shutil.copy(path, folder / path.name)
    args = [sys.executable, "-m", "archivist", "ingest", str(folder), "-o", str(out), "--cluster", scheduler]
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=killed_child_env)
    deadline = time.monotonic() + 120
    while not (out.is_dir() and any(not name.startswith(".") for name in os.listdir(out))):
        assert process.poll() is None and time.monotonic() < deadline, "no bag appeared"
        time.sleep(0.02)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert (process.returncode, stderr.decode()) == (143, "archivist: terminated (SIGTERM)\n")

    with Client(scheduler, set_as_default=False) as client:
        deadline = time.monotonic() + 30
        while client.run_on_scheduler(lambda dask_scheduler: len(dask_scheduler.tasks)):
            assert time.monotonic() < deadline, "the scheduler still holds the stopped run's tasks"
            time.sleep(0.1)
        # A task already running when the client let go runs to its end on its worker (a thread
        # cannot be interrupted safely): wait for that too before counting the bags.
        while sum(client.run(lambda dask_worker: dask_worker.state.executing_count).values()):
            assert time.monotonic() < deadline, "a worker is still running a task of the stopped run"
            time.sleep(0.1)
    made = sorted(os.listdir(out))
    assert 0 < len(made) < len(articles), "the run was not stopped part-way"
    assert not [name for name in made if name.startswith(".")]  # nothing staged left behind
    for name in made:
        bagit.Bag(str(out / name)).validate()

    rerun = subprocess.run(
        [*args, "--json"], capture_output=True, text=True, timeout=600, env=killed_child_env
    )
    assert rerun.returncode == 0, rerun.stderr
    summary = json.loads(rerun.stdout)
    assert (summary["present"], summary["ingested"] + summary["present"]) == (len(made), len(articles))
