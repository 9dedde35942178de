"""archivist audit (issue 15): several copies checked in full, compared, events logged, repaired.

Bags are made by tests/fixtures_deposit.make_bag (fixtures written for the tests); S3 is moto on 127.0.0.1.
"""

from __future__ import annotations

import json
from pathlib import Path

import bagit
import pytest
from click.testing import CliRunner

from archivist.audit import audit_copies, history
from archivist.cli import main
from archivist.deposit import deposit_bag
from archivist.render.premis import premis_problems

pytest.register_assert_rewrite("fixtures_deposit")

from fixtures_deposit import make_bag, object_dirs, s3_client, validate_root  # noqa: E402

pytest_plugins = ["fixtures_deposit"]  # s3_endpoint, aws_env, bucket

IDS = [f"urn:example:article:{n}" for n in range(1, 4)]


@pytest.fixture
def state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture
def collection(tmp_path: Path) -> list[Path]:
    return [
        make_bag(
            tmp_path / "bags" / f"a{n}",
            IDS[n - 1],
            {f"a{n}.xml": f"<a{n}>story {n}</a{n}>".encode(), f"a{n}.jsonld": b"{}"},
        )
        for n in range(1, 4)
    ]


def _flip_payload_byte(object_dir: Path) -> Path:
    payload = sorted(object_dir.glob("v1/content/bag/data/*.xml"))[0]
    data = bytearray(payload.read_bytes())
    data[1] ^= 0x01
    payload.write_bytes(bytes(data))
    return payload


def test_done_when_flip_one_ocfl_byte_delete_one_s3_object_audit_repair_audit(
    collection, tmp_path, bucket, s3_endpoint, state
):
    root = tmp_path / "ocfl"
    s3 = f"s3://{bucket}/news"
    for bag in collection:
        receipt = deposit_bag(bag, [str(root), s3], endpoint_url=s3_endpoint)
        assert not receipt.failed
    _flip_payload_byte(object_dirs(root)[IDS[0]])
    s3_client(s3_endpoint).delete_object(Bucket=bucket, Key=f"news/{IDS[1]}.tar")
    targets = [str(root), s3]
    args = ["audit", *targets, "--endpoint-url", s3_endpoint]

    first = CliRunner().invoke(main, args)
    assert first.exit_code == 1, first.output
    named = [line for line in first.stderr.splitlines() if line.startswith("archivist: ")]
    assert len(named) == 2, first.stderr
    assert any(f"damaged: ocfl:{root} {IDS[0]}" in line for line in named)
    assert any(f"missing: {s3} {IDS[1]}" in line for line in named)

    repaired = CliRunner().invoke(main, [*args, "--repair"])
    assert repaired.exit_code == 0, repaired.output

    second = CliRunner().invoke(main, args)
    assert second.exit_code == 0, second.output
    validate_root(root)
    tar = tmp_path / "repaired.tar"
    tar.write_bytes(s3_client(s3_endpoint).get_object(Bucket=bucket, Key=f"news/{IDS[1]}.tar")["Body"].read())
    import tarfile

    with tarfile.open(tar) as archive:
        archive.extractall(tmp_path / "x", filter="data")
    (extracted,) = (tmp_path / "x").iterdir()
    assert bagit.Bag(str(extracted)).is_valid()
    for object_id in IDS:
        events = history(object_id, targets, endpoint_url=s3_endpoint)
        for target in (f"ocfl:{root}", s3):
            fixity = [e for e in events if e.copy == target and e.type == "fixity check"]
            assert len(fixity) >= 3, (object_id, target, events)
    damaged = [e for e in history(IDS[0], targets, endpoint_url=s3_endpoint) if e.copy == f"ocfl:{root}"]
    assert [(e.type, e.outcome) for e in damaged][:3] == [
        ("fixity check", "failure"),
        ("fixity check", "failure"),
        ("replication", "success"),
    ]
    from archivist.audit.segments import read_documents

    logged = read_documents(str(object_dirs(root)[IDS[0]] / "logs"))  # each a whole PREMIS document
    assert len(logged) >= 4 and all(premis_problems(document) == [] for document in logged)
    shown = CliRunner().invoke(
        main, ["audit", "--history", IDS[0], *targets, "--endpoint-url", s3_endpoint, "--json"]
    )
    assert shown.exit_code == 0, shown.output
    assert {e["type"] for e in json.loads(shown.stdout)} >= {"fixity check", "replication"}


def _flaky_client(monkeypatch, fail: int):  # type: ignore[no-untyped-def]
    """Clients whose reads of a .tar die half-way (a reset connection) the first ``fail`` times."""
    from botocore.exceptions import ResponseStreamingError

    from archivist.audit import s3_copy

    real = s3_copy.make_client
    failures = {"left": fail, "seen": 0}

    def make_client(endpoint_url, settings):  # type: ignore[no-untyped-def]
        client = real(endpoint_url, settings)
        real_get = client.get_object

        def get_object(**kwargs):  # type: ignore[no-untyped-def]
            response = real_get(**kwargs)
            if kwargs["Key"].endswith(".tar") and failures["left"] > 0:
                failures["left"] -= 1
                failures["seen"] += 1

                def dies(*args):  # type: ignore[no-untyped-def]
                    raise ResponseStreamingError(error=ConnectionResetError(104, "Connection reset by peer"))

                response["Body"].read = dies
            return response

        client.get_object = get_object
        return client

    monkeypatch.setattr(s3_copy, "make_client", make_client)
    monkeypatch.setattr("archivist.deposit.retry.time.sleep", lambda seconds: None)
    return failures


def test_s3_read_errors_are_retried_then_reported_and_nothing_is_repaired_over(
    collection, tmp_path, bucket, s3_endpoint, state, monkeypatch
):
    from fixtures_deposit import snapshot

    root = tmp_path / "ocfl"
    s3 = f"s3://{bucket}/news"
    deposit_bag(collection[0], [str(root), s3], endpoint_url=s3_endpoint)
    failures = _flaky_client(monkeypatch, fail=1)
    assert audit_copies([str(root), s3], endpoint_url=s3_endpoint).exit_code == 0  # one reset: retried
    assert failures["seen"] == 1
    before = snapshot(root)
    key = f"news/{IDS[0]}.tar"
    stored = s3_client(s3_endpoint).get_object(Bucket=bucket, Key=key)["Body"].read()
    _flaky_client(monkeypatch, fail=1000)  # the store keeps failing: retried, then reported
    summary = audit_copies([str(root), s3], endpoint_url=s3_endpoint, repair=True)
    assert summary.exit_code == 1 and summary.repairs == []
    (line,) = summary.problem_lines()
    assert line.startswith(f"unreadable: {s3} {IDS[0]}: cannot read {key} (after retries)")
    assert s3_client(s3_endpoint).get_object(Bucket=bucket, Key=key)["Body"].read() == stored

    def content(tree: dict) -> dict:
        return {path: value for path, value in tree.items() if "/logs/" not in path}

    assert content(snapshot(root)) == content(before)  # only the event log grew


def _counting_client(monkeypatch) -> dict[str, list[int]]:  # type: ignore[no-untyped-def]
    """Clients that count, per key, the GETs made and the body bytes read from each."""
    from archivist.audit import s3_copy

    real = s3_copy.make_client
    reads: dict[str, list[int]] = {}

    def make_client(endpoint_url, settings):  # type: ignore[no-untyped-def]
        client = real(endpoint_url, settings)
        real_get = client.get_object

        def get_object(**kwargs):  # type: ignore[no-untyped-def]
            response = real_get(**kwargs)
            counts = reads.setdefault(kwargs["Key"], [0, 0])
            counts[0] += 1
            real_read = response["Body"].read

            def read(*args):  # type: ignore[no-untyped-def]
                data = real_read(*args)
                counts[1] += len(data)
                return data

            response["Body"].read = read
            return response

        client.get_object = get_object
        return client

    monkeypatch.setattr(s3_copy, "make_client", make_client)
    return reads


def test_an_s3_audit_reads_each_tar_once_and_validates_the_bag_from_that_read(
    collection, bucket, s3_endpoint, state, monkeypatch
):
    import hashlib

    s3 = f"s3://{bucket}/news"
    for bag in collection:
        deposit_bag(bag, s3, endpoint_url=s3_endpoint)
    client = s3_client(s3_endpoint)
    sizes = {
        f"news/{i}.tar": client.head_object(Bucket=bucket, Key=f"news/{i}.tar")["ContentLength"] for i in IDS
    }
    reads = _counting_client(monkeypatch)
    assert audit_copies([s3], endpoint_url=s3_endpoint).exit_code == 0
    assert {key: counts for key, counts in reads.items() if key.endswith(".tar")} == {
        key: [1, size] for key, size in sizes.items()
    }  # one GET each, every byte read once
    # One payload byte changed and the recorded SHA-256 changed to match: only the bag's own manifests,
    # checked from that same single read, can tell.
    key = f"news/{IDS[2]}.tar"
    data = bytearray(client.get_object(Bucket=bucket, Key=key)["Body"].read())
    at = data.index(b"story 3")
    data[at] ^= 0x01
    client.put_object(
        Bucket=bucket, Key=key, Body=bytes(data), Metadata={"sha256": hashlib.sha256(data).hexdigest()}
    )
    reads.clear()
    summary = audit_copies([s3], endpoint_url=s3_endpoint)
    assert summary.exit_code == 1
    (check,) = summary.verdicts[2].checks
    assert check.status == "damaged" and len(check.problems) == 2, check.problems  # sha256 and sha512
    for algorithm, problem in zip(("sha256", "sha512"), sorted(check.problems), strict=True):
        assert problem.startswith(f"{key}/") and "data/a3.xml" in problem, problem
        assert f"{algorithm} is " in problem and "the manifest says" in problem, problem
    assert {k: counts for k, counts in reads.items() if k.endswith(".tar")} == {
        k: [1, size] for k, size in sizes.items()
    }


def test_a_foreign_bag_whose_manifests_follow_its_payload_is_read_again_not_checked_less(
    tmp_path, bucket, s3_endpoint, state, monkeypatch
):
    """A bag made by bagit-python with MD5 manifests: its tar lists data/ before manifest-md5.txt, so the
    single pass cannot have hashed the payload with MD5; the tar is read a second time, never trusted."""
    import io
    import tarfile

    bag_dir = tmp_path / "foreign"
    (bag_dir / "sub").mkdir(parents=True)
    (bag_dir / "sub" / "story.txt").write_bytes(b"a story told by another tool\n")
    bagit.make_bag(str(bag_dir), {"External-Identifier": IDS[0]}, checksums=["md5", "sha512"])

    def tar_of(directory: Path) -> bytes:
        buffer = io.BytesIO()
        with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as archive:
            for path in sorted(directory.rglob("*")):  # sorted: data/ before the manifests
                archive.add(
                    path, arcname=f"foreign/{path.relative_to(directory).as_posix()}", recursive=False
                )
        return buffer.getvalue()

    key = f"news/{IDS[0]}.tar"
    client = s3_client(s3_endpoint)
    client.put_object(Bucket=bucket, Key=key, Body=tar_of(bag_dir))
    reads = _counting_client(monkeypatch)
    summary = audit_copies([f"s3://{bucket}/news"], endpoint_url=s3_endpoint)
    assert summary.exit_code == 0, summary.problem_lines()
    assert reads[key][0] == 2  # the single pass, then the ordinary read
    (bag_dir / "data" / "sub" / "story.txt").write_bytes(b"a story told by another tool!\n")
    client.put_object(Bucket=bucket, Key=key, Body=tar_of(bag_dir))
    summary = audit_copies([f"s3://{bucket}/news"], endpoint_url=s3_endpoint)
    (check,) = summary.verdicts[0].checks
    assert check.status == "damaged"
    assert any("data/sub/story.txt" in p and "md5 is" in p for p in check.problems), check.problems
