"""Article → the metadata documents archivist writes, each validated before it is handed out."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from archivist.errors import ValidationFailed, errors_only
from archivist.fsutil import write_atomic
from archivist.render.context import RenderContext

if TYPE_CHECKING:  # the record model is imported by what renders, not by what only packages (PREMIS)
    from archivist.record.model import Article

# The file names of the documents, in the order they are written into a bag's data/metadata/.
RECORD = "record.json"
NEWSML = "newsml.xml"
NEWSML_PICTURE = "newsml-picture.xml"
JSONLD = "article.jsonld"
NINJS = "ninjs.json"


def render_documents(article: Article, context: RenderContext | None = None) -> dict[str, bytes]:
    """Every document for ``article``: record, NewsML-G2 (+ picture item when there is an image), JSON-LD,
    ninjs. Each is checked against its official schema first; a failure raises ValidationFailed and nothing
    is returned, so nothing invalid is ever written."""
    from archivist.record import dump_record
    from archivist.render.jsonld import render_jsonld
    from archivist.render.newsml import newsml_item, newsml_picture_item, serialise_item
    from archivist.render.ninjs import render_ninjs, xhtml_value
    from archivist.render.xhtml import render_xhtml
    from archivist.validate.jsonld import jsonld_problems
    from archivist.validate.newsml import built_newsml_problems
    from archivist.validate.ninjs import ninjs_problems

    context = context or RenderContext()
    documents: dict[str, bytes] = {RECORD: dump_record(article)}
    # The NewsML-G2 items are checked as the trees their bytes are serialised from (issue 14: parsing
    # the bytes back cost as much as the XSD); the JSON documents as the bytes written.
    # The XHTML body is built once for the two documents that carry it (issue 14: it was built twice);
    # ninjs takes its text before the NewsML-G2 item takes the element in and indents it.
    body = render_xhtml(article)
    body_value = xhtml_value(body)
    trees = {NEWSML: newsml_item(article, context, body=body)}
    picture = newsml_picture_item(article, context)
    if picture is not None:
        trees[NEWSML_PICTURE] = picture
    documents.update((name, serialise_item(root)) for name, root in trees.items())
    documents[JSONLD] = render_jsonld(article, context)
    documents[NINJS] = render_ninjs(article, context, xhtml=body_value)

    checks = {JSONLD: jsonld_problems, NINJS: ninjs_problems}
    for name, data in documents.items():
        if name in trees:
            found = built_newsml_problems(trees[name], data, file=name)
        elif name in checks:
            found = checks[name](data, file=name)
        else:
            continue  # the record: dump_record checked it
        problems = errors_only(found)
        if problems:
            raise ValidationFailed(f"{name} does not validate", problems, where=article.id)
    return documents


def write_documents(
    article: Article, directory: Path, context: RenderContext | None = None
) -> dict[str, Path]:
    """``render_documents`` written into ``directory`` (created if missing), each file atomically;
    nothing is written unless every document validates. Returns document name → path."""
    documents = render_documents(article, context)
    written = {}
    for name, data in documents.items():
        write_atomic(Path(directory) / name, data)
        written[name] = Path(directory) / name
    return written
