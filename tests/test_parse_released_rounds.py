"""The released held-out rounds' articles that the reader passes, checked where they stand.

A released round (``bench/heldout/roundN``, N in ``RELEASED``) stays whole there, because its figures are
compared from session to session. The articles of it that pass every check of the corpus harness are named in
``tests/released_passing.txt`` and checked here as if they were in ``tests/articles/``: each gold is turned
into the corpus's expectations by ``bench/heldout/gold_to_expect.py`` (which reads the gold alone, never the
reader) and put through ``bench/heldout/choose.py``'s ``check_article``, which runs the harness's own
functions. A change to the reader that loses one of them fails here.

Refresh the list after a fix (``choose.py`` over a staging folder of the round) by adding the names that now
pass; a name leaves the list only with a reason in the commit.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "bench" / "heldout"
PASSING = Path(__file__).resolve().parent / "released_passing.txt"
RELEASED = (
    "round17",
    "round18",
    "round19",
    "round20",
    "round21",
    "round22",
    "round23",
    "round24",
    "round25",
)


@functools.cache
def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, HELDOUT / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def _listed() -> list[str]:
    lines = PASSING.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def _gold_files() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for round_dir in RELEASED:
        for path in sorted((HELDOUT / round_dir / "text").rglob("*.gold.json")):
            found[path.name[: -len(".gold.json")]] = path
    return found


NAMES = _listed()
GOLD = _gold_files()


def test_the_list_names_released_articles_once() -> None:
    assert len(NAMES) == len(set(NAMES)), "a name is listed twice"
    unknown = [name for name in NAMES if name not in GOLD]
    assert not unknown, f"not an article of a released round: {unknown}"
    assert sorted(NAMES) == NAMES, "keep the list sorted"


@pytest.mark.parametrize("name", NAMES)
def test_released_article_still_passes(name: str) -> None:
    gold_to_expect = _load("gold_to_expect")
    choose = _load("choose")
    gold_path = GOLD[name]
    text_path = gold_path.with_name(f"{name}.txt")
    raw = text_path.read_bytes()
    expect, _flags = gold_to_expect.convert(
        name, json.loads(gold_path.read_text(encoding="utf-8")), raw.decode("utf-8")
    )
    outcome = choose.check_article(name, raw, expect, text_path)
    assert outcome["pass"], "\n".join(outcome["failures"])
