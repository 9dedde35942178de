"""Fixtures for the deposit tests: small BagIt 1.0 bags, an S3 API server (moto) on 127.0.0.1, OCFL checks.

The bags are written here by hand (RFC 8493 §2: bagit.txt, bag-info.txt, payload and tag manifests) to the
archivist profile, so that the deposit tests do not depend on the bag writer being finished; their premis.xml
is a valid PREMIS 3 document made by ``archivist.render.premis.render_premis``.
TODO(bag.writer): build them with ``archivist.bag.writer.write_bag`` once it exists, so that they also
pass the archivist profile.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import boto3
import ocfl
import pytest

from archivist.render.premis import PremisEvent, render_premis

BAGIT_TXT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
BAGGED = datetime(2026, 11, 27, tzinfo=timezone.utc)
PROFILE_ID = "https://archivist.invalid/profiles/archivist-bag/1.0"


def make_bag(
    dest: Path, object_id: str | None, payload: dict[str, bytes], *, tags: dict[str, bytes] | None = None
) -> Path:
    """A BagIt 1.0 bag at ``dest`` that also meets the archivist profile (sha256 + sha512 manifests and
    tag manifests, premis.xml, the required bag-info elements), ``payload`` under data/, extra ``tags``.

    ``object_id`` None leaves out the External-Identifier.
    """
    if dest.exists():
        shutil.rmtree(dest)
    (dest / "data").mkdir(parents=True)
    for rel, data in payload.items():
        (dest / "data" / rel).parent.mkdir(parents=True, exist_ok=True)
        (dest / "data" / rel).write_bytes(data)
    tags = {"premis.xml": _premis(object_id or "package"), **(tags or {})}
    for rel, data in tags.items():
        (dest / rel).parent.mkdir(parents=True, exist_ok=True)
        (dest / rel).write_bytes(data)
    total = sum(len(d) for d in payload.values())
    (dest / "bagit.txt").write_bytes(BAGIT_TXT)
    info = "Source-Organization: archivist tests\n"
    info += f"External-Identifier: {object_id}\n" if object_id is not None else ""
    info += f"Bagging-Date: 2026-11-27\nPayload-Oxum: {total}.{len(payload)}\nBag-Size: {total} B\n"
    info += f"BagIt-Profile-Identifier: {PROFILE_ID}\n"
    (dest / "bag-info.txt").write_text(info, encoding="utf-8")
    for algorithm in ("sha256", "sha512"):
        lines = "".join(f"{_digest(algorithm, data)}  data/{rel}\n" for rel, data in sorted(payload.items()))
        (dest / f"manifest-{algorithm}.txt").write_text(lines, encoding="utf-8")
    tag_names = sorted(["bagit.txt", "bag-info.txt", "manifest-sha256.txt", "manifest-sha512.txt", *tags])
    for algorithm in ("sha256", "sha512"):
        lines = "".join(f"{_digest(algorithm, (dest / n).read_bytes())}  {n}\n" for n in tag_names)
        (dest / f"tagmanifest-{algorithm}.txt").write_text(lines, encoding="utf-8")
    return dest


def _premis(package_id: str) -> bytes:
    event = PremisEvent(type="ipc", detail='program="tests/fixtures_deposit.py"', objects=(package_id,))
    return render_premis([], [event], ingest_time=BAGGED, package_id=package_id, package_id_type="local")


def _digest(algorithm: str, data: bytes) -> str:
    return hashlib.new(algorithm, data).hexdigest()


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def snapshot(path: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under ``path`` with its bytes and mtime: to prove a bag was left untouched."""
    return {
        p.relative_to(path).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(path.rglob("*"))
        if p.is_file()
    }


def validate_root(root: Path) -> ocfl.StorageRoot:
    """ocfl-py's validator over the storage root and every object in it, digests included."""
    storage_root = ocfl.StorageRoot(root=str(root))
    valid = storage_root.validate(validate_objects=True, check_digests=True, log_warnings=True)
    messages = [message for _, message in storage_root.errors]
    assert valid, messages
    assert storage_root.num_objects == storage_root.good_objects, messages
    return storage_root


def object_dirs(root: Path) -> dict[str, Path]:
    """Object id → object directory, found by walking the root the way ocfl-py does."""
    storage_root = ocfl.StorageRoot(root=str(root))
    return {identifier: root / path for path, identifier in storage_root.list_objects()}


def leftovers(root: Path) -> list[Path]:
    """The deposit workspaces of ``root`` that exist (beside it or inside it): none once a deposit is done."""
    from archivist.deposit.ocfl import workspace_dirs

    return [path for path in workspace_dirs(root) if path.exists()]


# --- S3: moto in server mode, over real HTTP on 127.0.0.1 -----------------------------------------------

AWS_ENV = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_CONFIG_FILE": os.devnull,
    "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
}


ID = "urn:example:article:1"  # the identifier of the ``bag`` fixture's bag


@pytest.fixture
def bag(tmp_path: Path) -> Path:
    """A small valid bag of two payload files, identified by ``ID``."""
    return make_bag(tmp_path / "bags" / "a1", ID, {"a1.xml": b"<a1/>", "a1.jsonld": b"{}"})


@pytest.fixture(scope="session")
def s3_endpoint() -> Iterator[str]:
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)  # port 0: a free port
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def aws_env(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    for name in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_S3"):
        monkeypatch.delenv(name, raising=False)
    for name, value in AWS_ENV.items():
        monkeypatch.setenv(name, value)
    return dict(AWS_ENV)


@pytest.fixture
def bucket(s3_endpoint: str, aws_env: dict[str, str], request: pytest.FixtureRequest) -> str:
    name = "t-" + hashlib.sha256(request.node.nodeid.encode()).hexdigest()[:20]
    client = boto3.client("s3", endpoint_url=s3_endpoint)
    client.create_bucket(Bucket=name)
    return name


def s3_client(endpoint: str):  # type: ignore[no-untyped-def]
    return boto3.client("s3", endpoint_url=endpoint)


def list_keys(endpoint: str, bucket: str) -> list[str]:
    response = s3_client(endpoint).list_objects_v2(Bucket=bucket)
    return sorted(item["Key"] for item in response.get("Contents", []))
