"""Repair the copies of one object from a copy that verifies (``archivist audit --repair``).

Rules: the source is a copy that verified in this run and holds the good content (``compare.judge``);
there is none when no copy verifies or the copies disagree without a majority, and then nothing is done.
The good bag is exported to a private directory and validated there again before anything is written; each
kind of copy then puts it in place proving the replacement where it lies before the damaged bytes go
(``Copy.restore``). The repaired copy is checked again in full; only if it now verifies with the good
content is the repair a success. Events: the copy's log gets a ``replication`` event (success or failure,
naming the source copy), after the ``fixity check`` failure the audit itself logged.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from archivist.audit.check import INTACT, Copy, CopyCheck
from archivist.audit.compare import ObjectVerdict
from archivist.errors import ArchivistError, errors_only


@dataclass
class RepairOutcome:
    copy: str
    object_id: str
    ok: bool
    source: str
    note: str
    check: CopyCheck | None = None


LogEvent = Callable[[Copy, str, bool, str], None]


def repair_object(verdict: ObjectVerdict, copies: dict[str, Copy], log: LogEvent) -> list[RepairOutcome]:
    """Repair every repairable copy of ``verdict``'s object; never touches the source copy."""
    from archivist.validate.bag import bag_problems

    source = verdict.source()
    targets = verdict.to_repair()
    if source is None or not targets:
        return []
    outcomes: list[RepairOutcome] = []
    work = Path(tempfile.mkdtemp(prefix="archivist-repair-"))
    try:
        try:
            bag = copies[source.copy].export_bag(verdict.object_id, work)
            errors = errors_only(bag_problems(bag))
        except (ArchivistError, OSError, ValueError) as exc:
            note = f"the good copy {source.copy} could not be exported: {_why(exc)}"
            return [RepairOutcome(t.copy, verdict.object_id, False, source.copy, note) for t in targets]
        if errors:  # it verified a moment ago: it changed under us; repair nothing from it
            note = f"the good copy {source.copy} no longer validates: {errors[0].line()}"
            return [RepairOutcome(t.copy, verdict.object_id, False, source.copy, note) for t in targets]
        for target in targets:
            outcomes.append(_repair_one(verdict, target, copies[target.copy], bag, source, log))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return outcomes


def _repair_one(
    verdict: ObjectVerdict, target: CopyCheck, copy: Copy, bag: Path, source: CopyCheck, log: LogEvent
) -> RepairOutcome:
    try:
        done = copy.restore(verdict.object_id, bag, target)
    except (ArchivistError, OSError, ValueError) as exc:
        note = f"replication from {source.copy} failed: {_why(exc)}"
        log(copy, verdict.object_id, False, note)
        return RepairOutcome(target.copy, verdict.object_id, False, source.copy, note)
    after = copy.check(verdict.object_id)
    if after.status != INTACT or after.fingerprint != verdict.good:
        why = after.problems[0] if after.problems else "it holds other content"
        note = f"replicated from {source.copy} ({done}) but the copy still does not verify: {why}"
        log(copy, verdict.object_id, False, note)
        return RepairOutcome(target.copy, verdict.object_id, False, source.copy, note, after)
    note = f"replicated from {source.copy}: {done}; verified in place"
    log(copy, verdict.object_id, True, note)
    return RepairOutcome(target.copy, verdict.object_id, True, source.copy, note, after)


def _why(exc: BaseException) -> str:
    if isinstance(exc, ArchivistError):
        return exc.line()
    if isinstance(exc, OSError):
        return f"{exc.filename + ': ' if exc.filename else ''}{exc.strerror or exc}"
    return str(exc)
