"""What every deposit target shares: the error it raises, the facts it reads from a bag."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

from archivist.errors import ArchivistError, InputError

BUFFER = 1 << 20

class DepositFailed(ArchivistError):
    """A deposit did not happen (or was not proven); the bag is untouched and any earlier copy is kept."""


def read_bag_info(bag: Path) -> dict[str, list[str]]:
    """The labels and values of ``bag-info.txt`` (RFC 8493 §2.2.2), continuation lines folded in."""
    path = bag / "bag-info.txt"
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        return {}
    except UnicodeDecodeError as exc:
        raise InputError("bag-info.txt is not UTF-8", where=str(path), why=str(exc)) from exc
    info: dict[str, list[str]] = {}
    last: tuple[str, int] | None = None
    for line in text.splitlines():
        if line[:1] in {" ", "\t"} and last is not None:
            label, index = last
            info[label][index] += " " + line.strip()
        elif ":" in line:
            label, _, value = line.partition(":")
            values = info.setdefault(label.strip(), [])
            values.append(value.strip())
            last = (label.strip(), len(values) - 1)
    return info


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
    digest = hashlib.new(algorithm)
    with path.open("rb") as handle:
        while chunk := handle.read(BUFFER):
            digest.update(chunk)
    return digest.hexdigest()
