"""archivist.source.kinds and the page charset: an input's kind is told by its bytes, never its name, and a
page's declared charset is checked against its bytes. WARC/ARC samples are written here with warcio."""

from __future__ import annotations

import gzip
import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archivist.errors import InputError
from archivist.source import decode_source, detect_kind

PAGE = b"<!DOCTYPE html><html><head><title>T</title></head><body><p>Hello</p></body></html>"
XHTML_PAGE = (
    b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n'
    b'<html xmlns="http://www.w3.org/1999/xhtml"><head><title>T</title></head><body><p>Hi</p></body></html>'
)


def _warc(gzipped: bool) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzipped)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        "https://news.example/a", "response", payload=io.BytesIO(PAGE), http_headers=headers
    )
    writer.write_record(record)
    return out.getvalue()


def _arc(gzipped: bool) -> bytes:
    body = b"1 0 Example Archive\nURL IP-address Archive-date Content-type Archive-length\n"
    head = f"filedesc://sample.arc 0.0.0.0 20051130120000 text/plain {len(body)}\n".encode()
    data = head + body + b"\n"
    return gzip.compress(data, mtime=0) if gzipped else data


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"Headline\n\nA paragraph of plain text that mentions <p> later.\n", "text"),
        (b"\xef\xbb\xbfHeadline\n\nBody.\n", "text"),
        (PAGE, "html"),
        (b"\n  <html lang='en'><body><p>x</p></body></html>", "html"),
        (b"<!-- saved page --><html><body></body></html>", "html"),
        (b"\xef\xbb\xbf<!doctype html><p>x", "html"),
        ("<!doctype html><p>x".encode("utf-16-le"), "binary"),  # UTF-16 without BOM: not text
        (b"\xff\xfe" + "<!doctype html><p>x".encode("utf-16-le"), "html"),
        (XHTML_PAGE, "xhtml"),
        (
            b'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x"><html><body></body></html>',
            "xhtml",
        ),
        (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"/>', "text"),  # not a page
        (_warc(False), "warc"),
        (_warc(True), "warc.gz"),
        (_arc(False), "arc"),
        (_arc(True), "arc.gz"),
        (gzip.compress(PAGE, mtime=0), "html.gz"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"\x1f\x8b\x08\x00garbage that is not deflate", "binary.gz"),
    ],
)
def test_kind_is_told_by_content(data: bytes, kind: str) -> None:
    assert str(detect_kind(data)) == kind


def test_page_named_txt_is_a_page_and_text_named_html_is_text() -> None:
    page = decode_source(PAGE, filename="article.txt")
    assert page.kind.name == "html"
    assert page.source.media_type == "text/html; charset=us-ascii" or page.source.media_type.startswith(
        "text/html; charset="
    )
    text = decode_source(b"Headline\n\nBody paragraph.\n", filename="article.html")
    assert text.kind.name == "text"
    assert text.source.media_type.startswith("text/plain")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (_warc(True), "WARC web archive"),
        (_arc(False), "ARC web archive"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
        (gzip.compress(PAGE, mtime=0), "gzip-compressed html"),
    ],
)
def test_non_articles_are_refused_with_one_line(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as caught:
        decode_source(data, filename="x.html")
    assert message in caught.value.line()
    assert "\n" not in caught.value.line()


def _page(charset_meta: str, body: str, encoding: str) -> bytes:
    return (
        f'<!DOCTYPE html><html><head><meta charset="{charset_meta}"><title>t</title></head>'
        f"<body><p>{body}</p></body></html>"
    ).encode(encoding)


@pytest.mark.parametrize(
    ("data", "codec_name", "set_aside"),
    [
        (_page("utf-8", "Café “quoted”", "utf-8"), "utf-8", False),
        (_page("windows-1252", "Café “quoted”", "cp1252"), "windows-1252", False),
        (_page("iso-8859-1", "Café “quoted”", "cp1252"), "windows-1252", False),  # WHATWG: latin1 = 1252
        (_page("utf-8", "Café “quoted”", "cp1252"), "windows-1252", True),  # declared UTF-8, bytes 1252
        (_page("iso-8859-1", "Café “quoted”", "utf-8"), "utf-8", True),  # declared latin-1, bytes UTF-8
        (_page("no-such-charset", "Café", "utf-8"), "utf-8", True),
        (_page("shift_jis", "日本語の記事", "shift_jis"), "shift_jis", False),
        (_page("shift_jis", "Café “quoted”", "utf-8"), "utf-8", True),
    ],
)
def test_page_charset_is_checked_against_the_bytes(data: bytes, codec_name: str, set_aside: bool) -> None:
    src = decode_source(data, filename="page.html")
    assert src.source.encoding == codec_name
    assert src.source.media_type == f"text/html; charset={codec_name}"
    assert "Caf\u00e9" in src.text or "日本語" in src.text  # no mojibake
    assert "Ã" not in src.text
    assert src.encoding_evidence is not None
    assert (src.encoding_evidence.note is not None) is set_aside


def test_http_charset_beats_meta_and_bom_beats_both() -> None:
    data = _page("utf-8", "Café", "cp1252")
    src = decode_source(data, filename="p.html", http_content_type="text/html; charset=windows-1252")
    assert src.source.encoding == "windows-1252"
    assert src.encoding_evidence is not None and src.encoding_evidence.rule == "http-content-type"
    bom = decode_source(b"\xef\xbb\xbf" + _page("windows-1252", "Café", "utf-8"), filename="p.html")
    assert bom.source.encoding == "utf-8" and bom.source.bom
    assert "Café" in bom.text
