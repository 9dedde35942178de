"""``audit --report FILE``: JSON Lines, one line per object and copy, written as the audit goes.

Each line is a ``CopyCheck`` with the copy's ``verdict`` (intact, damaged, missing, behind, differs,
unreadable) and, after ``--repair``, the ``repair`` done on it. An object's lines are written as soon as
every copy of it is checked (the verdict needs them all), appended and flushed, so a killed audit leaves
a report of every object it finished. Order: objects by identifier, copies in the order the targets were
named — the same whatever the runner (``--jobs``, ``--cluster``) and however results arrive, so two
reports of the same collection compare line by line.

The file is the report of one run: a run truncates it when it starts. A run that resumes an interrupted
one (``state.py``) writes every object again, the checks it reused marked ``"resumed": true`` with the
date of the run that made them.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import IO

from archivist.audit.compare import ObjectVerdict
from archivist.audit.repair import RepairOutcome
from archivist.errors import UsageError


class ReportWriter:
    def __init__(self, path: str | os.PathLike[str] | None) -> None:
        self._out: IO[bytes] | None = None
        if path is not None:
            try:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
                self._out = open(path, "wb")  # noqa: SIM115 - closed in close()
            except OSError as exc:
                raise UsageError(
                    "cannot write the report", where=str(path), why=exc.strerror or str(exc)
                ) from exc

    def write(self, verdict: ObjectVerdict, repairs: list[RepairOutcome]) -> None:
        """Append the object's lines and hand them to the kernel (a kill after this loses none)."""
        if self._out is None:
            return
        by_copy = {r.copy: r for r in repairs}
        for check in verdict.checks:
            line = check.to_dict() | {"verdict": verdict.verdicts[check.copy]}
            repair = by_copy.get(check.copy)
            if repair is not None:
                line["repair"] = {"ok": repair.ok, "source": repair.source, "note": repair.note}
            self._out.write(json.dumps(line, ensure_ascii=False, sort_keys=True).encode() + b"\n")
        self._out.flush()

    def close(self) -> None:
        if self._out is not None:
            self._out.close()
            self._out = None
