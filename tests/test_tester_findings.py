"""Issue 13, the tester's findings outside bag reading: system damage, denial of service, tracebacks,
terminal escapes. Each test failed before its fix (docs/reliability.md, "Issue 13 — tester findings").

Nothing here touches the machine's own /dev: devices are made with ``os.mknod`` in a temporary
directory (the tests run as root; otherwise the /dev/null check below runs, guarded), and an autouse
guard makes any rename over something that is not a regular file fail instead of happening.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from archivist.cli import main
from conftest import Hang, make_full_article, time_guard

ARTICLE = (
    "Harbour Ferry Returns After Repairs\n\n"
    "By Ann Writer\n\n"
    "PORTVILLE, May 4, 2024 - The harbour ferry returned to service on Saturday after six weeks"
    " of repairs.\n\n"
    "\u201cWe missed it every morning,\u201d said one commuter.\n"
)


@pytest.fixture(autouse=True)
def never_replace_special_files(monkeypatch: pytest.MonkeyPatch) -> None:
    """Before the fix, ``-o DEVICE`` renamed a regular file over the device: make that an error here."""
    real_replace, real_rename = os.replace, os.rename

    def guarded(real):  # type: ignore[no-untyped-def]
        def call(src, dst, *args, **kwargs):  # type: ignore[no-untyped-def]
            try:
                mode = os.lstat(dst).st_mode
            except OSError:
                mode = stat.S_IFREG
            if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
                raise AssertionError(f"would replace a non-regular file: {dst}")
            return real(src, dst, *args, **kwargs)

        return call

    monkeypatch.setattr(os, "replace", guarded(real_replace))
    monkeypatch.setattr(os, "rename", guarded(real_rename))


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    if isinstance(result.exception, Hang):  # the runner catches everything; a hang must fail the test
        raise result.exception
    assert "Traceback" not in result.output + result.stderr
    return result.exit_code, result.stdout, result.stderr


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("archivist: "), err
    return lines[0]


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "ferry.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


# -- system damage: -o PATH never replaces what is not a regular file -------------------------------------


def test_output_to_a_fifo_with_a_reader_is_written_through(article: Path, tmp_path: Path) -> None:
    pipe = fifo(tmp_path / "pipe")
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    reader.start()
    time.sleep(0.2)
    with time_guard(30):
        code, _, err = run("parse", str(article), "-o", str(pipe))
    reader.join(10)
    assert code == 0, err
    assert json.loads(received[0])["headline"]["text"] == "Harbour Ferry Returns After Repairs"
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)


def test_output_to_a_fifo_nobody_reads_is_refused_not_replaced(article: Path, tmp_path: Path) -> None:
    pipe = fifo(tmp_path / "pipe")
    with time_guard(30):
        code, _, err = run("parse", str(article), "-o", str(pipe))
    assert code == 1 and "FIFO that nobody is reading" in one_line(err)
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)


def test_output_to_a_symlink_writes_its_target_and_keeps_the_link(article: Path, tmp_path: Path) -> None:
    target = tmp_path / "records" / "ferry.json"
    target.parent.mkdir()
    target.write_text("old")
    link = tmp_path / "latest.json"
    link.symlink_to(target)
    code, _, err = run("parse", str(article), "-o", str(link))
    assert code == 0, err
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert json.loads(target.read_bytes())["source"]["filename"] == "ferry.txt"
    dangling = tmp_path / "dangling.json"
    dangling.symlink_to(tmp_path / "records" / "new.json")
    assert run("parse", str(article), "-o", str(dangling))[0] == 0
    assert dangling.is_symlink() and (tmp_path / "records" / "new.json").is_file()


def test_output_to_a_character_device_is_written_through(article: Path, tmp_path: Path) -> None:
    if os.geteuid() == 0:
        device = tmp_path / "null"
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a /dev/null of our own
    else:  # safe once fixed; the autouse guard turns the old behaviour into a failure, not damage
        device = Path("/dev/null")
    code, _, err = run("parse", str(article), "-o", str(device))
    assert code == 0, err
    assert stat.S_ISCHR(os.lstat(device).st_mode)
    code, _, err = run("render", str(article), "-o", str(tmp_path / "docs"))
    assert code == 0, err
    (tmp_path / "docs" / "ninjs.json").unlink()
    os.symlink(device, tmp_path / "docs" / "ninjs.json")
    assert run("render", str(article), "-o", str(tmp_path / "docs"))[0] == 0
    assert stat.S_ISCHR(os.stat(tmp_path / "docs" / "ninjs.json").st_mode)


def test_output_to_dev_stdout_like_link_reaches_stdout(article: Path, tmp_path: Path) -> None:
    link = tmp_path / "stdout"
    link.symlink_to("/proc/self/fd/1")  # what /dev/stdout is, without touching /dev/stdout
    result = subprocess.run(
        [sys.executable, "-m", "archivist", "parse", str(article), "-o", str(link)],
        capture_output=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["source"]["filename"] == "ferry.txt"
    assert link.is_symlink()


def test_report_to_a_symlink_or_fifo_is_never_replaced(article: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.jsonl"
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    code, _, err = run("ingest", str(article), "-o", str(tmp_path / "bags"), "--report", str(link))
    assert code == 0, err
    assert link.is_symlink() and json.loads(target.read_text())["status"] == "ingested"
    pipe = fifo(tmp_path / "pipe")
    with time_guard(60):
        code, _, err = run("ingest", str(article), "-o", str(tmp_path / "bags"), "--report", str(pipe))
    assert code == 1 and "nobody is reading" in err
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)


# -- denial of service: FIFOs and devices are refused before they are read ----------------------------------


@pytest.mark.parametrize("kind", ["fifo", "zero"])
def test_parse_validate_render_refuse_fifos_and_devices(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "story.txt"
    if kind == "fifo":
        fifo(path)
    else:
        path.symlink_to("/dev/zero")
    for command in (["parse", str(path)], ["render", str(path), "-o", str(tmp_path / "out")]):
        with time_guard(20):
            code, _, err = run(*command)
        assert code == 1 and "not a regular file" in one_line(err), command
    for name in ("story.txt", "story.json", "story.tar"):
        other = tmp_path / name
        if not os.path.lexists(other):
            other.symlink_to(path)
        with time_guard(20):
            code, out, _ = run("validate", str(other))
        assert code == 1 and "not a regular file" in out and "[kind.not-regular]" in out
    with time_guard(20):
        code, _, err = run("validate", "--profile", str(path), str(tmp_path))
    assert code == 1 and "not a regular file" in one_line(err)


def test_one_fifo_in_a_directory_fails_alone(tmp_path: Path, article: Path) -> None:
    collection = tmp_path / "collection"
    collection.mkdir()
    (collection / "a.txt").write_bytes(article.read_bytes())
    fifo(collection / "b.txt")
    (collection / "c.txt").symlink_to("/dev/zero")
    with time_guard(120):
        code, _, err = run("ingest", str(collection), "-o", str(tmp_path / "bags"))
    assert code == 1
    assert err.count("not a regular file") == 2, err
    assert len(list((tmp_path / "bags").iterdir())) == 1


def test_bag_refuses_a_fifo_payload(tmp_path: Path) -> None:
    pipe = fifo(tmp_path / "pipe")
    with time_guard(30):
        code, _, err = run("bag", str(pipe), "-o", str(tmp_path / "bag"))
    assert code == 1 and one_line(err)
    assert not (tmp_path / "bag").exists()


# -- tracebacks ----------------------------------------------------------------------------------------------


def test_json_integers_past_the_digit_limit(tmp_path: Path) -> None:
    record = tmp_path / "story.json"
    record.write_text('{"record_version": ' + "1" * 5000 + ', "source": {}}')
    code, out, _ = run("validate", str(record))
    assert code == 1 and "4300 digits" in out
    code, _, err = run("render", str(record), "-o", str(tmp_path / "out"))
    assert code == 1 and "4300 digits" in one_line(err)


def test_a_lone_surrogate_in_a_record_is_refused_at_load(tmp_path: Path) -> None:
    record = tmp_path / "story.json"
    from archivist.record import dump_record

    data = json.loads(dump_record(make_full_article()))
    data["headline"]["text"] = "Mayor Opens New River Bridge \ud800"
    record.write_text(json.dumps(data))  # ensure_ascii: the surrogate is a \\ud800 escape
    code, _, err = run("render", str(record), "-o", str(tmp_path / "out"))
    assert code == 1 and "lone surrogate" in one_line(err)
    assert not (tmp_path / "out").exists()


def test_non_utf8_article_name_in_report(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.txt")
    (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    report = tmp_path / "report.jsonl"
    code, _, err = run("ingest", str(tmp_path / name), "-o", str(tmp_path / "bags"), "--report", str(report))
    assert code == 0, err
    assert json.loads(report.read_bytes().decode("utf-8"))["source"].endswith("caf%E9.txt")


def test_control_character_in_an_article_name_is_archived(tmp_path: Path) -> None:
    path = tmp_path / "ferry\x1b[2J\x07.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, _, err = run("ingest", str(path), "-o", str(tmp_path / "bags"))
    assert code == 0, err
    [bag] = (tmp_path / "bags").iterdir()
    assert [p.name for p in (bag / "data" / "source").iterdir()] == ["ferry%1B[2J%07.txt"]


# -- containment: names are escaped in every printed line --------------------------------------------------


def test_terminal_escapes_in_names_are_escaped(tmp_path: Path) -> None:
    hostile = tmp_path / "x\x1b]0;pwned\x07\x1b[2J\n.txt"
    code, _, err = run("parse", str(hostile))
    assert code == 2 and "\x1b" not in err and "\\x1b]0;pwned\\x07" in one_line(err)
    hostile.write_text("{not json", encoding="utf-8")
    code, out, _ = run("validate", str(hostile))
    assert code == 1 and "\x1b" not in out and "\x07" not in out and "\\x1b[2J" in out


def test_clicks_own_usage_errors_escape_names_too(tmp_path: Path) -> None:
    """click refuses a missing path itself ("Path '…' does not exist") and escapes the name in its own
    line; this keeps it so, as for archivist's lines."""
    hostile = tmp_path / "gone\x1b]0;pwned\x07\x1b[2J"
    result = CliRunner().invoke(main, ["bag", str(hostile), "-o", str(tmp_path / "bag")])
    assert result.exit_code == 2
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "gone\\x1b]0;pwned\\x07\\x1b[2J' does not exist" in result.output


def test_json_output_escapes_c1_controls(tmp_path: Path) -> None:
    """JSON escapes C0 controls but passes C1 through; 0x9B is a one-byte CSI on some terminals."""
    hostile = tmp_path / "csi\x9b2J.json"
    hostile.write_bytes(b'{"weather": "fine"}')
    result = CliRunner().invoke(main, ["validate", "--json", str(hostile)])
    assert result.exit_code == 1 and "\x9b" not in result.output
    report = json.loads(result.output)["reports"][0]
    assert report["path"] == str(hostile)  # the \u009b escape decodes back to the name


# -- quadratic time ------------------------------------------------------------------------------------------


def test_render_is_linear_in_quotation_fragments() -> None:
    from archivist.record.model import Article, Quote, Section, Span, Text
    from archivist.render.xhtml import quote_fragment_ids, render_xhtml

    base = make_full_article()
    count = 4000
    paragraphs, quotes, offset = [], [], 0
    for number in range(count):
        text = f"\u201cLine {number}.\u201d"
        paragraphs.append(Text(text, Span(offset, offset + len(text))))
        quotes.append(
            Quote(
                f"Line {number}.",
                Span(offset, offset + len(text)),
                (Text(f"Line {number}.", Span(offset + 1, offset + len(text) - 1)),),
            )
        )
        offset += len(text) + 2
    article = Article(
        **{
            **base.__dict__,
            "sections": (Section(None, tuple(paragraphs), Span(0, offset)),),
            "quotes": tuple(quotes),
        }
    )
    started = time.process_time()
    with time_guard(60):
        ids = quote_fragment_ids(article)
        render_xhtml(article)
    assert [i for _, i in ids][-1] == [f"quote-{count}-1"]
    assert time.process_time() - started < 5  # 4,000 fragments: ~32 s before, ~0.2 s after


def test_newsml_validation_is_linear_in_sibling_problems() -> None:
    from archivist.validate.newsml import newsml_problems
    from conftest import ROOT

    document = (ROOT / "records" / "rferl-2005-11-30-washington-iraq-iran" / "newsml.xml").read_bytes()
    count = 8000
    document = document.replace(b"</body>", b'<foo xmlns="urn:x"/>' * count + b"</body>", 1)
    started = time.process_time()
    with time_guard(60):
        problems = newsml_problems(document)
    assert len(problems) == count and problems[-1].location.endswith(f"[{count}]")
    assert time.process_time() - started < 5  # 8,000 problems: ~40 s before, ~0.3 s after
