"""BagIt speed, side by side in one run: archivist ``write_bag`` against bagit-python 1.9.0 ``make_bag`` and
``Bag.validate`` (processes=2), and against the raw speed of ``openssl dgst -sha256`` / ``-sha512`` on the
same bytes (the hashing floor).

Scenarios (pick with --scenario, sizes configurable):
  a  1 GiB in 200 files            b  one 1 GiB file            c  N small bags of 5 files of ~3 KB

Fairness: bagit-python never fsyncs, so archivist runs with fsync off (``fsutil.FSYNC = False``) for the
comparison; one extra row shows archivist with fsync on. make_bag bags *in place* (it renames the files
into data/), so it gets a fresh hard-link copy of the input, made outside the timing; archivist copies
the payload (it never moves originals), which is extra work counted in its time. Data lives under
--dir (default /tmp/archivist-bench) and is read warm (page cache) after a first untimed pass.

    .venv/bin/python bench/bench_bagit.py --scenario a
    .venv/bin/python bench/bench_bagit.py --scenario c --bags 2000
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import bagit

from archivist import fsutil
from archivist.bag import hashing
from archivist.bag.payload import payload_from_paths
from archivist.bag.writer import write_bag

GIB = 1 << 30
INFO = [("Source-Organization", "bench")]


class Timing(float):
    """Median wall seconds, carrying the median CPU seconds (all threads and waited-for children)."""

    cpu: float


def cpu_now() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def timed(fn: Callable[[], object], repeat: int, reset: Callable[[], None] | None = None) -> Timing:
    """Median wall (and CPU) time of ``repeat`` runs; ``reset`` runs untimed before each, then ``sync`` so
    that writeback and discards left by the previous run are not charged to this one."""
    walls, cpus = [], []
    for _ in range(repeat):
        if reset:
            reset()
        os.sync()
        start, cpu = time.perf_counter(), cpu_now()
        fn()
        walls.append(time.perf_counter() - start)
        cpus.append(cpu_now() - cpu)
    result = Timing(sorted(walls)[len(walls) // 2])
    result.cpu = sorted(cpus)[len(cpus) // 2]
    return result


def make_files(folder: Path, count: int, total: int) -> list[Path]:
    if folder.is_dir() and sum(p.stat().st_size for p in folder.iterdir()) == total:
        return sorted(folder.iterdir())
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    size, rest = divmod(total, count)
    block = os.urandom(1 << 20)
    paths = []
    for i in range(count):
        path = folder / f"file{i:04d}.bin"
        remaining = size + (rest if i == count - 1 else 0)
        with open(path, "wb") as handle:
            # Fresh random prefix per file so no two files hash the same; bulk from one random block.
            handle.write(os.urandom(min(remaining, 4096)))
            remaining -= min(remaining, 4096)
            while remaining:
                handle.write(block[: min(remaining, len(block))])
                remaining -= min(remaining, len(block))
        paths.append(path)
    return paths


def openssl(algorithm: str, paths: list[Path]) -> None:
    # xargs keeps the command line short for many files; one openssl process per 500 files.
    subprocess.run(
        ["xargs", "-0", "-n", "500", "openssl", "dgst", f"-{algorithm}"],
        input=b"\0".join(os.fsencode(p) for p in paths),
        stdout=subprocess.DEVNULL,
        check=True,
    )


def openssl_both_parallel(paths: list[Path]) -> None:
    procs = [
        subprocess.Popen(["openssl", "dgst", f"-{a}", *map(str, paths)], stdout=subprocess.DEVNULL)
        for a in ("sha256", "sha512")
    ]
    for proc in procs:
        proc.wait()


def row(name: str, seconds: float, nbytes: int, floor: float = 0.0, cpu_sum: float = 0.0) -> str:
    rate = f"{nbytes / seconds / (1 << 20):,.0f} MiB/s" if nbytes else ""
    cpu = f"{seconds.cpu:.2f}" if isinstance(seconds, Timing) else ""
    versus = f"{seconds / floor:.2f}×" if floor else ""
    cpu_versus = f"{seconds.cpu / cpu_sum:.2f}×" if cpu_sum and isinstance(seconds, Timing) else ""
    return f"| {name} | {seconds:.2f} | {cpu} | {rate} | {versus} | {cpu_versus} |"


def large(args: argparse.Namespace, label: str, count: int) -> list[str]:
    base = Path(args.dir) / label
    src = base / "src"
    paths = make_files(src, count, args.size)
    total = sum(p.stat().st_size for p in paths)
    for p in paths:  # warm the page cache
        with open(p, "rb") as handle:
            while handle.read(1 << 24):
                pass
    out = base / "out"
    t256 = timed(lambda: openssl("sha256", paths), args.repeat)
    t512 = timed(lambda: openssl("sha512", paths), args.repeat)
    both = timed(lambda: openssl_both_parallel(paths), args.repeat)
    # The floor comes from openssl's CPU seconds, which equal its wall time on an idle core and, unlike
    # wall time, do not grow when other work shares the machine. Many files: both hashes spread over
    # two cores; one file: SHA-512 of it cannot be split, so the floor is the slower hash alone.
    cpu_sum = t256.cpu + t512.cpu
    floor = cpu_sum / 2 if count > 1 else max(t256.cpu, t512.cpu)

    def clean() -> None:
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir(parents=True)

    def archivist(fsync: bool) -> Callable[[], object]:
        def run() -> object:
            fsutil.FSYNC = fsync
            return write_bag(payload_from_paths([src]), out / "bag", bag_info=INFO)

        return run

    hash_only = timed(lambda: hashing.hash_files(paths), args.repeat)
    # The alternative the split was measured against: every file hashed by one thread, both algorithms.
    threshold, hashing.SPLIT_THRESHOLD = hashing.SPLIT_THRESHOLD, 1 << 62
    hash_unsplit = timed(lambda: hashing.hash_files(paths), args.repeat)
    hashing.SPLIT_THRESHOLD = threshold
    ours = timed(archivist(False), args.repeat, clean)
    ours_fsync = timed(archivist(True), 1, clean)
    fsutil.FSYNC = False

    def fresh_copy() -> None:
        clean()
        subprocess.run(["cp", "-al", str(src), str(out / "bagit")], check=True)

    def make_bag() -> object:
        return bagit.make_bag(str(out / "bagit"), {"Source-Organization": "bench"}, processes=2)

    def copy_then_make_bag() -> object:
        # The same guarantee as archivist (originals untouched): copy first, then bag the copy in place.
        shutil.copytree(src, out / "bagit")
        return make_bag()

    copy_only = timed(lambda: shutil.copytree(src, out / "copy"), args.repeat, clean)
    theirs = timed(make_bag, args.repeat, fresh_copy)
    validate = timed(lambda: bagit.Bag(str(out / "bagit")).validate(processes=2), args.repeat)
    theirs_copy = timed(copy_then_make_bag, args.repeat, clean)
    shutil.rmtree(out, ignore_errors=True)
    load = os.getloadavg()[0]
    return [
        f"### {label}: {count} file(s), {total:,} bytes (warm cache, median of {args.repeat}; "
        f"load average {load:.1f} after the run)",
        "",
        "| what | wall s | CPU s | throughput | wall ÷ floor | CPU ÷ openssl CPU |",
        "|---|---|---|---|---|---|",
        row("openssl dgst -sha256", t256, total),
        row("openssl dgst -sha512", t512, total),
        row("openssl sha256 ‖ sha512 (two processes at once)", both, total, floor, cpu_sum),
        f"| hashing floor, 2 idle cores ({'slower hash alone' if count == 1 else '(sha256+sha512 CPU)/2'}) "
        f"| {floor:.2f} | {cpu_sum:.2f} | {total / floor / (1 << 20):,.0f} MiB/s | 1.00× | 1.00× |",
        row("archivist hash_files (sha256+sha512, read once)", hash_only, total, floor, cpu_sum),
        row("  same, with the per-algorithm split turned off", hash_unsplit, total, floor, cpu_sum),
        row("copy alone: shutil.copytree (no hashing)", copy_only, total),
        row("**archivist write_bag** (copies payload, fsync off)", ours, total, floor, cpu_sum),
        row("archivist write_bag, fsync on (1 run)", ours_fsync, total, floor, cpu_sum),
        row("bagit make_bag(processes=2) (moves payload)", theirs, total, floor, cpu_sum),
        row("bagit copytree + make_bag(processes=2) (originals kept)", theirs_copy, total, floor, cpu_sum),
        row("bagit Bag.validate(processes=2)", validate, total, floor, cpu_sum),
        "",
    ]


def small(args: argparse.Namespace) -> list[str]:
    base = Path(args.dir) / "small"
    shutil.rmtree(base, ignore_errors=True)
    variants = 50
    sources = []
    for v in range(variants):
        folder = base / "src" / f"v{v}"
        folder.mkdir(parents=True)
        for i in range(5):
            (folder / f"part{i}.txt").write_bytes(os.urandom(args.small_size))
        sources.append(folder)
    entries = [payload_from_paths([s]) for s in sources]
    out = base / "out"
    n = args.bags
    results = []

    def ours(fsync: bool, count: int) -> float:
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir(parents=True)
        fsutil.FSYNC = fsync
        os.sync()
        start, cpu = time.perf_counter(), cpu_now()
        for k in range(count):
            write_bag(entries[k % variants], out / f"a{k}", bag_info=INFO)
        elapsed = Timing(time.perf_counter() - start)
        elapsed.cpu = cpu_now() - cpu
        fsutil.FSYNC = False
        return elapsed

    results.append(("**archivist write_bag** (fsync off)", ours(False, n), n))
    results.append(("archivist write_bag, fsync on", ours(True, args.fsync_bags), args.fsync_bags))
    for processes in (2, 1) if args.bagit_bags else ():
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir(parents=True)
        for k in range(args.bagit_bags):  # untimed: make_bag needs its own directory to bag in place
            subprocess.run(["cp", "-al", str(sources[k % variants]), str(out / f"b{k}")], check=True)
        made = timed(
            lambda p=processes: [
                bagit.make_bag(str(out / f"b{k}"), dict(INFO), processes=p) for k in range(args.bagit_bags)
            ],
            1,
        )
        results.append((f"bagit make_bag(processes={processes})", made, args.bagit_bags))
        checked = timed(
            lambda p=processes: [
                bagit.Bag(str(out / f"b{k}")).validate(processes=p) for k in range(args.bagit_bags)
            ],
            1,
        )
        results.append((f"bagit Bag.validate(processes={processes})", checked, args.bagit_bags))
    if args.bagit_bags:
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir(parents=True)
        copied = timed(
            lambda: [
                (
                    shutil.copytree(sources[k % variants], out / f"c{k}"),
                    bagit.make_bag(str(out / f"c{k}"), dict(INFO), processes=1),
                )
                for k in range(args.bagit_bags)
            ],
            1,
        )
        results.append(("bagit copytree + make_bag(processes=1) (originals kept)", copied, args.bagit_bags))
    shutil.rmtree(base, ignore_errors=True)
    lines = [
        f"### c: small bags of 5 files × {args.small_size:,} bytes (fsync off unless noted; "
        f"load average {os.getloadavg()[0]:.1f} after the run)",
        "",
        "| what | bags | wall s | CPU s | ms per bag (wall) | bags/s |",
        "|---|---|---|---|---|---|",
    ]
    for name, seconds, count in results:
        per_bag = seconds / count * 1000
        lines.append(
            f"| {name} | {count} | {seconds:.2f} | {seconds.cpu:.2f} | {per_bag:.1f} | "
            f"{count / seconds:,.0f} |"
        )
    return [*lines, ""]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", default="abc", help="any of a, b, c (default abc)")
    parser.add_argument("--dir", default="/tmp/archivist-bench", help="scratch directory for data")
    parser.add_argument("--size", type=int, default=GIB, help="bytes for scenarios a and b (default 1 GiB)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement, median kept (a, b)")
    parser.add_argument("--bags", type=int, default=10_000, help="archivist bags in scenario c")
    parser.add_argument("--bagit-bags", type=int, default=None, help="bagit bags in c (0: skip)")
    parser.add_argument("--fsync-bags", type=int, default=200, help="archivist bags with fsync on in c")
    parser.add_argument("--small-size", type=int, default=3000, help="bytes per file in scenario c")
    args = parser.parse_args(argv)
    args.bagit_bags = args.bags if args.bagit_bags is None else args.bagit_bags
    ssl = subprocess.run(["openssl", "version"], capture_output=True, text=True).stdout.strip()
    lines = [
        f"cpus: {os.cpu_count()}; {ssl}; python {sys.version.split()[0]}; bagit {bagit.VERSION}; "
        f"data in {args.dir}; load average {os.getloadavg()[0]:.1f} at start",
        "",
    ]
    if "a" in args.scenario:
        lines += large(args, "a", 200)
    if "b" in args.scenario:
        lines += large(args, "b", 1)
    if "c" in args.scenario:
        lines += small(args)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
