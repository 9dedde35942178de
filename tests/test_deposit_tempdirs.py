"""A deposit leaves nothing in the system's temporary directory: not when it succeeds, not when it fails.

An S3 deposit builds its tar of the bag there, and a deposit whose workspace beside the storage root
cannot be written copies the bag there: a stray directory would be a copy of a user's bag left in /tmp.
The tests point ``tempfile`` at a directory of their own, check that the deposit really used it, and
that it is empty afterwards.
"""

from __future__ import annotations

import errno
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from archivist.cli import main
from archivist.deposit import DepositFailed, deposit_bag
from archivist.deposit import s3 as deposit_s3
from archivist.deposit import snapshot as deposit_snapshot
from archivist.errors import ValidationFailed

pytest.register_assert_rewrite("fixtures_deposit")

from fixtures_deposit import list_keys, object_dirs  # noqa: E402

pytest_plugins = ["fixtures_deposit"]  # s3_endpoint, aws_env, bucket, bag


@pytest.fixture
def system_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The directory ``tempfile`` hands out temporary directories in, for this test only."""
    folder = tmp_path / "system-tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def seen_during(monkeypatch: pytest.MonkeyPatch, module: Any, name: str, folder: Path) -> list[list[str]]:
    """What ``folder`` holds each time ``module.name`` is called (to show the deposit did use it)."""
    seen: list[list[str]] = []
    real: Callable[..., Any] = getattr(module, name)

    def watching(*args: Any, **kwargs: Any) -> Any:
        seen.append(sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")))
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, watching)
    return seen


def corrupt(bag: Path) -> None:
    """Same size, other bytes: the quick check before the copy passes, the checksums of the copy fail."""
    (bag / "data" / "a1.xml").write_bytes(b"<a2/>")


def no_workspace(monkeypatch: pytest.MonkeyPatch) -> None:
    """The OCFL deposit workspace beside the storage root cannot be made (a read-only parent)."""

    def refused(path: Path, *args: Any, **kwargs: Any) -> Any:
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(deposit_snapshot, "staging_dir", refused)


def test_s3_deposit_leaves_no_temporary_directory(bag, bucket, s3_endpoint, system_tmp, monkeypatch):
    seen = seen_during(monkeypatch, deposit_s3, "_upload_staging", system_tmp)
    receipt = deposit_bag(bag, f"s3://{bucket}/news", endpoint_url=s3_endpoint)
    assert receipt.outcome == "deposited"
    [during] = seen
    assert [name for name in during if name.endswith("/a1.tar")], during  # the tar was built there
    assert list(system_tmp.iterdir()) == []


def test_s3_deposit_of_a_bag_failing_its_checksums_leaves_no_temporary_directory(
    bag, bucket, s3_endpoint, system_tmp, monkeypatch
):
    seen = seen_during(monkeypatch, deposit_snapshot, "checked", system_tmp)
    corrupt(bag)
    with pytest.raises(ValidationFailed):
        deposit_bag(bag, f"s3://{bucket}/news", endpoint_url=s3_endpoint)
    assert seen and seen[0], "the tar was not built in the temporary directory"
    assert list_keys(s3_endpoint, bucket) == []
    assert list(system_tmp.iterdir()) == []


def test_s3_deposit_the_store_refuses_leaves_no_temporary_directory(bag, s3_endpoint, aws_env, system_tmp):
    with pytest.raises(DepositFailed):
        deposit_bag(bag, "s3://no-such-bucket/news", endpoint_url=s3_endpoint)
    assert list(system_tmp.iterdir()) == []


def test_cli_s3_deposit_failing_leaves_no_temporary_directory(bag, bucket, s3_endpoint, system_tmp):
    corrupt(bag)
    result = CliRunner().invoke(
        main, ["deposit", str(bag), "--to", f"s3://{bucket}/news", "--endpoint-url", s3_endpoint]
    )
    assert result.exit_code == 1, result.output
    assert list(system_tmp.iterdir()) == []


def test_ocfl_deposit_without_a_workspace_leaves_no_temporary_directory(
    bag, tmp_path, system_tmp, monkeypatch
):
    no_workspace(monkeypatch)
    seen = seen_during(monkeypatch, deposit_snapshot, "checked", system_tmp)
    root = tmp_path / "repository"
    assert deposit_bag(bag, str(root)).outcome == "deposited"
    assert set(object_dirs(root)) == {"urn:example:article:1"}
    assert seen and any(name.endswith("/a1/bagit.txt") for name in seen[0]), seen  # the copy was there
    assert list(system_tmp.iterdir()) == []


def test_ocfl_deposit_of_a_bag_failing_its_checksums_without_a_workspace_leaves_no_temporary_directory(
    bag, tmp_path, system_tmp, monkeypatch
):
    no_workspace(monkeypatch)
    seen = seen_during(monkeypatch, deposit_snapshot, "checked", system_tmp)
    corrupt(bag)
    with pytest.raises(ValidationFailed):
        deposit_bag(bag, str(tmp_path / "repository"))
    assert seen and seen[0], "the bag was not copied into the temporary directory"
    assert list(system_tmp.iterdir()) == []
