"""What every deposit target shares: the error it raises, the facts it reads from a bag."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from archivist.bag.baginfo import read_bag_info
from archivist.bag.hashing import hash_file, normalize_algorithm
from archivist.errors import ArchivistError, InputError

__all__ = ["BUFFER", "DepositFailed", "bag_files", "bag_identifier", "file_digest", "read_bag_info"]

BUFFER = 1 << 20


class DepositFailed(ArchivistError):
    """A deposit did not happen (or was not proven); the bag is untouched and any earlier copy is kept."""


def bag_identifier(bag: Path) -> str:
    """The bag's ``External-Identifier``: the repository's name for it (OCFL object id, S3 key stem)."""
    values = read_bag_info(bag).get("External-Identifier", [])
    if len(values) != 1 or not values[0]:
        why = "it has none" if not values else f"it has {len(values)}"
        raise InputError("bag-info.txt must give exactly one External-Identifier", where=str(bag), why=why)
    return values[0]


def bag_files(bag: Path) -> Iterator[tuple[str, Path]]:
    """Every file of the bag (tag files included) as (bag-relative POSIX path, path), in a stable order.

    A symlink is refused: what the repository stores must be what the manifests describe, and a link
    could point anywhere.
    """
    for dirpath, dirnames, filenames in os.walk(bag):
        dirnames.sort()
        for name in sorted(filenames):
            path = Path(dirpath, name)
            if path.is_symlink() or not path.is_file():
                raise InputError("a bag must hold regular files only", where=str(path))
            yield path.relative_to(bag).as_posix(), path
        for name in dirnames:
            if Path(dirpath, name).is_symlink():
                raise InputError("a bag must hold regular files only", where=str(Path(dirpath, name)))


def file_digest(path: Path, algorithm: str) -> str:
    """One hex digest of a file, by the one hasher (``archivist.bag.hashing``)."""
    return hash_file(path, [algorithm])[normalize_algorithm(algorithm)]
