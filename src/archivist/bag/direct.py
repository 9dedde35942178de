"""Direct writes: a large payload file that will be synced is written to the disk past the page cache.

A durable bag waits for its bytes to reach the disk before the rename. Written through the page cache,
each byte is copied once more (into the cache), and the kernel's writeback threads then lock, map and
submit every cached page: CPU taken from the two hashing threads on a 2-core machine, and on the bench
machine the difference between a 256 MiB bag with and without fsync (issue 14). With ``O_DIRECT`` the
disk reads the chunks straight from the buffers that are hashed, a writer thread of its own waits for
the disk while the next chunks are read and hashed, and the final sync has only metadata left to write.
The final sync stays the one barrier that makes the bag durable (``O_DIRECT`` does not flush the disk's
own cache, nor write the file's size and extents).

What stays the same: the bytes hashed are the bytes written, since both come from the same buffer, which
is not refilled until the hashers and the writer are done with it (``hashing._stream_split``); the
copy's bytes, name, mode and mtime are what a buffered copy gives.

Where the file system has no direct I/O (tmpfs, some FUSE or network file systems), the flag is refused
and the copy goes through the page cache as before, each chunk handed to early writeback
(``bag.writeback``). The last chunk of a file whose size is not a multiple of the block size is always
written through the cache (direct I/O needs whole blocks) and left to the final sync.
"""

from __future__ import annotations

import errno
import os
from typing import Any

# Offsets, lengths and buffer addresses of direct writes are multiples of this: the largest logical
# block size of common disks (4Kn); 512-byte-sector disks accept it too. Chunks are 1 MiB, buffers
# page-aligned (anonymous mmap), so only a file's last chunk can fall short.
ALIGN = 4096
O_DIRECT: int = getattr(os, "O_DIRECT", 0)


def enable_direct(fd: int) -> bool:
    """Turn ``O_DIRECT`` on for an open file; False where the platform or the file system has none.

    Set after the open rather than in it: Linux checks the flag only once an ``O_CREAT`` open has made
    the file, so a refusal there would leave a file that a retried ``O_EXCL`` open then trips on.
    """
    if not O_DIRECT:  # macOS, Windows: no such flag; fcntl is not even there on Windows
        return False
    import fcntl

    try:
        fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) | O_DIRECT)
    except OSError:
        return False
    return True


def disable_direct(fd: int) -> None:
    import fcntl

    fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~O_DIRECT)


class FullReads:
    """A ``readinto`` that fills the whole buffer unless the file ends: direct writes need every chunk
    but the last to be whole blocks, and a regular file may return fewer bytes than asked."""

    def __init__(self, source: Any) -> None:
        self.source = source

    def __call__(self, buffer: Any) -> int:
        view = memoryview(buffer)
        got = 0
        while got < len(view):
            count = self.source.readinto(view[got:])
            if not count:
                break
            got += count
        return got


class DirectWriter:
    """Writes each chunk of a copy at its offset, from the writer thread of ``hashing._stream_split``.

    Direct while the chunks are whole blocks; a short last chunk, or a file system that accepted the flag
    but refuses the write (``EINVAL``), turns the flag off and the rest goes through the page cache,
    handed to ``handover`` (early writeback) when there is one.
    """

    def __init__(self, fd: int, handover: Any = None) -> None:
        self.fd = fd
        self.handover = handover
        self.direct = True

    def __call__(self, chunk: memoryview, offset: int) -> None:
        if self.direct and (len(chunk) % ALIGN or offset % ALIGN):
            self._to_cache()
        written = 0
        while written < len(chunk):
            try:
                written += os.pwrite(self.fd, chunk[written:], offset + written)
            except OSError as exc:
                if not (self.direct and exc.errno == errno.EINVAL):
                    raise
                self._to_cache()
        if not self.direct and self.handover is not None and len(chunk) >= ALIGN:
            self.handover(self.fd, offset, len(chunk))

    def write_batch(self, items: list[tuple[memoryview, int]]) -> None:
        """Chunks that follow each other in the file, the leading whole-block ones written by one
        ``pwritev``: when the disk is slow to answer (busy with other work, or discarding freed blocks),
        one large request instead of several small ones in turn keeps the copy at the disk's pace."""
        lead: list[memoryview] = []
        for chunk, _ in items:
            if len(chunk) % ALIGN:
                break
            lead.append(chunk)
        start = items[0][1]
        if self.direct and len(lead) > 1 and not start % ALIGN:
            try:
                done = os.pwritev(self.fd, lead, start)
            except OSError as exc:
                if exc.errno != errno.EINVAL:
                    raise
                self._to_cache()  # accepted the flag, refuses the write: as in __call__
                done = 0
            rest = []
            for chunk, offset in items:  # what is not yet on disk, after a short or refused write
                skip = max(0, start + done - offset)
                if skip < len(chunk):
                    rest.append((chunk[skip:], offset + skip))
            items = rest
        for chunk, offset in items:
            self(chunk, offset)

    def _to_cache(self) -> None:
        disable_direct(self.fd)
        self.direct = False
