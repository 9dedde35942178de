"""The private copy a deposit is made from: deposit stores exactly the bytes it verified.

A bag is a directory anyone may still be writing to. Validating it and then reading it again to store
it leaves a window in which a changed bag is stored and certified as the validated one. So a deposit
copies the bag once into a directory of its own (``verified_copy``; for S3, the tar it uploads), and
the full validation — every checksum of every manifest, and the archivist profile — runs on that copy.
What the repository receives is built from the copy only, so it is the validated bag byte for byte,
whatever happens to the original meanwhile. Each file is hashed as it is written, with every algorithm its
manifests use (and SHA-512, OCFL's digest): the validation of the copy compares those digests with the
copy's manifests instead of reading the files again, and OCFL deposit hands the same SHA-512 digests to
ocfl-py. So a deposit reads each byte of the bag once and hashes it once.

Why a copy validated afterwards rather than "hash while copying and compare with the manifests": the
manifests themselves can change between the validation and the copy, and the structural checks
(unlisted files, Payload-Oxum, the profile) would have to be redone on the copy anyway.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from archivist.bag.hashing import copy_and_hash, normalize_algorithm
from archivist.deposit.common import bag_files
from archivist.errors import ValidationFailed
from archivist.fsutil import staging_dir

Digests = dict[str, dict[str, str]]  # bag-relative path → algorithm → hex digest of the bytes as copied
Check = Callable[[Path, Digests], None]  # validates the copy, given the digests already computed
# Algorithms hashlib knows under the normalised BagIt name (RFC 8493 §2.4): others are left to the validator.
_HASHED_WHILE_COPYING = frozenset({"md5", "sha1", "sha224", "sha256", "sha384", "sha512"})
_MANIFEST_NAME = re.compile(r"^(?:tag)?manifest-([A-Za-z0-9-]+)\.txt$")


@dataclass(frozen=True)
class Snapshot:
    path: Path  # the private copy of the bag (same directory name as the bag)
    digests: Digests

    @property
    def sha512(self) -> dict[str, str]:
        """Bag-relative path → SHA-512 of the copied bytes (OCFL's digest)."""
        return {rel: found["sha512"] for rel, found in self.digests.items()}


@contextlib.contextmanager
def verified_copy(bag: Path, workspace: Path | None, check: Check) -> Iterator[Snapshot]:
    """Copy ``bag`` into ``workspace`` (or the system's temporary directory), validate the copy with
    ``check`` (problems reported under the bag's own name), yield it, remove it afterwards."""
    with _private_dir(workspace) as area:
        copy = area / Path(os.path.abspath(bag)).name
        copy.mkdir()
        files = list(bag_files(bag))
        algorithms = _manifest_algorithms(rel for rel, _ in files)
        digests: Digests = {}
        for rel, path in files:
            target = copy / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            stored = copy_and_hash(path, target, algorithms, expect=os.lstat(path))
            digests[rel] = dict(stored.digests)
        checked(copy, bag, check, digests)
        yield Snapshot(copy, digests)


def _manifest_algorithms(names: Iterable[str]) -> tuple[str, ...]:
    """SHA-512 and every algorithm the bag's (tag) manifests name that hashlib computes."""
    found = {"sha512"}
    for name in names:
        match = _MANIFEST_NAME.match(name)
        if match is not None and normalize_algorithm(match.group(1)) in _HASHED_WHILE_COPYING:
            found.add(normalize_algorithm(match.group(1)))
    return tuple(sorted(found))


def checked(copy: Path, bag: Path, check: Check, digests: Digests) -> None:
    """Run ``check`` on ``copy``; its problems name ``bag``, the path the user gave."""
    try:
        check(copy, digests)
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
