"""Instructions per plain-text article of ``archivist.parse.parse_text``, under callgrind: a count that does
not move with the machine's load, to compare two versions of the reader.

Usage: ``.venv/bin/python bench/parse_instructions.py [DIR] [--articles 60]``; to compare with another
checkout, run it with ``PYTHONPATH=OTHER/src``.

Reads the first ``--articles`` ``*.txt`` files of ``DIR`` (default ``tests/articles``, written for the
tests), then runs under ``valgrind --tool=callgrind`` a child that parses all of them and one that parses only
the first; the difference divided by N - 1 is the cost of one article (imports, compiling patterns and the
first article cancel out).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _child(files: list[str]) -> None:
    from archivist.parse import parse_text

    texts = [Path(f).read_bytes().decode("utf-8", errors="replace") for f in files]
    for text in texts:
        parse_text(text)


def _instructions(files: list[str], scratch: Path, name: str) -> int:
    out = scratch / f"callgrind-{name}.out"
    list_file = scratch / f"{name}.txt"
    list_file.write_text("\n".join(files))
    command = [
        "valgrind",
        "--tool=callgrind",
        f"--callgrind-out-file={out}",
        sys.executable,
        __file__,
        "--child",
        str(list_file),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise SystemExit(f"callgrind said no count:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", default=str(ROOT / "tests" / "articles"))
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        files = Path(args.child).read_text().splitlines()
        _child(files)
        return
    files = sorted(str(p) for p in Path(args.directory).glob("*.txt"))[: args.articles]
    if len(files) < 2:
        raise SystemExit(f"{args.directory}: fewer than two .txt files")
    with tempfile.TemporaryDirectory(prefix="parse-instructions-") as scratch:
        many = _instructions(files, Path(scratch), "many")
        one = _instructions(files[:1], Path(scratch), "one")
    per_article = (many - one) / (len(files) - 1)
    print(f"{per_article / 1e6:.2f} M instructions per article ({len(files)} articles of {args.directory})")


if __name__ == "__main__":
    main()
