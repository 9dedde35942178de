"""The console entry point ``archivist.cli.run``: a process that only printed (``--help``, ``--version``,
an unknown command) ends without tearing the interpreter down; one that ran a command exits the
ordinary way, so its ``atexit`` handlers, thread joins and file closes all happen."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

# An atexit handler stands for everything an ordinary interpreter shutdown does; whether it ran tells
# which way the process ended.
SCRIPT = (
    "import atexit, sys\n"
    "atexit.register(lambda: print('TEARDOWN', file=sys.stderr))\n"
    "sys.argv = ['archivist', *sys.argv[1:]]\n"
    "from archivist.cli import run\n"
    "run()\n"
)


def run_entry(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", SCRIPT, *args], capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(
    ("args", "code", "out", "err"),
    [
        (("--help",), 0, "Commands:", ""),
        (("--version",), 0, "archivist, version", ""),
        (("no-such-command",), 2, "", "No such command 'no-such-command'"),
    ],
)
def test_printing_only_ends_at_once_with_its_output_and_code(args, code, out, err) -> None:
    done = run_entry(*args)
    assert done.returncode == code
    assert out in done.stdout
    assert err in done.stderr
    assert "TEARDOWN" not in done.stderr


def test_a_command_exits_the_ordinary_way(tmp_path) -> None:
    source = tmp_path / "note.txt"
    source.write_bytes(b"kept as it is\n")
    done = run_entry("bag", str(source), "-o", str(tmp_path / "bag"))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "bag" / "data" / "note.txt").read_bytes() == b"kept as it is\n"
    assert "TEARDOWN" in done.stderr


def test_a_command_help_exits_the_ordinary_way() -> None:
    done = run_entry("bag", "--help")
    assert done.returncode == 0
    assert "Usage: archivist bag" in done.stdout
    assert "TEARDOWN" in done.stderr


def test_the_module_runs_the_same_entry() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "archivist", "--version"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0
    assert done.stdout.startswith("archivist, version")


@pytest.mark.parametrize(("columns", "widest"), [("60", 58), ("200", 98), ("", 78)])
def test_top_help_fits_the_terminal_as_click_would(columns, widest) -> None:
    """The top-level help finds the width without shutil, by click's rule: $COLUMNS (else the terminal,
    else 80), at most max_content_width (100), less 2. (A subprocess: click's CliRunner forces 80.)"""
    env = {**os.environ, "COLUMNS": columns}
    done = subprocess.run(
        [sys.executable, "-m", "archivist", "--help"], capture_output=True, text=True, timeout=120, env=env
    )
    assert done.returncode == 0
    prose = [line for line in done.stdout.splitlines() if not line.lstrip().startswith("archivist ")]
    assert max(map(len, prose)) <= widest
    assert max(map(len, prose)) > widest - 12  # wrapped to that width, not narrower
