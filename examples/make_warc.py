"""Make a small, deterministic web archive of an example page, for ``make demo``.

    python examples/make_warc.py examples/PAGE.html demo-output/crawl.warc.gz

The WARC holds what a crawler would have written when fetching the page: a ``warcinfo`` record, then
for ``robots.txt``, the page (served with chunked transfer-encoding, as many servers do) and an image,
each a ``request`` and a ``response`` record. Dates and record ids are fixed, and warcio writes gzip
members without a timestamp, so the same page always gives the same bytes and ``make demo`` stays
idempotent. The page's address is its ``<link rel="canonical">``, else ``https://www.example.org/<name>``.
"""

from __future__ import annotations

import io
import re
import sys
import uuid
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

DATE = "2005-11-30T12:00:00Z"
_CANONICAL = re.compile(rb"""<link\s[^>]*rel=["']?canonical["']?[^>]*href=["']([^"']+)["']""", re.IGNORECASE)
# A 1x1 PNG: the kind of record a crawl holds many of, and ingest skips.
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4"
       b"\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")


def _chunked(body: bytes, size: int = 4096) -> bytes:
    parts = [b"%x\r\n%s\r\n" % (len(body[i:i + size]), body[i:i + size]) for i in range(0, len(body), size)]
    return b"".join(parts) + b"0\r\n\r\n"


def make_warc(page: Path, out: Path) -> str:
    """Write the WARC; returns the page's URL."""
    html = page.read_bytes()
    found = _CANONICAL.search(html)
    url = found.group(1).decode("ascii", "replace") if found else f"https://www.example.org/{page.name}"
    host = url.split("/")[2]
    counter = iter(range(1, 1000))

    def fix(record) -> str:  # noqa: ANN001 (a warcio record)
        record_id = f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'{url}#{next(counter)}')}>"
        record.rec_headers.replace_header("WARC-Record-ID", record_id)
        record.rec_headers.replace_header("WARC-Date", DATE)
        return record_id

    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(f".{out.name}.part")
    with open(partial, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        info = writer.create_warcinfo_record(out.name, {"software": "archivist examples/make_warc.py",
                                                        "format": "WARC File Format 1.0"})
        fix(info)
        writer.write_record(info)
        fetches = [
            (f"https://{host}/robots.txt", "text/plain", b"User-agent: *\nAllow: /\n", ()),
            (url, "text/html; charset=utf-8", _chunked(html), (("Transfer-Encoding", "chunked"),)),
            (f"https://{host}/favicon.png", "image/png", PNG, ()),
        ]
        for target, content_type, body, extra in fetches:
            head = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n"
            head += "".join(f"{name}: {value}\r\n" for name, value in extra) + "\r\n"
            raw = head.encode("latin-1") + body
            response = writer.create_warc_record(target, "response", payload=io.BytesIO(raw), length=len(raw))
            response_id = fix(response)
            path = "/" + target.split("/", 3)[3] if target.count("/") >= 3 else "/"
            request = writer.create_warc_record(target, "request", http_headers=StatusAndHeaders(
                f"GET {path} HTTP/1.1", [("Host", host)], is_http_request=True))
            fix(request)
            request.rec_headers.add_header("WARC-Concurrent-To", response_id)
            writer.write_record(request)
            writer.write_record(response)
    partial.replace(out)
    return url


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python examples/make_warc.py PAGE.html OUT.warc.gz")
    print(make_warc(Path(sys.argv[1]), Path(sys.argv[2])))
