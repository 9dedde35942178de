"""The `archivist` command: a thin shell over the library; each command lives in its own module
and calls one library function.

Exit codes: 0 success, 1 invalid input or a failed item, 2 usage error; stopped by a signal, 128 + its
number after unwinding (130 Ctrl-C, 143 SIGTERM, 129 SIGHUP).
"""

from __future__ import annotations

import importlib
import os
import sys
import threading

import click

from archivist import __version__
from archivist.termination import Terminated, stop_on_signals

# command name -> "module:function"; modules are imported only when their command runs,
# so `archivist --help` stays fast and one command's heavy imports never slow another.
COMMANDS: dict[str, str] = {
    "parse": "archivist.cli.parse_cmd:parse",
    "render": "archivist.cli.render_cmd:render",
    "validate": "archivist.cli.validate_cmd:validate",
    "ingest": "archivist.cli.ingest_cmd:ingest",
    "bag": "archivist.cli.bag_cmd:bag",
    "deposit": "archivist.cli.deposit_cmd:deposit",
    "audit": "archivist.cli.audit_cmd:audit",
}

SHORT_HELP: dict[str, str] = {
    "parse": "Read an article's structure and print its record as JSON.",
    "render": "Write NewsML-G2, JSON-LD and ninjs for an article or record.",
    "validate": "Validate records, NewsML-G2, JSON-LD, ninjs documents and BagIt bags.",
    "ingest": "Turn articles into validated BagIt bags (one bag per article).",
    "bag": "Package any files or directories as a BagIt bag.",
    "deposit": "Deposit bags into an OCFL storage root, S3-compatible storage or a directory.",
    "audit": "Verify every copy of every deposited object, log the checks, repair from a good copy.",
}


class _HelpFormatter(click.HelpFormatter):
    """click's formatter, the width found without ``shutil``: click imports it only to ask the terminal's
    width, and ``shutil`` brings zlib, bz2 and lzma with it (3 % of ``archivist --help``'s instructions).
    The width is click's: the terminal's (``$COLUMNS`` first, as ``shutil`` does), at most
    ``max_width``, less 2, at least 50; 80 columns when there is no terminal."""

    def __init__(
        self, indent_increment: int = 2, width: int | None = None, max_width: int | None = None
    ) -> None:
        if width is None and click.formatting.FORCED_WIDTH is None:
            width = max(min(_terminal_columns(), max_width or 80) - 2, 50)
        super().__init__(indent_increment, width, max_width)


def _terminal_columns() -> int:
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class _Context(click.Context):
    formatter_class = _HelpFormatter


class LazyGroup(click.Group):
    context_class = _Context

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        return getattr(importlib.import_module(module_name), attr)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, SHORT_HELP[name]) for name in COMMANDS]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(
    cls=LazyGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog=(
        "Typical use:\n\n"
        "\b\n"
        "  archivist parse article.txt              # the record, as JSON\n"
        "  archivist render article.txt -o out/     # record + NewsML-G2 + JSON-LD + ninjs\n"
        "  archivist ingest articles/ -o bags/      # one validated BagIt bag per article\n"
        "  archivist validate bags/*                # RFC 8493, strictly\n"
        "  archivist deposit bags/* --to repository # into an OCFL storage root\n"
        "  archivist audit repository               # every copy verified, checks logged\n\n"
        "Exit codes: 0 success, 1 invalid input or failed items, 2 usage error; stopped by Ctrl-C, "
        "SIGTERM or SIGHUP: 130, 143, 129 (128 + the signal's number), after removing what it had "
        "half-made. "
        "SOURCE_DATE_EPOCH makes every written time reproducible."
    ),
)
@click.version_option(__version__, "-V", "--version", prog_name="archivist")
def main() -> None:
    """archivist: archive news articles so they stay readable, findable and provably unaltered.

    It reads an article's structure (headline, byline, dateline, sections, quotations...), writes
    schema-validated metadata (a canonical JSON record, IPTC NewsML-G2 2.35, schema.org JSON-LD,
    IPTC ninjs), packages the untouched original with its metadata as a BagIt 1.0 bag with PREMIS
    events, and deposits bags into an OCFL repository or S3-compatible storage.
    """


def run() -> None:
    """The ``archivist`` console script and ``python -m archivist``: ``main`` with a quicker way out when
    all it did was print (``--help``, ``--version``, no command or an unknown one).

    Tearing the interpreter down after ``import click`` costs as much as a seventh of ``archivist
    --help`` (issue 14: ≤ 80 ms): module dictionaries cleared one by one, a final garbage collection.
    When no command module was loaded there is nothing to tear down that matters (no open file but the
    standard streams, no thread, no ``atexit`` handler of ours), so the process flushes its output and
    ends there. Anything else (a command ran) exits the ordinary way. Tests call ``main`` through
    click's runner, never this.

    SIGTERM and SIGHUP stop the command by unwinding it, as Ctrl-C does (``archivist.termination``);
    a command reports that itself (``cli.common.one_line_errors``), this only when it came before one ran.
    """
    stop_on_signals()
    try:
        main()
    except Terminated as stop:
        from archivist.cli.common import fail

        fail(stop.line(), stop.exit_code)
    except SystemExit as done:
        if isinstance(done.code, (int, type(None))) and _printed_only():
            try:
                sys.stdout.flush()
                sys.stderr.flush()
            except (OSError, ValueError):
                raise done from None  # a closed or broken stream: let Python report it as usual
            os._exit(done.code or 0)
        raise


def _printed_only() -> bool:
    """No command was resolved (so none of its modules ran) and no other thread exists."""
    loaded = {target.split(":")[0] for target in COMMANDS.values()} & sys.modules.keys()
    return not loaded and threading.active_count() == 1
