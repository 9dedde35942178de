"""Checksum verification of a bag (RFC 8493 §3 "valid"): each file read once for all its algorithms.

Files are hashed in parallel threads through ``archivist.bag.hashing.run_parallel`` (hashlib
releases the GIL); a compressed tar is read by one thread, since its members share one stream.
Only entries the listing knows as regular files are opened, through the bag source.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from archivist.bag.hashing import FileDigests, run_parallel
from archivist.bag.manifest import Manifest, hashlib_name
from archivist.bag.reader import BagSource
from archivist.validate.bag_listing import Add


def verify(
    source: BagSource,
    manifests: list[Manifest],
    matched: dict[str, str],
    add: Add,
    *,
    known: Mapping[str, Mapping[str, str]] | None = None,
) -> None:
    """Compare every checksum of every (tag) manifest with the file it names; a file whose every needed
    digest is in ``known`` (computed by the caller as it wrote the file) is not read again."""
    wanted: dict[str, set[str]] = defaultdict(set)
    for manifest in manifests:
        if hashlib_name(manifest.algorithm) is None:
            continue  # reported as unsupported already
        for entry in manifest.entries:
            target = _target(source, entry.path, matched)
            if target is not None:
                wanted[target].add(manifest.algorithm)
    files = sorted(wanted)
    unreadable: dict[str, str] = {}
    known = known or {}
    given = {f: dict(known[f]) for f in files if f in known and wanted[f] <= known[f].keys()}
    files = [f for f in files if f not in given]
    tasks = [lambda f=f: _digest(source, f, wanted[f], unreadable) for f in files]
    sizes = [source.entries[f].size for f in files]
    digests = dict(zip(files, run_parallel(tasks, sizes, None if source.parallel_reads else 1), strict=True))
    digests.update((f, FileDigests(source.entries[f].size, found)) for f, found in given.items())
    for rel, why in sorted(unreadable.items()):
        add("bag.unreadable", f"cannot read: {why}", "", rel)
    for manifest in manifests:
        for entry in manifest.entries:
            target = _target(source, entry.path, matched)
            actual = digests[target].digests.get(manifest.algorithm, "") if target in digests else ""
            if actual and actual != entry.checksum:
                code = "bag.tagmanifest" if manifest.name.startswith("tag") else "bag.manifest"
                add(
                    f"{code}.checksum-mismatch",
                    f"{manifest.algorithm} is {actual}, the manifest says {entry.checksum}",
                    manifest.name,
                    entry.path,
                    entry.line_number,
                )


def _target(source: BagSource, path: str, matched: dict[str, str]) -> str | None:
    """The regular file a manifest path names: payload through completeness matching, tag files directly."""
    if path.startswith("data/"):
        return matched.get(path)
    return path if source.is_file(path) else None


def _digest(source: BagSource, rel: str, algorithms: set[str], unreadable: dict[str, str]) -> FileDigests:
    names = {name: hashlib_name(name) or name for name in algorithms}
    try:
        raw = source.digest(rel, names.values())
    except OSError as exc:
        # Collected, not reported: this runs on a worker thread and the report order must be stable.
        unreadable[rel] = str(exc.strerror or exc)
        return FileDigests(0, {})
    return FileDigests(source.entries[rel].size, {name: raw[names[name]] for name in algorithms})
