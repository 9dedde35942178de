"""Generate a collection of N varied articles from the test articles and the sample, for benchmarks and
the resume test.

Each generated article is one of the templates (``tests/articles/*.txt`` and ``examples/*.txt``) with
its headline given an edition tag, its years moved back by 0, 4 or 8 (multiples of four, so that a
29 February stays a real date) and the surname in its byline swapped, so that every article has
different bytes (hence a different record id and bag) while keeping the shape the parser expects.
Files are spread over subdirectories of 1,000, as a real collection would be.

    python bench/make_collection.py 10000 /tmp/collection
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EDITIONS = (
    "Early",
    "Late",
    "Final",
    "Morning",
    "Evening",
    "City",
    "Country",
    "Weekend",
    "Web",
    "Overnight",
    "Noon",
    "Special",
)
SURNAMES = (
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Tanaka",
    "Haddad",
    "Kowalski",
    "Nguyen",
    "Fitzgerald",
    "Petrov",
    "Alvarez",
    "Mensah",
    "Jansen",
    "Kaur",
    "Rossi",
    "Ibrahim",
    "Novak",
)
YEAR = re.compile(rb"\b(19[5-9]\d|20[0-2]\d)\b")
BYLINE = re.compile(rb"^(By [A-Z][A-Za-z.]+ )([A-Z][A-Za-z'-]+)", re.MULTILINE)


def templates(root: Path = ROOT) -> list[Path]:
    found = sorted((root / "tests" / "articles").glob("*.txt")) + sorted((root / "examples").glob("*.txt"))
    if not found:
        raise SystemExit("no template articles in tests/articles/ or examples/")
    return found


def vary(data: bytes, k: int) -> bytes:
    """Variant ``k`` of one article's bytes; distinct ``k`` give distinct bytes."""
    bom = b"\xef\xbb\xbf" if data.startswith(b"\xef\xbb\xbf") else b""
    body = data[len(bom) :]
    # The headline is the first line; an edition tag unique to k makes every variant distinct.
    end = body.find(b"\n")
    end = len(body) if end < 0 else end
    first = body[:end].rstrip(b"\r")
    tag = f" ({EDITIONS[k % len(EDITIONS)]} edition {k // len(EDITIONS) + 1})".encode()
    body = first + tag + body[len(first) :]
    shift = 4 * (k % 3)
    if shift:
        body = YEAR.sub(lambda m: str(int(m.group(1)) - shift).encode(), body)
    surname = SURNAMES[(k // 3) % len(SURNAMES)]

    def swap(m: re.Match[bytes]) -> bytes:
        new = surname.upper() if m.group(2).isupper() else surname
        return m.group(1) + new.encode()

    body = BYLINE.sub(swap, body, count=1)
    return bom + body


def make_collection(count: int, dest: Path, *, per_dir: int = 1000, root: Path = ROOT) -> list[Path]:
    """Write ``count`` articles under ``dest``; return their paths (in the order written)."""
    sources = [(path.stem, path.read_bytes()) for path in templates(root)]
    written = []
    for i in range(count):
        stem, data = sources[i % len(sources)]
        k = i // len(sources)
        folder = dest / f"{i // per_dir:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{i:07d}-{stem}.txt"
        path.write_bytes(vary(data, k))
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("dest", type=Path)
    args = parser.parse_args()
    paths = make_collection(args.count, args.dest)
    print(f"{len(paths)} articles under {args.dest}")


if __name__ == "__main__":
    main()
