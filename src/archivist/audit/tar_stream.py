"""A serialized bag (plain ``.tar``) verified from one sequential read of a stream, e.g. an S3 GET body.

``read_tar(stream, name, size)`` reads every byte of the stream exactly once: the whole stream is
hashed (SHA-256, the digest the deposit recorded), each payload member is hashed as it passes with every
algorithm it may need, and tag files (small) are kept in memory. What it returns is a ``BagSource`` the
strict bag validator (``validate.bag.source_problems``) runs on as usual: the listing goes through the
same hostile-name rules as a tar on disk (``bag.serialized.ArchiveSource``), tag files are read from
memory, and payload digests are handed over as known, so nothing is read a second time.

Which algorithms? A member's manifests may come after it (archivist's tars sort ``data/`` before
``manifest-*``), so a payload member is hashed with archivist's own (``bag.hashing.DEFAULT_ALGORITHMS``)
plus those of every manifest already seen. A bag whose manifests use another algorithm and come after
its payload cannot be verified from this one pass: ``complete`` is then False and the caller reads the
tar again the ordinary way (a second read only for such foreign bags, never a weaker check).
"""

from __future__ import annotations

import hashlib
import io
import re
import tarfile
import threading
from pathlib import Path, PurePosixPath
from typing import IO, Any, BinaryIO

from archivist.bag.hashing import DEFAULT_ALGORITHMS
from archivist.bag.manifest import hashlib_name
from archivist.bag.reader import FILE, BagSource

# Private names of bag.serialized, reused rather than copied: the listing rules (hostile names, one top
# directory, bombs) must be exactly those of a tar read from disk.
from archivist.bag.serialized import ArchiveSource, _Member, _tar_member

CHUNK = 1 << 20
# Tag files kept in memory, each and in all; past either → the ordinary read (a hostile tar of many
# large "tag files" must not fill the memory).
TAG_FILE_LIMIT = 64 * 1024 * 1024
TAG_TOTAL_LIMIT = 256 * 1024 * 1024
_MANIFEST_NAME = re.compile(r"^(?:tag)?manifest-([A-Za-z0-9]+)\.txt$")


class _HashingReader(io.RawIOBase):
    """Every byte read through it goes into one SHA-256 and is counted."""

    def __init__(self, inner: IO[bytes]) -> None:
        self._inner = inner
        self.sha256 = hashlib.sha256()
        self.count = 0

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        data = self._inner.read(n if n is not None and n >= 0 else None)
        self.sha256.update(data)
        self.count += len(data)
        return bytes(data)

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def drain(self) -> None:
        while self.read(CHUNK):
            pass


class StreamedTar(ArchiveSource):
    """The bag of a tar already read once: listing, tag files in memory, payload digests as known."""

    label = "tar"
    media_type = "application/x-tar"

    def __init__(self, name: str, size: int) -> None:  # no file to stat: ArchiveSource.__init__ is not run
        BagSource.__init__(self)
        self.path = Path(name)
        self.name = name
        self.root_name = ""
        self.archive_size = size
        self._members: dict[str, Any] = {}
        self._lock = threading.Lock()
        self.tag_files: dict[str, bytes] = {}  # raw member name → content
        self.hashed: dict[str, dict[str, str]] = {}  # raw member name → bagit algorithm → hex digest
        self.sha256 = ""
        self.complete = True  # False: something this pass could not keep (see the module doc)

    def open(self, path: str) -> BinaryIO:
        member = self._members.get(path)
        data = None if member is None else self.tag_files.get(member.name)
        if data is None:
            raise FileNotFoundError(path)
        return io.BytesIO(data)

    def known_digests(self) -> dict[str, dict[str, str]]:
        """Bag-relative path → digests of every payload member, for the validator (``digests=``)."""
        return {
            rel: self.hashed[member.name]
            for rel, member in self._members.items()
            if member.name in self.hashed
        }

    def needed_algorithms_hashed(self) -> bool:
        """Whether every payload member was hashed with every algorithm a manifest of the bag uses."""
        needed = set()
        for rel in self.entries:
            match = _MANIFEST_NAME.match(rel)
            if match and hashlib_name(match.group(1).lower()) is not None:
                needed.add(match.group(1).lower())
        return all(needed <= digests.keys() for digests in self.known_digests().values())


def read_tar(stream: IO[bytes], name: str, size: int) -> StreamedTar:
    """Read the tar ``stream`` once (see the module doc). Network errors propagate (the caller retries
    the whole read); a damaged tar is a problem of the returned source, and the stream is still read to
    its end so that its SHA-256 covers every byte."""
    reader = _HashingReader(stream)
    source = StreamedTar(name, size)
    members: list[_Member] = []
    algorithms = set(DEFAULT_ALGORITHMS)
    kept = 0
    try:
        with tarfile.open(fileobj=reader, mode="r|") as tar:
            for info in tar:
                member = _tar_member(info)
                members.append(member)
                if member.kind != FILE:
                    continue
                rel = "/".join(part for part in PurePosixPath(info.name).parts[1:] if part != ".")
                extracted = tar.extractfile(info)
                if extracted is None:
                    continue
                if rel.startswith("data/"):
                    source.hashed[info.name] = _hash(extracted, algorithms)
                elif info.size <= TAG_FILE_LIMIT and kept + info.size <= TAG_TOTAL_LIMIT:
                    kept += info.size
                    source.tag_files[info.name] = extracted.read()
                    match = _MANIFEST_NAME.match(rel)
                    if match and hashlib_name(match.group(1).lower()) is not None:
                        algorithms.add(match.group(1).lower())
                else:
                    source.complete = False
    except (tarfile.TarError, EOFError) as exc:
        source.problem("bag.tar.unreadable", f"cannot read tar file: {exc}")
    reader.drain()
    source.sha256 = reader.sha256.hexdigest()
    if not source.unreadable:
        source._list(members)
        source.complete = source.complete and source.needed_algorithms_hashed()
    return source


def _hash(stream: IO[bytes], algorithms: set[str]) -> dict[str, str]:
    hashers = {name: hashlib.new(hashlib_name(name) or name) for name in sorted(algorithms)}
    while chunk := stream.read(CHUNK):
        for hasher in hashers.values():
            hasher.update(chunk)
    return {name: hasher.hexdigest() for name, hasher in hashers.items()}
