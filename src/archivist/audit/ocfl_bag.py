"""The head version's bag of an OCFL object, checked in place; and what a digest proves unchanged.

Strict: the bag is validated as RFC 8493 says (``validate.bag.source_problems``) through its logical
state, every digest of every manifest compared with the digests just computed from the content files.

Proven: two validations of an object are pure functions of bytes the audit hashes anyway — ocfl-py's
structural validation of ``inventory.json`` and the strict validation of the bag (its bagit.txt,
bag-info.txt, manifests' syntax, completeness, Oxum...). The inventory's SHA-512 (compared with its
sidecar as always) pins the inventory's bytes, and through its manifest every content file's SHA-512,
each of which is recomputed and compared on every audit. So when an object checks out with an
inventory of the same digest as one an intact check validated, with the same validators, every byte
that those validations read is the same, and so is their result: they are not run again. What is still
done, every time: every content file hashed with every algorithm of the inventory and of the bag's
manifests, and every digest of every (tag) manifest compared with its file's (``proven_bag_problems``).
The claim (``basis_claim``) is logged in each intact check's event, read back from the object's sealed
log (``seal.proven_body``); the event's note and the report say what was proven rather than re-derived
(``CopyCheck.proven``); ``rederive`` runs everything.
"""

from __future__ import annotations

import functools
import io
import os
import re
from pathlib import Path
from typing import BinaryIO

from archivist.audit.check import manifest_entries
from archivist.audit.code_digest import code_digest
from archivist.bag.manifest import hashlib_name
from archivist.bag.reader import DIR, FILE, BagSource, Entry
from archivist.errors import errors_only

MANIFEST_NAME = re.compile(r"^(?:tag)?manifest-([a-z0-9]+)\.txt$")
# The module of the bag validation (``source_problems``): its code and that of every archivist module it
# imports decide whether a bag is valid, so a change to any of them is a new validator (``code_digest``).
BAG_RULES = ("archivist.validate.bag",)


def basis_claim(inventory_digest: str) -> str:
    """What an intact check logs: the inventory's bytes (and so every content file's) and the validators
    that found the inventory and the bag valid. Empty when the validators cannot be named."""
    rules = bag_rules()
    if not rules:
        return ""
    return (
        f'valid-as-checked="inventory sha512:{inventory_digest}; ocfl-py {ocfl_version()}; bag rules {rules}"'
    )


def claimed(log: bytes | None, claim: str) -> bool:
    """Whether the sealed event log ``log`` (bytes proven unchanged, ``seal.proven_body``) ends an event's
    detail with ``claim``."""
    from archivist.audit.seal import proven_body

    body = proven_body(log)
    return bool(claim) and body is not None and f"; {claim}</premis:eventDetail>".encode() in body


def strict_bag_problems(
    object_dir: Path, files: dict[str, str], known: dict[str, dict[str, str]], sizes: dict[str, int]
) -> list[str]:
    """The bag (bag path → content path) validated in full, the digests ``known`` compared, not re-read."""
    from archivist.validate.bag import source_problems

    source = StateSource(object_dir, files, sizes)
    return [
        f"bag/{error.line().removeprefix(source.name + '/')}"
        for error in errors_only(source_problems(source, digests=known))
    ]


def proven_bag_problems(manifests: dict[str, bytes], known: dict[str, dict[str, str]]) -> list[str] | None:
    """For a bag whose bytes are proven those of a bag that validated: every checksum of every (tag)
    manifest (bag path → the bytes just hashed) compared with the digest just computed from its file.
    The manifests are the very bytes the strict validation parsed, so a plain reading of their lines is
    exact. None when a line names no file of the bag as it is spelled (a name the validator matched
    after Unicode normalisation, a file yet to be fetched): the caller then validates in full."""
    problems = []
    for rel in sorted(manifests):
        match = MANIFEST_NAME.match(rel)
        if match is None or _hashable(match.group(1)) is None:
            continue
        algorithm = match.group(1)
        for checksum, path in manifest_entries(io.BytesIO(manifests[rel])):
            if path not in known:
                return None
            actual = known[path].get(algorithm, "")
            if actual != checksum:
                problems.append(
                    f"bag/{rel}: {path}: {algorithm} is {actual or 'missing'}, the manifest says {checksum}"
                )
    return problems


def manifest_algorithms(bag: dict[str, str]) -> set[str]:
    """The algorithms of the bag's (tag) manifests that can be computed, from their file names."""
    found = set()
    for rel in bag:
        match = MANIFEST_NAME.match(rel)
        if match and _hashable(match.group(1)) is not None:
            found.add(match.group(1))
    return found


@functools.cache
def _hashable(algorithm: str) -> str | None:
    """``hashlib_name``, once per algorithm (it makes a hash object each time it is asked)."""
    return hashlib_name(algorithm)


@functools.cache
def ocfl_version() -> str:
    from importlib.metadata import version

    return version("ocfl-py")


def bag_rules() -> str:
    """A digest of the bag validator's code (``BAG_RULES`` and all it imports), read once per process;
    empty when it cannot be read."""
    return code_digest(BAG_RULES)


class StateSource(BagSource):
    """A bag held in an OCFL version: bag paths → content files (possibly in earlier version directories).

    Entries come from the inventory's logical state, never from joining a manifest path to a directory,
    so a manifest can only ever name what the object holds."""

    def __init__(self, object_dir: Path, files: dict[str, str], sizes: dict[str, int]) -> None:
        super().__init__()
        self.name = f"{object_dir}/bag"
        self._object_dir = str(object_dir)
        self._files = files
        for rel, content in files.items():
            self.entries[rel] = Entry(rel, FILE, sizes[content])  # the size of the bytes just hashed
            parts = rel.split("/")
            for depth in range(1, len(parts)):
                parent = "/".join(parts[:depth])
                self.entries.setdefault(parent, Entry(parent, DIR))

    def open(self, path: str) -> BinaryIO:
        content = self._files.get(path)
        if content is None:
            raise FileNotFoundError(path)
        fd = os.open(os.path.join(self._object_dir, content), os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        return os.fdopen(fd, "rb")
