"""Kill a deposit mid-way (SIGKILL, at a named point) and prove: nothing partial under a final name,
the storage root still validates, and running the deposit again finishes the job.

The deposit runs in a subprocess patched by ``pause_points`` to stop at <point>; it says "paused at <point>"
on stderr and sleeps there, so the kill lands exactly at that point: no timing involved.
"""

from __future__ import annotations

import hashlib
import json
import signal
import subprocess

import pytest

from archivist.deposit import S3Settings, deposit_bag

pytest.register_assert_rewrite("fixtures_deposit", "pause_points")

import pause_points  # noqa: E402
from fixtures_deposit import (  # noqa: E402
    ID,
    leftovers,
    list_keys,
    make_bag,
    object_dirs,
    s3_client,
    snapshot,
    validate_root,
)

pytest_plugins = ["fixtures_deposit"]  # s3_endpoint, aws_env, bucket, bag

KEY = f"news/{ID}.tar"
STAGING_PREFIX = f"news/.archivist-staging/{ID}."  # + a token of each attempt + ".tar"
SWEEP_NOW = S3Settings(stale_staging_after=0)  # the killed attempt's key counts as stale at once


def staging_keys(endpoint: str, bucket: str) -> list[str]:
    return [key for key in list_keys(endpoint, bucket) if key.startswith(STAGING_PREFIX)]


def kill_at(point: str, args: list[str], env: dict[str, str]) -> None:
    """Run ``archivist deposit ARGS`` until it pauses at ``point``, then SIGKILL it."""
    process = pause_points.kill_when_paused(point, ["deposit", *args], env=env, stdout=subprocess.PIPE)
    assert process.returncode == -signal.SIGKILL


def test_ocfl_new_object_killed_before_rename(bag, tmp_path, killed_child_env):
    root = tmp_path / "repository"
    before = snapshot(bag)
    kill_at("ocfl.before-rename", [str(bag), "--to", str(root)], killed_child_env)
    assert object_dirs(root) == {}  # the complete object waits in the workspace, invisible
    assert [p.name for p in leftovers(root)] == [f".{root.name}.deposit-staging"]
    assert [p.name for p in root.iterdir() if p.is_dir()] == ["extensions"]  # no empty layout dirs
    validate_root(root)
    assert snapshot(bag) == before and not (bag.parent / "a1.deposit.json").exists()

    receipt = deposit_bag(bag, str(root))  # the re-run finishes the job
    assert (receipt.outcome, receipt.version) == ("deposited", "v1")
    assert set(object_dirs(root)) == {ID}
    assert leftovers(root) == []
    validate_root(root)


def test_ocfl_new_version_killed_before_swap(bag, tmp_path, killed_child_env):
    root = tmp_path / "repository"
    deposit_bag(bag, str(root))
    obj = object_dirs(root)[ID]
    object_before = snapshot(obj)
    make_bag(bag, ID, {"a1.xml": b"<a1>corrected</a1>", "a1.jsonld": b"{}"})
    kill_at("ocfl.before-rename", [str(bag), "--to", str(root)], killed_child_env)
    assert snapshot(obj) == object_before  # v1 exactly as it was: no v2 directory, same inventory
    validate_root(root)

    receipt = deposit_bag(bag, str(root))
    assert (receipt.outcome, receipt.version) == ("deposited", "v2")
    assert json.loads((obj / "inventory.json").read_bytes())["head"] == "v2"
    assert leftovers(root) == []
    validate_root(root)


def test_s3_killed_after_staging_upload(bag, bucket, s3_endpoint, aws_env, killed_child_env):
    target = f"s3://{bucket}/news"
    kill_at("s3.after-upload", [str(bag), "--to", target, "--endpoint-url", s3_endpoint], killed_child_env)
    assert list_keys(s3_endpoint, bucket) == staging_keys(s3_endpoint, bucket)  # nothing under the final name
    assert len(staging_keys(s3_endpoint, bucket)) == 1
    assert not (bag.parent / "a1.deposit.json").exists()

    receipt = deposit_bag(bag, target, endpoint_url=s3_endpoint, s3_settings=SWEEP_NOW)
    assert receipt.outcome == "deposited"
    assert list_keys(s3_endpoint, bucket) == [f"news/{ID}.premis.xml", KEY]
    body = s3_client(s3_endpoint).get_object(Bucket=bucket, Key=KEY)["Body"].read()
    assert hashlib.sha256(body).hexdigest() == receipt.checksums["tar sha256"]


def test_s3_killed_before_publish_keeps_the_earlier_copy(bag, bucket, s3_endpoint, aws_env, killed_child_env):
    target = f"s3://{bucket}/news"
    first = deposit_bag(bag, target, endpoint_url=s3_endpoint)
    make_bag(bag, ID, {"a1.xml": b"<a1>corrected</a1>", "a1.jsonld": b"{}"})
    kill_at("s3.before-publish", [str(bag), "--to", target, "--endpoint-url", s3_endpoint], killed_child_env)
    client = s3_client(s3_endpoint)
    body = client.get_object(Bucket=bucket, Key=KEY)["Body"].read()
    assert hashlib.sha256(body).hexdigest() == first.checksums["tar sha256"]  # the good copy is untouched
    assert len(staging_keys(s3_endpoint, bucket)) == 1

    second = deposit_bag(bag, target, endpoint_url=s3_endpoint, s3_settings=SWEEP_NOW)
    assert second.outcome == "deposited" and second.checksums["tar sha256"] != first.checksums["tar sha256"]
    body = client.get_object(Bucket=bucket, Key=KEY)["Body"].read()
    assert hashlib.sha256(body).hexdigest() == second.checksums["tar sha256"]
    assert staging_keys(s3_endpoint, bucket) == []
