"""Writes OCFL objects and a storage root beside this file (run it to regenerate; deterministic).

Modelled on the OCFL community's fixtures (``OCFL/fixtures``:
``1.0/good-objects/minimal_one_version_one_file``,
``warn-objects/W004_uses_sha256``, ``bad-objects/E040_wrong_head_format``), which could not be downloaded
here: each is rewritten by hand after the spec (https://ocfl.io/1.1/spec/) with one problem, and
README.md lists them. Links and fifos are made by the tests themselves, at run time.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

HERE = Path(__file__).parent
CONTENT = b"Hello OCFL!\n"


def write_object(
    root: Path, *, spec: str = "1.1", algorithm: str = "sha512", head: str = "v1", inventory: object = None
) -> None:
    if root.exists():
        shutil.rmtree(root)
    (root / "v1" / "content").mkdir(parents=True)
    (root / "v1" / "content" / "a_file.txt").write_bytes(CONTENT)
    digest = hashlib.new(algorithm, CONTENT).hexdigest()
    if inventory is None:
        inventory = {
            "digestAlgorithm": algorithm,
            "head": head,
            "id": "urn:example:archivist:fixture",
            "manifest": {digest: ["v1/content/a_file.txt"]},
            "type": f"https://ocfl.io/{spec}/spec/#inventory",
            "versions": {
                "v1": {
                    "created": "2024-01-02T03:04:05Z",
                    "message": "One version with one file",
                    "state": {digest: ["a_file.txt"]},
                    "user": {"address": "mailto:someone@example.org", "name": "Someone"},
                }
            },
        }
    data = inventory if isinstance(inventory, bytes) else json.dumps(inventory, indent=2).encode()
    sidecar = f"{hashlib.new(algorithm, data).hexdigest()}  inventory.json\n".encode()
    for where in (root, root / "v1"):
        (where / "inventory.json").write_bytes(data)
        (where / f"inventory.json.{algorithm}").write_bytes(sidecar)
    (root / f"0=ocfl_object_{spec}").write_text(f"ocfl_object_{spec}\n")


def main() -> None:
    write_object(HERE / "1.1/good/minimal-one-version")
    write_object(HERE / "1.0/good/minimal-one-version", spec="1.0")
    write_object(HERE / "1.1/warn/W004-uses-sha256", algorithm="sha256")
    write_object(HERE / "1.1/bad/E040-wrong-head-format", head="1")
    write_object(HERE / "1.1/bad/inventory-is-a-list", inventory=["not", "an", "inventory"])
    write_object(HERE / "1.1/bad/inventory-nested-deep", inventory=b"[" * 100_000 + b"]" * 100_000)
    root = HERE / "1.1/root"
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    (root / "0=ocfl_1.1").write_text("ocfl_1.1\n")
    (root / "ocfl_layout.json").write_text(
        json.dumps({"extension": "0002-flat-direct-storage-layout", "description": "Flat direct"}, indent=2)
        + "\n"
    )
    write_object(root / "object-one")


if __name__ == "__main__":
    main()
