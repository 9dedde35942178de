"""Validation of every kind of document archivist reads or writes, and of bags.

``validate_path`` tells a file's kind (record, NewsML-G2, JSON-LD, ninjs, PREMIS, a BagIt bag as a
directory, ``.tar``, ``.tar.gz``/``.tgz`` or ``.zip``, an OCFL storage root or object) and returns all
its problems as values;
nothing here prints or exits.
"""

from __future__ import annotations

import importlib
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from archivist.errors import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    ArchivistError,
    InputError,
    Problem,
    Severity,
    errors_only,
)
from archivist.fsutil import file_kind, read_regular
from archivist.jsonload import JSONDocumentError, load_json

KINDS = ("record", "newsml", "jsonld", "ninjs", "premis", "receipt", "bag", "ocfl", "ocfl-object")

# Documents are read whole to be parsed; bags are streamed. A metadata document over this size is
# refused rather than loaded (none that archivist writes comes near it).
MAX_DOCUMENT_BYTES = 256 * 1024 * 1024


@dataclass
class Report:
    """The outcome for one path: its kind and every problem found (errors and warnings)."""

    path: str
    kind: str
    problems: list[Problem] = field(default_factory=list)
    profile: str | None = None  # the BagIt-Profile-Identifier of the profile a bag was checked against

    @property
    def errors(self) -> list[Problem]:
        return errors_only(self.problems)

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.WARNING]

    @property
    def valid(self) -> bool:
        return not self.errors

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "kind": self.kind,
            "valid": self.valid,
            "errors": len(self.errors),
            "warnings": len(self.warnings),
            "problems": [p.to_dict() for p in self.problems],
            **({"profile": self.profile} if self.profile is not None else {}),
        }


@dataclass
class Validation:
    """The outcome for several paths, what ``archivist validate`` prints and the exit code it ends with."""

    reports: list[Report]

    @property
    def valid(self) -> bool:
        return all(report.valid for report in self.reports)

    @property
    def exit_code(self) -> int:
        """2 when a path is missing (a usage error), else 0 when every path is valid, 1 otherwise."""
        if any(report.kind == "missing" for report in self.reports):
            return EXIT_USAGE
        return EXIT_OK if self.valid else EXIT_INVALID

    def to_dict(self) -> dict[str, Any]:
        return {"valid": self.valid, "reports": [report.to_dict() for report in self.reports]}


def validate_paths(paths: Iterable[str | Path], *, profile: Path | None = None, **options: Any) -> Validation:
    """Validate every path (``options`` as for ``validate_path``). A ``profile`` that is not a usable
    BagIt Profile raises ``ProfileError`` before any path is read."""
    if profile is not None:
        from archivist.validate.profile import load_profile

        load_profile(profile)
    return Validation([validate_path(path, profile=profile, **options) for path in paths])


def iter_problems(path: str | Path, **options: Any) -> Iterator[Problem]:
    """Every problem of ``path``, errors and warnings (``options`` as for ``validate_path``)."""
    yield from validate_path(path, **options).problems


def is_valid(path: str | Path, **options: Any) -> bool:
    """True when ``path`` has no error (warnings allowed), as jsonschema's ``is_valid``."""
    return validate_path(path, **options).valid


def validate_path(
    path: str | Path,
    *,
    kind: str | None = None,
    fast: bool = False,
    profile: Path | None = None,
    strict: bool = False,
) -> Report:
    """Validate one path. ``kind`` forces a kind instead of detecting it; ``fast`` and ``profile``
    apply to bags; ``strict`` makes every warning an error (same code and message)."""
    report = _validate(Path(path), kind=kind, fast=fast, profile=profile)
    if strict:
        report.problems = [p.as_error() for p in report.problems]
    return report


def _validate(path: Path, *, kind: str | None, fast: bool, profile: Path | None) -> Report:
    name = str(path)
    if not path.exists() and not path.is_symlink():
        return Report(name, "missing", [Problem("path.missing", "no such file or directory", file=name)])
    special = _special_file(path)
    if special:  # checked before any kind is tried: opening a FIFO blocks, a device never ends
        return Report(name, "unknown", [Problem("kind.not-regular", special, file=name)])
    if kind in ("ocfl", "ocfl-object") or (kind is None and path.is_dir()):
        from archivist.validate import ocfl

        if kind == "ocfl-object" or (kind != "ocfl" and ocfl.is_object(path)):
            return Report(name, "ocfl-object", ocfl.object_problems(path, check_digests=not fast))
        if kind == "ocfl" or ocfl.is_storage_root(path):
            return Report(name, "ocfl", ocfl.ocfl_problems(path, check_digests=not fast))
    if kind == "bag" or (kind is None and _looks_like_bag(path)):
        return _validate_bag(path, fast=fast, profile=profile)
    if path.is_dir():
        return Report(
            name, "unknown", [Problem("kind.directory", "a directory that is not a bag", file=name)]
        )
    try:
        data = read_regular(path, limit=MAX_DOCUMENT_BYTES, limit_for="validation")
    except InputError as exc:  # a FIFO, a device (/dev/zero), a file past the limit: never read
        code = "kind.too-large" if "limit" in exc.what else "kind.not-regular"
        return Report(name, "unknown", [Problem(code, exc.what, file=name)])
    detected = kind or detect_kind(data)
    return Report(name, detected, document_problems(data, detected, file=name))


def _special_file(path: Path) -> str | None:
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # a dangling link or an unreadable path is reported by whatever reads it
    if stat.S_ISDIR(mode) or stat.S_ISREG(mode):
        return None
    return f"not a regular file: {file_kind(mode)}, not read"


def _looks_like_bag(path: Path) -> bool:
    if path.is_dir():
        return (path / "bagit.txt").exists() or (path / "data").is_dir()
    from archivist.bag.serialized import looks_serialized

    return path.is_file() and looks_serialized(path)


def _validate_bag(path: Path, *, fast: bool, profile: Path | None) -> Report:
    from archivist.validate.bag import bag_problems

    problems = bag_problems(path, fast=fast)
    identifier = None
    if profile is not None:
        from archivist.validate.profile import load_profile, profile_problems

        problems.extend(profile_problems(path, profile))
        try:
            identifier = str(load_profile(profile)["BagIt-Profile-Info"]["BagIt-Profile-Identifier"])
        except (ArchivistError, KeyError, TypeError):
            identifier = None  # the profile's own problems are already in the report
    return Report(str(path), "bag", problems, identifier)


def detect_kind(data: bytes) -> str:
    """The kind of a document from its content (never from its name alone)."""
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if head == b"<":
        return _xml_kind(data)
    if head in {b"{", b"["}:
        try:
            obj = load_json(data)
        except JSONDocumentError:
            return "json"
        return _json_kind(obj)
    return "unknown"


def _xml_kind(data: bytes) -> str:
    from archivist.validate.newsml import is_newsml
    from archivist.validate.xmlsafe import parse_xml

    try:
        root = parse_xml(data).getroot()
    except InputError:
        return "xml"
    if is_newsml(root):
        return "newsml"
    if root.tag.startswith("{http://www.loc.gov/premis/v3}"):
        return "premis"
    return "xml"


def _json_kind(obj: Any) -> str:
    if isinstance(obj, dict) and "record_version" in obj and "source" in obj:
        return "record"
    if isinstance(obj, dict) and {"archivist_version", "object_id", "target"} <= obj.keys():
        return "receipt"
    # Imported only now: pyld alone takes ≈ 0.3 s to import, which a record or receipt never needs.
    from archivist.validate.jsonld import is_jsonld
    from archivist.validate.ninjs import is_ninjs

    if is_jsonld(obj):
        return "jsonld"
    if is_ninjs(obj):
        return "ninjs"
    return "json"


# kind → the function that validates a document of that kind, ``(data: bytes, *, file) -> list[Problem]``.
# Validators are data: imported on first use, so validating one kind never loads another's schemas.
DOCUMENT_VALIDATORS: dict[str, str] = {
    "record": "archivist.record.io:record_document_problems",
    "receipt": "archivist.validate.receipt:receipt_problems",
    "newsml": "archivist.validate.newsml:newsml_problems",
    "jsonld": "archivist.validate.jsonld:jsonld_problems",
    "ninjs": "archivist.validate.ninjs:ninjs_problems",
    "premis": "archivist.validate.premis:premis_problems",
    "json": "archivist.validate:_other_json_problems",
    "xml": "archivist.validate:_other_xml_problems",
}


def document_problems(data: bytes, kind: str, *, file: str = "") -> list[Problem]:
    target = DOCUMENT_VALIDATORS.get(kind)
    if target is None:
        return [
            Problem(
                "kind.unknown",
                "not a document archivist can validate (record, NewsML-G2, JSON-LD, ninjs, PREMIS, receipt, "
                "bag, OCFL storage root)",
                file=file,
            )
        ]
    module, function = target.split(":")
    validator: Callable[..., list[Problem]] = getattr(importlib.import_module(module), function)
    return validator(data, file=file)


def _other_json_problems(data: bytes, *, file: str = "") -> list[Problem]:
    try:
        load_json(data)
    except JSONDocumentError as exc:
        return [Problem("json.syntax", exc.message, file=file, line_number=exc.line)]
    return [Problem("kind.unknown-json", "JSON, but not a record, JSON-LD, ninjs or receipt", file=file)]


def _other_xml_problems(data: bytes, *, file: str = "") -> list[Problem]:
    from archivist.validate.xmlsafe import parse_xml

    try:
        parse_xml(data, file=file)
    except InputError as exc:
        return [Problem("xml.syntax", exc.line(), file=file)]
    return [Problem("kind.unknown-xml", "XML, but neither NewsML-G2 nor PREMIS", file=file)]
