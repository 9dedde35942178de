"""Writes small bags reproducing cases of the Library of Congress BagIt conformance suite
(``LibraryOfCongress/bagit-conformance-suite``: ``<version>/{valid,warning,invalid}/<case>/``).

The suite itself could not be downloaded here (no network): each bag below is written from the
suite's case names and verdicts as the issue and the suite's README describe them, one problem per
bag, so the verdict it expects is the directory it sits in. Run this file to regenerate them.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

HERE = Path(__file__).parent
PAYLOAD = {"data/test1.txt": b"test one\n", "data/sub/test2.txt": b"test two\n"}


def write_bag(
    where: str,
    *,
    version: str = "1.0",
    payload: dict[str, bytes] | None = None,
    algorithm: str = "sha512",
    manifest_paths: dict[str, str] | None = None,
    extra_manifest_lines: list[str] = (),
    tag_files_in_manifest: bool = False,
    tagmanifest: bool = True,
    tagmanifest_lists_manifest: bool = True,
) -> None:
    """One bag; ``manifest_paths`` writes a payload file under another spelling (``./data/…``)."""
    root = HERE / where
    if root.exists():
        shutil.rmtree(root)
    payload = PAYLOAD if payload is None else payload
    for rel, data in payload.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    (root / "bagit.txt").write_bytes(
        f"BagIt-Version: {version}\nTag-File-Character-Encoding: UTF-8\n".encode()
    )
    octets = sum(len(d) for d in payload.values())
    (root / "bag-info.txt").write_bytes(f"Payload-Oxum: {octets}.{len(payload)}\n".encode())
    spelled = manifest_paths or {}
    lines = [
        f"{hashlib.new(algorithm, d).hexdigest()}  {spelled.get(p, p)}\n" for p, d in sorted(payload.items())
    ]
    if tag_files_in_manifest:
        for tag in ("bag-info.txt", "bagit.txt"):
            lines.append(f"{hashlib.new(algorithm, (root / tag).read_bytes()).hexdigest()}  {tag}\n")
    lines += list(extra_manifest_lines)
    (root / f"manifest-{algorithm}.txt").write_text("".join(lines), encoding="utf-8")
    if tagmanifest:
        tags = ["bag-info.txt", "bagit.txt"] + (
            [f"manifest-{algorithm}.txt"] if tagmanifest_lists_manifest else []
        )
        body = "".join(f"{hashlib.new(algorithm, (root / t).read_bytes()).hexdigest()}  {t}\n" for t in tags)
        (root / f"tagmanifest-{algorithm}.txt").write_text(body, encoding="utf-8")


def main() -> None:
    dot = {p: "./" + p for p in PAYLOAD}
    sha = hashlib.sha512(PAYLOAD["data/test1.txt"]).hexdigest()
    md5 = hashlib.md5(PAYLOAD["data/test1.txt"]).hexdigest()
    # valid/: a leading './' before manifest paths (suite: v0.96 and v0.97 valid).
    write_bag("v0.96/valid/dotslash-paths", version="0.96", algorithm="md5", manifest_paths=dot)
    write_bag("v0.97/valid/dotslash-paths", version="0.97", algorithm="md5", manifest_paths=dot)
    # valid/: a 0.96 payload manifest listing tag files too, as 0.96-era tools wrote them.
    write_bag(
        "v0.96/valid/tag-files-in-payload-manifest",
        version="0.96",
        algorithm="md5",
        tag_files_in_manifest=True,
    )
    # valid/: a 0.97 tag manifest that does not list the payload manifest (a rule new in RFC 8493).
    write_bag(
        "v0.97/valid/tagmanifest-without-manifest",
        version="0.97",
        algorithm="md5",
        tagmanifest_lists_manifest=False,
    )
    # valid/: a plain 1.0 bag, for reference.
    write_bag("v1.0/valid/basic")
    # warning/: the same file listed twice with the same hash.
    write_bag("v1.0/warning/duplicate-entry-same-hash", extra_manifest_lines=[f"{sha}  data/test1.txt\n"])
    write_bag(
        "v0.97/warning/duplicate-entry-same-hash",
        version="0.97",
        algorithm="md5",
        extra_manifest_lines=[f"{md5}  data/test1.txt\n"],
    )
    # warning/: names differing only in case (they collide on NTFS, HFS+, APFS).
    write_bag("v1.0/warning/case-only-names", payload={**PAYLOAD, "data/TEST1.txt": b"TEST ONE\n"})
    # warning/: relative './' paths in a 1.0 manifest.
    write_bag("v1.0/warning/dotslash-paths", manifest_paths=dot)
    # invalid/: the same file listed twice with different hashes.
    write_bag(
        "v1.0/invalid/duplicate-entry-other-hash", extra_manifest_lines=[f"{'0' * 128}  data/test1.txt\n"]
    )
    # invalid/: a 1.0 tag manifest that does not list the payload manifest.
    write_bag("v1.0/invalid/tagmanifest-without-manifest", tagmanifest_lists_manifest=False)
    # invalid/: a 1.0 payload manifest listing tag files.
    write_bag("v1.0/invalid/tag-files-in-payload-manifest", tag_files_in_manifest=True)
    # invalid/: a 0.97 bag whose manifest names a file that is not there.
    write_bag(
        "v0.97/invalid/missing-file",
        version="0.97",
        algorithm="md5",
        extra_manifest_lines=[f"{md5}  data/gone.txt\n"],
    )


if __name__ == "__main__":
    main()
