from __future__ import annotations

from pathlib import Path

import click

from archivist.cli.common import echo_json, echo_line, one_line_errors
from archivist.deposit import Receipt, S3Settings
from archivist.deposit.run import deposit_bags


@click.command()
@click.argument("bags", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--to",
    "target",
    default="repository",
    show_default=True,
    metavar="TARGET",
    help="A path or ocfl:PATH (an OCFL 1.1 storage root, created if absent) or s3://BUCKET[/PREFIX].",
)
@click.option(
    "--endpoint-url", metavar="URL", help="S3 API endpoint (MinIO, Ceph, a test server); default AWS."
)
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
    bags: tuple[Path, ...], target: str, endpoint_url: str | None, multipart_threshold: int, as_json: bool
) -> int:
    """Validate each BAG and deposit it into TARGET, proving the transfer.

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

    A receipt (target, object id, version or key, checksums, sizes, times) is written beside each
    bag as <bag>.deposit.json; the bag itself is never modified.

    \b
    Examples:
      archivist deposit bags/* --to repository
      archivist deposit bags/a1 --to ocfl:/srv/ocfl --json
      archivist deposit bags/* --to s3://preservation/news --endpoint-url http://127.0.0.1:9000

    Exit codes: 0 all deposited or unchanged, 1 a bag was invalid or a deposit failed (the other
    bags still ran; one line each on stderr), 2 usage error.
    """
    def show(bag: Path, receipt: Receipt) -> None:
        where = receipt.version or receipt.key
        echo_line(f"{receipt.outcome}: {bag} -> {receipt.target} {receipt.object_id} {where}")

    run = deposit_bags(
        bags, target, endpoint_url=endpoint_url,
        s3_settings=S3Settings(multipart_threshold=multipart_threshold),
        on_receipt=None if as_json else show,
        on_failure=lambda line: echo_line(f"archivist: {line}", err=True),
    )
    if as_json:
        echo_json([receipt.to_dict() for receipt in run.receipts])
    if run.summary:
        echo_line(f"archivist: {run.summary}", err=True)
    return run.exit_code
