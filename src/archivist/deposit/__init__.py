"""Hand bags to a repository: an OCFL 1.1 storage root (the default) or S3-compatible storage.

``deposit_bag(bag, target)`` validates the bag (RFC 8493 and the archivist profile), deposits it
atomically and idempotently, proves the transfer, writes a receipt beside the bag and returns it.

Targets: a path or ``ocfl:PATH`` → OCFL storage root (created if absent); ``s3://bucket[/prefix]`` → S3.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from archivist import clock
from archivist.deposit.common import DepositFailed, bag_identifier
from archivist.deposit.receipt import Receipt, transfer_premis, write_receipt
from archivist.deposit.s3 import S3Settings
from archivist.errors import Problem, UsageError, ValidationFailed

__all__ = ["DepositFailed", "Receipt", "S3Settings", "Target", "deposit_bag", "parse_target"]

@dataclass(frozen=True)
class Target:
    kind: str  # "ocfl" or "s3"
    path: Path | None = None  # OCFL storage root
    bucket: str = ""
    prefix: str = ""

    def __str__(self) -> str:
        if self.kind == "s3":
            return f"s3://{self.bucket}/{self.prefix}".rstrip("/")
        return f"ocfl:{self.path}"


def parse_target(target: str) -> Target:
    """``s3://bucket/prefix`` → S3; ``ocfl:PATH`` or a plain path → OCFL. Anything else is a usage error."""
    if target.startswith("s3://"):
        bucket, _, prefix = target[len("s3://") :].partition("/")
        if not bucket:
            raise UsageError("an S3 target needs a bucket: s3://BUCKET[/PREFIX]", where=target)
        return Target("s3", bucket=bucket, prefix=prefix.strip("/"))
    if "://" in target:
        raise UsageError("unknown target scheme (use a path, ocfl:PATH or s3://BUCKET/PREFIX)", where=target)
    path = target[len("ocfl:") :] if target.startswith("ocfl:") else target
    if not path:
        raise UsageError("an OCFL target needs a path: ocfl:PATH", where=target)
    return Target("ocfl", path=Path(path))


def deposit_bag(
    bag: Path,
    target: str,
    *,
    endpoint_url: str | None = None,
    s3_settings: S3Settings | None = None,
    write_receipt_file: bool = True,
    moment: datetime | None = None,
) -> Receipt:
    """Validate ``bag``, deposit it into ``target``, prove it, and return (and keep) the receipt.

    ``moment``: when the deposit starts (the receipt's ``started`` and the PREMIS transfer event's time;
    default: the clock, read once).

    Raises ``UsageError`` for a bad target or a path that is not a bag directory, ``ValidationFailed``
    for an invalid bag (nothing is sent), ``DepositFailed`` when the deposit could not be done or proven.
    The bag itself is never modified.
    """
    bag = Path(bag)
    where = parse_target(target)
    if not bag.is_dir():
        raise UsageError("not a bag directory", where=str(bag))
    # Structure and the profile now, so that a plainly invalid bag creates nothing; every checksum is
    # verified on the deposit's own copy of the bag, which is what gets stored (deposit/snapshot.py).
    _check_bag_before_deposit(bag, fast=True)
    object_id = bag_identifier(bag)
    moment = moment or clock.now()
    try:
        if where.kind == "ocfl":
            facts = _deposit_ocfl(bag, where, object_id, moment)
        else:
            facts = _deposit_s3(bag, where, object_id, moment, endpoint_url, s3_settings or S3Settings())
    except OSError as exc:  # a full disk, a read-only root, a permission: one line, bag untouched
        name = exc.filename or bag
        raise DepositFailed(f"deposit failed: {exc.strerror or exc}", where=str(name)) from exc
    receipt = Receipt(
        target=str(where),
        kind=where.kind,
        object_id=object_id,
        bag=str(bag),
        started=clock.isoformat(moment),
        ended=clock.isoformat(clock.now()),
        **facts,
    )
    if write_receipt_file:
        try:
            write_receipt(receipt, bag)
        except OSError as exc:
            why = f"{exc.strerror or exc}; the deposit itself is done ({receipt.outcome})"
            raise DepositFailed(
                "the receipt could not be written", where=str(exc.filename or bag), why=why
            ) from exc
    return receipt


def _check_bag_before_deposit(bag: Path, *, fast: bool = False) -> None:
    """The one place a bag is validated before it leaves: RFC 8493 strictly, then the archivist profile.

    Warnings (SHOULDs) do not stop a deposit; any error does, and nothing is sent. ``fast`` leaves the
    checksums out (they are verified on the copy that is stored).
    """
    from archivist.validate.profile import bag_errors

    if bag.is_dir() and not _regular_file(bag / "bagit.txt"):  # (a tar copy: the validator reports it)
        # Say so at once rather than walk (and report every oddity of) a directory that is no bag at all.
        raise ValidationFailed(
            "not a bag (no bagit.txt); it was not deposited",
            [Problem("bag.bagit-txt.missing", "bagit.txt is missing", file=str(bag))],
            where=str(bag),
        )
    problems = bag_errors(bag, fast=fast)
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
        raise DepositFailed("the bag changed while it was being deposited; nothing was stored",
                            where=str(bag))


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
        result = deposit_ocfl(
            copy.path, root, object_id, created=started, event=event, sha512=copy.sha512
        )
    return dict(
        outcome=result.outcome,
        version=result.version,
        location=str(root / result.object_path),
        checksums={"inventory.json sha512": result.inventory_sha512},
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
        checked(tar, bag, _check_bag_before_deposit)
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
