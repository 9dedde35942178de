"""The proof of a deposit: a JSON receipt kept beside the bag, and the PREMIS transfer event.

Receipt: ``<bag>.deposit.json`` next to the bag directory (``bags/a1`` → ``bags/a1.deposit.json``). It is
outside the bag on purpose: the local bag stays byte-for-byte what was validated and sent. It describes the
latest deposit of that bag (a later deposit replaces it atomically); the repository keeps the history.
A deposit to several targets writes one receipt: its top-level fields are those of the first copy made
(so a reader of single-copy receipts still finds what it expects), and ``copies`` lists every target in
order, each with its own outcome, location and checksums (a failed one with ``outcome: failed`` and its
``error``). A single-target receipt has no ``copies``.

Transfer event: the repository copy of the bag is NOT edited. Appending to the stored bag's ``premis.xml``
would mean rewriting its tag manifests, so the stored bag would no longer be the one whose fixity was proven
at transfer, and an unchanged bag would look changed at every deposit. Instead the event travels beside the
bag in the repository: in OCFL as ``deposit/premis.xml`` in the same version as the bag (so it is versioned
and fixity-checked like the bag), in S3 as ``<key stem>.premis.xml`` beside the tar.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from pathlib import Path

from archivist import __version__, clock
from archivist.fsutil import write_atomic
from archivist.source import utf8_safe
from archivist.validate.receipt import receipt_problems

__all__ = [
    "RECEIPT_SUFFIX",
    "Receipt",
    "receipt_path",
    "receipt_problems",
    "transfer_premis",
    "write_receipt",
]

RECEIPT_SUFFIX = ".deposit.json"

PREMIS = "{http://www.loc.gov/premis/v3}"
XSI_TYPE = "{http://www.w3.org/2001/XMLSchema-instance}type"


@dataclass
class Receipt:
    """What was deposited where, proven how. ``outcome`` is ``deposited`` or ``unchanged``."""

    target: str
    kind: str  # "ocfl", "s3" or "dir"
    object_id: str
    outcome: str
    bag: str
    started: str
    ended: str
    version: str | None = None  # OCFL version directory, e.g. "v2"
    location: str = ""  # object path in the storage root, or s3://bucket/key
    key: str | None = None  # S3 key of the tar
    checksums: dict[str, str] = field(default_factory=dict)
    sizes: dict[str, int] = field(default_factory=dict)
    details: dict[str, object] = field(default_factory=dict)
    archivist_version: str = __version__
    copies: list[dict[str, object]] | None = None  # several targets: every copy, in the order given
    error: str | None = None  # a failed copy only

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        for optional in ("copies", "error"):
            if data[optional] is None:
                del data[optional]  # absent rather than null: single-copy receipts stay as they were
        return data

    @property
    def failed(self) -> list[dict[str, object]]:
        """The copies that could not be made (empty for a single-target receipt, which raises instead)."""
        return [copy for copy in self.copies or [] if copy.get("outcome") == "failed"]


COPY_FIELDS = (
    "target",
    "kind",
    "outcome",
    "version",
    "location",
    "key",
    "checksums",
    "sizes",
    "details",
    "started",
    "ended",
)


def failed_copy(target: str, kind: str, object_id: str, bag: str, error: str) -> Receipt:
    moment = clock.isoformat(clock.now())
    return Receipt(
        target=target,
        kind=kind,
        object_id=object_id,
        outcome="failed",
        bag=bag,
        started=moment,
        ended=moment,
        error=error,
    )


def with_copies(first: Receipt, copies: list[Receipt]) -> Receipt:
    """``first`` with the ``copies`` list of every target's receipt (only the per-copy fields)."""
    listed = []
    for copy in copies:
        data = {name: getattr(copy, name) for name in COPY_FIELDS}
        if copy.error:
            data["error"] = copy.error
        listed.append(data)
    return replace(first, copies=listed)


def receipt_path(bag: Path) -> Path:
    """``<bag>.deposit.json`` in the directory holding the bag, never inside it: ``archivist deposit .``
    run in a bag writes beside the bag (``Path(".").parent`` is ``.`` itself, so the parent is taken of
    the absolute path)."""
    bag = Path(os.path.abspath(bag))
    return bag.parent / f"{bag.resolve().name}{RECEIPT_SUFFIX}"


def write_receipt(receipt: Receipt, bag: Path) -> Path:
    path = receipt_path(bag)
    # A bag or root whose path is not UTF-8 is recorded with those bytes as %XX (source.archive_name).
    data = json.dumps(utf8_safe(receipt.to_dict()), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    write_atomic(path, data.encode("utf-8"))
    return path


def transfer_premis(bag: Path, *, object_id: str, when: datetime, destination: str, detail: str) -> bytes:
    """The bag's own ``premis.xml`` with the transfer (``tra``) event appended: its whole history plus
    this deposit. Stored beside the bag in the repository; the bag's file itself is not changed.

    A bag without ``premis.xml`` (the archivist profile requires one) gets a document of its own.
    """
    from archivist.render.premis import PremisEvent, append_event, render_premis

    source = bag / "premis.xml"
    history = source.read_bytes() if source.is_file() else None
    package = _package_identifier(history) if history else None
    event = PremisEvent(
        type="tra",
        detail=f'program="archivist"; version="{__version__}"; {detail}',
        outcome_detail=f"deposited to {destination}; read back and verified",
        objects=(package or object_id,),
        time=when,
    )
    if history is None:
        return render_premis([], [event], ingest_time=when, package_id=object_id, package_id_type="local")
    return append_event(history, event)


def _package_identifier(premis_xml: bytes) -> str | None:
    """The identifier of the document's intellectual entity (the package), to link the event to it."""
    from archivist.validate.xmlsafe import parse_xml

    root = parse_xml(premis_xml, file="premis.xml").getroot()
    for obj in root.iterfind(f"{PREMIS}object"):
        if obj.get(XSI_TYPE, "").endswith("intellectualEntity"):
            return obj.findtext(f"{PREMIS}objectIdentifier/{PREMIS}objectIdentifierValue")
    return None
