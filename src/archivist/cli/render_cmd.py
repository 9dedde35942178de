from __future__ import annotations

from pathlib import Path

import click

from archivist.cli.common import config_option, echo_json, echo_line, one_line_errors
from archivist.config import load_config
from archivist.parse import parse_file
from archivist.record import Article, load_record
from archivist.render import write_documents
from archivist.render.context import RenderContext


@click.command()
@click.argument("article_or_record", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    "output",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Directory to write the documents into (created if missing).",
)
@config_option()
@click.option("--url", help="The URL the article was published at (NewsML-G2 origRep, JSON-LD url).")
@click.option("--json", "as_json", is_flag=True, help="Print what was written as JSON.")
@one_line_errors
def render(
    article_or_record: Path, output: Path, config_path: Path | None, url: str | None, as_json: bool
) -> None:
    """Write the metadata documents for an article (plain text) or an existing record (JSON).

    \b
    Into OUTPUT it writes:
      record.json          the canonical record (schemas/record.schema.json)
      newsml.xml           IPTC NewsML-G2 2.35 text item (conformance="power")
      newsml-picture.xml   NewsML-G2 picture item, when the article has an image reference
      article.jsonld       schema.org NewsArticle (checked against schema.org 30.0, offline)
      ninjs.json           IPTC ninjs 3.1

    Every document is validated against its official schema before anything is written; if one fails,
    nothing is written. SOURCE_DATE_EPOCH fixes the ingest time, making output byte-identical.

    \b
    Examples:
      archivist render story.txt -o out/story
      SOURCE_DATE_EPOCH=0 archivist render story.record.json -o out/story
    """
    article = _load(article_or_record, url)
    context = RenderContext(config=load_config(config_path))
    written = write_documents(article, output, context)
    if as_json:
        echo_json({"id": article.id, "output": str(output), "documents": sorted(written)})
    else:
        for path in written.values():
            echo_line(str(path))


def _load(path: Path, url: str | None) -> Article:
    """A ``.json`` argument is a record (validated on load); anything else is an article to parse."""
    if path.suffix == ".json":
        return load_record(path)
    return parse_file(path, url=url)
