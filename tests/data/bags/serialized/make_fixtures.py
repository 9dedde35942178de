"""Writes the serialized-bag fixtures beside this file (run it to regenerate; the output is deterministic).

Each archive holds one small bag, ``bag/`` (two payload files, SHA-256 and SHA-512 manifests, tag
manifests), and shows one problem; the table in README.md says which. Written for archivist's tests
(issue 13), from the hostile tester's findings and from how bdbag and repositories exchange bags.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import stat
import tarfile
import zipfile
from pathlib import Path

HERE = Path(__file__).parent
PAYLOAD = {"data/a.txt": b"hello\n", "data/sub/b.txt": b"world\n"}
WHEN = (2024, 1, 2, 0, 0, 0)


def bag_files(payload: dict[str, bytes], extra_manifest: dict[str, str] | None = None) -> dict[str, bytes]:
    """bag-relative name → bytes of a complete BagIt 1.0 bag; ``extra_manifest`` adds listed-only lines."""
    files = dict(payload)
    files["bagit.txt"] = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
    octets = sum(len(d) for d in payload.values()) + (len(extra_manifest) if extra_manifest else 0)
    count = len(payload) + (len(extra_manifest) if extra_manifest else 0)
    files["bag-info.txt"] = f"Payload-Oxum: {octets}.{count}\n".encode()
    for alg in ("sha256", "sha512"):
        lines = [f"{hashlib.new(alg, d).hexdigest()}  {p}\n" for p, d in sorted(payload.items())]
        lines += [f"{'0' * (64 if alg == 'sha256' else 128)}  {p}\n" for p in sorted(extra_manifest or {})]
        files[f"manifest-{alg}.txt"] = "".join(lines).encode()
    tags = sorted(p for p in files if not p.startswith("data/"))
    for alg in ("sha256", "sha512"):
        lines = [f"{hashlib.new(alg, files[t]).hexdigest()}  {t}\n" for t in tags]
        files[f"tagmanifest-{alg}.txt"] = "".join(lines).encode()
    return files


def write_zip(name: str, files: dict[str, bytes], extra: list[tuple[zipfile.ZipInfo, bytes]] = ()) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for rel, data in sorted(files.items()):
            archive.writestr(zipfile.ZipInfo(f"bag/{rel}", WHEN), data, zipfile.ZIP_DEFLATED)
        for info, data in extra:
            archive.writestr(info, data)
    (HERE / name).write_bytes(buffer.getvalue())
    return buffer.getvalue()


def tar_bytes(
    files: dict[str, bytes], extra: list[tuple[tarfile.TarInfo, bytes]] = (), end: bool = True
) -> bytes:
    """A tar of ``bag/`` + files; ``end=False`` leaves off the end-of-archive blocks (to append to it)."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as archive:
        for rel, data in sorted(files.items()):
            info = tarfile.TarInfo(f"bag/{rel}")
            info.size, info.mtime, info.mode = len(data), 0, 0o644
            archive.addfile(info, io.BytesIO(data))
        for info, data in extra:
            archive.addfile(info, io.BytesIO(data))
        members_end = archive.offset
    return buffer.getvalue() if end else buffer.getvalue()[:members_end]


def main() -> None:
    good = bag_files(PAYLOAD)
    write_zip("bag.zip", good)
    tar = tar_bytes(good)
    (HERE / "bag.tar.gz").write_bytes(gzip.compress(tar, mtime=0))
    (HERE / "bag.tgz").write_bytes(gzip.compress(tar, mtime=0))

    # zip slip and absolute names: members that would land outside the extraction directory.
    write_zip(
        "zip-slip.zip",
        good,
        [(zipfile.ZipInfo("bag/../../evil.txt", WHEN), b"x"), (zipfile.ZipInfo("/etc/evil.txt", WHEN), b"x")],
    )

    # A symlink member (Unix mode in external_attr) listed in the manifest as a payload file.
    link = zipfile.ZipInfo("bag/data/passwd", WHEN)
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    write_zip("zip-symlink.zip", bag_files(PAYLOAD, {"data/passwd": ""}), [(link, b"/etc/passwd")])

    # A bomb by declaration: a 600-byte zip whose central directory says a member holds 4 GiB.
    data = bytearray(write_zip("zip-bomb.zip", good))
    central = data.index(b"PK\x01\x02")  # the first central-directory header: bag/bag-info.txt
    data[central + 24 : central + 28] = (0xFFFFFFF0).to_bytes(4, "little")  # uncompressed size
    (HERE / "zip-bomb.zip").write_bytes(bytes(data))

    # A 1 TiB sparse member (GNU sparse 0.1 in PAX headers) holding 5 real bytes, listed in the
    # manifests: before issue 13, validate hashed the terabyte of holes.
    sparse = tarfile.TarInfo("bag/data/holes.bin")
    sparse.size, sparse.mtime = 5, 0
    sparse.pax_headers = {
        "GNU.sparse.major": "0",
        "GNU.sparse.minor": "1",
        "GNU.sparse.size": str(1 << 40),
        "GNU.sparse.map": "0,5",
        "GNU.sparse.name": "bag/data/holes.bin",
    }
    (HERE / "sparse-1tib.tar").write_bytes(
        tar_bytes(bag_files(PAYLOAD, {"data/holes.bin": ""}), [(sparse, b"hello")])
    )

    # A gzip-compressed tar whose member header declares 1 TiB: listing it would decompress forever.
    liar = tarfile.TarInfo("bag/data/huge.bin")
    liar.size, liar.mtime = 1 << 40, 0
    header = liar.tobuf(tarfile.PAX_FORMAT)
    (HERE / "lying-size.tar.gz").write_bytes(
        gzip.compress(tar_bytes(good, end=False) + header + bytes(1 << 20), mtime=0)
    )

    # gzip of plain text, named .tar.
    (HERE / "gzip-not-tar.tar").write_bytes(gzip.compress(b"not a tar file\n" * 100, mtime=0))


if __name__ == "__main__":
    main()
