"""Strict RFC 8493 validation: a clean bag passes; each fault is found with its code, file and line.

Bags are built here from code (``build_bag``) so each test states the one thing it breaks;
``retag`` recomputes the tag manifests after an edit so that only the intended fault remains.
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import tarfile
from pathlib import Path

import bagit
import pytest
from click.testing import CliRunner

from archivist.bag import tagfile
from archivist.bag.paths import encode_path
from archivist.bag.reader import DirSource
from archivist.cli import main
from archivist.errors import Problem, UsageError
from archivist.validate.bag import bag_problems, is_bag

PAYLOAD = {"data/a.txt": b"hello\n", "data/sub/b.txt": b"world\n"}


def build_bag(
    root: Path,
    files: dict[str, bytes] | None = None,
    *,
    algorithms: tuple[str, ...] = ("sha256", "sha512"),
    info: list[tuple[str, str]] | None = None,
    version: str = "1.0",
) -> Path:
    """A hand-written bag: payload, manifests (paths percent-encoded), bagit.txt, bag-info, tag manifests."""
    files = PAYLOAD if files is None else files
    root.mkdir(parents=True, exist_ok=True)
    (root / "data").mkdir(exist_ok=True)
    for rel, data in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    for alg in algorithms:
        lines = [
            f"{hashlib.new(alg, d).hexdigest()}  {encode_path(rel)}\n" for rel, d in sorted(files.items())
        ]
        (root / f"manifest-{alg}.txt").write_text("".join(lines), encoding="utf-8")
    (root / "bagit.txt").write_bytes(
        f"BagIt-Version: {version}\nTag-File-Character-Encoding: UTF-8\n".encode()
    )
    octets = sum(len(d) for d in files.values())
    elements = (
        info
        if info is not None
        else [
            ("Source-Organization", "Example Org"),
            ("Bagging-Date", "2024-01-02"),
            ("Payload-Oxum", f"{octets}.{len(files)}"),
        ]
    )
    (root / "bag-info.txt").write_text("".join(f"{k}: {v}\n" for k, v in elements), encoding="utf-8")
    retag(root, algorithms)
    return root


def retag(root: Path, algorithms: tuple[str, ...] = ("sha256", "sha512")) -> None:
    """Rewrite the tag manifests over every top-level tag file (after a test has edited one)."""
    for old in root.glob("tagmanifest-*.txt"):
        old.unlink()
    tags = sorted(
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and not p.is_symlink() and not p.relative_to(root).as_posix().startswith("data/")
    )
    for alg in algorithms:
        lines = [f"{hashlib.new(alg, (root / t).read_bytes()).hexdigest()} {t}\n" for t in tags]
        (root / f"tagmanifest-{alg}.txt").write_text("".join(lines), encoding="utf-8")


def codes(problems: list[Problem], severity: str | None = None) -> set[str]:
    return {p.code for p in problems if severity is None or p.severity == severity}


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


def only(problems: list[Problem], code: str) -> Problem:
    found = [p for p in problems if p.code == code]
    assert len(found) == 1, (code, [p.line() for p in problems])
    return found[0]


def rel(problem: Problem, bag: Path) -> str:
    return problem.file.removeprefix(str(bag) + "/")


# -- clean bags --------------------------------------------------------------------------------------------


def test_clean_10_bag_has_no_problems(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag")
    assert bag_problems(bag) == []
    assert bag_problems(bag, fast=True) == []
    assert is_bag(bag)


def test_bagit_python_097_bag_reads_fine(tmp_path: Path) -> None:
    src = tmp_path / "bp"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text("hello")
    (src / "sub" / "b.txt").write_text("world")
    bagit.make_bag(str(src), {"Source-Organization": "Example"})
    problems = bag_problems(src)
    assert errors(problems) == []
    # bagit-python writes a Bag-Software-Agent line over 79 characters and no SHA-512 warning applies to 0.97.
    assert codes(problems) <= {"bag.tagfile.long-line"}


def test_bagit_python_bag_rewritten_to_10_passes(tmp_path: Path) -> None:
    src = tmp_path / "bp"
    src.mkdir()
    (src / "a.txt").write_text("hello")
    bagit.make_bag(str(src))
    (src / "bagit.txt").write_text("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")
    info = (src / "bag-info.txt").read_text().splitlines()
    (src / "bag-info.txt").write_text(
        "".join(line + "\n" for line in info if not line.startswith("Bag-Software"))
    )
    retag(src)
    assert bag_problems(src) == []


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        bag_problems(tmp_path / "nope")
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(UsageError):
        bag_problems(tmp_path / "file.txt")
    assert not is_bag(tmp_path / "nope")
    assert not is_bag(tmp_path)


# -- bagit.txt ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "code", "line"),
    [
        (b"\xef\xbb\xbfBagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n", "bag.bagit-txt.bom", 1),
        (b"BagIt-Version : 1.0\nTag-File-Character-Encoding: UTF-8\n", "bag.bagit-txt.label", 1),
        (b"BagIt-Version:  1.0\nTag-File-Character-Encoding: UTF-8\n", "bag.bagit-txt.spacing", 1),
        (b"BagIt-Version:1.0\nTag-File-Character-Encoding: UTF-8\n", "bag.bagit-txt.spacing", 1),
        (b"bagit-version: 1.0\nTag-File-Character-Encoding: UTF-8\n", "bag.bagit-txt.label", 1),
        (b"Tag-File-Character-Encoding: UTF-8\nBagIt-Version: 1.0\n", "bag.bagit-txt.order", 2),
        (
            b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\nExtra: x\n",
            "bag.bagit-txt.line-count",
            None,
        ),
        (b"BagIt-Version: 1.0\n", "bag.bagit-txt.missing-element", None),
        (b"BagIt-Version: 2.0\nTag-File-Character-Encoding: UTF-8\n", "bag.bagit-txt.version", 1),
        (b"BagIt-Version: 1.0\nTag-File-Character-Encoding: NOPE-8\n", "bag.bagit-txt.unknown-encoding", 2),
        (b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\xff\n", "bag.bagit-txt.encoding", None),
    ],
)
def test_bagit_txt_faults(tmp_path: Path, content: bytes, code: str, line: int | None) -> None:
    bag = build_bag(tmp_path / "bag")
    (bag / "bagit.txt").write_bytes(content)
    retag(bag)
    problem = only(bag_problems(bag), code)
    assert rel(problem, bag) == "bagit.txt"
    assert problem.line_number == line
    assert problem.severity == "error"


def test_bagit_txt_cr_and_crlf_line_endings_accepted(tmp_path: Path) -> None:
    for ending in (b"\r", b"\r\n"):
        bag = build_bag(tmp_path / f"bag{len(ending)}")
        (bag / "bagit.txt").write_bytes(
            b"BagIt-Version: 1.0" + ending + b"Tag-File-Character-Encoding: UTF-8" + ending
        )
        (bag / "bag-info.txt").write_bytes((bag / "bag-info.txt").read_bytes().replace(b"\n", ending))
        retag(bag)
        assert bag_problems(bag) == []


def test_missing_bagit_txt_and_data(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag", {})
    (bag / "bagit.txt").unlink()
    shutil.rmtree(bag / "data")
    retag(bag)
    found = codes(bag_problems(bag))
    assert {"bag.bagit-txt.missing", "bag.data.missing"} <= found


# -- manifests ---------------------------------------------------------------------------------------------


def test_no_payload_manifest(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag", algorithms=("sha512",))
    (bag / "manifest-sha512.txt").unlink()
    retag(bag, ("sha512",))
    assert "bag.manifest.none" in codes(bag_problems(bag))


def test_file_missing_from_one_of_two_manifests_bagit_python_accepts_archivist_rejects(
    tmp_path: Path,
) -> None:
    bag = build_bag(tmp_path / "bag")
    lines = (bag / "manifest-sha512.txt").read_text().splitlines(keepends=True)
    (bag / "manifest-sha512.txt").write_text("".join(line for line in lines if "sub/b.txt" not in line))
    retag(bag)
    bagit.Bag(str(bag)).validate()  # the reference implementation calls this bag valid
    problem = only(bag_problems(bag), "bag.manifest.unlisted-file")
    assert rel(problem, bag) == "manifest-sha512.txt"
    assert problem.location == "data/sub/b.txt"


def test_a_missing_file_is_reported_once_however_many_manifests_list_it(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag")  # sha256 and sha512 manifests and tag manifests
    (bag / "notes.txt").write_text("a tag file\n")
    retag(bag)
    (bag / "data" / "sub" / "b.txt").unlink()
    (bag / "notes.txt").unlink()
    problems = bag_problems(bag)
    missing = [p for p in problems if p.code == "bag.manifest.missing-file"]
    assert [(rel(p, bag), p.location, p.line_number) for p in missing] == [
        ("manifest-sha256.txt", "data/sub/b.txt", 2)
    ]
    assert (
        missing[0].message == "listed in the manifest but not in the bag (also listed in manifest-sha512.txt)"
    )
    missing_tags = [p for p in problems if p.code == "bag.tagmanifest.missing-file"]
    assert [(rel(p, bag), p.location) for p in missing_tags] == [("tagmanifest-sha256.txt", "notes.txt")]
    assert "also listed in tagmanifest-sha512.txt" in missing_tags[0].message

    result = CliRunner().invoke(main, ["validate", str(bag)])
    assert result.exit_code == 1
    assert result.output.count("bag.manifest.missing-file") == 1, result.output
    assert result.output.count("bag.tagmanifest.missing-file") == 1, result.output


def test_a_directory_listed_by_two_manifests_is_reported_once(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag")
    digest = {alg: hashlib.new(alg, b"").hexdigest() for alg in ("sha256", "sha512")}
    for alg in ("sha256", "sha512"):
        with (bag / f"manifest-{alg}.txt").open("a") as out:
            out.write(f"{digest[alg]}  data/sub\n")
    retag(bag)
    found = [p for p in bag_problems(bag) if p.code == "bag.manifest.directory"]
    assert [(rel(p, bag), p.location) for p in found] == [("manifest-sha256.txt", "data/sub")]


def test_unlisted_hidden_file_is_an_error(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag")
    (bag / "data" / ".DS_Store").write_bytes(b"junk")
    found = [p for p in bag_problems(bag) if p.code == "bag.manifest.unlisted-file"]
    assert {p.location for p in found} == {"data/.DS_Store"}
    assert len(found) == 2  # once per manifest


def test_missing_file_and_duplicate_and_directory_with_lines(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag", algorithms=("sha256",))
    manifest = bag / "manifest-sha256.txt"
    digest = hashlib.sha256(b"hello\n").hexdigest()
    manifest.write_text(
        manifest.read_text() + f"{digest}  data/gone.txt\n{'0' * 64}  data/a.txt\n{digest}  data/sub\n"
    )
    retag(bag, ("sha256",))
    problems = bag_problems(bag)
    missing = only(problems, "bag.manifest.missing-file")
    assert (rel(missing, bag), missing.line_number, missing.location) == (
        "manifest-sha256.txt",
        3,
        "data/gone.txt",
    )
    assert only(problems, "bag.manifest.duplicate").line_number == 4
    assert only(problems, "bag.manifest.directory").line_number == 5


def test_checksum_mismatch_names_manifest_line(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag")
    (bag / "data" / "sub" / "b.txt").write_bytes(b"WORLD\n")
    problems = bag_problems(bag)
    mismatches = [p for p in problems if p.code == "bag.manifest.checksum-mismatch"]
    assert {(rel(p, bag), p.line_number) for p in mismatches} == {
        ("manifest-sha256.txt", 2),
        ("manifest-sha512.txt", 2),
    }
    assert bag_problems(bag, fast=True) == []  # same size: --fast cannot see it, by design


def test_fast_mode_checks_oxum_and_completeness(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag")
    (bag / "data" / "a.txt").write_bytes(b"longer content\n")
    (bag / "data" / "new.txt").write_bytes(b"new")
    found = codes(bag_problems(bag, fast=True))
    assert {"bag.bag-info.oxum-mismatch", "bag.manifest.unlisted-file"} <= found
    assert "bag.manifest.checksum-mismatch" not in found


def test_checksum_format_and_syntax(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag", algorithms=("sha256",))
    manifest = bag / "manifest-sha256.txt"
    manifest.write_text(manifest.read_text() + "abc data/a.txt\nnot-a-line\n")
    retag(bag, ("sha256",))
    problems = bag_problems(bag)
    assert only(problems, "bag.manifest.checksum-format").line_number == 3
    assert only(problems, "bag.manifest.syntax").line_number == 4


def test_md5sum_star_form_detected(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag", algorithms=("md5",))
    manifest = bag / "manifest-md5.txt"
    manifest.write_text(manifest.read_text().replace("  data/a.txt", " *data/a.txt"))
    retag(bag, ("md5",))
    problems = bag_problems(bag)
    assert only(problems, "bag.manifest.md5sum-form").line_number == 1
    assert "bag.manifest.missing-file" not in codes(problems)  # the entry still counts, after the warning


def test_algorithm_names(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag", algorithms=("sha256",))
    (bag / "manifest-sha256.txt").rename(bag / "manifest-SHA-256.txt")
    (bag / "manifest-whirlpool9.txt").write_text("00 data/a.txt\n00 data/sub/b.txt\n")
    retag(bag, ("sha256",))
    problems = bag_problems(bag)
    assert rel(only(problems, "bag.manifest.algorithm-name"), bag) == "manifest-SHA-256.txt"
    assert rel(only(problems, "bag.manifest.unsupported-algorithm"), bag) == "manifest-whirlpool9.txt"
    assert only(problems, "bag.manifest.no-sha512").severity == "warning"


def test_manifest_listing_a_tag_file_is_outside_payload(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag", algorithms=("sha256",))
    manifest = bag / "manifest-sha256.txt"
    manifest.write_text(manifest.read_text() + f"{'0' * 64}  bagit.txt\n")
    retag(bag, ("sha256",))
    assert only(bag_problems(bag), "bag.manifest.outside-payload").line_number == 3


# -- percent-encoding ---------------------------------------------------------------------------------------


def test_percent_encoded_names_round_trip(tmp_path: Path) -> None:
    files = {"data/100%.txt": b"a", "data/line\nbreak.txt": b"b", "data/cr\rx.txt": b"c"}
    bag = build_bag(tmp_path / "bag", files)
    assert "data/100%25.txt" in (bag / "manifest-sha256.txt").read_text()
    assert bag_problems(bag) == []


def test_unencoded_percent_bagit_python_accepts_archivist_rejects(tmp_path: Path) -> None:
    src = tmp_path / "bp"
    src.mkdir()
    (src / "100%25.txt").write_text("literal name")
    bagit.make_bag(str(src))
    (src / "bagit.txt").write_text("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")
    retag(src)
    bagit.Bag(str(src)).validate()  # bagit-python: valid
    problems = bag_problems(src)
    # In BagIt 1.0 "data/100%25.txt" in a manifest names "data/100%.txt": the real file is unlisted.
    assert {p.location for p in problems if p.code == "bag.manifest.missing-file"} == {"data/100%.txt"}
    assert {p.location for p in problems if p.code == "bag.manifest.unlisted-file"} == {"data/100%25.txt"}


def test_raw_percent_is_a_warning_in_10(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag", {"data/50%off.txt": b"x"}, algorithms=("sha256",))
    manifest = bag / "manifest-sha256.txt"
    manifest.write_text(manifest.read_text().replace("%25", "%"))
    retag(bag, ("sha256",))
    problems = bag_problems(bag)
    problem = only(problems, "bag.path.unencoded-percent")
    assert (problem.severity, problem.line_number) == ("warning", 1)
    assert errors(problems) == []


# -- bag-info.txt -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "code", "severity"),
    [
        ("Source-Organization : Example", "bag.tagfile.label-whitespace", "error"),
        (" Source-Organization: Example", "bag.tagfile.continuation", "error"),
        ("Source-Organization:Example", "bag.tagfile.spacing", "error"),
        ("Source-Organization:  Example", "bag.tagfile.spacing", "error"),
        ("No colon here", "bag.tagfile.no-colon", "error"),
        ("", "bag.tagfile.blank-line", "error"),
        ("Bagging-Date: 2024-13-45", "bag.bag-info.bagging-date", "warning"),
        ("Bag-Count: three", "bag.bag-info.bag-count", "warning"),
        ("Payload-Oxum: 12", "bag.bag-info.oxum-format", "error"),
        ("Long: " + "x" * 100, "bag.tagfile.long-line", "warning"),
    ],
)
def test_bag_info_faults(tmp_path: Path, line: str, code: str, severity: str) -> None:
    bag = build_bag(tmp_path / "bag")
    info = bag / "bag-info.txt"
    # The faulty line goes first, so it is line 1 (the builder's Bagging-Date follows it).
    info.write_text(line + "\n" + info.read_text())
    retag(bag)
    problem = only(bag_problems(bag), code)
    assert (rel(problem, bag), problem.line_number, problem.severity) == ("bag-info.txt", 1, severity)


@pytest.mark.parametrize(
    ("line", "code", "severity"),
    [
        ("Bagging-Date: 2024-01-03", "bag.bag-info.repeated", "warning"),
        ("BAG-SIZE: 1 KB\nBag-Size: 1 KB", "bag.bag-info.repeated", "warning"),
        ("Payload-Oxum: 12.2", "bag.bag-info.oxum-repeated", "error"),
    ],
)
def test_repeated_reserved_elements(tmp_path: Path, line: str, code: str, severity: str) -> None:
    bag = build_bag(tmp_path / "bag")
    info = bag / "bag-info.txt"
    info.write_text(info.read_text() + line + "\n")
    retag(bag)
    problem = only(bag_problems(bag), code)
    # The repetition is reported where it occurs, the last line.
    assert (problem.line_number, problem.severity) == (len(info.read_text().splitlines()), severity)


def test_label_space_before_colon_bagit_python_accepts_archivist_rejects(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag")
    info = bag / "bag-info.txt"
    info.write_text(info.read_text().replace("Source-Organization:", "Source-Organization :"))
    retag(bag)
    bagit.Bag(str(bag)).validate()
    assert only(bag_problems(bag), "bag.tagfile.label-whitespace").line_number == 1


def test_continuation_lines_and_097_leniency(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag", version="0.97")
    info = bag / "bag-info.txt"
    info.write_text(info.read_text() + "External-Description :   a long\n  folded value\n")
    retag(bag)
    assert errors(bag_problems(bag)) == []


def test_bag_info_bom_and_wrong_encoding(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag")
    info = bag / "bag-info.txt"
    info.write_bytes(b"\xef\xbb\xbf" + info.read_bytes() + b"Contact-Name: Fran\xe7ois\n")
    retag(bag)
    problems = bag_problems(bag)
    assert only(problems, "bag.tagfile.bom").line_number == 1
    assert only(problems, "bag.tagfile.encoding").line_number == 4


def test_declared_latin1_encoding_is_used(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag")
    (bag / "bagit.txt").write_text("BagIt-Version: 1.0\nTag-File-Character-Encoding: ISO-8859-1\n")
    info = bag / "bag-info.txt"
    info.write_bytes(info.read_bytes() + "Contact-Name: François\n".encode("latin-1"))
    retag(bag)
    problems = bag_problems(bag)
    assert codes(problems) == {"bag.bagit-txt.not-utf8"}
    assert only(problems, "bag.bagit-txt.not-utf8").severity == "warning"


def test_oxum_mismatch(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag")
    info = bag / "bag-info.txt"
    info.write_text(info.read_text().replace("Payload-Oxum: 12.2", "Payload-Oxum: 13.2"))
    retag(bag)
    problem = only(bag_problems(bag), "bag.bag-info.oxum-mismatch")
    assert (rel(problem, bag), problem.line_number) == ("bag-info.txt", 3)


# -- tag manifests -----------------------------------------------------------------------------------------


def test_tagmanifest_rules(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag", algorithms=("sha256",))
    (bag / "extra-tags.txt").write_text("unlisted tag file\n")
    tm = bag / "tagmanifest-sha256.txt"
    kept = [line for line in tm.read_text().splitlines() if "manifest-sha256.txt" not in line]
    kept += [f"{'0' * 64} data/a.txt", f"{'0' * 64} tagmanifest-md5.txt", f"{'0' * 64} gone.txt"]
    tm.write_text("\n".join(kept) + "\n")
    found = bag_problems(bag)
    assert only(found, "bag.tagmanifest.missing-manifest").location == "manifest-sha256.txt"
    assert only(found, "bag.tagmanifest.payload-file").line_number == 3
    assert only(found, "bag.tagmanifest.lists-tagmanifest").line_number == 4
    assert only(found, "bag.tagmanifest.missing-file").line_number == 5
    unlisted = only(found, "bag.tagmanifest.unlisted-tag-file")
    assert (unlisted.location, unlisted.severity) == ("extra-tags.txt", "warning")


def test_tag_file_checksum_verified(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag")
    info = bag / "bag-info.txt"
    info.write_text(info.read_text() + "Contact-Name: Changed Later\n")
    mismatches = [p for p in bag_problems(bag) if p.code == "bag.tagmanifest.checksum-mismatch"]
    assert {(rel(p, bag), p.location) for p in mismatches} == {
        ("tagmanifest-sha256.txt", "bag-info.txt"),
        ("tagmanifest-sha512.txt", "bag-info.txt"),
    }


# -- fetch.txt ---------------------------------------------------------------------------------------------


def test_fetch_entries_not_yet_fetched(tmp_path: Path) -> None:
    files = {"data/a.txt": b"hello\n", "data/remote.bin": b"remote bytes"}
    bag = build_bag(tmp_path / "bag", files, algorithms=("sha256",))
    (bag / "data" / "remote.bin").unlink()
    (bag / "fetch.txt").write_text(
        "https://example.org/remote.bin 12 data/remote.bin\n"
        "https://example.org/x 5 data/notlisted.bin\n"
        "nourl - data/a.txt\n"
        "https://example.org/y 1 bagit.txt\n"
    )
    retag(bag, ("sha256",))
    found = bag_problems(bag)
    fetched = [p for p in found if p.code == "bag.fetch.not-fetched"]
    assert {(p.location, p.line_number) for p in fetched} == {
        ("data/remote.bin", 1),
        ("data/notlisted.bin", 2),
    }
    assert only(found, "bag.fetch.not-in-manifest").line_number == 2
    assert only(found, "bag.fetch.url").line_number == 3
    assert only(found, "bag.fetch.tag-file").line_number == 4
    assert "bag.manifest.missing-file" not in codes(found)  # reported once, as not fetched


# -- names, symlinks ------------------------------------------------------------------------------------


def test_case_collision_warns_normalization_collision_errors(tmp_path: Path) -> None:
    files = {
        "data/Readme.txt": b"1",
        "data/README.txt": b"2",
        "data/caf\u00e9.txt": b"3",
        "data/cafe\u0301.txt": b"4",
    }
    bag = build_bag(tmp_path / "bag", files)
    found = bag_problems(bag)
    assert only(found, "bag.path.case-collision").severity == "warning"
    assert only(found, "bag.path.normalization-collision").severity == "error"


def test_manifest_nfc_matches_nfd_file_with_warning(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag", {"data/cafe\u0301.txt": b"x"}, algorithms=("sha256",))
    manifest = bag / "manifest-sha256.txt"
    manifest.write_text(manifest.read_text().replace("cafe\u0301", "caf\u00e9"))
    retag(bag, ("sha256",))
    found = bag_problems(bag)
    assert only(found, "bag.path.normalization-mismatch").severity == "warning"
    assert errors(found) == []


def test_symlinks_are_reported_and_not_followed(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag")
    os.symlink("a.txt", bag / "data" / "inside-link")
    os.symlink("/etc/hostname", bag / "data" / "outside-link")
    found = bag_problems(bag)
    assert only(found, "bag.symlink").severity == "warning"
    assert only(found, "bag.symlink.outside").location == "data/outside-link"


def test_empty_payload_directory_warns(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag")
    (bag / "data" / "empty").mkdir()
    assert only(bag_problems(bag), "bag.payload.empty-directory").severity == "warning"


def test_fifo_is_reported_never_opened(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag")
    os.mkfifo(bag / "data" / "pipe")
    assert only(bag_problems(bag), "bag.special-file").location == "data/pipe"


# -- tar bags ----------------------------------------------------------------------------------------------


def tar_of(bag: Path, dest: Path) -> Path:
    with tarfile.open(dest, "w") as archive:
        archive.add(bag, arcname=bag.name)
    return dest


def _findings(problems: list[Problem], prefix: str) -> set[tuple[str, str, str, int | None, str]]:
    return {(p.code, p.file.removeprefix(prefix), p.location, p.line_number, p.severity) for p in problems}


@pytest.mark.parametrize("fault", ["clean", "checksum", "unlisted", "bag-info", "fetch"])
def test_tar_findings_equal_directory_findings(tmp_path: Path, fault: str) -> None:
    bag = build_bag(tmp_path / "bag")
    if fault == "checksum":
        (bag / "data" / "a.txt").write_bytes(b"HELLO\n")
    elif fault == "unlisted":
        (bag / "data" / ".hidden").write_bytes(b"x")
    elif fault == "bag-info":
        (bag / "bag-info.txt").write_text("Label : v\nPayload-Oxum: 1.1\n")
    elif fault == "fetch":
        (bag / "fetch.txt").write_text("https://example.org/x - data/x.bin\n")
    archive = tar_of(bag, tmp_path / "bag.tar")
    from_dir = bag_problems(bag)
    from_tar = bag_problems(archive)
    assert _findings(from_tar, f"{archive}/bag/") == _findings(from_dir, f"{bag}/")
    assert (fault == "clean") == (from_dir == [])
    assert is_bag(archive)


def test_gzipped_tar_is_read_too(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag")
    archive = tmp_path / "bag.tar.gz"
    with tarfile.open(archive, "w:gz") as handle:
        handle.add(bag, arcname="bag")
    assert bag_problems(archive) == []


# -- the building blocks ----------------------------------------------------------------------------------


class _Trickle(io.RawIOBase):
    """A stream that returns one byte per read, so every line ending straddles a read boundary."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        head, self._data = self._data[:1], self._data[1:]
        return head


def test_line_endings_survive_read_boundaries() -> None:
    data = b"one\r\ntwo\rthree\nfour\r\rsix"
    expected = ["one", "two", "three", "four", "", "six"]
    for stream in (io.BytesIO(data), _Trickle(data)):
        problems: list[Problem] = []
        lines = list(tagfile.read_lines(stream, "utf-8", "f.txt", problems))  # type: ignore[arg-type]
        assert [line.text for line in lines] == expected
        assert [line.number for line in lines] == [1, 2, 3, 4, 5, 6]
        assert [p.code for p in problems] == ["bag.tagfile.unterminated"]


def test_utf16_tag_files_are_split_after_decoding() -> None:
    data = "A: 1\r\nB: 2\n".encode("utf-16")
    lines = list(tagfile.read_lines(io.BytesIO(data), "utf-16", "f.txt", []))
    assert [line.text for line in lines] == ["A: 1", "B: 2"]


def test_large_file_hashed_on_split_threads_gives_the_same_digests(tmp_path: Path) -> None:
    data = os.urandom(3 * 1024 * 1024) * 4  # above the split threshold
    bag = build_bag(tmp_path / "bag", {"data/big.bin": data})
    assert bag_problems(bag) == []
    source = DirSource(bag)
    assert source.digest("data/big.bin", ["sha256", "sha512"]) == {
        "sha256": hashlib.sha256(data).hexdigest(),
        "sha512": hashlib.sha512(data).hexdigest(),
    }


def test_tar_named_unlike_its_bag_directory_warns(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag")
    archive = tar_of(bag, tmp_path / "other-name.tar")
    problem = only(bag_problems(archive), "bag.tar.name")
    assert problem.severity == "warning"


def test_tag_manifests_are_optional(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag")
    for tm in bag.glob("tagmanifest-*.txt"):
        tm.unlink()
    assert bag_problems(bag) == []


def test_097_needs_each_file_in_one_manifest_only(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag", version="0.97")
    lines = (bag / "manifest-sha512.txt").read_text().splitlines(keepends=True)
    (bag / "manifest-sha512.txt").write_text("".join(line for line in lines if "sub/b.txt" not in line))
    (bag / "data" / "extra.txt").write_text("in no manifest")
    retag(bag)
    problems = bag_problems(bag)
    assert only(problems, "bag.payload.partly-listed").severity == "warning"
    assert only(problems, "bag.payload.unlisted-file").location == "data/extra.txt"
    assert "bag.manifest.unlisted-file" not in codes(problems)
