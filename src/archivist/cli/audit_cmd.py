from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from archivist.batch.progress import NullProgress, ProgressSink
from archivist.cli.common import echo_json, echo_line, endpoint_url_option, one_line_errors


@click.command()
@click.argument("targets", nargs=-1, metavar="TARGET...")
@click.option(
    "--repair", is_flag=True, help="Replace damaged, missing or outdated copies from a copy that verifies."
)
@click.option(
    "--history",
    "history_of",
    metavar="ID",
    help="Print the logged events of object ID in every TARGET instead of auditing.",
)
@click.option(
    "--report",
    type=click.Path(path_type=Path, dir_okay=False),
    metavar="FILE",
    help="Write one JSON line per object and copy to FILE.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the summary (or the history) as JSON.")
@click.option(
    "-j",
    "--jobs",
    type=int,
    default=1,
    show_default=True,
    metavar="N",
    help="Local worker processes checking objects side by side.",
)
@click.option("--cluster", metavar="ADDRESS", help="Check on the Dask cluster at ADDRESS (tcp://host:8786).")
@click.option(
    "--again",
    "--full",
    "again",
    is_flag=True,
    help="Verify everything, even what an interrupted earlier run already verified.",
)
@click.option(
    "--rederive",
    is_flag=True,
    help="Run every validation again, even those whose input bytes are proven unchanged by digest "
    "since a logged check (the inventory's structure, the event log's earlier events).",
)
@click.option(
    "--state",
    "state_file",
    type=click.Path(path_type=Path, dir_okay=False),
    metavar="FILE",
    help="Where an interrupted run's progress is kept [default: ~/.cache/archivist/audit-*.json].",
)
@click.option(
    "--receipts",
    multiple=True,
    type=click.Path(path_type=Path, exists=True),
    metavar="PATH",
    help="Deposit receipts (files, or directories of *.deposit.json): the content they record "
    "settles copies that disagree with no majority.",
)
@endpoint_url_option
@one_line_errors
def audit(
    targets: tuple[str, ...],
    repair: bool,
    history_of: str | None,
    report: Path | None,
    as_json: bool,
    jobs: int,
    cluster: str | None,
    again: bool,
    rederive: bool,
    state_file: Path | None,
    receipts: tuple[Path, ...],
    endpoint_url: str | None,
) -> int:
    """Verify every object in every copy in full, compare the copies, and log each check.

    Each TARGET is a copy, named as for deposit: an OCFL 1.1 storage root (PATH or ocfl:PATH),
    s3://BUCKET/PREFIX, or dir:PATH. Every byte is read: the OCFL inventory and its sidecars or the
    tar's recorded SHA-256, and the bag inside (RFC 8493, every digest of every manifest). The copies
    are then compared by object: missing from one, damaged, holding different content, or a version
    behind. Each check is logged as a PREMIS 3 "fixity check" event kept with the object in that copy
    (OCFL: the object's logs/ directory; S3: <id>.events.xml beside the tar; dir: <id>.events/ beside
    the bag) without changing
    its content or version; --history ID prints them.

    With --repair, a damaged, missing or outdated copy is replaced from a copy that verifies (never
    from one that does not, and never when the copies disagree without a majority or a --receipts
    receipt naming the good content); the replacement is verified where it lies before the damaged
    one goes, and a "replication" event is logged.

    A run that is killed can be run again: what it verified is not read again (--again reads all).

    Every content digest is recomputed on every audit. Two validations are pure functions of bytes
    whose digest the audit computes anyway: the OCFL inventory's structure, and the event log's earlier
    events. When those bytes are unchanged since a logged check found them valid, that check is not run
    again, and the event and the --report line say so ("proven"); --rederive runs them all.

    \b
    Examples:
      archivist audit repository
      archivist audit /srv/ocfl s3://preservation/news dir:/mnt/tape/bags --report audit.jsonl
      archivist audit /srv/ocfl s3://preservation/news --repair
      archivist audit --history urn:newsml:example.org:20051130:a1 /srv/ocfl s3://preservation/news

    \b
    Exit codes:
      0  every copy of every object is intact and the copies agree (after --repair: once repaired)
      1  a copy is damaged, missing, unreadable, outdated or disagrees, or a repair failed
      2  usage error
      143, 129, 130  stopped by SIGTERM, SIGHUP or Ctrl-C: what was verified is kept for the next run
    """
    from archivist.errors import UsageError

    if history_of is not None:
        from archivist.audit import history

        events = history(history_of, list(targets), endpoint_url=endpoint_url)
        if as_json:
            echo_json([event.to_dict() for event in events])
        for event in [] if as_json else events:
            echo_line(f"{event.date}  {event.copy}  {event.type}: {event.outcome}  {event.note}")
        return 0
    if not targets:
        raise UsageError("nothing to audit: name at least one copy (an OCFL root, s3://..., dir:PATH)")
    from archivist.batch.audit import audit_collection

    progress = _progress_for(sys.stderr)
    try:
        summary = audit_collection(
            list(targets),
            jobs=jobs,
            cluster=cluster,
            repair=repair,
            again=again,
            rederive=rederive,
            state_file=state_file,
            report=report,
            endpoint_url=endpoint_url,
            receipts=receipts,
            progress=progress,
        )
    finally:
        progress.close()
    for why in summary.unavailable.values():
        echo_line(f"archivist: {why}", err=True)
    for line in summary.problem_lines() + summary.warnings:
        echo_line(f"archivist: {line}", err=True)
    if as_json:
        echo_json(summary.to_dict())
    else:
        for line in summary.lines():
            echo_line(line)
    return summary.exit_code


class _Bar:
    """Checks done of the total, bytes per second, time left; only when stderr is a terminal."""

    def __init__(self, stream: Any) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._progress = Progress(
            TextColumn("audit"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[notes]}"),
            TimeRemainingColumn(),
            console=Console(file=stream),
            refresh_per_second=4,
        )
        self._task = self._progress.add_task("audit", total=None, notes="")
        self._bad = 0
        self._progress.start()

    def set_total(self, total: int) -> None:
        self._progress.update(self._task, total=total)

    def advance(self, outcome: dict[str, Any]) -> None:
        self._bad += outcome.get("status") != "intact"
        notes = f"[red]{self._bad} not intact[/]" if self._bad else ""
        self._progress.update(self._task, advance=1, notes=notes)

    def close(self) -> None:
        self._progress.stop()


def _progress_for(stream: Any) -> ProgressSink:
    from archivist.cli.progress import is_terminal

    return _Bar(stream) if is_terminal(stream) else NullProgress()
