"""``archivist --help`` without click (``archivist.__main__``): the same bytes as click prints.

The fast path prints a kept copy of click's output; if the top-level help changes and the copy is not
regenerated, these tests fail instead of the command printing an old text.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from archivist.__main__ import _AS_INSTALLED, _TEXTS, fast_help

# Runs the entry point as the installed script does, and reports whether click was imported.
# (click's main ends with sys.exit: the report is made on the way out.)
_FAST = ("import sys; sys.argv[0] = 'archivist'\nfrom archivist.__main__ import run\ntry:\n    run()\n"
         "finally:\n    print('click imported' if 'click' in sys.modules else '', file=sys.stderr)")


def _run(code: str, columns: int, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env={**os.environ, "COLUMNS": str(columns)}, check=False)


@pytest.mark.parametrize("columns", [80, 100, 132])
@pytest.mark.parametrize("option", ["--help", "-h"])
def test_fast_help_is_clicks_help_byte_for_byte(columns: int, option: str) -> None:
    by_click = _run(_AS_INSTALLED, columns, option)
    fast = _run(_FAST, columns, option)
    assert by_click.returncode == fast.returncode == 0
    assert fast.stdout == by_click.stdout
    assert "Usage: archivist [OPTIONS] COMMAND" in fast.stdout
    assert "click imported" not in fast.stderr  # the kept text was used, not click


def test_other_widths_and_arguments_go_to_click() -> None:
    narrow = _run(_FAST, 60, "--help")
    assert narrow.returncode == 0 and "click imported" in narrow.stderr
    assert narrow.stdout == _run(_AS_INSTALLED, 60, "--help").stdout
    assert fast_help(["archivist", "ingest", "--help"]) is None
    assert fast_help(["archivist", "--help", "x"]) is None
    # python -m archivist: click names the program "python -m archivist", which the kept text is not.
    assert fast_help(["/x/archivist/__main__.py", "--help"]) is None
    assert set(_TEXTS) == {78, 98}
