"""write_bag, hashing, bag-info, formats and tar: every bag written here is also checked with bagit-python
(bagit 1.9.0), the independent reference, except where its known fault with '%' names makes it wrong."""

from __future__ import annotations

import hashlib
import json
import os
import tarfile
import unicodedata
from collections.abc import Sequence
from pathlib import Path

import bagit
import pytest

from archivist.bag import baginfo, hashing, writer
from archivist.bag.baginfo import PROFILE_IDENTIFIER, organization_elements
from archivist.bag.paths import decode_path
from archivist.bag.payload import PayloadEntry, payload_from_paths
from archivist.bag.tarball import TarExists, write_tar
from archivist.bag.writer import BagExists, write_bag
from archivist.config import Config, Organization
from archivist.errors import InputError
from archivist.formats import identify
from archivist.ingest import package
from archivist.ingest.package import write_package
from archivist.render.premis import premis_problems

ROOT = Path(__file__).resolve().parents[1]
EPOCH = "1700000000"


@pytest.fixture(autouse=True)
def _fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    top = tmp_path / "src" / "scans"
    (top / "sub").mkdir(parents=True)
    (top / "empty").mkdir()
    (top / "a.txt").write_bytes(b"hello\r\nworld\n")  # CRLF kept: payload is opaque octets
    (top / "sub" / "page.xml").write_bytes(b'<?xml version="1.0" encoding="UTF-8"?>\n<page/>\n')
    (top / ".hidden").write_bytes(b"hidden files are payload too")
    (top / "Núñez.txt").write_bytes(b"unicode name")
    (top / "big.bin").write_bytes(os.urandom(3 * hashing.CHUNK + 17))
    return top


def _bag(tree: Path, dest: Path, **kwargs: object) -> writer.BagResult:
    info = organization_elements(external_identifier="urn:example:bag:1", external_description="Scans")
    return write_package(payload_from_paths([tree]), dest, bag_info=info, **kwargs)  # type: ignore[arg-type]


def _snapshot(top: Path) -> dict[str, tuple[bytes, int, int]]:
    out = {}
    for path in sorted(top.rglob("*")):
        st = path.lstat()
        content = path.read_bytes() if path.is_file() else b""
        out[path.relative_to(top).as_posix()] = (content, st.st_mtime_ns, st.st_mode)
    out["."] = (b"", top.stat().st_mtime_ns, top.stat().st_mode)
    return out


def test_bag_validates_with_bagit_python(tree: Path, tmp_path: Path) -> None:
    result = _bag(tree, tmp_path / "bags" / "b1")
    bag = bagit.Bag(str(result.path))
    assert bag.validate(processes=1)
    assert bag.version_info == (1, 0)
    assert set(bag.payload_files()) == {f.path for f in result.files}
    assert "data/scans/empty/.keep" in bag.payload_files()
    assert (result.path / "data/scans/a.txt").read_bytes() == b"hello\r\nworld\n"
    assert bag.info["Payload-Oxum"] == result.payload_oxum


def test_bagit_txt_exact_bytes(tree: Path, tmp_path: Path) -> None:
    result = _bag(tree, tmp_path / "b")
    assert (
        result.path / "bagit.txt"
    ).read_bytes() == b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"


def test_bag_info_order_preserved_not_sorted(tree: Path, tmp_path: Path) -> None:
    given = [
        ("Zebra-Note", "first"),
        ("Source-Organization", "Org"),
        ("Alpha-Note", "third"),
        ("Zebra-Note", "again"),
    ]
    result = write_package(payload_from_paths([tree]), tmp_path / "b", bag_info=given)
    labels = [
        line.split(":", 1)[0] for line in (result.path / "bag-info.txt").read_text("utf-8").splitlines()
    ]
    assert labels == [
        "Zebra-Note",
        "Source-Organization",
        "Alpha-Note",
        "Zebra-Note",
        "Bagging-Date",
        "Payload-Oxum",
        "Bag-Size",
        "BagIt-Profile-Identifier",
        "Bag-Software-Agent",
    ]
    text = (result.path / "bag-info.txt").read_text("utf-8")
    assert "Bagging-Date: 2023-11-14\n" in text
    assert f"BagIt-Profile-Identifier: {PROFILE_IDENTIFIER}\n" in text
    assert not text.startswith("\ufeff") and "\r" not in text


def test_organisation_and_contact_from_config(tree: Path, tmp_path: Path) -> None:
    org = Organization(
        name="Example Archive",
        address="1 Archive Way",
        contact_name="Jane",
        contact_email="a@example.org",
        contact_phone="+1 555 0100",
    )
    info = organization_elements(Config(org), external_identifier="urn:x:1", external_description="Headline")
    assert [k for k, _ in info] == [
        "Source-Organization",
        "Organization-Address",
        "Contact-Name",
        "Contact-Phone",
        "Contact-Email",
        "External-Identifier",
        "External-Description",
    ]
    result = write_package(payload_from_paths([tree]), tmp_path / "b", bag_info=info)
    assert bagit.Bag(str(result.path)).info["Contact-Email"] == "a@example.org"


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("Bad:Label", "v"),
        (" Lead", "v"),
        ("Trail ", "v"),
        ("Line\nBreak", "v"),
        ("Ok", "two\nlines"),
        ("Ok", "cr\rvalue"),
        ("Ok", " padded"),
        ("", "v"),
        ("Payload-Oxum", "1.1"),
        ("bagging-date", "2020-01-01"),
    ],
)
def test_bag_info_refuses_bad_elements(tree: Path, tmp_path: Path, label: str, value: str) -> None:
    with pytest.raises(InputError):
        write_package(payload_from_paths([tree]), tmp_path / "b", bag_info=[(label, value)])
    assert not (tmp_path / "b").exists()


def test_bag_info_inner_whitespace_label_allowed() -> None:
    assert baginfo.format_bag_info([("My Label", "a value")]) == b"My Label: a value\n"


def test_bag_size_and_oxum() -> None:
    assert baginfo.bag_size(12) == "12 bytes"
    assert baginfo.bag_size(1536) == "1.5 KiB"
    assert baginfo.bag_size(1 << 30) == "1.0 GiB"
    assert baginfo.payload_oxum(1024, 3) == "1024.3"


def test_manifests_sorted_percent_encoded_and_tag_manifests(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    names = ["b.txt", "a\nb.txt", "c\rd.txt", "A.md"]
    for name in names:
        (src / name).write_bytes(name.encode())
    result = write_package(payload_from_paths([src]), tmp_path / "bag", bag_info=[])
    lines = (result.path / "manifest-sha256.txt").read_text("utf-8").splitlines()
    paths = [line.split("  ", 1)[1] for line in lines]
    assert paths == sorted(paths)
    assert "data/src/a%0Ab.txt" in paths and "data/src/c%0Dd.txt" in paths
    assert bagit.Bag(str(result.path)).validate()
    for name in ("tagmanifest-sha256.txt", "tagmanifest-sha512.txt"):
        listed = [line.split("  ", 1)[1] for line in (result.path / name).read_text().splitlines()]
        assert listed == sorted(
            ["bag-info.txt", "bagit.txt", "manifest-sha256.txt", "manifest-sha512.txt", "premis.xml"]
        )


def test_percent_in_name_is_encoded(tmp_path: Path) -> None:
    # bagit-python 1.9.0 does not decode %25 (its issue #157), so it cannot check this bag; we check
    # the manifest against the RFC's encoding ourselves.
    src = tmp_path / "src"
    src.mkdir()
    (src / "100%done.txt").write_bytes(b"percent")
    (src / "lit%0A.txt").write_bytes(b"literal percent-zero-A")
    result = write_package(payload_from_paths([src]), tmp_path / "bag", bag_info=[])
    text = (result.path / "manifest-sha512.txt").read_text("utf-8")
    assert "data/src/100%25done.txt" in text and "data/src/lit%250A.txt" in text
    for line in text.splitlines():
        digest, encoded = line.split("  ", 1)
        data = (result.path / decode_path(encoded)).read_bytes()
        assert hashlib.sha512(data).hexdigest() == digest


def test_deterministic_bags_and_tars(tree: Path, tmp_path: Path) -> None:
    one = _bag(tree, tmp_path / "run1" / "bag")
    two = _bag(tree, tmp_path / "run2" / "bag")
    assert _snapshot(one.path) == _snapshot(two.path)
    assert (one.path / "data/scans/a.txt").stat().st_mtime == int(EPOCH)
    t1 = write_tar(one.path, tmp_path / "run1" / "bag.tar")
    t2 = write_tar(two.path, tmp_path / "run2" / "bag.tar")
    assert t1.read_bytes() == t2.read_bytes()


def test_tar_members(tree: Path, tmp_path: Path) -> None:
    result = _bag(tree, tmp_path / "bag")
    tar_path = write_tar(result.path, tmp_path / "bag.tar")
    with tarfile.open(tar_path) as tar:
        members = tar.getmembers()
        names = [m.name for m in members]
        assert names[0] == "bag" and all(n == "bag" or n.startswith("bag/") for n in names)
        assert names == sorted(names, key=lambda n: n.split("/"))
        assert all(m.uid == 0 and m.gid == 0 and m.uname == "" and m.gname == "" for m in members)
        assert all(m.mtime == int(EPOCH) for m in members)
        assert {m.mode for m in members if m.isdir()} == {0o755}
        assert {m.mode for m in members if m.isfile()} == {0o644}
        tar.extractall(tmp_path / "x", filter="data")
    assert bagit.Bag(str(tmp_path / "x" / "bag")).validate()
    with pytest.raises(TarExists):
        write_tar(result.path, tar_path)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_failure_mid_copy_leaves_nothing(tree: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = hashing.copy_and_hash

    def failing(source, target, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(target)
        if len(calls) == 3:
            Path(target).write_bytes(b"half")
            raise OSError(28, "No space left on device")
        return real(source, target, *args, **kwargs)

    monkeypatch.setattr(hashing, "copy_and_hash", failing)
    parent = tmp_path / "bags"
    with pytest.raises(OSError, match="No space"):
        _bag(tree, parent / "b")
    assert list(parent.iterdir()) == []  # no bag, no staging directory


def test_failure_in_premis_leaves_nothing(
    tree: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*args: object, **kwargs: object) -> bytes:
        raise RuntimeError("injected")

    monkeypatch.setattr(package, "render_premis", boom)
    with pytest.raises(RuntimeError):
        _bag(tree, tmp_path / "bags" / "b")
    assert list((tmp_path / "bags").iterdir()) == []


def test_before_rename_hook_sees_complete_bag_and_can_abort(tree: Path, tmp_path: Path) -> None:
    seen = []

    def check(stage: Path) -> None:
        seen.append(bagit.Bag(str(stage)).validate())
        raise InputError("refused by caller")

    with pytest.raises(InputError):
        _bag(tree, tmp_path / "bags" / "b", before_rename=check)
    assert seen == [True]
    assert list((tmp_path / "bags").iterdir()) == []


@pytest.mark.parametrize("existing", ["file", "empty-dir", "bag"])
def test_existing_destination_never_replaced(tree: Path, tmp_path: Path, existing: str) -> None:
    dest = tmp_path / "b"
    if existing == "file":
        dest.write_bytes(b"keep me")
    elif existing == "empty-dir":
        dest.mkdir()
    else:
        _bag(tree, dest)
    before = _snapshot(tmp_path)
    with pytest.raises(BagExists):
        _bag(tree, dest)
    assert _snapshot(tmp_path) == before


def test_originals_untouched(tree: Path, tmp_path: Path) -> None:
    before = _snapshot(tree)
    _bag(tree, tmp_path / "b")
    assert _snapshot(tree) == before


def test_symlink_inside_root_is_copied_as_file(tree: Path, tmp_path: Path) -> None:
    (tree / "link.txt").symlink_to("a.txt")
    result = _bag(tree, tmp_path / "b")
    copied = result.path / "data/scans/link.txt"
    assert not copied.is_symlink() and copied.read_bytes() == (tree / "a.txt").read_bytes()


@pytest.mark.parametrize("kind", ["file-out", "dir", "broken"])
def test_symlinks_out_of_root_refused(tree: Path, tmp_path: Path, kind: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_bytes(b"outside")
    if kind == "file-out":
        (tree / "link.txt").symlink_to(secret)
    elif kind == "dir":
        (tree / "linkdir").symlink_to(tmp_path)
    else:
        (tree / "dangling").symlink_to(tmp_path / "missing")
    with pytest.raises(InputError):
        _bag(tree, tmp_path / "bags" / "b")
    assert not (tmp_path / "bags" / "b").exists()


@pytest.mark.parametrize(
    "path",
    ["data/../escape.txt", "/etc/passwd", "~/x", "data", "tagfile.txt", "data//x", "data/./x", "data/a\0b"],
)
def test_unsafe_payload_paths_refused(tmp_path: Path, path: str) -> None:
    with pytest.raises(InputError):
        write_package([PayloadEntry(path, b"x")], tmp_path / "b", bag_info=[])
    assert not (tmp_path / "b").exists()


@pytest.mark.parametrize(
    "names",
    [
        ("data/Photo.jpg", "data/photo.jpg"),
        (unicodedata.normalize("NFC", "data/Núñez.txt"), unicodedata.normalize("NFD", "data/Núñez.txt")),
        ("data/x", "data/x"),
        ("data/Dir/a", "data/dir/b"),
        ("data/a", "data/a/b"),
    ],
)
def test_colliding_names_refused(tmp_path: Path, names: tuple[str, str]) -> None:
    with pytest.raises(InputError):
        write_package([PayloadEntry(n, b"x") for n in names], tmp_path / "b", bag_info=[])


def test_expected_digest_checked(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_bytes(b"content")
    good = hashlib.sha256(b"content").hexdigest()
    ok = write_package(
        [PayloadEntry("data/a.txt", src, expected={"SHA-256": good})], tmp_path / "ok", bag_info=[]
    )
    assert ok.files[0].digests["sha256"] == good
    with pytest.raises(InputError, match="expected digest"):
        write_package(
            [PayloadEntry("data/a.txt", src, expected={"sha256": "0" * 64})], tmp_path / "bad", bag_info=[]
        )
    assert not (tmp_path / "bad").exists()


def test_special_file_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="regular file"):
        write_package([PayloadEntry("data/fifo", fifo)], tmp_path / "b", bag_info=[])


def test_bytes_payload_tag_files_and_reserved_names(tmp_path: Path) -> None:
    result = write_package(
        [PayloadEntry("data/metadata/record.json", b'{"a": 1}\n')],
        tmp_path / "b",
        bag_info=[],
        tag_files={"metadata/notes.txt": b"a tag file\n"},
    )
    assert bagit.Bag(str(result.path)).validate()
    assert "metadata/notes.txt" in (result.path / "tagmanifest-sha256.txt").read_text()
    assert result.files[0].format.puid == "fmt/817"
    for name in ("bagit.txt", "premis.xml", "manifest-md5.txt", "data/x.txt", "../x.txt"):
        with pytest.raises(InputError):
            write_package([PayloadEntry("data/a", b"")], tmp_path / "c", bag_info=[], tag_files={name: b""})


def test_premis_in_bag(tree: Path, tmp_path: Path) -> None:
    result = _bag(tree, tmp_path / "b")
    data = (result.path / "premis.xml").read_bytes()
    assert premis_problems(data, "premis.xml") == []
    text = data.decode()
    for code in ("mes", "val", "ipc"):
        assert f"http://id.loc.gov/vocabulary/preservation/eventType/{code}" in text
    manifest = (result.path / "manifest-sha512.txt").read_text()
    for fact in result.files:
        assert f"{fact.digests['sha512']}  " in manifest
        assert fact.digests["sha512"] in text and fact.digests["sha256"] in text
    formats = {f.path: f.format.puid for f in result.files}
    assert formats["data/scans/a.txt"] == "x-fmt/111"
    assert formats["data/scans/sub/page.xml"] == "fmt/101"
    assert formats["data/scans/big.bin"] is None
    assert "<premis:objectIdentifierValue>urn:example:bag:1</premis:objectIdentifierValue>" in text


def test_profile_describes_our_bags(tree: Path, tmp_path: Path) -> None:
    profile = json.loads((ROOT / "schemas" / "archivist-bagit-profile.json").read_text())
    info = profile["BagIt-Profile-Info"]
    assert info["BagIt-Profile-Identifier"] == PROFILE_IDENTIFIER and info["BagIt-Profile-Version"] == "1.4.0"
    result = _bag(tree, tmp_path / "b")
    bag = bagit.Bag(str(result.path))
    for label, rule in profile["Bag-Info"].items():
        if rule.get("required"):
            assert label in bag.info, label
    for name in profile["Manifests-Required"]:
        assert (result.path / f"manifest-{name}.txt").is_file()
    for name in profile["Tag-Manifests-Required"]:
        assert (result.path / f"tagmanifest-{name}.txt").is_file()
    for name in profile["Tag-Files-Required"]:
        assert (result.path / name).is_file()
    assert (
        "{}.{}".format(*bag.version_info) in profile["Accept-BagIt-Version"]
        and not (result.path / "fetch.txt").exists()
    )


@pytest.mark.parametrize("size", [0, 1, hashing.CHUNK - 1, hashing.CHUNK, 3 * hashing.CHUNK + 5])
@pytest.mark.parametrize("split", [False, True])
def test_hashing_matches_hashlib(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: int, split: bool
) -> None:
    monkeypatch.setattr(hashing, "SPLIT_THRESHOLD", 0 if split else 1 << 62)
    data = os.urandom(size)
    path = tmp_path / "f"
    path.write_bytes(data)
    expected = {"sha256": hashlib.sha256(data).hexdigest(), "sha512": hashlib.sha512(data).hexdigest()}
    assert hashing.hash_file(path) == expected
    copied = hashing.copy_and_hash(path, tmp_path / "copy")
    assert copied == hashing.FileDigests(size, expected)
    assert (tmp_path / "copy").read_bytes() == data
    with pytest.raises(FileExistsError):
        hashing.copy_and_hash(path, tmp_path / "copy")


def test_hash_files_keeps_order_and_sizes(tmp_path: Path) -> None:
    paths = []
    for i, size in enumerate([5, 3 * hashing.CHUNK, 0, 2 * hashing.CHUNK + 1]):
        path = tmp_path / f"f{i}"
        path.write_bytes(os.urandom(size))
        paths.append(path)
    results = hashing.hash_files(paths, ("sha256", "SHA-512", "md5"), workers=2)
    assert [r.size for r in results] == [p.stat().st_size for p in paths]
    for path, result in zip(paths, results, strict=True):
        assert result.digests["sha512"] == hashlib.sha512(path.read_bytes()).hexdigest()
        assert set(result.digests) == {"sha256", "sha512", "md5"}


@pytest.mark.parametrize(
    ("name", "head", "puid"),
    [
        ("x.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\0" * 17 + b"\x00\x00\x00\x00IEND", "fmt/11"),
        ("x.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01", "fmt/43"),
        ("x.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x02", "fmt/44"),
        ("x.jpg", b"\xff\xd8\xff\xe1\x00\x10Exif\x00\x00", None),
        ("x.gif", b"GIF89a....", "fmt/4"),
        ("x.gif", b"GIF87a....", "fmt/3"),
        ("x.pdf", b"%PDF-1.4\n", "fmt/18"),
        ("x.xml", b'<?xml version="1.0"?><a/>', "fmt/101"),
        ("x.xml", b"<a/>", None),
        ("x.txt", b"text", "x-fmt/111"),
        ("x.json", b"{}", "fmt/817"),
        ("x.jsonld", b"{}", "fmt/880"),
        ("x.bin", b"\x00\x01", None),
        ("noext", b"text", None),
    ],
)
def test_identify(name: str, head: bytes, puid: str | None) -> None:
    found = identify(name, head)
    assert found.puid == puid
    if puid is None and name in {"x.bin", "noext", "x.xml"}:
        assert found.name == "unknown"


def test_strict_validator_and_own_profile_accept_our_bags(tmp_path: Path, tree: Path) -> None:
    # archivist's own strict RFC 8493 validator and profile checker (written independently of the writer).
    from archivist.validate.bag import bag_problems
    from archivist.validate.profile import profile_problems

    (tree / "100%done.txt").write_bytes(b"percent")
    (tree / "line\nbreak.txt").write_bytes(b"newline")
    result = _bag(tree, tmp_path / "b")
    assert [p.line() for p in bag_problems(result.path)] == []
    profile = ROOT / "schemas" / "archivist-bagit-profile.json"
    assert [p.line() for p in profile_problems(result.path, profile)] == []
    tar_path = write_tar(result.path, tmp_path / "b.tar")
    assert [p.line() for p in bag_problems(tar_path)] == []


def test_explicit_root_catches_symlinked_directory_on_the_way(tmp_path: Path) -> None:
    root = tmp_path / "root"
    root.mkdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_bytes(b"secret")
    (root / "sub").symlink_to(outside)
    entry = PayloadEntry("data/secret.txt", root / "sub" / "secret.txt", root=root)
    with pytest.raises(InputError, match="outside its root"):
        write_package([entry], tmp_path / "b", bag_info=[])


def test_the_bag_library_alone_writes_pure_bagit_and_derived_tag_files(tmp_path: Path) -> None:
    """``archivist.bag`` knows no PREMIS: without a derived tag file the bag holds only BagIt's files;
    a derived tag file is made from the written payload and the bagging moment, and is tag-manifested."""
    from datetime import datetime, timezone

    plain = write_bag([PayloadEntry("data/a.txt", b"a")], tmp_path / "plain", bag_info=[])
    assert sorted(p.name for p in plain.path.iterdir() if p.is_file()) == [
        "bag-info.txt",
        "bagit.txt",
        "manifest-sha256.txt",
        "manifest-sha512.txt",
        "tagmanifest-sha256.txt",
        "tagmanifest-sha512.txt",
    ]
    moment = datetime(2001, 2, 3, 4, 5, 6, tzinfo=timezone.utc)

    def listing(files: Sequence[writer.PayloadFile], when: datetime) -> bytes:
        return "".join(f"{f.path} {f.size} {when.isoformat()}\n" for f in files).encode()

    made = write_bag(
        [PayloadEntry("data/a.txt", b"a")],
        tmp_path / "made",
        bag_info=[],
        moment=moment,
        derived=[writer.DerivedTagFile("listing.txt", listing)],
    )
    assert (made.path / "listing.txt").read_bytes() == b"data/a.txt 1 2001-02-03T04:05:06+00:00\n"
    assert "listing.txt" in (made.path / "tagmanifest-sha256.txt").read_text()
    assert "Bagging-Date: 2001-02-03" in (made.path / "bag-info.txt").read_text()
    with pytest.raises(InputError, match="reserved"):
        write_bag(
            [PayloadEntry("data/a.txt", b"a")],
            tmp_path / "clash",
            bag_info=[],
            tag_files={"listing.txt": b""},
            derived=[writer.DerivedTagFile("listing.txt", listing)],
        )


def test_every_file_and_directory_gets_the_moment_and_the_umask_mode(tree: Path, tmp_path: Path) -> None:
    # The writer settles mtimes from its own list of what it wrote (not a walk) and makes the staging
    # directory with the kernel's umask (not a chmod): both must still reach every entry, tag
    # directories included.
    old = os.umask(0o027)
    try:
        result = _bag(tree, tmp_path / "bag", tag_files={"meta/deep/notes.txt": b"notes\n"})
    finally:
        os.umask(old)
    entries = [result.path, *result.path.rglob("*")]
    assert {p.relative_to(result.path).as_posix() for p in entries if p.is_dir()} >= {
        ".",
        "data",
        "data/scans",
        "data/scans/sub",
        "meta",
        "meta/deep",
    }
    assert {p.lstat().st_mtime_ns for p in entries} == {int(EPOCH) * 10**9}
    assert {p.lstat().st_mode & 0o777 for p in entries if p.is_dir()} == {0o750}
    assert bagit.Bag(str(result.path)).validate(processes=1)
