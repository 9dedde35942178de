"""archivist audit, the harder cases (issue 15): resume after a kill, disagreement, a copy behind, a corrupt
inventory, a read-only copy, a repository that vanishes, S3 unreachable, --jobs. OCFL and dir: copies only
(fast); S3 is in tests/test_audit.py. Bags: tests/fixtures_deposit.make_bag (made for the tests)."""

from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from archivist.audit import audit_copies, history
from archivist.audit.check import DAMAGED, INTACT, MISSING, UNREADABLE
from archivist.cli import main
from archivist.deposit import deposit_bag

pytest.register_assert_rewrite("fixtures_deposit")

from fixtures_deposit import make_bag, object_dirs, snapshot, validate_root  # noqa: E402

IDS = [f"urn:example:article:{n}" for n in range(1, 4)]


@pytest.fixture(autouse=True)
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture
def copies(tmp_path: Path) -> tuple[str, str]:
    root, directory = tmp_path / "ocfl", tmp_path / "dir"
    for n in range(1, 4):
        bag = make_bag(tmp_path / "bags" / f"a{n}", IDS[n - 1], {f"a{n}.xml": f"<a{n}>{n}</a{n}>".encode()})
        deposit_bag(bag, [str(root), f"dir:{directory}"])
    return f"ocfl:{root}", f"dir:{directory}"


def _states(summary) -> dict[tuple[str, str], str]:
    return {(copy, v.object_id): state for v in summary.verdicts for copy, state in v.verdicts.items()}


def test_intact_copies_exit_0_and_every_check_is_an_event(copies):
    summary = audit_copies(list(copies))
    assert summary.exit_code == 0 and set(_states(summary).values()) == {INTACT}
    assert len(summary.verdicts) == 3 and summary.checked == 6
    for object_id in IDS:
        assert sorted((e.copy, e.type, e.outcome) for e in history(object_id, list(copies))) == sorted(
            [(copies[0], "fixity check", "success"), (copies[1], "fixity check", "success")]
        )


def _killed_at(point: str, env: dict[str, str], copies: tuple[str, str], *options: str) -> str:
    """Run ``archivist audit COPIES OPTIONS`` in a subprocess paused at ``point`` (tests/pause_points.py),
    then SIGKILL it there: the worst moment for a resume. Returns the line it said where it stopped."""
    tests = str(Path(__file__).resolve().parent)
    script = (
        f"import sys; sys.path.insert(0, {tests!r}); import pause_points; "
        f"pause_points.main({point!r}, sys.argv[1:])"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", script, "audit", *copies, *options], stderr=subprocess.PIPE, env=env
    )
    assert process.stderr is not None
    line = process.stderr.readline().decode()
    process.send_signal(signal.SIGKILL)
    process.wait()
    return line


def _journal(state: Path) -> list[dict]:
    """The checks a journal records (not its header, nor its marks of durable events)."""
    return [e for e in map(json.loads, state.read_bytes().splitlines()[1:]) if "copy" in e]


def test_a_killed_audit_resumes_without_reverifying_and_again_reverifies(copies, tmp_path, killed_child_env):
    state = tmp_path / "state.json"
    # Killed once the first check is made, before its event is logged.
    line = _killed_at("audit.after-first-check", killed_child_env, copies, "--state", str(state))
    assert "paused at audit.after-first-check" in line
    # Each of the threads checking objects stops at the same point: fewer than all checks are journaled,
    # and each one that is has its event, since a resumed run will take it as done without its event.
    journaled = [(e["copy"], e["object_id"]) for e in _journal(state)]
    assert len(journaled) < 6
    for copy, object_id in journaled:
        assert copy in [event.copy for event in history(object_id, list(copies))], (copy, object_id)
    resumed = audit_copies(list(copies), state_file=state)
    assert resumed.resumed == len(journaled) and resumed.checked == 6 - len(journaled)
    assert resumed.exit_code == 0
    assert not state.exists()  # finished: the next audit is a full one
    for object_id in IDS:  # the check killed before its event was logged was made again, and logged
        assert sorted({event.copy for event in history(object_id, list(copies))}) == sorted(copies)
    full = audit_copies(list(copies), state_file=state)
    assert full.resumed == 0 and full.checked == 6


def test_a_killed_audit_leaves_the_report_of_what_it_finished_and_the_rerun_completes_it(
    copies, tmp_path, killed_child_env
):
    state, report = tmp_path / "state.json", tmp_path / "audit.jsonl"
    line = _killed_at(
        "audit.after-first-object", killed_child_env, copies, "--state", str(state), "--report", str(report)
    )
    assert "paused at audit.after-first-object" in line
    # Killed after the first object: its two lines are in the report, whole, with their verdicts.
    killed = [json.loads(text) for text in report.read_text().splitlines()]
    assert [(d["copy"], d["object_id"], d["verdict"], d["resumed"]) for d in killed] == [
        (copies[0], IDS[0], INTACT, False),
        (copies[1], IDS[0], INTACT, False),
    ]
    journaled = {(e["copy"], e["object_id"]) for e in _journal(state)}  # checks run a few objects ahead
    assert journaled >= {(c, IDS[0]) for c in copies}
    # The re-run reads neither copy of that object again, and its report is the whole collection, in order.
    result = CliRunner().invoke(
        main, ["audit", *copies, "--state", str(state), "--report", str(report), "--json"]
    )
    assert result.exit_code == 0, result.output
    done = json.loads(result.stdout)
    assert done["resumed"] == len(journaled) and done["checked"] == 6 - len(journaled)
    lines = [json.loads(text) for text in report.read_text().splitlines()]
    assert [(d["copy"], d["object_id"]) for d in lines] == [(c, i) for i in IDS for c in copies]
    assert lines[:2] == [d | {"resumed": True} for d in killed]  # the same checks, reused, not re-run
    assert {(d["copy"], d["object_id"]) for d in lines if d["resumed"]} == journaled
    assert not state.exists()
    for object_id in IDS:  # every copy checked once, by one run or the other: one event each
        events = history(object_id, list(copies))
        assert sorted(e.copy for e in events) == sorted(copies), object_id


def test_event_logs_survive_a_power_cut_inside_a_batch(copies):
    from archivist.audit.segments import segment_name

    assert audit_copies(list(copies)).exit_code == 0
    log = object_dirs(Path(copies[0][5:]))[IDS[0]] / "logs" / segment_name(1)
    durable = log.read_bytes()
    # What a power cut between an append and the flush may leave: the file's new size, but zeros where
    # the appended record's data never reached the disk.
    log.write_bytes(durable + b"\0" * 4096)
    assert [e.outcome for e in history(IDS[0], [copies[0]])] == ["success"]  # the record that is whole
    assert audit_copies(list(copies)).exit_code == 0
    assert [e.outcome for e in history(IDS[0], [copies[0]])] == ["success", "success"]
    kept = log.with_name(f".{log.name}.cut")  # the cut bytes, kept aside when the log was folded
    assert kept.read_bytes() == durable + b"\0" * 4096


def test_a_resumed_run_rechecks_an_object_changed_since(copies, tmp_path):
    state = tmp_path / "state.json"
    first = audit_copies(list(copies), state_file=state)
    assert first.exit_code == 0
    from archivist.audit.state import AuditState

    kept = AuditState(state, list(copies), again=False)
    for verdict in first.verdicts:  # as if that run had been killed after checking everything
        for check in verdict.checks:
            kept.record(check)
    kept.save()
    bag = Path(copies[1][4:]) / IDS[2]
    (bag / "data" / "a3.xml").write_bytes(b"<a3>changed</a3>")
    (bag / "tagmanifest-sha512.txt").touch()  # its quick key (a stat) changes with it
    os.utime(bag, ns=(1, 1))
    again = audit_copies(list(copies), state_file=state)
    assert again.resumed == 5 and again.checked == 1
    assert _states(again)[copies[1], IDS[2]] == DAMAGED
    forced = audit_copies(list(copies), state_file=state, again=True)
    assert forced.resumed == 0 and forced.checked == 6


def test_two_copies_that_disagree_without_a_majority_are_not_repaired(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    deposit_bag(make_bag(tmp_path / "x1", IDS[0], {"a.xml": b"<a>one</a>"}), f"dir:{a}")
    deposit_bag(make_bag(tmp_path / "x2", IDS[0], {"a.xml": b"<a>two</a>"}), f"dir:{b}")
    before = snapshot(a / IDS[0]), snapshot(b / IDS[0])
    summary = audit_copies([f"dir:{a}", f"dir:{b}"], repair=True)
    assert summary.exit_code == 1 and summary.repairs == []
    assert set(_states(summary).values()) == {"differs"}
    assert any("none is a majority" in line for line in summary.problem_lines())
    assert (snapshot(a / IDS[0]), snapshot(b / IDS[0])) == before  # only their event logs grew
    receipt = tmp_path / "x2.deposit.json"
    receipt_says = audit_copies([f"dir:{a}", f"dir:{b}"], repair=True, receipts=[receipt])
    assert receipt_says.exit_code == 0, receipt_says.problem_lines()  # x2's receipt names "two"
    assert (a / IDS[0] / "data" / "a.xml").read_bytes() == b"<a>two</a>"
    deposit_bag(make_bag(tmp_path / "x1", IDS[0], {"a.xml": b"<a>one</a>"}), f"dir:{a}")
    third = tmp_path / "c"
    deposit_bag(make_bag(tmp_path / "x3", IDS[0], {"a.xml": b"<a>two</a>"}), f"dir:{third}")
    majority = audit_copies([f"dir:{a}", f"dir:{b}", f"dir:{third}"], repair=True)
    assert majority.exit_code == 0, majority.problem_lines()
    assert (a / IDS[0] / "data" / "a.xml").read_bytes() == b"<a>two</a>"


def test_a_copy_a_version_behind_is_named_and_brought_up_to_date(tmp_path):
    root, directory = tmp_path / "ocfl", tmp_path / "dir"
    bag = make_bag(tmp_path / "bags" / "a1", IDS[0], {"a.xml": b"<a>first</a>"})
    deposit_bag(bag, [str(root), f"dir:{directory}"])
    make_bag(bag, IDS[0], {"a.xml": b"<a>corrected</a>"})
    deposit_bag(bag, str(root))  # v2 only in the OCFL copy
    targets = [str(root), f"dir:{directory}"]
    summary = audit_copies(targets)
    assert _states(summary) == {(f"ocfl:{root}", IDS[0]): INTACT, (f"dir:{directory}", IDS[0]): "behind"}
    assert summary.exit_code == 1
    assert audit_copies(targets, repair=True).exit_code == 0
    assert (directory / IDS[0] / "data" / "a.xml").read_bytes() == b"<a>corrected</a>"
    assert audit_copies(targets).exit_code == 0


def test_a_corrupt_inventory_is_damaged_and_repaired_from_the_version_inventory(copies):
    object_dir = object_dirs(Path(copies[0][5:]))[IDS[1]]
    inventory = object_dir / "inventory.json"
    inventory.write_bytes(inventory.read_bytes().replace(b'"head"', b'"haed"'))
    summary = audit_copies(list(copies))
    assert _states(summary)[copies[0], IDS[1]] == DAMAGED
    assert "sidecar" in summary.verdicts[1].checks[0].problems[0]
    repaired = audit_copies(list(copies), repair=True)
    assert repaired.exit_code == 0, repaired.problem_lines()
    assert "rewrote inventory.json" in repaired.repairs[0].note
    validate_root(Path(copies[0][5:]))


def test_a_read_only_copy_is_audited_and_says_its_events_were_not_recorded(copies, monkeypatch):
    def read_only(state, *args, **kwargs):  # a read-only mount (EROFS), whoever runs the test (root too)
        raise OSError(errno.EROFS, "Read-only file system", state.logs)

    monkeypatch.setattr("archivist.audit.dir_copy.append", read_only)
    summary = audit_copies(list(copies))
    assert summary.exit_code == 0  # the copies are intact: the audit's verdict stands
    assert len(summary.warnings) == 3
    assert "event was not recorded (Read-only file system)" in summary.warnings[0]
    result = CliRunner().invoke(main, ["audit", *copies])
    assert result.exit_code == 0 and result.stderr.count("event was not recorded") == 3


def test_a_read_only_copy_is_not_repaired_into_and_the_good_copy_is_untouched(copies, monkeypatch):
    directory = Path(copies[1][4:])
    shutil.rmtree(directory / IDS[0])
    root = Path(copies[0][5:])
    before = snapshot(object_dirs(root)[IDS[0]] / "v1")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Read-only file system", str(directory))

    monkeypatch.setattr("archivist.audit.dir_copy.replace_bag_directory", refuse)
    summary = audit_copies(list(copies), repair=True)
    assert summary.exit_code == 1
    (repair,) = summary.repairs
    assert not repair.ok and "Read-only file system" in repair.note
    assert snapshot(object_dirs(root)[IDS[0]] / "v1") == before


def test_a_repository_that_vanishes_mid_audit_is_unreadable_not_repaired(copies, monkeypatch):
    from archivist.audit.dir_copy import DirCopy

    directory = Path(copies[1][4:])
    real = DirCopy.objects

    def listed_then_gone(self, **options):
        found = real(self, **options)
        shutil.rmtree(directory)  # unmounted between the listing and the checks
        return found

    monkeypatch.setattr(DirCopy, "objects", listed_then_gone)
    summary = audit_copies(list(copies), repair=True)
    assert summary.exit_code == 1 and summary.repairs == []
    assert {state for (copy, _), state in _states(summary).items() if copy == copies[1]} == {UNREADABLE}
    assert not directory.exists()  # not re-created by a "repair"


def test_repair_removes_what_no_inventory_lists_and_the_object_validates_with_digests(copies):
    root = Path(copies[0][5:])
    object_dir = object_dirs(root)[IDS[0]]
    payload = next((object_dir / "v1" / "content").rglob("a1.xml"))
    payload.write_bytes(b"<a1>flipped</a1>")  # damaged, so the object is repaired
    stray = [
        object_dir / "v1" / "content" / "bag" / "data" / "stray.xml",
        object_dir / "stray.txt",
        object_dir / "v1" / "extra.bin",
        object_dir / "v7" / "content" / "x.bin",
    ]
    for path in stray:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"not in any inventory")
    (object_dir / "v1" / "content" / "empty-dir").mkdir()
    (object_dir / "logs" / "operator-note.txt").parent.mkdir(exist_ok=True)
    (object_dir / "logs" / "operator-note.txt").write_bytes(b"kept: logs/ is allowed")
    summary = audit_copies(list(copies))
    problems = " ".join(summary.verdicts[0].checks[0].problems)
    for path in stray:
        assert f"{path.relative_to(object_dir).as_posix()}: on disk but not in the inventory" in problems
    repaired = audit_copies(list(copies), repair=True)
    assert repaired.exit_code == 0, repaired.problem_lines()
    assert "removed what no inventory lists" in repaired.repairs[0].note
    validate_root(root)  # ocfl-py, every digest
    inventory = json.loads((object_dir / "inventory.json").read_bytes())
    listed = {p for paths in inventory["manifest"].values() for p in paths}
    kept = {
        "0=ocfl_object_1.1",
        "inventory.json",
        "inventory.json.sha512",
        "v1/inventory.json",
        "v1/inventory.json.sha512",
    }
    on_disk = {p.relative_to(object_dir).as_posix() for p in object_dir.rglob("*") if not p.is_dir()}
    assert {p for p in on_disk if not p.startswith("logs/")} == listed | kept
    assert (object_dir / "logs" / "operator-note.txt").read_bytes() == b"kept: logs/ is allowed"
    assert not (object_dir / "v7").exists() and not (object_dir / "v1" / "content" / "empty-dir").exists()
    assert audit_copies(list(copies)).exit_code == 0


def test_a_copy_that_cannot_be_listed_is_one_line_and_exit_1(copies, tmp_path):
    result = CliRunner().invoke(main, ["audit", *copies, str(tmp_path / "nothing-here")])
    assert result.exit_code == 1
    assert f"{tmp_path / 'nothing-here'}: not an OCFL 1.1 storage root" in result.stderr
    assert "Traceback" not in result.output


def test_unreachable_s3_is_retried_then_reported_and_nothing_else_is_touched(copies, monkeypatch):
    for name, value in {
        "AWS_ACCESS_KEY_ID": "x",
        "AWS_SECRET_ACCESS_KEY": "x",
        "AWS_DEFAULT_REGION": "us-east-1",
    }.items():
        monkeypatch.setenv(name, value)
    bags = Path(copies[1][4:])
    before = {object_id: snapshot(bags / object_id) for object_id in IDS}
    result = CliRunner().invoke(
        main, ["audit", *copies, "s3://bucket/news", "--repair", "--endpoint-url", "http://127.0.0.1:9"]
    )
    assert result.exit_code == 1, result.output
    assert "s3://bucket/news: cannot list the bucket" in result.stderr
    assert "Traceback" not in result.output
    assert {object_id: snapshot(bags / object_id) for object_id in IDS} == before


def test_missing_object_with_jobs_and_report(copies, tmp_path):
    shutil.rmtree(Path(copies[1][4:]) / IDS[2])
    report = tmp_path / "audit.jsonl"
    result = CliRunner().invoke(main, ["audit", *copies, "--jobs", "2", "--report", str(report), "--json"])
    assert result.exit_code == 1, result.output
    lines = [json.loads(line) for line in report.read_text().splitlines()]
    assert len(lines) == 6
    assert [(d["copy"], d["object_id"]) for d in lines if d["verdict"] != INTACT] == [(copies[1], IDS[2])]
    assert [d["status"] for d in lines if d["verdict"] != INTACT] == [MISSING]
    assert json.loads(result.stdout)["counts"] == {"intact": 5, "missing": 1}


def test_usage_errors_exit_2(tmp_path):
    assert CliRunner().invoke(main, ["audit"]).exit_code == 2
    assert CliRunner().invoke(main, ["audit", "ftp://x"]).exit_code == 2
    assert CliRunner().invoke(main, ["audit", str(tmp_path), "--jobs", "0"]).exit_code == 2


def test_progress_bar_only_on_a_terminal(copies):
    import io

    from archivist.batch.progress import NullProgress
    from archivist.cli.audit_cmd import _progress_for

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert type(_progress_for(io.StringIO())) is NullProgress
    stream = Terminal()
    bar = _progress_for(stream)
    try:
        summary = audit_copies(list(copies), progress=bar)
    finally:
        bar.close()
    assert summary.exit_code == 0
    assert "audit" in stream.getvalue() and "6/6" in stream.getvalue()


def test_a_bag_without_its_sha512_tag_manifest_cannot_be_compared_and_is_damaged(copies):
    (Path(copies[1][4:]) / IDS[0] / "tagmanifest-sha512.txt").unlink()  # still a valid bag (sha256 stays)
    summary = audit_copies(list(copies))
    assert _states(summary)[copies[1], IDS[0]] == DAMAGED
    assert "has no tagmanifest-sha512.txt" in summary.verdicts[0].checks[1].problems[0]
    assert audit_copies(list(copies), repair=True).exit_code == 0
