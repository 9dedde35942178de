"""Batch ingest speed, scaling and memory, side by side with the pipeline a user would otherwise build.

    python bench/bench_batch.py --count 10000 [--workdir /tmp/bench-batch] [--json results.json]

In one run, on the same generated collection (bench/make_collection.py):
- ``archivist ingest --jobs 1`` and ``--jobs 2``, fsync on (the default) and off (ARCHIVIST_FSYNC=0),
  each a fresh CLI process; wall time, articles/second, peak memory of the whole process tree
  (sampled with psutil every 20 ms, summed over the command and its workers);
- bagit-python ``make_bag`` alone, article by article (sha256 + sha512, like archivist), on directories
  holding the same files archivist bags (the source and the metadata documents, written beforehand and
  not timed), in 1 and in 2 processes, with and without an fsync of every file and directory it wrote
  (bagit-python never fsyncs; without it the comparison would not be like with like);
- the user's whole pipeline: the same parse + render (archivist's library) writing the metadata to a
  directory, then ``make_bag`` on it, article by article, in 1 process;
- peak memory of ``archivist ingest --jobs 2`` for the first 1,000 articles against all of them;
- where the time of one article goes (parse, render, validate, hash, write, fsync), from cProfile
  over ``ingest_article`` on 200 articles in this process.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from multiprocessing import get_context
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_collection import make_collection
from proctree import TreeSampler

ARCHIVIST = str(Path(sys.executable).parent / "archivist")


# --- measuring a command ------------------------------------------------------------------------------


def run_measured(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    """Wall time, peak summed RSS and CPU seconds of the process tree of ``cmd``.

    Sampled with psutil every 20 ms: the pool's workers are children of the forkserver, not of the
    command, so ``RUSAGE_CHILDREN`` would miss their CPU; the last < 20 ms of each process is missed."""
    load = os.getloadavg()[0]  # the machine may be shared: say how busy it was
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    sampler = TreeSampler(proc.pid)
    out, err = proc.communicate()
    seconds = time.perf_counter() - start
    sampler.stop()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{cmd} failed ({proc.returncode}): {err.decode()[-2000:]}")
    summary = json.loads(out)
    # CPU seconds, unlike wall time, are barely moved by other load on a shared machine (fsync waits
    # are not CPU: they show in wall time only).
    return {
        "seconds": seconds,
        "peak_rss_mb": sampler.peak_rss / 2**20,
        "ingested": summary["ingested"],
        "failed": summary["failed"],
        "present": summary["present"],
        "load_before": load,
        "cpu_seconds": sampler.cpu_seconds,
    }


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def archivist_run(coll: Path | list[Path], out: Path, jobs: int, fsync: bool) -> dict[str, float]:
    shutil.rmtree(out, ignore_errors=True)
    env = {**os.environ, "ARCHIVIST_FSYNC": "1" if fsync else "0"}
    inputs = [str(p) for p in coll] if isinstance(coll, list) else [str(coll)]
    os.sync()  # start each run with no dirty pages of the run before
    return run_measured([ARCHIVIST, "ingest", *inputs, "-o", str(out), "--jobs", str(jobs), "--json"], env)


# --- the bagit-python side ----------------------------------------------------------------------------


def prepare_payloads(paths: list[Path], dest: Path) -> tuple[float, float]:
    """The files archivist bags, one directory per article (source + metadata), as a user's pipeline
    would write them with archivist's library before calling make_bag. Returns (wall, CPU) seconds."""
    from archivist.parse import parse_source
    from archivist.render import render_documents
    from archivist.source import read_source

    start = time.perf_counter()
    cpu_start = _cpu(resource.RUSAGE_SELF)
    for i, path in enumerate(paths):
        source = read_source(path)
        article = parse_source(source)
        documents = render_documents(article)
        folder = dest / f"{i:07d}"
        (folder / "source").mkdir(parents=True)
        (folder / "metadata").mkdir()
        (folder / "source" / path.name).write_bytes(source.data)
        for name, data in documents.items():
            (folder / "metadata" / name).write_bytes(data)
    return time.perf_counter() - start, _cpu(resource.RUSAGE_SELF) - cpu_start


def _fsync_tree(root: Path) -> None:
    for folder, _dirs, files in os.walk(root):
        for name in files:
            fd = os.open(os.path.join(folder, name), os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _make_bags(args: tuple[list[str], bool]) -> int:
    import logging

    import bagit

    logging.getLogger("bagit").setLevel(logging.ERROR)
    folders, fsync = args
    for folder in folders:
        bagit.make_bag(folder, checksums=["sha256", "sha512"], processes=1)
        if fsync:
            _fsync_tree(Path(folder))
    return len(folders)


def bagit_run(payloads: Path, work: Path, jobs: int, fsync: bool) -> dict[str, float]:
    """make_bag alone, article by article, over a fresh copy of the prepared directories (make_bag
    moves files in place, so each run needs its own copy; copying is not timed)."""
    copy = work / f"bagit-{jobs}-{int(fsync)}"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(payloads, copy)
    os.sync()
    folders = sorted(str(p) for p in copy.iterdir())
    load = os.getloadavg()[0]
    chunks = [folders[i::jobs] for i in range(jobs)]
    cpu_before = _cpu(resource.RUSAGE_SELF) + _cpu(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    if jobs == 1:
        _make_bags((folders, fsync))
    else:
        # fork: the workers are our children, so RUSAGE_CHILDREN counts their CPU once they are reaped
        with get_context("fork").Pool(jobs) as pool:
            pool.map(_make_bags, [(chunk, fsync) for chunk in chunks])
    seconds = time.perf_counter() - start
    cpu = _cpu(resource.RUSAGE_SELF) + _cpu(resource.RUSAGE_CHILDREN) - cpu_before
    shutil.rmtree(copy, ignore_errors=True)
    return {"seconds": seconds, "load_before": load, "cpu_seconds": cpu}


# --- where the time goes ------------------------------------------------------------------------------

CATEGORIES = ("parse", "render", "validate", "hash", "write", "fsync", "other")


def _own_category(func: tuple[str, int, str]) -> str | None:
    file, _line, name = func
    path = file.replace("\\", "/")
    if "fsync" in name:
        return "fsync"
    if "_hashlib" in name or "hashlib" in path or "archivist/bag/hashing" in path:
        return "hash"
    if (
        "archivist/validate/" in path
        or "/jsonschema/" in path
        or "/referencing/" in path
        or "/pyld/" in path
        or "XMLSchema" in name
        or "/rfc3339" in path
    ):
        return "validate"
    if "archivist/parse/" in path or path.endswith("archivist/source.py"):
        return "parse"
    if "archivist/render/" in path or "archivist/record/" in path:
        return "render"
    if "archivist/bag/" in path or "archivist/fsutil" in path or "archivist/ingest" in path:
        return "write"
    if name in (
        "<built-in method io.open>",
        "<built-in method posix.replace>",
        "<built-in method posix.rename>",
        "<built-in method posix.mkdir>",
        "<method 'write' of '_io.BufferedWriter' objects>",
        "<built-in method posix.write>",
        "<built-in method posix.open>",
        "<built-in method posix.link>",
    ):
        return "write"
    return None  # stdlib or a C method: charged to whoever called it


def profile_breakdown(paths: list[Path], out: Path) -> dict[str, float]:
    """Share of time per stage over ``ingest_article`` calls; functions that belong to no stage
    (stdlib, builtins) are charged to their callers in proportion to the time each caller spent."""
    from archivist.ingest import ingest_article

    shutil.rmtree(out, ignore_errors=True)
    profiler = cProfile.Profile()
    profiler.enable()
    for path in paths:
        ingest_article(path, out)
    profiler.disable()
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    memo: dict[tuple[str, int, str], dict[str, float]] = {}

    def shares(func: tuple[str, int, str], depth: int = 0) -> dict[str, float]:
        own = _own_category(func)
        if own:
            return {own: 1.0}
        if func in memo:
            return memo[func]
        callers = stats[func][4] if func in stats else {}
        total = sum(v[3] for v in callers.values())
        if depth > 8 or not callers or total <= 0:
            return {"other": 1.0}
        result: dict[str, float] = {}
        memo[func] = {"other": 1.0}  # recursion guard
        for caller, values in callers.items():
            for cat, part in shares(caller, depth + 1).items():
                result[cat] = result.get(cat, 0.0) + part * values[3] / total
        memo[func] = result
        return result

    seconds = dict.fromkeys(CATEGORIES, 0.0)
    for func, (_cc, _nc, tt, _ct, _callers) in stats.items():
        for cat, part in shares(func).items():
            seconds[cat] += tt * part
    total = sum(seconds.values())
    return {cat: round(100 * value / total, 1) for cat, value in seconds.items()} | {
        "ms_per_article_profiled": round(1000 * total / len(paths), 2)
    }


# --- the run ------------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    parser.add_argument(
        "--skip", action="append", default=[], help="skip a part: archivist, bagit, pipeline, memory, profile"
    )
    args = parser.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="bench-batch-"))
    work.mkdir(parents=True, exist_ok=True)
    coll = work / "coll"
    shutil.rmtree(coll, ignore_errors=True)
    paths = make_collection(args.count, coll)
    n = len(paths)
    results: dict[str, object] = {"articles": n, "cpus": os.cpu_count(), "python": sys.version.split()[0]}
    print(f"{n} articles under {coll}", flush=True)

    def report(name: str, figures: dict[str, float]) -> None:
        if "seconds" in figures:
            figures["articles_per_second"] = round(n / figures["seconds"], 1)
        if "cpu_seconds" in figures:
            figures["cpu_ms_per_article"] = round(1000 * figures["cpu_seconds"] / n, 2)
        results[name] = {k: round(v, 3) if isinstance(v, float) else v for k, v in figures.items()}
        print(f"{name:28} {json.dumps(results[name])}", flush=True)

    if "archivist" not in args.skip:
        # jobs=4 on 2 cores with fsync on: does overlapping fsync waits pay?
        for fsync, jobs_list in ((True, (1, 2, 4)), (False, (1, 2))):
            for jobs in jobs_list:
                report(
                    f"archivist fsync={'on' if fsync else 'off'} jobs={jobs}",
                    archivist_run(coll, work / "out", jobs, fsync),
                )
    if "bagit" not in args.skip or "pipeline" not in args.skip:
        payloads = work / "payloads"
        shutil.rmtree(payloads, ignore_errors=True)
        prep, prep_cpu = prepare_payloads(paths, payloads)
        if "pipeline" not in args.skip:
            for fsync in (True, False):
                bag = bagit_run(payloads, work, 1, fsync)
                report(
                    f"pipeline fsync={'on' if fsync else 'off'} jobs=1",
                    {
                        "seconds": prep + bag["seconds"],
                        "render_seconds": prep,
                        "make_bag_seconds": bag["seconds"],
                        "cpu_seconds": prep_cpu + bag["cpu_seconds"],
                    },
                )
        if "bagit" not in args.skip:
            for fsync in (True, False):
                for jobs in (1, 2):
                    report(
                        f"make_bag fsync={'on' if fsync else 'off'} jobs={jobs}",
                        bagit_run(payloads, work, jobs, fsync),
                    )
        shutil.rmtree(payloads, ignore_errors=True)
    if "memory" not in args.skip and n > 1000:
        first = sorted(coll.iterdir())[0]  # the first 1,000 (make_collection writes 1,000 a folder)
        small = archivist_run(first, work / "out-mem", 2, False)
        large = archivist_run(coll, work / "out-mem", 2, False)
        report(
            "memory jobs=2",
            {
                "peak_rss_mb_1000": small["peak_rss_mb"],
                f"peak_rss_mb_{n}": large["peak_rss_mb"],
                "ratio": large["peak_rss_mb"] / small["peak_rss_mb"],
            },
        )
    if "profile" not in args.skip:
        from archivist.fsutil import FSYNC

        key = f"profile_percent_fsync_{'on' if FSYNC else 'off'}"  # as ARCHIVIST_FSYNC says (default on)
        results[key] = profile_breakdown(paths[:200], work / "out-prof")
        print(f"{key:28} {json.dumps(results[key])}", flush=True)
    shutil.rmtree(work / "out", ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
