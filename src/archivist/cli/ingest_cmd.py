from __future__ import annotations

import sys
from pathlib import Path

import click

from archivist.cli.common import config_option, echo_json, echo_line, endpoint_url_option, one_line_errors


@click.command()
@click.argument("inputs", nargs=-1, metavar="ARTICLE_OR_DIR_OR_GLOB...")
@click.option(
    "-o",
    "--output",
    required=True,
    metavar="DIR",
    help="Where the bags go: a directory (one bag per article, DIR/<record id>/), "
    "or s3://bucket/prefix (each bag deposited there as a tar).",
)
@click.option(
    "--from",
    "from_file",
    type=click.Path(path_type=Path, allow_dash=True),
    metavar="FILE",
    help="Also ingest the paths listed in FILE, one a line ('-' reads stdin).",
)
@click.option(
    "-j",
    "--jobs",
    type=int,
    default=None,
    metavar="N",
    help="Local worker processes [default: the number of cores].",
)
@click.option(
    "--cluster",
    metavar="ADDRESS",
    help="Run on the Dask cluster whose scheduler is at ADDRESS (tcp://host:8786) instead.",
)
@click.option("--tar", is_flag=True, help="Also write each bag as DIR/<record id>.tar.")
@click.option(
    "--deposit",
    metavar="TARGET",
    multiple=True,
    help="Deposit each bag as it is made: an OCFL storage root, s3://bucket/prefix or dir:PATH; "
    "repeat it for several copies.",
)
@endpoint_url_option
@click.option(
    "--report",
    type=click.Path(path_type=Path, dir_okay=False),
    metavar="FILE",
    help="Write every article's outcome to FILE as JSON Lines, as the run goes.",
)
@config_option("config")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON on stdout.")
@one_line_errors
def ingest(
    inputs: tuple[str, ...],
    output: str,
    from_file: Path | None,
    jobs: int | None,
    cluster: str | None,
    tar: bool,
    deposit: tuple[str, ...],
    endpoint_url: str | None,
    report: Path | None,
    config: Path | None,
    as_json: bool,
) -> int:
    """Turn articles into validated BagIt 1.0 bags, one bag per article.

    Each bag, DIR/<record id>/, holds the original file byte for byte, its metadata (record, NewsML-G2,
    JSON-LD, ninjs), manifests and PREMIS events. Give files, directories (walked recursively; hidden
    names skipped), glob patterns (quote them) or a list file. One bad article never stops the run: it
    is reported with its reason and the rest go on. A run that was killed can simply be run again: bags
    already made are verified and skipped, and half-made ones from the killed run are cleared.

    A web archive (WARC or ARC, gzipped or not, told by its content) gives one bag per article page in
    it, keeping the page's own records byte for byte; its other records (images, robots.txt, non-200
    responses, revisits, pages without an article) are skipped with a reason, not failed. A damaged
    stretch of an archive is one failed line naming the file and offset; the records around it still go.

    A progress bar is shown when stderr is a terminal; then a summary: ingested, already present,
    failed with the reason for each, skipped web-archive records by reason.

    \b
    Examples:
      archivist ingest story.txt -o bags/
      archivist ingest articles/ -o bags/ --jobs 8 --report run.jsonl
      archivist ingest 'feeds/2005-*/*.txt' -o bags/ --tar
      archivist ingest crawl.warc.gz -o bags/ --jobs 4 --report crawl.jsonl
      find /data/wire -name '*.txt' | archivist ingest --from - -o bags/
      archivist ingest articles/ -o bags/ --deposit /repo/ocfl-root
      archivist ingest /shared/articles -o /shared/bags --cluster tcp://10.0.0.5:8786
      archivist ingest /shared/articles -o s3://archive/bags --cluster tcp://10.0.0.5:8786 \\
          --endpoint-url https://minio.example.org

    \b
    Exit codes:
      0  every article was ingested or already present (skipped web-archive records do not count)
      1  at least one article failed, or a web archive is damaged (all the others were still done)
      2  usage error (no inputs, a missing path, a bad option)
      143, 129, 130  stopped by SIGTERM, SIGHUP or Ctrl-C: workers stopped, staged bags removed,
         nothing temporary left; run it again to finish
    """
    from archivist.batch import ingest_collection
    from archivist.batch.inputs import check_specs
    from archivist.batch.report import failure_line
    from archivist.cli.progress import progress_for
    from archivist.config import load_config
    from archivist.errors import UsageError

    if not inputs and from_file is None:
        raise UsageError("nothing to ingest: give articles, directories or glob patterns, or --from FILE")
    check_specs(inputs, from_file)
    settings = load_config(config)
    progress = progress_for(sys.stderr)
    try:
        summary = ingest_collection(
            list(inputs),
            output,
            jobs=jobs,
            cluster=cluster,
            tar=tar,
            deposit=deposit,
            endpoint_url=endpoint_url,
            report=report,
            progress=progress,
            config=settings,
            from_file=from_file,
        )
    finally:
        progress.close()
    # Failures go to stderr, one line each, whatever the format; stdout carries only the summary.
    for failure in summary.failures:
        echo_line(f"archivist: failed: {failure_line(failure['source'], failure['error'])}", err=True)
    if summary.failures_not_kept:
        echo_line(f"archivist: ... and {summary.failures_not_kept} more failures (see --report)", err=True)
    if summary.total == 0:
        echo_line("archivist: no articles found in the inputs given", err=True)
    if as_json:
        echo_json(summary.to_dict())
    else:
        for line in summary.count_lines():  # the failures are on stderr already
            echo_line(line)
    return summary.exit_code
