"""schema.org JSON-LD and IPTC ninjs throughput: documents rendered and validated per second, for N distinct
articles, in one process. The one-off costs (our JSON Schema, the ninjs 3.1 schema with GeoJSON, the
schema.org 30.0 vocabulary index and pyld's processing of the schema.org context) are timed separately.

The articles are the test suite's hand-built full article with N different source texts (so N
different ids and guids); the parser is not involved.

    .venv/bin/python bench/bench_jsonld_ninjs.py 3000
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
from archivist.render.jsonld import render_jsonld  # noqa: E402
from archivist.render.ninjs import render_ninjs  # noqa: E402
from archivist.validate.jsonld import jsonld_problems, newsarticle_validator  # noqa: E402
from archivist.validate.ninjs import ninjs_problems, ninjs_validator  # noqa: E402
from archivist.validate.vocabulary import vocabulary  # noqa: E402
from conftest import ARTICLE_TEXT, make_full_article  # noqa: E402

KINDS = {"JSON-LD": (render_jsonld, jsonld_problems), "ninjs": (render_ninjs, ninjs_problems)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", nargs="?", type=int, default=3000, help="number of articles (default 3000)")
    args = parser.parse_args(argv)
    articles = [make_full_article(f"{ARTICLE_TEXT}\n<!-- variant {k} -->\n") for k in range(args.count)]
    context = RenderContext(ingest_time=datetime(2026, 1, 1, tzinfo=timezone.utc))

    start = time.perf_counter()
    newsarticle_validator()
    ninjs_validator()
    vocabulary()
    jsonld_problems(render_jsonld(articles[0], context))  # pyld processes and caches the context
    setup_s = time.perf_counter() - start

    failed = 0
    for kind, (render, problems) in KINDS.items():
        render_s = validate_s = 0.0
        invalid = 0
        cpu = time.process_time()
        for article in articles:
            t0 = time.perf_counter()
            data = render(article, context)
            t1 = time.perf_counter()
            if any(p.severity == "error" for p in problems(data)):
                invalid += 1
            validate_s += time.perf_counter() - t1
            render_s += t1 - t0
        cpu = time.process_time() - cpu
        failed += invalid
        print(
            f"{kind}: {args.count} documents ({invalid} invalid): "
            f"render {render_s / args.count * 1000:.3f} ms/doc, "
            f"validate {validate_s / args.count * 1000:.3f} ms/doc; "
            f"{args.count / (render_s + validate_s):,.0f} documents/s "
            f"(CPU {cpu / args.count * 1000:.3f} ms/doc, which other load on the machine does not inflate)"
        )
    print(f"one-off setup (schemas, vocabulary index, schema.org context): {setup_s * 1000:.0f} ms")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
