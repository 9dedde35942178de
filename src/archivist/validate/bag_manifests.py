"""RFC 8493's manifests (§2.1.3, §2.2.1) and fetch.txt (§2.2.3), read and checked line by line for the
bag check in ``validate/bag.py``: algorithm names, duplicates, a SHA-512 manifest, fetched files."""

from __future__ import annotations

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
from archivist.bag.reader import FILE
from archivist.validate.bag_state import BagCheckState


class ManifestRules(BagCheckState):
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
