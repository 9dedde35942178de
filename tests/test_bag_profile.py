"""BagIt Profiles 1.3.0/1.4.0: the real BTR and BDBag profiles, APTrust's DART file, and each rule alone.

The three published profiles come from tests/data/reference/bagit-profiles/ (origins in its SOURCES.md).
"""

from __future__ import annotations

import copy
import json
import tarfile
from pathlib import Path
from typing import Any

import pytest

from archivist.errors import Problem, UsageError
from archivist.validate.bag import bag_problems
from archivist.validate.profile import ProfileError, load_profile, profile_problems
from test_bag_validate import build_bag, codes, errors, only, retag

PROFILES = Path(__file__).parent / "data" / "reference" / "bagit-profiles"
BTR = PROFILES / "btr-bagit-profile.json"
BDBAG = PROFILES / "bdbag-profile.json"
APTRUST = PROFILES / "aptrust-v2.3.json"
ID = "https://example.org/profiles/test-1.0.json"


def identifier(path: Path) -> str:
    return json.loads(path.read_text())["BagIt-Profile-Info"]["BagIt-Profile-Identifier"]


def info_for(profile_id: str, *extra: tuple[str, str]) -> list[tuple[str, str]]:
    return [
        ("Source-Organization", "Example Org"),
        ("Bagging-Date", "2024-01-02"),
        ("Payload-Oxum", "12.2"),
        ("BagIt-Profile-Identifier", profile_id),
        *extra,
    ]


def profile(**rules: Any) -> dict[str, Any]:
    """A minimal valid 1.4.0 profile plus ``rules`` (keys with '-' and '.' passed via a dict splat)."""
    document: dict[str, Any] = {
        "BagIt-Profile-Info": {
            "Source-Organization": "Example",
            "External-Description": "test profile",
            "Version": "1",
            "BagIt-Profile-Identifier": ID,
            "BagIt-Profile-Version": "1.4.0",
        },
        "Accept-BagIt-Version": ["1.0"],
    }
    document.update(rules)
    return document


def bag_errors(problems: list[Problem]) -> set[str]:
    return {p.code for p in problems if p.severity == "error"}


# -- real profiles ----------------------------------------------------------------------------------------


def test_btr_profile_passes_a_conforming_bag(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag", info=info_for(identifier(BTR)))
    problems = profile_problems(bag, BTR)
    assert errors(problems) == []
    # BTR's non-standard "recommended" keys are named, as warnings about the profile file.
    recommended = [p for p in problems if p.code == "profile.document.unknown-key"]
    assert recommended and all(
        p.file == str(BTR) and p.location.endswith("/recommended") for p in recommended
    )
    # The bag itself is valid; BTR's long identifier URL makes a bag-info line over 79 characters (a SHOULD).
    assert errors(bag_problems(bag)) == []


def test_btr_profile_failures(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag", algorithms=("sha256", "sha3_256"), info=[("Contact-Name", "X")])
    (bag / "fetch.txt").write_text("https://example.org/x - data/a.txt\n")
    retag(bag, ("sha256",))
    problems = profile_problems(bag, BTR)
    found = [p for p in problems if p.severity == "error"]
    assert {p.code for p in found} == {
        "profile.identifier.missing",
        "profile.bag-info.required",
        "profile.manifest.not-allowed",
        "profile.fetch.not-allowed",
    }
    assert {p.location for p in found if p.code == "profile.bag-info.required"} == {
        "Source-Organization",
        "Bagging-Date",
        "Payload-Oxum",
    }


def test_bdbag_profile_needs_md5_tagmanifests_and_a_tar(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag", info=info_for(identifier(BDBAG)))
    problems = profile_problems(bag, BDBAG)
    assert bag_errors(problems) == {
        "profile.serialization.required",
        "profile.manifest.required",
        "profile.tagmanifest.required",
    }
    assert {p.location for p in problems if p.code == "profile.tagmanifest.required"} == {
        "tagmanifest-md5.txt"
    }


def test_bdbag_profile_passes_a_tar_bag_with_md5(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag", algorithms=("md5", "sha256"), info=info_for(identifier(BDBAG)))
    archive = tmp_path / "bag.tar"
    with tarfile.open(archive, "w") as handle:
        handle.add(bag, arcname="bag")
    assert profile_problems(archive, BDBAG) == []


def test_aptrust_dart_profile_is_refused_clearly(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag")
    problem = only(profile_problems(bag, APTRUST), "profile.document.dart-format")
    assert "DART" in problem.message and problem.file == str(APTRUST)
    with pytest.raises(ProfileError) as caught:
        load_profile(APTRUST)
    assert "DART" in str(caught.value)


def test_load_profile_reads_the_spec_profiles() -> None:
    assert load_profile(BTR)["Allow-Fetch.txt"] is False
    assert load_profile(BDBAG)["Serialization"] == "required"


def test_profile_given_by_url_is_refused(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag")
    with pytest.raises(UsageError):
        profile_problems(bag, "https://example.org/profile.json")
    with pytest.raises(UsageError):
        load_profile(Path("https://example.org/profile.json"))


def test_caller_dict_is_not_modified(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag", info=info_for(ID))
    document = profile()
    before = copy.deepcopy(document)
    assert profile_problems(bag, document) == []
    assert document == before


# -- the profile document itself -------------------------------------------------------------------------


def test_broken_profile_is_reported_and_not_applied(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag")
    document = {
        "BagIt-Profile-Info": {"Source-Organization": "X"},
        "Manifests-Required": ["sha512"],
        "Manifests-Allowed": ["sha256"],
        "Allow-Fetch.txt": "no",
        "Serialization": "sometimes",
    }
    problems = profile_problems(bag, document)
    assert bag_errors(problems) == {
        "profile.document.info",
        "profile.document.accept-version",
        "profile.document.required-not-allowed",
        "profile.document.type",
        "profile.document.serialization",
    }
    assert not any(p.code.startswith("profile.identifier") for p in problems)


def test_not_json_profile(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_text("{nope")
    with pytest.raises(Exception, match="not readable JSON"):
        load_profile(path)


# -- each rule -----------------------------------------------------------------------------------------


def test_identifier_mismatch_names_the_line(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag", info=info_for("https://example.org/other"))
    problem = only(profile_problems(bag, profile()), "profile.identifier.mismatch")
    assert (problem.file, problem.line_number) == (str(bag / "bag-info.txt"), 4)
    assert problem.severity == "warning"


def test_local_copy_published_under_another_identifier(tmp_path: Path) -> None:
    # The bag names the profile where it is published; the user holds a copy under another identifier:
    # the copy's rules are applied, and the output says which identifier was used (issue 13).
    import json

    from click.testing import CliRunner

    from archivist.cli import main

    copy = json.loads(BTR.read_text())
    copy["BagIt-Profile-Info"]["BagIt-Profile-Identifier"] = "file:///mirror/btr-profile.json"
    local = tmp_path / "local-profile.json"
    local.write_text(json.dumps(copy))
    bag = build_bag(tmp_path / "bag", info=info_for(identifier(BTR)))
    result = CliRunner().invoke(main, ["validate", "--profile", str(local), str(bag)])
    assert result.exit_code == 0, result.output
    assert "(profile file:///mirror/btr-profile.json)" in result.output
    assert "[profile.identifier.mismatch]" in result.output and identifier(BTR) in result.output
    broken = copy | {"Accept-BagIt-Version": ["0.97"]}
    local.write_text(json.dumps(broken))
    assert CliRunner().invoke(main, ["validate", "--profile", str(local), str(bag)]).exit_code == 1


def test_bag_info_required_values_repeatable_case_insensitive(tmp_path: Path) -> None:
    rules = {
        "Source-Organization": {"required": True, "values": ["Example Org"]},
        "Contact-Email": {"required": True},
        "Access": {"values": ["Open", "Closed"], "repeatable": False},
    }
    bag = build_bag(tmp_path / "bag", info=info_for(ID, ("ACCESS", "Secret"), ("Access", "Open")))
    problems = profile_problems(bag, profile(**{"Bag-Info": rules}))
    assert only(problems, "profile.bag-info.required").location == "Contact-Email"
    assert only(problems, "profile.bag-info.value").line_number == 5
    assert only(problems, "profile.bag-info.repeated").line_number == 6


def test_manifests_and_tag_manifests_required_allowed(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag", algorithms=("sha256", "sha512"), info=info_for(ID))
    rules = {
        "Manifests-Required": ["md5"],
        "Manifests-Allowed": ["md5", "sha256"],
        "Tag-Manifests-Required": ["sha1"],
        "Tag-Manifests-Allowed": ["sha1"],
    }
    problems = profile_problems(bag, profile(**rules))
    assert only(problems, "profile.manifest.required").location == "manifest-md5.txt"
    assert only(problems, "profile.manifest.not-allowed").file == str(bag / "manifest-sha512.txt")
    assert only(problems, "profile.tagmanifest.required").location == "tagmanifest-sha1.txt"
    assert len([p for p in problems if p.code == "profile.tagmanifest.not-allowed"]) == 2


def test_tag_files_required_and_allowed(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag", info=info_for(ID))
    (bag / "meta").mkdir()
    (bag / "meta" / "premis.xml").write_text("<x/>")
    (bag / "notes.md").write_text("x")
    retag(bag)
    rules = {"Tag-Files-Required": ["meta/premis.xml", "meta/mets.xml"], "Tag-Files-Allowed": ["meta/*"]}
    problems = profile_problems(bag, profile(**rules))
    assert only(problems, "profile.tag-file.required").location == "meta/mets.xml"
    assert only(problems, "profile.tag-file.not-allowed").file == str(bag / "notes.md")


def test_payload_files_required_allowed_14(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag", info=info_for(ID))
    rules = {
        "Payload-Files-Required": ["data/a.txt", "data/sub/", "data/images/"],
        "Payload-Files-Allowed": ["data/*.txt"],
    }
    problems = profile_problems(bag, profile(**rules))
    assert only(problems, "profile.payload-file.required").location == "data/images/"
    assert not any(p.code == "profile.payload-file.not-allowed" for p in problems)  # '*' crosses '/'
    problems = profile_problems(bag, profile(**{"Payload-Files-Allowed": ["a.txt"]}))
    assert only(problems, "profile.payload-file.not-allowed").location == "data/sub/b.txt"


def test_fetch_required_and_data_empty_14(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag", info=info_for(ID))
    problems = profile_problems(bag, profile(**{"Fetch.txt-Required": True, "Data-Empty": True}))
    assert bag_errors(problems) == {"profile.fetch.required", "profile.data-empty"}
    holey = build_bag(tmp_path / "holey", {"data/.keep": b""}, info=info_for(ID))
    (holey / "fetch.txt").write_text("https://example.org/x 3 data/x.bin\n")
    retag(holey)
    assert profile_problems(holey, profile(**{"Fetch.txt-Required": True, "Data-Empty": True})) == []


def test_14_keys_in_a_13_profile_warn_but_apply(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag", info=info_for(ID))
    document = profile(**{"Data-Empty": True})
    document["BagIt-Profile-Info"]["BagIt-Profile-Version"] = "1.3.0"
    problems = profile_problems(bag, document)
    assert only(problems, "profile.document.spec-version").severity == "warning"
    assert "profile.data-empty" in codes(problems)


def test_accept_bagit_version_and_serialization_forbidden(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag", version="0.97", info=info_for(ID))
    archive = tmp_path / "bag.tar"
    with tarfile.open(archive, "w") as handle:
        handle.add(bag, arcname="bag")
    problems = profile_problems(archive, profile(Serialization="forbidden"))
    assert bag_errors(problems) == {"profile.bagit-version", "profile.serialization.forbidden"}


def test_accept_serialization_aliases(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag", info=info_for(ID))
    archive = tmp_path / "bag.tar"
    with tarfile.open(archive, "w") as handle:
        handle.add(bag, arcname="bag")
    for accepted, ok in (
        (["application/tar"], True),
        (["application/x-tar"], True),
        (["application/zip"], False),
    ):
        problems = profile_problems(
            archive, profile(Serialization="required", **{"Accept-Serialization": accepted})
        )
        assert ("profile.serialization.type" not in codes(problems)) is ok
