"""Staging directories: a fresh directory beside its final place, locked with ``flock`` while live, removed
unless kept. ``archivist.fsutil`` re-exports these names; elsewhere they are used through it."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


class Staging:
    """A staging directory (``staging``) and the ``flock`` that marks it live. ``keep()`` hands both
    over to whoever publishes it later (``archivist.bag.commit``), which must ``release()`` them."""

    def __init__(self, path: Path, lock: int) -> None:
        self.path = path
        self._lock: int | None = lock
        self.kept = False
        self._published = False

    def keep(self) -> None:
        self.kept = True

    def published(self) -> None:
        """Say the directory was renamed into place: ``release`` then only drops the lock."""
        self._published = True

    def release(self) -> None:
        """Remove what is left of the directory (nothing once renamed into place) and drop the lock."""
        # A published directory is not looked for under its staging name: a stat per bag spared.
        if not self._published and self.path.exists():
            _remove_tree(self.path)
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None


@contextlib.contextmanager
def staging(final: Path, *, mode: int = 0o700) -> Iterator[Staging]:
    """``staging_dir``, yielding a ``Staging`` that the caller may ``keep()`` past the ``with``.

    ``mode``: the directory's permissions before the umask (``mkdtemp``'s private 0o700 by default); a
    caller whose staging directory becomes the result passes 0o777, so that it ends with the mode any
    new directory gets, without a chmod and without reading the umask (from /proc) for every one."""
    try:
        stage = _make_unique_dir(final.parent, f".{final.name}.", ".staging", mode)
    except FileNotFoundError:
        # The parent is made only when missing: a batch stages every bag in one existing output
        # directory, where a mkdir and a stat of it per bag were two system calls for nothing (issue 14).
        final.parent.mkdir(parents=True, exist_ok=True)
        stage = _make_unique_dir(final.parent, f".{final.name}.", ".staging", mode)
    handle = Staging(stage, os.open(stage, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)))
    try:
        fcntl.flock(handle._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)  # type: ignore[arg-type]
        yield handle
    except BaseException:
        handle.release()
        raise
    if not handle.kept:
        handle.release()


@contextlib.contextmanager
def staging_dir(final: Path) -> Iterator[Path]:
    """A fresh directory beside ``final`` (same filesystem, so the last rename is atomic).

    The caller fills it and renames it into place; if anything fails it is removed.
    Staging names start with ``.`` and end with ``.staging`` so that nothing mistakes them for results.
    While the caller works, this process holds an exclusive ``flock`` on the directory: a later run
    cleaning up after a killed one (``staging_in_use``) can tell a live staging directory from a
    leftover, whatever its mtime says (the bag writer sets mtimes to SOURCE_DATE_EPOCH).
    """
    with staging(final) as handle:
        yield handle.path


_NAME_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"  # tempfile's alphabet


def _make_unique_dir(parent: Path, prefix: str, suffix: str, mode: int) -> Path:
    """``tempfile.mkdtemp`` with a chosen mode: the same names (8 characters of its alphabet between
    ``prefix`` and ``suffix``, which ``archivist.batch.staging`` recognises), never an existing one."""
    for _ in range(tempfile.TMP_MAX):
        # os.urandom, not a seeded generator: forked workers must not all try the same names.
        name = "".join(_NAME_CHARACTERS[byte % len(_NAME_CHARACTERS)] for byte in os.urandom(8))
        path = parent / f"{prefix}{name}{suffix}"
        try:
            os.mkdir(path, mode)
        except FileExistsError:
            continue
        return path
    raise FileExistsError(errno.EEXIST, "no usable staging directory name", str(parent))


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
