"""Hand bags to repositories: an OCFL 1.1 storage root (the default), S3-compatible storage, or a plain
directory of bags; to several of them at once when the bag is to have several copies.

``deposit_bag(bag, targets)`` validates the bag once (RFC 8493 and the archivist profile), deposits it
into every target atomically and idempotently, proves each transfer, writes one receipt beside the bag
listing every copy, and returns it. A target that fails does not stop the others: its copy is listed as
``failed`` with the reason, and ``DepositFailed`` is raised only when no copy at all could be made.

Targets: a path or ``ocfl:PATH`` → OCFL storage root (created if absent); ``s3://bucket[/prefix]`` → S3;
``dir:PATH`` → a directory holding one bag directory per object (``deposit/directory.py``).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from archivist import clock
from archivist.deposit.common import DepositFailed, bag_identifier, file_digest
from archivist.deposit.receipt import Receipt, failed_copy, transfer_premis, with_copies, write_receipt
from archivist.deposit.s3 import S3Settings
from archivist.errors import InputError, Problem, UsageError, ValidationFailed

__all__ = ["DepositFailed", "Receipt", "S3Settings", "Target", "deposit_bag", "parse_target"]

DIR_SCHEME = "dir:"
# The bag's fingerprint in a receipt's checksums: the SHA-512 of its tagmanifest-sha512.txt, which pins
# every tag file and, through the manifests, every payload byte (see archivist.audit.check).
FINGERPRINT_FILE = "tagmanifest-sha512.txt"
FINGERPRINT = f"{FINGERPRINT_FILE} sha512"


@dataclass(frozen=True)
class Target:
    kind: str  # "ocfl", "s3" or "dir"
    path: Path | None = None  # OCFL storage root, or the directory of bags
    bucket: str = ""
    prefix: str = ""

    def __str__(self) -> str:
        if self.kind == "s3":
            return f"s3://{self.bucket}/{self.prefix}".rstrip("/")
        return f"{self.kind}:{self.path}"


def parse_target(target: str) -> Target:
    """``s3://bucket/prefix`` → S3; ``dir:PATH`` → a directory of bags; ``ocfl:PATH`` or a plain path → OCFL.
    Anything else is a usage error."""
    if target.startswith("s3://"):
        bucket, _, prefix = target[len("s3://") :].partition("/")
        if not bucket:
            raise UsageError("an S3 target needs a bucket: s3://BUCKET[/PREFIX]", where=target)
        return Target("s3", bucket=bucket, prefix=prefix.strip("/"))
    if "://" in target:
        raise UsageError(
            "unknown target scheme (use a path, ocfl:PATH, dir:PATH or s3://BUCKET/PREFIX)", where=target
        )
    if target.startswith(DIR_SCHEME):
        if not target[len(DIR_SCHEME) :]:
            raise UsageError("a directory target needs a path: dir:PATH", where=target)
        return Target("dir", path=Path(target[len(DIR_SCHEME) :]))
    path = target[len("ocfl:") :] if target.startswith("ocfl:") else target
    if not path:
        raise UsageError("an OCFL target needs a path: ocfl:PATH", where=target)
    return Target("ocfl", path=Path(path))


def deposit_bag(
    bag: Path,
    target: str | Sequence[str],
    *,
    endpoint_url: str | None = None,
    s3_settings: S3Settings | None = None,
    write_receipt_file: bool = True,
    moment: datetime | None = None,
) -> Receipt:
    """Validate ``bag``, deposit it into every target, prove each copy, and return (and keep) the receipt.

    ``target`` is one target or several; the receipt's top-level fields describe the first copy made,
    ``copies`` lists every target in the order given (a failed one with ``outcome`` ``failed`` and its
    ``error``; ``Receipt.failed`` names them). ``moment``: when the deposit starts (the receipts'
    ``started`` and the PREMIS transfer events' time; default: the clock, read once).

    Raises ``UsageError`` for a bad target or a path that is not a bag directory, ``ValidationFailed``
    for an invalid bag (nothing is sent), ``DepositFailed`` when no copy could be made or proven (with
    one target: that target's own error). The bag itself is never modified.
    """
    bag = Path(bag)
    names = [target] if isinstance(target, str) else list(target)
    if not names:
        raise UsageError("no deposit target given", where=str(bag))
    wheres = [parse_target(name) for name in names]
    if not bag.is_dir():
        raise UsageError("not a bag directory", where=str(bag))
    # Structure and the profile now, so that a plainly invalid bag creates nothing; every checksum is
    # verified on the deposit's own copy of the bag, which is what gets stored (deposit/snapshot.py).
    _check_bag_before_deposit(bag, fast=True)
    object_id = bag_identifier(bag)
    moment = moment or clock.now()
    fingerprint: list[str | None] = []  # read from the bag at most once, when no copy reports it
    copies: list[Receipt] = []
    errors: list[DepositFailed | InputError] = []
    for where in wheres:
        try:
            copy = _deposit_one(bag, where, object_id, moment, endpoint_url, s3_settings or S3Settings())
            if FINGERPRINT not in copy.checksums:  # what archivist audit compares copies by
                fingerprint = fingerprint or [_fingerprint(bag)]
                if fingerprint[0]:
                    copy.checksums[FINGERPRINT] = fingerprint[0]
            copies.append(copy)
        except (DepositFailed, InputError) as exc:  # e.g. not a storage root: only this copy fails
            errors.append(exc)
            copies.append(failed_copy(str(where), where.kind, object_id, str(bag), exc.line()))
    made = [copy for copy in copies if copy.outcome != "failed"]
    if not made:
        if len(errors) == 1:
            raise errors[0]
        raise DepositFailed(
            f"no copy could be made ({len(errors)} targets failed)",
            where=str(bag),
            why="; ".join(exc.line() for exc in errors),
        )
    receipt = with_copies(made[0], copies) if len(wheres) > 1 else made[0]
    if write_receipt_file:
        try:
            write_receipt(receipt, bag)
        except OSError as exc:
            why = f"{exc.strerror or exc}; the deposit itself is done ({receipt.outcome})"
            raise DepositFailed(
                "the receipt could not be written", where=str(exc.filename or bag), why=why
            ) from exc
    return receipt


def _fingerprint(bag: Path) -> str | None:
    path = bag / FINGERPRINT_FILE
    return file_digest(path, "sha512") if _regular_file(path) else None


def _deposit_one(
    bag: Path, where: Target, object_id: str, moment: datetime, endpoint_url: str | None, settings: S3Settings
) -> Receipt:
    try:
        if where.kind == "ocfl":
            facts = _deposit_ocfl(bag, where, object_id, moment)
        elif where.kind == "dir":
            facts = _deposit_dir(bag, where, object_id, moment)
        else:
            facts = _deposit_s3(bag, where, object_id, moment, endpoint_url, settings)
    except OSError as exc:  # a full disk, a read-only root, a permission: one line, bag untouched
        name = exc.filename or bag
        raise DepositFailed(f"deposit failed: {exc.strerror or exc}", where=str(name)) from exc
    return Receipt(
        target=str(where),
        kind=where.kind,
        object_id=object_id,
        bag=str(bag),
        started=clock.isoformat(moment),
        ended=clock.isoformat(clock.now()),
        **facts,
    )


def _check_bag_before_deposit(
    bag: Path, digests: Mapping[str, Mapping[str, str]] | None = None, *, fast: bool = False
) -> None:
    """The one place a bag is validated before it leaves: RFC 8493 strictly, then the archivist profile.

    Warnings (SHOULDs) do not stop a deposit; any error does, and nothing is sent. ``fast`` leaves the
    checksums out (they are verified on the copy that is stored); ``digests`` are those the deposit
    computed as it copied the files, compared with the manifests without reading the files again.
    """
    from archivist.validate.profile import bag_errors

    if bag.is_dir() and not _regular_file(bag / "bagit.txt"):  # (a tar copy: the validator reports it)
        # Say so at once rather than walk (and report every oddity of) a directory that is no bag at all.
        raise ValidationFailed(
            "not a bag (no bagit.txt); it was not deposited",
            [Problem("bag.bagit-txt.missing", "bagit.txt is missing", file=str(bag))],
            where=str(bag),
        )
    problems = bag_errors(bag, fast=fast, digests=digests)
    if problems:
        raise ValidationFailed("bag is invalid; it was not deposited", problems, where=str(bag))


def _regular_file(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def _inside(path: Path, directory: Path) -> bool:
    """True when ``path`` (existing or not, symlinks resolved) is ``directory`` or lies within it."""
    try:
        path.resolve().relative_to(directory.resolve())
    except ValueError:
        return False
    return True


def _same_bag(copy: Path, object_id: str, bag: Path) -> None:
    if bag_identifier(copy) != object_id:
        raise DepositFailed(
            "the bag changed while it was being deposited; nothing was stored", where=str(bag)
        )


def _deposit_ocfl(bag: Path, where: Target, object_id: str, moment: datetime) -> dict[str, Any]:
    """Deposit into an OCFL root; the receipt's target-specific fields."""
    from archivist.deposit.ocfl import deposit_ocfl, workspace_dirs
    from archivist.deposit.snapshot import verified_copy

    assert where.path is not None
    root = where.path
    if _inside(root, bag):
        raise UsageError(
            "the OCFL storage root is inside the bag being deposited (writing it would change the bag)",
            where=str(root),
        )
    started = clock.isoformat(moment)
    destination = f"ocfl:{root.resolve()}"
    with verified_copy(bag, workspace_dirs(root)[0], _check_bag_before_deposit) as copy:
        _same_bag(copy.path, object_id, bag)
        event = transfer_premis(
            copy.path, object_id=object_id, when=moment, destination=destination, detail='target="ocfl"'
        )
        result = deposit_ocfl(copy.path, root, object_id, created=started, event=event, sha512=copy.sha512)
        # The bag's fingerprint from the copy's own digests: the tag manifest is not hashed again.
        fingerprint = {FINGERPRINT: copy.sha512[FINGERPRINT_FILE]} if FINGERPRINT_FILE in copy.sha512 else {}
    return dict(
        outcome=result.outcome,
        version=result.version,
        location=str(root / result.object_path),
        checksums={"inventory.json sha512": result.inventory_sha512, **fingerprint},
        sizes={"bag_bytes": result.bytes, "bag_files": result.files},
    )


def _deposit_s3(
    bag: Path, where: Target, object_id: str, moment: datetime, endpoint_url: str | None, settings: S3Settings
) -> dict[str, Any]:
    """Deposit into S3; the receipt's target-specific fields."""
    from archivist.deposit.s3 import deposit_s3, local_tar, object_key, temp_workdir

    destination = f"s3://{where.bucket}/{object_key(where.prefix, object_id, '.tar')}"
    event = transfer_premis(
        bag, object_id=object_id, when=moment, destination=destination, detail='target="s3"'
    )
    from archivist.deposit.snapshot import checked

    with temp_workdir() as workdir:
        # The tar is the deposit's own copy: validated whole (every checksum), then uploaded and proven
        # by its sha256, so the store receives exactly the bytes that were verified.
        tar = local_tar(bag, Path(workdir))
        checked(tar, bag, _check_bag_before_deposit, {})
        result = deposit_s3(
            tar,
            where.bucket,
            where.prefix,
            object_id,
            endpoint_url=endpoint_url,
            settings=settings,
            event=event,
        )
    return dict(
        outcome=result.outcome,
        key=result.key,
        location=f"s3://{result.bucket}/{result.key}",
        checksums={"tar sha256": result.sha256, "etag": result.etag},
        sizes={"tar_bytes": result.size},
        details={
            "parts": result.parts,
            "version_id": result.version_id,
            "event_key": result.event_key,
            "endpoint_url": endpoint_url,
        },
    )


def _deposit_dir(bag: Path, where: Target, object_id: str, moment: datetime) -> dict[str, Any]:
    """Deposit into a directory of bags; the receipt's target-specific fields."""
    from archivist.deposit.directory import deposit_directory

    assert where.path is not None
    destination = f"dir:{where.path.resolve()}"
    event = transfer_premis(
        bag, object_id=object_id, when=moment, destination=destination, detail='target="dir"'
    )
    result = deposit_directory(bag, where.path, object_id, event=event)
    return dict(
        outcome=result.outcome,
        location=result.location,
        checksums={FINGERPRINT: result.tagmanifest_sha512} if result.tagmanifest_sha512 else {},
        sizes={"bag_bytes": result.bytes, "bag_files": result.files},
    )
