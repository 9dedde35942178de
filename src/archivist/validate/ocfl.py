"""OCFL 1.1 storage roots, validated by ocfl-py (written by one of the OCFL spec editors).

We do not re-implement OCFL validation: ocfl-py's validator knows the spec's error codes (E0xx/W0xx).
This module only turns its findings into Problems.
"""

from __future__ import annotations

import logging
from pathlib import Path

from archivist.errors import Problem

NAMASTE_PREFIX = "0=ocfl_"


def is_storage_root(path: Path) -> bool:
    return path.is_dir() and any(p.name.startswith(NAMASTE_PREFIX) for p in path.iterdir() if p.is_file())


def ocfl_problems(root: Path, *, check_digests: bool = True) -> list[Problem]:
    """Every object of the storage root validated, digests included (unless ``check_digests`` is False)."""
    from archivist.deposit.ocfl import ocfl

    storage_root = ocfl.StorageRoot(root=str(root))
    # ocfl-py logs each finding at ERROR level as well as returning it; we report them ourselves.
    previous = logging.root.manager.disable
    logging.disable(logging.CRITICAL)
    try:
        valid = storage_root.validate(validate_objects=True, check_digests=check_digests, log_errors=True)
    finally:
        logging.disable(previous)
    problems = [
        Problem("ocfl.object", str(message), file=str(root), location=str(where))
        for where, message in (storage_root.errors or [])
    ]
    # Storage-root structure and traversal findings are kept in the logger, not in ``errors``.
    log = getattr(storage_root, "log", None)
    problems.extend(
        Problem("ocfl.root", str(message), file=str(root)) for message in getattr(log, "messages", [])
    )
    if not valid and not problems:
        problems.append(Problem("ocfl.root", "ocfl-py judged the storage root invalid", file=str(root)))
    return problems
