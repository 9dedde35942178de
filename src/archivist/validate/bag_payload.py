"""RFC 8493's payload rules for the bag check in ``validate/bag.py``: completeness (§3, every payload file
in every manifest, every listed file present, names matched after Unicode normalisation) and the
Payload-Oxum (§2.2.2).

A listed file that is missing (or is a directory, or not a regular file) is one problem of the bag,
however many manifests list it: reported once, at the first manifest line naming it, the message naming
the other manifests."""

from __future__ import annotations

import unicodedata
from collections import defaultdict

from archivist.bag import tagfile
from archivist.bag.manifest import FetchLine, Manifest, ManifestLine
from archivist.bag.reader import DIR, FILE
from archivist.validate.bag_state import BagCheckState


class PayloadRules(BagCheckState):
    _listed_by: dict[str, list[str]]  # manifest path → the names of the manifests listing it
    _path_reported: set[str]  # manifest paths whose absence or kind is already reported

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
        self._listed_by = defaultdict(list)
        self._path_reported = set()
        for manifest in manifests:
            for entry in manifest.entries:
                self._listed_by[entry.path].append(manifest.name)
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
                    self.add_once(
                        "bag.manifest.directory", "manifest MUST NOT list a directory", manifest, entry
                    )
                elif kind is not None:
                    self.add_once(
                        "bag.manifest.not-regular-file",
                        f"listed path is a {kind.kind}, not a regular file; not read",
                        manifest,
                        entry,
                    )
                elif entry.path not in fetched:
                    self.add_once(
                        "bag.manifest.missing-file",
                        "listed in the manifest but not in the bag",
                        manifest,
                        entry,
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
            self.add_once(
                "bag.manifest.missing-file", "listed in the manifest but not in the bag", manifest, entry
            )

    def add_once(self, code: str, message: str, manifest: Manifest, entry: ManifestLine) -> None:
        """Report what is wrong with the file ``entry`` names, unless it was reported for another
        manifest listing it already; the message names the other manifests listing it."""
        if entry.path in self._path_reported:
            return
        self._path_reported.add(entry.path)
        others = [
            name for name in dict.fromkeys(self._listed_by.get(entry.path, [])) if name != manifest.name
        ]
        also = f" (also listed in {', '.join(others)})" if others else ""
        self.add(code, message + also, manifest.name, entry.path, entry.line_number)

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
