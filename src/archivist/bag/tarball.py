"""A bag serialised as one tar file (RFC 8493 leaves serialisation to profiles; ours accepts
``application/x-tar``), byte-identical for identical bags.

Determinism: members sorted by path, parents before children; uid/gid 0, empty uname/gname; mode 0644
for files, 0755 for directories; every mtime the clock's time (``SOURCE_DATE_EPOCH``); POSIX.1-2001 (PAX)
format so long and non-ASCII names are stored exactly. The top directory is the bag's name, as BagIt
serialisation requires. Symlinks and special files are refused, never followed.

The tar is written to a temporary file beside the target, made durable, then linked to its final name,
which fails rather than replace an existing file.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tarfile
import tempfile
from pathlib import Path

from archivist import clock, fsutil
from archivist.errors import InputError


class TarExists(InputError):
    """The tar file already exists; archivist never replaces it."""


def write_tar(bag_dir: Path, tar_path: Path, *, mtime: int | None = None, fsync: bool | None = None) -> Path:
    """Write ``bag_dir`` as ``tar_path`` (top directory = the bag's name). Returns ``tar_path``.

    ``mtime``: every member's (default: the clock's now); ``fsync``: durable before it is linked into
    place (default: ``fsutil.FSYNC``).
    Raises ``TarExists`` when ``tar_path`` exists, ``InputError`` for a symlink or special file in the bag.
    """
    bag_dir, tar_path = Path(bag_dir), Path(tar_path)
    if os.path.lexists(tar_path):
        raise TarExists("tar not written: file already exists", where=str(tar_path))
    when = int(clock.now().timestamp()) if mtime is None else mtime
    members = _members(bag_dir)
    tar_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{tar_path.name}.", suffix=".part", dir=tar_path.parent)
    try:
        with os.fdopen(fd, "wb") as raw:
            with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT, encoding="utf-8") as tar:
                top = bag_dir.resolve().name  # "." names no bag; the real directory name does
                for rel, is_dir in members:
                    _add(tar, bag_dir, rel, is_dir, top, when)
            raw.flush()
            if fsutil.FSYNC if fsync is None else fsync:
                os.fsync(raw.fileno())
        os.chmod(tmp, 0o644 & ~fsutil.current_umask())
        try:
            os.link(tmp, tar_path)  # link(2) never replaces: an existing target is an error
        except FileExistsError:
            raise TarExists("tar not written: file appeared meanwhile", where=str(tar_path)) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
    fsutil.fsync_dir(tar_path.parent, fsync=fsync)
    return tar_path


def _members(bag_dir: Path) -> list[tuple[str, bool]]:
    """(bag-relative path, is directory), sorted by path components so parents come first."""
    found: list[tuple[str, bool]] = [("", True)]
    for dirpath, dirnames, filenames in os.walk(bag_dir, followlinks=False):
        rel = Path(dirpath).relative_to(bag_dir).as_posix()
        prefix = "" if rel == "." else f"{rel}/"
        for name in dirnames + filenames:
            full = os.path.join(dirpath, name)
            mode = os.lstat(full).st_mode
            if stat.S_ISDIR(mode):
                found.append((prefix + name, True))
            elif stat.S_ISREG(mode):
                found.append((prefix + name, False))
            else:
                raise InputError("bag holds a symlink or special file; not serialised", where=full)
    return sorted(found, key=lambda item: item[0].split("/") if item[0] else [])


def _add(tar: tarfile.TarFile, bag_dir: Path, rel: str, is_dir: bool, top: str, mtime: int) -> None:
    info = tarfile.TarInfo(f"{top}/{rel}" if rel else top)
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    info.mtime = mtime
    if is_dir:
        info.type = tarfile.DIRTYPE
        info.mode = 0o755
        tar.addfile(info)
        return
    path = bag_dir / rel
    with os.fdopen(fsutil.open_regular(path, follow_symlinks=False), "rb") as handle:
        info.size = os.fstat(handle.fileno()).st_size
        info.mode = 0o644
        tar.addfile(info, handle)
