"""Validation speed, side by side in one run: archivist vs bagit-python vs the OpenSSL hashing floor.

Usage: ``.venv/bin/python bench/bench_validate.py [--mib 1024] [--files 200] [--dir DIR]``

Builds one bag of random bytes (``--files`` files, ``--mib`` MiB in all) with bagit-python's
``make_bag`` (sha256 + sha512), then times, on the same warm bytes:
``openssl dgst -sha256`` + ``-sha512`` (the floor for reading and hashing), ``bagit.Bag.validate``
with processes=2, ``archivist bag_problems``, and both ``fast`` modes. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import bagit

from archivist.validate.bag import bag_problems


def _timed(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def _openssl(files: list[Path]) -> None:
    for algorithm in ("-sha256", "-sha512"):
        subprocess.run(["openssl", "dgst", algorithm, *map(str, files)], check=True, capture_output=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mib", type=int, default=1024)
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--dir", type=Path, default=None, help="scratch directory (default: a temp dir)")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="bench-validate-", dir=args.dir))
    try:
        bag = scratch / "bag"
        bag.mkdir()
        size = args.mib * 1024 * 1024 // args.files
        for index in range(args.files):
            (bag / f"f{index:05d}.bin").write_bytes(os.urandom(size))
        bagit.make_bag(str(bag), processes=2, checksums=["sha256", "sha512"])
        payload = sorted((bag / "data").iterdir())
        _openssl(payload)  # warm the page cache once
        rows = [
            ("openssl sha256 + sha512 (floor)", _timed(lambda: _openssl(payload))),
            ("bagit-python validate(processes=2)", _timed(lambda: bagit.Bag(str(bag)).validate(processes=2))),
            ("archivist bag_problems", _timed(lambda: bag_problems(bag))),
            ("bagit-python validate(fast=True)", _timed(lambda: bagit.Bag(str(bag)).validate(fast=True))),
            ("archivist bag_problems(fast=True)", _timed(lambda: bag_problems(bag, fast=True))),
        ]
        print(f"{args.mib} MiB in {args.files} files, {os.cpu_count()} CPUs\n")
        print("| run | seconds |\n|---|---|")
        for name, seconds in rows:
            print(f"| {name} | {seconds:.2f} |")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
