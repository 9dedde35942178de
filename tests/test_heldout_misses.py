"""bench/heldout/misses.py: each missed field of a released round with the gold's value beside the
record's, through the round's own scorer; fields the record gets right are not printed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

GOLD = {
    "headline": "Council backs new bridge",
    "summary": None,
    "byline": "By Ada Nkemelu",
    "authors": ["Ada Nkemelu"],
    "date": None,
    "date_in_text": None,
    "dateline": None,
    "image": None,
    "n_paragraphs": 2,
    "subheads": [],
    "signoff": None,
}

RECORD = {
    "headline": "Council backs new bridge",
    "byline": "Home",
    "authors": ["Home"],
    "sections": [{"heading": None, "paragraphs": ["The council met on Monday.", "It voted 7-2."]}],
}


def _run(tmp_path: Path, *extra: str) -> list[str]:
    gold_dir, out_dir = tmp_path / "gold" / "text" / "w", tmp_path / "out" / "text" / "w"
    gold_dir.mkdir(parents=True, exist_ok=True)
    out_dir.mkdir(parents=True, exist_ok=True)
    (gold_dir / "story.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    (out_dir / "story.json").write_text(json.dumps(RECORD), encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "heldout" / "misses.py"),
            str(tmp_path / "gold"),
            str(tmp_path / "out"),
            *extra,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.splitlines()


def test_prints_each_missed_field_with_gold_and_record_values(tmp_path: Path) -> None:
    lines = _run(tmp_path)
    assert "story  byline" in lines
    assert '    gold: "By Ada Nkemelu"' in lines
    assert '    got:  "Home"' in lines
    assert "story  authors" in lines
    assert not any(
        line.startswith("story  headline") or line.startswith("story  paragraphs") for line in lines
    )


def test_field_option_limits_the_report_to_one_field(tmp_path: Path) -> None:
    lines = _run(tmp_path, "--field", "authors")
    assert lines == ["story  authors", '    gold: ["Ada Nkemelu"]', '    got:  ["Home"]']
