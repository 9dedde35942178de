"""Tag manifests (RFC 8493 §2.2.1): what each must, must not and should list.

Their checksums are verified with the payload's in :mod:`archivist.validate.bag_fixity`.
"""

from __future__ import annotations

from archivist.bag.manifest import MANIFEST, TAGMANIFEST, Manifest
from archivist.bag.reader import FILE, BagSource
from archivist.validate.bag_listing import Add


def tagmanifest_problems(
    source: BagSource,
    tagmanifests: list[Manifest],
    manifests: list[Manifest],
    add: Add,
    *,
    strict: bool = True,
) -> None:
    """Each tag manifest MUST list every payload manifest, MUST NOT list tag manifests or payload files,
    SHOULD list every other tag file; several SHOULD agree, and SHOULD use the payload algorithms.

    ``strict`` False (BagIt 0.93-0.97): the rules RFC 8493 added — every payload manifest listed, every
    tag file listed — are not applied; what a tag manifest does list is still checked."""
    tag_files = sorted(
        p
        for p, e in source.entries.items()
        if e.kind == FILE and not p.startswith("data/") and not TAGMANIFEST.match(p)
    )
    payload_algorithms = {m.algorithm for m in manifests}
    # A listed tag file that is missing is one problem however many tag manifests list it: reported at
    # the first line naming it, with the other tag manifests named.
    listed_by: dict[str, list[str]] = {}
    for tm in tagmanifests:
        for entry in tm.entries:
            listed_by.setdefault(entry.path, []).append(tm.name)
    absent_reported: set[str] = set()
    for tm in tagmanifests:
        for entry in tm.entries:
            if entry.path.startswith("data/"):
                add(
                    "bag.tagmanifest.payload-file",
                    "tag manifest MUST NOT list payload files",
                    tm.name,
                    entry.path,
                    entry.line_number,
                )
            elif TAGMANIFEST.match(entry.path):
                add(
                    "bag.tagmanifest.lists-tagmanifest",
                    "tag manifest MUST NOT list a tag manifest",
                    tm.name,
                    entry.path,
                    entry.line_number,
                )
            elif not source.is_file(entry.path) and entry.path not in absent_reported:
                absent_reported.add(entry.path)
                found = source.entry(entry.path)
                what = "not in the bag" if found is None else f"a {found.kind}, not a regular file"
                others = [name for name in dict.fromkeys(listed_by[entry.path]) if name != tm.name]
                add(
                    "bag.tagmanifest.missing-file",
                    f"listed in the tag manifest but {what}"
                    + (f" (also listed in {', '.join(others)})" if others else ""),
                    tm.name,
                    entry.path,
                    entry.line_number,
                )
        if not strict:
            continue
        for manifest in manifests:
            if manifest.name not in tm.paths:
                add(
                    "bag.tagmanifest.missing-manifest",
                    f"tag manifest MUST list {manifest.name}",
                    tm.name,
                    manifest.name,
                )
        for rel in tag_files:
            if rel not in tm.paths and not MANIFEST.match(rel):
                add(
                    "bag.tagmanifest.unlisted-tag-file",
                    "tag file SHOULD be listed in every tag manifest",
                    tm.name,
                    rel,
                    severity="warning",
                )
        if payload_algorithms and tm.algorithm not in payload_algorithms:
            add(
                "bag.tagmanifest.algorithm",
                f"{tm.algorithm} is not used by any payload manifest (SHOULD match)",
                tm.name,
                severity="warning",
            )
    sets = {frozenset(tm.paths) for tm in tagmanifests}
    if len(sets) > 1:
        add(
            "bag.tagmanifest.inconsistent",
            "tag manifests SHOULD list the same set of files",
            tagmanifests[0].name,
            severity="warning",
        )
