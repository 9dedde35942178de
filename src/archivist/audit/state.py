"""What an interrupted audit already verified, so that running it again does not verify it twice.

A journal in JSON Lines: a first line naming the run's targets, then one line per (copy, object) check
— the result with the cheap key of the object's stored state (an inventory digest, an ETag, a stat) —
appended and flushed the moment the check completes. A re-run of the same targets reuses an intact
result only while that key is unchanged: an object rewritten since is verified again, and so is anything
that was not intact (a damaged copy is always looked at again).

Durability rule: each line is handed to the kernel (``write(2)``) before the check is logged or
reported, so a killed process loses nothing it verified. A line is not fsynced: a power cut may lose the
last lines, and losing one only means that check is done again (never that a check is skipped). A torn
last line (the process died inside ``write``) is ignored on reading, for the same reason.
The events of those checks are made durable in groups (``durability.flush``), and a line may reach the
disk before its object's event does: after a power cut such a line would skip a check whose event was
lost. So each flush is followed by a ``{"durable": true}`` line, and the header names the boot the
journal was written in (Linux ``boot_id``): lines after the last such mark are reused only in the same
boot (the process was killed, the kernel kept everything it was handed); after a restart, or where the
boot cannot be named, those checks are done again.

A run that finishes removes the journal: the next audit is a new, full one. ``again`` ignores (and
replaces) it. Default place: ``$XDG_CACHE_HOME/archivist/audit-<hash of the targets>.json`` (``~/.cache``
without it).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import threading
from pathlib import Path
from typing import IO

from archivist.audit.check import INTACT, CopyCheck

DURABLE_MARK = b'{"durable": true}\n'


@functools.cache
def boot_id() -> str:
    """This boot's identifier (Linux), "" where there is none: then no unmarked line is ever reused."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return ""


def default_state_file(targets: list[str]) -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    digest = hashlib.sha256("\n".join(sorted(targets)).encode()).hexdigest()[:16]
    return base / "archivist" / f"audit-{digest}.json"


class AuditState:
    def __init__(self, path: Path, targets: list[str], *, again: bool) -> None:
        self.path = path
        self.targets = sorted(targets)
        self.done: dict[str, dict] = {}
        self._unconfirmed: set[str] = set()  # keys of lines written since the last durable mark
        self._journal: IO[bytes] | None = None
        self._lock = threading.Lock()
        if not again:
            self._load()

    def _load(self) -> None:
        try:
            lines = self.path.read_bytes().split(b"\n")
        except OSError:
            return
        try:
            header = json.loads(lines[0])
        except ValueError:
            return
        if not isinstance(header, dict) or header.get("targets") != self.targets:
            return  # another run's journal (or an old format): start afresh
        marked = "boot" in header  # a journal from before durable marks trusts every line, as it did
        pending: dict[str, dict] = {}
        for line in lines[1:]:
            try:
                entry = json.loads(line)
            except ValueError:
                continue  # the torn last line of a killed run, or the empty string after the last \n
            if isinstance(entry, dict) and entry.get("durable") is True:
                self.done.update(pending)
                pending.clear()
            elif isinstance(entry, dict) and "copy" in entry and "object_id" in entry:
                pending[f"{entry['copy']}\t{entry['object_id']}"] = entry
        if not marked or (header["boot"] and header["boot"] == boot_id()):
            self.done.update(pending)
            self._unconfirmed.update(pending if marked else ())

    def previous(self, copy: str, object_id: str, key: str) -> CopyCheck | None:
        """The result an interrupted run recorded, if the object is still as it was then."""
        entry = self.done.get(f"{copy}\t{object_id}")
        if not entry or not key or entry.get("key") != key or entry.get("status") != INTACT:
            return None  # only intact results are reused: a damaged copy is always looked at again
        check = CopyCheck.from_dict(entry)
        check.resumed = True
        return check

    def record(self, check: CopyCheck) -> None:
        """Append ``check`` to the journal, handed to the kernel before this returns."""
        if not check.key:
            return
        entry = check.to_dict()
        line = json.dumps(entry, sort_keys=True).encode() + b"\n"
        key = f"{check.copy}\t{check.object_id}"
        with self._lock:  # checks finish on several threads
            journal = self._open()  # (rewritten first: this line is not yet one of its reused lines)
            self.done[key] = entry
            journal.write(line)
            journal.flush()
            self._unconfirmed.add(key)

    def durable(self) -> None:
        """Mark every line so far as backed by durable events: call right after ``durability.flush``."""
        with self._lock:
            if self._journal is not None and self._unconfirmed:
                self._journal.write(DURABLE_MARK)
                self._journal.flush()
            self._unconfirmed.clear()

    def _open(self) -> IO[bytes]:
        """The journal, rewritten once per run: the header and what is reused from the last run, so that
        a journal never grows across many interrupted runs."""
        if self._journal is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temp = self.path.with_name(f".{self.path.name}.new")
            with open(temp, "wb") as out:
                out.write(json.dumps({"targets": self.targets, "boot": boot_id()}).encode() + b"\n")
                later = []
                for key, entry in self.done.items():
                    line = json.dumps(entry, sort_keys=True).encode() + b"\n"
                    if key in self._unconfirmed:
                        later.append(line)  # still waiting for its events' flush
                    else:
                        out.write(line)
                if len(later) < len(self.done):
                    out.write(DURABLE_MARK)
                out.writelines(later)
            os.replace(temp, self.path)
            self._journal = open(self.path, "ab")  # noqa: SIM115 - closed in close()
        return self._journal

    def save(self) -> None:
        """Make sure the journal exists (a run that recorded nothing still leaves its header)."""
        self._open().flush()

    def close(self) -> None:
        if self._journal is not None:
            self._journal.close()
            self._journal = None

    def finish(self) -> None:
        self.close()
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
