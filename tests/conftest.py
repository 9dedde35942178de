"""Shared fixtures: hand-built Articles (independent of the parser) and paths to test material."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

# Every JSON Schema validation in the tests runs on both engines and fails on a disagreement
# (archivist.schemacheck); set before any validator is built.
os.environ.setdefault("ARCHIVIST_SCHEMA_CROSSCHECK", "1")

from archivist.record.model import (
    Article,
    Dateline,
    DateValue,
    Image,
    Person,
    Published,
    Quote,
    Related,
    Section,
    Source,
    Span,
    Text,
)

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
REFERENCE = DATA / "reference"
SAMPLE = ROOT / "examples" / "rferl-2005-11-30-washington-iraq-iran.txt"

# A short wire story with every element the record knows; spans index into ARTICLE_TEXT.
ARTICLE_TEXT = (
    "Mayor Opens New River Bridge\n"
    "\n"
    "The new bridge at dusk. (AP Photo/Jane Roe)\n"
    "\n"
    "By JOHN DOE and MARY MAJOR, Associated Press\n"
    "\n"
    "SPRINGFIELD, Ill., March 3, 2021 (AP) — The city opened its new river bridge on Wednesday.\n"
    "\n"
    "\u201cThis bridge joins two halves of one town,\u201d Mayor Ann Lee said. "
    "\u201cIt took ten years.\u201d\n"
    "\n"
    "Traffic\n"
    "\n"
    "Commuters said the crossing now takes five minutes.\n"
    "\n"
    "Related: Council approves budget (more)\n"
    "\n"
    "(END)\n"
)


def _find(needle: str, start: int = 0) -> Span:
    index = ARTICLE_TEXT.index(needle, start)
    return Span(index, index + len(needle))


def _text(needle: str) -> Text:
    return Text(needle, _find(needle))


def make_full_article(text: str = ARTICLE_TEXT) -> Article:
    data = text.encode("utf-8")
    digest = hashlib.sha256(data).hexdigest()
    dateline_text = "SPRINGFIELD, Ill., March 3, 2021 (AP) —"
    first = "SPRINGFIELD, Ill., March 3, 2021 (AP) — The city opened its new river bridge on Wednesday."
    quote_para = ARTICLE_TEXT.split("\n\n")[4]
    part1 = "This bridge joins two halves of one town,"
    part2 = "It took ten years."
    date = DateValue("2021-03-03", "March 3, 2021", _find("March 3, 2021"))
    return Article(
        id=f"2021-03-03-mayor-opens-new-river-bridge-{digest[:12]}",
        source=Source(
            sha256=digest,
            size=len(data),
            encoding="utf-8",
            media_type="text/plain; charset=utf-8",
            filename="bridge.txt",
        ),
        language="en",
        headline=_text("Mayor Opens New River Bridge"),
        summary=None,
        image=Image(
            caption=_text("The new bridge at dusk."),
            credit=_text("AP Photo/Jane Roe"),
            span=_find("The new bridge at dusk. (AP Photo/Jane Roe)"),
        ),
        byline=_text("By JOHN DOE and MARY MAJOR, Associated Press"),
        authors=(
            Person("John Doe", _find("JOHN DOE"), "Associated Press"),
            Person("Mary Major", _find("MARY MAJOR"), "Associated Press"),
        ),
        dateline=Dateline(
            dateline_text,
            _find(dateline_text),
            place=_text("SPRINGFIELD, Ill."),
            date=date,
            agency=_text("AP"),
        ),
        published=Published(date, "dateline"),
        sections=(
            Section(None, (_text(first), _text(quote_para)), Span(_find(first).start, _find(quote_para).end)),
            Section(
                _text("Traffic"),
                (_text("Commuters said the crossing now takes five minutes."),),
                Span(
                    _find("Traffic").start, _find("Commuters said the crossing now takes five minutes.").end
                ),
            ),
        ),
        quotes=(
            Quote(
                text=f"{part1} {part2}",
                span=Span(_find(quote_para).start, _find(part2).end + 1),
                parts=(_text(part1), _text(part2)),
                speaker="Ann Lee",
                speaker_span=_find("Ann Lee"),
            ),
        ),
        related=(
            Related(
                heading=_text("Related:"),
                text=_text("Council approves budget (more)"),
                span=_find("Related: Council approves budget (more)"),
            ),
        ),
        signoff=_text("(END)"),
    )


def make_minimal_article() -> Article:
    """A one-paragraph brief: no image, byline, dateline, date, quotes or sections headings."""
    text = "Storm Closes Schools\n\nAll schools in the county are closed today because of the storm.\n"
    data = text.encode("utf-8")
    digest = hashlib.sha256(data).hexdigest()
    body = "All schools in the county are closed today because of the storm."
    start = text.index(body)
    return Article(
        id=f"undated-storm-closes-schools-{digest[:12]}",
        source=Source(digest, len(data), "utf-8", "text/plain; charset=utf-8", "storm.txt"),
        language="en",
        headline=Text("Storm Closes Schools", Span(0, 20)),
        sections=(
            Section(None, (Text(body, Span(start, start + len(body))),), Span(start, start + len(body))),
        ),
    )


@pytest.fixture
def full_article() -> Article:
    return make_full_article()


@pytest.fixture
def minimal_article() -> Article:
    return make_minimal_article()


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Every attempt to open a connection is recorded and refused."""
    attempts: list[Any] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(args)
        raise OSError("network access attempted in a test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def bag_errors(bag: Path) -> list[str]:
    """The errors archivist's strict validator finds in a bag, one line each."""
    from archivist.validate.bag import bag_problems

    return [p.line() for p in bag_problems(bag) if p.severity == "error"]


class Hang(Exception):
    """Raised by ``time_guard``'s alarm when the guarded work runs too long."""


@contextmanager
def child_temp_dir() -> Iterator[str]:
    """A temporary directory for a child process the test kills with SIGKILL, removed afterwards. A killed
    process runs no clean-up, so what it keeps in its ``TMPDIR`` (an S3 deposit's private tar of the bag,
    multiprocessing's ``pymp-*`` directory of a parent of workers) would otherwise stay in the machine's
    /tmp for good. (A short path is no longer needed for the fork server's UNIX socket, whose path may
    not exceed 107 bytes: ``archivist.batch.pool`` moves it when ``TMPDIR`` is long.)"""
    folder = tempfile.mkdtemp(prefix="killed-")
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def kill_after_bags(command: list[str], out: Path, at_least: int, env: dict[str, str]) -> set[str]:
    """Run ``command`` in a session of its own, SIGKILL the whole session (the command and its workers, as a
    power cut or the OOM killer would) once ``out`` holds ``at_least`` finished bags, and return their names.
    Fails if the run ends, or makes no bags for two minutes, before it can be killed."""
    proc = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True, env=env
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if out.is_dir() and sum(1 for p in out.iterdir() if not p.name.startswith(".")) >= at_least:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the run ended before it could be killed; make the input larger"
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    time.sleep(0.05)  # leftovers of the killed run must be older than the next run's start
    return {p.name for p in out.iterdir() if not p.name.startswith(".")}


@pytest.fixture
def killed_child_env() -> Iterator[dict[str, str]]:
    """The environment for a child process the test kills with SIGKILL: its own ``TMPDIR``
    (``child_temp_dir``), removed after the test."""
    with child_temp_dir() as folder:
        yield {**os.environ, "TMPDIR": folder}


@contextmanager
def time_guard(seconds: int) -> Iterator[None]:
    """Raise ``Hang`` in the main thread after ``seconds`` (guards do not nest)."""

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        raise Hang(f"ran longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


# --- the problem catalogue: every Problem built while the tests run is recorded ---------------------------
# (in this process; subprocess runs are covered by the same code paths run in-process elsewhere)
RAISED_CODES: set[str] = set()


def _record_codes() -> None:
    from archivist.errors import Problem

    convert = Problem.__post_init__

    def recording(self: Problem) -> None:
        RAISED_CODES.add(self.code)
        convert(self)

    Problem.__post_init__ = recording  # type: ignore[method-assign]


_record_codes()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Every code raised by a test is catalogued; after a run of the whole suite, every catalogued code was
    raised by some test (a code no test produces is either dead or untested)."""
    from archivist.catalogue import CODES, describe

    uncatalogued = sorted(code for code in RAISED_CODES if describe(code) is None)
    whole_suite = (
        not session.config.option.keyword
        and not session.config.option.markexpr
        and all(Path(arg).resolve() == ROOT / "tests" for arg in session.config.args)
    )
    unraised = (
        sorted(
            entry.code for entry in CODES if not entry.code.endswith("*") and entry.code not in RAISED_CODES
        )
        if whole_suite
        else []
    )
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    for title, codes in (
        ("raised but not catalogued", uncatalogued),
        ("catalogued but raised by no test", unraised),
    ):
        if codes and reporter is not None:
            reporter.write_line(
                f"problem codes {title} (src/archivist/catalogue.py): {', '.join(codes)}", red=True
            )
    if uncatalogued or unraised:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
