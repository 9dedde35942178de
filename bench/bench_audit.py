"""Audit speed, side by side in one run: ``archivist audit`` of intact OCFL objects vs OpenSSL hashing the
same bytes with the digests our manifests have (``openssl dgst -sha256`` then ``-sha512``).

Usage: ``.venv/bin/python bench/bench_audit.py [--mib 512] [--objects 20] [--files 10] [--repeat 3]
[--jobs 1]``

Builds ``--objects`` bags of random bytes (``--files`` payload files each, ``--mib`` MiB in all) with
archivist's package writer, deposits them into a fresh OCFL 1.1 storage root, then times, warm cache, on the
same bytes: OpenSSL over every content file of the root (the floor: read and hash each byte once per
algorithm, in C), and ``audit_copies([root], again=True)``, the full audit (inventories and sidecars,
the bag validated in place, every digest, events logged). Prints wall seconds, CPU seconds (this process
and its children: ``resource.getrusage``), MiB/s and the ratio of the rates, medians of ``--repeat``.
The machine may be loaded by other work: CPU time is the steadier figure.

``--jobs N`` (N > 1) audits through ``archivist.batch.audit_collection`` with N worker processes, as
``archivist audit --jobs N`` does; OpenSSL still runs in one process per algorithm. The CPU of the
workers is counted too: they are children of multiprocessing's fork server, not of this process, so the
fork server's own and its reaped children's CPU (``/proc/PID/stat``) is added to this process's.

An audit after the first takes as proven what an intact check validated and whose bytes' digest is
unchanged (the inventory's and the bag's structure, the event log's earlier events: ``audit/ocfl_bag.py``,
``audit/events.py``); every content digest is still recomputed. The first timed audit of the fresh root
has nothing to build on, the others do, so the median is an audit that uses the proofs, as every audit
but a collection's first does. The last row times ``rederive=True`` (``--rederive``): every validation
run again from the bytes, as the first audit of a collection does.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from archivist.audit import audit_copies
from archivist.bag.payload import PayloadEntry
from archivist.batch.audit import audit_collection
from archivist.deposit import deposit_bag
from archivist.ingest.package import write_package


def _cpu() -> float:
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime + _fork_server_cpu()


def _fork_server_cpu() -> float:
    """CPU seconds of multiprocessing's fork server and of the workers it forked and reaped (``--jobs``)."""
    from multiprocessing import forkserver

    pid = getattr(forkserver._forkserver, "_forkserver_pid", None)
    if not pid:
        return 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    # After the ")" that ends the command name: utime, stime, cutime, cstime are fields 12–15.
    return sum(int(value) for value in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def _timed(function: Callable[[], object], repeat: int) -> tuple[float, float]:
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), _cpu()
        function()
        walls.append(time.perf_counter() - wall)
        cpus.append(_cpu() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def _openssl(files: list[Path]) -> None:
    for algorithm in ("-sha256", "-sha512"):
        subprocess.run(["openssl", "dgst", algorithm, *map(str, files)], check=True, capture_output=True)


def _build(scratch: Path, mib: int, objects: int, files: int) -> Path:
    root = scratch / "ocfl"
    size = mib * 1024 * 1024 // (objects * files)
    for number in range(objects):
        payload = [PayloadEntry(f"data/f{index:03d}.bin", os.urandom(size)) for index in range(files)]
        bag = scratch / "bags" / f"b{number:04d}"
        info = [("External-Identifier", f"urn:bench:audit:{number}"), ("Source-Organization", "bench")]
        write_package(payload, bag, bag_info=info)
        deposit_bag(bag, str(root))
        shutil.rmtree(bag)
    return root


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mib", type=int, default=512)
    parser.add_argument("--objects", type=int, default=20)
    parser.add_argument("--files", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=1, help="worker processes for the audit (1: this one)")
    parser.add_argument("--dir", type=Path, default=None, help="scratch directory (default: a temp dir)")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="bench-audit-", dir=args.dir))
    try:
        root = _build(scratch, args.mib, args.objects, args.files)
        content = sorted(p for p in root.rglob("*") if p.is_file() and "/content/" in p.as_posix())
        total = sum(p.stat().st_size for p in content)
        state = scratch / "state.json"

        def audit(rederive: bool = False) -> None:
            if args.jobs > 1:
                summary = audit_collection(
                    [str(root)], jobs=args.jobs, again=True, rederive=rederive, state_file=state
                )
            else:
                summary = audit_copies([str(root)], again=True, rederive=rederive, state_file=state)
            assert summary.exit_code == 0, summary.problem_lines()

        _openssl(content)  # warm the page cache once
        load_before = os.getloadavg()[0]
        if args.jobs > 1:
            audit()  # start the fork server (once per process) before timing
        floor = _timed(lambda: _openssl(content), args.repeat)
        ours = _timed(audit, args.repeat)
        scratch_all = _timed(lambda: audit(rederive=True), args.repeat)
        mib = total / 2**20
        print(
            f"{args.objects} OCFL objects, {len(content)} content files, {mib:.0f} MiB; "
            f"audit with --jobs {args.jobs}; {os.cpu_count()} CPUs; load average {load_before:.1f} before "
            f"the timed runs, {os.getloadavg()[0]:.1f} after; "
            f"median of {args.repeat}\n"
        )
        print("| run | wall s | CPU s | MiB/s (wall) |\n|---|---|---|---|")
        for name, (wall, cpu) in (
            ("openssl dgst -sha256 + -sha512 (floor)", floor),
            ("archivist audit (full, events logged)", ours),
            ("archivist audit --rederive (nothing taken as proven)", scratch_all),
        ):
            print(f"| {name} | {wall:.2f} | {cpu:.2f} | {mib / wall:.0f} |")
        print(
            f"\naudit rate / openssl rate: {floor[0] / ours[0]:.0%} (wall), "
            f"{floor[1] / ours[1]:.0%} (CPU); with --rederive: {floor[0] / scratch_all[0]:.0%} (wall), "
            f"{floor[1] / scratch_all[1]:.0%} (CPU)"
        )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
