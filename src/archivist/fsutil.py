"""Filesystem habits shared by every stage that writes: atomic files, durable renames, safe paths."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path, PurePosixPath
from typing import IO

from archivist.errors import InputError

# The system calls and the staging directories live in modules of their own; every name stays importable
# from here, and the syncs below call ``_syncfs`` through this module (so a test can replace it here).
from archivist.stagedir import Staging, staging, staging_dir, staging_in_use
from archivist.syscalls import RENAME_EXCHANGE, RENAME_NOREPLACE, _syncfs, renameat2

__all__ = [
    "FSYNC",
    "RENAME_EXCHANGE",
    "RENAME_NOREPLACE",
    "Staging",
    "current_umask",
    "file_kind",
    "fsync_dir",
    "fsync_file",
    "open_output",
    "open_regular",
    "output_target",
    "read_regular",
    "renameat2",
    "safe_relative_path",
    "staging",
    "staging_dir",
    "staging_in_use",
    "sync_tree",
    "sync_trees",
    "write_atomic",
]

# Durable writes (fsync of files and their directory) are on by default; a benchmark or a
# throw-away run may turn them off with ARCHIVIST_FSYNC=0.
FSYNC = os.environ.get("ARCHIVIST_FSYNC", "1") not in {"0", "false", "no"}


def fsync_dir(path: Path, *, fsync: bool | None = None) -> None:
    """``fsync`` the directory (its entries durable); ``fsync=None`` follows ``FSYNC``."""
    _fsync(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0), fsync)


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


def sync_trees(roots: list[Path], *, fsync: bool | None = None) -> None:
    """``sync_tree`` for several trees at once (a group commit): one ``syncfs`` per file system they
    are on, or an ``fsync`` of each file and directory where ``syncfs`` is missing."""
    if not (FSYNC if fsync is None else fsync):
        return
    synced: set[int] = set()
    for root in roots:
        device = os.stat(root).st_dev
        if device in synced:
            continue  # syncfs of another tree on this file system made this one durable too
        if _syncfs(root):
            synced.add(device)
        else:
            sync_tree(root, fsync=True)  # no syncfs: the per-file fallback, tree by tree


def fsync_file(path: Path, *, fsync: bool | None = None) -> None:
    """``fsync`` one file (never through a symlink); ``fsync=None`` follows ``FSYNC``."""
    _fsync(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0), fsync)


def _fsync(path: Path, flags: int, fsync: bool | None) -> None:
    if not (FSYNC if fsync is None else fsync):
        return
    fd = os.open(path, flags)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def current_umask() -> int:
    """The process umask. ``os.umask`` can only be read by setting it, which races with other threads;
    Linux shows it in /proc."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    return 0o022


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the whole new one, never a part.

    What ``path`` already is decides how (``output_target``): a regular file, or nothing, is replaced
    by renaming a complete temporary file over it; a symlink is followed, and its *target* is replaced
    that way (the link stays a link); a character device (``/dev/null``, a terminal) or a FIFO with a
    reader (``/dev/stdout`` when it is a pipe, ``>(cmd)``) is written through, as a shell's ``>`` would;
    anything else is refused. A device or FIFO is never replaced by a regular file.
    """
    target, through = output_target(Path(path))
    if through:
        _write_through(target, data)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        # mkstemp creates 0600; the result should have the mode any new file would get.
        os.fchmod(fd, 0o666 & ~current_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if FSYNC:
                os.fsync(handle.fileno())
        _refuse_special(target)  # the last moment before the rename: still no device or FIFO there
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    fsync_dir(target.parent)


def open_output(path: Path) -> IO[str]:
    """A UTF-8 text stream onto ``path`` for output written as it is produced (``--report``), with the
    rules of ``write_atomic``: a symlink's target is written, a character device or a FIFO with a
    reader is written through, nothing but a regular file is ever created or truncated."""
    target, through = output_target(Path(path))
    if through:
        fd = _open_through(target)
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
        fd = os.open(target, flags, 0o666)
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # it changed since output_target looked
            os.close(fd)
            _refuse_special(target)
        os.set_blocking(fd, True)
    # Line-buffered: every line reaches the file when it ends.
    return os.fdopen(fd, "w", encoding="utf-8", errors="strict", buffering=1)


def output_target(path: Path) -> tuple[Path, bool]:
    """Where a write to ``path`` goes, and whether it is written through rather than replaced.

    Returns ``(path to replace, False)`` for a regular file or a missing path (a symlink resolved to
    its target, so the link survives), ``(path, True)`` for a character device or a FIFO. Raises
    ``IsADirectoryError`` for a directory and ``InputError`` for a block device or a socket.
    """
    try:
        info = os.stat(path)  # follows links: what is written is what the link points at
    except FileNotFoundError:
        info = None
    if info is not None and not stat.S_ISREG(info.st_mode):
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, "is a directory, not a file", str(path))
        if stat.S_ISCHR(info.st_mode) or stat.S_ISFIFO(info.st_mode):
            return path, True
        _refuse_special(path)
    if os.path.islink(path):
        return Path(os.path.realpath(path)), False
    return path, False


def _write_through(path: Path, data: bytes) -> None:
    fd = _open_through(path)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def _open_through(path: Path) -> int:
    # O_NONBLOCK: opening a FIFO nobody reads would otherwise wait forever; a device ignores it.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            raise InputError("not written: a FIFO that nobody is reading", where=str(path)) from None
        raise
    mode = os.fstat(fd).st_mode
    if not (stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)):
        os.close(fd)
        raise InputError("not written: the path changed while it was opened", where=str(path))
    os.set_blocking(fd, True)
    return fd


def _refuse_special(path: Path) -> None:
    """Refuse a path that exists and is neither a regular file nor a symlink (checked without following)."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if not (stat.S_ISREG(mode) or stat.S_ISLNK(mode)):
        raise InputError(
            f"not written: {file_kind(mode)} is there, and archivist only replaces regular files",
            where=str(path),
        )


def file_kind(mode: int) -> str:
    """What a ``st_mode`` is, in words, for error lines."""
    for test, name in (
        (stat.S_ISREG, "a regular file"),
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISLNK, "a symlink"),
    ):
        if test(mode):
            return name
    return "a special file"


def open_regular(path: str | os.PathLike[str], *, follow_symlinks: bool = True) -> int:
    """Open ``path`` for reading only if it is a regular file; return the descriptor (blocking).

    Opened with ``O_NONBLOCK`` and checked with ``fstat`` before any byte is read, so a FIFO (which
    would block the open, or the first read, forever) and a device such as ``/dev/zero`` (endless) are
    refused with one ``InputError``, whatever name or symlink leads to them. ``OSError`` for the rest.
    """
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    if not follow_symlinks:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise InputError(f"not a regular file: {file_kind(mode)}, not read", where=os.fsdecode(path))
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_regular(path: str | os.PathLike[str], *, limit: int | None = None, limit_for: str = "") -> bytes:
    """The bytes of the regular file ``path`` (see ``open_regular``); more than ``limit`` is refused."""
    fd = open_regular(path)
    with os.fdopen(fd, "rb") as handle:
        size = os.fstat(fd).st_size
        if limit is not None and size > limit:
            raise InputError(
                f"file is {size:,} bytes, larger than the {limit:,}-byte limit{_for(limit_for)}",
                where=os.fsdecode(path),
            )
        if limit is None:
            data = handle.read()
        else:
            # Why not read(limit + 1) at once: Python allocates the whole buffer first, a 64 MiB mmap,
            # mremap and munmap for every 2 KB article (issue 14). The size just read from fstat is
            # asked for, plus one byte; a file that grew since is read on, up to the limit.
            data = handle.read(min(size, limit) + 1)
            if len(data) > size and len(data) <= limit:
                data += handle.read(limit + 1 - len(data))
    if limit is not None and len(data) > limit:  # grew since the fstat
        what = f"file is larger than the {limit:,}-byte limit{_for(limit_for)}"
        raise InputError(what, where=os.fsdecode(path))
    return data


def _for(what: str) -> str:
    return f" for {what}" if what else ""


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
