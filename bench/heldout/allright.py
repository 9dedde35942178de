"""How many articles of a round the reader gets right in every field.

    python bench/heldout/allright.py GOLD_DIR OUT_DIR

Runs the round's scorer (``bench/heldout/score.py``, the development set's own) with ``--json`` on the
records ``bench/score_devset.py --out OUT_DIR`` wrote, and prints ``N/M articles right in every field``
followed by the per-field count of articles that miss it. The scorer gives per-field figures only; an
article is fully right when every one of its fields scores 1.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

SCORER = Path(__file__).with_name("score.py")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    gold_dir, out_dir = argv
    with tempfile.TemporaryDirectory() as scratch:
        per_item_path = Path(scratch) / "items.json"
        subprocess.run(
            [sys.executable, str(SCORER), gold_dir, out_dir, "--json", str(per_item_path)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        per_item: dict[str, dict[str, float]] = json.loads(per_item_path.read_text(encoding="utf-8"))["items"]
    right = [name for name, fields in per_item.items() if all(v >= 1 for v in fields.values())]
    missed = Counter(field for fields in per_item.values() for field, v in fields.items() if v < 1)
    print(f"{len(right)}/{len(per_item)} articles right in every field")
    for field, count in missed.most_common():
        print(f"  {field}: missed by {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
