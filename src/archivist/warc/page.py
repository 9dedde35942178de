"""A captured page as the parser's source: its decoded payload, with provenance pointing at the stored
records.

``page_source(page)`` gives the ``SourceText`` the parser reads (``data`` is the HTTP payload, de-chunked
and decoded; ``text`` its decoded text, which spans index into), whose ``source`` describes the *stored*
file (the page's records, byte for byte, named ``<crawl>-<offset>.warc.gz``): its sha256 (so the record id,
and with it the bag's name, is the same for the same record on every run), size and name, the
WARC-Target-URI as ``url``, and ``warc``: the crawl, the offset, WARC-Record-ID, WARC-Date, the payload
digest. ``stored_source`` is the same with ``data`` the stored bytes, for the bag.
"""

from __future__ import annotations

import re
from dataclasses import replace

from archivist.record.model import WarcOrigin
from archivist.source import SourceText, archive_name, decode_source
from archivist.warc.capture import CapturedPage

# RFC 3339, as the record schema's date-time format checks it; a WARC-Date that is not is left out.
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def page_source(page: CapturedPage) -> SourceText:
    """The page's payload decoded for the parser, its provenance that of the stored records.

    Raises:
        InputError: the payload is empty, binary or undecodable (``archivist.source.decode_source``).
    """
    capture = page.capture
    name = archive_name(capture.stored_name())
    decoded = decode_source(
        page.payload,
        filename=name,
        where=capture.label,
        url=capture.target_uri or None,
        http_content_type=page.content_type,
    )
    origin = WarcOrigin(
        archive=archive_name(capture.path.replace("\\", "/").rsplit("/", 1)[-1]),
        format=capture.archive_format,
        offset=capture.offset,
        record_type=capture.record_type,
        target_uri=capture.target_uri,
        record_id=capture.record_id,
        date=capture.date if capture.date and _DATE_TIME.match(capture.date) else None,
        payload_digest=capture.payload_digest,
        payload_sha256=decoded.source.sha256,
        payload_size=decoded.source.size,
    )
    source = replace(
        decoded.source, sha256=page.stored_sha256, size=len(page.stored), filename=name, warc=origin
    )
    return replace(decoded, source=source)


def stored_source(parsed: SourceText, page: CapturedPage) -> SourceText:
    """``parsed`` with the stored records as its bytes: what goes into the bag's ``data/source/``."""
    # The bag writer checks these bytes against ``parsed.source.sha256`` as it copies them.
    return replace(parsed, data=page.stored)
