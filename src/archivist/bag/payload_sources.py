"""Where a payload file may come from: a regular file, inside its root, no symlink leading out of it
(``write_bag`` checks every source before a byte is copied)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from archivist.bag.payload import PayloadEntry
from archivist.errors import InputError


def checked_source(entry: PayloadEntry, real_dirs: dict[str, str]) -> os.stat_result | None:
    """Refuse a source that is not a regular file or whose symlinks lead out of its root.

    ``real_dirs`` caches resolved directories: many entries share a root and a parent, and resolving
    costs one lstat per path component.
    """
    if isinstance(entry.source, bytes):
        return None
    source = Path(entry.source)
    root = Path(entry.root) if entry.root is not None else source.parent
    try:
        info = os.lstat(source)
        # With an explicit root every source is checked, so a symlinked directory on the way out is caught
        # too; without one only the file itself may be a symlink, and it must stay in its own directory.
        checked = entry.root is not None or stat.S_ISLNK(info.st_mode)
        if checked and not _within(root, source, info, real_dirs):
            raise InputError(
                "symlink leads outside its root; not followed", where=str(source), why=f"root {root}"
            )
        if stat.S_ISLNK(info.st_mode):
            info = os.stat(source)
    except FileNotFoundError as exc:
        raise InputError("payload source not found (or a broken symlink)", where=str(source)) from exc
    if not stat.S_ISREG(info.st_mode):
        raise InputError("payload source is not a regular file", where=str(source))
    return info


def _within(root: Path, source: Path, info: os.stat_result, real_dirs: dict[str, str]) -> bool:
    def real(path: str) -> str:
        if path not in real_dirs:
            real_dirs[path] = os.path.realpath(path)
        return real_dirs[path]

    top = real(os.fspath(root))
    if stat.S_ISLNK(info.st_mode):
        target = os.path.realpath(source)
    else:
        target = os.path.join(real(os.fspath(source.parent)), source.name)
    return target == top or target.startswith(top.rstrip(os.sep) + os.sep)
