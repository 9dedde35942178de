"""Deposit a bag into an OCFL 1.1 storage root: one object per bag, one version per changed bag.

Object id: the bag's ``External-Identifier``. Logical state of every version:
  ``bag/...``            the whole bag as received, tag files included, byte for byte
  ``deposit/premis.xml`` the PREMIS transfer event of this deposit (see ``receipt.py`` for why it is
                         beside the bag rather than inside it)
An identical bag (same ``bag/`` state) changes nothing. The storage root declares the community extension
``0003-hash-and-id-n-tuple-storage-layout``: ocfl-py 2.1 implements and validates it (it has no 0004), so
a root archivist writes is readable by ocfl-py's own tools without registering anything.

Atomicity. ocfl-py builds objects and versions in place (``Object.write_new_version`` makes ``vN/`` and
rewrites the root inventory file by file), so a crash can leave a half-written version that makes the
object invalid. We therefore use ocfl-py only to *build*, in a workspace on the same filesystem, and move
the result in ourselves:
  * a new object is renamed into place (its missing layout directories come with it, so no empty
    directory is ever left behind);
  * a new version is built on a clone of the object (version directories hard-linked: they are immutable;
    the root inventory copied) and swapped with the live object in one ``renameat2(RENAME_EXCHANGE)``.
    Where that call is missing (not Linux, or a filesystem without it) the swap is two renames; a crash
    between them is repaired by the next deposit, which puts the old object back first.
The workspace is ``.<root name>.deposit-staging/`` beside the storage root, so the root itself never
holds anything but OCFL (ocfl-py 2.1's ``list_objects`` even crashes on an unregistered directory in
``extensions/``). Only when that sibling is on another filesystem or not writable is the workspace
``extensions/archivist-deposit-staging/`` inside the root (ocfl-py's validator warns W901 while it exists).
A lock on the storage root directory serialises deposits into one root, so leftovers in a workspace
always belong to a dead deposit and are removed by the next one.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from archivist import AGENT
from archivist.deposit.common import DepositFailed, bag_files, file_digest
from archivist.errors import InputError
from archivist.fsutil import (
    RENAME_EXCHANGE,
    fsync_dir,
    fsync_file,
    renameat2,
    staging_dir,
    staging_in_use,
    sync_tree,
)
from archivist.source import archive_name
from archivist.validate.ocfl import ocfl_module

LAYOUT = "0003-hash-and-id-n-tuple-storage-layout"
INNER_WORKSPACE = "extensions/archivist-deposit-staging"
BAG_PREFIX = "bag/"
EVENT_PATH = "deposit/premis.xml"
ROOT_DECLARATION = "0=ocfl_1.1"
# OCFL wants each version's user to have an address URI (W008); the depositing user is archivist itself.
USER_ADDRESS = "urn:archivist:agent"

ocfl = ocfl_module()


@dataclass(frozen=True)
class OcflResult:
    outcome: str  # "deposited" or "unchanged"
    version: str
    object_path: str  # relative to the storage root
    inventory_sha512: str
    files: int
    bytes: int


def ensure_storage_root(root: Path) -> None:
    """Create an OCFL 1.1 storage root at ``root`` unless one is there; refuse anything else.

    Built beside ``root`` and renamed in, so a crash never leaves a root without its declaration.
    """
    if root.is_symlink():  # the link's target is the root; renaming a new root over it would drop the link
        root = Path(os.path.realpath(root))
    if (root / ROOT_DECLARATION).is_file():
        return
    if root.exists() and (not root.is_dir() or any(root.iterdir())):
        raise InputError("not an OCFL 1.1 storage root (no 0=ocfl_1.1) and not empty", where=str(root))
    with staging_dir(root) as stage:
        built = stage / "root"
        try:
            ocfl.StorageRoot(root=str(built), layout_name=LAYOUT).initialize(spec_version="1.1")
        except ocfl.StorageRootException as exc:
            raise DepositFailed("cannot create the OCFL storage root", where=str(root), why=str(exc)) from exc
        try:
            os.replace(built, root)  # replaces an empty directory too
        except OSError:
            if not (root / ROOT_DECLARATION).is_file():
                raise
            return  # another deposit created it meanwhile: use theirs
    fsync_dir(root.parent)


def deposit_ocfl(
    bag: Path,
    root: Path,
    object_id: str,
    *,
    created: str,
    event: bytes,
    sha512: dict[str, str] | None = None,
) -> OcflResult:
    """Store ``bag`` as (a new version of) object ``object_id`` in the storage root ``root``.

    ``sha512``: the bag's files' digests when the caller has them (the deposit's verified copy).
    """
    ensure_storage_root(root)
    digests = {
        f"{BAG_PREFIX}{rel}": (path, sha512[rel] if sha512 is not None else file_digest(path, "sha512"))
        for rel, path in bag_files(bag)
    }
    with _root_lock(root):
        for candidate in workspace_dirs(root):
            _recover(root, candidate)
        object_path = _object_path(root, object_id)
        live = root / object_path
        inventory = _read_inventory(live) if live.exists() else None
        if inventory is not None:
            if inventory.get("id") != object_id:
                raise DepositFailed(
                    f"path {object_path} holds object {inventory.get('id')!r}", where=str(root)
                )
            if _bag_state(inventory) == {logical: d for logical, (_, d) in digests.items()}:
                return _result("unchanged", live, object_path, inventory, digests)
        workspace = _make_workspace(root)
        work = Path(tempfile.mkdtemp(prefix=f"{os.getpid()}-", dir=workspace))
        try:
            source = work / "src"
            for logical, (path, _) in digests.items():
                _link_or_copy(path, source / logical)
            (source / EVENT_PATH).parent.mkdir(parents=True, exist_ok=True)
            (source / EVENT_PATH).write_bytes(event)
            metadata = ocfl.VersionMetadata(
                created=created,
                message=f"archivist deposit of bag {archive_name(bag.name)}",
                name=AGENT,
                address=USER_ADDRESS,
            )
            with _digests_known_to_ocfl_py({logical: digest for logical, (_, digest) in digests.items()}):
                if inventory is None:
                    _create_object(root, work, source, object_path, object_id, metadata)
                else:
                    _add_version(root, work, source, live, metadata)
        finally:
            shutil.rmtree(work, ignore_errors=True)
            with contextlib.suppress(OSError):
                workspace.rmdir()  # an empty workspace is not left behind
        return _result("deposited", live, object_path, _read_inventory(live), digests)


# ocfl-py computes the SHA-512 of every file it adds to a version (``ocfl.new_version.file_digest``), with no
# way to pass digests in. A bag's files were hashed as the deposit copied them and verified against the
# bag's manifests, so ocfl-py is handed those digests for the duration of the build: each byte of a bag is
# hashed once per deposit. The lock keeps a concurrent deposit in another thread of this process from ever
# seeing another bag's digests; files not given (the deposit's own PREMIS) are hashed by ocfl-py as usual.
_BUILD_LOCK = threading.Lock()


@contextlib.contextmanager
def _digests_known_to_ocfl_py(known: dict[str, str]) -> Iterator[None]:
    import ocfl.new_version as new_version

    with _BUILD_LOCK:
        hash_file = new_version.file_digest

        def file_digest(filename: str, digest_type: str = "sha512", fs: Any = None) -> str:
            found = known.get(str(filename).lstrip("/")) if digest_type == "sha512" else None
            return found if found is not None else hash_file(filename, digest_type, fs=fs)

        new_version.file_digest = file_digest
        try:
            yield
        finally:
            new_version.file_digest = hash_file


def _create_object(
    root: Path, work: Path, source: Path, object_path: str, object_id: str, metadata: ocfl.VersionMetadata
) -> None:
    # Build the object under work/ at its full layout path, then move in its topmost missing directory.
    parts = Path(object_path).parts
    present = 0
    while present < len(parts) - 1 and (root.joinpath(*parts[: present + 1])).is_dir():
        present += 1
    built = work / "new" / Path(*parts[present:])
    built.parent.mkdir(parents=True, exist_ok=True)
    ocfl.Object(identifier=object_id).create(srcdir=str(source), metadata=metadata, objdir=str(built))
    sync_tree(work / "new")
    top = root.joinpath(*parts[: present + 1])
    _move_in(work / "new" / parts[present], top)
    fsync_dir(top.parent)


def _add_version(root: Path, work: Path, source: Path, live: Path, metadata: ocfl.VersionMetadata) -> None:
    clone = work / "object"
    clone.mkdir()
    for entry in sorted(live.iterdir()):
        if entry.is_dir() and re.fullmatch(r"v\d+", entry.name):
            # Version directories are immutable once written: share their files.
            shutil.copytree(entry, clone / entry.name, copy_function=_link_or_copy_fn)
        elif entry.is_dir():
            shutil.copytree(entry, clone / entry.name)
        else:
            shutil.copy2(entry, clone / entry.name)  # the root inventory is rewritten: never share it
    try:
        inventory = ocfl.Object().add_version_with_content(
            objdir=str(clone), srcdir=str(source), metadata=metadata
        )
    except ocfl.ObjectException as exc:
        raise DepositFailed("cannot add a version to the object", where=str(live), why=str(exc)) from exc
    sync_tree(clone / inventory.head)
    for name in ("inventory.json", "inventory.json.sha512"):
        fsync_file(clone / name)
    _exchange(clone, live, work)
    fsync_dir(live.parent)


def _move_in(built: Path, top: Path) -> None:
    """A complete new object (with its missing layout directories) renamed into the storage root."""
    os.rename(built, top)


def _exchange(new: Path, live: Path, work: Path) -> None:
    """Swap ``new`` into ``live``'s place; the old object ends up at ``new``'s path (in the workspace)."""
    try:
        renameat2(new, live, RENAME_EXCHANGE)
        return
    except OSError as exc:
        if exc.errno not in {errno.ENOSYS, errno.EINVAL, errno.ENOTSUP}:
            raise
    # Fallback: two renames. The old object waits as "retired-*" in the workspace; _recover puts it
    # back if we die before the second rename.
    retired = work.parent / f"retired-{work.name}"
    os.rename(live, retired)
    os.rename(new, live)
    shutil.rmtree(retired, ignore_errors=True)


def workspace_dirs(root: Path) -> list[Path]:
    """Where a deposit into ``root`` builds: beside the root if possible, else inside it."""
    resolved = root.resolve()  # "." has no useful .parent until resolved
    return [resolved.parent / f".{resolved.name}.deposit-staging", root / INNER_WORKSPACE]


def _make_workspace(root: Path) -> Path:
    beside, inside = workspace_dirs(root)
    try:
        if (
            os.stat(beside.parent).st_dev == os.stat(root).st_dev
        ):  # rename(2) works only within one filesystem
            beside.mkdir(exist_ok=True)
            return beside
    except PermissionError:
        pass
    inside.mkdir(parents=True, exist_ok=True)
    return inside


def _object_path(root: Path, object_id: str) -> str:
    """Where the root's storage layout puts ``object_id``; a root ocfl-py cannot use is one line."""
    try:
        storage = ocfl.StorageRoot(root=str(root))
        storage.open_root_fs()
        storage.check_root_structure()
        if storage.layout is None:
            raise DepositFailed(
                "the OCFL storage root declares no storage layout (ocfl_layout.json)", where=str(root)
            )
        return storage.object_path(object_id)
    except (ocfl.StorageRootException, ocfl.ObjectException, ValueError, KeyError, TypeError) as exc:
        raise DepositFailed(
            "the OCFL storage root or its layout cannot be used", where=str(root), why=str(exc)
        ) from exc


def _recover(root: Path, workspace: Path) -> None:
    """Finish or undo what a killed deposit left in the workspace (we hold the root lock: none is live)."""
    if not workspace.is_dir():
        return
    for entry in sorted(workspace.iterdir()):
        if staging_in_use(entry):
            continue  # a live deposit's verified copy of its bag (deposit/snapshot.py)
        if entry.name.startswith("retired-"):
            inventory = _read_inventory(entry)
            home = root / _object_path(root, inventory["id"])
            if not home.exists():
                os.rename(entry, home)  # died between the two renames: the old object goes back
                continue
        shutil.rmtree(entry, ignore_errors=True)
    with contextlib.suppress(OSError):
        workspace.rmdir()


@contextlib.contextmanager
def _root_lock(root: Path) -> Iterator[None]:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX: no lock, deposits must not run concurrently
        yield
        return
    fd = os.open(root, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _read_inventory(object_dir: Path) -> dict:
    path = object_dir / "inventory.json"
    try:
        # ocfl-py's own JSON: read as it wrote it (an older archivist wrote lone surrogates into a
        # version message); a number past Python's digit limit is a ValueError, caught below.
        inventory = json.loads(path.read_bytes())
        sidecar = (object_dir / "inventory.json.sha512").read_text().split()[0]
    except (OSError, ValueError, IndexError) as exc:
        raise DepositFailed("cannot read the object's inventory", where=str(path), why=str(exc)) from exc
    if file_digest(path, "sha512") != sidecar:
        raise DepositFailed("the object's inventory does not match its sidecar digest", where=str(path))
    return inventory


def _bag_state(inventory: dict) -> dict[str, str]:
    state = inventory["versions"][inventory["head"]]["state"]
    return {p: digest for digest, paths in state.items() for p in paths if p.startswith(BAG_PREFIX)}


def _result(outcome: str, live: Path, object_path: str, inventory: dict, digests: dict) -> OcflResult:
    return OcflResult(
        outcome=outcome,
        version=inventory["head"],
        object_path=object_path,
        inventory_sha512=file_digest(live / "inventory.json", "sha512"),
        files=len(digests),
        bytes=sum(path.stat().st_size for path, _ in digests.values()),
    )


def _link_or_copy(src: Path, dst: Path) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    _link_or_copy_fn(str(src), str(dst))


def _link_or_copy_fn(src: str, dst: str) -> str:
    # A hard link costs nothing and the source is never written through it (ocfl-py only reads sources
    # and writes new files); across filesystems it falls back to a copy.
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)
    return dst
