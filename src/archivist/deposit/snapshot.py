"""The private copy a deposit is made from: deposit stores exactly the bytes it verified.

A bag is a directory anyone may still be writing to. Validating it and then reading it again to store
it leaves a window in which a changed bag is stored and certified as the validated one. So a deposit
copies the bag once into a directory of its own (``verified_copy``; for S3, the tar it uploads), and
the full validation — every checksum of every manifest, and the archivist profile — runs on that copy.
What the repository receives is built from the copy only, so it is the validated bag byte for byte,
whatever happens to the original meanwhile. The copy is hashed with SHA-512 as it is written (OCFL's
digest), so no file is read more often than before: one pass to copy, one to validate.

Why a copy validated afterwards rather than "hash while copying and compare with the manifests": the
manifests themselves can change between the validation and the copy, and the structural checks
(unlisted files, Payload-Oxum, the profile) would have to be redone on the copy anyway.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from archivist.bag.hashing import copy_and_hash
from archivist.deposit.common import bag_files
from archivist.errors import ValidationFailed
from archivist.fsutil import staging_dir

Check = Callable[[Path], None]


@dataclass(frozen=True)
class Snapshot:
    path: Path  # the private copy of the bag (same directory name as the bag)
    sha512: dict[str, str]  # bag-relative path → SHA-512 of the copied bytes


@contextlib.contextmanager
def verified_copy(bag: Path, workspace: Path | None, check: Check) -> Iterator[Snapshot]:
    """Copy ``bag`` into ``workspace`` (or the system's temporary directory), validate the copy with
    ``check`` (problems reported under the bag's own name), yield it, remove it afterwards."""
    with _private_dir(workspace) as area:
        copy = area / Path(os.path.abspath(bag)).name
        copy.mkdir()
        digests: dict[str, str] = {}
        for rel, path in bag_files(bag):
            target = copy / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            stored = copy_and_hash(path, target, ("sha512",), expect=os.lstat(path))
            digests[rel] = stored.digests["sha512"]
        checked(copy, bag, check)
        yield Snapshot(copy, digests)


def checked(copy: Path, bag: Path, check: Check) -> None:
    """Run ``check`` on ``copy``; its problems name ``bag``, the path the user gave."""
    try:
        check(copy)
    except ValidationFailed as exc:
        problems = [replace(p, file=_renamed(p.file, copy, bag)) for p in exc.problems]
        raise ValidationFailed(
            "bag is invalid (as copied for the deposit: it may have changed since it was checked); "
            "it was not deposited",
            problems,
            where=str(bag),
        ) from None


def _renamed(file: str, copy: Path, bag: Path) -> str:
    for prefix in (str(copy), copy.name):
        if file.startswith(prefix):
            return str(bag) + file[len(prefix) :]
    return file


@contextlib.contextmanager
def _private_dir(workspace: Path | None) -> Iterator[Path]:
    """A fresh directory in ``workspace`` (OCFL: the deposit workspace beside the storage root, same
    file system; a killed deposit's copy there is removed by the next deposit's recovery), or in the
    system's temporary directory when there is none or it cannot be written. The directory is held
    with ``flock`` (``fsutil.staging_dir``) so a concurrent deposit's recovery leaves it alone."""
    with contextlib.ExitStack() as stack:
        area: Path | None = None
        for _attempt in range(3) if workspace is not None else ():
            stack.callback(_remove_if_empty, workspace)  # runs last: after the copy itself is gone
            try:
                area = stack.enter_context(staging_dir(workspace / "snapshot"))
                break
            except FileNotFoundError:
                continue  # a deposit finishing meanwhile removed the empty workspace: make it again
            except OSError as exc:
                if exc.errno not in {errno.EACCES, errno.EROFS, errno.EPERM}:
                    raise
                break
        if area is None:
            area = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="archivist-deposit-")))
        yield area


def _remove_if_empty(directory: Path) -> None:
    with contextlib.suppress(OSError):
        directory.rmdir()
