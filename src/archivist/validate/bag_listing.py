"""What a bag's listing holds besides regular files, and names that collide (RFC 8493 §6.1.1).

Decisions: a symlink pointing inside the bag is a warning and one pointing outside (or nowhere) an
error; neither is ever followed. Names differing only in case are a warning (§6.1.1.3 SHOULD); names
differing only in Unicode normalisation are an error, because §6.1.1.2 tells validators to compare
normalised names, which makes such files indistinguishable.
"""

from __future__ import annotations

import posixpath
import unicodedata
from collections import defaultdict
from collections.abc import Callable

from archivist.bag.manifest import Manifest
from archivist.bag.reader import DIR, HARDLINK, SPECIAL, SYMLINK, BagSource

# The validator's reporter: add(code, message, rel_file, location, line, severity).
Add = Callable[..., None]


def listing_problems(source: BagSource, add: Add) -> None:
    """Symlinks, hard links, devices and fifos, and empty payload directories."""
    # Every directory that holds something, found in one pass (asking each directory in turn was
    # quadratic in the number of directories).
    parents = {rel.rpartition("/")[0] for rel in source.entries}
    for rel, entry in sorted(source.entries.items()):
        if entry.kind == SYMLINK:
            target = entry.target or ""
            joined = posixpath.normpath(posixpath.join(posixpath.dirname(rel), target))
            inside = not target.startswith("/") and joined != ".." and not joined.startswith("../")
            if inside and source.entry(joined) is not None:
                add(
                    "bag.symlink",
                    f"symbolic link to {target!r}: not followed, not part of the bag",
                    "",
                    rel,
                    severity="warning",
                )
            else:
                add(
                    "bag.symlink.outside",
                    f"symbolic link to {target[:200]!r} points outside the bag or nowhere; never read",
                    "",
                    rel,
                )
        elif entry.kind == HARDLINK:
            add("bag.hardlink", f"hard link member to {entry.target!r}; never read", "", rel)
        elif entry.kind == SPECIAL:
            add("bag.special-file", "device, fifo or socket inside the bag; never read", "", rel)
        elif entry.kind == DIR and rel.startswith("data/") and rel not in parents:
            add(
                "bag.payload.empty-directory",
                "empty payload directory cannot be recorded in a manifest (add a placeholder file)",
                "",
                rel,
                severity="warning",
            )


def collision_problems(
    payload: list[str], manifests: list[Manifest], matched: dict[str, str], add: Add
) -> None:
    """Payload names (on disk and in manifests) equal after Unicode normalisation or case folding."""
    # A manifest name matched to a file by normalisation (§6.1.1.2) is that file, not a second name.
    names = set(payload) | {p for m in manifests for p in m.paths if matched.get(p, p) == p}
    by_nfc: dict[str, set[str]] = defaultdict(set)
    by_case: dict[str, set[str]] = defaultdict(set)
    for name in names:
        nfc = unicodedata.normalize("NFC", name)
        by_nfc[nfc].add(name)
        by_case[nfc.casefold()].add(nfc)
    for group in by_nfc.values():
        if len(group) > 1:
            add(
                "bag.path.normalization-collision",
                f"{len(group)} names differ only in Unicode normalisation: {sorted(group)!r}",
                location=sorted(group)[0],
            )
    for variants in by_case.values():
        if len(variants) > 1:
            add(
                "bag.path.case-collision",
                f"names differ only in case (they collide on NTFS and APFS): {sorted(variants)!r}",
                location=sorted(variants)[0],
                severity="warning",
            )
