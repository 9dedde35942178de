"""Run every benchmark at a size that finishes in minutes on a 2-core machine (`make bench`).

Each script prints its own side-by-side table; the figures quoted in docs/benchmarks.md come from full-size
runs, with the exact command beside each table. ``--full`` runs the full sizes the issues ask for (about an
hour here). ``--quick`` runs only ``bench/goals.py --quick``: every speed goal of issue 14 at a small size,
ending with one table (goal, measured, met?), in a few minutes on an idle machine.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent

QUICK: list[list[str]] = [
    ["bench_newsml.py", "1000"],
    ["bench_jsonld_ninjs.py", "1000"],
    ["bench_validate.py", "--mib", "256", "--files", "50"],
    [
        "bench_bagit.py",
        "--scenario",
        "abc",
        "--size",
        str(256 * 2**20),
        "--repeat",
        "1",
        "--bags",
        "1000",
        "--bagit-bags",
        "300",
        "--fsync-bags",
        "100",
    ],
    ["bench_batch.py", "--count", "1000"],
    ["bench_audit.py", "--mib", "256", "--objects", "10", "--repeat", "1"],
    ["goals.py"],
]
FULL: list[list[str]] = [
    ["bench_newsml.py", "3000"],
    ["bench_jsonld_ninjs.py", "3000"],
    ["bench_validate.py", "--mib", "1024", "--files", "200"],
    ["bench_bagit.py", "--scenario", "abc", "--bags", "10000", "--bagit-bags", "2000"],
    ["bench_batch.py", "--count", "10000"],
    ["bench_audit.py", "--mib", "1024", "--objects", "40", "--repeat", "3"],
    ["goals.py", "--full"],
]
GOALS_ONLY: list[list[str]] = [["goals.py", "--quick"]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--full", action="store_true", help="the full sizes of docs/benchmarks.md")
    size.add_argument("--quick", action="store_true", help="only the goal table, at small sizes")
    args = parser.parse_args()
    failed = 0
    for script, *rest in FULL if args.full else GOALS_ONLY if args.quick else QUICK:
        command = [sys.executable, str(BENCH / script), *rest]
        print(f"\n=== {' '.join(command[1:])}", flush=True)
        failed += subprocess.run(command, check=False).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
