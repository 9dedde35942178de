"""Group commit: several staged bags made durable by one sync pass, then each renamed into place, then
their directory made durable once.

A bag on its own is synced (``syncfs``), renamed, and its parent directory fsynced: two waits for the
disk per bag, a third of an article's ingest time (issue 14). A batch stages several bags
(``write_bag(..., group=)``), then ``commit()``:

1. one ``fsutil.sync_trees`` over every staged bag (one ``syncfs`` per file system): all their content
   is on disk before any of them becomes visible;
2. each bag renamed into place, never over an existing one (``BagExists`` for that bag alone);
3. one ``fsync`` of each parent directory: the new names are durable before ``commit`` returns, so a
   bag reported ingested survives a power cut.

Until ``commit`` returns nothing of the group is under its final name; a process killed before then
leaves staging directories only, which the next run removes (``archivist.batch.staging``). Each
staging directory keeps its ``flock`` until it is committed or discarded, so that clean-up never takes
a live one for a leftover.
"""

from __future__ import annotations

from pathlib import Path

from archivist import fsutil

__all__ = ["CommitGroup"]


class CommitGroup:
    """Staged bags waiting for one commit. Use as a context manager: whatever is not committed when
    the ``with`` ends is discarded."""

    def __init__(self, *, fsync: bool | None = None) -> None:
        self.fsync = fsync
        self._staged: list[tuple[fsutil.Staging, Path]] = []

    def __len__(self) -> int:
        return len(self._staged)

    def __enter__(self) -> CommitGroup:
        return self

    def __exit__(self, *exc: object) -> None:
        self.discard()

    def adopt(self, staging: fsutil.Staging, dest: Path) -> None:
        """Take over a complete, validated staging directory, to be renamed to ``dest`` by ``commit``."""
        staging.keep()
        self._staged.append((staging, dest))

    def commit(self) -> list[tuple[Path, Exception | None]]:
        """Sync, rename, sync the directories (see the module docstring). Returns, for each bag in the
        order they were adopted, its ``dest`` and None when it was put in place, else why not
        (``BagExists`` when another bag, maybe one of this group, stood there first; an ``OSError``).
        When the sync itself fails nothing is renamed: every bag gets that error. The group is empty
        afterwards."""
        from archivist.bag.writer import rename_noreplace

        staged, self._staged = self._staged, []
        results: list[tuple[Path, Exception | None]] = []
        try:
            try:
                fsutil.sync_trees([staging.path for staging, _ in staged], fsync=self.fsync)
            except OSError as exc:
                return [(dest, exc) for _, dest in staged]
            for staging, dest in staged:
                try:
                    rename_noreplace(staging.path, dest)
                    staging.published()
                    results.append((dest, None))
                except Exception as exc:  # one bag's failure is that bag's outcome, not the group's
                    results.append((dest, exc))
            failed_parents: dict[Path, OSError] = {}
            for parent in dict.fromkeys(dest.parent for dest, error in results if error is None):
                try:
                    fsutil.fsync_dir(parent, fsync=self.fsync)
                except OSError as exc:
                    failed_parents[parent] = exc
            # Renamed but not known durable: not reported made (a re-run finds the bag and keeps it).
            return [
                (dest, failed_parents.get(dest.parent) if error is None else error) for dest, error in results
            ]
        finally:
            for staging, _ in staged:
                staging.release()

    def discard(self) -> None:
        """Remove every staged bag not committed."""
        staged, self._staged = self._staged, []
        for staging, _ in staged:
            staging.release()
