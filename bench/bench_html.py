"""archivist's web-page reader and trafilatura side by side on a directory of pages with gold answers.

    python bench/bench_html.py DEVSET/html [--scorer DEVSET/score.py] [--caption-gold DEVSET/text/web]
                               [--halves] [--limit N] [--out DIR]

Pages are ``NAME.html.gz`` (or ``NAME.html``) beside ``NAME.gold.json``. Each tool's output is written as a
record-shaped JSON per page, and both are scored by the same scorer, run as a subprocess from the path given
(never copied). ``--caption-gold`` points at text gold made from the same pages (``text/web``): its ``image
caption``/``image credit`` fields then score the lead-image reading, which page gold does not carry.
``--halves`` also scores the pages split in two by a hash of their name (a hold-out check against
overfitting). CPU time (``time.process_time``) per page is measured around the extraction call only.
Prints a Markdown table (per-field accuracy, median and 90th-percentile CPU ms per page).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

TRAFILATURA_VERSION = "not installed"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", type=Path, help="directory of NAME.html(.gz) pages with NAME.gold.json")
    parser.add_argument("--scorer", type=Path, help="score.py (default: PAGES/../score.py)")
    parser.add_argument(
        "--caption-gold", type=Path, help="text gold made from the same pages (image caption)"
    )
    parser.add_argument("--halves", action="store_true", help="also score two halves split by name hash")
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages (for a quick look)")
    parser.add_argument("--out", type=Path, help="keep the outputs here (default: a temporary directory)")
    parser.add_argument("--no-trafilatura", action="store_true")
    parser.add_argument(
        "--libraries", action="store_true", help="also time the candidate parsers and structured-data readers"
    )
    args = parser.parse_args(argv)
    scorer = args.scorer or args.pages.parent / "score.py"
    pages = sorted(p for p in args.pages.iterdir() if p.name.endswith((".html.gz", ".html")))
    if args.limit:
        pages = pages[: args.limit]
    with tempfile.TemporaryDirectory() as scratch:
        out = args.out or Path(scratch)
        tools = {"archivist": run_archivist}
        if not args.no_trafilatura:
            tools["trafilatura"] = run_trafilatura
        results: dict[str, dict[str, Any]] = {}
        for name, run in tools.items():
            target = out / name
            target.mkdir(parents=True, exist_ok=True)
            times, failures = run(pages, target)
            gold = _gold_subset(args.pages, pages, Path(scratch) / "gold-all")
            fields = score(scorer, gold, target)
            if args.caption_gold:
                caption = score(
                    scorer, _gold_subset(args.caption_gold, pages, Path(scratch) / "gold-web"), target
                )
                fields.update({k: v for k, v in caption.items() if k in ("image caption", "image credit")})
            halves = {}
            if args.halves:
                for half in (0, 1):
                    chosen = [p for p in pages if _half(p) == half]
                    halves[half] = score(
                        scorer, _gold_subset(args.pages, chosen, Path(scratch) / f"gold-{half}"), target
                    )
                    if args.caption_gold:
                        web = _gold_subset(args.caption_gold, chosen, Path(scratch) / f"gold-web-{half}")
                        caption = score(scorer, web, target)
                        halves[half].update(
                            {k: v for k, v in caption.items() if k in ("image caption", "image credit")}
                        )
            results[name] = {"fields": fields, "times": times, "failures": failures, "halves": halves}
    print(table(results, len(pages)))
    if args.libraries:
        print()
        print(compare_libraries(pages))
    return 0


def compare_libraries(pages: list[Path]) -> str:
    """Median CPU ms per page of each candidate HTML parser and structured-data reader (those installed)."""
    from lxml import html as lxml_html

    from archivist.parse.html.document import parse_page_tree
    from archivist.parse.html.structured import read_structured

    texts = [_read(p).decode("utf-8", "replace") for p in pages]
    candidates: dict[str, Any] = {"lxml.html document_fromstring": lxml_html.document_fromstring}
    try:
        from selectolax.lexbor import LexborHTMLParser

        candidates["selectolax (lexbor)"] = LexborHTMLParser
    except ImportError:
        pass
    try:
        from resiliparse.parse.html import HTMLTree

        candidates["resiliparse HTMLTree.parse"] = HTMLTree.parse
    except ImportError:
        pass
    trees = [parse_page_tree(t, where="bench") for t in texts]
    rows = [(name, _median_ms(fn, texts)) for name, fn in candidates.items()]
    rows.append(
        (
            "archivist structured data (JSON-LD, microdata, OpenGraph, meta)",
            _median_ms(read_structured, trees),
        )
    )
    try:
        import extruct

        syntaxes = ["json-ld", "microdata", "opengraph"]
        rows.append(
            (
                "extruct json-ld + microdata + opengraph",
                _median_ms(lambda t: extruct.extract(t, syntaxes=syntaxes, uniform=True), texts),
            )
        )
    except ImportError:
        pass
    lines = ["| library | CPU ms per page, median |", "|---|---|"]
    lines += [f"| {name} | {ms:.1f} |" for name, ms in rows]
    return "\n".join(lines)


def _median_ms(fn: Any, items: list[Any]) -> float:
    times = []
    for item in items:
        start = time.process_time()
        fn(item)
        times.append(time.process_time() - start)
    return statistics.median(times) * 1000


def _name(page: Path) -> str:
    return page.name.removesuffix(".gz").removesuffix(".html")


def _half(page: Path) -> int:
    return hashlib.sha256(_name(page).encode()).digest()[0] & 1


def _read(page: Path) -> bytes:
    data = page.read_bytes()
    return gzip.decompress(data) if page.name.endswith(".gz") else data


def _gold_subset(gold_dir: Path, pages: list[Path], dest: Path) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    for page in pages:
        gold = gold_dir / f"{_name(page)}.gold.json"
        link = dest / gold.name
        if gold.exists() and not link.exists():
            link.symlink_to(gold.resolve())
    return dest


def run_archivist(pages: list[Path], out: Path) -> tuple[list[float], list[str]]:
    from archivist.errors import ArchivistError
    from archivist.parse import parse_source
    from archivist.source import decode_source

    times, failures = [], []
    for page in pages:
        data = _read(page)
        start = time.process_time()
        try:
            record = parse_source(decode_source(data, filename=f"{_name(page)}.html")).to_dict()
        except ArchivistError as exc:
            failures.append(exc.line())
            record = None
        times.append(time.process_time() - start)
        if record is not None:
            (out / f"{_name(page)}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return times, failures


def run_trafilatura(pages: list[Path], out: Path) -> tuple[list[float], list[str]]:
    global TRAFILATURA_VERSION
    import trafilatura

    TRAFILATURA_VERSION = trafilatura.__version__
    times, failures = [], []
    for page in pages:
        data = _read(page)
        start = time.process_time()
        doc = trafilatura.bare_extraction(data.decode("utf-8", "replace"), with_metadata=True, as_dict=True)
        times.append(time.process_time() - start)
        if not doc:
            failures.append(_name(page))
            continue
        authors = [a.strip() for a in (doc.get("author") or "").split(";") if a.strip()]
        record = {
            "headline": doc.get("title"),
            "authors": authors,
            "published": {"value": doc.get("date")} if doc.get("date") else None,
            "summary": doc.get("description"),
            "sections": [
                {"heading": None, "paragraphs": [p for p in (doc.get("text") or "").split("\n") if p]}
            ],
            "image": None,
        }
        (out / f"{_name(page)}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return times, failures


def score(scorer: Path, gold: Path, outputs: Path) -> dict[str, float]:
    with tempfile.NamedTemporaryFile(suffix=".json") as report:
        subprocess.run(
            [sys.executable, str(scorer), str(gold), str(outputs), "--json", report.name],
            check=False,
            capture_output=True,
            text=True,
        )
        return dict(json.loads(Path(report.name).read_text(encoding="utf-8"))["fields"])


def table(results: dict[str, dict[str, Any]], count: int) -> str:
    names = list(results)
    fields = sorted({f for r in results.values() for f in r["fields"]})
    lines = [f"| field ({count} pages) | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    for field in fields:
        lines.append(
            f"| {field} | " + " | ".join(_cell(results[n]["fields"].get(field)) for n in names) + " |"
        )
    for label, pick in (("CPU ms per page, median", 0.5), ("CPU ms per page, 90th percentile", 0.9)):
        cells = []
        for n in names:
            times = sorted(results[n]["times"])
            value = statistics.median(times) if pick == 0.5 else times[int(len(times) * pick)]
            cells.append(f"{value * 1000:.1f}")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    lines.append("| pages refused | " + " | ".join(str(len(results[n]["failures"])) for n in names) + " |")
    if any(r["halves"] for r in results.values()):
        lines += ["", "| field, half A / half B | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
        for field in sorted({f for r in results.values() for h in r["halves"].values() for f in h}):
            cells = []
            for n in names:
                halves = results[n]["halves"]
                cells.append(" / ".join(_cell(halves.get(h, {}).get(field)) for h in (0, 1)))
            lines.append(f"| {field} | " + " | ".join(cells) + " |")
    lines.append("")
    if "trafilatura" in results:
        lines.append(f"trafilatura {TRAFILATURA_VERSION}")
    if results["archivist"]["failures"]:
        lines.append("archivist refused: " + "; ".join(results["archivist"]["failures"][:5]))
    return "\n".join(lines)


def _cell(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


if __name__ == "__main__":
    sys.exit(main())
