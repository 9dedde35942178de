"""Filesystem habits shared by every stage that writes: atomic files, durable renames, safe paths."""

from __future__ import annotations

import contextlib
import fcntl
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from archivist.errors import InputError

# Durable writes (fsync of files and their directory) are on by default; a benchmark or a
# throw-away run may turn them off with ARCHIVIST_FSYNC=0.
FSYNC = os.environ.get("ARCHIVIST_FSYNC", "1") not in {"0", "false", "no"}


def fsync_dir(path: Path, *, fsync: bool | None = None) -> None:
    """``fsync`` the directory (its entries durable); ``fsync=None`` follows ``FSYNC``."""
    if not (FSYNC if fsync is None else fsync):
        return
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_tree(root: Path, *, fsync: bool | None = None) -> None:
    """Make every file and directory under ``root`` durable, in one call where the kernel allows.

    Linux's ``syncfs(2)`` commits the file system's journal once for the whole tree; an ``fsync`` per
    file and directory (the fallback) forces one commit each, which made fsync half of an article's
    ingest time (docs/benchmarks.md). ``fsync=None`` follows ``FSYNC``.
    """
    if not (FSYNC if fsync is None else fsync):
        return
    if _syncfs(root):
        return
    for dirpath, _dirnames, filenames in os.walk(root):
        for name in filenames:
            fsync_file(Path(dirpath, name), fsync=True)
        fsync_dir(Path(dirpath), fsync=True)


def fsync_file(path: Path, *, fsync: bool | None = None) -> None:
    """``fsync`` one file (never through a symlink); ``fsync=None`` follows ``FSYNC``."""
    if not (FSYNC if fsync is None else fsync):
        return
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _syncfs(path: Path) -> bool:
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        syncfs = libc.syncfs
    except (OSError, AttributeError):
        return False
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        if syncfs(fd) == 0:
            return True
        error = ctypes.get_errno()
        raise OSError(error, os.strerror(error), str(path))
    finally:
        os.close(fd)


RENAME_NOREPLACE = 1  # fail with EEXIST if the target exists, even as an empty directory
RENAME_EXCHANGE = 2  # swap source and target atomically


def renameat2(source: Path, target: Path, flags: int) -> None:
    """Linux ``renameat2(2)`` with ``flags``; raises ``OSError`` (``ENOSYS`` where the call is missing:
    not Linux, or a C library without it). The one wrapper: the bag writer's no-replace rename and the
    OCFL deposit's exchange both go through it."""
    import ctypes
    import errno

    function = None
    with contextlib.suppress(OSError):
        function = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if function is None:
        raise OSError(errno.ENOSYS, "renameat2 is not available", str(target))
    at_fdcwd = -100
    if function(at_fdcwd, os.fsencode(source), at_fdcwd, os.fsencode(target), flags) != 0:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code), str(target))


def current_umask() -> int:
    """The process umask. ``os.umask`` can only be read by setting it, which races with other threads;
    Linux shows it in /proc."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    return 0o022


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the whole new one, never a part."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        # mkstemp creates 0600; the result should have the mode any new file would get.
        os.fchmod(fd, 0o666 & ~current_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if FSYNC:
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)


@contextlib.contextmanager
def staging_dir(final: Path) -> Iterator[Path]:
    """A fresh directory beside ``final`` (same filesystem, so the last rename is atomic).

    The caller fills it and renames it into place; if anything fails it is removed.
    Staging names start with ``.`` and end with ``.staging`` so that nothing mistakes them for results.
    While the caller works, this process holds an exclusive ``flock`` on the directory: a later run
    cleaning up after a killed one (``staging_in_use``) can tell a live staging directory from a
    leftover, whatever its mtime says (the bag writer sets mtimes to SOURCE_DATE_EPOCH).
    """
    final.parent.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=f".{final.name}.", suffix=".staging", dir=final.parent))
    lock = os.open(stage, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        yield stage
    finally:
        if stage.exists():
            _remove_tree(stage)
        os.close(lock)


def staging_in_use(stage: Path) -> bool:
    """True while a live process holds the staging directory (see ``staging_dir``)."""
    try:
        fd = os.open(stage, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # closing releases a lock we took
    return False


def _remove_tree(path: Path) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)


def safe_relative_path(name: str, *, what: str = "path") -> PurePosixPath:
    """Refuse a relative path that could leave its root: absolute, ``..``, ``~``, NUL, drive letters."""
    if "\x00" in name:
        raise InputError(f"{what} contains a NUL byte", where=repr(name))
    if name.startswith(("/", "\\", "~")) or (len(name) > 1 and name[1] == ":"):
        raise InputError(f"{what} is absolute or home-relative", where=name)
    pure = PurePosixPath(name.replace("\\", "/"))
    if any(part in {"..", ""} for part in pure.parts) or not pure.parts:
        raise InputError(f"{what} leaves its root", where=name)
    return pure
