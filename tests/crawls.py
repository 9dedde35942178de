"""Web archives for the tests, built with warcio from pages written for them (made for the tests; no
real site's content). Dates and record ids are fixed, so every build gives the same bytes."""

from __future__ import annotations

import gzip
import io
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ARTICLE_URL = "https://news.example.org/2021/03/03/river-bridge.html"
ARTICLE_HEADLINE = "Mayor Opens New River Bridge After Ten Years"
SECOND_URL = "https://news.example.org/2021/03/04/library-reopens.html"
SECOND_HEADLINE = "City Library Reopens With Longer Hours"


def article_page(
    headline: str,
    url: str,
    *,
    published: str = "2021-03-03T10:00:00Z",
    author: str = "Jane Roe",
    body: tuple[str, ...] = (),
) -> bytes:
    paragraphs = body or (
        "SPRINGFIELD — The city opened its new river bridge on Wednesday, ten years after the first plans "
        "were drawn and two years after the old crossing was closed to traffic.",
        "\u201cThis bridge joins two halves of one town,\u201d Mayor Ann Lee said at the opening.",
        "Commuters said the crossing now takes five minutes instead of the half hour it took on the detour "
        "through the industrial estate.",
        "The council will publish the final cost of the project at its meeting next month.",
    )
    paras = "\n".join(f"      <p>{text}</p>" for text in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>{headline} | Springfield News</title>
    <link rel="canonical" href="{url}">
    <meta property="og:type" content="article">
    <meta property="og:title" content="{headline}">
    <meta property="article:published_time" content="{published}">
  </head>
  <body>
    <nav><a href="/">Home</a> <a href="/city/">City</a></nav>
    <article>
      <h1>{headline}</h1>
      <p class="byline">By <a href="/authors/jane-roe" rel="author">{author}</a></p>
      <time datetime="{published}">March 3, 2021</time>
{paras}
    </article>
    <footer>Springfield News</footer>
  </body>
</html>
""".encode()


INDEX_PAGE = b"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Springfield News</title></head>
<body><nav><a href="/">Home</a></nav>
<ul><li><a href="/2021/03/03/river-bridge.html">Bridge</a></li>
<li><a href="/2021/03/04/library-reopens.html">Library</a></li></ul></body></html>
"""
NOT_FOUND_PAGE = (
    b"<!DOCTYPE html><html><head><title>Not found</title></head><body><h1>Not found</h1></body></html>"
)
ROBOTS = b"User-agent: *\nDisallow: /private/\n"
# A 1x1 PNG.
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4"
    b"\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)


def chunked(body: bytes, size: int = 100) -> bytes:
    parts = [
        b"%x\r\n%s\r\n" % (len(body[i : i + size]), body[i : i + size]) for i in range(0, len(body), size)
    ]
    return b"".join(parts) + b"0\r\n\r\n"


def gzipped(body: bytes) -> bytes:
    return gzip.compress(body, mtime=0)


@dataclass
class Crawl:
    """A WARC being built: ``add_*`` append records; ``offsets`` remembers each response's offset by URL."""

    gzip: bool = True
    buffer: io.BytesIO = field(default_factory=io.BytesIO)
    offsets: dict[str, int] = field(default_factory=dict)
    ids: dict[str, str] = field(default_factory=dict)
    counter: int = 0

    def __post_init__(self) -> None:
        self.writer = WARCWriter(self.buffer, gzip=self.gzip)
        info = self.writer.create_warcinfo_record(
            "crawl.warc.gz", {"software": "tests/crawls.py", "format": "WARC File Format 1.0"}
        )
        self._fix(info)
        self.writer.write_record(info)

    def _fix(self, record: Any, when: str = "2021-03-03T12:00:00Z") -> str:
        self.counter += 1
        record_id = f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'archivist-test-{self.counter}')}>"
        record.rec_headers.replace_header("WARC-Record-ID", record_id)
        record.rec_headers.replace_header("WARC-Date", when)
        return record_id

    def add_response(
        self,
        url: str,
        body: bytes,
        *,
        status: str = "200 OK",
        content_type: str = "text/html; charset=utf-8",
        extra_headers: tuple[tuple[str, str], ...] = (),
        request: bool = True,
        metadata: bool = False,
    ) -> str:
        headers = [("Content-Type", content_type), *extra_headers]
        head = f"HTTP/1.1 {status}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n"
        raw = head.encode("latin-1") + body
        response = self.writer.create_warc_record(url, "response", payload=io.BytesIO(raw), length=len(raw))
        response_id = self._fix(response)
        if request:
            path = "/" + url.split("/", 3)[3] if url.count("/") >= 3 else "/"
            req_http = StatusAndHeaders(
                f"GET {path} HTTP/1.1", [("Host", url.split("/")[2])], is_http_request=True
            )
            req = self.writer.create_warc_record(url, "request", http_headers=req_http)
            self._fix(req)
            req.rec_headers.add_header("WARC-Concurrent-To", response_id)
            self.writer.write_record(req)
        self.offsets[url] = self.buffer.tell()
        self.ids[url] = response_id
        self.writer.write_record(response)
        if metadata:
            meta = self.writer.create_warc_record(
                url,
                "metadata",
                payload=io.BytesIO(b"via: https://news.example.org/\r\n"),
                warc_content_type="application/warc-fields",
            )
            self._fix(meta)
            meta.rec_headers.add_header("WARC-Concurrent-To", response_id)
            self.writer.write_record(meta)
        return response_id

    def add_revisit(self, url: str, digest: str) -> None:
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = self.writer.create_revisit_record(
            url, digest, url, "2021-03-03T12:00:00Z", http_headers=http
        )
        self._fix(record, "2021-03-05T12:00:00Z")
        self.offsets[f"revisit:{url}"] = self.buffer.tell()
        self.writer.write_record(record)

    def add_resource(self, url: str, body: bytes, content_type: str) -> None:
        record = self.writer.create_warc_record(
            url, "resource", payload=io.BytesIO(body), length=len(body), warc_content_type=content_type
        )
        self._fix(record)
        self.offsets[f"resource:{url}"] = self.buffer.tell()
        self.writer.write_record(record)

    def bytes(self) -> bytes:
        return self.buffer.getvalue()

    def save(self, path: Path) -> Path:
        path.write_bytes(self.bytes())
        return path


def standard_crawl(*, gzip: bool = True) -> Crawl:
    """Two article pages (one chunked, one gzip content-encoded with a metadata record) among records that
    are not articles: an index page, a 404, robots.txt, an image, a revisit and two resource records."""
    crawl = Crawl(gzip=gzip)
    crawl.add_response("https://news.example.org/robots.txt", ROBOTS, content_type="text/plain")
    crawl.add_response("https://news.example.org/", INDEX_PAGE)
    crawl.add_response(
        ARTICLE_URL,
        chunked(article_page(ARTICLE_HEADLINE, ARTICLE_URL)),
        extra_headers=(("Transfer-Encoding", "chunked"),),
    )
    crawl.add_response("https://news.example.org/logo.png", PNG, content_type="image/png")
    crawl.add_response("https://news.example.org/gone.html", NOT_FOUND_PAGE, status="404 Not Found")
    second = article_page(
        SECOND_HEADLINE,
        SECOND_URL,
        published="2021-03-04T09:30:00Z",
        body=(
            "SPRINGFIELD — The city library reopened on Thursday after a year of repairs "
            "to its roof and heating, with longer opening hours on weekdays.",
            "\u201cWe missed our readers,\u201d the head librarian, Tom Field, said.",
            "The library will now stay open until eight in the evening from Monday to "
            "Friday, and the reading room has forty new seats.",
        ),
    )
    crawl.add_response(
        SECOND_URL, gzipped(second), extra_headers=(("Content-Encoding", "gzip"),), metadata=True
    )
    crawl.add_revisit(ARTICLE_URL, "sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
    crawl.add_resource("file:///notes/readme.txt", b"Crawl notes.\n", "text/plain")
    crawl.add_resource("https://news.example.org/feed/", INDEX_PAGE, "text/html")
    return crawl
