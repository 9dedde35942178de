"""The byte streams a serialized bag's members are read through, each guarding one failure: a window
of the archive file of its own (threads never share a position), decompression bounded in size (a bomb
stops early), and a damaged member's decompression faults turned into ``OSError`` (reported as
unreadable, never a traceback)."""

from __future__ import annotations

import io
import lzma
import tarfile
import zipfile
import zlib
from pathlib import Path
from typing import Any, BinaryIO

# Everything a broken compressed stream can raise while it is read: reported as unreadable, not a crash.
# zipfile raises NotImplementedError for a member "needing" a zip version or compression it lacks, which a
# damaged central directory can claim: it is a damaged archive, not a bug to show as a traceback.
STREAM_ERRORS = (
    OSError,
    EOFError,
    zlib.error,
    lzma.LZMAError,
    zipfile.BadZipFile,
    tarfile.TarError,
    NotImplementedError,
)


class DecompressionBomb(OSError):
    """Decompression went past the bound."""


class _OwnedStream(io.RawIOBase):
    """A read-only raw stream over ``_inner``, which it owns: closing it closes ``_inner``. ``readinto`` is
    served from the subclass's ``read``; a subclass without ``read`` must override ``readinto`` (the
    default ``read`` calls it)."""

    _inner: Any

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._inner.close()
        super().close()


class GuardedMemberStream(_OwnedStream):
    """A member stream whose decompression faults surface as ``OSError`` (reported as unreadable)."""

    def __init__(self, inner: BinaryIO) -> None:
        self._inner = inner

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        try:
            data = self._inner.read(len(buffer))
        except STREAM_ERRORS as exc:
            raise OSError(f"damaged archive member: {exc}") from exc
        buffer[: len(data)] = data
        return len(data)


class MemberWindow(_OwnedStream):
    """A window of ``size`` bytes at ``offset`` in a file of its own, so threads never share a position."""

    def __init__(self, path: Path, offset: int, size: int) -> None:
        self._inner = open(path, "rb")  # noqa: SIM115 - closed in close()
        self._inner.seek(offset)
        self._left = size

    def read(self, n: int = -1) -> bytes:
        if n is None or n < 0 or n > self._left:
            n = self._left
        data = self._inner.read(n)
        self._left -= len(data)
        return data


class BoundedDecompression(_OwnedStream):
    """A decompressing stream that refuses to go past ``limit`` bytes of output (reads and seeks)."""

    def __init__(self, inner: Any, limit: int) -> None:
        self._inner = inner
        self._limit = limit

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return int(self._inner.tell())

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        target = offset if whence == io.SEEK_SET else self.tell() + offset if whence == io.SEEK_CUR else None
        if target is None or target > self._limit:
            raise DecompressionBomb("decompressed data goes past the size bound")
        return int(self._inner.seek(target))

    def read(self, n: int = -1) -> bytes:
        if n is None or n < 0:
            n = self._limit - self.tell() + 1
        data = self._inner.read(n)
        if self.tell() > self._limit:
            raise DecompressionBomb("decompressed data goes past the size bound")
        return bytes(data)
