"""Facts passed once (issue 12): an OCFL deposit hashes each byte of the bag at most once per algorithm.

The deposit copies the bag into its private copy and hashes every file as it writes it; the copy's
validation compares those digests with its manifests and ocfl-py is handed the same SHA-512 digests, so no
file of the bag is read for hashing twice. Counted here by wrapping hashlib's constructors: every byte fed to
a SHA-256 or SHA-512 hasher during the deposit is counted."""

from __future__ import annotations

import hashlib
import os
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from archivist.deposit import deposit_bag
from fixtures_deposit import make_bag, validate_root

PAYLOAD = {"source/page.bin": os.urandom(3 << 20), "metadata/record.json": b'{"id": "x"}\n' * 200}


class _Counting:
    """A hasher that counts the bytes it is given, per algorithm, and otherwise is the real one."""

    def __init__(self, name: str, inner: Any, counts: Counter[str], lock: threading.Lock) -> None:
        self._name, self._inner, self._counts, self._lock = name, inner, counts, lock

    def update(self, data: Any) -> None:
        with self._lock:
            self._counts[self._name] += memoryview(data).nbytes
        self._inner.update(data)

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self._inner, attribute)


@pytest.fixture
def hashed_bytes(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counter[str]]:
    counts: Counter[str] = Counter()
    lock = threading.Lock()
    new = hashlib.new

    def counting_new(name: str, *args: Any, **kwargs: Any) -> _Counting:
        inner = new(name, *args, **kwargs)
        return _Counting(inner.name, inner, counts, lock)

    def constructor(name: str) -> Callable[..., _Counting]:
        return lambda *args, **kwargs: counting_new(name, *args, **kwargs)

    monkeypatch.setattr(hashlib, "new", counting_new)
    monkeypatch.setattr(hashlib, "sha256", constructor("sha256"))
    monkeypatch.setattr(hashlib, "sha512", constructor("sha512"))
    yield counts


def bag_bytes(bag: Path) -> int:
    return sum(path.stat().st_size for path in bag.rglob("*") if path.is_file())


def test_an_ocfl_deposit_hashes_each_byte_of_the_bag_once(tmp_path: Path, hashed_bytes: Counter[str]) -> None:
    bag = make_bag(tmp_path / "bag", "urn:example:hash-once", PAYLOAD)
    size = bag_bytes(bag)
    hashed_bytes.clear()  # the fixture bag's own manifests were computed above
    receipt = deposit_bag(bag, str(tmp_path / "root"), write_receipt_file=False)
    assert receipt.outcome == "deposited"
    # SHA-256: the manifests' other algorithm, hashed once as the deposit copies the bag.
    assert hashed_bytes["sha256"] <= size
    # SHA-512: once for the bag, plus what is not the bag: OCFL's inventories (their sidecars) and the
    # deposit's PREMIS transfer event, a few kilobytes.
    assert size <= hashed_bytes["sha512"] < size + 64 * 1024
    validate_root(tmp_path / "root")  # the inventory built from the handed-over digests is right


def test_an_unchanged_re_deposit_hashes_the_bag_once(tmp_path: Path, hashed_bytes: Counter[str]) -> None:
    bag = make_bag(tmp_path / "bag", "urn:example:hash-once", PAYLOAD)
    deposit_bag(bag, str(tmp_path / "root"), write_receipt_file=False)
    hashed_bytes.clear()
    receipt = deposit_bag(bag, str(tmp_path / "root"), write_receipt_file=False)
    assert receipt.outcome == "unchanged"
    size = bag_bytes(bag)
    assert hashed_bytes["sha256"] <= size
    assert size <= hashed_bytes["sha512"] < size + 64 * 1024
