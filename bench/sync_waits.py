"""How long a batch ingest waits for the disk: wall time inside ``syncfs`` and ``fsync`` per article.

    python bench/sync_waits.py [N]

Runs ``ingest_collection(..., jobs=1)`` (fsync on) over N generated articles (default 300) under
cProfile, after a warm-up run of the same articles (imports, schemas), and prints the number of sync
calls and the wall time spent in them per article, with the CPU time per article of a second run
without the profiler. Sync waits are not CPU: on a machine shared with other work they are the part of
an ingest that CPU figures miss. Run it with ``PYTHONPATH=<other checkout>/src`` to measure another
version of archivist the same way (e.g. before and after group commit).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_collection import make_collection

SYNC_CALLS = {"_syncfs": "syncfs", "<built-in method posix.fsync>": "fsync"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, nargs="?", default=300)
    count = parser.parse_args().count
    os.environ["ARCHIVIST_FSYNC"] = "1"
    import archivist
    from archivist.batch import ingest_collection

    work = Path(tempfile.mkdtemp(prefix="archivist-sync-", dir="/tmp"))
    try:
        make_collection(count, work / "in")
        ingest_collection([str(work / "in")], work / "warm", jobs=1)
        shutil.rmtree(work / "warm")
        os.sync()
        profiler = cProfile.Profile()
        wall = time.perf_counter()
        profiler.enable()
        summary = ingest_collection([str(work / "in")], work / "out", jobs=1)
        profiler.disable()
        wall = time.perf_counter() - wall
        assert summary.ingested == count, summary
        shutil.rmtree(work / "out")
        os.sync()
        cpu = time.process_time()
        ingest_collection([str(work / "in")], work / "out", jobs=1)
        cpu = time.process_time() - cpu
        calls = dict.fromkeys(SYNC_CALLS.values(), 0)
        waited = dict.fromkeys(SYNC_CALLS.values(), 0.0)
        stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
        for (_file, _line, name), (_cc, ncalls, _tt, cumulative, _callers) in stats.items():
            if name in SYNC_CALLS:
                calls[SYNC_CALLS[name]] += ncalls
                waited[SYNC_CALLS[name]] += cumulative
        print(
            f"{Path(archivist.__file__).parents[1]}: {count} articles, load {os.getloadavg()[0]:.1f}; "
            f"{1000 * wall / count:.1f} ms wall per article (profiled), "
            f"{1000 * cpu / count:.1f} ms CPU per article (not profiled)"
        )
        for name in calls:
            print(f"  {name}: {calls[name]} calls, {1000 * waited[name] / count:.2f} ms waited per article")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
