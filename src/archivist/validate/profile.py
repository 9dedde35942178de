"""BagIt Profiles (spec 1.3.0 and 1.4.0): check a profile document, then check a bag against it.

Offline only: a profile is a local JSON file or an already-loaded dict; a URL is refused (the PyPI
``bagit-profile`` validator fetches it and calls ``sys.exit`` when it cannot). The caller's dict is
never modified (that validator writes its defaults into it).

Readings where the spec leaves room:
* tag names in ``Bag-Info`` match bag-info.txt labels case-insensitively (RFC 8493 §2.2.2 makes reserved
  labels case-insensitive);
* ``Tag-Files-Allowed`` governs the tag files the RFC does not define: bagit.txt, bag-info.txt,
  fetch.txt and (tag) manifests are governed by their own keys and are always allowed;
* globs use :func:`fnmatch.fnmatchcase`, so ``*`` also matches ``/`` (``["*"]`` allows everything);
* ``Payload-Files-*`` paths are bag-relative (``data/...``); a pattern without ``data/`` gets it prefixed;
* media types are compared through alias sets (``application/tar`` = ``application/x-tar``...), because
  published profiles use both spellings;
* DART's own profile format (APTrust) is recognised and refused with a clear message: it describes
  tags in other tag files and other rules the spec format cannot express, so a partial check would mislead.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from archivist.bag import bagittxt, tagfile
from archivist.bag.hashing import normalize_algorithm
from archivist.bag.manifest import MANIFEST, TAGMANIFEST
from archivist.bag.reader import FILE, BagSource, open_bag
from archivist.errors import InputError, Problem, UsageError, errors_only, is_valid
from archivist.fsutil import read_regular
from archivist.jsonload import load_json
from archivist.resources import schema_path
from archivist.validate.bag import bag_problems
from archivist.validate.profile_document import matches, profile_document_problems, strings

_RESERVED_TAG_FILES = ("bagit.txt", "bag-info.txt", "fetch.txt")
_MEDIA_ALIASES = [
    {"application/tar", "application/x-tar"},
    {
        "application/gzip",
        "application/x-gzip",
        "application/x-tar+gzip",
        "application/tar+gzip",
        "application/x-gtar",
        "application/x-compressed-tar",
    },
    {"application/x-bzip2", "application/x-bzip"},
    {"application/x-xz"},
]


ARCHIVIST_PROFILE = "archivist-bagit-profile.json"  # under schemas/


def bag_errors(
    bag: Path,
    profile: Path | None = None,
    *,
    fast: bool = False,
    digests: Mapping[str, Mapping[str, str]] | None = None,
) -> list[Problem]:
    """What stops a bag (errors; warnings, SHOULDs, do not): RFC 8493 strictly, then ``profile``
    (default: archivist's own) — the latter only when the bag itself has no error, since a broken
    bag's profile findings would only repeat what is wrong. ``fast`` skips hashing (see
    ``bag_problems``), as ``digests`` does for the files it gives. The one check ingest (before the
    rename) and deposit (before sending) share."""
    problems = errors_only(bag_problems(bag, fast=fast, digests=digests))
    if not problems:
        if profile is None:
            found = _problems_against(bag, _archivist_profile(), str(schema_path(ARCHIVIST_PROFILE)))
        else:
            found = profile_problems(bag, profile)
        problems = errors_only(found)
    return problems


def archivist_profile_problems(source: BagSource) -> list[Problem]:
    """Every way the bag read through ``source`` fails archivist's own profile (whose document is
    checked once per process: it is the package's own file)."""
    problems = _archivist_profile_document_problems()
    if not is_valid(problems):
        return list(problems)
    return [*problems, *_BagAgainstProfile(source, _archivist_profile()).run()]


@cache
def _archivist_profile_document_problems() -> tuple[Problem, ...]:
    return tuple(profile_document_problems(_archivist_profile(), file=str(schema_path(ARCHIVIST_PROFILE))))


@cache
def _archivist_profile() -> dict[str, Any]:
    """archivist's own profile, read once per process rather than once per bag an ingest stages."""
    return _read(schema_path(ARCHIVIST_PROFILE))


class ProfileError(InputError):
    """The profile document cannot be used; ``problems`` lists every reason."""

    def __init__(self, problems: list[Problem], where: str) -> None:
        self.problems = problems
        errors = errors_only(problems)
        super().__init__("not a usable BagIt profile", where=where, why=errors[0].message if errors else None)


def _refuse_url(profile: object) -> None:
    text = str(profile)
    if text.startswith(("http:/", "https:/", "ftp:/", "file:/")):
        raise UsageError("profiles are read offline; download the profile and give its file", where=text)


def _read(path: Path) -> Any:
    _refuse_url(path)
    try:
        return load_json(read_regular(path))
    except FileNotFoundError:
        raise UsageError("no such profile file", where=str(path)) from None
    except (ValueError, OSError) as exc:
        raise InputError("profile is not readable JSON", where=str(path), why=str(exc)) from None


def load_profile(path: Path) -> dict[str, Any]:
    """Read a profile file and check the document; raises ``ProfileError`` when it has errors."""
    document = _read(path)
    problems = profile_document_problems(document, file=str(path))
    if not is_valid(problems):
        raise ProfileError(problems, str(path))
    return document


def _same_media(one: str, other: str) -> bool:
    one, other = one.lower(), other.lower()
    return one == other or any(one in group and other in group for group in _MEDIA_ALIASES)


def profile_problems(bag_path: Path | str, profile: Path | str | dict[str, Any]) -> list[Problem]:
    """Every way the bag fails the profile, after the profile document's own problems.

    A profile with errors of its own is not applied (its problems are returned alone). Only the
    profile's rules are checked here; RFC 8493 conformance is :func:`archivist.validate.bag.bag_problems`.
    """
    if isinstance(profile, dict):
        return _problems_against(bag_path, profile, "<profile>")
    return _problems_against(bag_path, _read(Path(profile)), str(profile))


def _problems_against(bag_path: Path | str, document: Any, file: str) -> list[Problem]:
    problems = profile_document_problems(document, file=file)
    if not is_valid(problems):
        return problems
    with open_bag(Path(bag_path)) as source:
        problems.extend(_BagAgainstProfile(source, document).run())
    return problems


class _BagAgainstProfile:
    def __init__(self, source: BagSource, profile: dict[str, Any]) -> None:
        self.source = source
        self.profile = profile
        self.problems: list[Problem] = []
        self.prefix = (
            source.name + "/" + (getattr(source, "root_name", "") + "/" if source.is_serialized else "")
        )

    def add(
        self,
        code: str,
        message: str,
        rel: str = "",
        location: str = "",
        line: int | None = None,
        severity: str = "error",
    ) -> None:
        file = self.prefix + rel if rel else self.source.name
        self.problems.append(Problem(code, message, file, location, line, severity))

    def run(self) -> list[Problem]:
        if self.source.unreadable:
            self.problems.extend(self.source.problems)
            return self.problems
        version, encoding = self.declaration()
        self.check_serialization()
        self.check_version(version)
        self.check_bag_info(version, encoding)
        self.check_manifests()
        self.check_tag_files()
        self.check_payload()
        self.check_fetch()
        return self.problems

    def declaration(self) -> tuple[str | None, str]:
        if not self.source.is_file("bagit.txt"):
            return None, "utf-8"
        declared = bagittxt.parse_bagit_txt(self.source.read_bytes("bagit.txt", 64 * 1024))
        return declared.version, declared.encoding or "utf-8"

    def check_serialization(self) -> None:
        rule = self.profile.get("Serialization", "optional")
        if rule == "required" and not self.source.is_serialized:
            self.add(
                "profile.serialization.required",
                "the profile requires a serialized bag (an archive file); this is a directory",
            )
        elif rule == "forbidden" and self.source.is_serialized:
            self.add("profile.serialization.forbidden", "the profile forbids serialized bags")
        accepted = strings(self.profile.get("Accept-Serialization"))
        media = self.source.media_type
        if (
            self.source.is_serialized
            and rule != "forbidden"
            and media
            and accepted
            and not any(_same_media(media, other) for other in accepted)
        ):
            self.add("profile.serialization.type", f"{media} is not among Accept-Serialization {accepted!r}")

    def check_version(self, version: str | None) -> None:
        accepted = strings(self.profile.get("Accept-BagIt-Version"))
        if version not in accepted:
            self.add(
                "profile.bagit-version",
                f"BagIt-Version {version!r} is not among Accept-BagIt-Version {accepted!r}",
                "bagit.txt",
                "BagIt-Version",
            )

    def check_bag_info(self, version: str | None, encoding: str) -> None:
        info = tagfile.TagFile()
        if self.source.is_file("bag-info.txt"):
            with self.source.open("bag-info.txt") as stream:
                lines = tagfile.read_lines(stream, encoding, "bag-info.txt", [], tagfile.MAX_VALUE_BYTES)
                info = tagfile.parse_elements(
                    lines, strict=tagfile.is_strict(version), file="bag-info.txt", check_length=False
                )
        identifier = self.profile["BagIt-Profile-Info"]["BagIt-Profile-Identifier"]
        given = info.values("BagIt-Profile-Identifier")
        if not given:
            self.add(
                "profile.identifier.missing",
                f"bag-info.txt has no BagIt-Profile-Identifier (the profile is {identifier})",
                "bag-info.txt",
                "BagIt-Profile-Identifier",
            )
        elif identifier not in {element.value for element in given}:
            # A local copy of a profile may be published under another identifier (a mirror, a
            # consortium's copy): its rules are applied all the same, and the line says so.
            self.add(
                "profile.identifier.mismatch",
                f"the bag declares BagIt-Profile-Identifier {given[0].value!r}; "
                f"checked against the given profile, identified as {identifier!r}",
                "bag-info.txt",
                "BagIt-Profile-Identifier",
                given[0].line_number,
                "warning",
            )
        for tag, rules in self.profile.get("Bag-Info", {}).items():
            elements = info.values(tag)
            if rules.get("required", False) and not elements:
                self.add("profile.bag-info.required", f"required tag {tag} is missing", "bag-info.txt", tag)
            allowed = rules.get("values")
            for element in elements:
                if allowed and element.value not in allowed:
                    self.add(
                        "profile.bag-info.value",
                        f"{tag} is {element.value[:80]!r}; allowed: {allowed!r}",
                        "bag-info.txt",
                        tag,
                        element.line_number,
                    )
            if rules.get("repeatable", True) is False:
                for element in elements[1:]:
                    self.add(
                        "profile.bag-info.repeated",
                        f"{tag} is not repeatable",
                        "bag-info.txt",
                        tag,
                        element.line_number,
                    )

    def _algorithms(self, pattern: Any) -> dict[str, str]:
        found = {}
        for rel, entry in self.source.entries.items():
            match = pattern.match(rel)
            if match and entry.kind == FILE and "/" not in rel:
                found[normalize_algorithm(match.group(1))] = rel
        return found

    def check_manifests(self) -> None:
        for kind, pattern, name in (
            ("Manifests", MANIFEST, "manifest"),
            ("Tag-Manifests", TAGMANIFEST, "tagmanifest"),
        ):
            present = self._algorithms(pattern)
            for algorithm in strings(self.profile.get(f"{kind}-Required")):
                if normalize_algorithm(algorithm) not in present:
                    self.add(
                        f"profile.{name}.required",
                        f"{kind}-Required: {name}-{algorithm}.txt is missing",
                        location=f"{name}-{algorithm}.txt",
                    )
            if f"{kind}-Allowed" in self.profile:
                allowed = {normalize_algorithm(a) for a in strings(self.profile[f"{kind}-Allowed"])}
                for algorithm, rel in sorted(present.items()):
                    if algorithm not in allowed:
                        self.add(f"profile.{name}.not-allowed", f"{algorithm} is not in {kind}-Allowed", rel)

    def check_tag_files(self) -> None:
        tag_files = sorted(
            p for p, e in self.source.entries.items() if e.kind == FILE and not p.startswith("data/")
        )
        for required in strings(self.profile.get("Tag-Files-Required")):
            if required not in tag_files:
                self.add(
                    "profile.tag-file.required", "Tag-Files-Required: tag file is missing", location=required
                )
        patterns = strings(self.profile.get("Tag-Files-Allowed", ["*"]))
        for rel in tag_files:
            if rel in _RESERVED_TAG_FILES or MANIFEST.match(rel) or TAGMANIFEST.match(rel):
                continue
            if not matches(rel, patterns):
                self.add(
                    "profile.tag-file.not-allowed", f"not allowed by Tag-Files-Allowed {patterns!r}", rel
                )

    def check_payload(self) -> None:
        payload = sorted(p for p, e in self.source.entries.items() if p.startswith("data/"))
        files = [p for p in payload if self.source.entries[p].kind == FILE]
        for required in strings(self.profile.get("Payload-Files-Required")):
            path = required if required.startswith("data/") else "data/" + required.lstrip("/")
            present = any(p.startswith(path) for p in payload) if path.endswith("/") else path in files
            if not present:
                self.add("profile.payload-file.required", "Payload-Files-Required: missing", location=path)
        if "Payload-Files-Allowed" in self.profile:
            patterns = [
                p if p.startswith("data/") else "data/" + p.lstrip("/")
                for p in strings(self.profile["Payload-Files-Allowed"])
            ]
            for rel in files:
                if not matches(rel, patterns):
                    self.add(
                        "profile.payload-file.not-allowed", "not allowed by Payload-Files-Allowed", "", rel
                    )
        if self.profile.get("Data-Empty") is True:
            empty = not files or (len(files) == 1 and self.source.entries[files[0]].size == 0)
            if not empty:
                self.add(
                    "profile.data-empty",
                    f"Data-Empty: data/ must hold no files or one zero-byte file, it holds {len(files)}",
                    location="data/",
                )

    def check_fetch(self) -> None:
        has_fetch = self.source.entry("fetch.txt") is not None
        if has_fetch and self.profile.get("Allow-Fetch.txt", True) is False:
            self.add("profile.fetch.not-allowed", "the profile does not allow fetch.txt", "fetch.txt")
        if not has_fetch and self.profile.get("Fetch.txt-Required") is True:
            self.add("profile.fetch.required", "the profile requires fetch.txt", location="fetch.txt")
