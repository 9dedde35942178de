"""The one clock archivist reads, so that output is reproducible.

When ``SOURCE_DATE_EPOCH`` is set (https://reproducible-builds.org/specs/source-date-epoch/),
every time archivist writes (ingest time, bagging date, PREMIS event times) is that instant.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone


def now() -> datetime:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is not None and epoch.strip():
        try:
            return datetime.fromtimestamp(int(epoch.strip()), tz=timezone.utc)
        except (ValueError, OverflowError, OSError):
            pass
    return datetime.now(tz=timezone.utc).replace(microsecond=0)


def isoformat(moment: datetime) -> str:
    """ISO 8601 with an explicit UTC offset written as ``Z``."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
