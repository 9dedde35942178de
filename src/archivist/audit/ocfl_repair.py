"""Repair an OCFL object in place, file by file, from a good copy of its bag (see ``ocfl_copy``).

Each damaged or missing content file is rewritten from the good bag's file with the digest the inventory
records: copied beside it, hashed where it lies, and only then renamed over it. A root inventory that no
longer matches its sidecar is restored from the newest version's identical copy (OCFL 1.1 §3.5.3: the
head version's inventory is the same file). Then whatever the object holds that no inventory lists (a
stray file in a content directory, a file dropped at the object's root, a version directory the
inventory does not know) is removed, and the directories it leaves empty: OCFL 1.1 §3.1 allows nothing
else in an object but ``logs/`` and ``extensions/``, which are kept. This comes last, once every listed
file is proven, so a repair that fails half-way removes nothing. The object keeps its identity,
versions and history.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from archivist.bag.hashing import hash_file, hash_files
from archivist.fsutil import fsync_dir


def repair_files(where: Path, bag: Path) -> str:
    """Rewrite each damaged file of the object from ``bag`` (see the module doc). Raises OSError or
    ValueError when a file has no good copy in the bag; what was repaired before stays repaired."""
    root_inventory = where / "inventory.json"
    repaired: list[str] = []
    inventory = _good_inventory(where)
    if inventory is None:
        raise ValueError("no intact inventory to repair the object from")
    raw, head = inventory
    if (
        hash_file(root_inventory, ("sha512",)).get("sha512")
        != hash_file(where / head / "inventory.json", ("sha512",))["sha512"]
    ):
        _replace_verified(
            where / head / "inventory.json",
            root_inventory,
            "sha512",
            hash_file(where / head / "inventory.json", ("sha512",))["sha512"],
        )
        _replace_verified(
            where / head / "inventory.json.sha512",
            where / "inventory.json.sha512",
            "sha512",
            hash_file(where / head / "inventory.json.sha512", ("sha512",))["sha512"],
        )
        repaired.append("inventory.json")
    algorithm = raw.get("digestAlgorithm", "sha512")
    by_digest: dict[str, Path] = {}
    for value, good_path in _bag_digests(bag, algorithm):
        by_digest.setdefault(value, good_path)
    for digest, paths in raw["manifest"].items():
        for content in paths:
            path = where / content
            if path.is_file() and hash_file(path, (algorithm,))[algorithm] == digest:
                continue
            good = by_digest.get(digest)
            if good is None:
                raise ValueError(f"{content} is damaged and the good copy has no file with its digest")
            _replace_verified(good, path, algorithm, digest)
            repaired.append(content)
    removed = _remove_unlisted(where, raw)
    done = "rewrote " + (", ".join(repaired) if repaired else "nothing")
    return done + (f"; removed what no inventory lists: {', '.join(removed)}" if removed else "")


def _remove_unlisted(where: Path, inventory: dict[str, Any]) -> list[str]:
    """Remove every file (or link) under the object that the inventory does not list, and the directories
    left empty; returns what was removed, object-relative."""
    from archivist.audit.ocfl_files import KEPT_DIRS, content_files

    listed = {path for paths in inventory["manifest"].values() for path in paths}
    removed = []
    for rel in sorted(set(content_files(where)) - listed):
        (where / rel).unlink()
        removed.append(rel)
    for dirpath, dirnames, _ in os.walk(where, topdown=False):
        directory = Path(dirpath)
        rel = directory.relative_to(where).as_posix()
        if rel == "." or rel.split("/")[0] in KEPT_DIRS:
            continue
        for name in dirnames:  # a link to a directory: never followed, never part of an object
            if (directory / name).is_symlink():
                (directory / name).unlink()
                removed.append(f"{rel}/{name}")
        if not any(directory.iterdir()):  # listed now: the walk's names predate the removals below it
            directory.rmdir()
            removed.append(f"{rel}/")
    if removed:
        fsync_dir(where)
    return removed


def _good_inventory(where: Path) -> tuple[dict[str, Any], str] | None:
    """The head inventory to trust: the root one if it matches its sidecar, else the newest version's."""
    versions = [p for p in where.glob("v*") if p.is_dir() and p.name[1:].isdigit()]
    candidates = [where, *sorted(versions, key=lambda p: int(p.name[1:]), reverse=True)]
    for directory in candidates:
        path = directory / "inventory.json"
        try:
            recorded = (directory / "inventory.json.sha512").read_text().split()[0]
            if hash_file(path, ("sha512",))["sha512"] != recorded:
                continue
            inventory = json.loads(path.read_bytes())
            return inventory, inventory["head"]
        except (OSError, ValueError, KeyError, IndexError):
            continue
    return None


def _bag_digests(bag: Path, algorithm: str) -> list[tuple[str, Path]]:
    paths = sorted(p for p in bag.rglob("*") if p.is_file())
    return [(d.digests[algorithm], p) for p, d in zip(paths, hash_files(paths, (algorithm,)), strict=True)]


def _replace_verified(good: Path, path: Path, algorithm: str, digest: str) -> None:
    """Copy ``good`` beside ``path``, hash the copy where it lies, and only then rename it over ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.repair-", dir=path.parent)
    os.close(fd)
    try:
        shutil.copyfile(good, temp)
        with open(temp, "rb") as handle:
            os.fsync(handle.fileno())
        if hash_file(temp, (algorithm,))[algorithm] != digest:
            raise ValueError(f"the replacement for {path.name} did not verify in place")
        os.chmod(temp, 0o644)
        os.replace(temp, path)
        fsync_dir(path.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
