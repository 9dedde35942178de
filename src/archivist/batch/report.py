"""What a batch tells its user: the running summary, and the per-item JSON Lines report.

The summary counts every outcome but keeps the reason of at most ``MAX_FAILURES_KEPT`` failures in
memory, so that a run in which everything fails still runs in flat memory; the ``--report`` file has
every one of them.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from archivist.fsutil import open_output
from archivist.ingest import FAILED, INGESTED, PRESENT, SKIPPED
from archivist.source import utf8_safe

MAX_FAILURES_KEPT = 10_000


@dataclass
class Summary:
    """The result of a batch: counts by status and, for each failure, the input and its reason."""

    output: str
    ingested: int = 0
    present: int = 0
    failed: int = 0
    deposited: int = 0
    failures: list[dict[str, str]] = field(default_factory=list)
    failures_not_kept: int = 0
    skipped: int = 0
    skipped_by_reason: dict[str, int] = field(default_factory=dict)
    cleaned: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def total(self) -> int:
        """Articles: every input but the web-archive records skipped as not article pages."""
        return self.ingested + self.present + self.failed

    @property
    def exit_code(self) -> int:
        """0 when nothing failed, 1 when anything did (the rest of the batch still ran)."""
        return 1 if self.failed else 0

    def add(self, outcome: dict[str, Any]) -> None:
        status = outcome.get("status")
        if status == INGESTED:
            self.ingested += 1
        elif status == PRESENT:
            self.present += 1
        elif status == SKIPPED:
            # Reason codes are a short fixed list (archivist.warc.scan), so this dict stays small.
            self.skipped += 1
            reason = str(outcome.get("reason", "other"))
            self.skipped_by_reason[reason] = self.skipped_by_reason.get(reason, 0) + 1
        else:
            self.failed += 1
            if len(self.failures) < MAX_FAILURES_KEPT:
                self.failures.append(
                    {"source": str(outcome.get("source", "")), "error": str(outcome.get("error", "failed"))}
                )
            else:
                self.failures_not_kept += 1
        if outcome.get("deposit") and status != FAILED:
            self.deposited += 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "output": self.output,
            "total": self.total,
            "ingested": self.ingested,
            "present": self.present,
            "failed": self.failed,
            "deposited": self.deposited,
            "skipped": self.skipped,
            "skipped_by_reason": dict(sorted(self.skipped_by_reason.items())),
            "seconds": round(self.seconds, 3),
            "articles_per_second": round(self.total / self.seconds, 2) if self.seconds > 0 else None,
            "failures": self.failures,
            "failures_not_kept": self.failures_not_kept,
            "cleaned_staging": self.cleaned,
        }

    def lines(self) -> list[str]:
        """The summary for people: the counts (``count_lines``), then one line per failure."""
        out = self.count_lines()
        out.extend(f"failed: {failure_line(item['source'], item['error'])}" for item in self.failures)
        if self.failures_not_kept:
            out.append(f"... and {self.failures_not_kept} more failures (every one is in the --report file)")
        return out

    def count_lines(self) -> list[str]:
        """One line of counts, how many were deposited when there was a deposit, and the web-archive
        records skipped, by reason, when there were any."""
        rate = f", {self.total / self.seconds:.1f} articles/s" if self.seconds > 0 and self.total else ""
        head = (
            f"{self.total} article{'s' if self.total != 1 else ''}: {self.ingested} ingested, "
            f"{self.present} already present (skipped), {self.failed} failed"
            f" in {self.seconds:.1f} s{rate}"
        )
        out = [head]
        if self.deposited:
            out.append(f"{self.deposited} deposited")
        if self.skipped:
            by_reason = sorted(self.skipped_by_reason.items())
            reasons = ", ".join(f"{count} {reason}" for reason, count in by_reason)
            out.append(
                f"{self.skipped} web archive record{'s' if self.skipped != 1 else ''} skipped as not "
                f"article pages ({reasons})"
            )
        return out


def failure_line(source: str, error: str) -> str:
    """``source: reason``, without naming the source twice when the reason already starts with it."""
    return error if error.startswith(source) else f"{source}: {error}"


class ReportWriter:
    """``--report FILE``: one JSON object per line per outcome, flushed as each arrives, so that the
    file is useful while the run goes and complete up to the last article when a run is killed."""

    def __init__(self, path: str | os.PathLike[str] | None) -> None:
        self.path = Path(path) if path is not None else None
        self._handle: IO[str] | None = None
        if self.path is not None:
            if self.path.parent != Path(""):
                self.path.parent.mkdir(parents=True, exist_ok=True)
            # Line-buffered: every outcome reaches the file when its line ends. Opened by the one
            # output rule (fsutil): a FIFO, a device or a symlink is written through, never replaced.
            self._handle = open_output(self.path)

    def write(self, outcome: dict[str, Any]) -> None:
        if self._handle is not None:
            # A name that is not UTF-8 (a lone surrogate in Python) is written as its bytes, %XX,
            # as records and bags write it (source.archive_name): the report stays UTF-8 JSON.
            line = json.dumps(utf8_safe(outcome), ensure_ascii=False, sort_keys=True)
            self._handle.write(line + "\n")

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def __enter__(self) -> ReportWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
