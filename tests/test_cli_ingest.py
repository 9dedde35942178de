"""`archivist ingest` through the CLI: exit codes, --json, --report, usage errors, no progress bar
when stderr is not a terminal, and resuming after the process was killed with SIGKILL."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from archivist.cli import main
from conftest import ROOT, SAMPLE, bag_errors, kill_after_bags

ARTICLES = sorted((ROOT / "tests" / "articles").glob("*.txt"))
ARCHIVIST = [str(Path(sys.executable).parent / "archivist")]


def _load_make_collection():  # bench/ is not a package; load the generator the benchmark uses
    spec = importlib.util.spec_from_file_location("make_collection", ROOT / "bench" / "make_collection.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module.make_collection


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    coll = tmp_path / "coll"
    coll.mkdir()
    for src in [SAMPLE, *ARTICLES[:3]]:
        shutil.copy(src, coll / src.name)
    (coll / "empty.txt").write_bytes(b"")
    (coll / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    return coll


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["ingest", *args])
    return result.exit_code, result.stdout, result.stderr


def test_mixed_collection_exit_1_json_summary_and_report(mixed: Path, tmp_path: Path) -> None:
    report = tmp_path / "r.jsonl"
    code, out, err = run(
        str(mixed), "-o", str(tmp_path / "bags"), "--jobs", "2", "--json", "--report", str(report)
    )
    assert code == 1, err
    summary = json.loads(out)
    assert (summary["ingested"], summary["present"], summary["failed"], summary["total"]) == (4, 0, 2, 6)
    assert sorted(Path(f["source"]).name for f in summary["failures"]) == ["binary.txt", "empty.txt"]
    # each failure is one line on stderr, naming the file
    assert len([line for line in err.splitlines() if line.startswith("archivist: failed: ")]) == 2
    assert "binary.txt" in err and "empty.txt" in err and "Traceback" not in err
    outcomes = [json.loads(line) for line in report.read_text().splitlines()]
    assert sorted(o["status"] for o in outcomes) == ["failed"] * 2 + ["ingested"] * 4


def test_all_good_exit_0_and_rerun_reports_present(tmp_path: Path) -> None:
    out = tmp_path / "bags"
    code, stdout, err = run(str(SAMPLE), str(ARTICLES[0]), "-o", str(out))
    assert code == 0, err
    assert stdout.startswith("2 articles: 2 ingested, 0 already present (skipped), 0 failed")
    code, stdout, _ = run(str(SAMPLE), str(ARTICLES[0]), "-o", str(out))
    assert code == 0
    assert stdout.startswith("2 articles: 0 ingested, 2 already present (skipped), 0 failed")


def test_from_list_and_glob(tmp_path: Path, mixed: Path) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text(f"{SAMPLE}\n{tmp_path}\n")  # the second line is a directory: a failed item
    code, out, _ = run(str(mixed / "a*.txt"), "--from", str(listing), "-o", str(tmp_path / "bags"), "--json")
    summary = json.loads(out)
    globbed = len(list(mixed.glob("a*.txt")))
    assert summary["total"] == globbed + 2
    assert summary["failed"] == 1 and summary["failures"][0]["source"] == str(tmp_path)
    assert code == 1


@pytest.mark.parametrize(
    "args, message",
    [
        ([], "nothing to ingest"),
        (["/no/such/article.txt"], "no such file"),
        (["/no/such/*.txt"], "matches no file"),
        ([str(SAMPLE), "--jobs", "0"], "--jobs"),
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    code, _, err = run(*args, "-o", str(tmp_path / "bags"))
    assert code == 2
    assert message in err and err.count("\n") == 1


def test_output_is_required(tmp_path: Path) -> None:
    code, _, _ = run(str(SAMPLE))
    assert code == 2


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    proc = subprocess.run(
        [*ARCHIVIST, "ingest", str(SAMPLE), "-o", str(tmp_path / "bags")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""  # no bar, no control characters
    assert "\x1b" not in proc.stdout and "1 ingested" in proc.stdout


def test_help_teaches_with_examples() -> None:
    code, out, _ = run("--help")
    assert code == 0
    assert "Examples:" in out and "--cluster" in out and "Exit codes:" in out


@pytest.mark.slow
def test_resume_after_sigkill_makes_each_bag_once(tmp_path: Path, killed_child_env: dict[str, str]) -> None:
    coll, out = tmp_path / "coll", tmp_path / "bags"
    articles = _load_make_collection()(400, coll, per_dir=100)
    done_before = kill_after_bags(
        [*ARCHIVIST, "ingest", str(coll), "-o", str(out), "--jobs", "2"], out, 20, killed_child_env
    )
    assert 20 <= len(done_before) < len(articles)
    report = tmp_path / "resume.jsonl"
    rerun = subprocess.run(
        [*ARCHIVIST, "ingest", str(coll), "-o", str(out), "--jobs", "2", "--json", "--report", str(report)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert rerun.returncode == 0, rerun.stderr
    summary = json.loads(rerun.stdout)
    assert summary["failed"] == 0
    assert summary["present"] >= len(done_before)  # the finished bags were kept, not rebuilt
    assert summary["ingested"] + summary["present"] == len(articles)
    assert summary["ingested"] == len(articles) - summary["present"]
    bags = sorted(out.iterdir())
    assert not [p.name for p in bags if p.name.startswith(".")]  # no staging left
    outcomes = [json.loads(line) for line in report.read_text().splitlines()]
    assert len({o["id"] for o in outcomes}) == len(articles) == len(bags)  # each bag exactly once
    assert {o["id"] for o in outcomes} == {p.name for p in bags}
    assert [b.name for b in bags if bag_errors(b)] == []


def test_from_stdin(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main,
        ["ingest", "--from", "-", "-o", str(tmp_path / "bags"), "--json"],
        input=f"{SAMPLE}\n# a comment\n\n{ARTICLES[0]}\n",
    )
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["ingested"] == 2


def test_one_clock_read_per_ingest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """NewsML's versionCreated, PREMIS event times, Bagging-Date and the tar's mtimes come from one reading
    of the clock, even when the clock moves on between steps (here: a day per reading)."""
    from datetime import datetime, timedelta, timezone

    from archivist import clock
    from archivist.ingest import INGESTED, ingest_article

    readings: list[datetime] = []

    def ticking() -> datetime:
        readings.append(datetime(2020, 1, 1, tzinfo=timezone.utc) + timedelta(days=len(readings)))
        return readings[-1]

    monkeypatch.setattr(clock, "now", ticking)
    outcome = ingest_article(SAMPLE, tmp_path / "bags", tar=True, fsync=False)
    assert outcome.status == INGESTED and len(readings) == 1
    bag = Path(outcome.bag or "")
    assert "Bagging-Date: 2020-01-01\n" in (bag / "bag-info.txt").read_text()
    assert (
        "<versionCreated>2020-01-01T00:00:00Z</versionCreated>"
        in (bag / "data" / "metadata" / "newsml.xml").read_text()
    )
    premis = (bag / "premis.xml").read_text().splitlines()
    times = {line.strip() for line in premis if "eventDateTime" in line}
    assert times == {"<premis:eventDateTime>2020-01-01T00:00:00Z</premis:eventDateTime>"}
    import tarfile

    with tarfile.open(outcome.tar or "") as tar:
        assert {member.mtime for member in tar.getmembers()} == {int(readings[0].timestamp())}
