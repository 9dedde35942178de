"""Batch ingest through the library: enumeration, staging cleanup, report, progress, and whole runs
over a collection of good and bad articles (tests/articles/*.txt and the sample, plus files made bad
on purpose here)."""

from __future__ import annotations

import io
import json
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from archivist.batch import Summary, ingest_collection
from archivist.batch.inputs import check_specs, iter_inputs, walk
from archivist.batch.local import run_local
from archivist.batch.progress import NullProgress
from archivist.batch.report import MAX_FAILURES_KEPT, ReportWriter
from archivist.batch.staging import clean_staging
from archivist.batch.work import Job
from archivist.cli.progress import BarProgress, progress_for
from archivist.errors import UsageError

pytest.register_assert_rewrite("fixtures_deposit")
from conftest import ROOT, SAMPLE, bag_errors  # noqa: E402
from fixtures_deposit import list_keys  # noqa: E402

pytest_plugins = ["fixtures_deposit"]  # s3_endpoint, aws_env, bucket (moto on 127.0.0.1)

ARTICLES = sorted((ROOT / "tests" / "articles").glob("*.txt"))


def bags_in(output: Path) -> list[Path]:
    return sorted(p for p in output.iterdir() if p.is_dir() and not p.name.startswith("."))


@pytest.fixture
def collection(tmp_path: Path) -> dict[str, object]:
    """Good articles (some in a subdirectory), an empty file, a binary file; and a --from list naming a
    directory (a directory where an article was expected) and a file that does not exist."""
    coll = tmp_path / "coll"
    (coll / "sub").mkdir(parents=True)
    good = [SAMPLE, *ARTICLES[:5]]
    for i, src in enumerate(good):
        shutil.copy(src, (coll / "sub" if i % 2 else coll) / src.name)
    (coll / "empty.txt").write_bytes(b"")
    (coll / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "not-an-article.txt").mkdir()
    listing = tmp_path / "list.txt"
    listing.write_text(f"# extra items\n{tmp_path / 'not-an-article.txt'}\n\n{tmp_path / 'missing.txt'}\n")
    return {"dir": coll, "good": len(good), "bad": 4, "list": listing, "tmp": tmp_path}


# --- enumeration ------------------------------------------------------------------------------------


def test_walk_is_recursive_sorted_and_skips_hidden_and_staging(tmp_path: Path) -> None:
    for name in [
        "b.txt",
        "a.txt",
        "z/c.txt",
        "m/d.txt",
        ".hidden.txt",
        ".x.abcdefgh.staging/e.txt",
        ".git/config",
    ]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    got = [p.relative_to(tmp_path).as_posix() for p in walk(tmp_path)]
    assert got == ["a.txt", "b.txt", "m/d.txt", "z/c.txt"]


def test_walk_never_follows_symlinked_directories(tmp_path: Path) -> None:
    root, outside = tmp_path / "root", tmp_path / "outside"
    (root / "in").mkdir(parents=True)
    outside.mkdir()
    (root / "in" / "a.txt").write_text("a")
    (outside / "secret.txt").write_text("s")
    (root / "to-outside").symlink_to(outside, target_is_directory=True)
    (root / "loop").symlink_to(root, target_is_directory=True)
    (root / "link.txt").symlink_to(root / "in" / "a.txt")
    got = [p.relative_to(root).as_posix() for p in walk(root)]
    assert got == ["link.txt", "in/a.txt"]


def test_inputs_are_lazy_and_cover_files_dirs_globs_and_lists(tmp_path: Path) -> None:
    for name in ["d/1.txt", "d/2.txt", "g/x.txt", "g/y.md", "f.txt", "out/bag/data.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(name)
    listing = tmp_path / "list"
    listing.write_text("# comment\n\nlisted-a.txt\r\nlisted b.txt\n")
    found = iter_inputs(
        [str(tmp_path / "f.txt"), str(tmp_path / "d"), str(tmp_path / "g" / "*.txt"), str(tmp_path)],
        from_file=listing,
        exclude=[tmp_path / "out"],
    )
    assert isinstance(found, Iterator)
    got = [p.relative_to(tmp_path).as_posix() if p.is_absolute() else p.as_posix() for p in found]
    assert got == [
        "f.txt",
        "d/1.txt",
        "d/2.txt",
        "g/x.txt",
        # the whole directory again (a user may list it twice; ingest finds those present)
        "f.txt",
        "list",
        "d/1.txt",
        "d/2.txt",
        "g/x.txt",
        "g/y.md",
        "listed-a.txt",
        "listed b.txt",
    ]


def test_a_glob_never_reaches_into_the_output(tmp_path: Path) -> None:
    for name in ["coll/a.txt", "coll/sub/b.txt", "coll/bags/x/data/c.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(name)
    found = iter_inputs([str(tmp_path / "coll" / "**" / "*.txt")], exclude=[tmp_path / "coll" / "bags"])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["coll/a.txt", "coll/sub/b.txt"]


def test_check_specs_refuses_missing_paths_and_empty_globs(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("a")
    check_specs([str(tmp_path / "a.txt"), str(tmp_path / "*.txt")])
    with pytest.raises(UsageError, match="no such file"):
        check_specs([str(tmp_path / "nope.txt")])
    with pytest.raises(UsageError, match="matches no file"):
        check_specs([str(tmp_path / "*.xml")])
    with pytest.raises(UsageError, match="--from"):
        check_specs([], tmp_path / "no-list")


# --- staging cleanup --------------------------------------------------------------------------------


def test_clean_staging_removes_only_old_leftovers_of_archivist(tmp_path: Path) -> None:
    old = time.time() - 3600
    names = {
        ".2005-11-30-story-abc.k2j4_x9q.staging": "dir",  # a killed run's bag
        ".2005-11-30-story-abc.tar.a1b2c3d4.part": "file",  # a killed run's tar
        ".other.zzzzzzzz.staging.deleting": "dir",  # a cleanup that was itself killed
        ".git": "dir",  # not ours
        ".notes.staging": "dir",  # not archivist's pattern (no random part)
        "2005-11-30-story-abc": "dir",  # a finished bag
    }
    for name, kind in names.items():
        path = tmp_path / name
        if kind == "dir":
            (path / "data").mkdir(parents=True)
            (path / "data" / "f").write_text("x")
        else:
            path.write_text("x")
        os.utime(path, (old, old))
    fresh = tmp_path / ".new-run.abcdefgh.staging"
    fresh.mkdir()  # made after the run started: another run's, left alone
    removed = clean_staging(tmp_path, older_than=time.time() - 60)
    assert removed == sorted(
        [
            ".2005-11-30-story-abc.k2j4_x9q.staging",
            ".2005-11-30-story-abc.tar.a1b2c3d4.part",
            ".other.zzzzzzzz.staging.deleting",
        ]
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [".git", ".notes.staging", "2005-11-30-story-abc", fresh.name]
    )


# --- summary, report, progress ----------------------------------------------------------------------


def test_summary_counts_and_exit_code() -> None:
    summary = Summary(output="/o")
    summary.add({"source": "a", "status": "ingested"})
    summary.add({"source": "b", "status": "present"})
    assert summary.exit_code == 0
    summary.add({"source": "c", "status": "failed", "error": "c: empty file"})
    data = summary.to_dict()
    assert (data["total"], data["ingested"], data["present"], data["failed"]) == (3, 1, 1, 1)
    assert data["failures"] == [{"source": "c", "error": "c: empty file"}]
    assert summary.exit_code == 1
    assert summary.lines()[1] == "failed: c: empty file"


def test_summary_memory_is_bounded_when_everything_fails() -> None:
    summary = Summary(output="/o")
    for i in range(MAX_FAILURES_KEPT + 5):
        summary.add({"source": str(i), "status": "failed", "error": "bad"})
    assert summary.failed == MAX_FAILURES_KEPT + 5
    assert len(summary.failures) == MAX_FAILURES_KEPT
    assert summary.failures_not_kept == 5


def test_report_lines_are_on_disk_before_the_run_ends(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "report.jsonl"
    with ReportWriter(path) as writer:
        writer.write({"source": "a", "status": "ingested", "id": "x"})
        # Read while still open: a killed run's report is complete up to its last outcome.
        assert [json.loads(line) for line in path.read_text().splitlines()] == [
            {"source": "a", "status": "ingested", "id": "x"}
        ]


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TERM", "xterm")
    assert isinstance(progress_for(io.StringIO()), NullProgress)
    assert isinstance(progress_for(FakeTerminal(), enabled=False), NullProgress)
    stream = FakeTerminal()
    bar = progress_for(stream)
    assert isinstance(bar, BarProgress)
    bar.set_total(2)
    bar.advance({"status": "ingested"})
    bar.advance({"status": "failed"})
    bar.close()
    assert "2/2" in stream.getvalue() and "1 failed" in stream.getvalue()


# --- whole runs ---------------------------------------------------------------------------------------


def test_good_and_bad_articles_give_the_right_summary_and_report(collection: dict, tmp_path: Path) -> None:
    out, report = tmp_path / "bags", tmp_path / "report.jsonl"
    summary = ingest_collection(
        [str(collection["dir"])], out, jobs=1, report=report, from_file=collection["list"]
    )
    assert (summary.ingested, summary.present, summary.failed) == (collection["good"], 0, collection["bad"])
    assert summary.exit_code == 1
    failed_sources = sorted(Path(f["source"]).name for f in summary.failures)
    assert failed_sources == ["binary.txt", "empty.txt", "missing.txt", "not-an-article.txt"]
    assert all(f["error"].strip() for f in summary.failures)
    lines = [json.loads(line) for line in report.read_text().splitlines()]
    assert len(lines) == collection["good"] + collection["bad"]
    assert sorted(line["status"] for line in lines).count("ingested") == collection["good"]
    bags = bags_in(out)
    assert [b.name for b in bags] == sorted(line["id"] for line in lines if line["status"] == "ingested")
    for bag in bags:
        assert bag_errors(bag) == []
        assert bag.name == json.loads((bag / "data" / "metadata" / "record.json").read_bytes())["id"]


def test_two_processes_make_the_same_bags_and_a_rerun_only_verifies(collection: dict, tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    first = ingest_collection([str(collection["dir"])], one, jobs=1)
    second = ingest_collection([str(collection["dir"])], two, jobs=2)
    assert (second.ingested, second.failed) == (first.ingested, first.failed) == (collection["good"], 2)
    assert [b.name for b in bags_in(one)] == [b.name for b in bags_in(two)]
    again = ingest_collection([str(collection["dir"])], two, jobs=2)
    assert (again.ingested, again.present, again.failed) == (0, collection["good"], 2)
    assert [b.name for b in bags_in(two)] == [b.name for b in bags_in(one)]
    assert not [p for p in two.iterdir() if p.name.startswith(".")]


def test_the_same_article_twice_makes_one_bag(tmp_path: Path) -> None:
    coll = tmp_path / "coll"
    coll.mkdir()
    shutil.copy(SAMPLE, coll / "a.txt")
    shutil.copy(SAMPLE, coll / "b.txt")  # the same bytes under another name: the same record
    summary = ingest_collection([str(coll)], tmp_path / "out", jobs=2)
    assert (summary.ingested, summary.present, summary.failed) == (1, 1, 0)
    assert len(bags_in(tmp_path / "out")) == 1


def test_tar_option_writes_a_tar_per_bag(tmp_path: Path) -> None:
    summary = ingest_collection([str(SAMPLE)], tmp_path / "out", jobs=1, tar=True)
    assert summary.ingested == 1
    (bag,) = bags_in(tmp_path / "out")
    assert (tmp_path / "out" / f"{bag.name}.tar").is_file()


def test_the_output_directory_inside_the_input_is_not_ingested(tmp_path: Path) -> None:
    coll = tmp_path / "coll"
    coll.mkdir()
    shutil.copy(SAMPLE, coll / "a.txt")
    ingest_collection([str(coll)], coll / "bags", jobs=1)
    again = ingest_collection([str(coll)], coll / "bags", jobs=1)
    assert (again.total, again.present) == (1, 1)


def test_leftover_staging_is_cleaned_at_start(tmp_path: Path) -> None:
    out = tmp_path / "out"
    leftover = out / ".some-id.abcd1234.staging"
    (leftover / "data").mkdir(parents=True)
    old = time.time() - 120
    os.utime(leftover, (old, old))
    summary = ingest_collection([str(SAMPLE)], out, jobs=1)
    assert summary.cleaned == [leftover.name]
    assert not leftover.exists()


def test_runner_keeps_going_in_processes_when_items_fail(tmp_path: Path) -> None:
    job = Job(output=str(tmp_path / "out"))
    (tmp_path / "out").mkdir()
    paths = [tmp_path / f"missing-{i}.txt" for i in range(7)]
    outcomes = list(run_local(paths, job, jobs=2, window=3))
    assert sorted(o["source"] for o in outcomes) == sorted(str(p) for p in paths)
    assert {o["status"] for o in outcomes} == {"failed"}


def test_bad_jobs_and_output_are_usage_errors(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="--jobs"):
        ingest_collection([str(SAMPLE)], tmp_path / "out", jobs=0)
    (tmp_path / "file").write_text("x")
    with pytest.raises(UsageError, match="not a directory"):
        ingest_collection([str(SAMPLE)], tmp_path / "file", jobs=1)


# --- deposit and S3 output ------------------------------------------------------------------------------


def test_deposit_each_bag_into_ocfl_and_again_idempotently(tmp_path: Path) -> None:
    coll = tmp_path / "coll"
    coll.mkdir()
    for src in [SAMPLE, *ARTICLES[:2]]:
        shutil.copy(src, coll / src.name)
    root, report = tmp_path / "ocfl", tmp_path / "r.jsonl"
    summary = ingest_collection([str(coll)], tmp_path / "bags", jobs=2, deposit=str(root), report=report)
    assert (summary.ingested, summary.deposited, summary.failed) == (3, 3, 0)
    outcomes = [json.loads(line) for line in report.read_text().splitlines()]
    assert {o["deposit"]["outcome"] for o in outcomes} == {"deposited"}
    assert (root / "0=ocfl_1.1").is_file()
    again = ingest_collection([str(coll)], tmp_path / "bags", jobs=1, deposit=str(root), report=report)
    assert (again.present, again.deposited, again.failed) == (3, 3, 0)
    outcomes = [json.loads(line) for line in report.read_text().splitlines()]
    assert {o["deposit"]["outcome"] for o in outcomes} == {"unchanged"}


def test_s3_output_deposits_tars_and_a_rerun_finds_them(
    tmp_path: Path, s3_endpoint: str, bucket: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import archivist.parse

    coll = tmp_path / "coll"
    coll.mkdir()
    for src in [SAMPLE, *ARTICLES[:2]]:
        shutil.copy(src, coll / src.name)
    (coll / "empty.txt").write_bytes(b"")
    target = f"s3://{bucket}/bags"
    parsed: list[str] = []
    real_parse = archivist.parse.parse_source
    monkeypatch.setattr(
        archivist.parse,
        "parse_source",
        lambda source: parsed.append(source.source.filename) or real_parse(source),
    )
    summary = ingest_collection([str(coll)], target, jobs=1, endpoint_url=s3_endpoint)
    assert (summary.ingested, summary.failed) == (3, 1)
    # Asking the bucket whether a bag is there already parses the article: the ingest reuses it.
    assert sorted(parsed) == sorted(p.name for p in coll.iterdir() if p.name != "empty.txt")
    assert "archivist-batch-" not in summary.failures[0]["error"]  # no worker scratch path in reasons
    keys = list_keys(s3_endpoint, bucket)
    tars = sorted(k for k in keys if k.endswith(".tar"))
    assert len(tars) == 3 and all(k.startswith("bags/") for k in tars)
    again = ingest_collection([str(coll)], target, jobs=1, endpoint_url=s3_endpoint)
    assert (again.ingested, again.present, again.failed) == (0, 3, 1)
    assert list_keys(s3_endpoint, bucket) == keys
    with pytest.raises(UsageError, match="--deposit"):
        ingest_collection([str(coll)], target, deposit=str(tmp_path / "ocfl"))


def test_the_pool_fork_server_starts_workers_with_every_schema_compiled() -> None:
    import subprocess
    import sys

    # In a fresh interpreter: importing the module the fork server preloads fills every schema cache.
    script = (
        "import archivist.batch.warm\n"
        "from archivist.record.io import record_validator\n"
        "from archivist.validate.ninjs import ninjs_validator\n"
        "from archivist.validate.jsonld import newsarticle_validator\n"
        "cached = (record_validator, ninjs_validator, newsarticle_validator)\n"
        "print([f.cache_info().currsize for f in cached])\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[1, 1, 1]"
