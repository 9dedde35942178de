"""What a batch reports its progress to: the ``ProgressSink`` protocol, and ``NullProgress`` (the
default, silent). The library never draws anything: the CLI supplies a terminal display
(``archivist.cli.progress``), so rich stays in the CLI.

The number of articles is not known in advance (inputs are enumerated lazily); a background count
calls ``set_total`` when it is done.
"""

from __future__ import annotations

from typing import Any, Protocol


class ProgressSink(Protocol):
    """``advance`` gets each outcome as a dict (``status``: ingested, present, failed or skipped)."""

    def set_total(self, total: int) -> None: ...
    def advance(self, outcome: dict[str, Any]) -> None: ...
    def close(self) -> None: ...


class NullProgress:
    """The default: no output."""

    def set_total(self, total: int) -> None:
        pass

    def advance(self, outcome: dict[str, Any]) -> None:
        pass

    def close(self) -> None:
        pass
