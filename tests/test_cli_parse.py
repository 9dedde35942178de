"""`archivist parse`: the record on stdout or in a file; one clear line and an exit code for bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from archivist.cli import main
from archivist.errors import EXIT_INVALID, EXIT_USAGE
from archivist.record import load_record
from archivist.source import MAX_ARTICLE_BYTES

ARTICLE = (
    "Council Approves New Bridge\n\n"
    "By Jane Doe, Reuters\n\n"
    "LONDON, March 3 (Reuters) - The council approved a new bridge on Tuesday.\n\n"
    "\u201cIt joins two halves of one town,\u201d Mayor Ann Lee said.\n"
)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_parse_prints_the_record(tmp_path: Path) -> None:
    path = tmp_path / "bridge.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, out, err = run("parse", str(path))
    assert code == 0, err
    record = json.loads(out)
    assert record["headline"]["text"] == "Council Approves New Bridge"
    assert record["authors"] == [
        {"name": "Jane Doe", "affiliation": "Reuters", "span": {"start": 32, "end": 40}}
    ]
    assert record["dateline"]["date"]["value"] == "XXXX-03-03"
    assert record["quotes"][0]["speaker"]["name"] == "Ann Lee"


def test_parse_writes_the_record_to_a_file(tmp_path: Path) -> None:
    path = tmp_path / "bridge.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    output = tmp_path / "out" / "record.json"
    output.parent.mkdir()
    code, out, err = run("parse", str(path), "-o", str(output), "--url", "https://example.org/bridge")
    assert code == 0, err
    assert out == ""
    article = load_record(output)
    assert article.source.url == "https://example.org/bridge"
    assert article.source.filename == "bridge.txt"


def _binary(path: Path) -> None:
    path.write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00\x00")


def _oversized(path: Path) -> None:
    with path.open("wb") as handle:
        handle.truncate(MAX_ARTICLE_BYTES + 1)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_bytes(b""), "file is empty"),
        (_binary, "binary data, not text"),
        (_oversized, "larger than"),
        (lambda p: p.write_bytes(b"caf\xe9 \x81\x8d bar baz"), "undecodable text"),
        (lambda p: p.write_text("Only A Headline Here\n", encoding="utf-8"), "no article body"),
    ],
    ids=["empty", "binary", "oversized", "undecodable", "headline-only"],
)
def test_invalid_input_gives_one_line_and_exit_1(
    tmp_path: Path, make: Callable[[Path], object], message: str
) -> None:
    path = tmp_path / "bad.txt"
    make(path)
    code, out, err = run("parse", str(path))
    assert code == EXIT_INVALID
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith(f"archivist: {path}: ")
    assert message in err
    assert "Traceback" not in err


@pytest.mark.parametrize("kind", ["missing", "directory"])
def test_usage_errors_exit_2(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "absent.txt" if kind == "missing" else tmp_path
    code, _, err = run("parse", str(path))
    assert code == EXIT_USAGE
    assert err.startswith(f"archivist: {path}: ")
    assert err.count("\n") == 1


def test_console_script_reports_without_traceback(tmp_path: Path) -> None:
    """The installed `archivist` script, as a user runs it."""
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    script = Path(sys.executable).parent / "archivist"
    done = subprocess.run([str(script), "parse", str(path)], capture_output=True, text=True, check=False)
    assert done.returncode == EXIT_INVALID
    assert done.stderr == f"archivist: {path}: file is empty\n"
    assert done.stdout == ""
