"""Progress for people at a terminal, and nothing for anyone else: the rich bar the CLI hands to the
batch library as its ``ProgressSink``.

``progress_for(stream)`` is a bar only when the stream is a terminal — a run whose stderr goes to a file
or a pipe (cron, CI, a script) gets no control characters at all. Once the background count of the
inputs is done, the bar shows the time left.
"""

from __future__ import annotations

import os
import sys
from typing import IO, Any

from archivist.batch.progress import NullProgress, ProgressSink
from archivist.ingest import FAILED, PRESENT, SKIPPED


class BarProgress:
    """A rich progress bar: articles done (of the total once counted), articles per second, time left,
    and how many were skipped as present or failed."""

    def __init__(self, stream: IO[str]) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TaskProgressColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self._progress = Progress(
            TextColumn("ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TaskProgressColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TextColumn("left"),
            TimeRemainingColumn(),
            TextColumn("{task.fields[notes]}"),
            console=Console(file=stream),
            transient=False,
            refresh_per_second=4,
        )
        self._task = self._progress.add_task("ingest", total=None, rate="", notes="")
        self._present = 0
        self._failed = 0
        self._skipped = 0
        self._progress.start()

    def set_total(self, total: int) -> None:
        self._progress.update(self._task, total=total)

    def advance(self, outcome: dict[str, Any]) -> None:
        status = outcome.get("status")
        if status == PRESENT:
            self._present += 1
        elif status == FAILED:
            self._failed += 1
        elif status == SKIPPED:
            self._skipped += 1
        notes = ", ".join(
            part
            for part in (
                f"{self._present} present" if self._present else "",
                f"{self._skipped} skipped" if self._skipped else "",
                f"[red]{self._failed} failed[/]" if self._failed else "",
            )
            if part
        )
        task = self._progress.tasks[0]
        speed = task.finished_speed or task.speed
        rate = f"{speed:.1f}/s" if speed else ""
        self._progress.update(self._task, advance=1, notes=notes, rate=rate)

    def close(self) -> None:
        self._progress.stop()


def is_terminal(stream: IO[str] | None) -> bool:
    try:
        return bool(stream is not None and stream.isatty()) and os.environ.get("TERM") != "dumb"
    except (AttributeError, ValueError):
        return False


def progress_for(stream: IO[str] | None = None, *, enabled: bool = True) -> ProgressSink:
    """A bar on ``stream`` (stderr by default) if it is a terminal and ``enabled``; else ``NullProgress``."""
    stream = sys.stderr if stream is None else stream
    if enabled and is_terminal(stream):
        return BarProgress(stream)
    return NullProgress()
