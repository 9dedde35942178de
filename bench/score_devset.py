"""The whole development set through the library, scored by the set's own scorer.

    .venv/bin/python bench/score_devset.py DEVSET [--out DIR]

``DEVSET`` is the development set's root (``text/`` with its folders of ``NAME.txt``, ``html/`` with
``NAME.html(.gz)``, and ``score.py``; either folder may be absent, as in the blind sets); nothing of it is
copied into the project. Every text article is read with ``parse_file`` and every page with
``parse_source(decode_source(...))``, the same calls the CLI makes; each record is written with
``dump_record`` (so it is validated against the record schema as it is written) under ``OUT/text/<folder>/``
or ``OUT/html/``, where the scorer looks for it. Then ``python DEVSET/score.py DEVSET OUT`` prints its
per-field figures. A page or article the reader refuses is
counted and named, and scores 0 on every field (the scorer finds no output).
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from archivist.errors import ArchivistError
from archivist.parse import parse_file, parse_source
from archivist.record import dump_record
from archivist.source import decode_source


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("devset", type=Path, help="the development set's root (text/, html/, score.py)")
    parser.add_argument("--out", type=Path, help="keep the records here (default: a temporary directory)")
    parser.add_argument(
        "--scorer",
        type=Path,
        help="the scorer to run (default: DEVSET/score.py; bench/heldout/ shares bench/heldout/score.py)",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        out = args.out or Path(scratch)
        refused: list[str] = []
        text_ms = [
            _time(lambda a=article: parse_file(a), article, out / "text" / article.parent.name, refused)
            for article in sorted((args.devset / "text").rglob("*.txt"))
        ]
        candidates = (args.devset / "html").glob("*.html*")  # no html/ folder: no pages
        pages = sorted(p for p in candidates if p.name.endswith((".html", ".html.gz")))
        page_ms = [_time(lambda p=page: _parse_page(p), page, out / "html", refused) for page in pages]
        for name in refused:
            print(f"refused: {name}", file=sys.stderr)
        print(
            f"parse CPU per item, median: text {_median(text_ms):.1f} ms ({len(text_ms)}), "
            f"pages {_median(page_ms):.1f} ms ({len(page_ms)}); refused {len(refused)}"
        )
        sys.stdout.flush()
        scorer = args.scorer or args.devset / "score.py"
        return subprocess.call([sys.executable, str(scorer), str(args.devset), str(out)])


def _parse_page(page: Path):
    data = page.read_bytes()
    if page.name.endswith(".gz"):
        data = gzip.decompress(data)
    return parse_source(decode_source(data, filename=_name(page) + ".html"))


def _time(parse, item: Path, target: Path, refused: list[str]) -> float | None:
    started = time.process_time()
    try:
        article = parse()
    except ArchivistError as problem:
        refused.append(f"{item.name}: {problem}")
        return None
    elapsed = (time.process_time() - started) * 1000
    target.mkdir(parents=True, exist_ok=True)
    (target / f"{_name(item)}.json").write_bytes(dump_record(article))
    return elapsed


def _name(item: Path) -> str:
    return item.name.removesuffix(".gz").removesuffix(".html").removesuffix(".txt")


def _median(values: list[float | None]) -> float:
    measured = [v for v in values if v is not None]
    return statistics.median(measured) if measured else float("nan")


if __name__ == "__main__":
    sys.exit(main())
