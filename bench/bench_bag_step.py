"""CPU of an article's bag step alone (``write_article_bag``: staging, payload, tag files, PREMIS, the
staged check, rename), split into user and system time, with the documents rendered beforehand.

    python bench/bench_bag_step.py [N] [--dir DIR] [--fsync 0|1] [--profile]   (SORT=, TOP= for --profile)

System time here is mostly the file system creating inodes. On ext4 without a journal (this bench
machine) a new inode is never one freed in the last 1-6 minutes, and the allocator looks at every such
inode of the directory's block group before it finds one: each file created costs 30 µs in a quiet
group and several hundred µs in one where other processes just deleted many files (``/tmp`` on a
shared machine). ``--dir`` puts the bags elsewhere to see that difference; the user time does not
depend on it.
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
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, nargs="?", default=200)
    parser.add_argument("--dir", default="/tmp", help="where the bags are written (default /tmp)")
    parser.add_argument("--fsync", choices=("0", "1"), default="0")
    parser.add_argument("--profile", action="store_true", help="cProfile the bag step, by own time")
    args = parser.parse_args()
    os.environ["ARCHIVIST_FSYNC"] = args.fsync
    from archivist.ingest.article import write_article_bag
    from archivist.parse import parse_source
    from archivist.render import render_documents
    from archivist.render.context import RenderContext
    from archivist.source import read_source

    work = Path(tempfile.mkdtemp(prefix="archivist-bagstep-", dir=args.dir))
    try:
        paths = make_collection(args.count + 1, work / "in")
        context = RenderContext()
        prepared = []
        for path in paths:
            source = read_source(path)
            article = parse_source(source)
            prepared.append((source, article, render_documents(article, context)))
        out = work / "out"
        first = prepared.pop(0)
        write_article_bag(*first, out / first[1].id, context)  # warm-up: PREMIS XSD, templates
        profiler = cProfile.Profile()
        before = resource.getrusage(resource.RUSAGE_SELF)
        wall = time.perf_counter()
        if args.profile:
            profiler.enable()
        for source, article, documents in prepared:
            assert write_article_bag(source, article, documents, out / article.id, context)
        if args.profile:
            profiler.disable()
        wall = time.perf_counter() - wall
        after = resource.getrusage(resource.RUSAGE_SELF)
        user, system = after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime
        per = 1000 / args.count
        print(
            f"bag step, {args.count} articles in {args.dir} (fsync {args.fsync}): "
            f"{wall * per:.2f} ms wall, {user * per:.2f} ms user + {system * per:.2f} ms system "
            f"CPU per article (load {os.getloadavg()[0]:.1f})"
        )
        if args.profile:
            order, top = os.environ.get("SORT", "tottime"), int(os.environ.get("TOP", "30"))
            pstats.Stats(profiler).sort_stats(order).print_stats(top)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
