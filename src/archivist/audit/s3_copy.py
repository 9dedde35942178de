"""An S3 prefix as a copy: each ``<prefix>/<id>.tar`` read back in full, events in ``<id>.events.xml``.

Check of one object: the tar is read once, straight from the GET body, never written to disk
(``tar_stream.py``): its SHA-256 is computed as it passes and compared with the SHA-256 recorded at
deposit (object metadata) and, for a whole-object checksum, with the store's own; each payload member is
hashed as it passes with every manifest algorithm, tag files are kept, and the bag is validated from
that one pass (RFC 8493, every digest). A read that dies half-way starts again (``deposit/retry.py``).
Only a foreign bag whose manifests use an algorithm other than archivist's and come after its payload
is read a second time (downloaded to a private temporary file and validated there). A request that
still fails after the retries makes the object ``unreadable`` — never ``damaged`` — so nothing is ever
repaired over a copy that merely could not be reached.
Events: one PREMIS document per object, ``<prefix>/<id>.events.xml`` beside the tar (and beside the
deposit's ``<id>.premis.xml``); rewriting it touches neither the tar nor its metadata.
Repair: the good bag's deterministic tar is deposited with ``deposit/s3.py`` (staged, read back and
proven, then copied over the damaged key).
"""

from __future__ import annotations

import hashlib
import tarfile
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from botocore.exceptions import BotoCoreError, ClientError

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
from archivist.audit.tar_stream import StreamedTar, read_tar
from archivist.bag.reader import BagSource
from archivist.deposit.common import BUFFER
from archivist.deposit.retry import is_transient, with_retries
from archivist.deposit.s3 import STAGING, S3Settings, make_client, object_key

TAR = ".tar"
EVENTS = ".events.xml"


class S3Copy:
    def __init__(
        self,
        bucket: str,
        prefix: str,
        name: str,
        endpoint_url: str | None,
        settings: S3Settings | None = None,
    ) -> None:
        self.bucket = bucket
        self.prefix = prefix
        self.name = name
        self.endpoint_url = endpoint_url
        self.settings = settings or S3Settings()
        self._client: Any = None

    @property
    def client(self) -> Any:
        if self._client is None:
            self._client = make_client(self.endpoint_url, self.settings)
        return self._client

    def objects(self, *, keys: bool = True) -> dict[str, str]:  # keys cost nothing more here
        start = f"{self.prefix}/" if self.prefix else ""
        found: dict[str, str] = {}
        try:
            pages = self.client.get_paginator("list_objects_v2").paginate(
                Bucket=self.bucket, Prefix=start, Delimiter="/"
            )
            for page in pages:
                for item in page.get("Contents", []):
                    name = item["Key"][len(start) :]
                    if name.endswith(TAR) and not name.startswith(STAGING):
                        found[unquote(name[: -len(TAR)])] = f"{item['ETag'].strip(chr(34))} {item['Size']}"
        except (ClientError, BotoCoreError) as exc:
            raise CopyUnavailable("cannot list the bucket", where=self.name, why=str(exc)) from exc
        return found

    def key(self, object_id: str, suffix: str = TAR) -> str:
        return object_key(self.prefix, object_id, suffix)

    def check(self, object_id: str, key: str = "", *, rederive: bool = False) -> CopyCheck:
        # Nothing is taken as proven here (``rederive`` changes nothing): the bag is validated in full.
        result = CopyCheck(self.name, object_id, INTACT, checked=clock.isoformat(clock.now()))
        try:
            head = self._head(self.key(object_id))
            if head is None:
                result.status = MISSING
                result.problems.append(f"no {self.key(object_id)}")
                return result
            result.key = key or f"{head.get('ETag', '').strip(chr(34))} {head.get('ContentLength')}"
            source = self._stream(self.key(object_id), int(head.get("ContentLength") or 0))
            if source.complete:
                self._check_bag(head, source.sha256, source, result, source.known_digests())
            else:  # a foreign bag this one pass could not verify in full (tar_stream's doc): read again
                self._check_downloaded(head, result)
        except (ClientError, BotoCoreError, OSError) as exc:
            result.status = UNREADABLE
            result.problems.append(f"cannot read {self.key(object_id)} (after retries): {exc}")
            return result
        if result.problems:
            result.status = DAMAGED
        return result

    def _stream(self, key: str, size: int) -> StreamedTar:
        """The tar read once, straight from the GET body (``tar_stream.py``); a read that dies half-way
        starts again from the first byte."""

        def attempt() -> StreamedTar:
            body = self.client.get_object(Bucket=self.bucket, Key=key)["Body"]
            try:
                return read_tar(body, key, size)
            finally:
                body.close()

        return with_retries(attempt, attempts=self.settings.max_attempts, retry_on=is_transient)

    def _check_downloaded(self, head: dict[str, Any], result: CopyCheck) -> None:
        import tempfile

        from archivist.bag.reader import open_bag

        with tempfile.TemporaryDirectory(prefix="archivist-audit-") as work:
            tar = Path(work) / Path(self.key(result.object_id)).name
            sha256 = self._download(self.key(result.object_id), tar)
            with open_bag(tar) as source:
                self._check_bag(head, sha256, source, result, None, shown_as=str(tar))

    def _check_bag(
        self,
        head: dict[str, Any],
        sha256: str,
        source: BagSource,
        result: CopyCheck,
        digests: dict[str, dict[str, str]] | None,
        shown_as: str = "",
    ) -> None:
        import base64

        from archivist.validate.bag import source_problems

        key = self.key(result.object_id)
        recorded = head.get("Metadata", {}).get("sha256")
        if recorded and recorded != sha256:
            result.problems.append(f"{key}: sha256 is {sha256}, the deposit recorded {recorded}")
        store = head.get("ChecksumSHA256")
        if store and "-" not in store and base64.b64decode(store).hex() != sha256:
            result.problems.append(f"{key}: the store's own SHA-256 differs")
        for problem in source_problems(source, digests=digests):
            if problem.is_error:
                line = problem.line()
                result.problems.append(line.replace(shown_as, key) if shown_as else line)
        if source.is_file(FINGERPRINT_FILE):
            with source.open(FINGERPRINT_FILE) as stream:
                result.fingerprint = hashlib.sha512(stream.read()).hexdigest()
        result.files = sum(1 for entry in source.entries.values() if entry.kind == "file")
        if result.fingerprint is None:
            result.problems.append(NO_FINGERPRINT)
        result.history = [result.fingerprint or ""]
        result.bytes = int(head.get("ContentLength") or 0)

    def _head(self, key: str) -> dict[str, Any] | None:
        def attempt() -> dict[str, Any] | None:
            try:
                return self.client.head_object(Bucket=self.bucket, Key=key, ChecksumMode="ENABLED")
            except ClientError as exc:
                if exc.response.get("Error", {}).get("Code") in {"404", "NoSuchKey", "NotFound"}:
                    return None
                raise

        return with_retries(attempt, attempts=self.settings.max_attempts, retry_on=is_transient)

    def _download(self, key: str, path: Path) -> str:
        def attempt() -> str:
            digest = hashlib.sha256()
            body = self.client.get_object(Bucket=self.bucket, Key=key)["Body"]
            try:
                with open(path, "wb") as out:
                    while chunk := body.read(BUFFER):
                        digest.update(chunk)
                        out.write(chunk)
            finally:
                body.close()
            return digest.hexdigest()

        return with_retries(attempt, attempts=self.settings.max_attempts, retry_on=is_transient)

    def read_events(self, object_id: str) -> bytes | None:
        key = self.key(object_id, EVENTS)

        def attempt() -> bytes | None:
            try:
                return self.client.get_object(Bucket=self.bucket, Key=key)["Body"].read()
            except ClientError as exc:
                if exc.response.get("Error", {}).get("Code") in {"404", "NoSuchKey", "NotFound"}:
                    return None
                raise

        return with_retries(attempt, attempts=self.settings.max_attempts, retry_on=is_transient)

    def write_events(self, object_id: str, data: bytes) -> None:
        key = self.key(object_id, EVENTS)
        with_retries(
            lambda: self.client.put_object(
                Bucket=self.bucket,
                Key=key,
                Body=data,
                ContentType="application/xml",
                ChecksumAlgorithm="SHA256",
            ),
            attempts=self.settings.max_attempts,
            retry_on=is_transient,
        )

    def export_bag(self, object_id: str, workdir: Path) -> Path:
        tar = workdir / "copy.tar"
        self._download(self.key(object_id), tar)
        out = workdir / "extracted"
        with tarfile.open(tar) as archive:
            archive.extractall(out, filter="data")  # no absolute names, no '..', no links out
        tar.unlink()
        tops = [p for p in out.iterdir() if p.is_dir()]
        if len(tops) != 1:
            raise ValueError(f"{self.key(object_id)} does not hold exactly one bag directory")
        from archivist.deposit.directory import bag_dirname

        return tops[0].rename(workdir / bag_dirname(object_id))

    def restore(self, object_id: str, bag: Path, damaged: CopyCheck) -> str:
        import tempfile

        from archivist.deposit.receipt import transfer_premis
        from archivist.deposit.s3 import deposit_s3, local_tar

        event = transfer_premis(
            bag,
            object_id=object_id,
            when=clock.now(),
            destination=f"s3://{self.bucket}/{self.key(object_id)}",
            detail='target="s3"; repair="archivist audit"',
        )
        with tempfile.TemporaryDirectory(prefix="archivist-repair-") as work:
            tar = local_tar(bag, Path(work))
            result = deposit_s3(
                tar,
                self.bucket,
                self.prefix,
                object_id,
                endpoint_url=self.endpoint_url,
                settings=self.settings,
                event=event,
            )
        return f"{result.outcome} {result.key} (sha256 {result.sha256}, read back and verified)"
