"""The Linux system calls Python's ``os`` lacks, through ctypes: ``syncfs(2)`` and ``renameat2(2)``.
``archivist.fsutil`` re-exports them; elsewhere they are used through it."""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any


@functools.cache
def _libc_function(name: str) -> Any:
    """A C library function by name, or None where there is none. Looked up once per process: loading
    the C library through ctypes costs a ``dlopen`` each time, and the bag writer renames every bag."""
    import ctypes

    try:
        return getattr(ctypes.CDLL(None, use_errno=True), name, None)
    except OSError:
        return None


def _syncfs(path: Path) -> bool:
    import ctypes

    syncfs = _libc_function("syncfs")
    if syncfs is None:
        return False
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        if syncfs(fd) == 0:
            return True
        error = ctypes.get_errno()
        raise OSError(error, os.strerror(error), str(path))
    finally:
        os.close(fd)


def available(name: str) -> bool:
    """Whether the C library has ``name`` (``syncfs``, ``renameat2``): callers choose their path once."""
    return _libc_function(name) is not None


def syncfs_quietly(path: Path) -> bool:
    """``syncfs(2)`` on the file system holding ``path``; False where it is missing or fails, so the
    caller falls back to ``fsync`` (the audit's event logs: a failed sync is retried the slow way)."""
    try:
        return _syncfs(path)
    except OSError:
        return False


RENAME_NOREPLACE = 1  # fail with EEXIST if the target exists, even as an empty directory
RENAME_EXCHANGE = 2  # swap source and target atomically


def renameat2(source: str | os.PathLike[str], target: str | os.PathLike[str], flags: int) -> None:
    """Linux ``renameat2(2)`` with ``flags``; raises ``OSError`` (``ENOSYS`` where the call is missing:
    not Linux, or a C library without it). The one wrapper: the bag writer's no-replace rename and the
    OCFL deposit's exchange both go through it."""
    import ctypes
    import errno

    function = _libc_function("renameat2")
    if function is None:
        raise OSError(errno.ENOSYS, "renameat2 is not available", str(target))
    at_fdcwd = -100
    if function(at_fdcwd, os.fsencode(source), at_fdcwd, os.fsencode(target), flags) != 0:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code), str(target))
