"""Event logs written at the speed of the audit: replaced at once, made durable per batch.

An audit appends one event per object and copy. Making each log durable on its own (``fsync`` of the
file, then of its directory) costs two journal commits per object, and even a plain rename over the old
log waits for the new data to be written (ext4's ``auto_da_alloc``): most of the time of an audit of
small objects (bench/bench_audit.py). So a log is rewritten like this:
  1. the new log is written to a temporary file beside it (no ``fsync``);
  2. the first time in a batch, the log is renamed to ``.<name>.prev`` (the version the last flush made
     durable is kept); later in the same batch the log (this batch's, not yet durable) is removed;
  3. the temporary file is renamed to the log's name, which is free: a rename that waits for nothing.
On Linux the first rewrite in a batch of a log that is whole takes a cheaper road to the same state:
the new log is written over the ``.prev`` in place (its bytes, the version before the durable one, are
no longer needed), then the two names are exchanged in one atomic ``renameat2(RENAME_EXCHANGE)``: the
log holds the new bytes, the ``.prev`` the durable ones, and no file was created or deleted (creating
and deleting an inode per object cost ten times more CPU than this, bench/bench_audit.py).
``flush()`` — when ``due()`` (``FLUSH_SECONDS`` since the last flush) and when the run ends
(``audit.run``) — makes the batch durable with one ``syncfs(2)`` per file system touched (elsewhere than
Linux, an ``fsync`` of each file and directory); the run then marks its journal's lines as backed by
durable events (``state.py``). The ``.prev`` files stay (the version before the last, a few kilobytes):
removing them costs a metadata write per object, and the next rewrite renames over them, which waits for
nothing since their data is durable. ``read_log`` reads the log, or its ``.prev`` when the log is missing
or is not whole: cut short (it does not end as an XML document does) or, for a log ending with a seal
(``seal.py``), a seal that does not verify — which is how a log rewritten in place and cut by a power cut
before its flush is told apart (its bytes may be old and new mixed). Bytes changed otherwise (bit rot)
look the same: the ``.prev`` is read too, and the next rewrite keeps the changed log aside as
``.<name>.cut`` rather than deleting it.

The durability rule:
  * a process that is killed loses nothing: each log is complete and in place from the moment its
    check's event is written (the kernel holds the data; only a machine that stops loses it) — or, if
    the kill lands between steps 2 and 3, the ``.prev`` is read in its place and that one event is lost,
    as it would be with a kill just before the write;
  * a power cut loses at most the events written since the last flush (``FLUSH_SECONDS`` of an audit,
    or a shorter run's events): each log is then found whole or falls back to its ``.prev``, the
    version the last flush made durable. Nothing older is ever lost, and the checks whose events were
    lost are done again by the next run (``state.py``), not skipped.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import stat
import tempfile
import threading
import time
from pathlib import Path

from archivist import fsutil, syscalls
from archivist.audit.seal import has_seal, seal_holds
from archivist.fsutil import current_umask

# Seconds between two flushes. A flush is one syncfs, which waits for every dirty page of the file system
# (other programs' too): every 64 objects, as before, it was most of the wall time of an audit of small
# objects on a busy disk. By time, the loss a power cut can cause is bounded the same way whatever the
# objects' size, and a run shorter than this syncs once, at its end.
FLUSH_SECONDS = 5.0

_lock = threading.Lock()
_pending: dict[int, Path] = {}  # st_dev → a directory on that file system (Linux: one syncfs each)
_pending_files: set[Path] = set()  # elsewhere: every file and directory to fsync
_backups: set[Path] = set()  # logs whose .prev holds the durable version until the next flush
_after_flush: set[str] = set()  # files to remove once what replaces them is durable (``remove_after_flush``)
_flushed_at = [time.monotonic()]


def write_deferred(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` (the module doc); durable at the next ``flush()``. Raises
    ``FileNotFoundError`` when the log's directory does not exist (the caller makes it, then asks again)."""
    with _lock:
        first = path not in _backups
        _backups.add(path)
    device = _swapped_in(path, data) if first and syscalls.available("renameat2") else None
    if device is None:
        _renamed_in(path, data, first)
        device = os.stat(path.parent).st_dev
    with _lock:
        if syscalls.available("syncfs"):
            _pending.setdefault(device, path.parent)
        else:
            _pending_files.update((path, path.parent))


def created(path: str, device: int) -> None:
    """Note a file just created whole (an event log's segment, ``segments.py``): durable at the next
    ``flush()`` with the rest (``device``: its file system's, from the ``fstat`` of its descriptor)."""
    with _lock:
        if syscalls.available("syncfs"):
            if device not in _pending:
                _pending[device] = Path(path).parent
        else:
            _pending_files.update((Path(path), Path(path).parent))


def remove_after_flush(paths: list[str]) -> None:
    """Remove ``paths`` after the next ``flush()``: files whose content a file written since holds too
    (segments folded into their log's base), so that a power cut before that flush finds them still."""
    with _lock:
        _after_flush.update(paths)


def pending(path: Path) -> bool:
    """Whether ``path`` was rewritten since the last flush (its new bytes may not be durable yet)."""
    with _lock:
        return path in _backups


def _swapped_in(path: Path, data: bytes) -> int | None:
    """The new log written over the ``.prev`` in place, then the names exchanged; the file system's
    device number. None, with the log untouched, when the log is not a whole regular file (its ``.prev``
    may be the good version: it must not be overwritten) or the exchange is refused (another file
    system): the caller renames instead."""
    nofollow = getattr(os, "O_NOFOLLOW", 0)
    name = os.fspath(path)
    try:
        current = _read_regular(name, follow=False)
        if current is None or not _whole(current):
            return None
        backup = os.fspath(backup_of(path))
        fd = os.open(backup, os.O_WRONLY | os.O_CREAT | nofollow, 0o666)  # the umask applies
        try:
            found = os.fstat(fd)
            if not stat.S_ISREG(found.st_mode) or found.st_nlink != 1:
                return None  # never write into a file that has another name too (a hard link)
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            if found.st_size > len(data):
                os.ftruncate(fd, len(data))
        finally:
            os.close(fd)
        syscalls.renameat2(backup, name, syscalls.RENAME_EXCHANGE)
        return found.st_dev
    except OSError:
        return None


def _renamed_in(path: Path, data: bytes, first: bool) -> None:
    """Steps 1–3 of the module doc."""
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        if os.path.lexists(path):
            if first and _whole_file(path):
                os.replace(path, backup_of(path))
            elif first and _sealed_file(path):
                # A seal that does not verify: a cut, or bytes changed since (one flipped bit looks the
                # same). The .prev is the good version; these bytes are kept aside, not destroyed.
                os.replace(path, path.with_name(f".{path.name}.cut"))
            else:  # this batch's own version, or one a power cut cut short: the .prev is the good one
                os.unlink(path)
        os.rename(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise


def backup_of(path: Path) -> Path:
    return path.with_name(f".{path.name}.prev")


def _whole(data: bytes) -> bool:
    """Whether a log is whole: its seal verifies, or, unsealed (written before seals), it ends as an XML
    document does (a power cut may leave zeros or nothing)."""
    return seal_holds(data) if has_seal(data) else data[-256:].rstrip().endswith(b">")


def _whole_file(path: Path) -> bool:
    try:
        return _whole(path.read_bytes())
    except OSError:
        return False


def _sealed_file(path: Path) -> bool:
    try:
        return has_seal(path.read_bytes())
    except OSError:
        return False


def read_log(path: Path) -> bytes | None:
    """The log at ``path``, or its ``.prev`` when the log is missing or not whole (the module doc);
    None when there is neither."""
    data = _read_regular(os.fspath(path))
    if data is None or not _whole(data):
        backup = _read_regular(os.fspath(backup_of(path)))
        if backup is not None:
            return backup
    return data


def _read_regular(path: str, *, follow: bool = True) -> bytes | None:
    """The bytes of ``path`` when it is a regular file (through a link unless ``follow`` is false),
    else None; one ``read`` of the size ``fstat`` gives, plus one byte to see a file that grew (a
    larger read makes Python allocate and give back a buffer that large, which cost more than the read).
    Other errors (permission) raise."""
    flags = os.O_RDONLY | os.O_NONBLOCK | (0 if follow else getattr(os, "O_NOFOLLOW", 0))
    try:
        fd = os.open(path, flags)  # O_NONBLOCK: a FIFO in the log's place must not stop the audit
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # a link, not followed
            return None
        raise
    try:
        found = os.fstat(fd)
        if not stat.S_ISREG(found.st_mode):
            return None
        asked = found.st_size + 1
        chunks = [os.read(fd, asked)]
        if len(chunks[0]) == asked:  # grown since the fstat: read on to its end
            while chunk := os.read(fd, 1 << 20):
                chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def due() -> bool:
    """Whether ``FLUSH_SECONDS`` have passed since the last flush (or since this module was loaded)."""
    return time.monotonic() - _flushed_at[0] >= FLUSH_SECONDS


def flush() -> None:
    """Make every log written since the last flush durable."""
    _flushed_at[0] = time.monotonic()
    with _lock:
        directories, files = list(_pending.values()), sorted(_pending_files)
        _pending.clear()
        _pending_files.clear()
        _backups.clear()  # the logs are durable from here on: the next rewrite keeps them as .prev
        removable = sorted(_after_flush)
        _after_flush.clear()
    if fsutil.FSYNC:  # unless durability is switched off for the whole tool (fsutil's doc)
        _sync(directories, files)
    for name in removable:  # what replaced them is durable now
        with contextlib.suppress(OSError):
            os.unlink(name)


def _sync(directories: list[Path], files: list[Path]) -> None:
    for directory in directories:
        with contextlib.suppress(OSError):  # a copy gone since: its logs went with it
            if not syscalls.syncfs_quietly(directory):
                fd = os.open(directory, os.O_RDONLY)
                try:
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
