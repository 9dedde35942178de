"""``fsutil.read_regular`` reads what the file holds when it is read, whatever fstat said a moment
before, and still refuses more than its limit (issue 14: it no longer allocates the limit up front)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from archivist import fsutil
from archivist.errors import InputError


def _fstat_says(monkeypatch: pytest.MonkeyPatch, shrink: int) -> None:
    """fstat reports ``shrink`` bytes fewer than the file holds: the file grew after it looked."""
    real = os.fstat

    def fstat(fd: int) -> os.stat_result:
        info = real(fd)
        fields = list(info)
        fields[6] = max(0, info.st_size - shrink)  # st_size
        return os.stat_result(fields)

    monkeypatch.setattr(fsutil.os, "fstat", fstat)


@pytest.mark.parametrize("shrink", [0, 1, 100, 5000])
def test_a_file_is_read_whole_even_when_it_grew_after_fstat(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shrink: int
) -> None:
    data = bytes(range(256)) * 20
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    _fstat_says(monkeypatch, shrink)
    assert fsutil.read_regular(path, limit=len(data)) == data
    assert fsutil.read_regular(path, limit=10 * len(data)) == data


@pytest.mark.parametrize("shrink", [0, 1, 100])
def test_more_than_the_limit_is_refused_even_when_fstat_said_less(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shrink: int
) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 1000)
    _fstat_says(monkeypatch, shrink)
    with pytest.raises(InputError, match="larger than the 999-byte limit"):
        fsutil.read_regular(path, limit=999)
