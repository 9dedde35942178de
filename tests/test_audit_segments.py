"""OCFL event logs kept append-only (``audit/segments.py``): records appended, never rewritten, read back by
``--history``; records cut short by a kill or a power cut skipped; folds into the base; old logs."""

from __future__ import annotations

import itertools
import os
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from archivist.audit import audit_copies, durability, history, log_append, segments
from archivist.audit.events import logged, merged, new_event, segment_document
from archivist.audit.seal import verified
from archivist.deposit import deposit_bag
from archivist.render.premis import append_event, render_premis
from archivist.validate.premis import premis_problems

pytest.register_assert_rewrite("fixtures_deposit")

from fixtures_deposit import make_bag  # noqa: E402

ID = "urn:example:segments:1"
WHEN = datetime(2026, 11, 30, 12, 0, tzinfo=timezone.utc)
FOLD = 11000  # three records of these tests (the first ≈ 3.7 KB, the others ≈ 4.1 KB)
DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'


@pytest.fixture(autouse=True)
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def _root(tmp_path: Path, name: str = "ocfl") -> Path:
    root = tmp_path / name
    bag = make_bag(tmp_path / "bags" / name, ID, {"p1.xml": b"<p>one</p>", "p2.txt": b"two"})
    deposit_bag(bag, str(root))
    return root


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return _root(tmp_path)


def _logs(root: Path) -> Path:
    (declaration,) = root.rglob("0=ocfl_object_1.1")
    return declaration.parent / "logs"


def _audit(root: Path, times: int = 1) -> None:
    for _ in range(times):
        assert audit_copies([str(root)]).exit_code == 0


def _events(root: Path) -> list[tuple[str, str, str]]:
    return [(e.identifier, e.date, e.outcome) for e in history(ID, [str(root)])]


def _records(data: bytes) -> list[bytes]:
    return [DECLARATION + piece for piece in data.split(DECLARATION)[1:]]


def test_events_are_appended_as_records_never_rewriting_what_is_there(root):
    _audit(root, 2)
    logs = _logs(root)
    segment = logs / segments.segment_name(1)
    before = segment.read_bytes()
    _audit(root, 2)
    after = segment.read_bytes()
    assert after.startswith(before) and len(after) > len(before)  # appended: earlier bytes untouched
    assert sorted(p.name for p in logs.iterdir()) == [segments.segment_name(1)]  # no other file
    records = _records(after)
    assert len(records) == 4
    for record in records:  # each record is a whole PREMIS document, sealed
        assert verified(record) is not None
        assert premis_problems(record) == []
    assert f"follows sha256:{log_append.ZERO}".encode() in records[0]
    for earlier, later in itertools.pairwise(records):  # each follows the one before
        assert f"follows sha256:{verified(earlier).digest}".encode() in later
    events = _events(root)
    assert len(events) == 4 and len({identifier for identifier, _, _ in events}) == 4
    assert all(outcome == "success" for _, _, outcome in events)


def test_the_record_is_byte_for_byte_the_whole_path():
    object_id = "urn:example:<odd> & 'quoted'"
    previous: bytes | None = None
    for day in range(3):
        when = WHEN + timedelta(days=day)
        event = new_event("fix", object_id, "ocfl:/srv/a&b", ok=day != 1, note=f"note {day} <&>", when=when)
        seed = f"{day:064x}"
        empty = segments.without_events(previous) if previous is not None else None
        fast = segment_document(empty, event, seed, object_id, when)
        fresh = render_premis([], [], ingest_time=when, package_id=object_id)
        assert fast == append_event(fresh, event, seed=seed)
        assert premis_problems(fast) == []
        previous = fast


def test_a_fold_spliced_is_byte_for_byte_the_fold_checked_in_full():
    object_id = "urn:example:fold"
    base = logged(None, object_id, new_event("fix", object_id, "c", ok=True, note="n", when=WHEN), WHEN)
    documents = []
    for day in range(1, 4):
        when = WHEN + timedelta(days=day)
        event = new_event("fix", object_id, "c", ok=day != 2, note=f"day {day}", when=when)
        documents.append((segment_document(None, event, f"{day:064x}", object_id, when), True))
    body = verified(base).body
    spliced, checked = merged(body, True, documents, object_id, WHEN)
    full, checked_in_full = merged(body, True, documents, object_id, WHEN, full=True)
    assert not checked and checked_in_full
    assert spliced == full and premis_problems(full) == []


@pytest.mark.parametrize("cut", ["half a record", "zeros"])
def test_a_record_cut_short_is_skipped_then_kept_aside_and_the_log_goes_on(root, cut):
    _audit(root, 3)
    logs = _logs(root)
    segment = logs / segments.segment_name(1)
    data = segment.read_bytes()
    good = _events(root)
    last = _records(data)[-1]
    # A kill inside the write of a record, or a power cut that left the new size but no data.
    torn = last[: len(last) // 2] if cut == "half a record" else b"\0" * 4096
    segment.write_bytes(data + torn)
    assert _events(root) == good  # the cut record is no event
    _audit(root)  # folds the segment (its cut bytes kept aside), then appends to the next
    events = _events(root)
    assert events[:3] == good and len(events) == 4
    assert (logs / f".{segments.segment_name(1)}.cut").read_bytes() == data + torn
    # The event of the audit that set them aside says where: --history shows it.
    (note,) = [e.note for e in history(ID, [str(root)])][3:]
    assert f"kept aside in .{segments.segment_name(1)}.cut" in note
    base = (logs / segments.BASE).read_bytes()
    assert premis_problems(base) == [] and base.count(b"<premis:event>") == 3
    (newest,) = _records((logs / segments.segment_name(2)).read_bytes())
    assert f"follows sha256:{verified(base).digest}".encode() in newest
    assert not segment.exists()  # removed once the base that holds its events was durable


def test_a_full_segment_is_folded_into_the_base_and_removed_after_the_flush(root, monkeypatch):
    monkeypatch.setattr(segments, "FOLD_BYTES", FOLD)  # three records
    _audit(root, 6)  # records 1-3 in segment 1; the fourth audit folds them, 4-6 go to segment 2
    logs = _logs(root)
    assert len(_events(root)) == 6
    assert sorted(p.name for p in logs.iterdir()) == [segments.segment_name(2), segments.BASE]
    base = (logs / segments.BASE).read_bytes()
    assert b"<!-- archivist log through segment 1 -->" in base
    assert premis_problems(base) == [] and base.count(b"<premis:event>") == 3
    notes = [e.note for e in history(ID, [str(root)])]
    assert "log: 3 appended events folded into the base, the whole log checked in full" in notes[3], notes
    _audit(root, 3)  # the second fold: spliced, as the base and the records are proven by their seals
    notes = [e.note for e in history(ID, [str(root)])]
    assert "log: 3 appended events folded into the base, the whole log proven by seals" in notes[6], notes
    assert (logs / segments.BASE).read_bytes().count(b"<premis:event>") == 6


def test_folded_segments_a_kill_left_behind_are_skipped_then_removed(root, monkeypatch):
    monkeypatch.setattr(segments, "FOLD_BYTES", FOLD)
    _audit(root, 3)
    logs = _logs(root)
    kept = (logs / segments.segment_name(1)).read_bytes()
    _audit(root)  # folds segment 1
    events = _events(root)
    # A kill after the fold and before the flush that removes the folded segment: it is still there.
    (logs / segments.segment_name(1)).write_bytes(kept)
    assert _events(root) == events  # not read twice: the base goes through segment 1
    _audit(root, 3)  # the next fold lists every segment: the leftover goes once the new base is durable
    assert len(_events(root)) == len(events) + 3
    assert sorted(p.name for p in logs.iterdir() if not p.name.startswith(".")) == [
        segments.segment_name(3),
        segments.BASE,
    ]


def test_a_kill_between_a_fold_and_its_append_leaves_leftovers_removed_by_the_next_audit(root, monkeypatch):
    monkeypatch.setattr(segments, "FOLD_BYTES", FOLD)
    _audit(root, 3)
    logs = _logs(root)
    kept = (logs / segments.segment_name(1)).read_bytes()
    _audit(root)  # folds segment 1, appends to segment 2
    events = _events(root)
    (logs / segments.segment_name(1)).write_bytes(kept)  # as a kill before the flush leaves them
    (logs / segments.segment_name(2)).unlink()  # and as if the append had not happened
    assert _events(root) == events[:-1]
    _audit(root)
    assert len(_events(root)) == len(events)
    assert not (logs / segments.segment_name(1)).exists() and (logs / segments.segment_name(2)).exists()


def test_a_power_cut_before_the_folds_flush_loses_no_event(root, monkeypatch):
    monkeypatch.setattr(segments, "FOLD_BYTES", FOLD)
    _audit(root, 3)
    logs = _logs(root)
    segment_before = (logs / segments.segment_name(1)).read_bytes()
    events = _events(root)
    flush = durability.flush
    monkeypatch.setattr(durability, "flush", lambda: None)  # the run ends before its flush...
    _audit(root)  # folds segment 1 into a new base, then appends to segment 2
    assert (logs / segments.segment_name(1)).exists()  # not removed: the new base is not durable yet
    # ...and the power cut: the new base's data never reached the disk (zeros), the new record lost.
    base = logs / segments.BASE
    base.write_bytes(b"\0" * len(base.read_bytes()))
    (logs / segments.segment_name(2)).unlink()
    assert (logs / segments.segment_name(1)).read_bytes() == segment_before
    assert _events(root) == events  # every event made durable before is there, once
    monkeypatch.setattr(durability, "flush", flush)
    _audit(root)  # the log goes on: the cut base kept aside, the segment folded into a new one
    assert _events(root)[:3] == events and len(_events(root)) == 4
    assert (logs / f".{segments.BASE}.cut").read_bytes().strip(b"\0") == b""


def test_an_old_whole_log_is_read_and_extended(root):
    (declaration,) = root.rglob("0=ocfl_object_1.1")
    logs = declaration.parent / "logs"
    logs.mkdir()
    data = None
    for day in range(1, 3):  # the log earlier versions wrote: one document, rewritten at every event
        when = WHEN - timedelta(days=day)
        event = new_event("fix", ID, f"ocfl:{root}", ok=True, note=f"old {day}", when=when)
        data = logged(data, ID, event, when)
    base = logs / segments.BASE
    base.write_bytes(data)
    assert [e.note for e in history(ID, [str(root)])] == ["old 2", "old 1"]  # oldest first
    _audit(root, 2)
    notes = [e.note for e in history(ID, [str(root)])]
    assert notes[:2] == ["old 2", "old 1"] and len(notes) == 4
    assert base.read_bytes() == data  # extended by records, not rewritten
    records = _records((logs / segments.segment_name(1)).read_bytes())
    assert len(records) == 2 and f"follows sha256:{verified(data).digest}".encode() in records[0]


def test_the_same_audits_of_the_same_objects_write_the_same_bytes(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1790000000")
    monkeypatch.setattr(segments, "FOLD_BYTES", FOLD)
    written = []
    for _ in range(2):  # the same object at the same place (the copy's name is in every event)
        root = _root(tmp_path)
        _audit(root, 5)
        logs = _logs(root)
        written.append({p.name: p.read_bytes() for p in logs.iterdir()})
        shutil.rmtree(root)
        shutil.rmtree(tmp_path / "bags")
    assert segments.segment_name(2) in written[0] and segments.BASE in written[0]
    assert written[0] == written[1]


def test_rederive_checks_the_whole_log_and_folds_it(root):
    _audit(root, 3)
    assert audit_copies([str(root)], rederive=True).exit_code == 0
    logs = _logs(root)
    assert not (logs / segments.segment_name(1)).exists()  # folded, removed after the run's flush
    note = history(ID, [str(root)])[-1].note
    assert "3 appended events folded into the base, the whole log checked in full" in note
    assert len(history(ID, [str(root)])) == 4
    shutil.rmtree(logs)  # and a log that is gone starts again
    _audit(root)
    assert [e.note.split("; ")[-1] for e in history(ID, [str(root)])] == ["log: new"]
    assert os.path.isfile(logs / segments.segment_name(1))


def test_a_read_only_log_is_still_read_and_the_event_is_reported_unrecorded(root, monkeypatch, tmp_path):
    import errno
    import json

    _audit(root, 2)
    events = _events(root)
    real_open = os.open

    def read_only(path, flags, *args):  # type: ignore[no-untyped-def]  # a read-only mount (EROFS)
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise OSError(errno.EROFS, "Read-only file system", path)
        return real_open(path, flags, *args)

    monkeypatch.setattr(segments.os, "open", read_only)
    report = tmp_path / "report.jsonl"
    summary = audit_copies([str(root)], report=report)
    assert summary.exit_code == 0
    assert any("event was not recorded" in warning for warning in summary.warnings), summary.warnings
    assert json.loads(report.read_text())["proven"]  # the claim was still read from the last record
    monkeypatch.undo()
    assert _events(root) == events


def test_a_segment_holding_no_record_at_all_is_kept_aside_and_the_log_starts_again(root):
    _audit(root)
    segment = _logs(root) / segments.segment_name(1)
    zeros = b"\0" * len(segment.read_bytes())  # a power cut took the first record's data, not its size
    segment.write_bytes(zeros)
    assert _events(root) == []
    summary = audit_copies([str(root)])
    assert summary.exit_code == 0 and summary.warnings == []
    assert len(_events(root)) == 1
    assert (_logs(root) / f".{segments.segment_name(1)}.cut").read_bytes() == zeros
