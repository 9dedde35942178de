"""NewsML-G2 throughput: text + picture items rendered and validated (XSD and archivist's own checks)
per second, for N distinct articles, in one process (the schema is compiled once, on first use).

The articles are the test suite's hand-built full article with N different source texts (so N
different ids and guids); the parser is not involved.

    .venv/bin/python bench/bench_newsml.py 3000
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from archivist.render.context import RenderContext  # noqa: E402
from archivist.render.newsml import render_newsml, render_newsml_picture  # noqa: E402
from archivist.validate.newsml import newsml_problems, schema  # noqa: E402
from conftest import ARTICLE_TEXT, make_full_article  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", nargs="?", type=int, default=3000, help="number of articles (default 3000)")
    args = parser.parse_args(argv)
    articles = [make_full_article(f"{ARTICLE_TEXT}\n<!-- variant {k} -->\n") for k in range(args.count)]
    context = RenderContext(ingest_time=datetime(2026, 1, 1, tzinfo=timezone.utc))

    start = time.perf_counter()
    schema()
    compile_s = time.perf_counter() - start

    render_s = validate_s = 0.0
    documents = invalid = 0
    for article in articles:
        t0 = time.perf_counter()
        items = [render_newsml(article, context), render_newsml_picture(article, context)]
        t1 = time.perf_counter()
        for data in items:
            if data is None:
                continue
            documents += 1
            if any(p.severity == "error" for p in newsml_problems(data)):
                invalid += 1
        validate_s += time.perf_counter() - t1
        render_s += t1 - t0
    total = render_s + validate_s
    print(
        f"{args.count} articles, {documents} NewsML-G2 documents ({invalid} invalid): "
        f"schema compiled once in {compile_s * 1000:.1f} ms; "
        f"render {render_s / documents * 1000:.3f} ms/doc, "
        f"validate {validate_s / documents * 1000:.3f} ms/doc; {documents / total:,.0f} documents/s"
    )
    return 1 if invalid else 0


if __name__ == "__main__":
    raise SystemExit(main())
