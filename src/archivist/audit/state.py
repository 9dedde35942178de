"""What an interrupted audit already verified, so that running it again does not verify it twice.

A small JSON file, rewritten atomically (``fsutil.write_atomic``) at most every ``SAVE_EVERY`` seconds
and when the run ends: the targets of the run and, per (copy, object), the check's result with the cheap
key of the object's stored state (an inventory digest, an ETag, a stat). A re-run of the same targets
reuses a result only while that key is unchanged — an object rewritten since is verified again. A run that
finishes removes the file: the next audit is a new, full one. ``again`` ignores (and replaces) it.

Default place: ``$XDG_CACHE_HOME/archivist/audit-<hash of the targets>.json`` (``~/.cache`` without it).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from pathlib import Path

from archivist.audit.check import INTACT, CopyCheck
from archivist.fsutil import write_atomic

SAVE_EVERY = 2.0


def default_state_file(targets: list[str]) -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    digest = hashlib.sha256("\n".join(sorted(targets)).encode()).hexdigest()[:16]
    return base / "archivist" / f"audit-{digest}.json"


class AuditState:
    def __init__(self, path: Path, targets: list[str], *, again: bool) -> None:
        self.path = path
        self.targets = sorted(targets)
        self.done: dict[str, dict] = {}
        self._saved = time.monotonic()
        if again:
            return
        try:
            data = json.loads(path.read_bytes())
        except (OSError, ValueError):
            return
        if isinstance(data, dict) and data.get("targets") == self.targets:
            self.done = data.get("done", {})

    def previous(self, copy: str, object_id: str, key: str) -> CopyCheck | None:
        """The result an interrupted run recorded, if the object is still as it was then."""
        entry = self.done.get(f"{copy}\t{object_id}")
        if not entry or not key or entry.get("key") != key or entry.get("status") != INTACT:
            return None  # only intact results are reused: a damaged copy is always looked at again
        check = CopyCheck.from_dict(entry)
        check.resumed = True
        return check

    def record(self, check: CopyCheck) -> None:
        if check.key:
            self.done[f"{check.copy}\t{check.object_id}"] = check.to_dict()
        if time.monotonic() - self._saved >= SAVE_EVERY:
            self.save()

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {"targets": self.targets, "done": self.done}
        write_atomic(self.path, json.dumps(data, sort_keys=True).encode())
        self._saved = time.monotonic()

    def finish(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
