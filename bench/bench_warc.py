"""Ingesting a web archive streams: peak memory does not grow with the WARC's size.

    python bench/bench_warc.py --sizes 20 200 [--articles 20] [--workdir /tmp/bench-warc] [--json out.json]

For each size (MiB) a ``.warc.gz`` is generated with warcio: the same ``--articles`` article pages (each a
request + response pair) spread among filler responses (incompressible ``image/jpeg`` bodies of 256 KiB)
that make up the size. Each is ingested by a fresh ``archivist ingest --jobs 1`` and ``--jobs 2`` process,
measured as ``bench_batch.run_measured`` does: peak RSS summed over the process tree (the command, the
forkserver and its workers), sampled every 20 ms, CPU seconds of the whole tree, and wall time. With the
number of articles fixed, any growth of the peak with the file's size would be memory held per record
scanned. With ``--jobs 2`` the parent scans and the workers read their captures by offset.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_batch import ARCHIVIST, run_measured

FILLER = 256 * 1024


def make_warc(path: Path, mib: int, articles: int) -> tuple[int, int]:
    """Write a gzipped WARC of about ``mib`` MiB; returns its size in bytes and its number of responses."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from crawls import article_page

    fillers = max(mib * 1024 * 1024 // FILLER - articles, 0)
    every = max(fillers // max(articles, 1), 1)
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        made = 0
        for index in range(fillers + articles):
            if made < articles and index % (every + 1) == 0:
                url = f"https://news.example.org/{made}/story.html"
                body = article_page(f"Council Story Number {made} Is Told Here", url)
                ctype = "text/html; charset=utf-8"
                made += 1
            else:
                url = f"https://news.example.org/img/{index}.jpg"
                body = os.urandom(FILLER)
                ctype = "image/jpeg"
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
            writer.write_record(record)
    return path.stat().st_size, fillers + articles


def measure(warc: Path, output: Path, jobs: int) -> dict[str, float]:
    env = {**os.environ, "ARCHIVIST_FSYNC": "0", "SOURCE_DATE_EPOCH": "1614772800"}
    command = [ARCHIVIST, "ingest", str(warc), "-o", str(output), "--jobs", str(jobs), "--json"]
    return run_measured(command, env)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[20, 200], help="WARC sizes in MiB")
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="bench-warc-"))
    work.mkdir(parents=True, exist_ok=True)
    rows = []
    print(f"load average before: {os.getloadavg()[0]:.1f}")
    print(
        f"{'WARC':>10} {'records':>8} {'jobs':>4} {'ingested':>8} {'peak RSS':>10} {'CPU s':>7} {'wall s':>7}"
    )
    for mib in args.sizes:
        warc = work / f"crawl-{mib}.warc.gz"
        started = time.perf_counter()
        size, records = make_warc(warc, mib, args.articles)
        made_in = time.perf_counter() - started
        for jobs in (1, 2):
            out = work / f"bags-{mib}-{jobs}"
            row = {
                "mib": mib,
                "bytes": size,
                "records": records,
                "jobs": jobs,
                **measure(warc, out, jobs),
                "generated_s": round(made_in, 1),
            }
            rows.append(row)
            print(
                f"{size / 2**20:>8.1f}Mi {records:>8} {jobs:>4} {row['ingested']:>8} "
                f"{row['peak_rss_mb']:>8.1f}Mi {row['cpu_seconds']:>7.1f} {row['seconds']:>7.1f}"
            )
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
