"""A bag is durable before it becomes visible, and large payload files are handed to the disk while
they are copied (``bag.writeback``) without that early writeback ever standing in for the final sync.

The ledger below records every sync the writer makes (``syncfs`` of the staging tree, or ``fsync`` of a
file or directory) with the ctime each entry had at that moment; at the rename that makes the bag
visible, every file and directory of the bag must have been synced since its last change (a write, a
new entry, ``utime``: each moves the ctime). Moving the barrier before the last write, dropping it, or
trusting the early writeback instead would each leave an entry uncovered.
"""

from __future__ import annotations

import ctypes
import errno
import os
import sys
from pathlib import Path

import bagit
import pytest

from archivist import fsutil
from archivist.bag import direct, hashing, writeback
from archivist.bag.payload import PayloadEntry, payload_from_paths
from archivist.bag.writer import write_bag

INFO = [("Source-Organization", "durability test")]
LARGE = 2 * hashing.WRITEBACK_STEP + 12_345  # three steps: two full, one tail


@pytest.fixture(autouse=True)
def _fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")


@pytest.fixture
def payload_dir(tmp_path: Path) -> Path:
    top = tmp_path / "src" / "reel"
    (top / "sub").mkdir(parents=True)
    (top / "film.bin").write_bytes(os.urandom(LARGE))
    (top / "sub" / "notes.txt").write_bytes(b"small files are left to the final sync\n")
    (top / "frame.bin").write_bytes(os.urandom(hashing.WRITEBACK_MIN + 1))
    return top


def _ctimes(root: Path) -> dict[str, int]:
    found = {".": os.lstat(root).st_ctime_ns}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            path = os.path.join(dirpath, name)
            found[os.path.relpath(path, root)] = os.lstat(path).st_ctime_ns
    return found


class SyncLedger:
    """What was synced, and when (as ctimes), up to the rename that publishes the bag."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.whole_tree: list[dict[str, int]] = []  # one ctime snapshot per successful syncfs
        self.single: dict[str, list[int]] = {}  # real path → ctimes at each fsync
        self.uncovered: list[str] | None = None  # set at the rename
        real_syncfs, real_fsync, real_rename = fsutil._syncfs, os.fsync, fsutil.renameat2

        def syncfs(path: Path) -> bool:
            done = real_syncfs(path)
            if done:
                self.whole_tree.append(
                    {os.path.realpath(os.path.join(path, k)): v for k, v in _ctimes(path).items()}
                )
            return done

        def fsync(fd: int) -> None:
            real_fsync(fd)
            path = os.readlink(f"/proc/self/fd/{fd}")
            self.single.setdefault(path, []).append(os.fstat(fd).st_ctime_ns)

        def rename(source: Path, target: Path, flags: int) -> None:
            self.uncovered = [
                path
                for path, ctime in _ctimes(source).items()
                if not self._covered(os.path.realpath(os.path.join(source, path)), ctime)
            ]
            real_rename(source, target, flags)

        monkeypatch.setattr(fsutil, "_syncfs", syncfs)
        monkeypatch.setattr(os, "fsync", fsync)
        monkeypatch.setattr(fsutil, "renameat2", rename)

    def _covered(self, path: str, ctime: int) -> bool:
        return any(snap.get(path) == ctime for snap in self.whole_tree) or ctime in self.single.get(path, [])


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="the ledger names fsynced files via /proc")
@pytest.mark.parametrize("syncfs", [True, False], ids=["syncfs", "fsync-per-entry fallback"])
def test_every_entry_synced_after_its_last_change_before_the_rename(
    payload_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, syncfs: bool
) -> None:
    if not syncfs:
        monkeypatch.setattr(fsutil, "_syncfs", lambda path: False)
    ledger = SyncLedger(monkeypatch)
    dest = tmp_path / "bags" / "reel"
    write_bag(payload_from_paths([payload_dir]), dest, bag_info=INFO, fsync=True)
    assert ledger.uncovered == [], f"changed after the last sync, or never synced: {ledger.uncovered}"
    assert len(ledger.whole_tree) == (1 if syncfs else 0)
    bagit.Bag(str(dest)).validate()


def test_the_ledger_catches_a_change_after_the_barrier(
    payload_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check above can fail: a tag file touched after the sync (as a misplaced write would) is seen."""
    ledger = SyncLedger(monkeypatch)

    def late_change(stage: Path) -> None:
        os.utime(stage / "bagit.txt", ns=(1, 1))

    write_bag(
        payload_from_paths([payload_dir]),
        tmp_path / "bag",
        bag_info=INFO,
        fsync=True,
        before_rename=late_change,
    )
    assert ledger.uncovered == ["bagit.txt"]


class Handed:
    """Every range submitted by the copy (with the size the file had then) and every range the
    background thread then handed to the kernel."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[tuple[str, int, int, int]] = []  # (name, offset, length, size when submitted)
        self.kernel: list[tuple[str, int, int]] = []
        real_submit, real_start = writeback.Writeback.submit, writeback.start_writeback

        def submit(self_: writeback.Writeback, fd: int, offset: int, length: int) -> None:
            self.calls.append((self._name(fd), offset, length, os.fstat(fd).st_size))
            real_submit(self_, fd, offset, length)

        def start(fd: int, offset: int, length: int) -> bool:
            self.kernel.append((self._name(fd), offset, length))
            return real_start(fd, offset, length)

        monkeypatch.setattr(writeback.Writeback, "submit", submit)
        monkeypatch.setattr(writeback, "start_writeback", start)

    @staticmethod
    def _name(fd: int) -> str:
        return os.path.basename(os.readlink(f"/proc/self/fd/{fd}"))

    def ranges(self, name: str) -> list[tuple[int, int]]:
        submitted = [(offset, length) for n, offset, length, _ in self.calls if n == name]
        assert sorted(submitted) == sorted((o, n) for f, o, n in self.kernel if f == name)
        return submitted


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="names the written files via /proc")
def test_large_files_handed_to_the_disk_while_copied(
    payload_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where direct writes are refused (or not there), large files go through the page cache and are
    handed to the disk a step at a time."""
    monkeypatch.setattr(direct, "enable_direct", lambda fd: False)
    handed = Handed(monkeypatch)
    dest = tmp_path / "bag"
    write_bag(payload_from_paths([payload_dir]), dest, bag_info=INFO, fsync=True)
    step = hashing.WRITEBACK_STEP
    # Every byte once, in order, a step at a time while the copy grows, the tail at the end.
    assert handed.ranges("film.bin") == [(0, step), (step, step), (2 * step, LARGE - 2 * step)]
    sizes_when_handed = [size for name, *_, size in handed.calls if name == "film.bin"]
    assert sizes_when_handed[0] < LARGE, "the first step was handed to the disk only after the whole copy"
    assert handed.ranges("frame.bin") == [(0, hashing.WRITEBACK_MIN + 1)]
    assert handed.ranges("notes.txt") == []  # small: the final syncfs writes it with the rest
    assert (dest / "data" / "reel" / "film.bin").read_bytes() == (payload_dir / "film.bin").read_bytes()
    bagit.Bag(str(dest)).validate()


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="names the written files via /proc")
def test_large_bytes_payload_handed_too_and_nothing_without_fsync(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    handed = Handed(monkeypatch)
    data = os.urandom(hashing.WRITEBACK_MIN)
    write_bag([PayloadEntry("data/blob.bin", data)], tmp_path / "durable", bag_info=INFO, fsync=True)
    assert handed.ranges("blob.bin") == [(0, len(data))]
    handed.calls.clear()
    write_bag([PayloadEntry("data/blob.bin", data)], tmp_path / "fast", bag_info=INFO, fsync=False)
    assert handed.calls == []  # no sync asked for: no disk work started either (benchmarks compare so)


def test_writeback_unavailable_still_durable(
    payload_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(writeback, "_sync_file_range", False)  # as on a system without sync_file_range
    assert writeback.start_writeback(0, 0, 1) is False
    ledger = SyncLedger(monkeypatch)
    write_bag(payload_from_paths([payload_dir]), tmp_path / "bag", bag_info=INFO, fsync=True)
    assert ledger.uncovered == []
    bagit.Bag(str(tmp_path / "bag")).validate()


def test_refused_by_the_kernel_means_do_without(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls = []

    def refused(fd: int, offset: int, length: int, flags: int) -> int:
        calls.append(flags)
        ctypes.set_errno(errno.ENOSYS)
        return -1

    monkeypatch.setattr(writeback, "_sync_file_range", refused)
    assert writeback.start_writeback(0, 0, 1) is False
    assert writeback.start_writeback(0, 0, 1) is False
    assert calls == [writeback.SYNC_FILE_RANGE_WRITE]  # asked once, then remembered


def test_writeback_error_fails_the_bag_and_leaves_nothing(
    payload_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(fd: int, offset: int, length: int) -> bool:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(writeback, "start_writeback", failing)
    out = tmp_path / "bags"
    out.mkdir()
    with pytest.raises(OSError, match="Input/output error"):
        write_bag(payload_from_paths([payload_dir]), out / "reel", bag_info=INFO, fsync=True)
    assert os.listdir(out) == []  # neither the bag nor its staging directory


@pytest.mark.skipif(sys.platform != "linux", reason="sync_file_range is Linux's")
def test_start_writeback_reaches_the_kernel(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"x" * 65536)
    fd = os.open(path, os.O_RDWR)
    try:
        assert writeback.start_writeback(fd, 0, 65536) is True
    finally:
        os.close(fd)
    with pytest.raises(OSError) as caught:
        writeback.start_writeback(fd, 0, 1)  # closed: the kernel itself answers EBADF
    assert caught.value.errno == errno.EBADF


def test_many_large_files_copied_side_by_side_share_one_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pool threads submit at once: one writeback thread is started, and it is gone when the bag is."""
    import threading

    top = tmp_path / "src" / "frames"
    top.mkdir(parents=True)
    for i in range(16):
        (top / f"{i:02d}.bin").write_bytes(os.urandom(hashing.WRITEBACK_MIN))
    started = []
    real_start = threading.Thread.start

    def start(thread: threading.Thread) -> None:
        started.append(thread.name)
        real_start(thread)

    monkeypatch.setattr(threading.Thread, "start", start)
    dest = tmp_path / "bag"
    write_bag(payload_from_paths([top]), dest, bag_info=INFO, fsync=True, workers=4)
    assert started.count("archivist-writeback") == 1
    assert not [t for t in threading.enumerate() if t.name == "archivist-writeback"]
    bagit.Bag(str(dest)).validate()
