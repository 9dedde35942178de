"""The layout of an article's bag: the untouched original under ``data/source/``, its metadata under
``data/metadata/``, bag-info from the organisation's configuration, and the PREMIS history of how the
metadata was made.
"""

from __future__ import annotations

from pathlib import Path

from archivist.bag import baginfo
from archivist.bag.commit import CommitGroup
from archivist.bag.payload import PayloadEntry
from archivist.bag.writer import BagExists, StagedBag
from archivist.errors import Problem, ValidationFailed, errors_only
from archivist.ingest.package import write_package
from archivist.record.model import Article
from archivist.render.context import RenderContext
from archivist.render.newsml import newsml_guid
from archivist.render.premis import PremisEvent
from archivist.source import SourceText
from archivist.validate.bag import bag_problems
from archivist.validate.staged import staged_bag_errors

SOURCE_DIR = "data/source"
METADATA_DIR = "data/metadata"


def article_payload(source: SourceText, documents: dict[str, bytes]) -> list[PayloadEntry]:
    """The original bytes, checked against the sha256 recorded when they were read, then each document."""
    original = PayloadEntry(
        f"{SOURCE_DIR}/{source.source.filename}",
        source.data,
        expected={"sha256": source.source.sha256},
        original_name=source.source.filename,
    )
    return [original, *(PayloadEntry(f"{METADATA_DIR}/{name}", data) for name, data in documents.items())]


def article_events(article: Article, documents: dict[str, bytes]) -> list[PremisEvent]:
    """What happened before bagging: the metadata extraction and the validation of each document."""
    original = f"{SOURCE_DIR}/{article.source.filename}"
    outputs = tuple(f"{METADATA_DIR}/{name}" for name in documents)
    found = [
        name
        for name, present in (
            ("headline", article.headline),
            ("summary", article.summary),
            ("image", article.image),
            ("byline", article.byline),
            ("dateline", article.dateline),
            ("published", article.published),
            ("signoff", article.signoff),
        )
        if present
    ]
    counts = (
        f"{len(article.sections)} sections, {len(article.paragraphs)} paragraphs, "
        f"{len(article.quotes)} quotations, {len(article.related)} related boxes"
    )
    return [
        *capture_events(article),
        PremisEvent(
            "mee",
            'program="archivist"; module="archivist.parse"; '
            f"{'web page' if 'html' in article.source.media_type else 'plain-text'} article structure "
            "with character spans",
            outcome_detail=f"fields found: {', '.join(found) or 'none'}; {counts}",
            objects=(original,),
        ),
        PremisEvent(
            "val",
            "record.json against schemas/record.schema.json; "
            "newsml*.xml against IPTC NewsML-G2 2.35 All-Power "
            "XSD; article.jsonld against schema.org 30.0; ninjs.json against IPTC ninjs 3.1 JSON Schema",
            outcome_detail=f"{len(documents)} documents valid",
            objects=outputs,
        ),
    ]


def capture_events(article: Article) -> list[PremisEvent]:
    """For a page from a web archive: its records taken out of the crawl (PREMIS ``unpacking``), with
    where they were, and what was done to the payload before parsing (the stored bytes are untouched)."""
    origin = article.source.warc
    if origin is None:
        return []
    stored = f"{SOURCE_DIR}/{article.source.filename}"
    record = f"{origin.record_type} record" + (f" {origin.record_id}" if origin.record_id else "")
    captured = f", captured {origin.date}" if origin.date else ""
    return [
        PremisEvent(
            "unp",
            f'program="archivist"; module="archivist.warc" (warcio); {record} for '
            f"{origin.target_uri}{captured}, taken with its related records "
            f"(warcinfo, request, metadata) byte for byte from {origin.format.upper()} file "
            f"{origin.archive} at offset {origin.offset}",
            outcome_detail=(
                f"{article.source.size} bytes stored; the HTTP payload ({origin.payload_size} bytes, "
                f"sha256 {origin.payload_sha256}) was de-chunked and decoded by warcio for parsing"
                + (
                    f"; crawler's payload digest {origin.payload_digest} verified"
                    if origin.payload_digest
                    else ""
                )
            ),
            objects=(stored,),
            object_role="outcome",
        )
    ]


def write_article_bag(
    source: SourceText,
    article: Article,
    documents: dict[str, bytes],
    dest: Path,
    context: RenderContext,
    *,
    fsync: bool | None = None,
    group: CommitGroup | None = None,
) -> bool:
    """Write the bag at ``dest``; False when another process put a bag there first (it is left as it is).
    With ``group`` the checked bag is staged there, and put in place by the group's commit.

    The staged bag is validated (RFC 8493 structure and completeness, Payload-Oxum, archivist's profile)
    before it is renamed into place, so no bag that archivist made and that fails validation is ever
    visible.
    """
    bag_info = baginfo.organization_elements(
        context.config,
        external_identifier=newsml_guid(article, context),
        external_description=article.headline.text if article.headline else None,
    )
    try:
        write_package(
            article_payload(source, documents),
            dest,
            bag_info=bag_info,
            events=article_events(article, documents),
            check_staged=_validate_staged,
            # One moment per ingest: NewsML's versionCreated, PREMIS event times and Bagging-Date agree.
            moment=context.ingest_time,
            fsync=fsync,
            group=group,
        )
    except BagExists:
        if dest.exists():
            return False
        raise
    return True


def _validate_staged(staged: StagedBag) -> None:
    # Every RFC 8493 and profile rule, digests included, from what the writer wrote and hashed as it
    # wrote (tag files' bytes, every file's digests), with the staging directory walked for what is
    # really there: nothing is read back (validate/staged.py says what that does and does not catch).
    problems = staged_bag_errors(staged)
    if problems:
        raise ValidationFailed(
            "the bag failed validation before it was put in place", problems, where=staged.path.name
        )


def existing_bag_problems(bag: Path) -> list[Problem]:
    """Quick check of a bag found under its final name: complete, and Payload-Oxum right (no hashing)."""
    return errors_only(bag_problems(bag, fast=True))
