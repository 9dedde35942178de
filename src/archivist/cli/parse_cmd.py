from __future__ import annotations

import sys
from pathlib import Path

import click

from archivist.cli.common import one_line_errors
from archivist.fsutil import write_atomic
from archivist.parse import parse_file
from archivist.record import dump_record


@click.command()
@click.argument("article", type=click.Path(path_type=Path))
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), help="Write the record to this file instead of stdout."
)
@click.option("--url", help="The URL the article was published at, recorded as its source.")
@one_line_errors
def parse(article: Path, output: Path | None, url: str | None) -> None:
    """Read ARTICLE (plain text) and print its record as JSON.

    The record (described by schemas/record.schema.json, validated before it is written) gives the
    headline, summary, image caption and credit, byline and authors, dateline, publication date,
    sections, quotations with their speakers, related-content boxes and sign-off, each with its span:
    character offsets into the decoded source text.

    \b
    Examples:
      archivist parse story.txt
      archivist parse story.txt -o story.record.json
    """
    data = dump_record(parse_file(article, url=url))
    if output is None:
        sys.stdout.buffer.write(data)
    else:
        write_atomic(output, data)
