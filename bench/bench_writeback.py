"""Early writeback (archivist.bag.writeback) on and off, side by side: ``write_package`` with fsync on, runs
interleaved, medians of wall and CPU seconds, of the copy-and-hash phase and of the sync before the rename
(and the part of that sync spent blocked on the disk, from /proc/thread-self/schedstat: wall minus time
on a CPU minus time waiting for one, so that other people's load does not count).

"Off" is the fallback path (as where ``sync_file_range`` is missing), so both runs use the same code.

    .venv/bin/python bench/bench_writeback.py --repeat 7            # one 256 MiB file and 64 × 4 MiB
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from archivist import fsutil
from archivist.bag import hashing, writeback
from archivist.ingest.package import payload_from_paths, write_package

MIB = 1 << 20


def _schedstat() -> tuple[float, float]:
    try:
        with open("/proc/thread-self/schedstat") as handle:
            on_cpu, waiting, _ = (int(x) for x in handle.read().split())
        return on_cpu / 1e9, waiting / 1e9
    except OSError:
        return 0.0, 0.0


def one_run(source: Path, out: Path, early: bool) -> dict[str, float]:
    phases: dict[str, float] = {}
    real_parallel, real_sync = hashing.run_parallel, fsutil.sync_tree

    def parallel(*args: object, **kwargs: object) -> object:
        start = time.perf_counter()
        try:
            return real_parallel(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            phases["copy+hash"] = time.perf_counter() - start

    def sync(*args: object, **kwargs: object) -> None:
        start, (on_cpu, waiting) = time.perf_counter(), _schedstat()
        try:
            real_sync(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            wall = time.perf_counter() - start
            on_cpu2, waiting2 = _schedstat()
            phases["sync"], phases["sync blocked"] = wall, wall - (on_cpu2 - on_cpu) - (waiting2 - waiting)

    saved = writeback._sync_file_range
    hashing.run_parallel, fsutil.sync_tree = parallel, sync  # type: ignore[assignment]
    writeback._sync_file_range = None if early else False
    shutil.rmtree(out, ignore_errors=True)
    os.sync()
    try:
        start, cpu = time.perf_counter(), time.process_time()
        write_package(
            payload_from_paths([source]), out, bag_info=[("Source-Organization", "bench")], fsync=True
        )
        phases["wall"], phases["cpu"] = time.perf_counter() - start, time.process_time() - cpu
    finally:
        hashing.run_parallel, fsutil.sync_tree = real_parallel, real_sync  # type: ignore[assignment]
        writeback._sync_file_range = saved
    return phases


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--dir", default=None, help="scratch directory (default: a new one in /tmp)")
    args = parser.parse_args()
    work = Path(args.dir or tempfile.mkdtemp(prefix="archivist-writeback-", dir="/tmp"))
    (work / "many").mkdir(parents=True, exist_ok=True)
    with open(work / "one.bin", "wb") as handle:
        for _ in range(256):
            handle.write(os.urandom(MIB))
    for i in range(64):
        (work / "many" / f"f{i:02d}.bin").write_bytes(os.urandom(4 * MIB))
    try:
        for label, source in (("one 256 MiB file", work / "one.bin"), ("64 × 4 MiB", work / "many")):
            runs: dict[bool, list[dict[str, float]]] = {False: [], True: []}
            loads = [os.getloadavg()[0]]
            for _ in range(args.repeat):
                for early in (False, True):
                    runs[early].append(one_run(source, work / "out", early))
                loads.append(os.getloadavg()[0])
            print(
                f"### {label}: write_package, fsync on, median of {args.repeat} interleaved runs "
                f"(load average {min(loads):.1f}–{max(loads):.1f})\n"
            )
            keys = ["wall", "cpu", "copy+hash", "sync", "sync blocked"]
            print("| early writeback | " + " | ".join(f"{k} s" for k in keys) + " |")
            print("|---" * (len(keys) + 1) + "|")
            for early, rows in runs.items():
                cells = " | ".join(f"{statistics.median(r[k] for r in rows):.3f}" for k in keys)
                print(f"| {'on' if early else 'off'} | {cells} |")
            print()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
