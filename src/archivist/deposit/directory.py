"""Deposit a bag into a plain directory of bags (target ``dir:PATH``): the simplest second copy.

Layout of ``PATH`` (the object id is percent-encoded exactly as for S3 keys, so it is one name):
  ``<id>/``             the bag, byte for byte, tag files included
  ``<id>.premis.xml``   the PREMIS transfer event of the last deposit (beside the bag, as on S3)
  ``<id>.events/``      the fixity-check and replication events ``archivist audit`` appends
                        (``audit/dir_copy.py``; ``<id>.events.xml`` before archivist kept them append-only)
  ``.archivist-staging/`` where a copy waits until it is proven (hidden: never listed as an object)
Order: copy the bag into the staging directory → validate the copy in place (RFC 8493, every digest) →
swap it in with renames (the earlier copy, if any, is kept until the new one is in place) → write the
event. An identical bag (same files, same SHA-512) changes nothing and is reported ``unchanged``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from archivist.deposit.common import DepositFailed, bag_files, file_digest
from archivist.errors import errors_only
from archivist.fsutil import fsync_dir, write_atomic

STAGING = ".archivist-staging"
EVENT_SUFFIX = ".premis.xml"


@dataclass(frozen=True)
class DirectoryResult:
    outcome: str  # "deposited" or "unchanged"
    location: str
    tagmanifest_sha512: str
    files: int
    bytes: int


def bag_dirname(object_id: str) -> str:
    from archivist.deposit.s3 import object_key

    return object_key("", object_id, "")


def deposit_directory(bag: Path, root: Path, object_id: str, *, event: bytes) -> DirectoryResult:
    """Copy ``bag`` to ``root/<id>/`` (see the module doc), proven by validating the copy in place."""
    root.mkdir(parents=True, exist_ok=True)
    name = bag_dirname(object_id)
    live = root / name
    files = list(bag_files(bag))
    digests = {rel: file_digest(path, "sha512") for rel, path in files}
    if live.is_dir() and _same_files(live, digests):
        outcome = "unchanged"
    else:
        replace_bag_directory(bag, live)
        outcome = "deposited"
    write_atomic(root / f"{name}{EVENT_SUFFIX}", event)
    return DirectoryResult(
        outcome=outcome,
        location=str(live),
        tagmanifest_sha512=digests.get("tagmanifest-sha512.txt", ""),
        files=len(files),
        bytes=sum(path.stat().st_size for _, path in files),
    )


def replace_bag_directory(bag: Path, live: Path) -> None:
    """Put a proven copy of ``bag`` at ``live``; the copy is validated where it lies before the earlier
    one (if any) is moved away, so a failure at any point leaves the earlier copy in place."""
    from archivist.validate.bag import bag_problems

    staging = live.parent / STAGING
    staging.mkdir(exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f"{os.getpid()}-", dir=staging))
    try:
        copy = work / "bag"
        shutil.copytree(bag, copy, symlinks=True)
        errors = errors_only(bag_problems(copy))
        if errors:
            raise DepositFailed(
                "the copy does not validate; the earlier copy is unchanged",
                where=str(live),
                why=f"{errors[0].code}: {errors[0].message}",
            )
        retired = work / "retired"
        if live.exists():
            os.rename(live, retired)
        os.rename(copy, live)
        fsync_dir(live.parent)
    finally:
        shutil.rmtree(work, ignore_errors=True)
        with contextlib.suppress(OSError):
            staging.rmdir()  # unless another deposit is using it


def _same_files(live: Path, digests: dict[str, str]) -> bool:
    try:
        present = {rel: path for rel, path in bag_files(live)}
    except Exception:  # a symlink or a special file in the copy: it is not the same bag
        return False
    if set(present) != set(digests):
        return False
    return all(file_digest(path, "sha512") == digests[rel] for rel, path in present.items())
