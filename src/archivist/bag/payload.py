"""What goes into a bag: payload entries, the checks on their names, and entries from files on disk.

Names are checked before anything is written: RFC 8493 §5.1 (no path may leave the bag), §2.1.3
(manifests list files, never directories), §6.1.1.3 (names that differ only by case or Unicode
normalisation collide on common file systems and are refused), and UTF-8 (manifests are UTF-8 text).
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from archivist.errors import InputError, UsageError
from archivist.formats import FormatId
from archivist.fsutil import safe_relative_path

KEEP = ".keep"


@dataclass(frozen=True)
class PayloadEntry:
    """One payload file: its bag-relative ``path`` (``data/...``) and its ``source``, a file or bytes.

    ``root``: a source reached through symlinks must stay inside it (default: the source's directory).
    ``expected``: digests the source is known to have (algorithm → hex); the copy must match them.
    ``format`` overrides identification; ``original_name`` is recorded in PREMIS.
    """

    path: str
    source: Path | bytes
    root: Path | None = None
    expected: Mapping[str, str] | None = None
    format: FormatId | None = None
    original_name: str | None = None


@dataclass(frozen=True)
class PayloadFile:
    """One payload file as written: bag-relative ``path``, size, digests of the copy, format."""

    path: str
    size: int
    digests: Mapping[str, str]
    format: FormatId
    original_name: str | None = None


def collision_key(path: str) -> str:
    return unicodedata.normalize("NFC", path).casefold()


def check_payload_paths(paths: Sequence[str]) -> None:
    """Refuse unsafe, non-UTF-8, duplicate or colliding payload paths, and a file used as a directory.

    Directories count too: ``data/A/x`` and ``data/a/y`` would share one directory on a case-insensitive
    file system, so they collide as well.
    """
    files: dict[str, str] = {}
    dirs: dict[str, str] = {}
    for path in paths:
        pure = safe_relative_path(path, what="payload path")
        if pure.as_posix() != path or len(pure.parts) < 2 or pure.parts[0] != "data":
            raise InputError("payload path must be data/<name>, normalised, with '/' separators", where=path)
        _require_utf8(path)
        key = collision_key(path)
        if key in files:
            same = files[key] == path
            raise InputError(
                "payload path given twice"
                if same
                else "payload names collide by case or Unicode normalisation",
                where=path,
                why=None if same else f"and {files[key]!r}",
            )
        files[key] = path
        parent = path.rsplit("/", 1)[0]
        while parent != "data":
            known = dirs.setdefault(collision_key(parent), parent)
            if known != parent:
                raise InputError(
                    "payload directory names collide by case or Unicode normalisation",
                    where=parent,
                    why=f"and {known!r}",
                )
            parent = parent.rsplit("/", 1)[0]
    for key, path in files.items():
        if key in dirs:
            raise InputError("payload path is both a file and a directory", where=path)


def check_tag_names(
    tags: Mapping[str, bytes], algorithms: Sequence[str], *, reserved: Collection[str] = ()
) -> None:
    """Extra tag files may not be payload, leave the bag, or replace a file BagIt or the caller
    (``reserved``, e.g. premis.xml) writes."""
    taken = {"bagit.txt", "bag-info.txt", "fetch.txt", *(name.lower() for name in reserved)}
    for name in algorithms:
        taken |= {f"manifest-{name}.txt", f"tagmanifest-{name}.txt"}
    for name, data in tags.items():
        pure = safe_relative_path(name, what="tag file name")
        if pure.as_posix() != name or pure.parts[0] == "data":
            raise InputError("tag file must be a normalised path outside data/", where=name)
        lowered = name.lower()
        if lowered in taken or lowered.startswith(("manifest-", "tagmanifest-")):
            raise InputError("tag file name is reserved by BagIt or archivist", where=name)
        if not isinstance(data, bytes):
            raise InputError("tag file content must be bytes", where=name)
        _require_utf8(name)


def _require_utf8(name: str) -> None:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError(
            "file name is not valid UTF-8", where=repr(name), why="BagIt manifests are UTF-8 text"
        ) from None


def payload_from_paths(paths: Sequence[Path]) -> list[PayloadEntry]:
    """Entries for files and directories on disk, as ``archivist bag`` lays them out.

    A file ``x/photo.jpg`` becomes ``data/photo.jpg``; a directory ``scans/`` becomes ``data/scans/...``
    with its structure kept, hidden files included (the RFC has no exception for them), and an empty
    directory kept as a zero-byte ``.keep`` file (RFC 8493 §2.1.3 note). Symlinks inside a directory
    may point to files within it (their content is copied); a symlinked directory is refused, since
    following it could leave the directory or loop.
    """
    entries: list[PayloadEntry] = []
    for given in paths:
        given = Path(given)
        if not os.path.lexists(given):
            raise UsageError("no such file or directory", where=str(given))
        if given.is_dir() and not given.is_symlink():
            entries.extend(_walk(given))
        else:
            name = given.name
            root = given.absolute().parent
            entries.append(PayloadEntry(f"data/{name}", given, root=root, original_name=name))
    return entries


def _walk(top: Path) -> list[PayloadEntry]:
    name = top.resolve().name
    if not name:
        raise UsageError("cannot bag the file system root", where=str(top))
    root = top.absolute()
    entries = []
    for dirpath, dirnames, filenames in os.walk(top, followlinks=False):
        dirnames.sort()
        rel_dir = Path(dirpath).relative_to(top).as_posix()
        prefix = f"data/{name}" if rel_dir == "." else f"data/{name}/{rel_dir}"
        for sub in dirnames:
            link = os.path.join(dirpath, sub)
            if os.path.islink(link):
                raise InputError("symlinked directory in payload; not followed", where=link)
        for file in sorted(filenames):
            entries.append(
                PayloadEntry(f"{prefix}/{file}", Path(dirpath) / file, root=root, original_name=file)
            )
        if not dirnames and not filenames:
            entries.append(PayloadEntry(f"{prefix}/{KEEP}", b""))
    return entries
