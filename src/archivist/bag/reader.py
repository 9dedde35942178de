"""A bag as a read-only source of entries: a directory, or a ``.tar`` read in place without unpacking.

Safety model: the validator never turns a path from a manifest or fetch.txt into a filesystem path.
It looks the path up in the listing made here, and only regular-file entries of that listing can be
opened. The listing never follows symbolic links (``os.scandir(follow_symlinks=False)``; tar link
members are listed, not resolved), files are opened with ``O_NOFOLLOW``, and tar members whose names
leave the archive root (``../x``, ``/etc/x``) or that are links, devices or fifos are reported as
problems and can never be opened.
"""

from __future__ import annotations

import io
import os
import stat
import tarfile
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from archivist.bag.hashing import hash_stream
from archivist.errors import Problem, UsageError

# Read size for hashing and line splitting: large enough that hashlib (which releases the GIL for
# big buffers) dominates, small enough to keep memory flat with many threads.
CHUNK = 1024 * 1024
# openat(2) with O_NOFOLLOW per component (POSIX); elsewhere O_NOFOLLOW, if any, guards the last one.
_OPENAT = os.open in os.supports_dir_fd and hasattr(os, "O_NOFOLLOW") and hasattr(os, "O_DIRECTORY")

FILE, DIR, SYMLINK, HARDLINK, SPECIAL = "file", "dir", "symlink", "hardlink", "special"


@dataclass(frozen=True)
class Entry:
    """One thing inside the bag: ``path`` is bag-relative, POSIX, exactly as named on disk or in the tar."""

    path: str
    kind: str
    size: int = 0
    target: str | None = None


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
    """A bag directory, listed without following symbolic links."""

    def __init__(self, root: Path) -> None:
        super().__init__()
        self.root = root
        self.name = str(root)
        self._walk()

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
                    self.entries[rel] = Entry(rel, FILE, info.st_size)
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


class _MemberStream(io.RawIOBase):
    """A window of ``size`` bytes at ``offset`` in a file of its own, so threads never share a position."""

    def __init__(self, path: Path, offset: int, size: int) -> None:
        self._file = open(path, "rb")  # noqa: SIM115 - closed in close()
        self._file.seek(offset)
        self._left = size

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        if n is None or n < 0 or n > self._left:
            n = self._left
        data = self._file.read(n)
        self._left -= len(data)
        return data

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._file.close()
        super().close()


class TarSource(BagSource):
    """A tar file whose single top-level directory is the bag, read member by member, never extracted."""

    is_serialized = True

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.name = str(path)
        self.root_name = ""
        self._members: dict[str, tarfile.TarInfo] = {}
        self._lock = threading.Lock()
        try:
            self._tar: tarfile.TarFile | None = tarfile.open(path, "r:*")  # noqa: SIM115 - closed in close()
            compression = _compression(path)
            self.media_type = "application/x-tar" if compression is None else f"application/{compression}"
            self._compressed = compression is not None
            self._list(self._tar.getmembers())
        except (tarfile.TarError, OSError, EOFError) as exc:
            self._tar = None
            self.problems.append(
                Problem("bag.tar.unreadable", f"cannot read tar file: {exc}", file=self.name)
            )

    def _list(self, members: list[tarfile.TarInfo]) -> None:
        names: list[tuple[PurePosixPath, tarfile.TarInfo]] = []
        for member in members:
            raw = member.name
            if raw.startswith("/") or "\x00" in raw or (len(raw) > 1 and raw[1] == ":"):
                self._hostile(raw, "has an absolute name")
                continue
            pure = PurePosixPath(raw)
            parts = [part for part in pure.parts if part != "."]
            if ".." in parts or "\\" in raw:
                self._hostile(raw, "has a name that leaves the archive ('..' or a backslash)")
                continue
            if parts:
                names.append((PurePosixPath(*parts), member))
        tops = {name.parts[0] for name, _ in names}
        if len(tops) != 1:
            self.problems.append(
                Problem(
                    "bag.tar.top-level",
                    f"a serialized bag must hold exactly one top-level directory, found {len(tops)}",
                    file=self.name,
                )
            )
            if not tops:
                return
        self.root_name = sorted(tops)[0]
        stem = self.path.name
        for suffix in (".tar.gz", ".tgz", ".tar.bz2", ".tar.xz", ".tar"):
            if stem.endswith(suffix):
                stem = stem[: -len(suffix)]
                break
        if len(tops) == 1 and stem != self.root_name:
            # RFC 8493 §4.2: the serialization SHOULD be named after the bag's base directory.
            self.problems.append(
                Problem(
                    "bag.tar.name",
                    f"archive is named {self.path.name!r} but its bag directory is {self.root_name!r}",
                    file=self.name,
                    location=self.root_name,
                    severity="warning",
                )
            )
        for name, member in names:
            if name.parts[0] != self.root_name:
                self.problems.append(
                    Problem(
                        "bag.tar.outside-root",
                        "member is outside the bag directory; ignored",
                        file=self.name,
                        location=member.name,
                    )
                )
                continue
            rel = "/".join(name.parts[1:])
            if not rel:
                if not member.isdir():
                    self._hostile(member.name, "is the bag root but not a directory")
                continue
            if rel in self.entries:
                self.problems.append(
                    Problem(
                        "bag.tar.duplicate-member",
                        "member appears more than once in the archive",
                        file=self.name,
                        location=member.name,
                    )
                )
            self.entries[rel] = self._entry(rel, member)
            if member.isfile():
                self._members[rel] = member
            # Parent directories need not have their own members.
            for depth in range(1, len(name.parts) - 1):
                parent = "/".join(name.parts[1 : depth + 1])
                self.entries.setdefault(parent, Entry(parent, DIR))

    def _entry(self, rel: str, member: tarfile.TarInfo) -> Entry:
        if member.isfile():
            return Entry(rel, FILE, member.size)
        if member.isdir():
            return Entry(rel, DIR)
        if member.issym():
            return Entry(rel, SYMLINK, 0, member.linkname)
        if member.islnk():
            return Entry(rel, HARDLINK, 0, member.linkname)
        return Entry(rel, SPECIAL)

    def _hostile(self, name: str, why: str) -> None:
        self.problems.append(
            Problem("bag.tar.unsafe-member", f"member {why}; not read", file=self.name, location=name)
        )

    @property
    def parallel_reads(self) -> bool:
        return not self._compressed

    def open(self, path: str) -> BinaryIO:
        member = self._members.get(path)
        if member is None or self._tar is None:
            raise FileNotFoundError(path)
        if not self._compressed and not member.issparse():
            return io.BufferedReader(_MemberStream(self.path, member.offset_data, member.size), CHUNK)
        with self._lock:
            extracted = self._tar.extractfile(member)
            if extracted is None:
                raise FileNotFoundError(path)
            return extracted  # type: ignore[return-value]

    def close(self) -> None:
        if self._tar is not None:
            self._tar.close()


def _compression(path: Path) -> str | None:
    with open(path, "rb") as handle:
        magic = handle.read(6)
    if magic.startswith(b"\x1f\x8b"):
        return "gzip"
    if magic.startswith(b"BZh"):
        return "x-bzip2"
    if magic.startswith(b"\xfd7zXZ"):
        return "x-xz"
    return None


def open_bag(path: Path) -> BagSource:
    """A source for a bag directory or a tar file; a missing path or another kind of file is a usage error."""
    path = Path(path)
    if path.is_dir():
        return DirSource(path)
    if path.is_file():
        if tarfile.is_tarfile(path):
            return TarSource(path)
        raise UsageError("not a bag directory or a tar file", where=str(path))
    raise UsageError("no such bag", where=str(path))
