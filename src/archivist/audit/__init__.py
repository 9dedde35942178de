"""Preservation over time: fixity audits of several copies, their events, and repair from a good copy.

``audit_copies(targets, repair=, again=, report=, runner=, progress=) -> AuditSummary`` checks every
object in every copy in full, compares the copies, logs a PREMIS ``fixity check`` event per check with
the object in each copy, and with ``repair`` replaces damaged, missing or outdated copies from a copy that
verifies. ``history(object_id, targets)`` reads the events back. One module per kind of copy
(``ocfl_copy``, ``s3_copy``, ``dir_copy``), one per concept (``check``, ``compare``, ``events``,
``history``, ``repair``, ``state``, ``run``). Layer: above ``deposit`` (whose targets and writers it
reuses), below ``batch`` (which supplies the process and Dask runners).
"""

from __future__ import annotations

from archivist.audit.check import CopyCheck, CopyUnavailable
from archivist.audit.history import history
from archivist.audit.run import AuditJob, AuditSummary, audit_copies, check_task

__all__ = [
    "AuditJob",
    "AuditSummary",
    "CopyCheck",
    "CopyUnavailable",
    "audit_copies",
    "check_task",
    "history",
]
