"""``audit_copies``: check every object in every copy, compare the copies, log the events, repair.

The steps of a run: list every copy (a copy that cannot be listed makes all its objects ``unreadable``);
for every object of any copy, check it in every copy — reusing what an interrupted run of the same
targets already verified (``state.py``) — through a runner (in this process by default; ``archivist.batch``
passes local processes or a Dask cluster); log each check as a PREMIS ``fixity check`` event with the
copy; as soon as every copy of an object is checked (in identifier order), compare them
(``compare.py``), repair when asked (``repair.py``) and append the object's lines to the report
(``report.py``); return a summary whose ``exit_code`` is 0 only when every copy of every object is intact
and the copies agree.
"""

from __future__ import annotations

import json
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from archivist import clock
from archivist.audit import durability
from archivist.audit.check import INTACT, MISSING, UNREADABLE, Copy, CopyCheck, CopyUnavailable
from archivist.audit.compare import judge, receipt_fingerprints
from archivist.audit.copies import open_copy
from archivist.audit.event_log import fixity_note, log_check, repair_logger
from archivist.audit.events import FIXITY
from archivist.audit.repair import RepairOutcome, repair_object
from archivist.audit.report import ReportWriter
from archivist.audit.state import AuditState, default_state_file
from archivist.audit.summary import AuditSummary
from archivist.errors import UsageError

# Objects checked at once by the default runner: one per core (at most 4, reads share the disk).
CHECK_THREADS = min(4, os.cpu_count() or 1)
PARALLEL_BYTES = 1 << 20  # an average object size from which several threads pay (``_run_here``)


@dataclass(frozen=True)
class AuditJob:
    """What every check of a run shares; small and picklable, for worker processes and Dask."""

    endpoint_url: str | None = None
    rederive: bool = False  # run every validation again, even those proven unchanged by digest


# A runner takes task strings and the job and yields one result dict per task, in any order: the
# ``run_local``/``run_cluster`` of ``archivist.batch`` (a ``{"source", "status": "failed", "error"}`` dict
# when a worker died), or, by default, ``run_here``.
Runner = Callable[[Iterable[str], AuditJob], Iterator[dict[str, Any]]]


class AuditProgress(Protocol):
    def set_total(self, total: int) -> None: ...
    def advance(self, outcome: dict[str, Any]) -> None: ...


class _NoProgress:
    def set_total(self, total: int) -> None:
        pass

    def advance(self, outcome: dict[str, Any]) -> None:
        pass


def audit_copies(
    targets: list[str],
    *,
    endpoint_url: str | None = None,
    repair: bool = False,
    again: bool = False,
    rederive: bool = False,
    state_file: str | os.PathLike[str] | None = None,
    report: str | os.PathLike[str] | None = None,
    runner: Runner | None = None,
    progress: AuditProgress | None = None,
    receipts: Iterable[str | os.PathLike[str]] = (),
) -> AuditSummary:
    """Audit the copies ``targets`` name (see the module doc). ``receipts``: deposit receipts (files, or
    directories holding ``*.deposit.json``) whose recorded fingerprint settles a disagreement between
    copies with no majority. ``again`` ignores what an interrupted run verified; ``rederive`` also
    runs again every validation whose input bytes are proven unchanged by digest since a logged check
    (the inventory's structure, an event log's earlier events); content digests are always recomputed.
    Raises ``UsageError`` for no target or a bad one; never raises for a
    damaged, missing or unreadable object, or a copy that cannot be listed."""
    if not targets:
        raise UsageError("nothing to audit: name at least one copy (an OCFL root, s3://..., dir:PATH)")
    if len(set(targets)) != len(targets):
        raise UsageError("a copy is named twice", where=next(t for t in targets if targets.count(t) > 1))
    copies = {target: open_copy(target, endpoint_url=endpoint_url) for target in targets}
    recorded = receipt_fingerprints(receipts)
    names = {target: copies[target].name for target in targets}
    summary = AuditSummary(targets=list(targets))
    state = AuditState(
        Path(state_file) if state_file else default_state_file(list(targets)), list(targets), again=again
    )
    listings: dict[str, dict[str, str]] = {}
    for target, copy in copies.items():
        try:
            # Keys only matter to resume: a copy that can list without them does, with no journal.
            listings[target] = copy.objects(keys=bool(state.done))
        except CopyUnavailable as exc:
            summary.unavailable[names[target]] = exc.line()
    identifiers = sorted({object_id for listing in listings.values() for object_id in listing})
    sink = progress or _NoProgress()
    results: dict[tuple[str, str], CopyCheck] = {}
    waiting: dict[str, int] = {}  # object id → copies of it still being checked
    tasks: list[str] = []
    for object_id in identifiers:
        waiting[object_id] = 0
        for target in targets:
            name = names[target]
            if target not in listings:
                results[name, object_id] = CopyCheck(name, object_id, UNREADABLE, ["cannot list the copy"])
            elif object_id not in listings[target]:
                results[name, object_id] = _missing(name, object_id)
            else:
                key = listings[target][object_id]
                previous = state.previous(name, object_id, key)
                if previous is not None:
                    results[name, object_id] = previous
                    summary.resumed += 1
                else:
                    tasks.append(json.dumps([target, object_id, key]))
                    waiting[object_id] += 1
    sink.set_total(len(tasks))
    job = AuditJob(endpoint_url=endpoint_url, rederive=rederive)
    finish = _Finisher(summary, copies, targets, names, results, recorded, repair, report, rederive)
    finish.state = state
    try:
        state.save()
        finish.ready(identifiers, waiting)

        def settle(outcome: dict[str, Any] | CopyCheck) -> CopyCheck:
            """Log a check's event, then record the check in the journal (on the check's own thread, by
            default). In that order: a resumed run reuses a journaled check instead of checking again, so
            a check must not reach the journal before its event is written; killed between the two, the
            object is checked again and logged twice, which is true (it was checked twice)."""
            check = outcome if isinstance(outcome, CopyCheck) else _as_check(outcome, names)
            log_check(
                summary, copies, check, FIXITY, check.status == INTACT, fixity_note(check), rederive=rederive
            )
            state.record(check)
            return check

        settled = _run_here(copies, settle)(tasks, job) if runner is None else map(settle, runner(tasks, job))
        for check in settled:
            results[check.copy, check.object_id] = check
            summary.checked += 1
            if progress is not None:  # (a dict per object costs more than nothing)
                sink.advance(check.to_dict())
            waiting[check.object_id] = waiting.get(check.object_id, 1) - 1
            finish.ready(identifiers, waiting)
        finish.ready(identifiers, {})  # a runner that lost a result: finish what is left, in order
    finally:
        finish.close()
        durability.flush()
        state.durable()
    if not summary.unavailable and all(c.status != UNREADABLE for c in results.values()):
        state.finish()  # complete: the next audit is a new, full one
    else:
        state.close()
    return summary


class _Finisher:
    """Finish each object once every copy of it is checked, in identifier order whatever order results
    arrive in: log the copies missing it, judge the copies, repair if asked, write its report lines."""

    def __init__(
        self,
        summary: AuditSummary,
        copies: dict[str, Copy],
        targets: list[str],
        names: dict[str, str],
        results: dict[tuple[str, str], CopyCheck],
        recorded: dict[str, str],
        repair: bool,
        report: str | os.PathLike[str] | None,
        rederive: bool = False,
    ) -> None:
        self.summary, self.copies, self.results, self.recorded = summary, copies, results, recorded
        self.order = [names[t] for t in targets]
        self.by_name = {names[t]: copies[t] for t in targets}
        self.repair = repair
        self.rederive = rederive
        self.report = ReportWriter(report)
        self.state: AuditState | None = None
        self.next = 0

    def ready(self, identifiers: list[str], waiting: dict[str, int]) -> None:
        while self.next < len(identifiers) and waiting.get(identifiers[self.next], 0) <= 0:
            _finish_object(self, identifiers[self.next])
            self.next += 1

    def close(self) -> None:
        self.report.close()


def _finish_object(finish: _Finisher, object_id: str) -> None:
    summary = finish.summary
    checks = [
        finish.results.get((name, object_id))
        or CopyCheck(name, object_id, UNREADABLE, ["the check did not complete"])
        for name in finish.order
    ]
    for check in checks:  # missing ones: logged where the copy can hold a log
        if check.status == MISSING and not check.checked:
            check.checked = clock.isoformat(clock.now())
            log_check(
                summary,
                finish.copies,
                check,
                FIXITY,
                False,
                "the object is missing from this copy",
                quiet=True,
                rederive=finish.rederive,
            )
    verdict = judge(object_id, checks, finish.recorded.get(object_id))
    summary.verdicts.append(verdict)
    repairs: list[RepairOutcome] = []
    if finish.repair and not verdict.ok:
        repairs = repair_object(verdict, finish.by_name, repair_logger(summary, finish.rederive))
    summary.repairs.extend(repairs)
    finish.report.write(verdict, repairs)
    if durability.due():
        durability.flush()
        if finish.state is not None:
            finish.state.durable()  # the journal's lines so far are backed by durable events


def _run_here(
    copies: dict[str, Copy],
    settle: Callable[[dict[str, Any] | CopyCheck], CopyCheck],
    threads: int | None = None,
) -> Callable[[Iterable[str], AuditJob], Iterator[CopyCheck]]:
    """The default runner: every check in this process, on the copies already open, ``threads`` objects
    at a time, each check recorded and logged (``settle``) on its own thread, so that the waits of one
    object's reads and writes overlap another's work (hashing and most I/O release the GIL). Results come
    back in the order of the tasks, so reports and progress do not depend on timing.
    Small objects are checked one after the other in this thread, as long as the objects checked so far
    average less than ``PARALLEL_BYTES``: for them the check is Python work, which holds the GIL, and a
    second thread only adds the cost of handing objects over and of taking the GIL in turns (≈ 30 %
    more CPU for news-article objects, and no shorter wall time: bench/bench_audit.py)."""

    def one(task: str, job: AuditJob) -> CopyCheck:
        target, object_id, key = json.loads(task)
        return settle(_checked(copies[target], object_id, key, job.rederive))  # no dict in between

    def run(tasks: Iterable[str], job: AuditJob) -> Iterator[CopyCheck]:
        count = CHECK_THREADS if threads is None else threads
        tasks = iter(tasks)
        done = size = 0
        if count > 1:
            for task in tasks:
                check = one(task, job)
                yield check
                done, size = done + 1, size + check.bytes
                if size >= PARALLEL_BYTES * done:
                    break  # large objects: the rest on several threads
            else:
                return  # every object was small
        if count <= 1:
            yield from (one(task, job) for task in tasks)
            return
        with ThreadPoolExecutor(count, thread_name_prefix="audit") as pool:
            window: deque[Future[CopyCheck]] = deque()
            for task in tasks:
                window.append(pool.submit(one, task, job))
                if len(window) > 2 * count:
                    yield window.popleft().result()
            while window:
                yield window.popleft().result()

    return run


# Worker processes (and Dask workers, which outlive a run) keep one open copy per target: an S3 client
# costs more to make than a HEAD request.
_OPEN: dict[tuple[str, str | None], Copy] = {}


def check_task(task: str, job: AuditJob) -> dict[str, Any]:
    """One (copy, object) check, as a dict: the unit a worker process or a Dask worker runs. Never raises."""
    target, object_id, key = json.loads(task)
    copy = _OPEN.get((target, job.endpoint_url))
    if copy is None:
        try:
            copy = _OPEN[target, job.endpoint_url] = open_copy(target, endpoint_url=job.endpoint_url)
        except Exception as exc:  # a bug met on one object must not end the audit
            return _internal_error(target, object_id, exc)
    return _check(copy, object_id, key, job.rederive)


def _check(copy: Copy, object_id: str, key: str, rederive: bool = False) -> dict[str, Any]:
    return _checked(copy, object_id, key, rederive).to_dict()


def _checked(copy: Copy, object_id: str, key: str, rederive: bool = False) -> CopyCheck:
    try:
        return copy.check(object_id, key, rederive=rederive)
    except Exception as exc:  # a bug met on one object must not end the audit
        return CopyCheck.from_dict(_internal_error(copy.name, object_id, exc))


def _internal_error(copy: str, object_id: str, exc: Exception) -> dict[str, Any]:
    return CopyCheck(
        copy,
        object_id,
        UNREADABLE,
        [f"internal error: {type(exc).__name__}: {exc}"],
        checked=clock.isoformat(clock.now()),
    ).to_dict()


def _as_check(outcome: dict[str, Any], names: dict[str, str]) -> CopyCheck:
    """A runner's result as a check, under the copy's own name (``ocfl:PATH`` for a plain ``PATH``)."""
    if "copy" in outcome:
        check = CopyCheck.from_dict(outcome)
        check.copy = names.get(check.copy, check.copy)
        return check
    # A worker died under the task (batch's ``failed`` dict): the task string is the source.
    target, object_id, _ = json.loads(outcome.get("source", '["?", "?", ""]'))
    why = outcome.get("error", "the check did not complete")
    return CopyCheck(
        names.get(target, target), object_id, UNREADABLE, [why], checked=clock.isoformat(clock.now())
    )


def _missing(copy: str, object_id: str) -> CopyCheck:
    return CopyCheck(copy, object_id, MISSING, ["the object is missing from this copy"])
