"""WARC and ARC in: one bag per article page, the page's own records kept byte for byte, every other
record skipped with its reason, damage reported with file and offset while the good records around it
are still ingested; through the library and the CLI, with --jobs 2 and on a resumed run."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from warcio.archiveiterator import ArchiveIterator

from archivist.batch import ingest_collection
from archivist.cli import main
from archivist.record import load_record
from archivist.warc import Capture, Damage, Skipped, scan_archive, sniff_archive
from conftest import bag_errors, kill_after_bags
from crawls import (
    ARTICLE_HEADLINE,
    ARTICLE_URL,
    SECOND_HEADLINE,
    SECOND_URL,
    article_page,
    standard_crawl,
)

EXPECTED_SKIPS = {"robots.txt": 1, "not-html": 2, "http-status": 1, "revisit": 1, "no-article": 2}


@pytest.fixture(autouse=True)
def _epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1614772800")
    monkeypatch.setenv("ARCHIVIST_FSYNC", "0")


def _bags(output: Path) -> dict[str, Path]:
    """URL → bag directory, read from each bag's record."""
    found = {}
    for record_path in output.glob("*/data/metadata/record.json"):
        record = load_record(record_path)
        found[record.source.url] = record_path.parents[2]
    return found


def _stored(bag: Path) -> Path:
    (stored,) = (bag / "data" / "source").iterdir()
    return stored


def _records(data: bytes) -> list[tuple[str, str | None, str | None]]:
    return [
        (
            r.rec_type,
            r.rec_headers.get_header("WARC-Record-ID"),
            r.rec_headers.get_header("WARC-Payload-Digest"),
        )
        for r in ArchiveIterator(io.BytesIO(data))
    ]


@pytest.mark.parametrize("compressed", [True, False])
def test_scan_finds_pages_and_skips_the_rest_with_reasons(tmp_path: Path, compressed: bool) -> None:
    crawl = standard_crawl(gzip=compressed)
    path = crawl.save(tmp_path / ("crawl.warc.gz" if compressed else "crawl.warc"))
    assert sniff_archive(path) == ("warc", compressed)
    items = list(scan_archive(str(path), archive_format="warc", compressed=compressed))
    captures = {item.target_uri: item for item in items if isinstance(item, Capture)}
    skipped = {(item.url, item.reason) for item in items if isinstance(item, Skipped)}
    assert not [item for item in items if isinstance(item, Damage)]
    assert set(captures) == {
        "https://news.example.org/",
        ARTICLE_URL,
        SECOND_URL,
        "https://news.example.org/feed/",
    }
    assert captures[ARTICLE_URL].offset == crawl.offsets[ARTICLE_URL]
    assert captures[ARTICLE_URL].record_id == crawl.ids[ARTICLE_URL]
    assert captures["https://news.example.org/feed/"].record_type == "resource"
    assert skipped == {
        ("https://news.example.org/robots.txt", "robots.txt"),
        ("https://news.example.org/logo.png", "not-html"),
        ("https://news.example.org/gone.html", "http-status"),
        (ARTICLE_URL, "revisit"),
        ("file:///notes/readme.txt", "not-html"),
    }
    # warcinfo, request and response; the second page also has its metadata record
    assert len(captures[ARTICLE_URL].extents) == 3
    assert len(captures[SECOND_URL].extents) == 4


@pytest.mark.parametrize("compressed", [True, False])
def test_one_bag_per_article_with_the_records_byte_for_byte(tmp_path: Path, compressed: bool) -> None:
    crawl = standard_crawl(gzip=compressed)
    path = crawl.save(tmp_path / ("crawl.warc.gz" if compressed else "crawl.warc"))
    original = path.read_bytes()
    extents = {
        item.target_uri: item.extents
        for item in scan_archive(str(path), archive_format="warc", compressed=compressed)
        if isinstance(item, Capture)
    }
    summary = ingest_collection([str(path)], tmp_path / "bags", jobs=1, report=tmp_path / "report.jsonl")
    assert (summary.ingested, summary.failed, summary.skipped) == (2, 0, 7)
    assert summary.skipped_by_reason == EXPECTED_SKIPS
    assert summary.exit_code == 0
    bags = _bags(tmp_path / "bags")
    assert set(bags) == {ARTICLE_URL, SECOND_URL}
    for url, headline in ((ARTICLE_URL, ARTICLE_HEADLINE), (SECOND_URL, SECOND_HEADLINE)):
        bag = bags[url]
        assert bag_errors(bag) == []
        record = load_record(bag / "data" / "metadata" / "record.json")
        assert record.headline is not None and record.headline.text == headline
        assert record.source.url == url
        stored = _stored(bag)
        assert stored.name.endswith(".warc.gz" if compressed else ".warc")
        data = stored.read_bytes()
        # Every stored record is a slice of the crawl, byte for byte, at the offsets the record names.
        warc = record.source.warc
        assert warc is not None and warc.offset == crawl.offsets[url]
        assert warc.record_id == crawl.ids[url] and warc.date == "2021-03-03T12:00:00Z"
        assert hashlib.sha256(data).hexdigest() == record.source.sha256
        records = _records(data)
        response = [r for r in records if r[0] == "response"]
        assert response[0][1] == crawl.ids[url]
        assert response[0][2] == warc.payload_digest
        assert [r[0] for r in records][:2] == ["warcinfo", "request"]
        assert data == b"".join(original[offset : offset + length] for offset, length in extents[url])
        premis = (bag / "premis.xml").read_text()
        assert "unpacking" in premis and f"offset {crawl.offsets[url]}" in premis
    # The decoded payload (de-chunked; gunzipped) is the page as it was written.
    first = load_record(bags[ARTICLE_URL] / "data" / "metadata" / "record.json").source.warc
    assert first is not None
    assert first.payload_sha256 == hashlib.sha256(article_page(ARTICLE_HEADLINE, ARTICLE_URL)).hexdigest()
    lines = [json.loads(line) for line in (tmp_path / "report.jsonl").read_text().splitlines()]
    skipped = [line for line in lines if line["status"] == "skipped"]
    assert len(skipped) == 7 and all(line["reason"] and line["detail"] for line in skipped)
    assert {line["source"] for line in skipped} >= {f"{path}@{crawl.offsets['revisit:' + ARTICLE_URL]}"}


def test_rerun_keeps_the_bags_and_resumes_a_partial_run(tmp_path: Path) -> None:
    path = standard_crawl().save(tmp_path / "crawl.warc.gz")
    first = ingest_collection([str(path)], tmp_path / "bags", jobs=1)
    assert first.ingested == 2
    bags = _bags(tmp_path / "bags")
    before = {url: _stored(bag).read_bytes() for url, bag in bags.items()}
    # A killed run leaves one bag missing and a staging directory behind.
    import shutil

    shutil.rmtree(bags[SECOND_URL])
    (tmp_path / "bags" / f".{bags[SECOND_URL].name}.abcd1234.staging").mkdir()
    os.utime(tmp_path / "bags" / f".{bags[SECOND_URL].name}.abcd1234.staging", (1, 1))
    second = ingest_collection([str(path)], tmp_path / "bags", jobs=1)
    assert (second.ingested, second.present, second.failed, second.skipped) == (1, 1, 0, 7)
    assert second.cleaned
    again = _bags(tmp_path / "bags")
    assert {url: bag.name for url, bag in again.items()} == {url: bag.name for url, bag in bags.items()}
    assert {url: _stored(bag).read_bytes() for url, bag in again.items()} == before


def test_jobs_2_makes_the_same_bags(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = standard_crawl().save(tmp_path / "crawl.warc.gz")
    # Fresh processes: a forkserver this test process started earlier would predate SOURCE_DATE_EPOCH.
    archivist = str(Path(sys.executable).parent / "archivist")
    counts = []
    for name, jobs in (("one", "1"), ("two", "2")):
        run = subprocess.run(
            [archivist, "ingest", str(path), "-o", str(tmp_path / name), "--jobs", jobs, "--json"],
            capture_output=True,
            text=True,
            timeout=300,
            env=os.environ,
        )
        assert run.returncode == 0, run.stderr
        summary = json.loads(run.stdout)
        counts.append((summary["ingested"], summary["skipped"], summary["failed"]))
    assert counts == [(2, 7, 0), (2, 7, 0)]
    for name in (p.name for p in (tmp_path / "one").iterdir()):
        for file in (tmp_path / "one" / name).rglob("*"):
            if file.is_file():
                twin = tmp_path / "two" / name / file.relative_to(tmp_path / "one" / name)
                assert twin.read_bytes() == file.read_bytes(), file


def test_corrupt_member_and_truncated_record_are_reported_and_the_rest_ingested(tmp_path: Path) -> None:
    crawl = standard_crawl()
    data = bytearray(crawl.bytes())
    # Damage the gzip member of the 404 page (between the two articles) and cut the last record short.
    bad_at = crawl.offsets["https://news.example.org/gone.html"]
    data[bad_at + 20 : bad_at + 60] = b"\x00" * 40
    path = tmp_path / "damaged.warc.gz"
    path.write_bytes(bytes(data[:-25]))
    summary = ingest_collection([str(path)], tmp_path / "bags", jobs=1)
    assert set(_bags(tmp_path / "bags")) == {ARTICLE_URL, SECOND_URL}
    assert summary.failed == 2 and summary.exit_code == 1
    errors = [failure["error"] for failure in summary.failures]
    assert any(
        f"{path}@{bad_at}: corrupt gzip member" in error and "resumed at offset" in error for error in errors
    ), errors
    last = crawl.offsets["resource:https://news.example.org/feed/"]
    assert any(f"{path}@{last}: truncated resource record" in error for error in errors), errors
    assert not list((tmp_path / "bags").glob(".*")), "nothing half-made"


def _arc(records: list[tuple[str, bytes]]) -> bytes:
    desc = b"1 0 Springfield News\nURL IP-address Archive-date Content-type Archive-length\n"
    out = b"filedesc://test.arc 0.0.0.0 20210303120000 text/plain %d\n%s\n" % (len(desc), desc)
    for url, http in records:
        out += b"%s 192.0.2.1 20210303120000 text/html %d\n%s\n" % (url.encode(), len(http), http)
    return out


@pytest.mark.parametrize("compressed", [True, False])
def test_arc_pages_are_ingested_with_the_filedesc_record(tmp_path: Path, compressed: bool) -> None:
    page = article_page(ARTICLE_HEADLINE, ARTICLE_URL)
    http = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + page
    missing = b"HTTP/1.0 404 Not Found\r\nContent-Type: text/html\r\n\r\nnope"
    arc = _arc([("https://news.example.org/gone", missing), (ARTICLE_URL, http)])
    if compressed:  # one gzip member per record, as ARC files are written
        parts = arc.split(b"\nhttps://")
        arc = gzip.compress(parts[0] + b"\n", mtime=0) + b"".join(
            gzip.compress(b"https://" + part + (b"\n" if i < len(parts) - 2 else b""), mtime=0)
            for i, part in enumerate(parts[1:])
        )
    path = tmp_path / ("crawl.arc.gz" if compressed else "crawl.arc")
    path.write_bytes(arc)
    summary = ingest_collection([str(path)], tmp_path / "bags", jobs=1)
    assert (summary.ingested, summary.skipped, summary.failed) == (1, 1, 0)
    bag = _bags(tmp_path / "bags")[ARTICLE_URL]
    record = load_record(bag / "data" / "metadata" / "record.json")
    assert record.headline is not None and record.headline.text == ARTICLE_HEADLINE
    assert record.source.warc is not None and record.source.warc.format == "arc"
    assert record.source.warc.record_id is None and record.source.warc.date == "2021-03-03T12:00:00Z"
    stored = _stored(bag).read_bytes()
    plain = gzip.decompress(stored) if compressed else stored
    assert plain.startswith(b"filedesc://test.arc") and page in plain


def test_cli_ingests_a_warc_and_reports_skips(tmp_path: Path) -> None:
    path = standard_crawl().save(tmp_path / "crawl.warc.gz")
    result = CliRunner().invoke(
        main,
        [
            "ingest",
            str(path),
            "-o",
            str(tmp_path / "bags"),
            "--jobs",
            "1",
            "--report",
            str(tmp_path / "r.jsonl"),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "2 articles: 2 ingested" in result.stdout
    assert "7 web archive records skipped as not article pages" in result.stdout
    assert "1 revisit" in result.stdout and "1 http-status" in result.stdout
    statuses = [json.loads(line)["status"] for line in (tmp_path / "r.jsonl").read_text().splitlines()]
    assert statuses.count("ingested") == 2 and statuses.count("skipped") == 7
    again = CliRunner().invoke(
        main, ["ingest", str(path), "-o", str(tmp_path / "bags"), "--jobs", "2", "--json"]
    )
    assert again.exit_code == 0, again.output
    summary = json.loads(again.stdout)
    assert (summary["present"], summary["ingested"], summary["skipped"]) == (2, 0, 7)


def test_cli_exit_1_and_one_line_for_a_damaged_warc(tmp_path: Path) -> None:
    crawl = standard_crawl()
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(crawl.bytes()[:-25])
    result = CliRunner().invoke(main, ["ingest", str(path), "-o", str(tmp_path / "bags"), "--jobs", "1"])
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line.startswith("archivist: failed:")]
    last = crawl.offsets["resource:https://news.example.org/feed/"]
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"archivist: failed: {path}@{last}: truncated resource record (the file ends ")
    assert "Traceback" not in result.output


def test_a_wrong_content_length_is_one_reported_line_not_stderr_noise(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    crawl = standard_crawl(gzip=False)
    data = crawl.bytes()
    at = crawl.offsets["https://news.example.org/robots.txt"]
    head_end = data.index(b"\r\n\r\n", at)
    length_at = data.index(b"Content-Length: ", at, head_end) + len(b"Content-Length: ")
    length_end = data.index(b"\r\n", length_at)
    length = int(data[length_at:length_end])
    shorter = str(length - 7).rjust(length_end - length_at).replace(" ", "0").encode()
    path = tmp_path / "misaligned.warc"
    path.write_bytes(data[:length_at] + shorter + data[length_end:])
    summary = ingest_collection([str(path)], tmp_path / "bags", jobs=1)
    assert set(_bags(tmp_path / "bags")) == {ARTICLE_URL, SECOND_URL}
    assert summary.failed == 1 and summary.exit_code == 1
    assert summary.failures[0]["error"].startswith(f"{path}@{at}: record not followed by the blank lines")
    assert "WARNING" not in capfd.readouterr().err


@pytest.mark.slow
def test_resume_after_sigkill_makes_each_page_bag_once(
    tmp_path: Path, killed_child_env: dict[str, str]
) -> None:
    import subprocess
    import sys

    from crawls import Crawl

    crawl = Crawl()
    words = ("River", "Library", "Council", "School", "Market", "Harbour", "Station", "Museum")
    urls = []
    for i in range(48):
        url = f"https://news.example.org/2021/03/{i % 28 + 1:02d}/story-{i}.html"
        crawl.add_response(url, article_page(f"{words[i % 8]} Story Number {i} Is Told In Full", url))
        crawl.add_response(
            f"https://news.example.org/img/{i}.png", b"\x89PNG\r\n\x1a\n", content_type="image/png"
        )
        urls.append(url)
    path = crawl.save(tmp_path / "crawl.warc.gz")
    out = tmp_path / "bags"
    archivist = str(Path(sys.executable).parent / "archivist")
    done_before = kill_after_bags(
        [archivist, "ingest", str(path), "-o", str(out), "--jobs", "2"], out, 5, killed_child_env
    )
    assert 5 <= len(done_before) < len(urls)
    rerun = subprocess.run(
        [archivist, "ingest", str(path), "-o", str(out), "--jobs", "2", "--json"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert rerun.returncode == 0, rerun.stderr
    summary = json.loads(rerun.stdout)
    assert summary["failed"] == 0 and summary["skipped"] == len(urls)
    assert summary["present"] >= len(done_before)
    assert summary["ingested"] + summary["present"] == len(urls)
    assert set(_bags(out)) == set(urls)
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_the_fetched_address_is_kept_when_the_page_names_another_canonical_one(tmp_path: Path) -> None:
    from crawls import Crawl

    crawl = Crawl()
    fetched = "https://news.example.org/amp/river-bridge?utm_source=feed"
    crawl.add_response(fetched, article_page(ARTICLE_HEADLINE, ARTICLE_URL))  # canonical: ARTICLE_URL
    path = crawl.save(tmp_path / "crawl.warc.gz")
    summary = ingest_collection([str(path)], tmp_path / "bags", jobs=1)
    assert summary.ingested == 1
    (record_path,) = (tmp_path / "bags").glob("*/data/metadata/record.json")
    record = load_record(record_path)
    assert record.source.warc is not None and record.source.warc.target_uri == fetched
    assert record.source.url == ARTICLE_URL  # the html reader prefers the canonical link
    assert fetched in (record_path.parents[2] / "premis.xml").read_text()


def test_a_warc_gzipped_as_one_stream_is_one_clear_failure(tmp_path: Path) -> None:
    path = tmp_path / "single.warc.gz"
    path.write_bytes(gzip.compress(standard_crawl(gzip=False).bytes(), mtime=0))
    summary = ingest_collection([str(path)], tmp_path / "bags", jobs=1)
    assert (summary.ingested, summary.failed) == (0, 1)
    assert summary.failures[0]["error"].startswith(f"{path}@0: the whole file is one gzip stream")
    assert "warcio recompress" in summary.failures[0]["error"]
