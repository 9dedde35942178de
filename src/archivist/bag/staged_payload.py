"""The last check of a staged bag before it is renamed into place: its data/ holds exactly the files
its manifests list, with the listed sizes (nothing missing, nothing extra, no symlink or special file)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from archivist.bag.payload import PayloadFile
from archivist.errors import InputError

if TYPE_CHECKING:
    from archivist.bag.reader import DirSource


def check_complete(stage: Path, files: Sequence[PayloadFile]) -> None:
    """Before anything records success: data/ holds exactly the listed files, with the listed sizes."""
    listed = {f.path: f.size for f in files}
    found: dict[str, int] = {}
    root = os.fspath(stage)
    for dirpath, _dirnames, filenames in os.walk(os.path.join(root, "data")):
        rel = dirpath[len(root) + 1 :].replace(os.sep, "/")  # os.walk joins below its top
        for name in filenames:
            found[f"{rel}/{name}"] = os.lstat(os.path.join(dirpath, name)).st_size
    if found != listed:
        extra = sorted(set(found) ^ set(listed)) or ["(sizes differ)"]
        raise InputError("staged payload does not match its manifests", where=str(stage), why=extra[0])


def check_listed(stage: Path, files: Sequence[PayloadFile], listing: DirSource | None) -> None:
    """``check_complete`` from a listing of the whole staging directory: the same refusal when data/
    holds anything but the listed files with the listed sizes (a symlink or special file never matches).
    Run after the caller's check, whose finer problem codes come first; without a listing, nothing to do
    (``check_complete`` ran before the tag files were written)."""
    if listing is None:
        return
    from archivist.bag.reader import DIR, FILE

    listed = {f.path: f.size for f in files}
    found = {
        rel: entry.size if entry.kind == FILE else -1
        for rel, entry in listing.entries.items()
        if rel.startswith("data/") and entry.kind != DIR
    }
    if found != listed or listing.problems:
        extra = sorted(set(found) ^ set(listed)) or [p.line() for p in listing.problems] or ["(sizes differ)"]
        raise InputError("staged payload does not match its manifests", where=str(stage), why=extra[0])
