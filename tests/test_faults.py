"""Faults (issue 7): a full disk, a read-only output directory, a source that changes while it is copied,
a repository that disappears mid-deposit.

Each must give one clear error (an ``ArchivistError``, or the ``OSError`` that ``write_bag`` documents, in
the library; one ``archivist: `` line on stderr and exit 1 in the CLI), leave the original untouched
(sha256 before = after), leave no half-made bag under a final name and no staging directory or ``.part``
file behind; and once the fault is gone, running again completes the work.

Faults are injected two ways:
* in-process (``WriteHook``), by wrapping every way archivist writes: the ``os`` calls (``write``,
  ``pwrite``, ``writev``, ``copy_file_range`` — the bag writer's copy —, ``sendfile``) and the file
  objects of ``os.fdopen`` (``fsutil.write_atomic``, tars) and of ``open`` in the bag writer and the
  copy, so that a write fails with ``ENOSPC``/``EACCES``/``EROFS`` after a chosen number of bytes;
* for real, when the tests run as root and ``mount -t tmpfs`` works: a 1 MiB tmpfs filled up, then
  remounted read-only (root ignores ``chmod 0555``, so a read-only mount is the honest test). Those
  tests are skipped, with the reason, only when mounting is impossible.
"""

from __future__ import annotations

import builtins
import errno
import hashlib
import os
import re
import shutil
import subprocess
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from archivist import fsutil
from archivist.bag import hashing, writer
from archivist.bag.writer import PayloadEntry, write_bag
from archivist.cli import main
from archivist.errors import ArchivistError

pytest.register_assert_rewrite("fixtures_deposit")
pytest_plugins = ["fixtures_deposit"]  # s3_endpoint, aws_env, bucket (a moto S3 server on 127.0.0.1)

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "rferl-2005-11-30-washington-iraq-iran.txt"
LEFTOVER = re.compile(r"(\.staging|\.part|\.deleting|deposit-staging)$")


# --------------------------------------------------------------------------- helpers


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tree_digest(top: Path) -> dict[str, str]:
    """Every file under ``top`` (relative path → sha256), to prove a tree untouched."""
    return {
        str(p.relative_to(top)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(top.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def leftovers(top: Path) -> list[str]:
    """Staging directories, partial files and deposit workspaces anywhere under ``top``."""
    return sorted(str(p.relative_to(top)) for p in top.rglob("*") if LEFTOVER.search(p.name))


def one_line_failure(result: Result) -> str:
    """Assert a CLI run failed cleanly: exit 1, one ``archivist: `` line on stderr, no traceback."""
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 1, (result.exit_code, result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert lines and all(line.startswith("archivist: ") for line in lines), result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    return result.stderr


def cli(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=True)


class WriteHook:
    """Calls ``before(nbytes)`` ahead of every write archivist makes while installed, whichever way it
    writes: the ``os`` calls (``write``, ``pwrite``, ``writev``, ``copy_file_range``, ``sendfile``) and the
    file objects of ``open`` in the bag writer and the copy and of ``os.fdopen`` (``write_atomic``, tars).
    ``before`` may raise (a fault) or act (change a source mid-copy). Standard streams are left alone."""

    def __init__(self, before: Callable[[int], None]) -> None:
        self.before = before

    def _wrap_file(self, handle: Any) -> Any:
        hook = self

        class Proxy:
            def __getattr__(self, name: str) -> Any:
                return getattr(handle, name)

            def __enter__(self) -> Any:
                handle.__enter__()
                return self

            def __exit__(self, *exc: object) -> Any:
                return handle.__exit__(*exc)

            def write(self, data: Any) -> int:
                hook.before(len(memoryview(data)))
                return handle.write(data)

        return Proxy()

    def _opener(self, real: Callable[..., Any]) -> Callable[..., Any]:
        def fake(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
            handle = real(file, mode, *args, **kwargs)
            return self._wrap_file(handle) if any(c in mode for c in "wax+") else handle

        return fake

    def _syscall(self, real: Callable[..., Any], size: Callable[..., int], fd_arg: int) -> Callable[..., Any]:
        def fake(*args: Any) -> Any:
            if args[fd_arg] > 2:
                self.before(size(*args))
            return real(*args)

        return fake

    def install(self, monkeypatch: pytest.MonkeyPatch) -> WriteHook:
        monkeypatch.setattr(os, "fdopen", self._opener(os.fdopen))
        monkeypatch.setattr(writer, "open", self._opener(builtins.open), raising=False)
        monkeypatch.setattr(hashing, "open", self._opener(builtins.open), raising=False)
        monkeypatch.setattr(os, "write", self._syscall(os.write, lambda fd, data: len(memoryview(data)), 0))
        monkeypatch.setattr(
            os, "pwrite", self._syscall(os.pwrite, lambda fd, data, at: len(memoryview(data)), 0)
        )
        monkeypatch.setattr(
            os, "writev", self._syscall(os.writev, lambda fd, bufs: sum(len(memoryview(b)) for b in bufs), 0)
        )
        if hasattr(os, "copy_file_range"):
            monkeypatch.setattr(
                os,
                "copy_file_range",
                self._syscall(os.copy_file_range, lambda src, dst, count, *rest: count, 1),
            )
        if hasattr(os, "sendfile"):
            monkeypatch.setattr(
                os, "sendfile", self._syscall(os.sendfile, lambda out, src, at, count: count, 0)
            )
        return self


class FailingWrites:
    """A full (or read-only) disk: every write fails with ``code`` once ``budget`` bytes have been written."""

    def __init__(self, code: int, budget: int = 0) -> None:
        self.code = code
        self.budget = budget
        self.written = 0
        self.failures = 0

    def before(self, size: int) -> None:
        if self.written + size > self.budget:
            self.failures += 1
            raise OSError(self.code, os.strerror(self.code))
        self.written += size

    def install(self, monkeypatch: pytest.MonkeyPatch) -> FailingWrites:
        WriteHook(self.before).install(monkeypatch)
        return self


@pytest.fixture
def article(tmp_path: Path) -> Path:
    """A copy of the sample article, read-only like an archive's originals."""
    path = tmp_path / "in" / "article.txt"
    path.parent.mkdir()
    shutil.copyfile(SAMPLE, path)
    path.chmod(0o444)
    return path


@pytest.fixture
def big_file(tmp_path: Path) -> Path:
    """3 MiB of varied bytes: several 1 MiB copy chunks, larger than the tmpfs."""
    path = tmp_path / "in" / "scan.bin"
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(os.urandom(3 << 20))
    return path


# --------------------------------------------------------------------------- injected: full disk, read-only


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EACCES])
def test_write_atomic_fault_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    target = tmp_path / "out" / "record.json"
    target.parent.mkdir()
    target.write_bytes(b"old contents\n")
    fault = FailingWrites(code, budget=10).install(monkeypatch)
    with pytest.raises(OSError) as caught:
        fsutil.write_atomic(target, b"new contents that do not fit\n" * 100)
    assert caught.value.errno == code and fault.failures >= 1
    assert target.read_bytes() == b"old contents\n"
    assert leftovers(tmp_path) == [] and sorted(os.listdir(target.parent)) == ["record.json"]


def test_write_atomic_fsync_enospc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """NFS and thin-provisioned disks report a full disk at fsync, after every write has succeeded."""
    target = tmp_path / "record.json"
    monkeypatch.setattr(fsutil, "FSYNC", True)

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(fsutil.os, "fsync", full)
    with pytest.raises(OSError, match="No space"):
        fsutil.write_atomic(target, b"data")
    assert not target.exists() and leftovers(tmp_path) == []


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS])
def test_cli_parse_output_fault(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, article: Path, code: int
) -> None:
    before = sha256(article)
    FailingWrites(code, budget=100).install(monkeypatch)
    out = tmp_path / "out" / "record.json"
    message = one_line_failure(cli("parse", str(article), "-o", str(out)))
    assert os.strerror(code) in message
    assert sha256(article) == before and not out.exists() and leftovers(tmp_path) == []


# Budgets: fail on the first payload byte, inside the copy of the 3 MiB file (after one chunk), and after
# the payload, while the tag files are written.
@pytest.mark.parametrize(
    "budget", [0, 2 << 20, (3 << 20) + 5000], ids=["first-byte", "mid-copy", "tag-files"]
)
@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EACCES])
def test_write_bag_write_fault_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, article: Path, big_file: Path, budget: int, code: int
) -> None:
    before = tree_digest(tmp_path / "in")
    fault = FailingWrites(code, budget).install(monkeypatch)
    dest = tmp_path / "bags" / "b1"
    payload = [PayloadEntry("data/article.txt", article), PayloadEntry("data/scan.bin", big_file)]
    with pytest.raises((OSError, ArchivistError)) as caught:
        write_bag(payload, dest, bag_info=[("Source-Organization", "Test")])
    assert fault.failures >= 1, "the fault was never reached: the test proves nothing"
    assert "\n" not in str(caught.value)
    assert not dest.exists(), "a bag stands under its final name after a failed write"
    assert leftovers(tmp_path) == [], "a staging directory was left behind"
    assert tree_digest(tmp_path / "in") == before
    monkeypatch.undo()
    write_bag(payload, dest, bag_info=[("Source-Organization", "Test")])
    assert cli("validate", str(dest)).exit_code == 0


@pytest.mark.parametrize("budget", [0, 20_000], ids=["first-byte", "later"])
def test_ingest_article_full_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, article: Path, budget: int
) -> None:
    from archivist.ingest import FAILED, INGESTED, ingest_article

    before = sha256(article)
    fault = FailingWrites(errno.ENOSPC, budget).install(monkeypatch)
    out = tmp_path / "bags"
    outcome = ingest_article(article, out)
    assert fault.failures >= 1
    assert outcome.status == FAILED, outcome
    assert outcome.error and "\n" not in outcome.error and "No space left" in outcome.error
    assert not out.exists() or [p.name for p in out.iterdir()] == []
    assert leftovers(tmp_path) == [] and sha256(article) == before
    monkeypatch.undo()
    again = ingest_article(article, out)
    assert again.status == INGESTED, again
    assert cli("validate", str(again.bag)).exit_code == 0


def test_cli_ingest_full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, article: Path) -> None:
    """`archivist ingest -j 1` (in this process, so the injected fault reaches it): exit 1, one line."""
    before = sha256(article)
    FailingWrites(errno.ENOSPC, 0).install(monkeypatch)
    out = tmp_path / "bags"
    one_line_failure(cli("ingest", str(article), "-o", str(out), "-j", "1"))
    assert sha256(article) == before and leftovers(tmp_path) == []
    assert not out.exists() or [p for p in out.iterdir() if not p.name.startswith(".")] == []


# --------------------------------------------------------------------------- a source that changes


def _change_during_copy(
    monkeypatch: pytest.MonkeyPatch, source: Path, change: Callable[[Path], None]
) -> list[int]:
    """Run ``change(source)`` once the first chunk of ``source`` has been copied (before the second write)."""
    calls: list[int] = []

    def before(size: int) -> None:
        if len(calls) == 1:
            change(source)
        calls.append(size)

    WriteHook(before).install(monkeypatch)
    return calls


def _append(path: Path) -> None:
    with open(path, "ab") as handle:
        handle.write(b"appended while it was copied")


def _overwrite_same_size(path: Path) -> None:
    with open(path, "r+b") as handle:
        handle.seek(2 << 20)
        handle.write(b"\x00" * 4096)


def _overwrite_keep_mtime(path: Path) -> None:
    """What `rsync --inplace --times` or `touch -r` leave: new bytes, the same size and mtime."""
    info = os.stat(path)
    _overwrite_same_size(path)
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))


@pytest.mark.parametrize(
    "change",
    [_append, _overwrite_same_size, _overwrite_keep_mtime],
    ids=["append", "same-size", "same-size-same-mtime"],
)
def test_source_changing_while_copied_fails_the_bag(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, big_file: Path, change: Callable[[Path], None]
) -> None:
    """RFC 8493 digests must describe a version of the source: a change mid-copy fails the bag.

    The writer (archivist.bag.writer._store_file) compares size and mtime before and after the copy; a
    rewrite that keeps both (rsync --inplace --times) is only caught by hashing the source again."""
    calls = _change_during_copy(monkeypatch, big_file, change)
    dest = tmp_path / "bags" / "b1"
    with pytest.raises(ArchivistError, match="changed"):
        write_bag([PayloadEntry("data/scan.bin", big_file)], dest, bag_info=[])
    assert len(calls) >= 2, "the change did not happen mid-copy"
    assert not dest.exists() and leftovers(tmp_path) == []


def test_source_changing_while_copied_with_expected_digest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, big_file: Path
) -> None:
    """With the digest read before (as ingest passes it), the copy's digest differs: error, no bag."""
    expected = {"sha256": sha256(big_file)}
    _change_during_copy(monkeypatch, big_file, _overwrite_keep_mtime)
    dest = tmp_path / "bags" / "b1"
    with pytest.raises(ArchivistError):
        write_bag([PayloadEntry("data/scan.bin", big_file, expected=expected)], dest, bag_info=[])
    assert not dest.exists() and leftovers(tmp_path) == []


def test_cli_bag_source_changing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, big_file: Path) -> None:
    _change_during_copy(monkeypatch, big_file, _append)
    dest = tmp_path / "bags" / "b1"
    message = one_line_failure(cli("bag", str(big_file), "-o", str(dest)))
    assert "changed" in message and not dest.exists() and leftovers(tmp_path) == []


def test_ingest_keeps_the_version_it_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, article: Path
) -> None:
    """An article rewritten after ingest read it: the bag holds exactly the bytes read, and the record's
    sha256 is theirs (one consistent version, never a mix)."""
    import json

    import archivist.parse as parse_module
    from archivist.ingest import INGESTED, ingest_article

    original = article.read_bytes()
    real_parse = parse_module.parse_source

    def parse_then_rewrite(src: Any) -> Any:
        result = real_parse(src)
        article.chmod(0o644)
        article.write_bytes(original.replace(b"Iran", b"IRAN"))
        return result

    monkeypatch.setattr(parse_module, "parse_source", parse_then_rewrite)
    outcome = ingest_article(article, tmp_path / "bags")
    assert outcome.status == INGESTED, outcome
    bag = Path(str(outcome.bag))
    stored = bag / "data" / "source" / "article.txt"
    assert stored.read_bytes() == original
    record = json.loads((bag / "data" / "metadata" / "record.json").read_bytes())
    assert record["source"]["sha256"] == hashlib.sha256(original).hexdigest()
    assert cli("validate", str(bag)).exit_code == 0


# --------------------------------------------------------------------------- a repository that disappears


def _bag_for_deposit(
    tmp_path: Path, article: Path, name: str = "bag1", identifier: str | None = None
) -> Path:
    dest = tmp_path / "bags" / name
    result = cli(
        "bag", str(article), "-o", str(dest), "--identifier", identifier or f"urn:uuid:{uuid.uuid4()}"
    )
    assert result.exit_code == 0, result.stderr
    return dest


def _vanish_at_rename(monkeypatch: pytest.MonkeyPatch, root: Path, replace_with_file: bool) -> list[str]:
    import pause_points

    seen: list[str] = []

    def vanish(point: str) -> None:
        seen.append(point)
        shutil.rmtree(root)
        if replace_with_file:
            root.write_bytes(b"not a repository")

    pause_points.install("ocfl.before-rename", vanish, monkeypatch.setattr)
    return seen


@pytest.mark.parametrize("replace_with_file", [False, True], ids=["removed", "replaced-by-a-file"])
def test_repository_disappears_mid_deposit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, article: Path, replace_with_file: bool
) -> None:
    from archivist.deposit import deposit_bag

    bag = _bag_for_deposit(tmp_path, article)
    before = tree_digest(bag)
    root = tmp_path / "repo"
    seen = _vanish_at_rename(monkeypatch, root, replace_with_file)
    with pytest.raises(ArchivistError) as caught:
        deposit_bag(bag, str(root))
    assert seen == ["ocfl.before-rename"]
    assert "\n" not in caught.value.line()
    assert tree_digest(bag) == before, "the bag was changed by a failed deposit"
    assert not (tmp_path / "bags" / "bag1.deposit.json").exists(), "a receipt for a deposit that failed"
    assert leftovers(tmp_path) == [], "the deposit workspace was left behind"
    if replace_with_file:
        assert root.read_bytes() == b"not a repository"
        root.unlink()
    else:
        assert not root.exists(), "a half-made repository appeared where the vanished one was"
    monkeypatch.undo()
    receipt = deposit_bag(bag, str(root))
    assert receipt.outcome == "deposited" and tree_digest(bag) == before


def test_cli_deposit_repository_disappears(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, article: Path
) -> None:
    bag = _bag_for_deposit(tmp_path, article)
    before = tree_digest(bag)
    root = tmp_path / "repo"
    _vanish_at_rename(monkeypatch, root, replace_with_file=False)
    one_line_failure(cli("deposit", str(bag), "--to", str(root)))
    assert tree_digest(bag) == before and leftovers(tmp_path) == [] and not root.exists()


def test_repository_disappears_while_adding_a_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, article: Path
) -> None:
    """A second version (the bag changed) is being built when the root goes: the error is clean."""
    from archivist.deposit import deposit_bag

    identifier = f"urn:uuid:{uuid.uuid4()}"
    root = tmp_path / "repo"
    first = _bag_for_deposit(tmp_path, article, "v1", identifier)
    assert deposit_bag(first, str(root)).outcome == "deposited"
    other = tmp_path / "in" / "other.txt"
    other.write_bytes(b"A second file makes the bag a new version.\n")
    second = tmp_path / "bags" / "v2"
    assert cli("bag", str(article), str(other), "-o", str(second), "--identifier", identifier).exit_code == 0
    before = tree_digest(second)
    _vanish_at_rename(monkeypatch, root, replace_with_file=False)
    with pytest.raises(ArchivistError):
        deposit_bag(second, str(root))
    assert tree_digest(second) == before and leftovers(tmp_path) == []


@pytest.mark.parametrize("point", ["s3.after-upload", "s3.before-publish"])
def test_s3_bucket_disappears_mid_deposit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, article: Path, s3_endpoint: str, bucket: str, point: str
) -> None:
    """The bucket is emptied and deleted between the upload and the publication: one clear error, no
    receipt, the bag untouched; once the bucket exists again, the same deposit completes."""
    import pause_points
    from archivist.deposit import S3Settings, deposit_bag
    from fixtures_deposit import list_keys, s3_client

    bag = _bag_for_deposit(tmp_path, article)
    before = tree_digest(bag)
    client = s3_client(s3_endpoint)

    def vanish(at: str) -> None:
        for key in list_keys(s3_endpoint, bucket):
            client.delete_object(Bucket=bucket, Key=key)
        client.delete_bucket(Bucket=bucket)

    settings = S3Settings(max_attempts=2)
    with pytest.MonkeyPatch.context() as patch, pytest.raises(ArchivistError) as caught:
        pause_points.install(point, vanish, patch.setattr)
        deposit_bag(bag, f"s3://{bucket}/news", endpoint_url=s3_endpoint, s3_settings=settings)
    assert "\n" not in caught.value.line()
    assert tree_digest(bag) == before and not (tmp_path / "bags" / "bag1.deposit.json").exists()
    assert leftovers(tmp_path) == []
    client.create_bucket(Bucket=bucket)
    receipt = deposit_bag(bag, f"s3://{bucket}/news", endpoint_url=s3_endpoint, s3_settings=settings)
    assert receipt.outcome == "deposited"
    assert [k for k in list_keys(s3_endpoint, bucket) if k.endswith(".tar")] == [
        f"news/{receipt.object_id}.tar"
    ]


# --------------------------------------------------------------------------- a real full / read-only disk


def _mount_tmpfs(where: Path) -> str | None:
    """Mount a 1 MiB tmpfs at ``where``; return why not when that is impossible."""
    if os.geteuid() != 0:
        return "not root: cannot mount a tmpfs (the injected faults above still ran)"
    if shutil.which("mount") is None:
        return "no mount command"
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m,mode=0777", "tmpfs", str(where)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        return f"mount -t tmpfs failed: {done.stderr.strip() or done.returncode}"
    return None


@pytest.fixture
def tiny_fs(tmp_path: Path) -> Iterator[Path]:
    mount_point = tmp_path / "tiny"
    why = _mount_tmpfs(mount_point)
    if why is not None:
        pytest.skip(why)
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _fill(fs: Path, leave: int) -> Path:
    """Fill ``fs`` until only about ``leave`` bytes are free."""
    filler = fs / "filler"
    free = shutil.disk_usage(fs).free
    with open(filler, "wb") as handle:
        try:
            handle.write(b"\0" * max(0, free - leave))
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    return filler


def test_real_full_disk_bag(tiny_fs: Path, article: Path, big_file: Path) -> None:
    """`archivist bag` of 3 MiB onto a 1 MiB filesystem: ENOSPC mid-copy, one line, nothing left."""
    before = tree_digest(big_file.parent)
    dest = tiny_fs / "bag"
    message = one_line_failure(cli("bag", str(article), str(big_file), "-o", str(dest)))
    assert "No space left" in message
    assert not dest.exists() and leftovers(tiny_fs) == [] and os.listdir(tiny_fs) == []
    assert tree_digest(big_file.parent) == before


def test_real_full_disk_ingest_then_rerun(tiny_fs: Path, article: Path) -> None:
    """Ingest onto a full filesystem fails cleanly; after space is freed, the same command succeeds."""
    before = sha256(article)
    filler = _fill(tiny_fs, leave=8 << 10)
    out = tiny_fs / "bags"
    one_line_failure(cli("ingest", str(article), "-o", str(out), "-j", "1"))
    assert sha256(article) == before and leftovers(tiny_fs) == []
    assert not out.exists() or [p for p in out.iterdir() if not p.name.startswith(".")] == []
    filler.unlink()
    result = cli("ingest", str(article), "-o", str(out), "-j", "1")
    assert result.exit_code == 0, result.stderr
    bags = [p for p in out.iterdir() if p.is_dir()]
    assert len(bags) == 1 and cli("validate", str(bags[0])).exit_code == 0


def test_real_full_disk_parse_output(tiny_fs: Path, article: Path) -> None:
    record = tiny_fs / "record.json"
    record.write_bytes(b"the previous record\n")
    _fill(tiny_fs, leave=2 << 10)
    one_line_failure(cli("parse", str(article), "-o", str(record)))
    assert record.read_bytes() == b"the previous record\n" and leftovers(tiny_fs) == []


def _remount_read_only(fs: Path) -> None:
    done = subprocess.run(["mount", "-o", "remount,ro", str(fs)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot remount the tmpfs read-only: {done.stderr.strip()}")


def test_real_read_only_output(tiny_fs: Path, article: Path) -> None:
    """The output filesystem remounted read-only: parse -o, bag and ingest (into an existing output
    directory) each fail with one line and exit 1, and change nothing there."""
    existing = tiny_fs / "kept.txt"
    existing.write_bytes(b"kept\n")
    (tiny_fs / "bags").mkdir()
    _remount_read_only(tiny_fs)
    before = sha256(article)
    for args in (
        ["parse", str(article), "-o", str(tiny_fs / "r.json")],
        ["bag", str(article), "-o", str(tiny_fs / "bag")],
        ["ingest", str(article), "-o", str(tiny_fs / "bags"), "-j", "1"],
    ):
        message = one_line_failure(cli(*args))
        assert "Read-only file system" in message, (args, message)
    assert sorted(os.listdir(tiny_fs)) == ["bags", "kept.txt"] and existing.read_bytes() == b"kept\n"
    assert os.listdir(tiny_fs / "bags") == [] and sha256(article) == before


def test_real_read_only_output_to_create(tiny_fs: Path, article: Path) -> None:
    """`ingest -o DIR` where DIR cannot be created on a read-only filesystem: issue 7 asks for exit 1 (a
    fault of the environment, not of the command line), one line."""
    _remount_read_only(tiny_fs)
    message = one_line_failure(cli("ingest", str(article), "-o", str(tiny_fs / "bags"), "-j", "1"))
    assert "Read-only file system" in message and os.listdir(tiny_fs) == []


def test_real_read_only_repository(tmp_path: Path, tiny_fs: Path, article: Path) -> None:
    from archivist.deposit import deposit_bag

    bag = _bag_for_deposit(tmp_path, article)
    before = tree_digest(bag)
    _remount_read_only(tiny_fs)
    with pytest.raises(ArchivistError, match="Read-only"):
        deposit_bag(bag, str(tiny_fs / "repo"))
    assert tree_digest(bag) == before and os.listdir(tiny_fs) == []


def test_real_full_disk_deposit(tmp_path: Path, tiny_fs: Path, article: Path, big_file: Path) -> None:
    """An OCFL root on a full filesystem: DepositFailed, the bag untouched, no workspace left, and the
    root (created before the disk filled) still a valid, empty storage root."""
    from archivist.deposit import deposit_bag

    result = cli(
        "bag", str(article), str(big_file), "-o", str(tmp_path / "bags" / "big"), "--identifier", "urn:x:big"
    )
    assert result.exit_code == 0, result.stderr
    bag = tmp_path / "bags" / "big"
    before = tree_digest(bag)
    with pytest.raises(ArchivistError, match="No space left"):
        deposit_bag(bag, str(tiny_fs / "repo"))
    assert tree_digest(bag) == before and leftovers(tiny_fs) == [] and leftovers(tmp_path / "bags") == []
    assert not (tmp_path / "bags" / "big.deposit.json").exists()
    root = tiny_fs / "repo"
    if root.exists():
        import ocfl

        assert ocfl.StorageRoot(root=str(root)).validate(validate_objects=True, check_digests=True)
        assert [p.name for p in root.iterdir() if p.is_dir() and p.name != "extensions"] == []
    one_line_failure(cli("deposit", str(bag), "--to", str(tiny_fs / "repo")))
