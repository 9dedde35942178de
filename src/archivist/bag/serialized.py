"""Serialized bags (RFC 8493 §4.2): a ``.tar`` (plain, gzip, bzip2, xz) or ``.zip`` read in place, never
unpacked.

Safety model, the same for both formats: member names are judged as text before anything is listed
(absolute names, drive letters, ``..``, backslashes and NULs are reported and never opened); links,
devices and fifos are listed, never resolved or read; encrypted zip members are never read.
Bombs: the sizes the members *declare* may add up to at most ``MAX_EXPANSION`` times the archive's own
size (deflate cannot compress better than 1032:1, so no honest gzip or zip comes near it); a larger
declaration — a decompression bomb, or a sparse tar member declaring a terabyte of holes — is one
problem and nothing is read. While a compressed tar is listed, decompression is bounded by the same
limit, so a gzip whose headers lie is stopped too.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import stat
import tarfile
import threading
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

from archivist.bag.member_streams import (
    STREAM_ERRORS,
    BoundedDecompression,
    DecompressionBomb,
    GuardedMemberStream,
    MemberWindow,
)
from archivist.bag.reader import CHUNK, DIR, FILE, HARDLINK, SPECIAL, SYMLINK, BagSource, Entry
from archivist.errors import Problem

MAX_EXPANSION = 1100
# Below this the ratio is moot: a tiny archive may still hold a few ordinary megabytes.
EXPANSION_FLOOR = 16 * 1024 * 1024
ARCHIVE_SUFFIXES = (".tar.gz", ".tgz", ".tar.bz2", ".tar.xz", ".tar", ".zip")


def expansion_limit(archive_size: int) -> int:
    return max(archive_size * MAX_EXPANSION, EXPANSION_FLOOR)


def bag_stem(name: str) -> str:
    for suffix in ARCHIVE_SUFFIXES:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


@dataclass(frozen=True)
class _Member:
    raw: str
    kind: str
    size: int
    target: str | None
    handle: Any


class ArchiveSource(BagSource):
    """The listing rules shared by tar and zip: one top-level directory, names judged before listing."""

    is_serialized = True
    label = "archive"

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.name = str(path)
        self.root_name = ""
        self.archive_size = path.stat().st_size
        self._members: dict[str, Any] = {}
        self._lock = threading.Lock()

    def problem(self, code: str, message: str, location: str = "", severity: str = "error") -> None:
        self.problems.append(Problem(code, message, file=self.name, location=location, severity=severity))

    def _hostile(self, name: str, why: str) -> None:
        self.problem(f"bag.{self.label}.unsafe-member", f"member {why}; not read", name)

    def _list(self, members: list[_Member]) -> None:
        declared = sum(m.size for m in members if m.kind == FILE)
        if declared > expansion_limit(self.archive_size):
            self.problem(
                "bag.archive.bomb",
                f"members declare {declared:,} bytes, more than {MAX_EXPANSION}× the archive's "
                f"{self.archive_size:,} bytes (a decompression bomb or a sparse member); not read",
            )
            return
        names: list[tuple[PurePosixPath, _Member]] = []
        for member in members:
            raw = member.raw
            if raw.startswith("/") or "\x00" in raw or (len(raw) > 1 and raw[1] == ":"):
                self._hostile(raw, "has an absolute name")
                continue
            parts = [part for part in PurePosixPath(raw).parts if part != "."]
            if ".." in parts or "\\" in raw:
                self._hostile(raw, "has a name that leaves the archive ('..' or a backslash)")
                continue
            if parts:
                names.append((PurePosixPath(*parts), member))
        tops = {name.parts[0] for name, _ in names}
        if len(tops) != 1:
            self.problem(
                f"bag.{self.label}.top-level",
                f"a serialized bag must hold exactly one top-level directory, found {len(tops)}",
            )
            if not tops:
                return
        self.root_name = sorted(tops)[0]
        if len(tops) == 1 and bag_stem(self.path.name) != self.root_name:
            # RFC 8493 §4.2: the serialization SHOULD be named after the bag's base directory.
            self.problem(
                f"bag.{self.label}.name",
                f"archive is named {self.path.name!r} but its bag directory is {self.root_name!r}",
                self.root_name,
                "warning",
            )
        for name, member in names:
            if name.parts[0] != self.root_name:
                self.problem(
                    f"bag.{self.label}.outside-root",
                    "member is outside the bag directory; ignored",
                    member.raw,
                )
                continue
            rel = "/".join(name.parts[1:])
            if not rel:
                if member.kind != DIR:
                    self._hostile(member.raw, "is the bag root but not a directory")
                continue
            if (rel in self.entries and self.entries[rel].kind != DIR) or rel in self._members:
                self.problem(
                    f"bag.{self.label}.duplicate-member",
                    "member appears more than once in the archive",
                    member.raw,
                )
            self.entries[rel] = Entry(rel, member.kind, member.size, member.target)
            if member.kind == FILE:
                self._members[rel] = member.handle
            # Parent directories need not have their own members.
            for depth in range(1, len(name.parts) - 1):
                parent = "/".join(name.parts[1 : depth + 1])
                self.entries.setdefault(parent, Entry(parent, DIR))

    def close(self) -> None:
        """Release the archive handle."""


_DECOMPRESSORS = {"gzip": gzip.GzipFile, "x-bzip2": bz2.BZ2File, "x-xz": lzma.LZMAFile}


class TarSource(ArchiveSource):
    """A tar file whose single top-level directory is the bag, read member by member, never extracted."""

    label = "tar"

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self._tar: tarfile.TarFile | None = None
        compression = compression_of(path)
        self.media_type = "application/x-tar" if compression is None else f"application/{compression}"
        self._compressed = compression is not None
        raw = open(path, "rb")  # noqa: SIM115 - closed in close() through the tar
        try:
            fileobj: Any = raw
            if compression is not None:
                fileobj = BoundedDecompression(
                    _DECOMPRESSORS[compression](fileobj=raw), expansion_limit(self.archive_size)
                )
            self._tar = tarfile.open(fileobj=fileobj, mode="r:")  # noqa: SIM115 - closed in close()
            self._fileobj = fileobj
            members = self._tar.getmembers()
        except DecompressionBomb:
            self._drop(raw)
            self.problem(
                "bag.archive.bomb",
                f"decompresses to more than {MAX_EXPANSION}× the archive's "
                f"{self.archive_size:,} bytes; not read",
            )
            return
        except (*STREAM_ERRORS, ValueError) as exc:
            self._drop(raw)
            self.problem("bag.tar.unreadable", f"cannot read tar file: {exc}")
            return
        self._list([_tar_member(member) for member in members])

    def _drop(self, raw: BinaryIO) -> None:
        self._tar = None
        raw.close()

    @property
    def parallel_reads(self) -> bool:
        return not self._compressed

    def open(self, path: str) -> BinaryIO:
        member = self._members.get(path)
        if member is None or self._tar is None:
            raise FileNotFoundError(path)
        if not self._compressed and not member.issparse():
            return io.BufferedReader(MemberWindow(self.path, member.offset_data, member.size), CHUNK)
        with self._lock:
            extracted = self._tar.extractfile(member)
        if extracted is None:
            raise FileNotFoundError(path)
        return io.BufferedReader(GuardedMemberStream(extracted), CHUNK)

    def close(self) -> None:
        if self._tar is not None:
            self._tar.close()
            self._fileobj.close()


def _tar_member(member: tarfile.TarInfo) -> _Member:
    if member.isfile():
        return _Member(member.name, FILE, member.size, None, member)
    if member.isdir():
        return _Member(member.name, DIR, 0, None, member)
    if member.issym():
        return _Member(member.name, SYMLINK, 0, member.linkname, member)
    if member.islnk():
        return _Member(member.name, HARDLINK, 0, member.linkname, member)
    return _Member(member.name, SPECIAL, 0, None, member)


class ZipSource(ArchiveSource):
    """A zip file whose single top-level directory is the bag; members are read through ``zipfile``."""

    label = "zip"
    media_type = "application/zip"

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self._zip: zipfile.ZipFile | None = None
        try:
            self._zip = zipfile.ZipFile(path)
            infos = self._zip.infolist()
        except (*STREAM_ERRORS, ValueError) as exc:
            self._zip = None
            self.problem("bag.zip.unreadable", f"cannot read zip file: {exc}")
            return
        members = []
        for info in infos:
            if info.flag_bits & 0x1:
                self._hostile(info.orig_filename, "is encrypted")
                continue
            members.append(self._member(info))
        self._list(members)

    def _member(self, info: zipfile.ZipInfo) -> _Member:
        raw = info.orig_filename
        mode = info.external_attr >> 16 if info.create_system == 3 else 0
        name = raw.rstrip("/") if raw.endswith("/") else raw
        if info.is_dir() or stat.S_ISDIR(mode):
            return _Member(name, DIR, 0, None, info)
        if stat.S_ISLNK(mode):
            return _Member(name, SYMLINK, 0, self._link_target(info), info)
        if stat.S_IFMT(mode) not in (0, stat.S_IFREG):  # zipfile itself writes 0o600 without a type
            return _Member(name, SPECIAL, 0, None, info)
        return _Member(name, FILE, info.file_size, None, info)

    def _link_target(self, info: zipfile.ZipInfo) -> str:
        """A symlink member's target, only to tell whether it points inside (never followed)."""
        if self._zip is None or info.file_size > 4096:
            return "?"
        try:
            return self._zip.read(info).decode("utf-8", errors="replace")
        except (*STREAM_ERRORS, NotImplementedError, RuntimeError):
            return "?"

    @property
    def parallel_reads(self) -> bool:
        return False

    def open(self, path: str) -> BinaryIO:
        info = self._members.get(path)
        if info is None or self._zip is None:
            raise FileNotFoundError(path)
        try:
            with self._lock:
                stream = self._zip.open(info)
        except (*STREAM_ERRORS, NotImplementedError, RuntimeError) as exc:
            raise OSError(f"cannot open zip member: {exc}") from exc
        return io.BufferedReader(GuardedMemberStream(stream), CHUNK)  # type: ignore[arg-type]

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()


def compression_of(path: Path) -> str | None:
    with open(path, "rb") as handle:
        magic = handle.read(6)
    if magic.startswith(b"\x1f\x8b"):
        return "gzip"
    if magic.startswith(b"BZh"):
        return "x-bzip2"
    if magic.startswith(b"\xfd7zXZ"):
        return "x-xz"
    return None


def is_zip(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(4) in (b"PK\x03\x04", b"PK\x05\x06")


def looks_serialized(path: Path) -> bool:
    """Named like a serialized bag, or a tar or zip by content."""
    return path.name.lower().endswith(ARCHIVE_SUFFIXES) or is_zip(path) or compression_of(path) is not None
