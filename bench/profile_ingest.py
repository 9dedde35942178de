"""Where the time of one article's ingest goes: cProfile over ``ingest_article`` on N generated articles.

    python bench/profile_ingest.py 100 [--top 25] [--fsync 0|1]

Prints wall and CPU seconds per article (after one warm-up article, so the once-per-process schema
compilation is not charged to every article), then the functions with the most cumulative time.
Run it with ``PYTHONPATH=<other checkout>/src`` to profile another version of archivist the same way.
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("count", type=int, nargs="?", default=100)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--fsync", choices=("0", "1"), default="1")
    parser.add_argument("--no-profile", action="store_true", help="time only")
    args = parser.parse_args()
    os.environ["ARCHIVIST_FSYNC"] = args.fsync
    from archivist.ingest import ingest_article

    work = Path(tempfile.mkdtemp(prefix="archivist-prof-", dir="/tmp"))
    try:
        paths = make_collection(args.count + 1, work / "in")
        out = work / "out"
        ingest_article(paths[0], out)  # warm-up: schemas compiled, modules imported
        profiler = cProfile.Profile()
        cpu, wall = time.process_time(), time.perf_counter()
        if not args.no_profile:
            profiler.enable()
        for path in paths[1:]:
            outcome = ingest_article(path, out)
            assert outcome.status == "ingested", outcome
        if not args.no_profile:
            profiler.disable()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        print(f"{args.count} articles: {1000 * wall / args.count:.2f} ms wall, "
              f"{1000 * cpu / args.count:.2f} ms CPU per article (load {os.getloadavg()[0]:.1f})")
        if not args.no_profile:
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(args.top)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
