"""The result of checking one object in one copy, and the interface every kind of copy implements.

A *copy* is one repository named on the command line (an OCFL storage root, an S3 prefix, a directory of
bags). Each holds objects by identifier (the bag's ``External-Identifier``). Checking an object in a copy
reads every byte of it: the repository's own fixity (the OCFL inventory and its sidecars, the tar's
recorded SHA-256) and the bag inside (RFC 8493, every digest of every manifest).

The *fingerprint* of a bag is the SHA-512 of its ``tagmanifest-sha512.txt``. Once the bag validates, that
file pins every tag file and, through the payload manifests, every payload byte: two copies with the same
fingerprint hold the same bag. OCFL keeps the fingerprint of every version (``history``), which is how a
copy that is a version behind is told apart from one that holds different content.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Protocol

from archivist.errors import ArchivistError

INTACT, DAMAGED, MISSING, UNREADABLE = "intact", "damaged", "missing", "unreadable"
FINGERPRINT_FILE = "tagmanifest-sha512.txt"


class CopyUnavailable(ArchivistError):
    """A copy (a whole repository) cannot be listed: gone, unmounted, unreachable, not a repository."""


@dataclass
class CopyCheck:
    """One object in one copy, checked. ``status`` is intact, damaged, missing or unreadable."""

    copy: str
    object_id: str
    status: str
    problems: list[str] = field(default_factory=list)
    fingerprint: str | None = None
    history: list[str] = field(default_factory=list)  # fingerprints of every version, oldest first
    version: str | None = None
    files: int = 0
    bytes: int = 0
    key: str = ""  # what cheaply identifies the stored state (see Copy.objects); resume compares it
    checked: str = ""
    resumed: bool = False
    # Validations not run again because their input bytes were proven unchanged by digest since a
    # logged check found them valid (never a content digest: those are all recomputed every time).
    proven: list[str] = field(default_factory=list)
    claim: str = ""  # what this check found valid, by digest, for the next one (logged in its event)

    def to_dict(self) -> dict[str, Any]:
        # Not dataclasses.asdict, whose deep copy is a tenth of an audit of small objects.
        data = dict(self.__dict__)
        data["problems"], data["history"] = list(self.problems), list(self.history)
        data["proven"] = list(self.proven)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CopyCheck:
        known = set(cls.__dataclass_fields__)
        return cls(**{name: value for name, value in data.items() if name in known})


class Copy(Protocol):
    """What the audit needs from a repository; one module per kind implements it."""

    name: str  # the target as given: ocfl:PATH, s3://bucket/prefix, dir:PATH

    def objects(self, *, keys: bool = True) -> dict[str, str]:
        """Object id → a cheap key of its stored state (an inventory digest, an ETag, a stat). Raises
        ``CopyUnavailable`` when the repository itself cannot be listed. ``keys`` false: the keys are
        not needed now (nothing to resume); a copy may then give "" and its check find the key."""
        ...

    def check(self, object_id: str, key: str = "", *, rederive: bool = False) -> CopyCheck:
        """Read every byte of the object and say whether it is intact; never raises for a bad object.
        ``rederive``: run every validation again, even one whose input is proven unchanged by digest."""
        ...

    def read_events(self, object_id: str) -> bytes | None:
        """The object's PREMIS event log in this copy, or None when it has none yet."""
        ...

    def write_events(self, object_id: str, data: bytes) -> None:
        """Replace the object's event log (atomically); the object's content and version are untouched."""
        ...

    def export_bag(self, object_id: str, workdir: Path) -> Path:
        """The object's (head) bag as a local directory under ``workdir``, to repair another copy from."""
        ...

    def restore(self, object_id: str, bag: Path, damaged: CopyCheck) -> str:
        """Make this copy of ``object_id`` hold ``bag`` again (it was ``damaged``: damaged, missing or
        behind). The replacement is proven where it lies before the damaged bytes are removed. Returns a
        one-line account of what was done."""
        ...


NO_FINGERPRINT = (
    f"the bag has no {FINGERPRINT_FILE} (archivist's profile requires it; without it the "
    "copies cannot be compared)"
)


def manifest_entries(stream: IO[bytes]) -> list[tuple[str, str]]:
    """(checksum, path) of each line of a manifest that has already validated (RFC 8493 §2.1.3; BagIt 1.0
    percent-encodes only CR, LF and % in paths)."""
    entries = []
    for raw in stream.read().decode("utf-8").splitlines():
        checksum, _, path = raw.partition(" ")
        path = path.strip()
        if checksum and path:
            entries.append((checksum.lower(), _decode(path) if "%" in path else path))
    return entries


def _decode(path: str) -> str:
    return path.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%")
