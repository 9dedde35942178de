"""Hostile bags: paths that leave the bag, symlinks out, tar slip, huge lines. Reported, never followed.

How "nothing outside was read" is proven: every call that opens or lists something (``builtins.open``,
``io.open``, ``os.open``, ``os.scandir``, and the ``open`` tarfile captured at import) is wrapped to
record its path, and each recorded path must lie inside the bag directory or be the tar file itself.
Running as root makes a chmod-000 sentinel useless, so the recorder is the proof; a sentinel file
outside the bag whose content would show up in a message is checked as well.
"""

from __future__ import annotations

import builtins
import hashlib
import io
import os
import tarfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from archivist.validate.bag import bag_problems
from test_bag_validate import build_bag, codes, only, retag

SECRET = b"TOP-SECRET-SENTINEL\n"


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every path opened or listed while the test runs (fds and non-path arguments are ignored)."""
    seen: list[str] = []

    def wrap(function):  # type: ignore[no-untyped-def]
        def recorder(target, *args, **kwargs):  # type: ignore[no-untyped-def]
            if isinstance(target, (str, bytes, os.PathLike)):
                base = kwargs.get("dir_fd")
                # openat: the name is relative to the directory behind dir_fd.
                where = os.readlink(f"/proc/self/fd/{base}") if base is not None else ""
                seen.append(os.path.realpath(os.path.join(where, os.fsdecode(target))))
            return function(target, *args, **kwargs)

        return recorder

    monkeypatch.setattr(builtins, "open", wrap(builtins.open))
    monkeypatch.setattr(io, "open", wrap(io.open))
    monkeypatch.setattr(os, "open", wrap(os.open))
    monkeypatch.setattr(os, "scandir", wrap(os.scandir))
    monkeypatch.setattr(tarfile, "bltn_open", wrap(tarfile.bltn_open))
    yield seen


def assert_stayed_inside(seen: list[str], allowed: Path) -> None:
    root = os.path.realpath(allowed)
    outside = [p for p in seen if p != root and not p.startswith(root + os.sep)]
    assert seen, "the recorder saw nothing: the patch is not in effect"
    assert outside == []


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_bytes(SECRET)
    return path


HOSTILE_PATHS = [
    ("../../etc/passwd", "bag.path.traversal"),
    ("data/../../secret.txt", "bag.path.traversal"),
    ("/etc/passwd", "bag.path.absolute"),
    ("~/secret.txt", "bag.path.home"),
    ("~root/.ssh/id_rsa", "bag.path.home"),
    ("data/a\x00.txt", "bag.path.nul"),
    ("C:/Windows/win.ini", "bag.path.drive"),
    ("data\\..\\..\\secret.txt", "bag.path.backslash"),
    ("\\\\?\\C:\\secret.txt", "bag.path.absolute"),
]


@pytest.mark.parametrize(("path", "code"), HOSTILE_PATHS)
@pytest.mark.parametrize("which", ["manifest-sha256.txt", "tagmanifest-sha256.txt", "fetch.txt"])
def test_paths_leaving_the_bag_are_reported_not_read(
    tmp_path: Path, opened: list[str], secret: Path, path: str, code: str, which: str
) -> None:
    bag = build_bag(tmp_path / "bag", algorithms=("sha256",))
    digest = hashlib.sha256(SECRET).hexdigest()
    if which == "fetch.txt":
        (bag / which).write_text(f"https://example.org/x 10 {path}\n", encoding="utf-8")
        line = 1
    else:
        before = (bag / which).read_text(encoding="utf-8")
        (bag / which).write_text(before + f"{digest}  {path}\n", encoding="utf-8")
        line = before.count("\n") + 1
    opened.clear()
    problems = bag_problems(bag)
    problem = only(problems, code)
    assert (problem.file, problem.line_number, problem.severity) == (str(bag / which), line, "error")
    assert_stayed_inside(opened, bag)
    assert not any("SENTINEL" in p.message for p in problems)


def test_one_megabyte_manifest_line(tmp_path: Path, opened: list[str]) -> None:
    bag = build_bag(tmp_path / "bag", algorithms=("sha256",))
    manifest = bag / "manifest-sha256.txt"
    manifest.write_text(manifest.read_text() + "0" * 64 + "  data/" + "x" * 1_000_000 + "\n")
    retag(bag, ("sha256",))
    problems = bag_problems(bag)
    assert only(problems, "bag.manifest.line-too-long").line_number == 3
    assert all(len(p.line()) < 1000 for p in problems)  # messages never echo the megabyte
    assert_stayed_inside(opened, bag)


def test_gigantic_bag_info_value(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag")
    info = bag / "bag-info.txt"
    info.write_text(info.read_text() + "External-Description: " + "v" * 2_000_000 + "\n")
    retag(bag)
    problems = bag_problems(bag)
    assert codes(problems) == {"bag.tagfile.long-line"}
    assert all(len(p.line()) < 1000 for p in problems)


def test_bag_info_line_without_end_is_capped(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag")
    with open(bag / "bag-info.txt", "ab") as handle:
        handle.write(b"External-Description: " + b"v" * (17 * 1024 * 1024))
    retag(bag)
    problems = bag_problems(bag, fast=True)
    assert only(problems, "bag.tagfile.line-too-long").line_number == 4


def test_symlink_to_secret_is_never_read(tmp_path: Path, opened: list[str], secret: Path) -> None:
    bag = build_bag(tmp_path / "bag", algorithms=("sha256",))
    os.symlink(secret, bag / "data" / "passwd")
    manifest = bag / "manifest-sha256.txt"
    manifest.write_text(manifest.read_text() + f"{hashlib.sha256(SECRET).hexdigest()}  data/passwd\n")
    retag(bag, ("sha256",))
    opened.clear()
    problems = bag_problems(bag)
    assert only(problems, "bag.symlink.outside").location == "data/passwd"
    assert only(problems, "bag.manifest.not-regular-file").line_number == 3
    assert_stayed_inside(opened, bag)


def test_symlinked_directory_inside_data_is_not_entered(
    tmp_path: Path, opened: list[str], secret: Path
) -> None:
    bag = build_bag(tmp_path / "bag", algorithms=("sha256",))
    os.symlink(secret.parent, bag / "data" / "linkdir")
    manifest = bag / "manifest-sha256.txt"
    manifest.write_text(
        manifest.read_text() + f"{hashlib.sha256(SECRET).hexdigest()}  data/linkdir/secret.txt\n"
    )
    retag(bag, ("sha256",))
    opened.clear()
    problems = bag_problems(bag)
    assert only(problems, "bag.symlink.outside").location == "data/linkdir"
    assert only(problems, "bag.manifest.missing-file").location == "data/linkdir/secret.txt"
    assert_stayed_inside(opened, bag)


def test_symlinked_tag_files_and_data_dir_are_not_followed(tmp_path: Path, opened: list[str]) -> None:
    outside = build_bag(tmp_path / "outside")
    bag = tmp_path / "bag"
    bag.mkdir()
    for name in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt", "data"):
        os.symlink(outside / name, bag / name)
    opened.clear()
    problems = bag_problems(bag)
    assert {"bag.bagit-txt.missing", "bag.data.missing", "bag.manifest.none"} <= codes(problems)
    assert len([p for p in problems if p.code == "bag.symlink.outside"]) == 5
    assert_stayed_inside(opened, bag)


def _tar_with(path: Path, bag: Path, extra: list[tuple[tarfile.TarInfo, bytes | None]]) -> Path:
    with tarfile.open(path, "w") as archive:
        archive.add(bag, arcname="bag")
        for info, data in extra:
            archive.addfile(info, io.BytesIO(data) if data is not None else None)
    return path


def _member(name: str, kind: bytes = tarfile.REGTYPE, data: bytes | None = None, link: str = "") -> tuple:
    info = tarfile.TarInfo(name)
    info.type = kind
    info.linkname = link
    if data is not None:
        info.size = len(data)
    return info, data


def test_tar_slip_members_are_reported_never_extracted(
    tmp_path: Path, opened: list[str], secret: Path
) -> None:
    bag = build_bag(tmp_path / "src" / "bag")
    archive = _tar_with(
        tmp_path / "hostile.tar",
        bag,
        [
            _member("../evil.txt", data=b"slip"),
            _member("bag/../../evil2.txt", data=b"slip"),
            _member("/tmp/evil3.txt", data=b"slip"),
            _member("bag/data/passwd", tarfile.SYMTYPE, link=str(secret)),
            _member("bag/data/hard", tarfile.LNKTYPE, link="/etc/passwd"),
            _member("bag/data/dev", tarfile.CHRTYPE),
            _member("bag/data/fifo", tarfile.FIFOTYPE),
        ],
    )
    before = set(tmp_path.rglob("*"))
    opened.clear()
    problems = bag_problems(archive)
    assert_stayed_inside(opened, archive)
    unsafe = {p.location for p in problems if p.code == "bag.tar.unsafe-member"}
    assert unsafe == {"../evil.txt", "bag/../../evil2.txt", "/tmp/evil3.txt"}
    assert only(problems, "bag.symlink.outside").location == "data/passwd"
    assert only(problems, "bag.hardlink").location == "data/hard"
    assert {p.location for p in problems if p.code == "bag.special-file"} == {"data/dev", "data/fifo"}
    assert set(tmp_path.rglob("*")) == before  # nothing extracted anywhere
    assert not Path("/tmp/evil3.txt").exists()


def test_tar_with_two_top_level_directories(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag")
    archive = _tar_with(tmp_path / "two.tar", bag, [_member("other/x.txt", data=b"x")])
    problems = bag_problems(archive)
    assert "bag.tar.top-level" in codes(problems)


def test_truncated_tar_is_reported(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag")
    archive = _tar_with(tmp_path / "b.tar", bag, [])
    data = archive.read_bytes()
    archive.write_bytes(data[: len(data) // 3])
    problems = bag_problems(archive)
    assert problems and all(p.severity == "error" for p in problems)


# -- issue 13: the tester's bag findings ------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["rot13", "hex", "base64", "zlib", "idna", "uu"])
def test_bagit_txt_naming_a_codec_that_is_not_a_charset(tmp_path: Path, codec: str) -> None:
    bag = build_bag(tmp_path / "bag")
    (bag / "bagit.txt").write_bytes(f"BagIt-Version: 1.0\nTag-File-Character-Encoding: {codec}\n".encode())
    retag(bag)
    problems = bag_problems(bag)
    assert only(problems, "bag.bagit-txt.not-text-encoding").line_number == 2
    assert {p.code for p in problems if p.severity == "error"} == {"bag.bagit-txt.not-text-encoding"}


@pytest.mark.parametrize("digits", [31, 5000])
def test_huge_payload_oxum_is_a_format_problem(tmp_path: Path, digits: int) -> None:
    bag = build_bag(tmp_path / "bag", info=[("Payload-Oxum", "9" * digits + ".2")])
    problems = bag_problems(bag)
    assert only(problems, "bag.bag-info.oxum-format").line_number == 1
    assert all(len(p.line()) < 1000 for p in problems)


def test_fetch_length_of_5000_digits_is_a_format_problem(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag")
    (bag / "fetch.txt").write_text(f"https://example.org/x {'9' * 5000} data/x.bin\n")
    retag(bag)
    assert only(bag_problems(bag), "bag.fetch.length").line_number == 1


def test_superscript_digits_are_not_a_fetch_length(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag")
    (bag / "fetch.txt").write_text("https://example.org/x ²³ data/x.bin\n")
    retag(bag)
    assert only(bag_problems(bag), "bag.fetch.length").line_number == 1


def test_many_directories_take_linear_time(tmp_path: Path) -> None:
    from conftest import time_guard

    files = {f"data/d{i:05d}/f.txt": b"x" for i in range(20_000)}
    bag = build_bag(tmp_path / "bag", files, algorithms=("sha256",))
    for i in range(0, 20_000, 2):  # half of them empty too: each asks whether it holds anything
        (bag / f"data/e{i:05d}").mkdir()
    with time_guard(60):
        problems = bag_problems(bag, fast=True)
    assert len([p for p in problems if p.code == "bag.payload.empty-directory"]) == 10_000
    assert not [p for p in problems if p.severity == "error"]


def test_many_continuation_lines_take_linear_time(tmp_path: Path) -> None:
    from conftest import time_guard

    folds = "".join(f"  fold {i}\n" for i in range(300_000))
    bag = build_bag(tmp_path / "bag", info=[("External-Description", "start\n" + folds.rstrip("\n"))])
    with time_guard(30):
        problems = bag_problems(bag, fast=True)
    assert not [p for p in problems if p.severity == "error"]
    from archivist.bag import tagfile

    with open(bag / "bag-info.txt", "rb") as stream:
        info = tagfile.parse_elements(
            tagfile.read_lines(stream, "utf-8", "bag-info.txt", []), strict=True, file=""
        )
    value = info.values("External-Description")[0].value
    assert value.startswith("start fold 0 fold 1 ") and value.endswith(" fold 299999")
