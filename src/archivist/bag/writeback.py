"""Early writeback: the disk starts writing a bag's large payload files while they are still being copied.

A durable bag is synced once, after its last byte and before the rename that makes it visible
(``fsutil.sync_tree``). Left to that one call, all the data of a large bag is written then, while nothing
else happens: 0.11–0.21 s for 256 MiB on the bench machine. Handing each written range to the kernel
right away (Linux ``sync_file_range(SYNC_FILE_RANGE_WRITE)``, which starts the writes without waiting
for them) lets the disk work while the next chunks are copied and hashed, and the final sync then
waits for little more than the journal (4–30 ms). The final sync stays the one barrier that makes the
bag durable; this only moves the disk's work earlier.

Files of 8 MiB and more that the file system lets us write with ``O_DIRECT`` skip the page cache, and
this, altogether (``bag/direct.py``); early writeback serves the smaller ones and the file systems without.

The kernel call can block while the device's queue is full, so it is made from one background thread
per bag (``Writeback``), never from the threads that copy and hash. Where the call does not exist
(not Linux) or is refused (a sandbox), nothing is started early and the final sync writes everything,
as it always did.
"""

from __future__ import annotations

import contextlib
import errno
import os
import queue
import threading
from types import TracebackType
from typing import Any

SYNC_FILE_RANGE_WRITE = 2  # <linux/fs.h>: start writing the range's dirty pages, do not wait for them
_sync_file_range: Any = None  # the libc function once looked up; False where there is none
# Ranges waiting for the thread. Each holds a duplicated descriptor, so the bound also bounds the open
# files; a copy that gets this far ahead waits for the thread (the disk is the slower one then anyway).
_BACKLOG = 32


def start_writeback(fd: int, offset: int, length: int) -> bool:
    """Have the kernel start writing ``length`` bytes of ``fd`` from ``offset`` to the disk, without
    waiting for them to reach it. Returns False where the call does not exist or is refused (then the
    final sync does all the writing); raises ``OSError`` for a real failure (``EIO``, ``EBADF``)."""
    global _sync_file_range
    if _sync_file_range is None:
        _sync_file_range = _lookup_sync_file_range()
    if _sync_file_range is False:
        return False
    import ctypes

    if _sync_file_range(fd, offset, length, SYNC_FILE_RANGE_WRITE) == 0:
        return True
    error = ctypes.get_errno()
    if error in (errno.ENOSYS, errno.EOPNOTSUPP, errno.EPERM):
        _sync_file_range = False  # seccomp or an emulated kernel: do without from now on
        return False
    raise OSError(error, os.strerror(error))


def _lookup_sync_file_range() -> Any:
    import ctypes

    try:
        function = ctypes.CDLL(None, use_errno=True).sync_file_range
    except (OSError, AttributeError):
        return False
    function.argtypes = [ctypes.c_int, ctypes.c_int64, ctypes.c_int64, ctypes.c_uint]
    function.restype = ctypes.c_int
    return function


class Writeback:
    """One background thread that hands written ranges to the disk (``submit``), for one bag.

    ``submit`` duplicates the descriptor, so the caller may close its file at once. ``close`` (or leaving
    the ``with`` block) waits for the thread and raises the first error it met: a bag whose early
    writeback failed is not synced and renamed as if nothing happened. The thread starts with the first
    range, so a bag of small files never starts one.
    """

    def __init__(self) -> None:
        self._ranges: queue.Queue[tuple[int, int, int] | None] = queue.Queue(_BACKLOG)
        self._thread: threading.Thread | None = None
        self._starting = threading.Lock()  # the copy's pool threads submit side by side
        self._errors: list[BaseException] = []

    def submit(self, fd: int, offset: int, length: int) -> None:
        if self._errors:
            raise self._errors[0]
        if _sync_file_range is False:
            return
        with self._starting:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="archivist-writeback", daemon=True)
                self._thread.start()
        self._ranges.put((os.dup(fd), offset, length))

    def _run(self) -> None:
        while (item := self._ranges.get()) is not None:
            fd, offset, length = item
            try:
                if not self._errors:
                    start_writeback(fd, offset, length)
            except BaseException as exc:  # kept for close(): a dead thread would leave submit() blocked
                self._errors.append(exc)
            finally:
                os.close(fd)

    def close(self) -> None:
        """Called once every ``submit`` has returned (the copy is over)."""
        if self._thread is not None:
            self._ranges.put(None)
            self._thread.join()
            self._thread = None
        if self._errors:
            raise self._errors[0]

    def __enter__(self) -> Writeback:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if kind is None:
            self.close()
        else:
            with contextlib.suppress(Exception):  # the failure already raised is the one to report
                self.close()
