"""A directory of bags (``dir:PATH``, see ``deposit/directory.py``) as a copy.

Check of one object: ``PATH/<id>/`` validated as a bag (RFC 8493, every digest). Events in
``PATH/<id>.events/``, beside the bag, never inside it, kept append-only as an OCFL object's ``logs/`` is
(``segments.py``: a sealed base, then one sealed record appended per event), so that an audit costs no
more as an object's history grows. The single ``PATH/<id>.events.xml`` of earlier versions becomes the
base at the next event (it is read and extended as it is) and is removed once that base is durable.
Repair: the good bag is copied into the staging directory, validated there, and only then swapped in for
the damaged one.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from urllib.parse import unquote

from archivist import clock
from archivist.audit import durability
from archivist.audit.check import (
    DAMAGED,
    FINGERPRINT_FILE,
    INTACT,
    MISSING,
    NO_FINGERPRINT,
    UNREADABLE,
    CopyCheck,
    CopyUnavailable,
)
from archivist.audit.durability import backup_of, read_log, write_deferred
from archivist.audit.log_append import append
from archivist.audit.segments import BASE, read_documents, scan
from archivist.deposit.directory import bag_dirname, replace_bag_directory
from archivist.render.premis import PremisEvent

LOGS = ".events"  # <id>.events/: the object's event log (the module doc)
LEGACY_EVENTS = ".events.xml"  # the whole log in one file, as archivist wrote it before segments


class DirCopy:
    def __init__(self, root: Path, name: str) -> None:
        self.root = root
        self.name = name

    def objects(self, *, keys: bool = True) -> dict[str, str]:  # keys cost nothing more here
        try:
            entries = sorted(os.scandir(self.root), key=lambda e: e.name)
        except OSError as exc:
            raise CopyUnavailable(
                "cannot list the directory of bags", where=self.name, why=exc.strerror or str(exc)
            ) from exc
        found = {}
        for entry in entries:
            if entry.name.startswith(".") or not entry.is_dir(follow_symlinks=False):
                continue
            if os.path.isfile(os.path.join(entry.path, "bagit.txt")):
                found[unquote(entry.name)] = _quick_key(Path(entry.path))
        return found

    def bag_dir(self, object_id: str) -> Path:
        return self.root / bag_dirname(object_id)

    def check(self, object_id: str, key: str = "", *, rederive: bool = False) -> CopyCheck:
        # Nothing is taken as proven here (``rederive`` changes nothing): the bag is validated in full.
        from archivist.validate.bag import bag_problems

        result = CopyCheck(self.name, object_id, INTACT, checked=clock.isoformat(clock.now()))
        if not self.root.is_dir():
            result.status = UNREADABLE
            result.problems.append("the directory of bags is gone")
            return result
        bag = self.bag_dir(object_id)
        if not bag.is_dir():
            result.status = MISSING
            result.problems.append("no such bag")
            return result
        result.key = key or _quick_key(bag)
        try:
            for problem in bag_problems(bag):
                if problem.is_error:
                    result.problems.append(problem.line().replace(f"{bag}/", ""))
            fingerprint = bag / FINGERPRINT_FILE
            if fingerprint.is_file():
                result.fingerprint = hashlib.sha512(fingerprint.read_bytes()).hexdigest()
            files = [p for p in bag.rglob("*") if p.is_file()]
            result.files, result.bytes = len(files), sum(p.stat().st_size for p in files)
        except OSError as exc:
            result.status = UNREADABLE
            result.problems.append(f"cannot read: {exc.strerror or exc}")
            return result
        if result.fingerprint is None:
            result.problems.append(NO_FINGERPRINT)
        result.history = [result.fingerprint or ""]
        if result.problems:
            result.status = DAMAGED
        return result

    def append_event(
        self, object_id: str, make_event: Callable[[str], PremisEvent], when: datetime, *, rederive: bool
    ) -> None:
        """Append an event to the object's log (``segments.py``), its legacy one-file log adopted first."""
        logs = self._log_directory(object_id)
        state = scan(logs)
        if state.size == 0:  # a new segment (a first event, or the one after a fold): a legacy log?
            legacy = self.root / f"{bag_dirname(object_id)}{LEGACY_EVENTS}"
            if not state.base and not state.segments and (old := read_log(legacy)) is not None:
                write_deferred(Path(logs, BASE), old)  # the base, read and extended as it is
                state = scan(logs)
            if state.base and os.path.lexists(legacy):  # its bytes are the base's now (a cut run's too)
                durability.remove_after_flush([os.fspath(legacy), os.fspath(backup_of(legacy))])
        append(state, object_id, make_event, when, rederive=rederive)

    def read_event_documents(self, object_id: str) -> list[bytes]:
        """Every document of the object's log, in order (``--history``)."""
        logs = self.root / f"{bag_dirname(object_id)}{LOGS}"
        documents = read_documents(os.fspath(logs)) if logs.is_dir() else []
        if documents:
            return documents
        legacy = read_log(self.root / f"{bag_dirname(object_id)}{LEGACY_EVENTS}")
        return [legacy] if legacy is not None else []

    def read_events(self, object_id: str) -> bytes | None:
        base = read_log(self.root / f"{bag_dirname(object_id)}{LOGS}" / BASE)
        return base if base is not None else read_log(self.root / f"{bag_dirname(object_id)}{LEGACY_EVENTS}")

    def write_events(self, object_id: str, data: bytes) -> None:
        write_deferred(Path(self._log_directory(object_id), BASE), data)

    def _log_directory(self, object_id: str) -> str:
        """``<id>.events/``, made when missing; never through a link (it could lead out of the root)."""
        if not self.root.is_dir():  # gone or unmounted: never re-create it (an empty look-alike)
            raise FileNotFoundError(2, "the directory of bags is gone", str(self.root))
        logs = os.fspath(self.root / f"{bag_dirname(object_id)}{LOGS}")
        try:
            os.mkdir(logs)
        except FileExistsError:
            if not stat.S_ISDIR(os.lstat(logs).st_mode):
                raise NotADirectoryError(errno.ENOTDIR, "not a directory of its own", logs) from None
        return logs

    def export_bag(self, object_id: str, workdir: Path) -> Path:
        return self.bag_dir(object_id)  # read in place: repair only ever reads the good copy

    def restore(self, object_id: str, bag: Path, damaged: CopyCheck) -> str:
        if not self.root.is_dir():
            raise FileNotFoundError(2, "the directory of bags is gone", str(self.root))
        replace_bag_directory(bag, self.bag_dir(object_id))
        return f"copied the good bag to {self.bag_dir(object_id)}, validated there, then swapped in"


def _quick_key(bag: Path) -> str:
    try:
        info = (bag / FINGERPRINT_FILE).stat()
        return f"{info.st_size}:{info.st_mtime_ns}:{bag.stat().st_mtime_ns}"
    except OSError:
        return ""
