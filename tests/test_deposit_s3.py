"""Deposit into S3-compatible storage: boto3 over real HTTP against moto in server mode on 127.0.0.1."""

from __future__ import annotations

import hashlib
import json
import os

import pytest
from botocore.awsrequest import AWSResponse
from botocore.exceptions import ResponseStreamingError
from click.testing import CliRunner

from archivist.cli import main
from archivist.deposit import DepositFailed, S3Settings, deposit_bag
from archivist.deposit import s3 as deposit_s3
from archivist.deposit.retry import is_transient, with_retries

pytest.register_assert_rewrite("fixtures_deposit")

from fixtures_deposit import ID, list_keys, make_bag, s3_client, snapshot  # noqa: E402

pytest_plugins = ["fixtures_deposit"]  # s3_endpoint, aws_env, bucket, bag

KEY = f"news/{ID}.tar"


def _stored_sha256(endpoint: str, bucket: str, key: str) -> str:
    return hashlib.sha256(s3_client(endpoint).get_object(Bucket=bucket, Key=key)["Body"].read()).hexdigest()


def test_upload_verify_publish_and_receipt(bag, bucket, s3_endpoint, tmp_path):
    before = snapshot(bag)
    receipt = deposit_bag(bag, f"s3://{bucket}/news/", endpoint_url=s3_endpoint)
    assert receipt.outcome == "deposited" and receipt.key == KEY and receipt.kind == "s3"
    assert list_keys(s3_endpoint, bucket) == [f"news/{ID}.premis.xml", KEY]  # no staging key left
    assert _stored_sha256(s3_endpoint, bucket, KEY) == receipt.checksums["tar sha256"]
    local = deposit_s3.local_tar(bag, tmp_path)  # the same deterministic tar
    assert hashlib.sha256(local.read_bytes()).hexdigest() == receipt.checksums["tar sha256"]
    assert receipt.sizes["tar_bytes"] == local.stat().st_size
    written = json.loads((bag.parent / "a1.deposit.json").read_bytes())
    assert written == receipt.to_dict() and written["location"] == f"s3://{bucket}/{KEY}"
    assert snapshot(bag) == before
    event = s3_client(s3_endpoint).get_object(Bucket=bucket, Key=f"news/{ID}.premis.xml")["Body"].read()
    assert b"eventType/tra" in event and f"s3://{bucket}/{KEY}".encode() in event


def test_redeposit_of_an_identical_bag_is_unchanged(bag, bucket, s3_endpoint):
    first = deposit_bag(bag, f"s3://{bucket}/news", endpoint_url=s3_endpoint)
    again = deposit_bag(bag, f"s3://{bucket}/news", endpoint_url=s3_endpoint)
    assert again.outcome == "unchanged"
    assert again.checksums["tar sha256"] == first.checksums["tar sha256"]


def test_multipart_with_a_small_threshold(tmp_path, bucket, s3_endpoint):
    big = make_bag(tmp_path / "big", ID, {"blob.bin": os.urandom(6 * 1024 * 1024)})
    settings = S3Settings(multipart_threshold=1024 * 1024, multipart_chunksize=1)  # parts of S3's minimum
    receipt = deposit_bag(big, f"s3://{bucket}/news", endpoint_url=s3_endpoint, s3_settings=settings)
    assert receipt.details["parts"] == 2  # from the staging object's ETag ("…-2") as the store reports it
    assert _stored_sha256(s3_endpoint, bucket, KEY) == receipt.checksums["tar sha256"]
    assert deposit_bag(
        big, f"s3://{bucket}/news", endpoint_url=s3_endpoint, s3_settings=settings
    ).outcome == ("unchanged")


def test_corrupted_read_back_is_an_error_and_the_good_copy_stays(bag, bucket, s3_endpoint, monkeypatch):
    good = deposit_bag(bag, f"s3://{bucket}/news", endpoint_url=s3_endpoint)
    make_bag(bag, ID, {"a1.xml": b"<a1>v2</a1>", "a1.jsonld": b"{}"})
    real_read_back = deposit_s3._read_back

    def corrupting_read_back(client, bucket_name, key, settings):  # type: ignore[no-untyped-def]
        if deposit_s3.STAGING in key:  # the store's copy goes bad between upload and verification
            client.put_object(Bucket=bucket_name, Key=key, Body=b"bit rot")
        return real_read_back(client, bucket_name, key, settings)

    monkeypatch.setattr(deposit_s3, "_read_back", corrupting_read_back)
    with pytest.raises(DepositFailed, match="does not match"):
        deposit_bag(bag, f"s3://{bucket}/news", endpoint_url=s3_endpoint)
    assert _stored_sha256(s3_endpoint, bucket, KEY) == good.checksums["tar sha256"]
    assert list_keys(s3_endpoint, bucket) == [f"news/{ID}.premis.xml", KEY]  # bad staging copy removed
    result = CliRunner().invoke(
        main, ["deposit", str(bag), "--to", f"s3://{bucket}/news", "--endpoint-url", s3_endpoint]
    )
    assert result.exit_code == 1 and result.stderr.count("\n") == 1


def test_missing_bucket_is_one_line_exit_1(bag, s3_endpoint, aws_env):
    before = snapshot(bag)
    result = CliRunner().invoke(
        main, ["deposit", str(bag), "--to", "s3://no-such-bucket/news", "--endpoint-url", s3_endpoint]
    )
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "bucket 'no-such-bucket' does not exist" in result.stderr
    assert snapshot(bag) == before and not (bag.parent / "a1.deposit.json").exists()


def test_bad_credentials_are_one_line_exit_1(bag, bucket, s3_endpoint, monkeypatch):
    from moto import settings as moto_settings

    monkeypatch.setattr(moto_settings, "INITIAL_NO_AUTH_ACTION_COUNT", 0)  # moto checks keys from now on
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAWRONGWRONGWRONG1")
    result = CliRunner().invoke(
        main, ["deposit", str(bag), "--to", f"s3://{bucket}/news", "--endpoint-url", s3_endpoint]
    )
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "rejected the credentials" in result.stderr


def test_no_credentials_at_all_is_one_line(bag, bucket, s3_endpoint, monkeypatch):
    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")
    with pytest.raises(DepositFailed, match="no AWS credentials found"):
        deposit_bag(bag, f"s3://{bucket}/news", endpoint_url=s3_endpoint)


def _failing_first(operation: str, failures: int, counts: dict[str, int]):  # type: ignore[no-untyped-def]
    """A botocore before-send hook: the first ``failures`` sends of ``operation`` get an HTTP 500."""

    class _Raw:
        def stream(self, **_: object):  # type: ignore[no-untyped-def]
            yield b"<Error><Code>InternalError</Code><Message>injected</Message></Error>"

    def hook(request, **_: object):  # type: ignore[no-untyped-def]
        counts[operation] = counts.get(operation, 0) + 1
        if counts[operation] <= failures:
            return AWSResponse(request.url, 500, {}, _Raw())
        return None

    return hook


def test_transient_500s_are_retried(bag, bucket, s3_endpoint, monkeypatch):
    counts: dict[str, int] = {}
    real_make_client = deposit_s3.make_client

    def make_client(endpoint_url, settings):  # type: ignore[no-untyped-def]
        client = real_make_client(endpoint_url, settings)
        for operation in ("PutObject", "GetObject", "CopyObject"):
            hook = _failing_first(operation, 2, counts)
            client.meta.events.register_first(f"before-send.s3.{operation}", hook)
        return client

    monkeypatch.setattr(deposit_s3, "make_client", make_client)
    receipt = deposit_bag(bag, f"s3://{bucket}/news", endpoint_url=s3_endpoint)
    assert receipt.outcome == "deposited"
    assert _stored_sha256(s3_endpoint, bucket, KEY) == receipt.checksums["tar sha256"]
    assert counts["PutObject"] >= 3 and counts["GetObject"] >= 3 and counts["CopyObject"] == 3


def test_a_reset_while_reading_back_is_retried_from_the_start(bag, bucket, s3_endpoint, monkeypatch):
    calls: list[str] = []
    real_get = None

    def make_client(endpoint_url, settings):  # type: ignore[no-untyped-def]
        nonlocal real_get
        client = deposit_s3.boto3.session.Session().client("s3", endpoint_url=endpoint_url)
        real_get = client.get_object

        def get_object(**kwargs):  # type: ignore[no-untyped-def]
            calls.append(kwargs["Key"])
            response = real_get(**kwargs)
            if len(calls) == 1:  # the first body dies half-way, as a reset connection would
                response["Body"].read = _dies_after_first_read(response["Body"].read)
            return response

        client.get_object = get_object
        return client

    monkeypatch.setattr(deposit_s3, "make_client", make_client)
    monkeypatch.setattr("archivist.deposit.retry.time.sleep", lambda seconds: None)
    receipt = deposit_bag(bag, f"s3://{bucket}/news", endpoint_url=s3_endpoint)
    assert receipt.outcome == "deposited" and len(calls) == 2 and calls[0] == calls[1]


def _dies_after_first_read(read):  # type: ignore[no-untyped-def]
    state = {"reads": 0}

    def wrapped(*args):  # type: ignore[no-untyped-def]
        state["reads"] += 1
        if state["reads"] > 1:
            raise ResponseStreamingError(error=ConnectionResetError(104, "Connection reset by peer"))
        return read(1)  # a little, then the failure

    return wrapped


def test_with_retries_retries_transient_failures_only():
    sleeps: list[float] = []
    attempts = iter([ConnectionResetError(), TimeoutError(), "done"])

    def flaky() -> str:
        value = next(attempts)
        if isinstance(value, Exception):
            raise value
        return value

    assert with_retries(flaky, sleep=sleeps.append) == "done" and len(sleeps) == 2
    with pytest.raises(ValueError):
        with_retries(lambda: (_ for _ in ()).throw(ValueError("wrong digest")), sleep=sleeps.append)
    assert len(sleeps) == 2
    assert not is_transient(ValueError())


def test_cli_json_for_s3(bag, bucket, s3_endpoint):
    result = CliRunner().invoke(
        main, ["deposit", str(bag), "--to", f"s3://{bucket}", "--endpoint-url", s3_endpoint, "--json"]
    )
    assert result.exit_code == 0, result.stderr
    [receipt] = json.loads(result.stdout)
    assert receipt["key"] == f"{ID}.tar" and receipt["outcome"] == "deposited"
