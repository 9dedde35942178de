"""Clearing what a killed run left behind in an output directory, and nothing else.

A bag is built in ``.<id>.XXXXXXXX.staging`` beside its final name and renamed into place
(``archivist.fsutil.staging_dir``, whose random part comes from ``tempfile``: 8 characters of
``[a-z0-9_]``); a file is written as ``.<name>.XXXXXXXX.part`` and renamed (``write_atomic``). A run
killed mid-article leaves one of these. A new run removes those older than its own start, and only
those that match the patterns exactly: anything else in the output directory is the user's.

A staging directory is first renamed aside (``….staging.deleting``) and only then removed: a rename is
atomic, so a straggling process that still owns it either renames it into place first (a complete bag)
or finds it gone (and fails) — it never renames a half-deleted directory into place.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

from archivist.fsutil import staging_in_use

STAGING = re.compile(r"^\..+\.[a-z0-9_]{8}\.staging(\.deleting)?$")
PART = re.compile(r"^\..+\.[a-z0-9_]{8}\.part$")


def clean_staging(output: Path, *, older_than: float) -> list[str]:
    """Remove leftover staging directories and partial files directly under ``output`` whose mtime is
    before ``older_than`` (a ``time.time()``). Returns the names removed."""
    removed: list[str] = []
    try:
        scan = os.scandir(output)
    except FileNotFoundError:
        return removed
    with scan:
        for entry in scan:
            name = entry.name
            if not name.startswith("."):
                continue
            try:
                info = entry.stat(follow_symlinks=False)
                if info.st_mtime >= older_than:
                    continue  # made by a run that started after us: not ours to judge
                if STAGING.match(name) and entry.is_dir(follow_symlinks=False):
                    if staging_in_use(Path(entry.path)):
                        continue  # a live process is still building it (its mtime may be old)
                    _remove_dir(Path(entry.path))
                    removed.append(name)
                elif PART.match(name) and entry.is_file(follow_symlinks=False):
                    os.unlink(entry.path)
                    removed.append(name)
            except FileNotFoundError:
                continue  # another process finished or removed it meanwhile
    return sorted(removed)


def _remove_dir(path: Path) -> None:
    doomed = path if path.name.endswith(".deleting") else path.with_name(path.name + ".deleting")
    if doomed != path:
        os.rename(path, doomed)
    shutil.rmtree(doomed, ignore_errors=True)
