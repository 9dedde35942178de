"""The BagIt profile document itself (spec 1.3.0 / 1.4.0): structure, types and consistency.

Problems locate their key with a JSON Pointer. Unknown keys (BTR's ``"recommended"``) are warnings,
and keys new in 1.4.0 inside a 1.3.0 profile are warned about and still applied.
"""

from __future__ import annotations

import fnmatch

from archivist.bag.hashing import normalize_algorithm
from archivist.errors import Problem

SPEC_VERSIONS = ("1.1.0", "1.2.0", "1.3.0", "1.4.0")
_LIST_KEYS = (
    "Manifests-Required",
    "Manifests-Allowed",
    "Tag-Manifests-Required",
    "Tag-Manifests-Allowed",
    "Tag-Files-Required",
    "Tag-Files-Allowed",
    "Accept-Serialization",
    "Accept-BagIt-Version",
    "Payload-Files-Required",
    "Payload-Files-Allowed",
)
_BOOL_KEYS = ("Allow-Fetch.txt", "Fetch.txt-Required", "Data-Empty")
_NEW_IN_14 = ("Fetch.txt-Required", "Data-Empty", "Payload-Files-Required", "Payload-Files-Allowed")
_KNOWN = {"BagIt-Profile-Info", "Bag-Info", "Serialization", *_LIST_KEYS, *_BOOL_KEYS}
_INFO_REQUIRED = ("Source-Organization", "External-Description", "Version", "BagIt-Profile-Identifier")
_TAG_KEYS = {"required": bool, "repeatable": bool, "values": list, "description": str}


def profile_document_problems(document: object, file: str = "") -> list[Problem]:
    """Problems of the profile itself (structure, types, consistency); locations are JSON Pointers."""
    found: list[Problem] = []

    def add(code: str, message: str, pointer: str, severity: str = "error") -> None:
        found.append(Problem(code, message, file, pointer, None, severity))

    if not isinstance(document, dict):
        add("profile.document.type", "a BagIt profile is a JSON object", "")
        return found
    if "BagIt-Profile-Info" not in document and (
        {"bagItProfileInfo", "tags", "acceptBagItVersion"} & set(document)
    ):
        add(
            "profile.document.dart-format",
            "this is a DART profile (APTrust's own format), not a BagIt "
            "Profiles spec document; archivist checks spec 1.3.0/1.4.0 profiles only",
            "",
        )
        return found
    info = document.get("BagIt-Profile-Info")
    version = "1.4.0"
    if not isinstance(info, dict):
        add("profile.document.info", "BagIt-Profile-Info (an object) is required", "/BagIt-Profile-Info")
    else:
        for key in _INFO_REQUIRED:
            if not isinstance(info.get(key), str) or not info.get(key):
                add(
                    "profile.document.info",
                    f"BagIt-Profile-Info needs {key} (a string)",
                    f"/BagIt-Profile-Info/{key}",
                )
        declared = info.get("BagIt-Profile-Version")
        if declared is None:
            add(
                "profile.document.spec-version",
                "BagIt-Profile-Version is missing (required since 1.2.0)",
                "/BagIt-Profile-Info/BagIt-Profile-Version",
                "warning",
            )
        elif declared not in SPEC_VERSIONS:
            add(
                "profile.document.spec-version",
                f"unknown spec version {declared!r}; read as 1.4.0",
                "/BagIt-Profile-Info/BagIt-Profile-Version",
                "warning",
            )
        else:
            version = declared
    for key in sorted(set(document) - _KNOWN):
        add("profile.document.unknown-key", f"{key!r} is not a profile key; ignored", f"/{key}", "warning")
    for key in _NEW_IN_14:
        if key in document and version != "1.4.0":
            add(
                "profile.document.spec-version",
                f"{key} is new in spec 1.4.0 but the profile says {version}; applied anyway",
                f"/{key}",
                "warning",
            )
    for key in _LIST_KEYS:
        value = document.get(key)
        if value is not None and (not isinstance(value, list) or not all(isinstance(v, str) for v in value)):
            add("profile.document.type", f"{key} must be a list of strings", f"/{key}")
    for key in _BOOL_KEYS:
        if key in document and not isinstance(document[key], bool):
            add("profile.document.type", f"{key} must be true or false", f"/{key}")
    if not strings(document.get("Accept-BagIt-Version")):
        add(
            "profile.document.accept-version",
            "Accept-BagIt-Version (a non-empty list) is required",
            "/Accept-BagIt-Version",
        )
    # An absent Serialization defaults to optional; only an explicit value asks for Accept-Serialization.
    serialization = document.get("Serialization")
    if serialization is not None and serialization not in ("forbidden", "required", "optional"):
        add(
            "profile.document.serialization",
            "Serialization must be forbidden, required or optional",
            "/Serialization",
        )
    elif serialization in ("required", "optional") and not strings(document.get("Accept-Serialization")):
        add(
            "profile.document.serialization",
            "Accept-Serialization should list media types when serialization is not forbidden",
            "/Accept-Serialization",
            "error" if serialization == "required" else "warning",
        )
    for kind in ("Manifests", "Tag-Manifests"):
        required, allowed = strings(document.get(f"{kind}-Required")), document.get(f"{kind}-Allowed")
        for name in required + strings(allowed):
            if normalize_algorithm(name) != name:
                add(
                    "profile.document.algorithm",
                    f"algorithm {name!r} is not a normalised BagIt name",
                    f"/{kind}-Required",
                    "warning",
                )
        if isinstance(allowed, list):
            for name in sorted(set(required) - set(strings(allowed))):
                add(
                    "profile.document.required-not-allowed",
                    f"{name} is required but not in {kind}-Allowed",
                    f"/{kind}-Allowed",
                )
    if "Tag-Files-Allowed" in document:
        for name in strings(document.get("Tag-Files-Required")):
            if not matches(name, strings(document["Tag-Files-Allowed"])):
                add(
                    "profile.document.required-not-allowed",
                    f"{name} is required but Tag-Files-Allowed does not allow it",
                    "/Tag-Files-Allowed",
                )
    if document.get("Fetch.txt-Required") is True and document.get("Allow-Fetch.txt") is False:
        add(
            "profile.document.fetch",
            "Fetch.txt-Required is true but Allow-Fetch.txt is false",
            "/Fetch.txt-Required",
        )
    bag_info = document.get("Bag-Info", {})
    if not isinstance(bag_info, dict):
        add("profile.document.type", "Bag-Info must be an object", "/Bag-Info")
        bag_info = {}
    for tag, rules in bag_info.items():
        pointer = f"/Bag-Info/{tag}"
        if not isinstance(rules, dict):
            add("profile.document.type", "a Bag-Info entry must be an object", pointer)
            continue
        for key, value in rules.items():
            expected = _TAG_KEYS.get(key)
            if expected is None:
                add(
                    "profile.document.unknown-key",
                    f"{key!r} is not a Bag-Info rule; ignored",
                    f"{pointer}/{key}",
                    "warning",
                )
            elif not isinstance(value, expected) or (
                key == "values" and not all(isinstance(v, str) for v in value)
            ):
                add("profile.document.type", f"{key} has the wrong type", f"{pointer}/{key}")
    return found


def strings(value: object) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def matches(path: str, patterns: list[str]) -> bool:
    return any(fnmatch.fnmatchcase(path, pattern) for pattern in patterns)
