"""`archivist parse` and `archivist ingest` on web pages: the record from the page, the bag holding the page's
bytes untouched as text/html, its metadata documents valid; bad pages give one line and exit code 1."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from archivist.bag.reader import open_bag
from archivist.cli import main
from archivist.errors import EXIT_INVALID
from archivist.record import load_record
from conftest import bag_errors

PAGES = Path(__file__).parent / "pages"
PAGE = PAGES / "wordpress-jsonld-graph.html"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_parse_a_page_prints_its_record() -> None:
    code, out, err = run("parse", str(PAGE))
    assert code == 0, err
    record = json.loads(out)
    assert record["headline"]["text"] == "Riverside council approves new footbridge"
    assert record["source"]["media_type"] == "text/html; charset=utf-8"
    assert record["source"]["url"] == "https://ledger.example/2024/03/05/riverside-footbridge/"
    assert record["authors"][0]["url"] == "https://ledger.example/author/ana-perez/"
    assert record["evidence"]["headline"] == {"from": "html", "rule": "h1"}


def test_ingest_a_page_keeps_its_bytes_and_writes_valid_documents(tmp_path: Path) -> None:
    out = tmp_path / "bags"
    code, _, err = run("ingest", str(PAGE), "-o", str(out))
    assert code == 0, err
    (bag,) = [p for p in out.iterdir() if p.is_dir()]
    assert bag_errors(bag) == []
    assert (bag / "data" / "source" / PAGE.name).read_bytes() == PAGE.read_bytes()
    article = load_record(bag / "data" / "metadata" / "record.json")
    assert article.source.media_type == "text/html; charset=utf-8"
    assert article.image is not None and article.image.url is not None
    documents = {p.name for p in (bag / "data" / "metadata").iterdir()}
    assert {"record.json", "newsml.xml", "article.jsonld", "ninjs.json", "newsml-picture.xml"} <= documents
    jsonld = json.loads((bag / "data" / "metadata" / "article.jsonld").read_bytes())
    assert jsonld["author"][0]["url"] == "https://ledger.example/author/ana-perez/"
    code, _, err = run("validate", str(bag), *(str(bag / "data" / "metadata" / n) for n in sorted(documents)))
    assert code == 0, err
    assert open_bag(bag) is not None
    # ingesting again finds the bag and changes nothing
    before = sorted((p.relative_to(out), p.stat().st_mtime_ns) for p in out.rglob("*"))
    code, _, err = run("ingest", str(PAGE), "-o", str(out))
    assert code == 0, err
    assert sorted((p.relative_to(out), p.stat().st_mtime_ns) for p in out.rglob("*")) == before


def test_bad_pages_give_one_line_and_exit_1(tmp_path: Path) -> None:
    binary = tmp_path / "photo.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    empty_page = tmp_path / "menu.html"
    empty_page.write_bytes(b"<!doctype html><html><body><nav><a href='/'>Home</a></nav></body></html>")
    for path, reason in ((binary, "binary data"), (empty_page, "no article body")):
        code, out, err = run("parse", str(path))
        assert code == EXIT_INVALID
        assert out == ""
        assert err.count("\n") == 1 and err.startswith("archivist: ") and reason in err
        code, _, err = run("ingest", str(path), "-o", str(tmp_path / "bags"))
        assert code == EXIT_INVALID
        assert reason in err
    assert not any(p.is_dir() for p in (tmp_path / "bags").glob("*"))  # nothing half-made
