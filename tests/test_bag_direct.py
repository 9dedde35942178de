"""Large payload files of a bag that will be synced are written with O_DIRECT (``bag/direct.py``): same
bytes, same digests, durable by the same final sync; the cache is used where direct writes are refused,
for a file's last partial block, and for bags not synced."""

from __future__ import annotations

import errno
import fcntl
import hashlib
import os
from pathlib import Path

import bagit
import pytest

from archivist.bag import direct, hashing, writeback
from archivist.bag.payload import payload_from_paths
from archivist.bag.writer import write_bag

INFO = [("Source-Organization", "direct write test")]
CHUNK = hashing.CHUNK


class DirectSpy:
    """Which copies had O_DIRECT turned on, and every write the writers made: (direct?, offset, length),
    direct meaning the descriptor had O_DIRECT at that moment."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.enabled: list[bool] = []
        self.writes: list[tuple[bool, int, int]] = []
        self.calls = {"pwrite": 0, "pwritev": 0}
        real_enable, real_pwrite, real_pwritev = direct.enable_direct, os.pwrite, os.pwritev

        def enable(fd: int) -> bool:
            self.enabled.append(real_enable(fd))
            return self.enabled[-1]

        def record(name: str, fd: int, offset: int, count: int) -> int:
            self.calls[name] += 1
            self.writes.append((bool(fcntl.fcntl(fd, fcntl.F_GETFL) & direct.O_DIRECT), offset, count))
            return count

        monkeypatch.setattr(direct, "enable_direct", enable)
        monkeypatch.setattr(
            direct.os,
            "pwrite",
            lambda fd, data, offset: record("pwrite", fd, offset, real_pwrite(fd, data, offset)),
        )
        monkeypatch.setattr(
            direct.os,
            "pwritev",
            lambda fd, views, offset: record("pwritev", fd, offset, real_pwritev(fd, views, offset)),
        )

    def merged(self) -> list[tuple[bool, int, int]]:
        """The writes in order, neighbours of the same kind joined: which ranges went direct."""
        runs: list[tuple[bool, int, int]] = []
        for kind, offset, length in sorted(self.writes, key=lambda w: w[1]):
            if runs and runs[-1][0] == kind and runs[-1][1] + runs[-1][2] == offset:
                runs[-1] = (kind, runs[-1][1], runs[-1][2] + length)
            else:
                runs.append((kind, offset, length))
        return runs


def _source(tmp_path: Path, size: int) -> Path:
    top = tmp_path / "src" / "reel"
    top.mkdir(parents=True)
    (top / "film.bin").write_bytes(os.urandom(size))
    (top / "notes.txt").write_bytes(b"small files go through the cache\n")
    return top


@pytest.mark.parametrize("size", [hashing.SPLIT_THRESHOLD + 3 * CHUNK, hashing.SPLIT_THRESHOLD + 12_345])
def test_synced_bag_writes_large_files_directly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: int
) -> None:
    spy = DirectSpy(monkeypatch)
    top = _source(tmp_path, size)
    write_bag(payload_from_paths([top]), tmp_path / "bag", bag_info=INFO, fsync=True)
    if spy.enabled != [True]:
        pytest.skip("this file system has no direct I/O")  # the fallback is tested below, everywhere
    whole, tail = divmod(size, CHUNK)
    expected = [(True, 0, whole * CHUNK)]  # every byte once, in order, past the cache
    if tail:  # not whole blocks: through the cache
        expected.append((False, whole * CHUNK, tail))
    assert spy.merged() == expected
    copy = (tmp_path / "bag" / "data" / "reel" / "film.bin").read_bytes()
    assert copy == (top / "film.bin").read_bytes()
    manifest = (tmp_path / "bag" / "manifest-sha512.txt").read_text()
    assert f"{hashlib.sha512(copy).hexdigest()}  data/reel/film.bin" in manifest
    bagit.Bag(str(tmp_path / "bag")).validate()


def test_not_synced_means_not_direct(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spy = DirectSpy(monkeypatch)
    top = _source(tmp_path, hashing.SPLIT_THRESHOLD + CHUNK)
    write_bag(payload_from_paths([top]), tmp_path / "bag", bag_info=INFO, fsync=False)
    assert spy.enabled == [] and spy.writes == []
    bagit.Bag(str(tmp_path / "bag")).validate()


def test_refused_write_falls_back_to_the_cache_and_early_writeback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file system that takes the flag but refuses the write (EINVAL): that chunk and the rest are
    written through the cache and handed to early writeback; the bag is whole and valid."""
    monkeypatch.setattr(direct, "enable_direct", lambda fd: True)  # "accepted"
    monkeypatch.setattr(direct, "disable_direct", lambda fd: None)
    real_pwrite = os.pwrite
    refused = []

    real_pwritev = os.pwritev

    def refuse_first(offset: int) -> None:
        if not refused:
            refused.append(offset)
            raise OSError(errno.EINVAL, os.strerror(errno.EINVAL))

    def pwrite(fd: int, data: memoryview, offset: int) -> int:
        refuse_first(offset)
        return real_pwrite(fd, data, offset)

    def pwritev(fd: int, views: list[memoryview], offset: int) -> int:
        refuse_first(offset)
        return real_pwritev(fd, views, offset)

    monkeypatch.setattr(direct.os, "pwrite", pwrite)
    monkeypatch.setattr(direct.os, "pwritev", pwritev)
    handed: list[tuple[int, int]] = []
    real_submit = writeback.Writeback.submit

    def submit(self: writeback.Writeback, fd: int, offset: int, length: int) -> None:
        handed.append((offset, length))
        real_submit(self, fd, offset, length)

    monkeypatch.setattr(writeback.Writeback, "submit", submit)
    size = hashing.SPLIT_THRESHOLD + 2 * CHUNK
    top = _source(tmp_path, size)
    write_bag(payload_from_paths([top]), tmp_path / "bag", bag_info=INFO, fsync=True)
    assert refused == [0]
    assert sorted(handed) == [(i * CHUNK, CHUNK) for i in range(size // CHUNK)]
    assert (tmp_path / "bag" / "data" / "reel" / "film.bin").read_bytes() == (top / "film.bin").read_bytes()
    bagit.Bag(str(tmp_path / "bag")).validate()


def test_a_failed_write_fails_the_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A write error in the writer thread (a full disk) stops the copy and is raised, not swallowed."""

    def full(fd: int, data: memoryview, offset: int) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(direct, "enable_direct", lambda fd: True)  # on any file system
    monkeypatch.setattr(direct.os, "pwrite", full)
    monkeypatch.setattr(direct.os, "pwritev", lambda fd, views, offset: full(fd, views[0], offset))
    source = tmp_path / "big.bin"
    source.write_bytes(os.urandom(hashing.SPLIT_THRESHOLD))
    with pytest.raises(OSError) as caught:
        hashing.copy_and_hash(source, tmp_path / "copy.bin", direct=True)
    assert caught.value.errno == errno.ENOSPC


def test_full_reads_fill_every_chunk_but_the_last() -> None:
    class Trickle:  # a file that returns at most 1000 bytes a call
        def __init__(self, data: bytes) -> None:
            self.data, self.at = data, 0

        def readinto(self, view: memoryview) -> int:
            count = min(1000, len(view), len(self.data) - self.at)
            view[:count] = self.data[self.at : self.at + count]
            self.at += count
            return count

    data = os.urandom(3 * 4096 + 5)
    fill = direct.FullReads(Trickle(data))
    buffer = bytearray(4096)
    got = []
    while count := fill(buffer):
        got.append(bytes(buffer[:count]))
    assert [len(piece) for piece in got] == [4096, 4096, 4096, 5]
    assert b"".join(got) == data


def test_queued_chunks_go_in_one_write_and_a_short_one_is_finished(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """write_batch: the leading whole chunks in one pwritev; when the disk takes only part of it, the
    rest is written from where it stopped, and the file holds every byte once."""
    data = os.urandom(3 * CHUNK + 777)
    views = [memoryview(data)[i : i + CHUNK] for i in range(0, len(data), CHUNK)]
    items = [(view, i * CHUNK) for i, view in enumerate(views)]
    real_pwritev = os.pwritev
    batches = []

    def short(fd: int, buffers: list[memoryview], offset: int) -> int:
        batches.append((offset, [len(b) for b in buffers]))
        return real_pwritev(fd, [buffers[0], buffers[1][: CHUNK // 2]], offset)  # a chunk and a half

    monkeypatch.setattr(direct.os, "pwritev", short)
    path = tmp_path / "copy.bin"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
    try:
        direct.DirectWriter(fd).write_batch(items)
    finally:
        os.close(fd)
    assert batches == [(0, [CHUNK, CHUNK, CHUNK])]  # the three whole chunks at once, not the tail
    assert path.read_bytes() == data
