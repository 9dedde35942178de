"""Which files a batch ingests: named files, directories walked recursively, glob patterns, list files.

Everything is enumerated lazily, one path at a time, so a collection of any size costs the same
memory; only the entries of the one directory being walked are held (to sort them, so that every run
visits articles in the same order and a resumed run meets the finished ones first).

Rules, each for a reason:
- hidden names (``.*``) are skipped in walks: they are dot-files, version-control directories and the
  staging directories (``.<id>.XXXXXXXX.staging``) and partial files (``.<name>.XXXX.part``) that
  archivist itself leaves while writing;
- symlinked directories are not followed: their target is either inside the root (walked already, so
  following would ingest it twice) or outside it (not part of the collection, and possibly a loop);
- the output directory is never walked, so ``archivist ingest coll/ -o coll/bags`` does not ingest its
  own bags on a second run;
- a path named in a ``--from`` list is one article: a directory or a missing file there is a failed item
  (reported, the run goes on), not a reason to stop.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from archivist.errors import UsageError

_GLOB_CHARS = frozenset("*?[")


def is_glob(spec: str) -> bool:
    return any(ch in _GLOB_CHARS for ch in spec)


def check_specs(specs: Iterable[str], from_file: str | os.PathLike[str] | None = None) -> None:
    """Fail early, with exit code 2, on arguments that name nothing: a missing path, a glob that
    matches nothing, an unreadable list file. Costs one ``stat`` or one glob step per argument."""
    for spec in specs:
        if os.path.lexists(spec):
            continue
        if is_glob(spec):
            if next(glob.iglob(spec, recursive=True), None) is None:
                raise UsageError("the pattern matches no file", where=spec)
            continue
        raise UsageError("no such file or directory", where=spec)
    if from_file is not None and str(from_file) != "-" and not os.path.isfile(from_file):
        raise UsageError("the --from list is not a readable file", where=str(from_file))


def iter_inputs(
    specs: Iterable[str],
    *,
    from_file: str | os.PathLike[str] | None = None,
    exclude: Iterable[str | os.PathLike[str]] = (),
) -> Iterator[Path]:
    """Yield every article path the arguments name, in a stable order: the arguments in the order
    given (each directory walked depth-first in sorted order, each glob's matches sorted), then the
    lines of ``from_file`` (``-`` for stdin; blank lines and lines starting with ``#`` are ignored).

    ``exclude`` names directories never to enter (the output directory)."""
    excluded = {_real(Path(path)) for path in exclude}
    for spec in specs:
        yield from _expand(spec, excluded)
    if from_file is not None:
        yield from _read_list(from_file)


def _expand(spec: str, excluded: set[str]) -> Iterator[Path]:
    path = Path(spec)
    if not os.path.lexists(spec) and is_glob(spec):
        # Only the names of one pattern's matches are held, to sort them.
        for match in sorted(glob.iglob(spec, recursive=True)):
            if not _inside_any(match, excluded):  # `coll/**` must not reach into `-o coll/bags`
                yield from _expand_existing(Path(match), excluded)
        return
    yield from _expand_existing(path, excluded)


def _expand_existing(path: Path, excluded: set[str]) -> Iterator[Path]:
    if path.is_dir():
        if _real(path) not in excluded:
            yield from walk(path, excluded)
    else:
        # A named file (or a broken link, or a missing one) is one item; ingest reports why it failed.
        yield path


def walk(root: Path, excluded: set[str] | None = None) -> Iterator[Path]:
    """Every regular file under ``root`` (hidden names and symlinked directories left out), depth-first,
    names sorted by their code points."""
    excluded = excluded or set()
    stack = [root]
    while stack:
        directory = stack.pop()
        try:
            with os.scandir(directory) as scan:
                entries = sorted(
                    (entry for entry in scan if not entry.name.startswith(".")), key=lambda entry: entry.name
                )
        except OSError:
            # An unreadable directory is reported as one failed item, so the user hears of it.
            yield directory
            continue
        subdirs: list[Path] = []
        for entry in entries:
            try:
                if entry.is_dir(follow_symlinks=False):
                    child = Path(entry.path)
                    if _real(child) not in excluded:
                        subdirs.append(child)
                elif entry.is_symlink() and entry.is_dir(follow_symlinks=True):
                    continue  # see the module docstring: never follow a symlinked directory
                else:
                    # Files, symlinks to files, broken links: the last fail with their reason.
                    yield Path(entry.path)
            except OSError:
                yield Path(entry.path)
        # Files of a directory first, then its subdirectories, each in name order.
        stack.extend(reversed(subdirs))


def _read_list(from_file: str | os.PathLike[str]) -> Iterator[Path]:
    import sys

    if str(from_file) == "-":
        yield from _lines(sys.stdin)
        return
    with open(from_file, encoding="utf-8", errors="surrogateescape") as handle:
        yield from _lines(handle)


def _lines(handle: Iterable[str]) -> Iterator[Path]:
    for line in handle:
        name = line.rstrip("\r\n")
        if not name.strip() or name.lstrip().startswith("#"):
            continue
        yield Path(name)


def _inside_any(path: str, directories: set[str]) -> bool:
    if not directories:
        return False
    real = os.path.realpath(path)
    return any(real == d or real.startswith(d.rstrip(os.sep) + os.sep) for d in directories)


def _real(path: Path) -> str:
    return os.path.realpath(path)
