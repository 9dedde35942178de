"""The audit's journal reuses a check only when its event is known to be there: marked durable by a flush,
or written in this same boot (a killed process, not a power cut); and an audit flushes by time."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from archivist.audit import durability, state
from archivist.audit.check import INTACT, CopyCheck
from archivist.audit.state import AuditState

TARGETS = ["ocfl:/srv/a"]


def _check(number: int) -> CopyCheck:
    return CopyCheck(TARGETS[0], f"urn:x:{number}", INTACT, key=f"k{number}", checked="2026-11-30T00:00:00Z")


def _journal_with_a_flush_between(path: Path) -> None:
    journal = AuditState(path, TARGETS, again=True)
    journal.record(_check(1))
    journal.durable()  # the first check's event was flushed
    journal.record(_check(2))  # killed (or the power cut) before the next flush
    journal.close()


def _reused(path: Path) -> set[str]:
    journal = AuditState(path, TARGETS, again=False)
    return {n for n in ("1", "2") if journal.previous(TARGETS[0], f"urn:x:{n}", f"k{n}") is not None}


def test_in_the_same_boot_every_line_is_reused(tmp_path: Path) -> None:
    _journal_with_a_flush_between(tmp_path / "j.json")
    assert _reused(tmp_path / "j.json") == {"1", "2"}


def test_after_a_restart_only_lines_backed_by_a_flush_are_reused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _journal_with_a_flush_between(tmp_path / "j.json")
    monkeypatch.setattr(state, "boot_id", lambda: "another-boot")
    assert _reused(tmp_path / "j.json") == {"1"}  # the second check's event may be lost: checked again


def test_where_the_boot_cannot_be_named_unmarked_lines_are_not_reused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(state, "boot_id", lambda: "")
    _journal_with_a_flush_between(tmp_path / "j.json")
    assert _reused(tmp_path / "j.json") == {"1"}


def test_a_rewritten_journal_keeps_unconfirmed_lines_after_the_mark(tmp_path: Path) -> None:
    path = tmp_path / "j.json"
    _journal_with_a_flush_between(path)
    journal = AuditState(path, TARGETS, again=False)
    journal.record(_check(3))  # the run that resumes rewrites the journal, then appends
    journal.close()
    lines = [json.loads(line) for line in path.read_bytes().splitlines()]
    shape = ["mark" if line.get("durable") else line.get("object_id", "header") for line in lines]
    assert shape == ["header", "urn:x:1", "mark", "urn:x:2", "urn:x:3"]


def test_a_journal_from_before_the_marks_is_reused_whole(tmp_path: Path) -> None:
    path = tmp_path / "j.json"
    lines = [{"targets": TARGETS}, _check(1).to_dict(), _check(2).to_dict()]
    path.write_bytes(b"".join(json.dumps(line).encode() + b"\n" for line in lines))
    assert _reused(path) == {"1", "2"}


def test_flushes_come_by_time(monkeypatch: pytest.MonkeyPatch) -> None:
    durability.flush()
    assert not durability.due()
    monkeypatch.setattr(durability, "FLUSH_SECONDS", 0.0)
    assert durability.due()
