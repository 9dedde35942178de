"""`archivist validate`: kind detection, one line per problem, --json, exit codes — through the library
(`archivist.validate.validate_path`) and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from archivist.cli import main
from archivist.ingest import ingest_article
from archivist.render import render_documents
from archivist.render.context import RenderContext
from archivist.validate import detect_kind, validate_path
from conftest import REFERENCE, ROOT, SAMPLE, make_full_article


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("docs")
    for name, data in render_documents(make_full_article(), RenderContext()).items():
        (out / name).write_bytes(data)
    return out


@pytest.fixture(scope="module")
def bag(tmp_path_factory: pytest.TempPathFactory) -> Path:
    outcome = ingest_article(SAMPLE, tmp_path_factory.mktemp("bags"), tar=True)
    assert outcome.status == "ingested", outcome.error
    return Path(outcome.bag or "")


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("record.json", "record"),
        ("newsml.xml", "newsml"),
        ("newsml-picture.xml", "newsml"),
        ("article.jsonld", "jsonld"),
        ("ninjs.json", "ninjs"),
    ],
)
def test_each_document_kind_is_detected_and_valid(documents: Path, name: str, kind: str) -> None:
    assert detect_kind((documents / name).read_bytes()) == kind
    report = validate_path(documents / name)
    assert (report.kind, report.valid, report.problems) == (kind, True, [])


def test_bags_as_directory_and_tar_and_their_premis(bag: Path) -> None:
    for path, kind in (
        (bag, "bag"),
        (bag.with_name(bag.name + ".tar"), "bag"),
        (bag / "premis.xml", "premis"),
    ):
        report = validate_path(path)
        assert report.kind == kind and report.valid, [p.line() for p in report.problems]


def test_cli_reports_each_problem_on_one_line_and_exits_1(documents: Path, tmp_path: Path) -> None:
    broken = json.loads((documents / "article.jsonld").read_bytes())
    broken["hedline"] = broken.pop("headline")
    bad = tmp_path / "bad.jsonld"
    bad.write_text(json.dumps(broken))
    result = CliRunner().invoke(main, ["validate", str(documents / "newsml.xml"), str(bad)])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert f"{documents / 'newsml.xml'}: valid newsml" in lines
    problem = [line for line in lines if "hedline" in line]
    assert (
        problem and problem[0].startswith(f"{bad}") and "/hedline" in problem[0] and "[jsonld." in problem[0]
    )
    assert lines[-1].startswith(f"{bad}: INVALID jsonld")


def test_cli_json_report_is_machine_readable(documents: Path, tmp_path: Path) -> None:
    bad = tmp_path / "record.json"
    record = json.loads((documents / "record.json").read_bytes())
    record["id"] = "Not A Valid Id"
    bad.write_text(json.dumps(record))
    result = CliRunner().invoke(main, ["validate", "--json", str(documents / "ninjs.json"), str(bad)])
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert report["valid"] is False
    by_path = {r["path"]: r for r in report["reports"]}
    assert by_path[str(documents / "ninjs.json")]["valid"] is True
    bad_report = by_path[str(bad)]
    assert bad_report["kind"] == "record" and bad_report["errors"] >= 1
    assert any(p["location"] == "/id" for p in bad_report["problems"])


def test_cli_exit_codes_for_valid_and_missing(documents: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["validate", str(documents / "record.json")]).exit_code == 0
    missing = runner.invoke(main, ["validate", str(tmp_path / "nope.xml")])
    assert missing.exit_code == 2
    assert "no such file or directory" in missing.output
    assert runner.invoke(main, ["validate"]).exit_code == 2
    assert runner.invoke(main, ["validate", "--kind", "bogus", str(documents / "record.json")]).exit_code == 2


def test_documents_archivist_did_not_write_are_judged(tmp_path: Path) -> None:
    examples = REFERENCE / "newsml-g2-examples"
    valid = validate_path(examples / "LISTING_1_A_NewsML-G2_News_Item.xml")
    assert valid.kind == "newsml" and valid.valid, [p.line() for p in valid.problems]
    invalid = validate_path(examples / "LISTING_24_News_Message_conveying_a_complete_News_Package.xml")
    assert invalid.kind == "newsml" and not invalid.valid
    not_a_document = tmp_path / "notes.txt"
    not_a_document.write_text("just some words\n")
    unknown = validate_path(not_a_document)
    assert unknown.kind == "unknown" and not unknown.valid


def test_a_tampered_bag_is_invalid_with_the_file_named(bag: Path, tmp_path: Path) -> None:
    import shutil

    copy = tmp_path / bag.name
    shutil.copytree(bag, copy)
    record = copy / "data" / "metadata" / "record.json"
    record.write_bytes(record.read_bytes().replace(b"Iran", b"Irak", 1))
    result = CliRunner().invoke(main, ["validate", str(copy)])
    assert result.exit_code == 1
    assert any("data/metadata/record.json" in line for line in result.output.splitlines() if "error" in line)
    fast = CliRunner().invoke(main, ["validate", "--fast", str(copy)])
    assert fast.exit_code == 0, fast.output  # same size: completeness and Payload-Oxum cannot see it


def test_validate_paths_is_the_library_call_under_the_command(tmp_path: Path) -> None:
    from archivist.validate import validate_paths

    record = ROOT / "records" / "rferl-2005-11-30-washington-iraq-iran" / "record.json"
    (tmp_path / "other.json").write_bytes(b'{"weather": "fine"}')
    assert validate_paths([record]).exit_code == 0
    both = validate_paths([record, tmp_path / "other.json"])
    assert (both.valid, both.exit_code) == (False, 1)
    assert [r["valid"] for r in both.to_dict()["reports"]] == [True, False]
    assert validate_paths([record, tmp_path / "absent.json"]).exit_code == 2
    result = CliRunner().invoke(main, ["validate", str(record), str(tmp_path / "other.json")])
    assert result.exit_code == both.exit_code
