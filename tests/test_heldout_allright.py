"""bench/heldout/allright.py: the count of a round's articles right in every field, from the round's own
scorer, on two golds and records written here (one right everywhere, one missing its byline)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _gold(headline: str, byline: str | None) -> dict[str, object]:
    return {
        "headline": headline,
        "summary": None,
        "byline": byline,
        "authors": [byline.removeprefix("By ")] if byline else [],
        "date": None,
        "date_in_text": None,
        "dateline": None,
        "image": None,
        "n_paragraphs": 1,
        "subheads": [],
        "signoff": None,
    }


def _record(headline: str, byline: str | None) -> dict[str, object]:
    return {
        "headline": headline,
        "byline": byline,
        "authors": [byline.removeprefix("By ")] if byline else [],
        "sections": [{"heading": None, "paragraphs": ["The council met on Monday."]}],
    }


def test_counts_articles_right_in_every_field_and_names_the_missed_fields(tmp_path: Path) -> None:
    gold_dir, out_dir = tmp_path / "gold" / "text" / "w", tmp_path / "out" / "text" / "w"
    gold_dir.mkdir(parents=True)
    out_dir.mkdir(parents=True)
    for name, byline in (("right", "By Ada Nkemelu"), ("missed", "By Tomas Ferreira")):
        (gold_dir / f"{name}.gold.json").write_text(
            json.dumps(_gold(f"Story {name}", byline)), encoding="utf-8"
        )
    (out_dir / "right.json").write_text(
        json.dumps(_record("Story right", "By Ada Nkemelu")), encoding="utf-8"
    )
    (out_dir / "missed.json").write_text(json.dumps(_record("Story missed", None)), encoding="utf-8")

    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "heldout" / "allright.py"),
            str(tmp_path / "gold"),
            str(tmp_path / "out"),
        ],
        capture_output=True,
        text=True,
        check=True,
    )

    lines = result.stdout.splitlines()
    assert lines[0] == "1/2 articles right in every field"
    assert "  byline: missed by 1" in lines
    assert "  authors: missed by 1" in lines
    assert not any("headline" in line for line in lines[1:])
