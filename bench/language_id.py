"""How well the article's language is told: archivist's ``detect_language`` beside py3langid (the classifier a
user would pick), on every text whose expected language is known.

    PYTHONPATH=src python bench/language_id.py

Texts: the released held-out rounds 17-25 (``bench/heldout/roundN/text/*/NAME.txt`` with ``language`` in its
``NAME.gold.json``; round 26 is held out and never read) and the corpus (``tests/articles/NAME.txt`` whose
``NAME.expect.json`` gives a language). Accuracy is an exact match of the primary subtag (``und`` is wrong);
``no``/``nb`` and ``fil``/``tl`` count as the same language (macrolanguage and its member). Prints each
detector's accuracy, its confusions (expected -> told) and its mean time per article.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from archivist.parse.language import detect_language

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = range(17, 26)  # round 26 is held out: never read
SAME = {"no": "nb", "fil": "tl"}


def cases() -> list[tuple[str, str, str]]:
    found = []
    for number in ROUNDS:
        for gold in sorted((ROOT / "bench" / "heldout" / f"round{number}" / "text").glob("*/*.gold.json")):
            language = json.loads(gold.read_text(encoding="utf-8")).get("language")
            text = gold.with_name(gold.name.removesuffix(".gold.json") + ".txt")
            if language and text.exists():
                found.append((f"r{number}/{text.stem}", language, text.read_text(encoding="utf-8")))
    for expect in sorted((ROOT / "tests" / "articles").glob("*.expect.json")):
        language = json.loads(expect.read_text(encoding="utf-8")).get("language")
        text = expect.with_name(expect.name.removesuffix(".expect.json") + ".txt")
        if language and text.exists():
            found.append((f"corpus/{text.stem}", language, text.read_bytes().decode("utf-8", "replace")))
    return found


def primary(tag: str) -> str:
    first = tag.split("-")[0].lower()
    return SAME.get(first, first)


def run(name: str, detect: Callable[[str], str], texts: list[tuple[str, str, str]]) -> None:
    right = 0
    confusions: Counter[tuple[str, str]] = Counter()
    by_language: Counter[str] = Counter()
    right_by_language: Counter[str] = Counter()
    started = time.perf_counter()
    told = [detect(text) for _, _, text in texts]
    elapsed = time.perf_counter() - started
    for (_, expected, _), answer in zip(texts, told, strict=True):
        by_language[primary(expected)] += 1
        if primary(answer) == primary(expected):
            right += 1
            right_by_language[primary(expected)] += 1
        else:
            confusions[(primary(expected), answer)] += 1
    rounds = [(e, a) for (where, e, _), a in zip(texts, told, strict=True) if where.startswith("r")]
    rounds_right = sum(primary(a) == primary(e) for e, a in rounds)
    print(f"## {name}")
    print(
        f"accuracy {right}/{len(texts)} = {right / len(texts):.3f} "
        f"(rounds {ROUNDS.start}-{ROUNDS.stop - 1}: {rounds_right}/{len(rounds)}; "
        f"corpus: {right - rounds_right}/{len(texts) - len(rounds)})"
    )
    print(f"time per article {elapsed / len(texts) * 1e6:.0f} µs")
    print(
        "confusions (expected -> told: n): "
        + ", ".join(f"{e}->{a}: {n}" for (e, a), n in confusions.most_common())
    )
    print()


def main() -> int:
    texts = cases()
    print(f"{len(texts)} texts, {len({primary(lang) for _, lang, _ in texts})} languages\n")
    run("archivist detect_language", detect_language, texts)
    try:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier
    except ImportError:
        print("py3langid not installed (pip install py3langid)")
        return 0
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    identifier.classify("warm up the model")
    run("py3langid", lambda text: identifier.classify(text)[0], texts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
