"""Checksums for BagIt manifests: every file read once, every algorithm fed from the same buffers.

Two kinds of parallelism, because hashlib releases the GIL while it hashes a buffer larger than 2 KiB:

* many files: a thread pool hashes whole files side by side (largest first, so the pool ends together);
* one large file: the reading thread hands each 1 MiB buffer to one thread per algorithm, so sha256 and
  sha512 of the same bytes run on two cores. SHA-512 is the slower of the two, so a lone file is hashed
  in the time SHA-512 alone takes, not in the time of both.

Copying (:func:`copy_and_hash`) goes through the same code: each buffer read from the source is written
to the copy and then hashed, so the digests are of exactly the bytes stored, and the source is read once.
(A kernel-side ``copy_file_range`` followed by reading the copy back was measured too, and was no cheaper
on ext4 here: docs/benchmarks.md, section 2.) A large copy that will be synced is written with ``O_DIRECT``
by a third thread from the same buffers (``bag/direct.py``).
"""

from __future__ import annotations

import hashlib
import mmap
import os
import queue
import re
import stat
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from archivist.bag import direct as direct_io
from archivist.errors import InputError

# Fills a buffer, returns the byte count (0 at the end): a file's ``readinto``, or a copy step.
Fill = Callable[[bytearray], "int | None"]
# Hands a written range (descriptor, offset, length) to the disk: ``bag.writeback.Writeback.submit``.
Handover = Callable[[int, int, int], None]
# Takes each chunk with its offset in the file, on a thread of its own: ``bag.direct.DirectWriter``.
Sink = Callable[[memoryview, int], None]

DEFAULT_ALGORITHMS: tuple[str, ...] = ("sha256", "sha512")
CHUNK = 1 << 20
# Files from this size up get one thread per algorithm. On the 2-core bench machine a lone 1 GiB file
# hashes in about the time of SHA-512 alone this way, against SHA-256 + SHA-512 in one thread
# (docs/benchmarks.md, section 2, "split turned off" rows). Below a few chunks the hand-off is not worth it,
# and many small files are already parallel across files. 8 MiB is a round value, not a tuned one.
SPLIT_THRESHOLD = 8 << 20
_QUEUE_DEPTH = 4
# A copy made for a caller that will sync it is handed to the disk every WRITEBACK_STEP bytes (see
# bag/writeback.py; 8 MiB is a round value: 4-32 MiB measured alike). Files under WRITEBACK_MIN are left
# to the final sync, which writes many small files in one pass more cheaply than a call per file (the
# per-article bag).
WRITEBACK_STEP = 8 << 20
WRITEBACK_MIN = 1 << 20
HEAD_BYTES = 64 * 1024


@dataclass(frozen=True)
class FileDigests:
    """The size of a file and its hex digests, keyed by BagIt algorithm name (``sha256``).

    ``head`` keeps the first bytes seen (up to ``HEAD_BYTES``) so a caller can identify the format
    without opening the file again.
    """

    size: int
    digests: dict[str, str]
    head: bytes = field(default=b"", compare=False, repr=False)


@lru_cache(maxsize=256)  # called ~60 times per article bag with the same two names; bounded (user input)
def normalize_algorithm(name: str) -> str:
    """RFC 8493 §2.4: lowercase, every character but ASCII letters and digits removed (``SHA-256`` →
    ``sha256``); the one spelling the writer, the manifests and the validators share."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


@cache
def _cpu_count() -> int:
    # os.cpu_count() reads /sys/devices/system/cpu/online at every call; a bag asks twice per article.
    return os.cpu_count() or 1


def new_hashers(algorithms: Sequence[str]) -> list[Any]:
    return [hashlib.new(normalize_algorithm(name)) for name in algorithms]


def hash_bytes(data: bytes, algorithms: Sequence[str] = DEFAULT_ALGORITHMS) -> FileDigests:
    hashers = new_hashers(algorithms)
    for hasher in hashers:
        hasher.update(data)
    return _result(len(data), algorithms, hashers, data[:HEAD_BYTES])


def hash_file(path: str | os.PathLike[str], algorithms: Sequence[str] = DEFAULT_ALGORITHMS) -> dict[str, str]:
    """Hex digests of one file, read once in 1 MiB chunks; a large file uses one thread per algorithm."""
    return hash_file_sized(path, algorithms).digests


def hash_file_sized(
    path: str | os.PathLike[str], algorithms: Sequence[str] = DEFAULT_ALGORITHMS
) -> FileDigests:
    with open(path, "rb", buffering=0) as source:
        size = os.fstat(source.fileno()).st_size
        return _stream(source.readinto, algorithms, split=size >= SPLIT_THRESHOLD)


def hash_stream(stream: Any, hashlib_names: Sequence[str], *, size: int) -> dict[str, str]:
    """Every digest of one open binary stream from a single read (the bag validator's path, which opens
    files itself so as never to follow a symlink). ``size`` decides, as for files, whether each
    algorithm gets its own thread; names are hashlib constructor names."""
    hashers = [hashlib.new(name) for name in hashlib_names]
    head: list[bytes] = []
    if size >= SPLIT_THRESHOLD and len(hashers) > 1:
        _stream_split(stream.readinto, hashers, head)
    else:
        _stream_serial(stream.readinto, hashers, head)
    return {name: hasher.hexdigest() for name, hasher in zip(hashlib_names, hashers, strict=True)}


def hash_files(
    paths: Sequence[str | os.PathLike[str]],
    algorithms: Sequence[str] = DEFAULT_ALGORITHMS,
    *,
    workers: int | None = None,
) -> list[FileDigests]:
    """Digests and sizes of many files, in the order given, hashed in parallel threads."""
    return _run_parallel([lambda p=p: hash_file_sized(p, algorithms) for p in paths], _sizes(paths), workers)


def copy_and_hash(
    source: str | os.PathLike[str],
    target: str | os.PathLike[str],
    algorithms: Sequence[str] = DEFAULT_ALGORITHMS,
    *,
    mode: int = 0o644,
    expect: os.stat_result | None = None,
    writeback: Handover | None = None,
    direct: bool = False,
) -> FileDigests:
    """Copy ``source`` to a new file ``target`` (never replacing one) and hash the copy as stored.

    The source is opened read-only and never modified. ``target`` is created with ``O_EXCL`` and
    ``O_NOFOLLOW`` so an existing file or a planted symlink makes the copy fail instead of writing elsewhere.
    With ``expect`` (an earlier stat of the source), the opened file must be that same regular file, so a
    path swapped between the caller's checks and the open is refused. Durability is the caller's: the
    bag writer makes the whole finished bag durable at once (``fsutil.sync_tree``); ``writeback`` (for a
    caller that will sync) gets the copy's ranges as they are written (see ``_ReadAndWrite``). With
    ``direct`` (also for a caller that will sync), a file of ``SPLIT_THRESHOLD`` bytes or more is written
    with ``O_DIRECT`` where the file system allows it (``bag/direct.py``).
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    nofollow = getattr(os, "O_NOFOLLOW", 0) if expect is not None else 0
    # O_NONBLOCK: a source swapped for a FIFO after the caller's checks must not block the open.
    read_flags = os.O_RDONLY | nofollow | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    with open(os.open(source, read_flags), "rb", buffering=0) as src:
        opened = os.fstat(src.fileno())
        if not stat.S_ISREG(opened.st_mode):
            raise InputError("not a regular file; not copied", where=str(source))
        os.set_blocking(src.fileno(), True)
        if expect is not None and (opened.st_dev, opened.st_ino) != (expect.st_dev, expect.st_ino):
            raise InputError("file was replaced before it could be copied", where=str(source))
        size = opened.st_size
        split = size >= SPLIT_THRESHOLD
        fd = os.open(target, flags, mode)
        with open(fd, "wb", buffering=0) as dst:
            if direct and split and direct_io.enable_direct(fd):
                writer = direct_io.DirectWriter(fd, writeback)
                return _stream(direct_io.FullReads(src), algorithms, split=True, sink=writer)
            fill = _ReadAndWrite(src, dst, writeback=writeback)
            return _stream(fill, algorithms, split=split)


class _ReadAndWrite:
    """A ``readinto`` for the copy: read the next chunk of the source and write it to the target before
    it is hashed, so the digests are of exactly the bytes stored.

    With ``writeback``, every ``WRITEBACK_STEP`` bytes written (and the tail, once the file is at least
    ``WRITEBACK_MIN`` long) are handed over to be written to the disk while the next chunks are copied
    and hashed, rather than all of them during the final sync.
    """

    def __init__(self, source: Any, target: Any, *, writeback: Handover | None = None) -> None:
        self.source = source
        self.target = target
        self.writeback = writeback
        self.written = 0
        self.handed = 0  # bytes already handed to the disk

    def __call__(self, buffer: bytearray) -> int:
        count = self.source.readinto(buffer) or 0
        view = memoryview(buffer)[:count]
        while view:
            view = view[self.target.write(view) or 0 :]
        self.written += count
        if self.writeback:
            pending = self.written - self.handed
            if pending >= WRITEBACK_STEP or (not count and pending and self.written >= WRITEBACK_MIN):
                self.writeback(self.target.fileno(), self.handed, pending)
                self.handed = self.written
        return count


def run_parallel(
    tasks: Sequence[Callable[[], FileDigests]], sizes: Sequence[int], workers: int | None = None
) -> list[FileDigests]:
    """Run hashing tasks on a thread pool, biggest first; results in the order of ``tasks``."""
    return _run_parallel(tasks, sizes, workers)


def _sizes(paths: Iterable[str | os.PathLike[str]]) -> list[int]:
    sizes = []
    for path in paths:
        try:
            sizes.append(os.stat(path).st_size)
        except OSError:
            sizes.append(0)  # the task itself reports the error
    return sizes


def _run_parallel(
    tasks: Sequence[Callable[[], FileDigests]], sizes: Sequence[int], workers: int | None
) -> list[FileDigests]:
    workers = workers or _cpu_count()
    if workers == 1 or len(tasks) <= 1 or sum(sizes) < 4 * CHUNK:
        # Small jobs (an article bag of a few KB) finish faster than a pool starts.
        return [task() for task in tasks]
    # Imported here: concurrent.futures brings logging, a tenth of a bag command's start-up, which a
    # bag of one file (or of a few small ones) never needs.
    from concurrent.futures import ThreadPoolExecutor

    order = sorted(range(len(tasks)), key=lambda i: -sizes[i])
    results: list[FileDigests | None] = [None] * len(tasks)
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="archivist-hash") as pool:
        futures = {i: pool.submit(tasks[i]) for i in order}
        try:
            for i in order:
                results[i] = futures[i].result()
        except BaseException:
            for future in futures.values():
                future.cancel()
            raise
    return [r for r in results if r is not None]


def _result(size: int, algorithms: Sequence[str], hashers: list[Any], head: bytes = b"") -> FileDigests:
    pairs = zip(algorithms, hashers, strict=True)
    return FileDigests(size, {normalize_algorithm(a): h.hexdigest() for a, h in pairs}, head)


def _stream(fill: Fill, algorithms: Sequence[str], *, split: bool, sink: Sink | None = None) -> FileDigests:
    hashers = new_hashers(algorithms)
    head: list[bytes] = []
    if sink is not None or (split and len(hashers) > 1):
        size = _stream_split(fill, hashers, head, sink)
    else:
        size = _stream_serial(fill, hashers, head)
    return _result(size, algorithms, hashers, head[0] if head else b"")


def _stream_serial(fill: Fill, hashers: list[Any], head: list[bytes]) -> int:
    buffer = bytearray(CHUNK)
    view = memoryview(buffer)
    size = 0
    while True:
        count = fill(buffer)
        if not count:
            return size
        chunk = view[:count]
        if not size:
            head.append(bytes(chunk[:HEAD_BYTES]))
        for hasher in hashers:
            hasher.update(chunk)
        size += count


_Inbox = queue.Queue  # of (chunk, offset) pairs, then None


def _stream_split(fill: Fill, hashers: list[Any], head: list[bytes], sink: Sink | None = None) -> int:
    """Read in this thread; each algorithm hashes in its own thread from a ring of reused buffers, and
    ``sink`` (a writer) takes each chunk with its offset in a thread of its own.

    A consumer finishes buffer ``j`` before it takes ``j + 1`` from its queue, and the reader blocks on a
    full queue, so with ``depth + 2`` buffers the reader never refills one a consumer still reads (with
    ``2 * depth + 2`` for a sink that takes its whole queue at once): what is hashed is what the sink
    wrote. With a sink the buffers are page-aligned (anonymous mmap), as direct
    writes need.
    """
    # A writer may take every chunk queued for it at once (``write_batch``: one larger write when the disk
    # is slow to answer), so it can hold ``depth`` buffers while ``depth`` more wait in its queue.
    batching = getattr(sink, "write_batch", None)
    size_of_ring = 2 * _QUEUE_DEPTH + 2 if batching else _QUEUE_DEPTH + 2
    ring: list[Any] = [mmap.mmap(-1, CHUNK) if sink else bytearray(CHUNK) for _ in range(size_of_ring)]
    consumers: list[Callable[[memoryview, int], object]] = [
        lambda chunk, _offset, update=hasher.update: update(chunk) for hasher in hashers
    ]
    if sink is not None:
        consumers.append(sink)
    queues: list[_Inbox] = [queue.Queue(_QUEUE_DEPTH) for _ in consumers]
    errors: list[BaseException] = []

    def work(consume: Callable[[memoryview, int], object], inbox: _Inbox) -> None:
        batch = batching if consume is sink else None
        while True:
            item = inbox.get()
            if item is None:
                return
            items, last = [item], False
            while batch is not None and not last:
                try:
                    more = inbox.get_nowait()
                except queue.Empty:
                    break
                last = more is None
                if not last:
                    items.append(more)
            if not errors:  # else drain: the reader stops at its next chunk
                try:
                    batch(items) if batch is not None else consume(*item)
                except BaseException as exc:  # a failed write (ENOSPC, EIO); hashlib does not fail on bytes
                    errors.append(exc)
            if last:
                return

    pairs = zip(consumers, queues, strict=True)
    threads = [threading.Thread(target=work, args=pair, daemon=True) for pair in pairs]
    for thread in threads:
        thread.start()
    size = 0
    index = 0
    try:
        while not errors:
            buffer = ring[index % len(ring)]
            count = fill(buffer)
            if not count:
                break
            chunk = memoryview(buffer)[:count]
            if not size:
                head.append(bytes(chunk[:HEAD_BYTES]))
            for inbox in queues:
                inbox.put((chunk, size))
            size += count
            index += 1
    finally:
        for inbox in queues:
            inbox.put(None)
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return size
