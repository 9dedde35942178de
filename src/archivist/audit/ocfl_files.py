"""An OCFL object's files, listed and read for an audit with as few system calls as will do.

An article's object is a dozen files of a few kilobytes: listing and opening them, not hashing them,
is most of what an audit of it costs (bench/bench_audit.py). So the listing is one ``scandir`` per
directory (the entry types come with it: no ``stat`` or ``lstat`` per entry, where ``os.walk`` checks
every directory for a link again, and an entry's type is the one the directory gives: no ``stat``), a
small content file is read with one ``readv`` into a buffer each thread keeps (no ``fstat`` to size it,
no allocation) and hashed with every algorithm from there, another small file with one ``read`` of its
``fstat`` size, and the bytes of the files the audit parses after hashing (the bag's manifests) are
kept instead of read twice.
"""

from __future__ import annotations

import functools
import hashlib
import os
import threading
from collections.abc import Collection
from typing import Any

from archivist.bag.hashing import FileDigests, hash_files
from archivist.bag.manifest import hashlib_name

OBJECT_DECLARATION = "0=ocfl_object_1.1"
SMALL_FILE = 256 * 1024
NOT_CONTENT = {"inventory.json", "inventory.json.sha512", OBJECT_DECLARATION}
KEPT_DIRS = {"logs", "extensions"}  # OCFL 1.1 §3.1: allowed at an object's root, part of no version
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def content_files(object_dir: str | os.PathLike[str]) -> list[str]:
    """Every file under the object, object-relative, but its inventories, its declaration, ``logs/``
    and ``extensions/``. As ``os.walk`` sorts entries: a link to a directory counts as a directory and is
    not followed; any other link, dangling or not, is a file (the check then refuses to open it)."""
    found: list[str] = []
    top = os.fspath(object_dir)
    pending = [("", top)]
    while pending:
        rel, path = pending.pop()
        with os.scandir(path) as entries:
            for entry in entries:
                name = entry.name
                if entry.is_dir(follow_symlinks=False):  # the entry's own type: no stat
                    if rel or name not in KEPT_DIRS:
                        pending.append((f"{rel}/{name}" if rel else name, entry.path))
                elif entry.is_symlink() and entry.is_dir():
                    continue  # a link to a directory: a directory, not followed
                elif "/" in rel or name not in NOT_CONTENT:  # the root's or a version's own files
                    found.append(f"{rel}/{name}" if rel else name)
    return found


def object_dirs(root: str | os.PathLike[str], skip: Collection[str] = ("extensions",)) -> list[str]:
    """The directories of a storage root holding an object declaration, in sorted order; ``skip``:
    names not looked into at the root. As ``os.walk`` did here before: a directory below the root that
    cannot be listed is passed over (its objects are then missing from this copy); the root raises."""
    found: list[str] = []
    top = os.fspath(root)
    pending = [top]
    while pending:
        path = pending.pop()
        try:
            with os.scandir(path) as entries:
                listed = list(entries)
        except OSError:
            if path == top:
                raise
            continue
        if path != top and any(e.name == OBJECT_DECLARATION for e in listed):
            found.append(path)
            continue
        below = sorted(
            e.path
            for e in listed
            if e.is_dir() and not e.is_symlink() and not (path == top and e.name in skip)
        )
        pending.extend(reversed(below))
    return found


def read_small(path: str | os.PathLike[str], limit: int = SMALL_FILE, *, follow: bool = False) -> bytes:
    """The bytes of a file that should be small (a link is not followed unless ``follow``); OSError as
    ``open`` raises. Read with one ``read`` of the size ``fstat`` gives (plus one byte, to see a file
    that grew): asking ``read`` for ``limit`` bytes made Python allocate and give back a 256 KiB
    buffer per sidecar of a hundred bytes, which cost four times the read itself."""
    fd = os.open(path, os.O_RDONLY | (0 if follow else _NOFOLLOW))
    try:
        asked = min(os.fstat(fd).st_size, limit) + 1
        chunks = [os.read(fd, asked)]
        if len(chunks[0]) == asked:  # larger than the limit, or grown since the fstat: read on, in pieces
            while chunk := os.read(fd, 1 << 20):
                chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def hash_contents(
    paths: list[str], algorithms: list[str], keep: Collection[str] = ()
) -> tuple[list[FileDigests], dict[str, bytes]]:
    """Digests of content files, in the order given, and the bytes of the ``keep`` paths (small ones).
    A small file (most of an article's object) is read in one call and hashed here: ``bag.hashing`` sets
    up a 1 MiB buffer per file, which costs more than hashing a few kilobytes; large files go to
    ``bag.hashing`` (parallel threads, one per algorithm)."""
    results: list[FileDigests | None] = [None] * len(paths)
    kept: dict[str, bytes] = {}
    large = []
    constructors = [(name, _constructor(name)) for name in algorithms]
    buffer = _buffer()
    for index, path in enumerate(paths):
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW)
        try:
            # Into a buffer kept per thread: no fstat to size a new one, no allocation, and the bytes
            # are hashed from memory the last file warmed. A full buffer is a large file.
            size = os.readv(fd, [buffer])
        finally:
            os.close(fd)
        if size > SMALL_FILE:  # large: hash_files reads it to its end, in pieces
            large.append(index)
            continue
        data = memoryview(buffer)[:size]
        if path in keep:
            kept[path] = bytes(data)
        results[index] = FileDigests(size, {name: make(data).hexdigest() for name, make in constructors})
        data.release()
    if large:  # (hash_files sets up its threads even for no file)
        for index, digests in zip(large, hash_files([paths[i] for i in large], algorithms), strict=True):
            results[index] = digests
    return [r for r in results if r is not None], kept


_per_thread = threading.local()


def _buffer() -> bytearray:
    """This thread's read buffer for small files (one byte more than ``SMALL_FILE``, to see a larger)."""
    buffer = getattr(_per_thread, "buffer", None)
    if buffer is None:
        buffer = _per_thread.buffer = bytearray(SMALL_FILE + 1)
    return buffer


@functools.cache
def _constructor(algorithm: str) -> Any:
    """hashlib's own constructor (``hashlib.sha512``): ``hashlib.new(name)`` looks the name up each time."""
    name = hashlib_name(algorithm) or algorithm
    return getattr(hashlib, name, None) or functools.partial(hashlib.new, name)


_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def layout_0003_path(layout: Any, identifier: str) -> str | None:
    """``layout.identifier_to_path(identifier)`` for ocfl-py's layout 0003 (hash and id n-tuple), with
    the layout's own parameters and digest (``ocfl.digest.string_digest``); None for another layout.
    ocfl-py percent-encodes the encapsulation directory one character at a time through a regex and
    ``codecs`` (≈ 60 µs per identifier, 5 % of an audit of small objects): the same rule, written as a
    lookup (tests/test_audit_ocfl_files.py compares both on random identifiers)."""
    from ocfl.digest import string_digest
    from ocfl.layout_0003_hash_and_id_n_tuple import Layout_0003_Hash_And_Id_N_Tuple

    if type(layout) is not Layout_0003_Hash_And_Id_N_Tuple:
        return None
    digest = string_digest(identifier, layout.digest_algorithm).lower()
    size = layout.tuple_size
    tuples = [digest[i * size : i * size + size] for i in range(layout.number_of_tuples)]
    encoded = "".join(
        c if c in _UNRESERVED else "".join(f"%{byte:02x}" for byte in c.encode("utf8")) for c in identifier
    )
    if len(encoded) > 100:
        encoded = f"{encoded[:100]}-{digest}"
    return os.path.join(*tuples, encoded)
