"""The audit's journal reuses a check only when its event is known to be there: marked durable by a flush,
or written in this same boot (a killed process, not a power cut); an audit flushes by time; and the
default runner checks small objects in its own thread, large ones on several."""

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


@pytest.mark.parametrize(("size", "pooled"), [(10_000, False), (3 << 20, True)])
def test_small_objects_are_checked_in_this_thread_large_ones_on_several(
    size: int, pooled: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    from archivist.audit import run

    pools = []
    real = run.ThreadPoolExecutor

    def counted(*args: object, **kwargs: object) -> object:
        pools.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    class Sized:
        name = "ocfl:/srv/a"

        def check(self, object_id: str, key: str = "", *, rederive: bool = False) -> CopyCheck:
            return CopyCheck(self.name, object_id, INTACT, bytes=size)

    monkeypatch.setattr(run, "ThreadPoolExecutor", counted)
    tasks = [json.dumps(["a", f"urn:x:{n}", ""]) for n in range(6)]
    checks = list(run._run_here({"a": Sized()}, lambda check: check, threads=2)(tasks, run.AuditJob()))
    assert [c.object_id for c in checks] == [f"urn:x:{n}" for n in range(6)]  # in order, each once
    assert bool(pools) == pooled
