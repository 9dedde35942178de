"""Strict RFC 8493 validation of a bag directory or ``.tar``: every MUST an error, every SHOULD a warning.

The bag is read through :mod:`archivist.bag.reader`, so paths from manifests and fetch.txt are only
ever looked up in the bag's own listing (never opened as filesystem paths) and symlinks are never
followed. Every problem found is returned; nothing stops at the first.

Decisions where the RFC leaves room (documented for users in the codes' messages):
* files differing only in case → warning (§6.1.1.3 SHOULD); only in Unicode normalisation → error,
  because the RFC tells validators to compare normalised names, which makes such files indistinguishable;
* a manifest name matching a file only after NFC normalisation is accepted with a warning (§6.1.1.2);
* a symlink inside the bag is a warning when it points inside and an error when it points outside
  or dangles; it is never read, so a manifest entry naming it is an error;
* a BagIt 1.0 bag without a SHA-512 manifest → warning (§2.4: SHA-512 SHOULD be the default).

This module holds the declaration (bagit.txt, bag-info.txt) and the order of the checks; the manifests'
and fetch.txt's rules are ``bag_manifests.py``, completeness and Oxum ``bag_payload.py``, the tag
manifests ``bag_tags.py``, the listing ``bag_listing.py``, the checksums ``bag_fixity.py``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from archivist.bag import bagittxt, tagfile
from archivist.bag.reader import DIR, FILE, BagSource, open_bag
from archivist.errors import ArchivistError, Problem
from archivist.validate.bag_fixity import verify
from archivist.validate.bag_listing import collision_problems, listing_problems
from archivist.validate.bag_manifests import ManifestRules
from archivist.validate.bag_payload import PayloadRules
from archivist.validate.bag_tags import tagmanifest_problems

BAG_INFO_LIMIT = 64 * 1024 * 1024  # a larger bag-info.txt is refused, not read into memory


def bag_problems(
    path: Path | str, *, fast: bool = False, digests: Mapping[str, Mapping[str, str]] | None = None
) -> list[Problem]:
    """Every problem of the bag at ``path`` (directory or tar). ``fast``: completeness and Oxum, no hashing.

    ``digests`` (bag-relative path → algorithm → hex digest) are facts already known of the files as
    they are now, e.g. computed while the caller wrote them: a file whose every needed digest is given is
    compared with its manifests without being read again.

    Raises ``UsageError`` when ``path`` does not exist or is neither a directory nor a tar file.
    """
    with open_bag(Path(path)) as source:
        return _BagCheck(source, fast, digests).run()


def source_problems(
    source: BagSource, *, digests: Mapping[str, Mapping[str, str]] | None = None
) -> list[Problem]:
    """Every problem of a bag read through ``source`` (a bag held in a repository, e.g. an OCFL version's
    logical state): the same strict checks as ``bag_problems``, every digest included. ``digests``: as
    for ``bag_problems``, facts the caller computed from the same bytes (e.g. while streaming them)."""
    return _BagCheck(source, False, digests).run()


def is_bag(path: Path | str) -> bool:
    """True when ``path`` is a directory or tar file with a regular ``bagit.txt`` at the bag root."""
    try:
        with open_bag(Path(path)) as source:
            return source.is_file("bagit.txt")
    except (ArchivistError, OSError):
        return False


class _BagCheck(ManifestRules, PayloadRules):
    def __init__(
        self, source: BagSource, fast: bool, digests: Mapping[str, Mapping[str, str]] | None = None
    ) -> None:
        self.source = source
        self.fast = fast
        self.digests = digests or {}
        self.problems: list[Problem] = list(source.problems)
        self.version: str | None = "1.0"
        self.encoding = "utf-8"
        self.strict = True
        self.prefix = (
            source.name + "/" + (getattr(source, "root_name", "") + "/" if source.is_serialized else "")
        )

    # -- helpers ---------------------------------------------------------------------------------------
    def show(self, rel: str) -> str:
        return self.prefix + rel

    def add(
        self,
        code: str,
        message: str,
        rel: str = "",
        location: str = "",
        line: int | None = None,
        severity: str = "error",
    ) -> None:
        self.problems.append(
            Problem(code, message, self.show(rel) if rel else self.source.name, location, line, severity)
        )

    def lines(self, rel: str, max_line: int = tagfile.MAX_LINE_BYTES) -> Iterable[tagfile.Line]:
        try:
            stream = self.source.open(rel)
        except OSError as exc:
            self.add("bag.unreadable", f"cannot read: {exc.strerror or exc}", location=rel)
            return
        try:
            yield from tagfile.read_lines(stream, self.encoding, self.show(rel), self.problems, max_line)
        except OSError as exc:  # a damaged archive member: what was read so far is kept
            self.add("bag.unreadable", f"cannot read: {exc.strerror or exc}", location=rel)
        finally:
            stream.close()

    # -- the checks, in order ----------------------------------------------------------------------------
    def run(self) -> list[Problem]:
        if self.source.unreadable:
            return self.problems
        listing_problems(self.source, self.add)
        self.check_bagit_txt()
        data = self.source.entry("data")
        if data is None or data.kind != DIR:
            self.add("bag.data.missing", "the bag has no data/ payload directory", location="data/")
        manifests, tagmanifests = self.read_manifests()
        fetch = self.read_fetch(manifests)
        info = self.read_bag_info()
        payload = sorted(
            p for p, e in self.source.entries.items() if e.kind == FILE and p.startswith("data/")
        )
        matched = self.check_payload(manifests, payload, fetch)
        tagmanifest_problems(self.source, tagmanifests, manifests, self.add, strict=self.strict)
        collision_problems(payload, manifests, matched, self.add)
        self.check_oxum(info, payload, fetch)
        if not self.fast:
            verify(self.source, manifests + tagmanifests, matched, self.add, known=self.digests)
        return self.problems

    def check_bagit_txt(self) -> None:
        if not self.source.is_file("bagit.txt"):
            self.add("bag.bagit-txt.missing", "the bag has no bagit.txt (regular file)", location="bagit.txt")
            return
        try:
            data = self.source.read_bytes("bagit.txt", 64 * 1024)
        except OSError as exc:
            self.add("bag.unreadable", f"cannot read: {exc.strerror or exc}", location="bagit.txt")
            return
        declared = bagittxt.parse_bagit_txt(data, self.show("bagit.txt"))
        self.problems.extend(declared.problems)
        if declared.version in tagfile.SUPPORTED_VERSIONS:
            self.version = declared.version
            self.strict = tagfile.is_strict(declared.version)
        if declared.encoding:
            self.encoding = declared.encoding

    def read_bag_info(self) -> tagfile.TagFile:
        name = "bag-info.txt"
        if not self.source.entry(name) and self.version in ("0.93", "0.94", "0.95"):
            name = "package-info.txt"
        found = self.source.entry(name)
        if found is None or found.kind != FILE:
            return tagfile.TagFile()
        if found.size > BAG_INFO_LIMIT:
            self.add("bag.bag-info.too-large", f"{name} is {found.size} bytes; not read", name)
            return tagfile.TagFile()
        info = tagfile.parse_elements(
            self.lines(name, tagfile.MAX_VALUE_BYTES), strict=self.strict, file=self.show(name)
        )
        self.problems.extend(info.problems)
        self.problems.extend(tagfile.bag_info_problems(info, self.show(name)))
        return info
