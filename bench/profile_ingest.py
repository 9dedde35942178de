"""Where the time of one article's ingest goes: cProfile over ``ingest_article`` on N generated articles.

    python bench/profile_ingest.py 100 [--top 25] [--fsync 0|1] [--no-profile] [--phases] [--dir DIR]

Prints wall and CPU seconds per article (after one warm-up article, so the once-per-process schema
compilation is not charged to every article), then the functions with the most cumulative time.
``--phases`` (no profiler) prints the CPU milliseconds per article of each stage instead, measured by
wrapping the stage's function with ``time.process_time``: read, parse, render (with validation), the
bag (PREMIS and the check before the rename included), PREMIS, the staged bag's check.
Run it with ``PYTHONPATH=<other checkout>/src`` to profile another version of archivist the same way.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import resource
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
    parser.add_argument("--phases", action="store_true", help="CPU per stage, no profiler")
    parser.add_argument(
        "--dir",
        default="/tmp",
        help="where the articles and bags go (bench_bag_step.py "
        "says why a quiet directory gives steadier system time)",
    )
    args = parser.parse_args()
    args.no_profile = args.no_profile or args.phases
    os.environ["ARCHIVIST_FSYNC"] = args.fsync
    from archivist.ingest import ingest_article

    work = Path(tempfile.mkdtemp(prefix="archivist-prof-", dir=args.dir))
    try:
        paths = make_collection(args.count + 1, work / "in")
        out = work / "out"
        ingest_article(paths[0], out)  # warm-up: schemas compiled, modules imported
        phases = time_phases() if args.phases else {}
        profiler = cProfile.Profile()
        cpu, wall = time.process_time(), time.perf_counter()
        system = resource.getrusage(resource.RUSAGE_SELF).ru_stime
        if not args.no_profile:
            profiler.enable()
        for path in paths[1:]:
            outcome = ingest_article(path, out)
            assert outcome.status == "ingested", outcome
        if not args.no_profile:
            profiler.disable()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        system = resource.getrusage(resource.RUSAGE_SELF).ru_stime - system
        print(
            f"{args.count} articles: {1000 * wall / args.count:.2f} ms wall, "
            f"{1000 * cpu / args.count:.2f} ms CPU per article, of which {1000 * system / args.count:.2f} "
            f"system (load {os.getloadavg()[0]:.1f})"
        )
        for phase, seconds in phases.items():
            print(f"  {phase:<40} {1000 * seconds / args.count:6.2f} ms CPU per article")
        if not args.no_profile:
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(args.top)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def time_phases() -> dict[str, float]:
    """Wrap each stage's function (looked up by name where its caller finds it) to add up its CPU time."""
    import importlib

    stages = [
        ("read (read_source)", "archivist.source", "read_source"),
        ("parse (parse_source)", "archivist.parse", "parse_source"),
        ("render + validation (render_documents)", "archivist.render", "render_documents"),
        ("bag (write_article_bag)", "archivist.ingest.article", "write_article_bag"),
        ("  PREMIS (render_premis, XSD check)", "archivist.ingest.package", "render_premis"),
        ("  staged bag's check (_validate_staged)", "archivist.ingest.article", "_validate_staged"),
    ]
    totals = dict.fromkeys((name for name, _, _ in stages), 0.0)
    for name, module_name, attribute in stages:
        module = importlib.import_module(module_name)
        real = getattr(module, attribute)

        def timed(*args: object, _real=real, _name=name, **kwargs: object) -> object:
            start = time.process_time()
            try:
                return _real(*args, **kwargs)
            finally:
                totals[_name] += time.process_time() - start

        setattr(module, attribute, timed)
    return totals


if __name__ == "__main__":
    main()
