"""SIGTERM and SIGHUP stop a command the way Ctrl-C does: by unwinding (``archivist.termination``).

What ``kill``, systemd, Slurm, Kubernetes and CI timeouts send used to end the process on the spot: an S3
deposit's private tar of the bag stayed in the temporary directory, a ``--jobs`` run's workers and their
staged bags were left. Each test runs the command in a subprocess with a ``TMPDIR`` of its own, stops it
at a named point (``tests/pause_points.py``; in the workers too, ``tests/pause_site``), sends the signal
and checks: exit 128 + the signal's number, one clean line on stderr, nothing left in the temporary
directory, nothing half-made visible (nor, since the stop was orderly, staged), the workers gone, and a
re-run that completes, then finds nothing to do.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

pytest.register_assert_rewrite("fixtures_deposit", "pause_points")

import pause_points  # noqa: E402
from archivist.deposit import S3Settings, deposit_bag  # noqa: E402
from archivist.termination import Terminated  # noqa: E402
from conftest import ROOT  # noqa: E402
from fixtures_deposit import ID, leftovers, list_keys, make_bag, object_dirs, validate_root  # noqa: E402

pytest_plugins = ["fixtures_deposit"]  # s3_endpoint, aws_env, bucket, bag

ARTICLES = sorted((ROOT / "tests" / "articles").glob("*.txt"))[:16]


def ended_cleanly(process: subprocess.Popen[bytes], lines: list[str], signal_number: int) -> None:
    name = signal.Signals(signal_number).name
    assert (process.returncode, lines) == (128 + signal_number, [f"archivist: terminated ({name})"])


def gone(pid: int) -> bool:
    """The process has ended (a zombie not yet reaped by its parent counts as ended)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return True
    return "\nState:\tZ" in status


def test_terminated_carries_its_exit_code_and_line_and_survives_pickling() -> None:
    import pickle

    stop = pickle.loads(pickle.dumps(Terminated(signal.SIGTERM)))  # how it comes back from a worker
    assert (stop.signal_number, stop.exit_code, stop.line()) == (15, 143, "terminated (SIGTERM)")
    assert (Terminated(signal.SIGHUP).exit_code, Terminated(signal.SIGHUP).line()) == (
        129,
        "terminated (SIGHUP)",
    )
    assert not isinstance(stop, Exception)  # a batch's "except Exception" never swallows it


def test_sigterm_unwinds_a_command_and_exits_143(tmp_path: Path) -> None:
    # In a fresh interpreter, as archivist.cli.run sets it up: the test process keeps its own handlers.
    script = (
        "import os, signal, time\n"
        "from archivist.cli import common\n"
        "def command():\n"
        "    try:\n"
        "        os.kill(os.getpid(), signal.SIGTERM)\n"
        "        time.sleep(30)\n"
        "        print('not stopped')\n"
        "    finally:\n"
        f"        open({str(tmp_path / 'unwound')!r}, 'w').close()\n"
        "from archivist.termination import stop_on_signals\n"
        "stop_on_signals()\n"
        "common.one_line_errors(command)()\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (143, "", "archivist: terminated (SIGTERM)\n")
    assert (tmp_path / "unwound").exists()  # the finally ran


@pytest.mark.slow
def test_s3_deposit_stopped_by_sigterm_leaves_no_temporary_tar_and_no_key(
    bag, bucket, s3_endpoint, aws_env, killed_child_env
):
    target = f"s3://{bucket}/news"
    args = ["deposit", str(bag), "--to", target, "--endpoint-url", s3_endpoint]
    process, lines, _ = pause_points.stop_when_paused(
        "s3.after-upload", args, env=killed_child_env, signal_number=signal.SIGTERM
    )
    ended_cleanly(process, lines, signal.SIGTERM)
    assert os.listdir(killed_child_env["TMPDIR"]) == []  # the tar of the bag is gone
    assert list_keys(s3_endpoint, bucket) == []  # the staging key removed too, nothing published
    assert not (bag.parent / "a1.deposit.json").exists()

    first = deposit_bag(bag, target, endpoint_url=s3_endpoint, s3_settings=S3Settings(stale_staging_after=0))
    again = deposit_bag(bag, target, endpoint_url=s3_endpoint)
    assert (first.outcome, again.outcome) == ("deposited", "unchanged")
    assert list_keys(s3_endpoint, bucket) == [f"news/{ID}.premis.xml", f"news/{ID}.tar"]


@pytest.mark.slow
def test_ocfl_deposit_stopped_by_sighup_leaves_no_workspace_and_no_object(bag, tmp_path, killed_child_env):
    root = tmp_path / "repository"
    process, lines, _ = pause_points.stop_when_paused(
        "ocfl.before-rename",
        ["deposit", str(bag), "--to", str(root)],
        env=killed_child_env,
        signal_number=signal.SIGHUP,
    )
    ended_cleanly(process, lines, signal.SIGHUP)
    assert os.listdir(killed_child_env["TMPDIR"]) == []
    assert object_dirs(root) == {} and leftovers(root) == []  # the built object went with its workspace
    validate_root(root)

    assert deposit_bag(bag, str(root)).outcome == "deposited"
    assert deposit_bag(bag, str(root)).outcome == "unchanged"
    assert set(object_dirs(root)) == {ID}
    validate_root(root)


@pytest.mark.slow
@pytest.mark.parametrize("group", [False, True], ids=["kill-pid", "kill-group"])
def test_ingest_jobs_2_stopped_by_sigterm_unwinds_its_workers(
    group: bool, tmp_path: Path, killed_child_env: dict[str, str]
) -> None:
    """Both workers stopped with a group of bags staged; SIGTERM to the command alone (``kill PID``,
    Kubernetes), or to the whole process group (systemd, Slurm, a CI timeout)."""
    from archivist.validate.bag import bag_problems

    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    for path in ARTICLES:
        shutil.copy(path, folder / path.name)
    args = ["ingest", str(folder), "-o", str(out), "--jobs", "2"]
    process, lines, workers = pause_points.stop_when_paused(
        "ingest.before-sync",
        args,
        env=killed_child_env,
        signal_number=signal.SIGTERM,
        pauses=2,
        everywhere=True,
        group=group,
    )
    ended_cleanly(process, lines, signal.SIGTERM)
    assert len(set(workers)) == 2 and process.pid not in workers  # the pauses were the two workers'
    assert all(gone(pid) for pid in workers)
    assert os.listdir(killed_child_env["TMPDIR"]) == []  # multiprocessing's pymp-* directory too
    assert os.listdir(out) == []  # the staged bags were removed, not only left invisible

    report = tmp_path / "rerun.jsonl"
    rerun = [sys.executable, "-m", "archivist", *args, "--json", "--report", str(report)]
    first = subprocess.run(rerun, capture_output=True, text=True, timeout=600, env=killed_child_env)
    assert first.returncode == 0, first.stderr
    assert (json.loads(first.stdout)["ingested"], json.loads(first.stdout)["failed"]) == (len(ARTICLES), 0)
    bags = sorted(os.listdir(out))
    assert len(bags) == len(ARTICLES) and not [name for name in bags if name.startswith(".")]
    for name in bags:
        assert not [p for p in bag_problems(out / name) if p.is_error], name
    second = subprocess.run(rerun, capture_output=True, text=True, timeout=600, env=killed_child_env)
    assert second.returncode == 0, second.stderr
    assert (json.loads(second.stdout)["present"], json.loads(second.stdout)["ingested"]) == (len(ARTICLES), 0)
    assert sorted(os.listdir(out)) == bags
    assert os.listdir(killed_child_env["TMPDIR"]) == []


@pytest.mark.slow
def test_audit_stopped_by_sigterm_keeps_a_consistent_journal_and_resumes(tmp_path, killed_child_env):
    from archivist.audit import audit_copies

    ids = [f"urn:example:article:{n}" for n in range(1, 4)]
    root, directory = tmp_path / "ocfl", tmp_path / "dir"
    for n, object_id in enumerate(ids, 1):
        made = make_bag(tmp_path / "bags" / f"a{n}", object_id, {f"a{n}.xml": f"<a{n}/>".encode()})
        deposit_bag(made, [str(root), f"dir:{directory}"])
    copies = [f"ocfl:{root}", f"dir:{directory}"]
    state, report = tmp_path / "state.json", tmp_path / "audit.jsonl"
    args = ["audit", *copies, "--state", str(state), "--report", str(report)]
    process, lines, _ = pause_points.stop_when_paused(
        "audit.after-first-object", args, env=killed_child_env, signal_number=signal.SIGTERM
    )
    ended_cleanly(process, lines, signal.SIGTERM)
    journal = state.read_bytes().splitlines()
    assert json.loads(journal[0])["targets"] == sorted(copies)
    entries = [json.loads(line) for line in journal[1:]]  # every line whole
    checks = [entry for entry in entries if "copy" in entry]  # (the others mark the checks durable)
    assert not (tmp_path / ".state.json.new").exists()
    assert {(c, ids[0]) for c in copies} <= {(e["copy"], e["object_id"]) for e in checks} and len(checks) <= 6
    assert [json.loads(line)["object_id"] for line in report.read_text().splitlines()] == [ids[0]] * 2

    resumed = audit_copies(copies, state_file=state)
    assert (resumed.exit_code, resumed.resumed, resumed.checked) == (0, len(checks), 6 - len(checks))
    assert not state.exists()
