"""An OCFL object's event log, in its ``logs/`` (OCFL 1.1 §3.1: part of no version, so writing it changes
neither the object's content nor its version, and validators ignore it): the claims a check reads from
it, the event each check appends, every document ``--history`` reads. Kept append-only (``segments.py``)."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from archivist.audit import seal as seals
from archivist.audit.durability import read_log, write_deferred
from archivist.audit.log_append import append, leftovers
from archivist.audit.ocfl_bag import claimed
from archivist.audit.seal import verified
from archivist.audit.segments import (
    BASE,
    LogState,
    document_of,
    listed,
    read_documents,
    scan,
)
from archivist.render.premis import PremisEvent

EVENTS = f"logs/{BASE}"


def claims(object_dir: str, claim: str) -> tuple[bool, LogState]:
    """Whether the log proves ``claim`` (an intact check logged it, ``ocfl_bag.claimed``), and what
    ``segments.scan`` found, for the append that follows. The last record is read when there is one
    (its event is the last check's); otherwise the base, in full (the second audit of an object), whose
    seal also says which leftover segments a cut run left (then removed after the next flush)."""
    state = scan(f"{object_dir}/logs")
    latest = state.latest
    if latest is not None:
        mark = f"; {claim}</premis:eventDetail>".encode()
        return bool(claim) and latest.seal.check == seals.log_check() and mark in latest.document, state
    if not state.base:
        return False, state
    data = read_log(Path(state.path(BASE)))
    seal = verified(data) if data else None
    state.base_proven = seal is not None and seal.check == seals.log_check()
    if state.base_proven:
        state.base_document = document_of(seal.body)  # type: ignore[union-attr]  # proven: sealed
    if seal is not None and state.through:  # folded before, yet nothing appended since: a cut run's
        state.segments = listed(state.logs)  # leftovers are removed once this base is durable
        leftovers(state, seal.body)
    return claimed(data, claim), state


def append_event(
    object_dir: Path,
    state: LogState | None,
    object_id: str,
    make_event: Callable[[str], PremisEvent],
    when: datetime,
    *,
    rederive: bool = False,
) -> None:
    """Append one event (``segments.append``); ``state``: the listing the check just made, if any."""
    logs = f"{object_dir}/logs"
    try:
        append(state or scan(logs), object_id, make_event, when, rederive=rederive)
    except FileNotFoundError:  # no logs/ yet (a first event), or no object: made, then again
        if not object_dir.is_dir():
            raise FileNotFoundError(2, "no such object", str(object_dir)) from None
        os.makedirs(logs, exist_ok=True)
        append(scan(logs), object_id, make_event, when, rederive=rederive)


def documents(object_dir: Path) -> list[bytes]:
    return read_documents(os.path.join(object_dir, "logs"))


def read_base(object_dir: Path) -> bytes | None:
    return read_log(object_dir / EVENTS)


def write_base(object_dir: Path, data: bytes) -> None:
    try:
        write_deferred(object_dir / EVENTS, data)
    except FileNotFoundError:  # no logs/ yet (a first event), or no object: made, then again
        if not object_dir.is_dir():
            raise FileNotFoundError(2, "no such object", str(object_dir)) from None
        (object_dir / "logs").mkdir(exist_ok=True)
        write_deferred(object_dir / EVENTS, data)
