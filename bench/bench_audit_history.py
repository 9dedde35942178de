"""CPU per object of one audit of a ``dir:`` copy after N earlier audits: does an audit cost more as the
objects' event logs grow?

Usage: ``.venv/bin/python bench/bench_audit_history.py [--objects 20] [--past 150] [--runs 5]``; to compare
with another checkout, run it with ``PYTHONPATH=OTHER/src``.

Deposits ``--objects`` small bags (``tests/fixtures_deposit.make_bag``) into a directory of bags, audits it
``--past`` times, then times ``--runs`` more audits (CPU of this process: user + system, so the machine's
other load counts less) and prints the median per object, with the size of the event logs on disk.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--objects", type=int, default=20)
    parser.add_argument("--past", type=int, default=150)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-audit-history-"))
    os.environ["XDG_CACHE_HOME"] = str(work / "cache")  # the audit's journal, out of the user's cache
    from archivist.audit import audit_copies
    from archivist.deposit import deposit_bag
    from fixtures_deposit import make_bag

    try:
        target = f"dir:{work / 'dir'}"
        for n in range(args.objects):
            bag = make_bag(work / "bags" / f"a{n}", f"urn:example:article:{n}", {"a.xml": b"<a>1</a>" * 50})
            deposit_bag(bag, [target])
        for _ in range(args.past):
            audit_copies([target], again=True)
        samples = []
        for _ in range(args.runs):
            before = _cpu()
            summary = audit_copies([target], again=True)
            samples.append((_cpu() - before) / args.objects * 1000)
            assert summary.exit_code == 0, summary.problem_lines()
        logs = sum(
            f.stat().st_size for f in (work / "dir").rglob("*") if f.is_file() and ".events" in f.as_posix()
        )
        print(
            f"after {args.past} audits: CPU per object per audit {statistics.median(samples):.2f} ms "
            f"(median of {args.runs}); event logs {logs // 1024} KiB for {args.objects} objects"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
