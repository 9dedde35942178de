"""A bag as a read-only source of entries: a directory, or a ``.tar`` read in place without unpacking.

Safety model: the validator never turns a path from a manifest or fetch.txt into a filesystem path.
It looks the path up in the listing made here, and only regular-file entries of that listing can be
opened. The listing never follows symbolic links (``os.scandir(follow_symlinks=False)``; tar link
members are listed, not resolved), files are opened with ``O_NOFOLLOW``, and tar members whose names
leave the archive root (``../x``, ``/etc/x``) or that are links, devices or fifos are reported as
problems and can never be opened.
"""

from __future__ import annotations

import os
import stat
import tarfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from archivist.bag.hashing import hash_stream
from archivist.errors import Problem, UsageError

# Read size for hashing and line splitting: large enough that hashlib (which releases the GIL for
# big buffers) dominates, small enough to keep memory flat with many threads.
CHUNK = 1024 * 1024
# openat(2) with O_NOFOLLOW per component (POSIX); elsewhere O_NOFOLLOW, if any, guards the last one.
_OPENAT = os.open in os.supports_dir_fd and hasattr(os, "O_NOFOLLOW") and hasattr(os, "O_DIRECTORY")

FILE, DIR, SYMLINK, HARDLINK, SPECIAL = "file", "dir", "symlink", "hardlink", "special"
UNREADABLE_CODES = frozenset({"bag.tar.unreadable", "bag.zip.unreadable", "bag.archive.bomb"})


@dataclass(frozen=True)
class Entry:
    """One thing inside the bag: ``path`` is bag-relative, POSIX, exactly as named on disk or in the tar."""

    path: str
    kind: str
    size: int = 0
    target: str | None = None
    mtime_ns: int | None = None  # a directory's regular files only (tars: not needed, not kept)


class BagSource:
    """Entries of a bag and streams over its regular files. Subclasses fill ``entries`` and ``problems``."""

    name: str
    is_serialized: bool = False
    media_type: str | None = None

    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}
        self.problems: list[Problem] = []

    def open(self, path: str) -> BinaryIO:
        raise NotImplementedError

    def close(self) -> None:
        """Release any open archive handle."""

    def __enter__(self) -> BagSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def unreadable(self) -> bool:
        """True when the archive could not be listed at all (damaged, or a bomb): nothing else to check."""
        return any(problem.code in UNREADABLE_CODES for problem in self.problems)

    def entry(self, path: str) -> Entry | None:
        return self.entries.get(path)

    def is_file(self, path: str) -> bool:
        found = self.entries.get(path)
        return found is not None and found.kind == FILE

    def read_bytes(self, path: str, limit: int) -> bytes:
        """The first ``limit`` bytes of a regular file (tag files are small; a hostile one is capped)."""
        with self.open(path) as stream:
            return stream.read(limit)

    def digest(self, path: str, algorithms: Iterable[str]) -> dict[str, str]:
        """Every requested digest of one file from a single streaming read.

        A large file with several algorithms feeds each buffer to the hashers on parallel threads
        (hashlib releases the GIL), so one big file still uses more than one core.
        """
        with self.open(path) as stream:
            return hash_stream(stream, list(algorithms), size=self.entries[path].size)

    @property
    def parallel_reads(self) -> bool:
        """Whether ``open`` may be called from several threads at once."""
        return True


class DirSource(BagSource):
    """A bag directory, listed without following symbolic links. ``listed``: a listing of the same
    directory made a moment ago (the bag writer's), taken over instead of walking the directory again."""

    def __init__(self, root: Path, *, listed: DirSource | None = None) -> None:
        super().__init__()
        self.root = root
        self.name = str(root)
        if listed is None:
            self._walk()
        else:
            self.entries = dict(listed.entries)
            self.problems = list(listed.problems)

    def _walk(self) -> None:
        pending = [("", self.root)]
        while pending:
            prefix, directory = pending.pop()
            try:
                scan = list(os.scandir(directory))
            except OSError as exc:
                self.problems.append(
                    Problem(
                        "bag.unreadable", f"cannot list directory: {exc.strerror}", location=prefix or "."
                    )
                )
                continue
            for item in scan:
                rel = f"{prefix}{item.name}"
                info = item.stat(follow_symlinks=False)
                if stat.S_ISLNK(info.st_mode):
                    self.entries[rel] = Entry(rel, SYMLINK, 0, os.readlink(item.path))
                elif stat.S_ISDIR(info.st_mode):
                    self.entries[rel] = Entry(rel, DIR)
                    pending.append((rel + "/", Path(item.path)))
                elif stat.S_ISREG(info.st_mode):
                    self.entries[rel] = Entry(rel, FILE, info.st_size, mtime_ns=info.st_mtime_ns)
                else:
                    # fifos, sockets and devices: never opened (a fifo would block the validator).
                    self.entries[rel] = Entry(rel, SPECIAL)

    def open(self, path: str) -> BinaryIO:
        found = self.entries.get(path)
        if found is None or found.kind != FILE:
            raise FileNotFoundError(path)
        # Walk down one component at a time with O_NOFOLLOW, relative to the directory opened before:
        # a directory or file swapped for a symlink after the listing is refused, never followed.
        nofollow = getattr(os, "O_NOFOLLOW", 0)
        if not _OPENAT:
            fd = os.open(self.root / path, os.O_RDONLY | nofollow | getattr(os, "O_BINARY", 0))
            return os.fdopen(fd, "rb")
        *parents, name = path.split("/")
        directory = os.open(self.root, os.O_RDONLY | os.O_DIRECTORY)
        try:
            for part in parents:
                inner = os.open(part, os.O_RDONLY | os.O_DIRECTORY | nofollow, dir_fd=directory)
                os.close(directory)
                directory = inner
            fd = os.open(name, os.O_RDONLY | nofollow, dir_fd=directory)
        finally:
            os.close(directory)
        return os.fdopen(fd, "rb")


def open_bag(path: Path) -> BagSource:
    """A source for a bag directory or a serialized bag (tar, possibly compressed, or zip); a missing
    path or a file that is neither is a usage error. A file named or shaped like an archive that cannot
    be read (a gzip of something else named ``.tar``) is a source holding one problem, not an error."""
    from archivist.bag.serialized import TarSource, ZipSource, is_zip, looks_serialized

    path = Path(path)
    if path.is_dir():
        return DirSource(path)
    if path.is_file():
        if is_zip(path):
            return ZipSource(path)
        if looks_serialized(path) or tarfile.is_tarfile(path):
            return TarSource(path)
        raise UsageError("not a bag directory, tar or zip file", where=str(path))
    raise UsageError("no such bag", where=str(path))
