"""archivist.source: bytes in, encoding detected, provenance recorded, bytes never altered."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from archivist.errors import InputError, UsageError
from archivist.source import MAX_ARTICLE_BYTES, decode_source, line_endings, read_source

HEADLINE = "Caf\u00e9 Opens \u201cToday\u201d"


@pytest.mark.parametrize(
    ("data", "encoding", "bom", "text"),
    [
        (HEADLINE.encode("utf-8"), "utf-8", False, HEADLINE),
        (b"\xef\xbb\xbf" + HEADLINE.encode("utf-8"), "utf-8", True, HEADLINE),
        (b"\xff\xfe" + HEADLINE.encode("utf-16-le"), "utf-16-le", True, HEADLINE),
        (b"\xfe\xff" + HEADLINE.encode("utf-16-be"), "utf-16-be", True, HEADLINE),
        (b"He said \x93yes\x94 \x96 twice", "cp1252", False, "He said \u201cyes\u201d \u2013 twice"),
        (b"plain ascii", "us-ascii", False, "plain ascii"),
    ],
)
def test_decodes_each_encoding(data: bytes, encoding: str, bom: bool, text: str) -> None:
    src = decode_source(data, filename="a.txt")
    assert src.text == text
    assert src.source.encoding == encoding
    assert src.source.bom is bom
    assert src.data == data
    assert src.source.sha256 == hashlib.sha256(data).hexdigest()
    assert src.source.size == len(data)
    assert src.source.media_type == f"text/plain; charset={encoding}"


def test_latin1_when_cp1252_cannot_be() -> None:
    # 0x81 is undefined in cp1252; with it the bytes can only be latin-1 (here an invalid one).
    with pytest.raises(InputError) as caught:
        decode_source(b"caf\xe9 \x81 bar", filename="a.txt")
    assert "undecodable" in caught.value.line()


def test_latin1_without_c1_bytes_reads_as_cp1252_superset() -> None:
    src = decode_source("Gr\u00fc\u00dfe aus K\u00f6ln".encode("latin-1"), filename="a.txt")
    assert src.text == "Gr\u00fc\u00dfe aus K\u00f6ln"
    assert src.source.encoding == "cp1252"  # every latin-1 letter has the same byte in cp1252


@pytest.mark.parametrize(
    ("text", "kind"),
    [("a\nb\n", "LF"), ("a\r\nb\r\n", "CRLF"), ("a\rb\r", "CR"), ("a\r\nb\n", "mixed"), ("ab", "none")],
)
def test_line_endings_are_kept_and_recorded(text: str, kind: str) -> None:
    src = decode_source(text.encode("utf-8"), filename="a.txt")
    assert src.text == text
    assert src.source.line_endings == kind == line_endings(text)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "file is empty"),
        (b"  \n\t\n", "only white space"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
        (b"text\x01\x02\x03 more", "binary data"),
        (b"\xef\xbb\xbfcaf\xc3", "undecodable utf-8"),
        (b"\xff\xfe" + b"\x00\xd8", "undecodable utf-16-le"),
    ],
)
def test_refuses_unusable_bytes(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as caught:
        decode_source(data, filename="bad.txt")
    line = caught.value.line()
    assert line.startswith("bad.txt: ")
    assert message in line
    assert "\n" not in line


def test_read_source_reads_the_file_unaltered(tmp_path: Path) -> None:
    data = b"\xef\xbb\xbfHeadline\r\n\r\nBody text.\r\n"
    path = tmp_path / "story.txt"
    path.write_bytes(data)
    src = read_source(path, url="https://example.org/story")
    assert src.data == data == path.read_bytes()
    assert src.text == "Headline\r\n\r\nBody text.\r\n"
    assert src.source.filename == "story.txt"
    assert src.source.url == "https://example.org/story"
    assert src.source.line_endings == "CRLF"


def test_missing_path_and_directory_are_usage_errors(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no such file"):
        read_source(tmp_path / "absent.txt")
    with pytest.raises(UsageError, match="is a directory"):
        read_source(tmp_path)


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: no 200 MB are written
        handle.truncate(MAX_ARTICLE_BYTES + 1)
    with pytest.raises(InputError) as caught:
        read_source(path)
    assert "larger than" in caught.value.line()
    assert str(path) in caught.value.line()
