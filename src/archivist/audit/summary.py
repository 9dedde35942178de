"""What an audit found: every object's verdict in every copy, the repairs, and the exit code."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from archivist.audit.check import INTACT
from archivist.audit.compare import ObjectVerdict
from archivist.audit.repair import RepairOutcome
from archivist.errors import EXIT_INVALID


@dataclass
class AuditSummary:
    targets: list[str]
    verdicts: list[ObjectVerdict] = field(default_factory=list)
    repairs: list[RepairOutcome] = field(default_factory=list)
    unavailable: dict[str, str] = field(default_factory=dict)  # copy → why it could not be listed
    warnings: list[str] = field(default_factory=list)  # e.g. an event that could not be recorded
    resumed: int = 0
    checked: int = 0

    @property
    def exit_code(self) -> int:
        if self.unavailable or not all(self._final_ok(v) for v in self.verdicts):
            return EXIT_INVALID
        return 0

    def _final_ok(self, verdict: ObjectVerdict) -> bool:
        repaired = {r.copy for r in self.repairs if r.object_id == verdict.object_id and r.ok}
        return all(state == INTACT or copy in repaired for copy, state in verdict.verdicts.items())

    def problem_lines(self) -> list[str]:
        """One line per object and copy that is not intact (with its first problem), and per repair."""
        lines = []
        for verdict in self.verdicts:
            for check in verdict.checks:
                state = verdict.verdicts[check.copy]
                if state != INTACT:
                    why = check.problems[0] if check.problems else verdict.note or "holds other content"
                    more = f" (+{len(check.problems) - 1} more)" if len(check.problems) > 1 else ""
                    lines.append(f"{state}: {check.copy} {verdict.object_id}: {why}{more}")
            if verdict.note and not verdict.ok:
                lines.append(f"not repairable: {verdict.object_id}: {verdict.note}")
        for repair in self.repairs:
            lines.append(
                f"{'repaired' if repair.ok else 'repair failed'}: {repair.copy} "
                f"{repair.object_id}: {repair.note}"
            )
        return lines

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for verdict in self.verdicts:
            for state in verdict.verdicts.values():
                counts[state] = counts.get(state, 0) + 1
        return counts

    def lines(self) -> list[str]:
        counts = ", ".join(f"{n} {state}" for state, n in sorted(self.counts().items()))
        repaired = sum(1 for r in self.repairs if r.ok)
        objects, copies = len(self.verdicts), len(self.targets)
        text = [
            f"{objects} object{'s' * (objects != 1)} in {copies} cop{'ies' if copies != 1 else 'y'}: "
            f"{counts or 'nothing found'}"
        ]
        if self.resumed:
            text.append(f"{self.resumed} copies verified by the interrupted earlier run (not read again)")
        if self.repairs:
            text.append(f"{repaired} of {len(self.repairs)} copies repaired")
        text.append("all copies intact and in agreement" if self.exit_code == 0 else "audit FAILED")
        return text

    def to_dict(self) -> dict[str, Any]:
        return {
            "targets": self.targets,
            "objects": len(self.verdicts),
            "counts": self.counts(),
            "checked": self.checked,
            "resumed": self.resumed,
            "unavailable": self.unavailable,
            "problems": self.problem_lines(),
            "repairs": [r.__dict__ | {"check": None} for r in self.repairs],
            "warnings": self.warnings,
            "exit_code": self.exit_code,
        }
