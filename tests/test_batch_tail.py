"""The ``--jobs`` runner's last groups are smaller (``archivist.batch.local._chunks``), so that the
processes finish together; every unit is still handed out once, in order."""

from __future__ import annotations

from archivist.batch.local import _chunks


def sizes(count: int, size: int, tail: int) -> list[int]:
    return [len(chunk) for chunk in _chunks(iter(range(count)), size, tail=tail)]


def test_the_last_units_go_in_quarter_groups_and_every_unit_once_in_order() -> None:
    chunks = list(_chunks(iter(range(45)), 8, tail=16))
    assert [unit for chunk in chunks for unit in chunk] == list(range(45))
    lengths = [len(chunk) for chunk in chunks]
    assert lengths[:3] == [8, 8, 8]
    assert set(lengths[3:]) <= {1, 2} and sum(lengths[3:]) >= 16


def test_a_short_input_is_all_tail_and_no_tail_keeps_full_groups() -> None:
    assert sizes(5, 8, 16) == [2, 2, 1]
    assert sizes(45, 8, 0) == [8, 8, 8, 8, 8, 5]
    assert sizes(3, 1, 2) == [1, 1, 1]  # one at a time (paths streamed from stdin): nothing read ahead
    assert sizes(0, 8, 16) == []
