"""A directory of bags (``dir:PATH``, see ``deposit/directory.py``) as a copy.

Check of one object: ``PATH/<id>/`` validated as a bag (RFC 8493, every digest). Events in
``PATH/<id>.events.xml``, beside the bag, never inside it. Repair: the good bag is copied into the
staging directory, validated there, and only then swapped in for the damaged one.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from urllib.parse import unquote

from archivist import clock
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
from archivist.audit.durability import read_log, write_deferred
from archivist.deposit.directory import bag_dirname, replace_bag_directory

EVENTS = ".events.xml"


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

    def read_events(self, object_id: str) -> bytes | None:
        return read_log(self.root / f"{bag_dirname(object_id)}{EVENTS}")

    def write_events(self, object_id: str, data: bytes) -> None:
        if not self.root.is_dir():  # gone or unmounted: never re-create it (an empty look-alike)
            raise FileNotFoundError(2, "the directory of bags is gone", str(self.root))
        write_deferred(self.root / f"{bag_dirname(object_id)}{EVENTS}", data)

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
