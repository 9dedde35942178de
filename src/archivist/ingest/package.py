"""An information package: a BagIt bag (``archivist.bag``) with its PREMIS 3 history as ``premis.xml``.

The bag library knows nothing of PREMIS; this module hands it the PREMIS document as a tag file made
once the payload is written (its digests and formats are the document's fixity and formats), and adds
the ``mes``, ``val`` and ``ipc`` events of bagging after the caller's earlier events.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from archivist import AGENT
from archivist.bag import baginfo, hashing
from archivist.bag.baginfo import organization_elements
from archivist.bag.commit import CommitGroup
from archivist.bag.payload import PayloadEntry, PayloadFile, payload_from_paths
from archivist.bag.writer import BagResult, DerivedTagFile, StagedBag, write_bag
from archivist.config import Config
from archivist.render.premis import FileFact, PremisEvent, render_premis

PREMIS_NAME = "premis.xml"


def write_package(
    payload: Sequence[PayloadEntry],
    dest: Path,
    *,
    bag_info: Sequence[tuple[str, str]],
    tag_files: Mapping[str, bytes] | None = None,
    algorithms: Sequence[str] = hashing.DEFAULT_ALGORITHMS,
    premis: bool = True,
    events: Sequence[PremisEvent] = (),
    package_id: str | None = None,
    profile_identifier: str | None = baginfo.PROFILE_IDENTIFIER,
    software_agent: str = AGENT,
    workers: int | None = None,
    before_rename: Callable[[Path], None] | None = None,
    check_staged: Callable[[StagedBag], None] | None = None,
    moment: datetime | None = None,
    fsync: bool | None = None,
    group: CommitGroup | None = None,
) -> BagResult:
    """``write_bag`` (same arguments and guarantees) plus ``premis.xml`` unless ``premis`` is False.

    ``events``: PREMIS events of earlier steps (metadata extraction, validation), recorded before the
    ``mes``, ``val`` and ``ipc`` events of bagging. ``package_id`` defaults to the External-Identifier,
    then to the bag's name.
    """
    dest = Path(dest)
    names = [hashing.normalize_algorithm(a) for a in algorithms]
    ident = package_id or _first(bag_info, "External-Identifier") or dest.name

    def make_premis(files: Sequence[PayloadFile], moment: datetime) -> bytes:
        facts = [FileFact(f.path, f.size, f.digests, f.format, f.original_name) for f in files]
        return render_premis(
            facts,
            [*events, *_own_events(facts, names, ident, profile_identifier)],
            agent=software_agent,
            ingest_time=moment,
            package_id=ident,
            package_id_type=_id_type(ident),
        )

    return write_bag(
        payload,
        dest,
        bag_info=bag_info,
        tag_files=tag_files,
        derived=[DerivedTagFile(PREMIS_NAME, make_premis)] if premis else [],
        algorithms=algorithms,
        profile_identifier=profile_identifier,
        software_agent=software_agent,
        workers=workers,
        before_rename=before_rename,
        check_staged=check_staged,
        moment=moment,
        fsync=fsync,
        group=group,
    )


@dataclass(frozen=True)
class Packaged:
    """What ``package_paths`` made: the bag, and its tar when one was asked for."""

    bag: BagResult
    tar: Path | None


def package_paths(
    paths: Sequence[Path],
    output: Path,
    *,
    config: Config,
    identifier: str | None = None,
    description: str | None = None,
    tar: bool = False,
) -> Packaged:
    """``archivist bag``: any files and directories packaged as a bag at ``output`` (and ``output.tar``),
    with the organisation's bag-info elements and PREMIS. An existing tar is refused before anything is
    written, rather than leave a bag without the tar that was asked for."""
    info = organization_elements(config, external_identifier=identifier, external_description=description)
    tar_path = output.with_name(output.name + ".tar") if tar else None
    if tar_path is not None:
        from archivist.bag.tarball import TarExists  # tarfile only when a tar is asked for

        if tar_path.exists():
            raise TarExists("tar not written: file already exists", where=str(tar_path))
    result = write_package(payload_from_paths(list(paths)), output, bag_info=info)
    if tar_path is not None:
        from archivist.bag.tarball import write_tar

        write_tar(result.path, tar_path)
    return Packaged(result, tar_path)


def _own_events(
    files: Sequence[FileFact], algorithms: Sequence[str], package_id: str, profile: str | None
) -> list[PremisEvent]:
    paths = tuple(f.path for f in files)
    names = ", ".join(algorithms)
    return [
        PremisEvent(
            "mes",
            f'program="archivist"; module="hashlib"; algorithms="{names}"; '
            "digests of the bytes written to the bag",
            objects=paths,
        ),
        PremisEvent(
            "val",
            "bag completeness before the bag was renamed into place: every payload file "
            "stored once, listed in every payload manifest, sizes match Payload-Oxum",
            outcome_detail=f"{len(files)} files checked",
            objects=(package_id,),
        ),
        PremisEvent(
            "ipc",
            f"BagIt 1.0 (RFC 8493) bag; manifests {names}" + (f"; profile {profile}" if profile else ""),
            objects=(package_id,),
            object_role="outcome",
        ),
    ]


def _first(elements: Sequence[tuple[str, str]], label: str) -> str | None:
    return next((v for k, v in elements if k.lower() == label.lower()), None)


def _id_type(identifier: str) -> str:
    lowered = identifier.lower()
    if lowered.startswith("urn:"):
        return "URN"
    if lowered.startswith(("http://", "https://", "tag:")):
        return "URI"
    return "local"
