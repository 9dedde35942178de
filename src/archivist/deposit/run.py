"""Many bags into one target or several (each a copy): the loop and its failure policy, so that
``archivist deposit`` is one call.

A bag that is invalid or fails to deposit is reported (one line) and the others still run; so is each
copy of a bag that failed while the bag's other copies were made. A usage error (a bad target, a path that
is no directory) stops everything before any bag is read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from archivist.deposit import Receipt, S3Settings, deposit_bag, parse_target
from archivist.errors import EXIT_INVALID, EXIT_OK, ArchivistError, UsageError


@dataclass
class DepositRun:
    """What became of each bag: the receipts of those deposited (or unchanged), one line per failure."""

    total: int
    receipts: list[Receipt] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    failed_bags: int = 0  # bags with at least one copy not made

    @property
    def exit_code(self) -> int:
        return EXIT_INVALID if self.failures else EXIT_OK

    @property
    def summary(self) -> str | None:
        """The closing line when some of several bags failed (a single failure's line says it all)."""
        if self.failures and self.total > 1:
            return f"{self.failed_bags} of {self.total} bags not deposited to every target"
        return None


def deposit_bags(
    bags: Sequence[Path],
    target: str | Sequence[str],
    *,
    endpoint_url: str | None = None,
    s3_settings: S3Settings | None = None,
    on_receipt: Callable[[Path, Receipt], None] | None = None,
    on_failure: Callable[[str], None] | None = None,
) -> DepositRun:
    """``deposit_bag`` for each bag in turn; ``on_receipt``/``on_failure`` hear of each as it ends.

    Raises ``UsageError`` (nothing deposited) for a bad target or a bag path that is not a directory.
    """
    targets = [target] if isinstance(target, str) else list(target)
    for name in targets:
        parse_target(name)  # a bad target is a usage error before anything is read
    missing = [bag for bag in bags if not Path(bag).is_dir()]
    if missing:
        raise UsageError("not a bag directory", where=str(missing[0]))
    run = DepositRun(total=len(bags))
    for bag in bags:
        try:
            receipt = deposit_bag(bag, targets, endpoint_url=endpoint_url, s3_settings=s3_settings)
        except UsageError:
            raise
        except (ArchivistError, OSError) as exc:
            line = exc.line() if isinstance(exc, ArchivistError) else f"{bag}: {exc.strerror or exc}"
            run.failures.append(line)
            run.failed_bags += 1
            if on_failure is not None:
                on_failure(line)
            continue
        run.receipts.append(receipt)
        if on_receipt is not None:
            on_receipt(bag, receipt)
        for copy in receipt.failed:  # the bag's other copies are made; this one is not
            line = f"{bag}: copy to {copy['target']} failed: {copy.get('error')}"
            run.failures.append(line)
            if on_failure is not None:
                on_failure(line)
        run.failed_bags += bool(receipt.failed)
    return run
