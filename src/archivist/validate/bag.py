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
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path

from archivist.bag import bagittxt, tagfile
from archivist.bag.hashing import normalize_algorithm
from archivist.bag.manifest import (
    MANIFEST,
    TAGMANIFEST,
    FetchLine,
    Manifest,
    ManifestLine,
    hashlib_name,
    parse_fetch,
    parse_manifest,
)
from archivist.bag.reader import DIR, FILE, BagSource, open_bag
from archivist.errors import ArchivistError, Problem
from archivist.validate.bag_fixity import verify
from archivist.validate.bag_listing import collision_problems, listing_problems
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


class _BagCheck:
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

    def read_manifests(self) -> tuple[list[Manifest], list[Manifest]]:
        payload: list[Manifest] = []
        tags: list[Manifest] = []
        seen: dict[tuple[bool, str], str] = {}
        for rel in sorted(self.source.entries):
            match_tag = TAGMANIFEST.match(rel)
            match = match_tag or MANIFEST.match(rel)
            if match is None or "/" in rel or not self.source.is_file(rel):
                continue
            is_tag = match_tag is not None
            algorithm = normalize_algorithm(match.group(1))
            if algorithm != match.group(1):
                self.add(
                    "bag.manifest.algorithm-name",
                    f"algorithm name {match.group(1)!r} is not normalised "
                    f"(lowercase letters and digits: {algorithm!r})",
                    rel,
                    severity="error" if self.strict else "warning",
                )
            if (is_tag, algorithm) in seen:
                self.add(
                    "bag.manifest.duplicate-algorithm",
                    f"a second manifest for {algorithm} (also {seen[(is_tag, algorithm)]})",
                    rel,
                )
            seen[(is_tag, algorithm)] = rel
            if hashlib_name(algorithm) is None:
                self.add(
                    "bag.manifest.unsupported-algorithm",
                    f"algorithm {algorithm!r} cannot be verified by archivist",
                    rel,
                )
            entries, problems = parse_manifest(
                self.lines(rel), algorithm=algorithm, file=self.show(rel), strict=self.strict
            )
            self.problems.extend(problems)
            firsts: dict[str, ManifestLine] = {}
            for entry in entries:
                first = firsts.get(entry.path)
                if first is not None and first.checksum == entry.checksum:
                    # The LoC conformance suite's warning/ case: harmless, the file has one checksum.
                    self.add(
                        "bag.manifest.repeated",
                        f"listed again with the same checksum (first on line {first.line_number}); "
                        "each file SHOULD be listed once",
                        rel,
                        entry.path,
                        entry.line_number,
                        "warning",
                    )
                elif first is not None:
                    self.add(
                        "bag.manifest.duplicate",
                        f"listed again with another checksum (first on line {first.line_number}); "
                        "each file MUST be listed exactly once",
                        rel,
                        entry.path,
                        entry.line_number,
                    )
                firsts.setdefault(entry.path, entry)
            (tags if is_tag else payload).append(Manifest(rel, algorithm, list(firsts.values())))
        if not payload:
            self.add("bag.manifest.none", "the bag has no payload manifest (manifest-<algorithm>.txt)")
        elif self.strict and "sha512" not in {m.algorithm for m in payload}:
            self.add(
                "bag.manifest.no-sha512",
                "no manifest-sha512.txt: RFC 8493 §2.4 makes SHA-512 the SHOULD default",
                payload[0].name,
                severity="warning",
            )
        return payload, tags

    def read_fetch(self, manifests: list[Manifest]) -> list[FetchLine]:
        if not self.source.is_file("fetch.txt"):
            return []
        entries, problems = parse_fetch(
            self.lines("fetch.txt"), file=self.show("fetch.txt"), strict=self.strict
        )
        self.problems.extend(problems)
        kept = []
        for entry in entries:
            if not entry.path.startswith("data/"):
                self.add(
                    "bag.fetch.tag-file",
                    "fetch.txt MUST NOT list tag files",
                    "fetch.txt",
                    entry.path,
                    entry.line_number,
                )
                continue
            for manifest in manifests:
                if entry.path not in manifest.paths:
                    self.add(
                        "bag.fetch.not-in-manifest",
                        f"fetched file is not listed in {manifest.name}",
                        "fetch.txt",
                        entry.path,
                        entry.line_number,
                    )
            found = self.source.entry(entry.path)
            if found is None:
                self.add(
                    "bag.fetch.not-fetched",
                    "listed in fetch.txt but not yet fetched: the bag is incomplete",
                    "fetch.txt",
                    entry.path,
                    entry.line_number,
                )
            elif found.kind == FILE and entry.length is not None and found.size != entry.length:
                self.add(
                    "bag.fetch.length-mismatch",
                    f"fetched file has {found.size} bytes, fetch.txt says {entry.length}",
                    "fetch.txt",
                    entry.path,
                    entry.line_number,
                    "warning",
                )
            kept.append(entry)
        return kept

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

    def resolve(self, path: str, nfc: dict[str, list[str]]) -> str | None:
        """The listed payload file a manifest path names: exact, else by NFC normalisation (§6.1.1.2)."""
        found = self.source.entry(path)
        if found is not None:
            return path if found.kind == FILE else None
        candidates = nfc.get(unicodedata.normalize("NFC", path), [])
        return candidates[0] if len(candidates) == 1 else None

    def check_payload(
        self, manifests: list[Manifest], payload: list[str], fetch: list[FetchLine]
    ) -> dict[str, str]:
        """Completeness (§3). Returns manifest path → listed file, for the entries that can be hashed."""
        fetched = {entry.path for entry in fetch}
        nfc: dict[str, list[str]] = defaultdict(list)
        for path in payload:
            nfc[unicodedata.normalize("NFC", path)].append(path)
        matched: dict[str, str] = {}
        listed_in: dict[str, list[str]] = defaultdict(list)
        for manifest in manifests:
            for entry in manifest.entries:
                if not entry.path.startswith("data/"):
                    self.outside_payload(manifest, entry)
                    continue
                target = self.resolve(entry.path, nfc)
                kind = self.source.entry(entry.path) or self.source.entry(entry.path.rstrip("/"))
                if target is not None:
                    if target != entry.path:
                        self.add(
                            "bag.path.normalization-mismatch",
                            f"matches {target!r} only after Unicode normalisation",
                            manifest.name,
                            entry.path,
                            entry.line_number,
                            "warning",
                        )
                    matched[entry.path] = target
                    listed_in[target].append(manifest.name)
                elif kind is not None and kind.kind == DIR:
                    self.add(
                        "bag.manifest.directory",
                        "manifest MUST NOT list a directory",
                        manifest.name,
                        entry.path,
                        entry.line_number,
                    )
                elif kind is not None:
                    self.add(
                        "bag.manifest.not-regular-file",
                        f"listed path is a {kind.kind}, not a regular file; not read",
                        manifest.name,
                        entry.path,
                        entry.line_number,
                    )
                elif entry.path not in fetched:
                    self.add(
                        "bag.manifest.missing-file",
                        "listed in the manifest but not in the bag",
                        manifest.name,
                        entry.path,
                        entry.line_number,
                    )
        for path in payload:
            have = listed_in.get(path, [])
            if self.strict:
                for manifest in manifests:
                    if manifest.name not in have:
                        self.add(
                            "bag.manifest.unlisted-file",
                            f"payload file is not listed in {manifest.name} "
                            "(BagIt 1.0: every file in every manifest)",
                            manifest.name,
                            path,
                        )
            elif not have and manifests:
                self.add(
                    "bag.payload.unlisted-file", "payload file is not listed in any manifest", location=path
                )
            elif len(have) < len(manifests):
                self.add(
                    "bag.payload.partly-listed",
                    "payload file is missing from some manifests",
                    location=path,
                    severity="warning",
                )
        return matched

    def outside_payload(self, manifest: Manifest, entry: ManifestLine) -> None:
        """A payload manifest naming a tag file: forbidden by 0.97 and 1.0; before 0.97, when tag
        manifests were new, bags listed their tag files there, so it is accepted and the file is
        still checked (present, and its checksum verified with the tag files')."""
        if tagfile.version_tuple(self.version or "1.0") >= (0, 97):
            self.add(
                "bag.manifest.outside-payload",
                "payload manifest lists a file outside data/",
                manifest.name,
                entry.path,
                entry.line_number,
            )
            return
        if not self.source.is_file(entry.path):
            self.add(
                "bag.manifest.missing-file",
                "listed in the manifest but not in the bag",
                manifest.name,
                entry.path,
                entry.line_number,
            )

    def check_oxum(self, info: tagfile.TagFile, payload: list[str], fetch: list[FetchLine]) -> None:
        values = info.values("Payload-Oxum")
        if not values or tagfile.oxum(values[0].value) is None:
            return
        expected = tagfile.oxum(values[0].value)
        if any(self.source.entry(entry.path) is None for entry in fetch):
            return  # a holey bag: the unfetched files are already reported
        actual = (sum(self.source.entries[p].size for p in payload), len(payload))
        if expected != actual:
            self.add(
                "bag.bag-info.oxum-mismatch",
                f"Payload-Oxum says {values[0].value}, the payload is {actual[0]}.{actual[1]}",
                "bag-info.txt",
                "Payload-Oxum",
                values[0].line_number,
            )
