"""Compare the copies of one object: which copies are good, which are damaged, missing or behind.

Among the copies that verify, the good content is decided without guessing:
  * one fingerprint: that one;
  * several, and one copy's own version history (OCFL) holds every other as an earlier version: its head
    is the newest, and the others are ``behind``;
  * otherwise a strict majority of the copies that verify;
  * otherwise the content whose fingerprint the deposit receipt recorded (``--receipts``, read by
    ``receipt_fingerprints``), if one matches;
  * otherwise none: the copies ``differ`` and nothing is repaired.
A copy that could not be read (``unreadable``) is never judged, and never repaired over.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from archivist.audit.check import DAMAGED, INTACT, MISSING, CopyCheck
from archivist.errors import UsageError

BEHIND, DIFFERS = "behind", "differs"
REPAIRABLE = {DAMAGED, MISSING, BEHIND, DIFFERS}


@dataclass
class ObjectVerdict:
    object_id: str
    checks: list[CopyCheck]
    verdicts: dict[str, str] = field(default_factory=dict)  # copy → intact/damaged/missing/behind/...
    good: str | None = None  # the good fingerprint, when it can be decided
    note: str = ""

    @property
    def ok(self) -> bool:
        return all(verdict == INTACT for verdict in self.verdicts.values())

    def source(self) -> CopyCheck | None:
        """A copy that verifies and holds the good content (the first such, in the order given)."""
        return next(
            (
                c
                for c in self.checks
                if c.status == INTACT and c.fingerprint == self.good and self.good is not None
            ),
            None,
        )

    def to_repair(self) -> list[CopyCheck]:
        if self.good is None:
            return []
        return [c for c in self.checks if self.verdicts[c.copy] in REPAIRABLE]


def judge(object_id: str, checks: list[CopyCheck], receipt: str | None = None) -> ObjectVerdict:
    """The verdict on every copy of one object; ``receipt`` is the fingerprint a deposit receipt recorded."""
    verdict = ObjectVerdict(object_id, checks)
    intact = [c for c in checks if c.status == INTACT]
    prints = Counter(c.fingerprint for c in intact)
    if len(prints) == 1:
        verdict.good = next(iter(prints))
    elif len(prints) > 1:
        verdict.good = _newest(intact, set(prints)) or _majority(prints, len(intact))
        if verdict.good is None and receipt in prints:
            verdict.good = receipt
        if verdict.good is None:
            verdict.note = (
                "the copies that verify hold different content, none is a majority and no receipt names one"
            )
    elif checks:
        verdict.note = "no copy verifies"
    for check in checks:
        if check.status != INTACT:
            verdict.verdicts[check.copy] = check.status
        elif verdict.good is None and len(prints) > 1:
            verdict.verdicts[check.copy] = DIFFERS
        elif check.fingerprint == verdict.good:
            verdict.verdicts[check.copy] = INTACT
        elif verdict.good is not None and any(
            verdict.good in other.history[other.history.index(check.fingerprint) + 1 :]
            for other in intact
            if check.fingerprint in other.history
        ):
            verdict.verdicts[check.copy] = BEHIND
        else:
            verdict.verdicts[check.copy] = DIFFERS
    return verdict


def _newest(intact: list[CopyCheck], prints: set[str | None]) -> str | None:
    for check in intact:
        if prints <= set(check.history) and check.fingerprint == (check.history or [None])[-1]:
            return check.fingerprint
    return None


def _majority(prints: Counter[str | None], voters: int) -> str | None:
    fingerprint, count = prints.most_common(1)[0]
    return fingerprint if count * 2 > voters else None


def receipt_fingerprints(paths: Iterable[str | os.PathLike[str]]) -> dict[str, str]:
    """Object id → the bag fingerprint deposit receipts recorded. A receipt that cannot be read is a
    usage error: the caller named it to settle a disagreement."""
    from archivist.deposit import FINGERPRINT
    from archivist.deposit.receipt import RECEIPT_SUFFIX

    found: dict[str, str] = {}
    for given in paths:
        path = Path(given)
        files = sorted(path.glob(f"*{RECEIPT_SUFFIX}")) if path.is_dir() else [path]
        for file in files:
            try:
                data = json.loads(file.read_bytes())
                value = data.get("checksums", {}).get(FINGERPRINT)
            except (OSError, ValueError, AttributeError) as exc:
                raise UsageError("cannot read the receipt", where=str(file), why=str(exc)) from exc
            if value:
                found[str(data.get("object_id"))] = value
    return found
