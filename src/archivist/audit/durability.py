"""Event logs written at the speed of the audit: replaced atomically at once, made durable per batch.

An audit appends one event per object and copy. Making each log durable on its own (``fsync`` of the
file, then of its directory) costs two journal commits per object — most of the time of an audit of
small objects (bench/bench_audit.py). So a log is written to a temporary file beside it and renamed
over it at once, with no ``fsync``, and the files written are made durable together: ``flush()`` does
one ``syncfs(2)`` per file system touched (elsewhere than Linux, an ``fsync`` of each file and
directory), every ``SYNC_EVERY`` objects and when the run ends (``audit.run``).

The durability rule:
  * a process that is killed loses nothing: every log is complete and in place the moment its check is
    recorded (the kernel holds the data; only a machine that stops loses it);
  * a power cut loses at most the events written since the last flush: each log is then the old one or
    the new one (ext4 — with its default ``auto_da_alloc`` — and btrfs write a file's data before a rename
    over an existing file commits), or, for a log created in that batch, possibly empty, which
    ``events.logged`` treats as a log with no event yet. Nothing older than the last flush is ever lost.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import functools
import os
import sys
import tempfile
import threading
from pathlib import Path

from archivist import fsutil
from archivist.fsutil import current_umask

SYNC_EVERY = 64  # objects between two flushes

_lock = threading.Lock()
_pending: dict[int, Path] = {}  # st_dev → a directory on that file system (Linux: one syncfs each)
_pending_files: set[Path] = set()  # elsewhere: every file and directory to fsync


def write_deferred(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically (a temporary file renamed over it); durable at the next
    ``flush()``."""
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise
    with _lock:
        if _SYNCFS is not None:
            _pending.setdefault(os.stat(path.parent).st_dev, path.parent)
        else:
            _pending_files.update((path, path.parent))


def flush() -> None:
    """Make every log written since the last flush durable."""
    with _lock:
        directories, files = list(_pending.values()), sorted(_pending_files)
        _pending.clear()
        _pending_files.clear()
    if not fsutil.FSYNC:  # durability switched off for the whole tool (fsutil's doc)
        return
    for directory in directories:
        with contextlib.suppress(OSError):  # a copy gone since: its logs went with it
            fd = os.open(directory, os.O_RDONLY)
            try:
                if _SYNCFS is not None and _SYNCFS(fd) != 0:
                    os.fsync(fd)
            finally:
                os.close(fd)
    for path in files:
        with contextlib.suppress(OSError):
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)


@functools.cache
def _umask() -> int:
    """The process umask, read once (``fsutil.current_umask`` reads /proc each time)."""
    return current_umask()


def _load_syncfs():  # type: ignore[no-untyped-def]
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        function = libc.syncfs
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int]
    function.restype = ctypes.c_int
    return function


_SYNCFS = _load_syncfs()
