"""The ``archivist`` command's entry point (the script and ``python -m archivist``).

``archivist --help`` is answered here, without importing click (≈ 40 ms, half of the goal of 80 ms for
the whole command): the text is click's own output for the two widths click computes for a terminal of
80 columns (also a pipe or a file) and of 100 or more, kept here verbatim. At any other width, or for
anything else, click runs as usual. ``tests/test_cli_help_fast.py`` compares both texts with what click
prints, byte for byte; after a change to the top-level help, regenerate them with
``python -m archivist.__main__ --regenerate-help`` and paste the output over ``_TEXTS``.
"""

from __future__ import annotations

import os
import sys

# click's HelpFormatter: width = max(min(terminal columns, max_content_width=100) - 2, 50).
_MAX_CONTENT_WIDTH = 100
_TEXTS = {
    78: (
        'Usage: archivist [OPTIONS] COMMAND [ARGS]...\n'
        '\n'
        '  archivist: archive news articles so they stay readable, findable and\n'
        '  provably unaltered.\n'
        '\n'
        "  It reads an article's structure (headline, byline, dateline, sections,\n"
        '  quotations...), writes schema-validated metadata (a canonical JSON record,\n'
        '  IPTC NewsML-G2 2.35, schema.org JSON-LD, IPTC ninjs), packages the untouched\n'
        '  original with its metadata as a BagIt 1.0 bag with PREMIS events, and\n'
        '  deposits bags into an OCFL repository or S3-compatible storage.\n'
        '\n'
        'Options:\n'
        '  -V, --version  Show the version and exit.\n'
        '  -h, --help     Show this message and exit.\n'
        '\n'
        'Commands:\n'
        "  parse     Read an article's structure and print its record as JSON.\n"
        '  render    Write NewsML-G2, JSON-LD and ninjs for an article or record.\n'
        '  validate  Validate records, NewsML-G2, JSON-LD, ninjs documents and BagIt\n'
        '            bags.\n'
        '  ingest    Turn articles into validated BagIt bags (one bag per article).\n'
        '  bag       Package any files or directories as a BagIt bag.\n'
        '  deposit   Deposit bags into an OCFL storage root, S3-compatible storage or a\n'
        '            directory.\n'
        '  audit     Verify every copy of every deposited object, log the checks,\n'
        '            repair from a good copy.\n'
        '\n'
        '  Typical use:\n'
        '\n'
        '    archivist parse article.txt              # the record, as JSON\n'
        '    archivist render article.txt -o out/     # record + NewsML-G2 + JSON-LD + ninjs\n'
        '    archivist ingest articles/ -o bags/      # one validated BagIt bag per article\n'
        '    archivist validate bags/*                # RFC 8493, strictly\n'
        '    archivist deposit bags/* --to repository # into an OCFL storage root\n'
        '    archivist audit repository               # every copy verified, checks logged\n'
        '\n'
        '  Exit codes: 0 success, 1 invalid input or failed items, 2 usage error.\n'
        '  SOURCE_DATE_EPOCH makes every written time reproducible.\n'
    ),
    98: (
        'Usage: archivist [OPTIONS] COMMAND [ARGS]...\n'
        '\n'
        '  archivist: archive news articles so they stay readable, findable and provably unaltered.\n'
        '\n'
        "  It reads an article's structure (headline, byline, dateline, sections, quotations...), writes\n"
        '  schema-validated metadata (a canonical JSON record, IPTC NewsML-G2 2.35, schema.org JSON-LD,\n'
        '  IPTC ninjs), packages the untouched original with its metadata as a BagIt 1.0 bag with PREMIS\n'
        '  events, and deposits bags into an OCFL repository or S3-compatible storage.\n'
        '\n'
        'Options:\n'
        '  -V, --version  Show the version and exit.\n'
        '  -h, --help     Show this message and exit.\n'
        '\n'
        'Commands:\n'
        "  parse     Read an article's structure and print its record as JSON.\n"
        '  render    Write NewsML-G2, JSON-LD and ninjs for an article or record.\n'
        '  validate  Validate records, NewsML-G2, JSON-LD, ninjs documents and BagIt bags.\n'
        '  ingest    Turn articles into validated BagIt bags (one bag per article).\n'
        '  bag       Package any files or directories as a BagIt bag.\n'
        '  deposit   Deposit bags into an OCFL storage root, S3-compatible storage or a directory.\n'
        '  audit     Verify every copy of every deposited object, log the checks, repair from a good copy.\n'
        '\n'
        '  Typical use:\n'
        '\n'
        '    archivist parse article.txt              # the record, as JSON\n'
        '    archivist render article.txt -o out/     # record + NewsML-G2 + JSON-LD + ninjs\n'
        '    archivist ingest articles/ -o bags/      # one validated BagIt bag per article\n'
        '    archivist validate bags/*                # RFC 8493, strictly\n'
        '    archivist deposit bags/* --to repository # into an OCFL storage root\n'
        '    archivist audit repository               # every copy verified, checks logged\n'
        '\n'
        '  Exit codes: 0 success, 1 invalid input or failed items, 2 usage error. SOURCE_DATE_EPOCH makes\n'
        '  every written time reproducible.\n'
    ),
}


def help_width() -> int:
    """The width click's help formatter would use in this terminal (``shutil.get_terminal_size``)."""
    import shutil

    return max(min(shutil.get_terminal_size().columns, _MAX_CONTENT_WIDTH) - 2, 50)


def fast_help(argv: list[str]) -> str | None:
    """The top-level help text when ``argv`` (``sys.argv``) asks only for it, and click would print
    one of the texts kept here."""
    if argv[1:] not in (["--help"], ["-h"]) or os.path.basename(argv[0]) != "archivist":
        return None  # click names the program after argv[0] (``python -m archivist`` for -m)
    return _TEXTS.get(help_width())


def run() -> None:
    text = fast_help(sys.argv)
    if text is not None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    from archivist.cli import main

    main()


# click as the installed script runs it: the program named ``archivist``.
_AS_INSTALLED = "import sys; sys.argv[0] = 'archivist'; from archivist.cli import main; main()"


def _regenerate_help() -> str:
    """``_TEXTS`` as Python source, from click's own output at each width."""
    import subprocess

    lines = ["_TEXTS = {"]
    for width in sorted(_TEXTS):
        columns = width + 2
        printed = subprocess.run(
            [sys.executable, "-c", _AS_INSTALLED, "--help"],
            capture_output=True, text=True, check=True, env={**os.environ, "COLUMNS": str(columns)},
        ).stdout
        lines += [f"    {width}: (", *(f"        {line!r}" for line in printed.splitlines(keepends=True)),
                  "    ),"]
    return "\n".join([*lines, "}"])


if __name__ == "__main__":
    if sys.argv[1:] == ["--regenerate-help"]:
        print(_regenerate_help())
    else:
        run()
