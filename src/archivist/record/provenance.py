"""Where a record comes from: the original file (and the web-archive capture it was taken from), and
how each field was found in it (``Evidence``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class WarcOrigin:
    """Where in a web archive (WARC or ARC) the page was captured. ``source.url`` is the address the
    parser settled on (the page's canonical link when it has one, else ``target_uri``). The record's
    ``source`` then describes
    the stored file (``data/source/<filename>``: the page's own records, byte for byte as in the crawl)
    by its ``sha256``, ``size`` and ``filename``, and the page that was parsed (the HTTP payload, de-chunked
    and decoded) by its ``encoding``, ``media_type`` and ``payload_sha256``/``payload_size``, which spans
    index into once decoded."""

    archive: str  # the crawl's file name
    format: str  # "warc" or "arc"
    offset: int  # of the page's record in that file
    record_type: str  # "response" or "resource"
    target_uri: str  # WARC-Target-URI (ARC: the record's URL): where the page was fetched
    record_id: str | None  # WARC-Record-ID (ARC records have none)
    date: str | None  # WARC-Date (ARC: the archive-date), the capture time
    payload_digest: str | None  # WARC-Payload-Digest as the crawler wrote it
    payload_sha256: str
    payload_size: int

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "archive": self.archive,
            "format": self.format,
            "offset": self.offset,
            "record_type": self.record_type,
            "target_uri": self.target_uri,
        }
        for name in ("record_id", "date", "payload_digest"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        out["payload_sha256"] = self.payload_sha256
        out["payload_size"] = self.payload_size
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> WarcOrigin | None:
        if data is None:
            return None
        return cls(
            data["archive"],
            data["format"],
            int(data["offset"]),
            data["record_type"],
            data["target_uri"],
            data.get("record_id"),
            data.get("date"),
            data.get("payload_digest"),
            data["payload_sha256"],
            int(data["payload_size"]),
        )


@dataclass(frozen=True)
class Source:
    """The original file: never altered, identified by its bytes."""

    sha256: str
    size: int
    encoding: str
    media_type: str
    filename: str
    line_endings: str = "LF"
    bom: bool = False
    url: str | None = None
    warc: WarcOrigin | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "sha256": self.sha256,
            "size": self.size,
            "encoding": self.encoding,
            "media_type": self.media_type,
            "filename": self.filename,
            "line_endings": self.line_endings,
            "bom": self.bom,
        }
        if self.url is not None:
            out["url"] = self.url
        if self.warc is not None:
            out["warc"] = self.warc.to_dict()
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Source:
        return cls(
            sha256=data["sha256"],
            size=int(data["size"]),
            encoding=data["encoding"],
            media_type=data["media_type"],
            filename=data["filename"],
            line_endings=data.get("line_endings", "LF"),
            bom=bool(data.get("bom", False)),
            url=data.get("url"),
            warc=WarcOrigin.from_dict(data.get("warc")),
        )


@dataclass(frozen=True)
class Evidence:
    """How one field was found: where it was read (``text``, ``json-ld``, ``microdata``, ``opengraph``,
    ``meta``, ``html``, ``warc``) and the rule or evidence that decided it, so a doubtful field can be
    reviewed and a developer can see why it was read that way."""

    source: str
    rule: str
    note: str | None = None

    def to_dict(self) -> dict[str, str]:
        out = {"from": self.source, "rule": self.rule}
        if self.note is not None:
            out["note"] = self.note
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evidence:
        return cls(data["from"], data["rule"], data.get("note"))
