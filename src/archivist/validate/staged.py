"""The check of a bag just written, before it is renamed into place: every RFC 8493 and profile rule,
with the facts the writer already has instead of reading the bag back (issue 14: hash once).

What is on disk is looked at where it matters: the staging directory is walked (``DirSource``), so
every file listed must exist as a regular file, nothing unlisted may be present, and Payload-Oxum is
compared with the sizes found. Each file found must also have the size the writer wrote and the mtime it
gave it last: a write after the writer's (same size or not) changes the mtime, and is refused here as
``bag.staged.changed``. What is *not* re-read: the tag files' bytes (the writer's own bytes are parsed)
and every file's digests (those computed from the bytes as they were written). A same-size change whose
writer also puts the mtime back is therefore not seen by this check; it is by any later fixity check
(``archivist validate``, the deposit's copy, the audit), which all hash what is on disk.
"""

from __future__ import annotations

import io
from typing import BinaryIO

from archivist.bag.reader import FILE, DirSource
from archivist.bag.writer import StagedBag
from archivist.errors import Problem, errors_only
from archivist.validate.bag import source_problems
from archivist.validate.profile import archivist_profile_problems


def staged_bag_errors(staged: StagedBag) -> list[Problem]:
    """What stops the staged bag (errors only): its files as found on disk against what the writer wrote,
    then RFC 8493 strictly, then archivist's profile (only when the bag itself has no error)."""
    source = _WrittenSource(staged)
    problems = errors_only(source.problems)
    if problems:
        return problems  # the bytes on disk are not those written: what else would be checked is moot
    problems = errors_only(source_problems(source, digests=staged.digests))
    if not problems:
        problems = errors_only(archivist_profile_problems(source))
    return problems


class _WrittenSource(DirSource):
    """The staging directory as listed on disk, whose tag files are read from the writer's bytes."""

    def __init__(self, staged: StagedBag) -> None:
        # The writer's listing, made after its last write, when it has one: the directory is not walked
        # twice (issue 14); a staged bag without one is walked here.
        super().__init__(staged.path, listed=staged.listing)
        self.staged = staged
        sizes = {f.path: f.size for f in staged.files}
        sizes.update((path, len(data)) for path, data in staged.tag_files.items())
        for rel, entry in sorted(self.entries.items()):
            if entry.kind != FILE or rel not in sizes:
                continue  # unlisted and non-regular entries: RFC 8493's checks report them
            if entry.size != sizes[rel] or entry.mtime_ns != staged.mtime_ns:
                self.problems.append(
                    Problem(
                        "bag.staged.changed",
                        f"changed on disk after it was written: {entry.size} bytes, "
                        f"mtime {entry.mtime_ns} ns; "
                        f"written {sizes[rel]} bytes, mtime {staged.mtime_ns} ns",
                        str(staged.path / rel),
                    )
                )

    def open(self, path: str) -> BinaryIO:
        data = self.staged.tag_files.get(path)
        if data is not None and self.is_file(path):
            return io.BytesIO(data)
        return super().open(path)  # a file the writer did not give: read from disk, as any validator
