from __future__ import annotations

from pathlib import Path

import click

from archivist.cli.common import echo_json, echo_line, one_line_errors
from archivist.validate import KINDS, Report, validate_paths


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--json", "as_json", is_flag=True, help="Print a machine-readable JSON report instead of lines."
)
@click.option("--fast", is_flag=True, help="Bags: check completeness and Payload-Oxum only, without hashing.")
@click.option(
    "--profile",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Bags: also check against this BagIt Profile (JSON, spec 1.3 or 1.4; read locally, never fetched).",
)
@click.option(
    "--kind", type=click.Choice(KINDS), help="Treat every path as this kind instead of detecting it."
)
@click.option("--strict", is_flag=True, help="Treat every warning (a SHOULD, a legacy form) as an error.")
@click.option("-q", "--quiet", is_flag=True, help="Print only problems, not a line per valid path.")
@one_line_errors
def validate(
    paths: tuple[Path, ...],
    as_json: bool,
    fast: bool,
    profile: Path | None,
    kind: str | None,
    strict: bool,
    quiet: bool,
) -> int:
    """Validate records, NewsML-G2, JSON-LD, ninjs and PREMIS documents, and BagIt bags.

    Each PATH's kind is told from its content: a JSON record (schemas/record.schema.json), a NewsML-G2
    item (IPTC 2.35 All-Power XSD plus XHTML body, IDREFs and time zones), schema.org JSON-LD (expanded
    offline against schema.org 30.0: unknown terms and wrong ranges are errors), IPTC ninjs (official
    3.1 JSON Schema), PREMIS 3 (XSD), a BagIt bag, as a directory or a .tar, .tar.gz, .tgz or .zip read
    without unpacking (RFC 8493: every MUST an error, every SHOULD a warning; versions 0.93-0.97 read by
    their own rules), an OCFL storage root or an OCFL object (ocfl-py's E/W codes kept).

    Every problem is one line: file, line or location (XPath, JSON Pointer, bag path), severity,
    message and a stable code in brackets.

    \b
    Exit codes: 0 all valid (warnings allowed unless --strict), 1 any invalid, 2 usage error (e.g. a
    missing path).
    \b
    Examples:
      archivist validate records/*/newsml.xml
      archivist validate bags/* --fast
      archivist validate bag.tar --profile schemas/archivist-bagit-profile.json --json
    """
    validation = validate_paths(paths, kind=kind, fast=fast, profile=profile, strict=strict)
    if as_json:
        echo_json(validation.to_dict())
    else:
        for report in validation.reports:
            _print_report(report, quiet=quiet)
    return validation.exit_code


def _print_report(report: Report, *, quiet: bool) -> None:
    for problem in report.problems:
        line = problem.line() if problem.file else f"{report.path}: {problem.line()}"
        echo_line(line)
    if quiet:
        return
    verdict = "valid" if report.valid else "INVALID"
    extra = f", {len(report.warnings)} warning(s)" if report.warnings else ""
    errors = f", {len(report.errors)} error(s)" if report.errors else ""
    against = f" (profile {report.profile})" if report.profile else ""
    echo_line(f"{report.path}: {verdict} {report.kind}{against}{errors}{extra}")
