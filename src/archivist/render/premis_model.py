"""What archivist's PREMIS 3.0 documents describe: the id.loc.gov vocabularies it uses, and the facts
(a payload file, an event) that ``render/premis.py`` turns into objects and events."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from archivist.formats import FormatId

XSI = "http://www.w3.org/2001/XMLSchema-instance"
LOC = "http://id.loc.gov/vocabulary/preservation"

EVENT_TYPES: dict[str, str] = {
    "cre": "creation",
    "fix": "fixity check",
    "for": "format identification",
    "ing": "ingestion",
    "ipc": "information package creation",
    "mee": "metadata extraction",
    "mes": "message digest calculation",
    "rep": "replication",
    "tra": "transfer",
    "unp": "unpacking",
    "val": "validation",
}
OUTCOMES: dict[str, str] = {"suc": "success", "fai": "failure", "war": "warning"}
HASH_NAMES: dict[str, str] = {"md5": "MD5", "sha1": "SHA-1", "sha256": "SHA-256", "sha512": "SHA-512"}

# A fixed namespace for archivist's event UUIDs (itself a UUID5 of our profile URI), so identifiers
# are stable across versions and machines.
EVENT_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://archivist.invalid/premis/event")


@dataclass(frozen=True)
class FileFact:
    """What PREMIS says about one payload file. ``path`` is bag-relative (``data/...``)."""

    path: str
    size: int
    digests: Mapping[str, str]
    format: FormatId
    original_name: str | None = None


@dataclass(frozen=True)
class PremisEvent:
    """One event. ``type`` is an id.loc.gov eventType code (``mes``, ``ipc``, ``val``, ``mee``, ``tra``...);
    ``objects`` are the identifiers (bag paths or the package id) of the objects it concerns; ``time``
    defaults to the document's ingest time; ``identifier`` defaults to a deterministic UUID5."""

    type: str
    detail: str
    outcome: str = "suc"
    outcome_detail: str | None = None
    objects: tuple[str, ...] = ()
    object_role: str = "source"
    time: datetime | None = None
    identifier: str | None = None
    agent: str | None = None
