"""BagIt verdicts by version, against bags reproducing the LoC conformance suite's cases
(tests/data/bags/conformance/README.md says where each comes from), and ``--strict``.

The directory a bag sits in is its expected verdict: valid/ (no error), warning/ (no error, at least
the named warning; an error under ``strict``), invalid/ (the named error).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from archivist.cli import main
from archivist.validate import validate_path

CASES = Path(__file__).parent / "data" / "bags" / "conformance"

EXPECTED_CODE = {
    "v0.97/warning/duplicate-entry-same-hash": "bag.manifest.repeated",
    "v1.0/warning/duplicate-entry-same-hash": "bag.manifest.repeated",
    "v1.0/warning/case-only-names": "bag.path.case-collision",
    "v1.0/warning/dotslash-paths": "bag.path.dot-segment",
    "v1.0/invalid/duplicate-entry-other-hash": "bag.manifest.duplicate",
    "v1.0/invalid/tagmanifest-without-manifest": "bag.tagmanifest.missing-manifest",
    "v1.0/invalid/tag-files-in-payload-manifest": "bag.manifest.outside-payload",
    "v0.97/invalid/missing-file": "bag.manifest.missing-file",
}


def cases() -> list[str]:
    return sorted(p.relative_to(CASES).as_posix() for p in CASES.glob("v*/*/*") if p.is_dir())


def test_every_case_has_a_fixture() -> None:
    assert set(EXPECTED_CODE) <= set(cases())
    assert len(cases()) == 13


@pytest.mark.parametrize("case", cases())
def test_verdict_agrees_with_the_suite(case: str) -> None:
    report = validate_path(CASES / case)
    verdict = case.split("/")[1]
    found = {p.code for p in report.problems}
    if verdict == "valid":
        assert report.problems == [], [p.line() for p in report.problems]
    elif verdict == "warning":
        assert report.valid, [p.line() for p in report.errors]
        assert EXPECTED_CODE[case] in {p.code for p in report.warnings}
    else:
        assert not report.valid
        assert EXPECTED_CODE[case] in {p.code for p in report.errors}, found


@pytest.mark.parametrize("case", [c for c in cases() if "/warning/" in c])
def test_strict_turns_warnings_into_errors(case: str) -> None:
    report = validate_path(CASES / case, strict=True)
    assert not report.valid
    assert EXPECTED_CODE[case] in {p.code for p in report.errors}
    assert report.warnings == []


def test_strict_on_the_command_line() -> None:
    bag = str(CASES / "v1.0/warning/dotslash-paths")
    lenient = CliRunner().invoke(main, ["validate", bag])
    strict = CliRunner().invoke(main, ["validate", "--strict", bag])
    assert lenient.exit_code == 0, lenient.output
    assert "warning:" in lenient.output and "valid bag" in lenient.output
    assert strict.exit_code == 1, strict.output
    assert (
        "error:" in strict.output and "[bag.path.dot-segment]" in strict.output and "INVALID" in strict.output
    )


def test_tag_files_in_a_096_payload_manifest_are_still_verified(tmp_path: Path) -> None:
    import shutil

    bag = shutil.copytree(CASES / "v0.96/valid/tag-files-in-payload-manifest", tmp_path / "bag")
    with open(bag / "bag-info.txt", "a") as handle:
        handle.write("Contact-Name: someone\n")
    problems = validate_path(bag).errors
    assert any(p.code == "bag.manifest.checksum-mismatch" and p.location == "bag-info.txt" for p in problems)
