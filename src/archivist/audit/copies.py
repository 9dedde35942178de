"""Open the copy a target names: ``ocfl:PATH`` or a plain path, ``s3://bucket/prefix``, ``dir:PATH``.

The same target syntax as ``archivist deposit --to`` (``archivist.deposit.parse_target``), so what was
deposited can be audited by naming the same targets.
"""

from __future__ import annotations

from archivist.audit.check import Copy
from archivist.deposit import parse_target
from archivist.deposit.s3 import S3Settings


def open_copy(target: str, *, endpoint_url: str | None = None, settings: S3Settings | None = None) -> Copy:
    """The copy ``target`` names. Raises ``UsageError`` for a target that is not one."""
    where = parse_target(target)
    if where.kind == "s3":
        from archivist.audit.s3_copy import S3Copy

        return S3Copy(where.bucket, where.prefix, str(where), endpoint_url, settings)
    assert where.path is not None
    if where.kind == "dir":
        from archivist.audit.dir_copy import DirCopy

        return DirCopy(where.path, str(where))
    from archivist.audit.ocfl_copy import OcflCopy

    return OcflCopy(where.path, str(where))
