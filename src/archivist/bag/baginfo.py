"""bag-info.txt (RFC 8493 §2.2.2): ordered elements, checked labels and values, Payload-Oxum, Bag-Size.

Elements are (label, value) pairs written in exactly the order given: the RFC says order may be
significant and MUST be preserved (bagit-python sorts them; we do not).

Long values are not folded. Folding is only a MAY, and readers disagree on what a folded value means
(bagit-python keeps the line break and the indent in the value), so one long line is the form every
reader understands the same way. A value that itself holds a line break cannot be written faithfully
and is refused.

The order archivist writes (documented in docs/architecture.md by the bag stage):

    Source-Organization, Organization-Address, Contact-Name, Contact-Phone, Contact-Email,
    External-Identifier, External-Description, <caller's extra elements in their order>,
    Bagging-Date, Payload-Oxum, Bag-Size, BagIt-Profile-Identifier, Bag-Software-Agent
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path

from archivist import AGENT, clock
from archivist.bag import tagfile
from archivist.config import Config
from archivist.errors import InputError, Problem

PROFILE_IDENTIFIER = "https://archivist.invalid/profiles/archivist-bag/1.0"

# Labels write_bag computes from the payload itself; a caller may not supply them.
COMPUTED_LABELS = ("Bagging-Date", "Payload-Oxum", "Bag-Size")

# Line breaks for RFC 8493 are LF and CR; the others are refused too because common readers
# (Python's str.splitlines among them) break lines on them. Other C0 controls and DEL have no
# business in a text tag file.
_BAD_CHARS = re.compile(r"[\x00-\x08\x0a-\x1f\x7f\x85\u2028\u2029]")

BagInfo = list[tuple[str, str]]


def check_element(label: str, value: str) -> None:
    """Refuse a label or value RFC 8493 §2.2.2 does not allow, naming which and why."""
    if not label:
        raise InputError("bag-info label is empty")
    if ":" in label:
        raise InputError("bag-info label contains a colon", where=repr(label))
    if _BAD_CHARS.search(label):
        raise InputError("bag-info label contains a line break or control character", where=repr(label))
    if label != label.strip():
        raise InputError("bag-info label starts or ends with whitespace", where=repr(label))
    if "\r" in value or "\n" in value:
        raise InputError("bag-info value contains a line break", where=label, why="values are one line")
    if _BAD_CHARS.search(value):
        raise InputError("bag-info value contains a control character", where=label)
    if value != value.strip(" \t"):
        # Readers strip the padding after the colon and at the end of the line, so it would be lost.
        raise InputError("bag-info value starts or ends with whitespace", where=label)


def format_bag_info(elements: Iterable[tuple[str, str]]) -> bytes:
    """The bytes of bag-info.txt: ``Label: value`` lines, LF-terminated, UTF-8 without a BOM."""
    lines = []
    for label, value in elements:
        check_element(label, value)
        lines.append(f"{label}: {value}\n")
    return "".join(lines).encode("utf-8")


def payload_oxum(total_bytes: int, file_count: int) -> str:
    return f"{total_bytes}.{file_count}"


def bag_size(total_bytes: int) -> str:
    """Human-readable size with binary (IEC) units, which say unambiguously what they count."""
    if total_bytes < 1024:
        return f"{total_bytes} bytes"
    value = float(total_bytes)
    for unit in ("KiB", "MiB", "GiB", "TiB", "PiB"):
        value /= 1024
        if value < 1024 or unit == "PiB":
            return f"{value:.1f} {unit}"
    raise AssertionError("unreachable")  # pragma: no cover


def bagging_date(moment: datetime | None = None) -> str:
    """``YYYY-MM-DD`` (UTC) of ``moment``, by default the clock's now (``SOURCE_DATE_EPOCH`` aware)."""
    return clock.isoformat(moment or clock.now())[:10]


def organization_elements(
    config: Config | None = None,
    *,
    external_identifier: str | None = None,
    external_description: str | None = None,
    extra: Sequence[tuple[str, str]] = (),
) -> BagInfo:
    """The caller's part of bag-info, in archivist's order: organisation, contact, external id and
    description (each only when set), then ``extra`` in the order given."""
    org = (config or Config()).organization
    pairs: list[tuple[str, str | None]] = [
        ("Source-Organization", org.name),
        ("Organization-Address", org.address),
        ("Contact-Name", org.contact_name),
        ("Contact-Phone", org.contact_phone),
        ("Contact-Email", org.contact_email),
        ("External-Identifier", external_identifier),
        ("External-Description", external_description),
    ]
    elements = [(label, value) for label, value in pairs if value]
    elements.extend(extra)
    return elements


def computed_elements(
    total_bytes: int,
    file_count: int,
    *,
    moment: datetime | None = None,
    profile_identifier: str | None = PROFILE_IDENTIFIER,
    software_agent: str | None = AGENT,
) -> BagInfo:
    """The elements write_bag appends after the caller's: date, Oxum, size, profile, software."""
    elements = [
        ("Bagging-Date", bagging_date(moment)),
        ("Payload-Oxum", payload_oxum(total_bytes, file_count)),
        ("Bag-Size", bag_size(total_bytes)),
    ]
    if profile_identifier:
        elements.append(("BagIt-Profile-Identifier", profile_identifier))
    if software_agent:
        elements.append(("Bag-Software-Agent", software_agent))
    return elements


def refuse_computed(elements: Iterable[tuple[str, str]]) -> None:
    """write_bag owns Bagging-Date, Payload-Oxum and Bag-Size; a second, caller-made copy could lie."""
    owned = {label.lower() for label in COMPUTED_LABELS}
    for label, value in elements:
        check_element(label, value)
        if label.lower() in owned:
            raise InputError(
                f"bag-info element {label} is computed by archivist",
                where=label,
                why="do not pass it in bag_info",
            )


def read_bag_info(bag: Path) -> dict[str, list[str]]:
    """A bag directory's bag-info.txt as label → values (in order), read by the one tag-file parser the
    validator uses (``bag.tagfile``, continuation lines folded); ``{}`` when the bag has none.

    Raises ``InputError`` when the file is not UTF-8.
    """
    path = Path(bag) / "bag-info.txt"
    problems: list[Problem] = []
    try:
        with open(path, "rb") as stream:
            lines = tagfile.read_lines(stream, "utf-8", "bag-info.txt", problems, tagfile.MAX_VALUE_BYTES)
            info = tagfile.parse_elements(lines, strict=True, file="bag-info.txt", check_length=False)
    except FileNotFoundError:
        return {}
    undecodable = [p for p in problems if p.code == "bag.tagfile.encoding"]
    if undecodable:
        raise InputError("bag-info.txt is not UTF-8", where=str(path), why=undecodable[0].message)
    values: dict[str, list[str]] = {}
    for element in info.elements:
        values.setdefault(element.label, []).append(element.value)
    return values
