"""One small, named case per problem code that no other test produced: each builds the smallest input that
shows the problem and asserts that exactly that code is reported (see src/archivist/catalogue.py)."""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
from collections.abc import Callable
from pathlib import Path

import pytest

from archivist.errors import Problem, ValidationFailed
from archivist.validate import validate_path

ROOT = Path(__file__).resolve().parents[1]
RECORDS = ROOT / "records" / "rferl-2005-11-30-washington-iraq-iran"
ALPHA = b"alpha\n"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def make_bag(root: Path, files: dict[str, bytes] | None = None, **tag_files: bytes) -> Path:
    """A minimal BagIt 1.0 bag written by hand (not by archivist's writer): bagit.txt, data/ and a SHA-256
    manifest of ``files``; ``tag_files`` (``bag_info_txt=…``) add or replace tag files."""
    files = {"data/a.txt": b"alpha\n"} if files is None else files
    root.mkdir()
    (root / "bagit.txt").write_bytes(b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")
    (root / "data").mkdir()
    for rel, data in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    manifest = "".join(f"{sha256(data)}  {rel}\n" for rel, data in sorted(files.items()))
    (root / "manifest-sha256.txt").write_text(manifest)
    for name, data in tag_files.items():
        (root / name.replace("_txt", ".txt").replace("_", "-")).write_bytes(data)
    return root


CASES: dict[str, Callable[..., set[str]]] = {}


def shows(code: str) -> Callable[[Callable[..., set[str]]], Callable[..., set[str]]]:
    """Register a case: a function of a temporary directory (and ``monkeypatch``) that returns the codes
    found in the input it builds, among which ``code`` must be."""

    def register(case: Callable[..., set[str]]) -> Callable[..., set[str]]:
        CASES[code] = case
        return case

    return register


def codes(problems: list[Problem]) -> set[str]:
    return {p.code for p in problems}


def bag_codes(path: Path) -> set[str]:
    return codes(validate_path(path).problems)


# --- what a path is -----------------------------------------------------------------------------------------
@shows("path.missing")
def case_path_missing(tmp: Path) -> set[str]:
    return codes(validate_path(tmp / "absent").problems)


@shows("kind.directory")
def case_kind_directory(tmp: Path) -> set[str]:
    (tmp / "folder").mkdir()
    return codes(validate_path(tmp / "folder").problems)


@shows("kind.too-large")
def case_kind_too_large(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> set[str]:
    import archivist.validate

    monkeypatch.setattr(archivist.validate, "MAX_DOCUMENT_BYTES", 10)
    (tmp / "big.json").write_bytes(b'{"a": "' + b"x" * 100 + b'"}')
    return codes(validate_path(tmp / "big.json").problems)


@shows("kind.unknown")
def case_kind_unknown(tmp: Path) -> set[str]:
    (tmp / "photo.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    return codes(validate_path(tmp / "photo.bin").problems)


@shows("kind.unknown-json")
def case_kind_unknown_json(tmp: Path) -> set[str]:
    (tmp / "other.json").write_bytes(b'{"weather": "fine"}')
    return codes(validate_path(tmp / "other.json").problems)


@shows("kind.unknown-xml")
def case_kind_unknown_xml(tmp: Path) -> set[str]:
    (tmp / "other.xml").write_bytes(b"<weather>fine</weather>")
    return codes(validate_path(tmp / "other.xml").problems)


@shows("xml.syntax")
def case_xml_syntax(tmp: Path) -> set[str]:
    (tmp / "broken.xml").write_bytes(b"<weather>fine</wether>")
    return codes(validate_path(tmp / "broken.xml").problems)


@shows("json.syntax")
def case_json_syntax(tmp: Path) -> set[str]:
    (tmp / "record.json").write_bytes(b'{"record_version": "1.0", ')
    return codes(validate_path(tmp / "record.json", kind="record").problems)


# --- documents ---------------------------------------------------------------------------------------------
@shows("record.span")
def case_record_span(tmp: Path) -> set[str]:
    record = json.loads((RECORDS / "record.json").read_bytes())
    record["headline"]["span"] = {"start": 40, "end": 3}
    (tmp / "record.json").write_text(json.dumps(record))
    return codes(validate_path(tmp / "record.json").problems)


@shows("receipt.schema")
def case_receipt_schema(tmp: Path) -> set[str]:
    receipt = {"archivist_version": "0.1.0", "object_id": "x", "target": 7}
    (tmp / "x.deposit.json").write_text(json.dumps(receipt))
    return codes(validate_path(tmp / "x.deposit.json").problems)


@shows("newsml.xhtml.attribute")
def case_newsml_xhtml_attribute(tmp: Path) -> set[str]:
    newsml = (RECORDS / "newsml.xml").read_bytes()
    body_start = newsml.index(b"<body>") + len(b"<body>")
    (tmp / "newsml.xml").write_bytes(newsml[:body_start] + b"<p><img/></p>" + newsml[body_start:])
    return codes(validate_path(tmp / "newsml.xml").problems)


@shows("ninjs.schema-ref")
def case_ninjs_schema_ref(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> set[str]:
    import referencing.exceptions

    import archivist.validate.ninjs as ninjs

    class Unresolvable:
        def iter_errors(self, doc: object) -> None:
            raise referencing.exceptions.Unresolvable(ref="https://example.org/geojson.json")

    monkeypatch.setattr(ninjs, "ninjs_validator", lambda: Unresolvable())
    return codes(ninjs.ninjs_problems((RECORDS / "ninjs.json").read_bytes()))


def _premis_failure(call: Callable[[], object]) -> set[str]:
    with pytest.raises(ValidationFailed) as failure:
        call()
    return codes(failure.value.problems)


@shows("premis.root")
def case_premis_root(tmp: Path) -> set[str]:
    from archivist.render.premis import PremisEvent, append_event

    return _premis_failure(lambda: append_event(b"<weather/>", PremisEvent("tra", "moved")))


@shows("premis.event-type")
def case_premis_event_type(tmp: Path) -> set[str]:
    from datetime import datetime, timezone

    from archivist.render.premis import PremisEvent, render_premis

    moment = datetime(2005, 11, 30, tzinfo=timezone.utc)
    return _premis_failure(lambda: render_premis([], [PremisEvent("zzz", "?")], ingest_time=moment))


@shows("premis.outcome")
def case_premis_outcome(tmp: Path) -> set[str]:
    from datetime import datetime, timezone

    from archivist.render.premis import PremisEvent, render_premis

    moment = datetime(2005, 11, 30, tzinfo=timezone.utc)
    event = PremisEvent("mes", "digests", outcome="maybe")
    return _premis_failure(lambda: render_premis([], [event], ingest_time=moment))


# --- bags ----------------------------------------------------------------------------------------------
@shows("bag.manifest.duplicate-algorithm")
def case_bag_manifest_duplicate_algorithm(tmp: Path) -> set[str]:
    bag = make_bag(tmp / "bag")
    (bag / "manifest-SHA256.txt").write_bytes((bag / "manifest-sha256.txt").read_bytes())
    return bag_codes(bag)


@shows("bag.path.not-normalized")
def case_bag_path_not_normalized(tmp: Path) -> set[str]:
    bag = make_bag(tmp / "bag")
    (bag / "manifest-sha256.txt").write_text(f"{sha256(ALPHA)}  data//a.txt\n")
    return bag_codes(bag)


@shows("bag.unreadable")
def case_bag_unreadable(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> set[str]:
    bag = make_bag(tmp / "bag", {"data/a.txt": b"alpha\n", "data/sub/b.txt": b"beta\n"})
    real_scandir = __import__("os").scandir

    def refuse(path: object) -> object:
        if str(path).endswith("sub"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr("os.scandir", refuse)
    return bag_codes(bag)


@shows("bag.tagfile.empty-label")
def case_bag_tagfile_empty_label(tmp: Path) -> set[str]:
    return bag_codes(make_bag(tmp / "bag", bag_info_txt=b"Source-Organization: Example\n: no label\n"))


@shows("bag.bag-info.too-large")
def case_bag_bag_info_too_large(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> set[str]:
    import archivist.validate.bag

    monkeypatch.setattr(archivist.validate.bag, "BAG_INFO_LIMIT", 16)
    return bag_codes(make_bag(tmp / "bag", bag_info_txt=b"Source-Organization: Example Newspaper Archive\n"))


def _tagmanifest(bag: Path, algorithm: str, names: list[str]) -> bytes:
    return "".join(
        f"{hashlib.new(algorithm, (bag / n).read_bytes()).hexdigest()}  {n}\n" for n in names
    ).encode()


@shows("bag.tagmanifest.algorithm")
def case_bag_tagmanifest_algorithm(tmp: Path) -> set[str]:
    bag = make_bag(tmp / "bag")
    (bag / "tagmanifest-md5.txt").write_bytes(_tagmanifest(bag, "md5", ["bagit.txt", "manifest-sha256.txt"]))
    return bag_codes(bag)


@shows("bag.tagmanifest.inconsistent")
def case_bag_tagmanifest_inconsistent(tmp: Path) -> set[str]:
    bag = make_bag(tmp / "bag", bag_info_txt=b"Source-Organization: Example\n")
    (bag / "manifest-sha512.txt").write_text(f"{hashlib.sha512(ALPHA).hexdigest()}  data/a.txt\n")
    manifests = ["manifest-sha256.txt", "manifest-sha512.txt"]
    (bag / "tagmanifest-sha256.txt").write_bytes(_tagmanifest(bag, "sha256", ["bagit.txt", *manifests]))
    everything = ["bag-info.txt", "bagit.txt", *manifests]
    (bag / "tagmanifest-sha512.txt").write_bytes(_tagmanifest(bag, "sha512", everything))
    return bag_codes(bag)


@shows("bag.fetch.syntax")
def case_bag_fetch_syntax(tmp: Path) -> set[str]:
    return bag_codes(make_bag(tmp / "bag", fetch_txt=b"https://example.org/a.txt\n"))


@shows("bag.fetch.line-too-long")
def case_bag_fetch_line_too_long(tmp: Path) -> set[str]:
    line = b"https://example.org/" + b"a" * 70_000 + b" 6 data/a.txt\n"
    return bag_codes(make_bag(tmp / "bag", fetch_txt=line))


@shows("bag.fetch.length")
def case_bag_fetch_length(tmp: Path) -> set[str]:
    return bag_codes(make_bag(tmp / "bag", fetch_txt=b"https://example.org/a.txt six data/a.txt\n"))


@shows("bag.fetch.length-mismatch")
def case_bag_fetch_length_mismatch(tmp: Path) -> set[str]:
    return bag_codes(make_bag(tmp / "bag", fetch_txt=b"https://example.org/a.txt 99 data/a.txt\n"))


def _tar(path: Path, members: list[tuple[str, bytes]]) -> Path:
    with tarfile.open(path, "w") as archive:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path


def _bag_members(top: str) -> list[tuple[str, bytes]]:
    data = b"alpha\n"
    return [
        (f"{top}/bagit.txt", b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"),
        (f"{top}/manifest-sha256.txt", f"{sha256(data)}  data/a.txt\n".encode()),
        (f"{top}/data/a.txt", data),
    ]


@shows("bag.tar.unreadable")
def case_bag_tar_unreadable(tmp: Path) -> set[str]:
    whole = _tar(tmp / "whole.tar", [*_bag_members("bag"), ("bag/data/big.bin", b"\x01" * 4096)]).read_bytes()
    (tmp / "bag.tar").write_bytes(whole[: whole.index(b"\x01" * 4096) + 100])  # cut inside the last member
    return bag_codes(tmp / "bag.tar")


@shows("bag.tar.outside-root")
def case_bag_tar_outside_root(tmp: Path) -> set[str]:
    return bag_codes(_tar(tmp / "bag.tar", [*_bag_members("bag"), ("stray.txt", b"x")]))


@shows("bag.tar.duplicate-member")
def case_bag_tar_duplicate_member(tmp: Path) -> set[str]:
    members = _bag_members("bag")
    return bag_codes(_tar(tmp / "bag.tar", [*members, members[-1]]))


def _zip_bag(path: Path) -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w") as archive:
        for name, data in _bag_members("bag"):
            archive.writestr(name, data)
    return path


@shows("bag.zip.unreadable")
def case_bag_zip_unreadable(tmp: Path) -> set[str]:
    whole = _zip_bag(tmp / "whole.zip").read_bytes()
    directory = whole.rindex(b"PK\x01\x02")  # the central directory's first entry: make it garbage
    (tmp / "bag.zip").write_bytes(whole[:directory] + b"PK\x01\x02" + b"\xff" * 40 + whole[directory + 44 :])
    return bag_codes(tmp / "bag.zip")


def _zip(path: Path, members: list[tuple[str, bytes]]) -> Path:
    import warnings
    import zipfile

    with zipfile.ZipFile(path, "w") as archive, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns of the duplicate name the case is about
        for name, data in members:
            archive.writestr(name, data)
    return path


@shows("bag.zip.name")
def case_bag_zip_name(tmp: Path) -> set[str]:
    return bag_codes(_zip(tmp / "other-name.zip", _bag_members("bag")))


@shows("bag.zip.top-level")
def case_bag_zip_top_level(tmp: Path) -> set[str]:
    return bag_codes(_zip(tmp / "bag.zip", [*_bag_members("bag"), *_bag_members("second")]))


@shows("bag.zip.outside-root")
def case_bag_zip_outside_root(tmp: Path) -> set[str]:
    return bag_codes(_zip(tmp / "bag.zip", [*_bag_members("bag"), ("stray.txt", b"x")]))


@shows("bag.zip.duplicate-member")
def case_bag_zip_duplicate_member(tmp: Path) -> set[str]:
    members = _bag_members("bag")
    return bag_codes(_zip(tmp / "bag.zip", [*members, members[-1]]))


@shows("bag.zip.unsafe-member")
def case_bag_zip_unsafe_member(tmp: Path) -> set[str]:
    return bag_codes(_zip(tmp / "bag.zip", [*_bag_members("bag"), ("bag/data/../../escape.txt", b"x")]))


@shows("xml.not-bytes")
def case_xml_not_bytes(tmp: Path) -> set[str]:
    from archivist.validate.newsml import newsml_problems

    return codes(newsml_problems("<weather/>"))  # type: ignore[arg-type]


# --- OCFL (ocfl-py failing in ways its own codes do not cover) ------------------------------------------
OCFL_OBJECT = ROOT / "tests" / "data" / "ocfl" / "1.1" / "good" / "minimal-one-version"
OCFL_ROOT = ROOT / "tests" / "data" / "ocfl" / "1.1" / "root"


@shows("ocfl.invalid")
def case_ocfl_invalid(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> set[str]:
    import ocfl

    monkeypatch.setattr(ocfl.validator.Validator, "validate_object", lambda self, path: False)
    return codes(validate_path(OCFL_OBJECT).problems)


@shows("ocfl.inventory-unreadable")
def case_ocfl_inventory_unreadable(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> set[str]:
    import ocfl

    def crash(self: object, path: str) -> bool:
        raise KeyError("manifest")

    monkeypatch.setattr(ocfl.validator.Validator, "validate_object", crash)
    return codes(validate_path(OCFL_OBJECT).problems)


@shows("ocfl.root-unreadable")
def case_ocfl_root_unreadable(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> set[str]:
    import ocfl

    def crash(self: object, **options: object) -> bool:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(ocfl.StorageRoot, "validate", crash)
    return codes(validate_path(OCFL_ROOT).problems)


@shows("ocfl.unreadable")
def case_ocfl_unreadable(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> set[str]:
    import os

    real_lstat = os.lstat

    def refuse(path: object, *args: object, **kwargs: object) -> os.stat_result:
        if str(path).endswith("inventory.json.sha512"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_lstat(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "lstat", refuse)
    return codes(validate_path(OCFL_OBJECT).problems)


# --- profiles ----------------------------------------------------------------------------------------------
def _profile_codes(tmp: Path, **overrides: object) -> set[str]:
    from archivist.validate.profile import profile_problems

    profile = json.loads((ROOT / "schemas" / "archivist-bagit-profile.json").read_bytes())
    profile.update(overrides)
    (tmp / "profile.json").write_text(json.dumps(profile))
    return codes(profile_problems(make_bag(tmp / "bag"), tmp / "profile.json"))


@shows("profile.document.algorithm")
def case_profile_document_algorithm(tmp: Path) -> set[str]:
    return _profile_codes(tmp, **{"Manifests-Allowed": ["SHA-256", "sha512"]})


@shows("profile.document.fetch")
def case_profile_document_fetch(tmp: Path) -> set[str]:
    return _profile_codes(tmp, **{"Fetch.txt-Required": True, "Allow-Fetch.txt": False})


@pytest.mark.parametrize("code", sorted(CASES))
def test_problem_code(code: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case = CASES[code]
    arguments = (tmp_path, monkeypatch) if case.__code__.co_argcount == 2 else (tmp_path,)
    assert code in case(*arguments)
