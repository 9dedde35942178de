"""archivist audit on a real Dask distributed cluster (LocalCluster, two worker processes on 127.0.0.1),
reached through its scheduler address as `--cluster tcp://host:8786` would be: the same runner as ingest."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest
from click.testing import CliRunner

from archivist.cli import main
from archivist.deposit import deposit_bag

pytest.register_assert_rewrite("fixtures_deposit")

from fixtures_deposit import make_bag  # noqa: E402

pytestmark = pytest.mark.slow
IDS = [f"urn:example:article:{n}" for n in range(1, 5)]


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    from dask.distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        yield cluster.scheduler_address


def test_audit_through_the_scheduler(scheduler, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    root, directory = tmp_path / "ocfl", tmp_path / "dir"
    for n, object_id in enumerate(IDS):
        bag = make_bag(tmp_path / "bags" / f"a{n}", object_id, {"a.xml": f"<a>{n}</a>".encode()})
        deposit_bag(bag, [str(root), f"dir:{directory}"])
    shutil.rmtree(directory / IDS[3])
    targets = [str(root.absolute()), f"dir:{directory.absolute()}"]
    result = CliRunner().invoke(main, ["audit", *targets, "--cluster", scheduler])
    assert result.exit_code == 1, result.output
    assert f"missing: dir:{directory.absolute()} {IDS[3]}" in result.stderr
    assert "7 intact" in result.stdout
    repaired = CliRunner().invoke(main, ["audit", *targets, "--cluster", scheduler, "--repair"])
    assert repaired.exit_code == 0, repaired.output
    assert CliRunner().invoke(main, ["audit", *targets, "--cluster", scheduler]).exit_code == 0
