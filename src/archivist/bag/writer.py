"""Write a BagIt 1.0 bag (RFC 8493) atomically: staged beside its destination, renamed into place whole.

We write bags ourselves rather than with bagit-python (which stays the independent check in the tests):
bagit-python 1.9.0 writes ``BagIt-Version: 0.97``, sorts bag-info.txt (the RFC says order MUST be
preserved), does not percent-encode ``%`` in manifest paths, and bags *in place* by moving the caller's
files, which archivist must never do.

Guarantees:
* the payload is copied, never moved; sources are opened read-only; a symlink whose target leaves its
  entry's root, a non-regular file, a path with ``..``/absolute/``~`` components is refused;
* names that collide by case or Unicode normalisation are refused (RFC 8493 §6.1.1.3);
* the digests are of the bytes written to the copy; a source that changes while it is copied, or whose
  copy does not match the digests the caller expected, fails the bag;
* nothing exists under ``dest`` until the complete bag is renamed there; an existing ``dest`` is never
  replaced (``BagExists``: whether that is an idempotent re-run is the caller's decision);
* same inputs and same ``SOURCE_DATE_EPOCH`` → byte-identical files and identical mtimes.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from archivist import AGENT, clock, fsutil
from archivist.bag import baginfo, hashing, writeback
from archivist.bag.paths import encode_path
from archivist.bag.payload import (
    PayloadEntry,
    PayloadFile,
    check_payload_paths,
    check_tag_names,
    payload_from_paths,
)
from archivist.bag.payload_sources import checked_source
from archivist.bag.staged_payload import check_complete, check_listed
from archivist.errors import InputError
from archivist.formats import identify

if TYPE_CHECKING:
    from archivist.bag.commit import CommitGroup
    from archivist.bag.reader import DirSource

__all__ = [
    "BagExists",
    "BagResult",
    "DerivedTagFile",
    "PayloadEntry",
    "PayloadFile",
    "StagedBag",
    "payload_from_paths",
    "write_bag",
]

BAGIT_TXT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"


class BagExists(InputError):
    """The destination already exists; archivist never replaces it."""


@dataclass(frozen=True)
class DerivedTagFile:
    """A tag file made from what was written: ``make(files, moment)`` gets the payload files (digests,
    formats) and the bagging moment, e.g. a PREMIS document. The caller's layer knows its content; the
    bag only stores it and covers it with the tag manifests."""

    name: str
    make: Callable[[Sequence[PayloadFile], datetime], bytes]


@dataclass(frozen=True)
class StagedBag:
    """What the writer put in the staging directory, as it wrote it: facts for a check before the rename
    that need not be read back from disk (issue 14: hash once).

    ``tag_files``: every tag file's bytes (manifests and tag manifests included); ``digests``: bag-relative
    path → algorithm → hex digest of every payload file and every tag file but the tag manifests, each
    computed from the bytes as they were written; ``mtime_ns``: the mtime every file was given last;
    ``listing``: the staging directory as found on disk once the writer was done (walked once, for the
    writer's own completeness check and for the check before the rename alike).
    """

    path: Path
    files: tuple[PayloadFile, ...]
    tag_files: Mapping[str, bytes]
    digests: Mapping[str, Mapping[str, str]]
    mtime_ns: int
    listing: DirSource | None = None


@dataclass(frozen=True)
class BagResult:
    """What was written: where, the payload files (with digests and formats), and bag-info as written."""

    path: Path
    files: tuple[PayloadFile, ...]
    bag_info: tuple[tuple[str, str], ...]
    payload_bytes: int

    @property
    def payload_oxum(self) -> str:
        return baginfo.payload_oxum(self.payload_bytes, len(self.files))


def write_bag(
    payload: Sequence[PayloadEntry],
    dest: Path,
    *,
    bag_info: Sequence[tuple[str, str]],
    tag_files: Mapping[str, bytes] | None = None,
    derived: Sequence[DerivedTagFile] = (),
    algorithms: Sequence[str] = hashing.DEFAULT_ALGORITHMS,
    profile_identifier: str | None = baginfo.PROFILE_IDENTIFIER,
    software_agent: str = AGENT,
    workers: int | None = None,
    before_rename: Callable[[Path], None] | None = None,
    check_staged: Callable[[StagedBag], None] | None = None,
    moment: datetime | None = None,
    fsync: bool | None = None,
    group: CommitGroup | None = None,
) -> BagResult:
    """Build a bag from ``payload`` at ``dest``.

    Arguments:
        payload: entries (``data/...`` path, source file or bytes); see ``PayloadEntry``.
        bag_info: the caller's elements, written first and in this order; Bagging-Date, Payload-Oxum,
            Bag-Size, BagIt-Profile-Identifier and Bag-Software-Agent are appended (the first three may
            not be given).
        tag_files: extra tag files (bag-relative name outside ``data/`` → bytes), covered by tag manifests.
        derived: tag files made once the payload is written (see ``DerivedTagFile``), e.g. PREMIS.
        before_rename: called with the staging directory once the bag is complete, before it is renamed;
            raising there aborts the bag (e.g. a full validation).
        check_staged: called at the same moment, after ``before_rename``, with what was written and its
            digests (``StagedBag``), so that a check need not read the bag back; raising aborts the bag.
        moment: the Bagging-Date and every mtime (default: ``clock.now()``, read once).
        fsync: make the bag durable before it is renamed (default: ``fsutil.FSYNC``).
        group: stage the complete, checked bag in this ``CommitGroup`` instead of putting it in place
            now: it is synced and renamed (or found taken) by the group's ``commit()``, and nothing is
            at ``dest`` until then.
    Returns: a ``BagResult`` (with ``group``: what ``dest`` will hold once committed).
    Raises: ``BagExists``; ``InputError`` for refused payload, names or bag-info; ``OSError``.
    """
    dest = Path(dest)
    algorithms = [hashing.normalize_algorithm(a) for a in algorithms]
    if not algorithms or len(set(algorithms)) != len(algorithms):
        raise InputError("checksum algorithms must be given once each", where=",".join(algorithms))
    try:
        hashing.new_hashers(algorithms)
    except ValueError as exc:
        raise InputError("unsupported checksum algorithm", where=",".join(algorithms), why=str(exc)) from None
    check_payload_paths([entry.path for entry in payload])
    tags = dict(tag_files or {})
    check_tag_names(tags, algorithms, reserved=[d.name for d in derived])
    baginfo.refuse_computed(bag_info)
    real_dirs: dict[str, str] = {}
    sources = [checked_source(entry, real_dirs) for entry in payload]
    if os.path.lexists(dest):
        raise BagExists("bag not written: destination already exists", where=str(dest))
    moment = moment or clock.now()
    # Made 0o777 less the umask by the kernel, as the bag's own subdirectories: the final mode.
    with fsutil.staging(dest, mode=0o777) as staging:
        stage = staging.path
        # A bag to be synced has its large files handed to the disk while they are copied, so that the
        # sync before the rename finds little left to write (bag/writeback.py).
        with writeback.Writeback() as early:
            durable = fsutil.FSYNC if fsync is None else fsync
            files = _write_payload(
                payload, sources, stage, algorithms, workers, handover=early.submit if durable else None
            )
        total = sum(f.size for f in files)
        computed = baginfo.computed_elements(
            total,
            len(files),
            moment=moment,
            profile_identifier=profile_identifier,
            software_agent=software_agent,
        )
        info = [*bag_info, *computed]
        written: dict[str, bytes] = {"bagit.txt": BAGIT_TXT, "bag-info.txt": baginfo.format_bag_info(info)}
        for name in algorithms:
            written[f"manifest-{name}.txt"] = _manifest((f.path, f.digests[name]) for f in files)
        if check_staged is None:
            check_complete(stage, files)
        for tag in derived:
            written[tag.name] = tag.make(files, moment)
        written.update(tags)
        tag_digests = {path: hashing.hash_bytes(data, algorithms).digests for path, data in written.items()}
        for name in algorithms:
            written[f"tagmanifest-{name}.txt"] = _manifest((p, d[name]) for p, d in tag_digests.items())
        root = os.fspath(stage)  # paths joined as strings below: a Path per file cost more than its write
        for path, data in written.items():
            if "/" in path:
                (stage / path).parent.mkdir(parents=True, exist_ok=True)  # tag directories (RFC 8493 §2)
            _write_new(f"{root}/{path}", data)
        _settle(stage, [f.path for f in files] + list(written), int(moment.timestamp()))
        listing = None
        if check_staged is not None:
            # Why: the check before the rename lists the whole staging directory anyway; walking it once
            # here, for the writer's completeness check too, spares a second walk of data/ per bag
            # (issue 14: about 20 system calls per article). Imported here: the reader brings tarfile.
            from archivist.bag.reader import DirSource

            listing = DirSource(stage)
        staged = StagedBag(
            stage,
            tuple(files),
            written,
            {**{f.path: f.digests for f in files}, **tag_digests},
            int(moment.timestamp()) * 10**9,
            listing,
        )
        if group is not None:
            # Checked now; synced, renamed and its directory synced by the group's one commit.
            _before_rename(staged, before_rename, check_staged)
            check_listed(stage, files, listing)
            group.adopt(staging, dest)
            return BagResult(dest, tuple(files), tuple(info), total)
        # Durable before it becomes visible: one pass over the finished tree, not an fsync per file.
        fsutil.sync_tree(stage, fsync=fsync)
        _before_rename(staged, before_rename, check_staged)
        check_listed(stage, files, listing)
        rename_noreplace(stage, dest)
        staging.published()
    fsutil.fsync_dir(dest.parent, fsync=fsync)
    return BagResult(dest, tuple(files), tuple(info), total)


def _before_rename(
    staged: StagedBag,
    before_rename: Callable[[Path], None] | None,
    check_staged: Callable[[StagedBag], None] | None,
) -> None:
    if before_rename is not None:
        before_rename(staged.path)
    if check_staged is not None:
        check_staged(staged)


def _write_payload(
    payload: Sequence[PayloadEntry],
    sources: Sequence[os.stat_result | None],
    stage: Path,
    algorithms: Sequence[str],
    workers: int | None,
    *,
    handover: hashing.Handover | None,
) -> list[PayloadFile]:
    (stage / "data").mkdir()
    for rel in sorted({entry.path.rsplit("/", 1)[0] for entry in payload} - {"data"}):
        (stage / rel).mkdir(parents=True, exist_ok=True)
    tasks: list[Callable[[], hashing.FileDigests]] = []
    sizes: list[int] = []
    root = os.fspath(stage)
    for entry, before in zip(payload, sources, strict=True):
        target = f"{root}/{entry.path}"
        if isinstance(entry.source, bytes):
            tasks.append(lambda t=target, d=entry.source: _store_bytes(t, d, algorithms, handover))
            sizes.append(len(entry.source))
        else:
            assert before is not None
            tasks.append(lambda e=entry, t=target, b=before: _store_file(e, t, b, algorithms, handover))
            sizes.append(before.st_size)
    results = hashing.run_parallel(tasks, sizes, workers)
    facts = []
    for entry, result in zip(payload, results, strict=True):
        if entry.expected:
            for name, value in entry.expected.items():
                got = result.digests.get(hashing.normalize_algorithm(name))
                if got is not None and got != value.lower():
                    raise InputError(
                        "copy does not match the source's expected digest",
                        where=entry.path,
                        why=f"{name} {got} != {value}",
                    )
        fmt = entry.format or identify(entry.path, result.head)
        facts.append(PayloadFile(entry.path, result.size, result.digests, fmt, entry.original_name))
    return sorted(facts, key=lambda f: encode_path(f.path))


def _store_bytes(
    target: str, data: bytes, algorithms: Sequence[str], handover: hashing.Handover | None
) -> hashing.FileDigests:
    _write_new(target, data, handover=handover if len(data) >= hashing.WRITEBACK_MIN else None)
    return hashing.hash_bytes(data, algorithms)


def _store_file(
    entry: PayloadEntry,
    target: str,
    before: os.stat_result,
    algorithms: Sequence[str],
    handover: hashing.Handover | None,
) -> hashing.FileDigests:
    source = os.path.realpath(entry.source)  # type: ignore[arg-type]
    # A copy that will be synced (``handover`` is given only then) writes its large files past the page
    # cache (bag/direct.py); one that will not leaves them to the cache, the faster way when nobody waits.
    result = hashing.copy_and_hash(
        source, target, algorithms, expect=before, writeback=handover, direct=handover is not None
    )
    after = os.stat(source)
    # A source rewritten during the copy would leave a bag whose digests match no version of it. The
    # ctime counts too: a writer can put size and mtime back (``rsync --inplace --times``), not ctime.
    changed = _identity(after) != _identity(before)
    if changed or result.size != before.st_size:
        raise InputError("payload source changed while it was being copied", where=str(entry.source))
    return result


def _identity(info: os.stat_result) -> tuple[int, ...]:
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


def _manifest(lines: object) -> bytes:
    """``checksum  path`` lines sorted by (percent-encoded) path; two spaces, as sha256sum writes."""
    rows = sorted((encode_path(path), digest) for path, digest in lines)  # type: ignore[attr-defined]
    return "".join(f"{digest}  {path}\n" for path, digest in rows).encode("utf-8")


def _write_new(path: str | Path, data: bytes, *, handover: hashing.Handover | None = None) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags, 0o644)
    try:  # os.write on the descriptor: a file object would add an fstat and a buffer per small file
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        if handover is not None:
            handover(fd, 0, len(data))
    finally:
        os.close(fd)


def _settle(stage: Path, written: Sequence[str], mtime: int) -> None:
    """Give every file the writer wrote (bag-relative paths) and every directory it made the clock's
    mtime (for reproducible tars).

    From the writer's own list rather than a walk of the staging directory (three syscalls per
    directory saved per bag): anything else found there is refused by the check before the rename.
    Directories last and deepest first: creating entries in a directory changes its mtime.
    """
    times = (mtime * 10**9,) * 2
    root = os.fspath(stage)
    directories = {""}
    for path in written:
        os.utime(f"{root}/{path}", ns=times, follow_symlinks=False)
        parts = path.split("/")[:-1]
        directories.update("/".join(parts[:depth]) for depth in range(1, len(parts) + 1))
    for directory in sorted(directories, key=lambda d: (-d.count("/") - bool(d), d)):
        os.utime(f"{root}/{directory}" if directory else root, ns=times, follow_symlinks=False)


def rename_noreplace(source: Path, target: Path) -> None:
    """Rename a directory, failing if ``target`` exists, even as an empty directory (which plain
    ``rename(2)`` would silently replace). Uses Linux ``renameat2(RENAME_NOREPLACE)`` when available."""
    try:
        fsutil.renameat2(source, target, fsutil.RENAME_NOREPLACE)
        return
    except FileExistsError:
        raise BagExists("bag not written: destination appeared meanwhile", where=str(target)) from None
    except OSError as exc:
        if exc.errno not in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
            raise
    if os.path.lexists(target):
        raise BagExists("bag not written: destination appeared meanwhile", where=str(target))
    os.rename(source, target)
