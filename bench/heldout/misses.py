"""Each miss of a released round, with what the gold says and what the record says.

    python bench/heldout/misses.py GOLD_DIR OUT_DIR [--field FIELD]

Reads the records ``bench/score_devset.py --out OUT_DIR`` wrote and, through the round's own scorer
(``bench/heldout/score.py``, imported so its checks and accessors are the ones used), prints for every
article each field it misses: the gold value and the record's. For rounds that are no longer held out only:
reading a held-out round's misses ends its being held out (``bench/heldout/README.md``).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

SCORER = Path(__file__).with_name("score.py")


def _load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("heldout_score", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _gold_value(gold: dict[str, Any], field: str) -> Any:
    if field.startswith("image"):
        image = gold.get("image") or {}
        return image.get(field.split()[-1]) if field != "image" else gold.get("image")
    if field == "paragraphs":
        return gold["n_paragraphs"]
    return gold.get(field)


def _record_value(scorer: ModuleType, record: dict[str, Any], field: str) -> Any:
    image = scorer.as_dict(scorer.lead_image(record)) or {}
    readers = {
        "headline": lambda: scorer.text(record.get("headline")),
        "byline": lambda: scorer.text(record.get("byline")),
        "authors": lambda: scorer.authors(record),
        "date": lambda: scorer.published(record),
        "dateline": lambda: record.get("dateline"),
        "image": lambda: scorer.lead_image(record),
        "image caption": lambda: scorer.text(image.get("caption")),
        "image credit": lambda: scorer.text(image.get("credit")),
        "summary": lambda: scorer.text(record.get("summary")),
        "subheads": lambda: scorer.headings(record),
        "paragraphs": lambda: len(scorer.paragraphs(record)),
        "signoff": lambda: scorer.text(record.get("signoff")),
    }
    return readers[field]()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--field", help="only this field's misses")
    args = parser.parse_args(argv)
    scorer = _load_scorer()
    for rel, name in scorer.find_gold(str(args.gold_dir)):
        gold = json.loads((args.gold_dir / rel / f"{name}.gold.json").read_text(encoding="utf-8"))
        record, problem = scorer.load_output(str(args.out_dir), rel, name)
        if record is None:
            print(f"{name}: record {problem}")
            continue
        for field, check in scorer.text_checks(gold):
            if (args.field and field != args.field) or check(record):
                continue
            gold_shown = json.dumps(_gold_value(gold, field), ensure_ascii=False)
            got_shown = json.dumps(_record_value(scorer, record, field), ensure_ascii=False)
            print(f"{name}  {field}\n    gold: {gold_shown[:300]}\n    got:  {got_shown[:300]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
