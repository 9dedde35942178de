from __future__ import annotations

from pathlib import Path

import click

from archivist.cli.common import echo_json, echo_line, endpoint_url_option, one_line_errors
from archivist.deposit import Receipt, S3Settings
from archivist.deposit.run import deposit_bags


@click.command()
@click.argument("bags", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--to",
    "targets",
    multiple=True,
    metavar="TARGET",
    help="A path or ocfl:PATH (an OCFL 1.1 storage root, created if absent), s3://BUCKET[/PREFIX], or "
    "dir:PATH (a directory of bags). Repeat it to make several copies [default: repository].",
)
@endpoint_url_option
@click.option(
    "--multipart-threshold",
    type=click.IntRange(min=1),
    default=S3Settings.multipart_threshold,
    show_default=True,
    metavar="BYTES",
    help="S3: tars this large or larger are sent in parts.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the receipts as a JSON array.")
@one_line_errors
def deposit(
    bags: tuple[Path, ...],
    targets: tuple[str, ...],
    endpoint_url: str | None,
    multipart_threshold: int,
    as_json: bool,
) -> int:
    """Validate each BAG and deposit it into every TARGET, proving each transfer.

    A bag is checked first (RFC 8493 strictly, and the archivist BagIt profile); an invalid bag is
    never sent. Each bag is stored under its bag-info.txt External-Identifier.

    \b
    OCFL storage root (the default target):
      the bag becomes an OCFL 1.1 object (whole bag under bag/, tag files included, plus
      deposit/premis.xml, the PREMIS transfer event); a changed bag becomes a new version, an
      identical one changes nothing ("unchanged"). The version is built aside and moved in with
      one rename, so an interrupted deposit leaves nothing partial; run it again to finish.
    S3 (s3://BUCKET/PREFIX):
      the bag's deterministic tar goes to a staging key, is read back and its sha256 compared,
      and only then is copied to PREFIX/<id>.tar (the event to PREFIX/<id>.premis.xml).
      A mismatch publishes nothing and keeps the earlier copy. Credentials come from the usual
      AWS sources (environment, AWS_PROFILE, ~/.aws); transient failures are retried.

    Directory of bags (dir:PATH):
      the bag is copied to PATH/<id>/, validated there, then moved in (the event beside it, as
      PATH/<id>.premis.xml).

    Several --to make several copies: every bag goes to every target, each proven on its own; a
    target that fails does not stop the others. A receipt (target, object id, version or key,
    checksums, sizes, times; with several targets a "copies" list, one entry per target) is written
    beside each bag as <bag>.deposit.json; the bag itself is never modified.

    \b
    Examples:
      archivist deposit bags/* --to repository
      archivist deposit bags/a1 --to ocfl:/srv/ocfl --json
      archivist deposit bags/* --to s3://preservation/news --endpoint-url http://127.0.0.1:9000
      archivist deposit bags/* --to /srv/ocfl --to s3://preservation/news --to dir:/mnt/tape/bags

    Exit codes: 0 every copy deposited or unchanged, 1 a bag was invalid or a copy failed (the other
    bags and targets still ran; one line each on stderr), 2 usage error; 143, 129, 130 stopped by
    SIGTERM, SIGHUP or Ctrl-C (nothing partial published, nothing temporary left: run it again).
    """

    def show(bag: Path, receipt: Receipt) -> None:
        for copy in receipt.copies or [receipt.to_dict()]:
            if copy["outcome"] != "failed":
                where = copy.get("version") or copy.get("key") or copy.get("location")
                echo_line(f"{copy['outcome']}: {bag} -> {copy['target']} {receipt.object_id} {where}")

    run = deposit_bags(
        bags,
        list(targets) or ["repository"],
        endpoint_url=endpoint_url,
        s3_settings=S3Settings(multipart_threshold=multipart_threshold),
        on_receipt=None if as_json else show,
        on_failure=lambda line: echo_line(f"archivist: {line}", err=True),
    )
    if as_json:
        echo_json([receipt.to_dict() for receipt in run.receipts])
    if run.summary:
        echo_line(f"archivist: {run.summary}", err=True)
    return run.exit_code
