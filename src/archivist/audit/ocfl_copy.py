"""An OCFL 1.1 storage root as a copy: every object checked in full, events in the object's ``logs/``.

Check of one object (every byte read once):
  * ``0=ocfl_object_1.1``, ``inventory.json`` against its sidecar, the inventory's structure (ocfl-py's
    ``InventoryValidator``, which reads no content), its id, and each version's inventory sidecar;
  * the files on disk against the manifest (nothing missing, nothing unlisted);
  * the head version's ``bag/`` as a BagIt bag (RFC 8493, every digest), read in place through its logical
    state, so the bag is validated exactly as it would be if it were extracted;
  * every other content file (earlier versions, ``deposit/premis.xml``, the tag manifests themselves)
    against the inventory digest. A bag file the bag's own SHA-512 manifests already proved, with the
    digest the inventory records, is not hashed a second time: that is what keeps an audit at the speed of
    hashing the bytes once (bench/bench_audit.py).
Proven unchanged (``ocfl_bag``): ocfl-py's validation of the inventory's structure and the strict
validation of the bag are not run again when the inventory's digest equals one an intact check logged
as validated (with the same validators); every content file is still hashed and every digest compared.
Events: in ``<object>/logs/`` (``ocfl_log``, kept append-only by ``segments``), which OCFL 1.1 §3.1 sets
aside for exactly this and validators ignore (ocfl-py does).
Repair, file by file: a damaged or missing content file is rewritten from the good bag's file with the
digest the inventory records (written beside it, hashed in place, then renamed over it), and a corrupt
root inventory from the head version's identical copy; the object keeps its identity and its history. An
object that is absent, or a version behind, is deposited anew from the good bag.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import shutil
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from archivist import clock
from archivist.audit.check import (
    DAMAGED,
    FINGERPRINT_FILE,
    INTACT,
    MISSING,
    NO_FINGERPRINT,
    UNREADABLE,
    CopyCheck,
    CopyUnavailable,
)
from archivist.audit.ocfl_bag import (
    MANIFEST_NAME,
    basis_claim,
    manifest_algorithms,
    ocfl_version,
    proven_bag_problems,
    strict_bag_problems,
)
from archivist.audit.ocfl_files import (
    OBJECT_DECLARATION,
    content_files,
    hash_contents,
    layout_0003_path,
    object_dirs,
    read_small,
)
from archivist.audit.ocfl_log import append_event, claims, documents, read_base, write_base
from archivist.audit.segments import LogState
from archivist.deposit.ocfl import BAG_PREFIX, ROOT_DECLARATION, deposit_ocfl, ocfl
from archivist.render.premis import PremisEvent

PROVEN_BAG = "the bag's structure (RFC 8493, every rule but the digests, which are all compared)"


class OcflCopy:
    def __init__(self, root: Path, name: str) -> None:
        self.root = root
        self.name = name
        self._layout: Any = None
        self._dirs: dict[str, Path] = {}
        self._read = threading.local()  # the listing of logs/ the last check on each thread made
        self._declaration = os.path.join(root, ROOT_DECLARATION)

    # -- listing ---------------------------------------------------------------------------------------
    def objects(self, *, keys: bool = True) -> dict[str, str]:
        """``keys`` false (no journal to resume from): every key is "" and each check takes its key from
        the sidecar it reads anyway, instead of the listing reading every sidecar a first time."""
        if not (self.root / ROOT_DECLARATION).is_file():
            raise CopyUnavailable("not an OCFL 1.1 storage root (no 0=ocfl_1.1)", where=self.name)
        found: dict[str, str] = {}
        try:
            for where in object_dirs(self.root):
                found[self._identifier(where)] = _quick_key(Path(where)) if keys else ""
        except OSError as exc:
            raise CopyUnavailable("cannot list the storage root", where=self.name, why=str(exc)) from exc
        return found

    def _identifier(self, object_dir: str) -> str:
        from urllib.parse import unquote

        # Layout 0003 ends the path with the encoded id: when the layout maps that id back to this very
        # directory, it is the id, and the inventory (read and checked in full by the check) is not
        # parsed a first time just to list the object.
        named = unquote(os.path.basename(object_dir))
        with contextlib.suppress(Exception):
            if os.fspath(self.object_dir(named)) == object_dir:
                return named
        try:
            return str(json.loads(read_small(os.path.join(object_dir, "inventory.json")))["id"])
        except (OSError, ValueError, KeyError, TypeError):
            return named  # a corrupt inventory still has a name

    def object_dir(self, object_id: str) -> Path:
        found = self._dirs.get(object_id)
        if found is None:  # the layout hashes the id: asked four times per object and audit, worked out once
            if self._layout is None:
                self._layout = ocfl.StorageRoot(root=str(self.root))
                self._layout.open_root_fs()  # what object_path does first: the root's layout, read
                self._layout.check_root_structure()
            path = layout_0003_path(self._layout.layout, object_id) or self._layout.object_path(object_id)
            found = self._dirs[object_id] = self.root / path
        return found

    # -- checking --------------------------------------------------------------------------------------
    def check(self, object_id: str, key: str = "", *, rederive: bool = False) -> CopyCheck:
        result = CopyCheck(self.name, object_id, INTACT, checked=clock.isoformat(clock.now()))
        if not os.path.isfile(self._declaration):  # gone or unmounted: not the object's fault
            return _failed(result, UNREADABLE, "the storage root is gone (no 0=ocfl_1.1)")
        try:
            where = os.fspath(self.object_dir(object_id))
        except Exception as exc:  # no readable layout: the whole root is in trouble
            return _failed(result, DAMAGED, f"cannot find the object's path: {exc}")
        declared = os.path.isfile(os.path.join(where, OBJECT_DECLARATION))  # then the directory is there
        if not declared and not os.path.isdir(where):
            return _failed(result, MISSING, "no such object")
        result.key = key  # when empty (no journal to resume from), set from the sidecar the check reads
        check = _ObjectCheck(where, object_id, result, rederive=rederive, declared=declared)
        try:
            check.run()
        except OSError as exc:
            result.problems.append(f"{exc.filename or where}: cannot read ({exc.strerror or exc})")
        if result.problems:
            result.status = DAMAGED
        self._read.log = (object_id, check.log) if check.log is not None else None
        return result

    # -- events ----------------------------------------------------------------------------------------
    def append_event(
        self, object_id: str, make_event: Callable[[str], PremisEvent], when: datetime, *, rederive: bool
    ) -> None:
        """Append an event to the object's log (``ocfl_log``); the listing of ``logs/`` the check of this
        object on this thread just made is taken once, not made again."""
        just = getattr(self._read, "log", None)
        self._read.log = None
        state = just[1] if just is not None and just[0] == object_id else None
        append_event(self.object_dir(object_id), state, object_id, make_event, when, rederive=rederive)

    def read_event_documents(self, object_id: str) -> list[bytes]:
        """Every document of the object's log, in order (``--history``)."""
        return documents(self.object_dir(object_id))

    def read_events(self, object_id: str) -> bytes | None:
        return read_base(self.object_dir(object_id))

    def write_events(self, object_id: str, data: bytes) -> None:
        write_base(self.object_dir(object_id), data)

    # -- repair ----------------------------------------------------------------------------------------
    def export_bag(self, object_id: str, workdir: Path) -> Path:
        where = self.object_dir(object_id)
        inventory = json.loads((where / "inventory.json").read_bytes())
        from archivist.deposit.directory import bag_dirname

        target = workdir / bag_dirname(object_id)
        for logical, content in _logical_state(inventory, inventory["head"]).items():
            if logical.startswith(BAG_PREFIX):
                out = target / logical[len(BAG_PREFIX) :]
                out.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(where / content, out)
        return target

    def restore(self, object_id: str, bag: Path, damaged: CopyCheck) -> str:
        from archivist.deposit.receipt import transfer_premis

        where = self.object_dir(object_id)
        if damaged.status == DAMAGED and where.is_dir():
            from archivist.audit.ocfl_repair import repair_files

            return repair_files(where, bag)
        moment = clock.now()
        event = transfer_premis(
            bag,
            object_id=object_id,
            when=moment,
            destination=f"ocfl:{self.root}",
            detail='target="ocfl"; repair="archivist audit"',
        )
        result = deposit_ocfl(bag, self.root, object_id, created=clock.isoformat(moment), event=event)
        return f"deposited {result.version} from the good copy"


class _ObjectCheck:
    def __init__(
        self, where: str, object_id: str, result: CopyCheck, *, rederive: bool = False, declared: bool
    ) -> None:
        self.where = where
        self.declared = declared  # the object's declaration is a file (the caller looked)
        self.object_id = object_id
        self.result = result
        self.rederive = rederive
        self.root_digest = ""
        self.root_files = (b"", b"")  # the root inventory's bytes and its sidecar's
        self.log: LogState | None = None  # what the listing of logs/ found, read for the claims
        self.proven = False  # the inventory's bytes are those an intact check validated (``ocfl_bag``)

    def problem(self, text: str) -> None:
        self.result.problems.append(text)

    def run(self) -> None:
        if not self.declared:
            self.problem(f"{OBJECT_DECLARATION} is missing")
        inventory = self._inventory(os.path.join(self.where, "inventory.json"))
        if inventory is None:
            return
        head = inventory["head"]
        self.result.version = head
        algorithm = inventory.get("digestAlgorithm", "sha512")
        manifest: dict[str, str] = {
            path: digest for digest, paths in inventory["manifest"].items() for path in paths
        }
        for version in inventory["versions"]:
            self._version_inventory(version, head)
        on_disk = set(content_files(self.where))
        for missing in sorted(set(manifest) - on_disk):
            self.problem(f"{missing}: listed in the inventory but missing")
        for extra in sorted(on_disk - set(manifest)):
            self.problem(f"{extra}: on disk but not in the inventory")
        state = _logical_state(inventory, head)
        self.result.history = [_fingerprint(inventory, v) or "" for v in inventory["versions"]]
        self.result.fingerprint = self.result.history[-1] or None
        if self.result.fingerprint is None:
            self.problem(NO_FINGERPRINT)
        bag = {
            logical[len(BAG_PREFIX) :]: content
            for logical, content in state.items()
            if logical.startswith(BAG_PREFIX) and content in on_disk
        }
        # Every content file is read once, hashed with the inventory's algorithm and every algorithm of
        # the bag's manifests at once; the bag validator is then handed those digests (known) and reads
        # only the tag files it parses.
        algorithms = [algorithm, *sorted(manifest_algorithms(bag) - {algorithm})]
        todo = sorted(path for path in manifest if path in on_disk)
        paths = [f"{self.where}/{p}" for p in todo]  # listed files only (``on_disk``): no join needed
        manifests = {
            rel: f"{self.where}/{content}" for rel, content in bag.items() if MANIFEST_NAME.match(rel)
        }  # their bytes are kept, to be parsed without reading again
        hashed, kept = hash_contents(paths, algorithms, keep=set(manifests.values()))
        digests = dict(zip(todo, hashed, strict=True))
        for path in todo:
            found = digests[path].digests.get(algorithm, "")
            if found != manifest[path]:
                self.problem(f"{path}: {algorithm} is {found}, the inventory says {manifest[path]}")
        self._check_bag(
            bag,
            {rel: digests[content].digests for rel, content in bag.items()},
            {path: found.size for path, found in digests.items()},
            {
                rel: kept[path] if path in kept else read_small(path)  # large: not kept
                for rel, path in manifests.items()
            },
        )
        self.result.files = len(manifest)
        self.result.bytes = sum(d.size for d in digests.values())

    def _inventory(self, path: str) -> dict[str, Any] | None:
        from ocfl.inventory_validator import InventoryValidator
        from ocfl.validation_logger import ValidationLogger

        try:
            data = read_small(path)
        except FileNotFoundError:
            self.problem("inventory.json is missing")
            return None
        try:
            sidecar = read_small(f"{path}.sha512")
            recorded = sidecar.decode().split()[0]
        except (OSError, IndexError, UnicodeDecodeError):
            self.problem("inventory.json.sha512 is missing or unreadable")
            sidecar, recorded = b"", ""
        self.root_digest = hashlib.sha512(data).hexdigest()
        self.root_files = (data, sidecar) if recorded == self.root_digest else (b"", b"")
        self.result.key = self.result.key or recorded  # what the listing reads as the key (_quick_key)
        if recorded and self.root_digest != recorded:
            self.problem("inventory.json does not match its sidecar digest (corrupt inventory)")
            return None
        try:
            inventory = json.loads(data)
        except ValueError as exc:
            self.problem(f"inventory.json is not JSON ({exc})")
            return None
        claim = basis_claim(self.root_digest)
        self.proven = not self.rederive and self._claimed(claim)
        if self.proven:
            why = "inventory sha512 unchanged since an intact check"
            self.result.proven += [
                f"the inventory's structure (ocfl-py {ocfl_version()}): {why}",
                f"{PROVEN_BAG}: {why}",
            ]
        else:
            log = ValidationLogger(log_warnings=False, validation_codes=_validation_codes())
            validator = InventoryValidator(log=log, where="root")
            validator.validate(inventory)
            if log.num_errors:
                codes = ", ".join(sorted(log.codes))
                self.problem(f"inventory.json breaks the OCFL inventory rules ({codes})")
                return None
        if inventory.get("id") != self.object_id:
            self.problem(f"inventory.json is for object {inventory.get('id')!r}")
            return None
        self.result.claim = claim
        return inventory

    def _claimed(self, claim: str) -> bool:
        try:
            found, self.log = claims(self.where, claim)
        except OSError:
            return False
        return found

    def _version_inventory(self, version: str, head: str) -> None:
        path = os.path.join(self.where, version, "inventory.json")
        try:
            data = read_small(path)
        except FileNotFoundError:
            return  # optional for earlier versions (OCFL 1.1 §3.5.3: SHOULD); ocfl-py writes them
        try:
            sidecar = read_small(f"{path}.sha512")
            recorded = sidecar.decode().split()[0]
        except (OSError, IndexError, UnicodeDecodeError):
            self.problem(f"{version}/inventory.json.sha512 is missing or unreadable")
            return
        if version == head and (data, sidecar) == self.root_files:
            return  # the very bytes of the root's inventory and sidecar, which were just checked
        actual = hashlib.sha512(data).hexdigest()
        if actual != recorded:
            self.problem(f"{version}/inventory.json does not match its sidecar digest")
        elif version == head and actual != self.root_digest:
            self.problem(f"{version}/inventory.json differs from the root inventory (OCFL 1.1 §3.5.3)")

    def _check_bag(
        self,
        files: dict[str, str],
        known: dict[str, dict[str, str]],
        sizes: dict[str, int],
        manifests: dict[str, bytes],
    ) -> None:
        """Validate the head's bag in place (``files``: bag path → content path), every digest of its
        manifests compared with ``known``."""
        if not files:
            self.problem("the head version holds no bag/")
            return
        problems = proven_bag_problems(manifests, known) if self.proven else None
        if problems is None:
            problems = strict_bag_problems(Path(self.where), files, known, sizes)
            self.result.proven = [p for p in self.result.proven if not p.startswith(PROVEN_BAG)]
        self.result.problems.extend(problems)


@functools.cache
def _validation_codes() -> Any:
    """ocfl-py's table of error codes, loaded once: its ValidationLogger means to cache it on the class
    but stores it on each instance, so every object's validation would read the file again."""
    from ocfl.validation_logger import ValidationLogger

    return ValidationLogger().validation_codes


def _logical_state(inventory: dict[str, Any], version: str) -> dict[str, str]:
    """Logical path → content path for one version (the first content path of each digest)."""
    manifest = inventory["manifest"]
    state = inventory["versions"][version]["state"]
    return {logical: manifest[digest][0] for digest, paths in state.items() for logical in paths}


def _fingerprint(inventory: dict[str, Any], version: str) -> str | None:
    for digest, paths in inventory["versions"][version]["state"].items():
        if f"{BAG_PREFIX}{FINGERPRINT_FILE}" in paths:
            return digest if inventory.get("digestAlgorithm", "sha512") == "sha512" else None
    return None


def _quick_key(object_dir: Path) -> str:
    try:
        return read_small(object_dir / "inventory.json.sha512").decode().split()[0]
    except (OSError, IndexError, UnicodeDecodeError):
        return ""


def _failed(result: CopyCheck, status: str, problem: str) -> CopyCheck:
    result.status = status
    result.problems.append(problem)
    return result
