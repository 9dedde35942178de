"""A ``dir:`` copy's event log kept append-only, as an OCFL object's ``logs/`` is: ``<id>.events/`` beside
the bag, one sealed record appended per audit; the one-file ``<id>.events.xml`` of earlier versions taken
in as the base; never written through a link."""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

import pytest

from archivist.audit import audit_copies, history
from archivist.audit.events import FIXITY, logged, new_event
from archivist.audit.segments import BASE, segment_name
from archivist.deposit import deposit_bag
from archivist.deposit.directory import bag_dirname
from fixtures_deposit import make_bag

OBJECT = "urn:example:article:dirlog"


@pytest.fixture(autouse=True)
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


@pytest.fixture
def directory(tmp_path: Path) -> Path:
    bag = make_bag(tmp_path / "bags" / "a", OBJECT, {"a.xml": b"<a>1</a>"})
    deposit_bag(bag, [f"dir:{tmp_path / 'dir'}"])
    return tmp_path / "dir"


def _fixity_events(directory: Path) -> list[tuple[str, str]]:
    return [(e.type, e.outcome) for e in history(OBJECT, [f"dir:{directory}"])]


def test_each_audit_appends_one_record_and_leaves_the_bytes_before_it_as_they_are(directory):
    logs = directory / f"{bag_dirname(OBJECT)}.events"
    assert audit_copies([f"dir:{directory}"], again=True).exit_code == 0
    segment = logs / segment_name(1)
    first = segment.read_bytes()
    assert audit_copies([f"dir:{directory}"], again=True).exit_code == 0
    second = segment.read_bytes()
    assert second.startswith(first) and len(second) > len(first)  # appended, not rewritten
    assert second.count(b"<?xml ") == 2  # two records, each a whole PREMIS document
    assert not (directory / f"{bag_dirname(OBJECT)}.events.xml").exists()
    assert _fixity_events(directory) == [("fixity check", "success")] * 2


def test_the_one_file_log_of_earlier_versions_becomes_the_base_and_is_then_removed(directory):
    legacy = directory / f"{bag_dirname(OBJECT)}.events.xml"
    when = datetime(2020, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    old_event = new_event(FIXITY, OBJECT, f"dir:{directory}", ok=True, note="from 2020", when=when)
    legacy.write_bytes(logged(None, OBJECT, old_event, when))
    old_bytes = legacy.read_bytes()
    assert _fixity_events(directory) == [("fixity check", "success")]  # read where it is, before
    assert audit_copies([f"dir:{directory}"], again=True).exit_code == 0
    logs = directory / f"{bag_dirname(OBJECT)}.events"
    assert (logs / BASE).read_bytes() == old_bytes  # taken in as it is
    assert not legacy.exists()  # removed once the base was durable (the run's last flush)
    events = history(OBJECT, [f"dir:{directory}"])
    assert [e.date[:4] for e in events] == ["2020", events[1].date[:4]] and events[1].date[:4] != "2020"


def test_an_events_name_that_is_a_link_is_never_written_through(directory, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    os.symlink(elsewhere, directory / f"{bag_dirname(OBJECT)}.events")
    summary = audit_copies([f"dir:{directory}"], again=True)
    assert summary.exit_code == 0  # the bag is intact: the verdict stands
    assert len(summary.warnings) == 1 and "event was not recorded" in summary.warnings[0]
    assert list(elsewhere.iterdir()) == []
