"""Deposit a bag into S3-compatible storage as its deterministic tar, proven by reading it back.

Keys (``s3://bucket/prefix``; the object id is percent-encoded so that it is one key segment):
  ``prefix/<id>.tar``                          the published bag
  ``prefix/<id>.premis.xml``                   the PREMIS transfer event of the last deposit
  ``prefix/.archivist-staging/<id>.<token>.tar`` where a tar waits until it is proven; ``<token>`` is
                                               new for every attempt, so two deposits of one id at
                                               once never share (and clobber) one staging key
Order: upload to the staging key (multipart above ``multipart_threshold``, with ``ChecksumAlgorithm=
SHA256`` so the store checks every part on arrival) → read the staging object back and hash its bytes
(a part checksum proves each part, not the whole object; only the bytes do) → compare with the local
tar's sha256 → server-side copy to the final key → check the final key's size, recorded digest and,
when the store computed one over the whole object, its SHA-256 → delete the staging key. A mismatch
deletes the staging key and raises; the final key, and any good copy it holds, is never touched before
the proof. Every attempt deletes its own staging key, whatever the outcome; one left by a killed
attempt is deleted by a later deposit of the same id once older than ``stale_staging_after`` seconds
(an attempt still running is never that old; an S3 lifecycle rule on the prefix does the same).
A changed bag replaces the final key only once its own copy is proven; to keep every earlier copy as
well, enable versioning on the bucket (the receipt then records the S3 version id).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import boto3
from boto3.s3.transfer import TransferConfig
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError, NoCredentialsError, PartialCredentialsError

from archivist.deposit.common import BUFFER, DepositFailed, file_digest, read_bag_info
from archivist.deposit.retry import is_transient, with_retries

MIB = 1024 * 1024
MIN_PART = 5 * MIB  # S3's smallest part (except the last)
STAGING = ".archivist-staging"
CREDENTIALS = {"InvalidAccessKeyId", "SignatureDoesNotMatch", "AccessDenied", "ExpiredToken", "InvalidToken"}


@dataclass(frozen=True)
class S3Settings:
    multipart_threshold: int = 64 * MIB
    multipart_chunksize: int = 16 * MIB
    max_attempts: int = 5  # per API call (botocore) and per read-back (ours)
    stale_staging_after: float = 24 * 3600  # seconds: a staging key this old was left by a killed attempt


@dataclass(frozen=True)
class S3Result:
    outcome: str  # "deposited" or "unchanged"
    bucket: str
    key: str
    sha256: str
    size: int
    etag: str
    version_id: str | None
    parts: int
    event_key: str


def make_client(endpoint_url: str | None, settings: S3Settings):  # type: ignore[no-untyped-def]
    """A boto3 S3 client: the usual credential chain, botocore's standard retries (5xx, throttling)."""
    config = Config(retries={"max_attempts": settings.max_attempts, "mode": "standard"})
    return boto3.session.Session().client("s3", endpoint_url=endpoint_url, config=config)


def object_key(prefix: str, object_id: str, suffix: str) -> str:
    name = quote(object_id, safe=":@-._~+=,") + suffix
    return f"{prefix}/{name}" if prefix else name


def deposit_s3(
    tar: Path,
    bucket: str,
    prefix: str,
    object_id: str,
    *,
    endpoint_url: str | None,
    settings: S3Settings,
    event: bytes,
) -> S3Result:
    """Upload ``tar`` for ``object_id`` under ``s3://bucket/prefix``; verify; publish (see module doc)."""
    client = make_client(endpoint_url, settings)
    sha256, size = file_digest(tar, "sha256"), tar.stat().st_size
    final = object_key(prefix, object_id, ".tar")
    staging_prefix = f"{prefix}/{STAGING}" if prefix else STAGING
    staging = object_key(staging_prefix, object_id, f".{uuid.uuid4().hex}.tar")
    event_key = object_key(prefix, object_id, ".premis.xml")
    where = f"s3://{bucket}/{final}"
    uploading = False
    try:
        client.head_bucket(Bucket=bucket)
        head = _head(client, bucket, final)
        if (
            head is not None
            and _claims(head, sha256, size)
            and _read_back(client, bucket, final, settings) == sha256
        ):
            if _head(client, bucket, event_key) is None:  # a crash after publishing lost only the event
                _put_event(client, bucket, event_key, event)
            return _result("unchanged", bucket, final, sha256, size, head, event_key)
        transfer = TransferConfig(
            multipart_threshold=settings.multipart_threshold,
            multipart_chunksize=max(MIN_PART, settings.multipart_chunksize),
        )
        _sweep_stale(client, bucket, object_key(staging_prefix, object_id, "."), settings)
        uploading = True
        staged = _upload_staging(client, tar, bucket, staging, sha256, transfer)
        if _read_back(client, bucket, staging, settings) != sha256:
            client.delete_object(Bucket=bucket, Key=staging)
            raise DepositFailed(
                "the store's copy does not match the bag's tar (sha256 differs); nothing was published, "
                "any earlier copy is unchanged",
                where=where,
            )
        parts = _parts(staged)
        _publish(client, bucket, staging, final, transfer)
        published = _head(client, bucket, final)
        if (
            published is None
            or not _claims(published, sha256, size)
            or not _store_digest_ok(published, sha256)
        ):
            raise DepositFailed(
                "the published key does not match the verified staging copy (another deposit of this "
                "identifier published at the same time?); run the deposit again",
                where=where,
            )
        client.delete_object(Bucket=bucket, Key=staging)
        _put_event(client, bucket, event_key, event)
    except (ClientError, BotoCoreError) as exc:
        raise _explain(exc, bucket, where) from exc
    finally:
        if uploading:
            _delete_quietly(client, bucket, staging)
    result = _result("deposited", bucket, final, sha256, size, published, event_key)
    return S3Result(**{**result.__dict__, "parts": parts})


def _upload_staging(  # type: ignore[no-untyped-def]
    client, tar: Path, bucket: str, staging: str, sha256: str, transfer: TransferConfig
) -> dict | None:
    """The tar uploaded to this attempt's own staging key; its head."""
    extra = {
        "ChecksumAlgorithm": "SHA256",
        "Metadata": {"sha256": sha256},
        "ContentType": "application/x-tar",
    }
    client.upload_file(str(tar), bucket, staging, ExtraArgs=extra, Config=transfer)
    return _head(client, bucket, staging)


def _publish(client, bucket: str, staging: str, final: str, transfer: TransferConfig) -> None:  # type: ignore[no-untyped-def]
    """The verified staging copy copied to the final key (a server-side copy, checksummed again)."""
    client.copy(
        {"Bucket": bucket, "Key": staging},
        bucket,
        final,
        ExtraArgs={"ChecksumAlgorithm": "SHA256", "MetadataDirective": "COPY"},
        Config=transfer,
    )


def _delete_quietly(client, bucket: str, key: str) -> None:  # type: ignore[no-untyped-def]
    # This attempt's own staging key: gone whatever happened (already deleted after a success).
    with contextlib.suppress(ClientError, BotoCoreError):
        client.delete_object(Bucket=bucket, Key=key)


def _sweep_stale(client, bucket: str, prefix: str, settings: S3Settings) -> None:  # type: ignore[no-untyped-def]
    """Delete staging keys of this id left by killed attempts (older than ``stale_staging_after``)."""
    cutoff = time.time() - settings.stale_staging_after
    pages = client.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix)
    for page in pages:
        for item in page.get("Contents", []):
            if item["LastModified"].timestamp() <= cutoff:
                client.delete_object(Bucket=bucket, Key=item["Key"])


def _head(client, bucket: str, key: str) -> dict | None:  # type: ignore[no-untyped-def]
    try:
        return client.head_object(Bucket=bucket, Key=key, ChecksumMode="ENABLED")
    except ClientError as exc:
        if exc.response.get("Error", {}).get("Code") in {"404", "NoSuchKey", "NotFound"}:
            return None
        raise


def _claims(head: dict, sha256: str, size: int) -> bool:
    """What the store *says* (size, the digest we recorded): enough to skip work, never enough to prove."""
    return head.get("ContentLength") == size and head.get("Metadata", {}).get("sha256") == sha256


def _store_digest_ok(head: dict, sha256: str) -> bool:
    # A whole-object SHA-256 (single-part, or a copy the store re-hashed) must match; a composite one
    # ("...-N", a checksum of part checksums) cannot be compared with a file digest and is skipped.
    value = head.get("ChecksumSHA256")
    composite = head.get("ChecksumType") == "COMPOSITE" or "-" in head.get("ETag", "")
    if not value or "-" in value or composite:
        return True
    return base64.b64decode(value).hex() == sha256


def _parts(head: dict | None) -> int:
    etag = (head or {}).get("ETag", "").strip('"')
    return int(etag.rsplit("-", 1)[1]) if "-" in etag else 1


def _read_back(client, bucket: str, key: str, settings: S3Settings) -> str:  # type: ignore[no-untyped-def]
    """sha256 of the bytes the store returns for ``key``; re-read from the start on a transient failure."""

    def attempt() -> str:
        digest = hashlib.sha256()
        body = client.get_object(Bucket=bucket, Key=key)["Body"]
        try:
            while chunk := body.read(BUFFER):
                digest.update(chunk)
        finally:
            body.close()
        return digest.hexdigest()

    return with_retries(attempt, attempts=settings.max_attempts, retry_on=is_transient)


def _put_event(client, bucket: str, key: str, event: bytes) -> None:  # type: ignore[no-untyped-def]
    client.put_object(
        Bucket=bucket, Key=key, Body=event, ContentType="application/xml", ChecksumAlgorithm="SHA256"
    )


def _result(
    outcome: str, bucket: str, key: str, sha256: str, size: int, head: dict, event_key: str
) -> S3Result:
    return S3Result(
        outcome=outcome,
        bucket=bucket,
        key=key,
        sha256=sha256,
        size=size,
        etag=head.get("ETag", "").strip('"'),
        version_id=head.get("VersionId"),
        parts=_parts(head),
        event_key=event_key,
    )


def _explain(exc: Exception, bucket: str, where: str) -> DepositFailed:
    """One line a user can act on, for the failures S3 users meet: credentials, buckets, endpoints."""
    if isinstance(exc, (NoCredentialsError, PartialCredentialsError)):
        return DepositFailed(
            "no AWS credentials found",
            where=where,
            why="set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, AWS_PROFILE, or ~/.aws/credentials",
        )
    if isinstance(exc, ClientError):
        error = exc.response.get("Error", {})
        code, status = error.get("Code", ""), exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
        operation = getattr(exc, "operation_name", "request")
        if code in {"NoSuchBucket"} or (operation == "HeadBucket" and code in {"404", "NotFound"}):
            return DepositFailed(f"bucket {bucket!r} does not exist", where=where)
        if code in CREDENTIALS or (operation == "HeadBucket" and status == 403):
            return DepositFailed("the store rejected the credentials or denied access", where=where, why=code)
        return DepositFailed(f"S3 {operation} failed", where=where, why=f"{code}: {error.get('Message', '')}")
    if is_transient(exc):
        return DepositFailed("the store could not be reached (after retries)", where=where, why=str(exc))
    return DepositFailed("S3 request failed", where=where, why=str(exc))


def local_tar(bag: Path, workdir: Path) -> Path:
    """The bag's deterministic tar, written into ``workdir`` (never beside the bag: the bag is untouched).

    Every member's mtime is the bag's own Bagging-Date (midnight UTC), not the clock: the tar must be a
    function of the bag alone, or an unchanged bag deposited tomorrow would look changed.
    """
    from archivist.bag.tarball import write_tar

    return write_tar(bag, workdir / f"{bag.resolve().name}.tar", mtime=_bagging_epoch(bag))


def _bagging_epoch(bag: Path) -> int:
    from datetime import datetime, timezone

    values = read_bag_info(bag).get("Bagging-Date", [])
    try:
        day = datetime.strptime(values[0], "%Y-%m-%d") if values else None
    except ValueError:
        day = None
    return int(day.replace(tzinfo=timezone.utc).timestamp()) if day else 0


def temp_workdir() -> tempfile.TemporaryDirectory:
    return tempfile.TemporaryDirectory(prefix="archivist-deposit-")
