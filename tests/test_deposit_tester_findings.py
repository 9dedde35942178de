"""Issue 13, the tester's deposit findings: a bag changed between its validation and its deposit, an
OCFL root inside the bag, ``deposit .`` from inside a bag, concurrent S3 deposits of one identifier,
storage roots ocfl-py refuses, a bag directory whose name is not UTF-8. Each failed before its fix."""

from __future__ import annotations

import hashlib
import json
import os
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from archivist.cli import main
from archivist.deposit import DepositFailed, deposit_bag
from archivist.errors import ArchivistError, UsageError

pytest.register_assert_rewrite("fixtures_deposit")

from fixtures_deposit import ID, list_keys, make_bag, s3_client, snapshot, validate_root  # noqa: E402

pytest_plugins = ["fixtures_deposit"]  # s3_endpoint, aws_env, bucket, bag


def change_after_first_validation(monkeypatch: pytest.MonkeyPatch, bag: Path) -> None:
    """The bag's payload is rewritten (same size, so only its checksum can tell) right after the first
    validation of it returns: the window between validating a bag and reading it to store it."""
    import archivist.validate.bag as module
    import archivist.validate.profile as profile_module

    real, calls = module.bag_problems, []

    def validate_then_change(path, **kwargs):  # type: ignore[no-untyped-def]
        problems = real(path, **kwargs)
        calls.append(path)
        if len(calls) == 1:
            (bag / "data" / "a1.xml").write_bytes(b"<b2/>")
        return problems

    monkeypatch.setattr(module, "bag_problems", validate_then_change)
    if hasattr(profile_module, "bag_problems"):  # bag_errors calls it from there
        monkeypatch.setattr(profile_module, "bag_problems", validate_then_change)


def test_ocfl_bag_changed_after_validation_is_not_stored(bag, tmp_path, monkeypatch):
    root = tmp_path / "repository"
    change_after_first_validation(monkeypatch, bag)
    with pytest.raises(ArchivistError) as caught:
        deposit_bag(bag, str(root))
    assert caught.value.exit_code == 1 and "checksum" in caught.value.line().lower()
    assert list(root.rglob("inventory.json")) == []  # nothing stored, nothing certified
    assert not (bag.parent / "a1.deposit.json").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".repository")]  # no copy left


def test_s3_bag_changed_after_validation_is_not_stored(bag, bucket, s3_endpoint, monkeypatch):
    change_after_first_validation(monkeypatch, bag)
    with pytest.raises(ArchivistError) as caught:
        deposit_bag(bag, f"s3://{bucket}/news", endpoint_url=s3_endpoint)
    assert caught.value.exit_code == 1
    assert list_keys(s3_endpoint, bucket) == []
    assert not (bag.parent / "a1.deposit.json").exists()


def test_ocfl_root_inside_the_bag_is_refused(bag):
    before = snapshot(bag)
    with pytest.raises(UsageError, match="inside the bag"):
        deposit_bag(bag, str(bag / "repository"))
    result = CliRunner().invoke(main, ["deposit", str(bag), "--to", f"ocfl:{bag / 'data' / 'repo'}"])
    assert result.exit_code == 2 and result.stderr.count("\n") == 1 and "inside the bag" in result.stderr
    assert snapshot(bag) == before


def test_deposit_dot_from_inside_a_bag_writes_the_receipt_beside_it(bag, tmp_path, monkeypatch):
    before = snapshot(bag)
    monkeypatch.chdir(bag)
    result = CliRunner().invoke(main, ["deposit", ".", "--to", str(tmp_path / "repository")])
    assert result.exit_code == 0, result.stderr
    assert snapshot(bag) == before  # no receipt (or anything else) inside the bag
    receipt = json.loads((tmp_path / "bags" / "a1.deposit.json").read_bytes())
    assert receipt["object_id"] == ID
    validate_root(tmp_path / "repository")


def test_concurrent_s3_deposits_of_one_identifier_do_not_clobber(tmp_path, bucket, s3_endpoint, monkeypatch):
    import pause_points

    first = make_bag(tmp_path / "one" / "a1", ID, {"a1.xml": b"<one/>"})
    second = make_bag(tmp_path / "two" / "a1", ID, {"a1.xml": b"<two/>", "more.txt": b"more"})
    both_uploaded = threading.Barrier(2, timeout=60)
    # Both staging copies exist before either is verified.
    pause_points.install("s3.after-upload", lambda point: both_uploaded.wait(), monkeypatch.setattr)
    outcomes: dict[str, object] = {}

    def deposit(path: Path) -> None:
        try:
            outcomes[path.parent.name] = deposit_bag(path, f"s3://{bucket}/news", endpoint_url=s3_endpoint)
        except Exception as exc:
            outcomes[path.parent.name] = exc

    threads = [threading.Thread(target=deposit, args=(path,)) for path in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    # Each attempt verified its own staging copy. Both may publish (the later one wins, as any S3 write
    # does); one that finds the other's tar under the final name says so and fails alone.
    succeeded = [o for o in outcomes.values() if not isinstance(o, Exception)]
    failed = [o for o in outcomes.values() if isinstance(o, Exception)]
    assert len(outcomes) == 2 and succeeded, outcomes
    assert all(isinstance(f, DepositFailed) and "at the same time" in str(f) for f in failed), failed
    body = s3_client(s3_endpoint).get_object(Bucket=bucket, Key=f"news/{ID}.tar")["Body"].read()
    digests = {o.checksums["tar sha256"] for o in succeeded}  # type: ignore[attr-defined]
    assert hashlib.sha256(body).hexdigest() in digests
    assert [k for k in list_keys(s3_endpoint, bucket) if ".archivist-staging" in k] == []


@pytest.mark.parametrize(
    ("layout", "expected"),
    [
        ('{"extension": "0099-no-such-layout", "description": "x"}', "cannot be used"),
        ("[1, 2", "cannot be used"),
        (None, "no storage layout"),
    ],
)
def test_storage_roots_ocfl_py_refuses_are_one_line(bag, tmp_path, layout, expected):
    root = tmp_path / "repository"
    root.mkdir()
    (root / "0=ocfl_1.1").write_text("ocfl_1.1\n")
    if layout is not None:
        (root / "ocfl_layout.json").write_text(layout)
    with pytest.raises(DepositFailed, match=expected):
        deposit_bag(bag, str(root))
    result = CliRunner().invoke(main, ["deposit", str(bag), "--to", str(root)])
    assert result.exit_code == 1 and result.stderr.count("\n") == 1 and expected in result.stderr
    assert "Traceback" not in result.output


def test_a_bag_directory_whose_name_is_not_utf8(tmp_path):
    name = os.fsdecode(b"bag-\xff")
    bag = make_bag(tmp_path / name, ID, {"a1.xml": b"<a1/>"})
    result = CliRunner().invoke(main, ["deposit", str(bag), "--to", str(tmp_path / "repository")])
    assert result.exit_code == 0, result.stderr
    assert "Traceback" not in result.output
    receipt = json.loads((tmp_path / f"{name}.deposit.json").read_bytes().decode("utf-8"))
    assert receipt["bag"].endswith("bag-%FF")
    validate_root(tmp_path / "repository")
    inventory = next((tmp_path / "repository").rglob("inventory.json")).read_bytes()
    assert b"bag-%FF" in inventory  # the version message holds no lone surrogate
