"""Deposit to several targets at once (issue 15): every bag to every target, one receipt listing all."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from archivist.cli import main
from archivist.deposit import deposit_bag, parse_target
from archivist.deposit.receipt import receipt_problems
from archivist.validate.bag import bag_problems

pytest.register_assert_rewrite("fixtures_deposit")

from fixtures_deposit import ID, list_keys, object_dirs, snapshot, validate_root  # noqa: E402

pytest_plugins = ["fixtures_deposit"]  # s3_endpoint, aws_env, bucket, bag


def test_cli_deposits_to_every_to_not_only_the_last(bag, bucket, s3_endpoint, tmp_path):
    # The bug: with two --to, the first (here the OCFL root) was silently dropped.
    root = tmp_path / "ocfl"
    result = CliRunner().invoke(
        main,
        [
            "deposit",
            str(bag),
            "--to",
            str(root),
            "--to",
            f"s3://{bucket}/news",
            "--endpoint-url",
            s3_endpoint,
        ],
    )
    assert result.exit_code == 0, result.output
    assert list(object_dirs(root)) == [ID]
    validate_root(root)
    assert f"news/{ID}.tar" in list_keys(s3_endpoint, bucket)
    receipt = json.loads((bag.parent / "a1.deposit.json").read_bytes())
    assert [copy["kind"] for copy in receipt["copies"]] == ["ocfl", "s3"]
    assert receipt_problems((bag.parent / "a1.deposit.json").read_bytes()) == []


def test_directory_target_holds_a_valid_bag_and_its_event(bag, tmp_path):
    before = snapshot(bag)
    receipt = deposit_bag(bag, f"dir:{tmp_path / 'copies'}")
    copy = tmp_path / "copies" / ID
    assert receipt.kind == "dir" and receipt.outcome == "deposited" and receipt.location == str(copy)
    assert bag_problems(copy) == []
    assert snapshot(copy).keys() == before.keys()
    assert b"eventType/tra" in (tmp_path / "copies" / f"{ID}.premis.xml").read_bytes()
    assert not (tmp_path / "copies" / ".archivist-staging").exists()
    again = deposit_bag(bag, f"dir:{tmp_path / 'copies'}")
    assert again.outcome == "unchanged"
    assert snapshot(bag) == before
    assert parse_target("dir:x").kind == "dir"


def test_a_failing_target_does_not_stop_the_others_and_the_exit_code_says_so(bag, tmp_path):
    blocked = tmp_path / "blocked"
    blocked.mkdir()
    (blocked / "something").write_bytes(b"not a storage root")  # refused: not empty, no 0=ocfl_1.1
    root = tmp_path / "ocfl"
    receipt = deposit_bag(bag, [str(blocked), str(root), f"dir:{tmp_path / 'dir'}"])
    assert [c["outcome"] for c in receipt.copies] == ["failed", "deposited", "deposited"]
    assert "not an OCFL 1.1 storage root" in receipt.failed[0]["error"]
    assert receipt.kind == "ocfl" and receipt.target == f"ocfl:{root}"  # the first copy made
    assert receipt_problems((bag.parent / "a1.deposit.json").read_bytes()) == []
    validate_root(root)
    result = CliRunner().invoke(main, ["deposit", str(bag), "--to", str(blocked), "--to", str(root)])
    assert result.exit_code == 1
    assert "copy to ocfl:" in result.stderr and "failed" in result.stderr
    assert f"unchanged: {bag} -> ocfl:{root}" in result.stdout


def test_every_target_failing_raises(bag, tmp_path):
    from archivist.deposit import DepositFailed

    a_file = tmp_path / "file"
    a_file.write_bytes(b"")  # a directory cannot be made under a regular file, even by root
    with pytest.raises(DepositFailed, match="no copy could be made"):
        deposit_bag(bag, [f"dir:{a_file / 'a'}", f"dir:{a_file / 'b'}"])
    assert not (bag.parent / "a1.deposit.json").exists()


def test_ingest_deposits_every_bag_to_every_deposit_target(tmp_path):
    sample = Path(__file__).resolve().parents[1] / "examples" / "rferl-2005-11-30-washington-iraq-iran.txt"
    root, copies = tmp_path / "ocfl", tmp_path / "copies"
    result = CliRunner().invoke(
        main,
        [
            "ingest",
            str(sample),
            "-o",
            str(tmp_path / "bags"),
            "--jobs",
            "1",
            "--deposit",
            str(root),
            "--deposit",
            f"dir:{copies}",
        ],
    )
    assert result.exit_code == 0, result.output
    assert len(object_dirs(root)) == 1
    (copy,) = [p for p in copies.iterdir() if p.is_dir()]
    assert bag_problems(copy) == []
    (receipt,) = (tmp_path / "bags").glob("*.deposit.json")
    listed = [c["target"] for c in json.loads(receipt.read_bytes())["copies"]]
    assert listed == [f"ocfl:{root}", f"dir:{copies}"]
