"""Plain-text reader accuracy and speed on a directory of articles with gold answers.

Usage: ``.venv/bin/python bench/bench_text.py TEXT_DIR SCORER [--out DIR] [--only FILE] [--skip FILE]``

Parses every ``*.txt`` in ``TEXT_DIR`` with ``archivist.parse.parse_file``, writes each record to
``OUT/<name>.json`` (``dump_record``: the record is validated as it is written), then runs the scorer
``SCORER`` (a path to the development set's ``score.py``, which is not copied into the project) on
``TEXT_DIR`` and ``OUT``. Prints the scorer's per-field figures and the CPU time per article spent in
``parse_file`` (process time, so that load from other processes on a shared machine counts less).

``--only`` / ``--skip`` take a file of item names (one per line, without ``.txt``) so a held-out part of
a set can be scored on its own: the gold of the other items is left out of a temporary gold folder made
of symbolic links.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from archivist.errors import ArchivistError
from archivist.parse import parse_file
from archivist.record import dump_record


def _names(path: Path | None) -> set[str] | None:
    if path is None:
        return None
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("text_dir", type=Path)
    parser.add_argument("scorer", type=Path, help="path to score.py")
    parser.add_argument("--out", type=Path, default=None, help="where records go (default: a temp dir)")
    parser.add_argument("--only", type=Path, default=None, help="score only the items named in this file")
    parser.add_argument("--skip", type=Path, default=None, help="leave out the items named in this file")
    parser.add_argument("--all", action="store_true", help="pass --all to the scorer (name every miss)")
    args = parser.parse_args()
    only, skip = _names(args.only), _names(args.skip)
    out = args.out or Path(tempfile.mkdtemp(prefix="bench-text-"))
    out.mkdir(parents=True, exist_ok=True)
    gold = Path(tempfile.mkdtemp(prefix="bench-text-gold-"))
    times: list[float] = []
    failures = 0
    for article in sorted(args.text_dir.glob("*.txt")):
        name = article.stem
        if (only is not None and name not in only) or (skip is not None and name in skip):
            continue
        gold_file = article.with_name(name + ".gold.json")
        if gold_file.exists():
            (gold / gold_file.name).symlink_to(gold_file.resolve())
        started = time.process_time()
        try:
            record = parse_file(article)
        except ArchivistError as error:
            failures += 1
            print(f"{name}: {error}", file=sys.stderr)
            continue
        times.append(time.process_time() - started)
        (out / f"{name}.json").write_bytes(dump_record(record))
    command = [sys.executable, str(args.scorer), str(gold), str(out), *(["--all"] if args.all else [])]
    scored = subprocess.run(command, capture_output=True, text=True, check=False)
    print(scored.stdout, end="")
    print(scored.stderr, end="", file=sys.stderr)
    if times:
        print(
            f"parse CPU time per article: mean {statistics.mean(times) * 1000:.2f} ms, "
            f"median {statistics.median(times) * 1000:.2f} ms over {len(times)} articles"
            + (f" ({failures} refused)" if failures else "")
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
