"""Which staged articles the current reader passes, by the corpus harness's own checks.

    choose.py STAGING_DIR [--only NAME...] [--details] [--json FILE]

STAGING_DIR holds ``NAME.txt`` + ``NAME.expect.json`` pairs, as ``gold_to_expect.py`` writes them. Each
article goes through what ``tests/test_parse_corpus.py`` would do to it in ``tests/articles/``, with the
harness's own functions (imported from it, so nothing is checked differently): the corpus's text checks
(``check_expectations_match_text``: LF, 80-600 words, keys, every quoted string in the text), then
``parse_file`` with the reader found on the path, ``check_well_formed`` and ``expected_field_failures``.

Prints one line per article, ``PASS NAME`` or ``FAIL NAME  keys: …`` naming the expectation keys that failed
(``corpus`` for the text checks, ``well-formed`` for the record's shape, ``parse`` when the reader raised),
the failures themselves with ``--details``, then the count. ``--json FILE`` (``-`` for standard output)
writes ``{"passed": N, "total": N, "articles": {NAME: {"pass", "keys", "failures"}}}``.
The articles that pass can join tests/articles as they are; the others wait for a fix, or are named in its
README with the field they miss.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

import test_parse_corpus as harness  # noqa: E402  (tests/ is put on the path just above)

# The harness names a failure by its field's label; these labels are written as the expectation's key.
LABEL_TO_KEY = {
    "paragraph count": "paragraph_count",
    "section headings": "section_headings",
    "published.origin": "published_origin",
    "published.updated": "updated",
    "paragraphs": "paragraphs_start",
    "related text": "related",
}


def failure_key(failure: str) -> str:
    """The expectation key a harness failure message is about (``image.caption: got …`` -> image.caption)."""
    label = failure.split(":", 1)[0].strip()
    label = re.sub(r"\[\d+\].*$", "", label)  # paragraphs[2], quotes[0].speaker, related[1].heading
    if label.startswith("related text"):
        return "related"
    return LABEL_TO_KEY.get(label, label)


def check_article(name: str, raw: bytes, expect: dict[str, Any], path: Path) -> dict[str, Any]:
    """{"pass", "keys", "failures"} for one staged article, by the harness's checks in its order."""
    from archivist.parse import parse_file

    failures: list[tuple[str, str]] = []
    try:
        harness.check_expectations_match_text(name, raw, expect)
    except AssertionError as exc:
        failures.append(("corpus", str(exc)))
    try:
        article = parse_file(path)
    except Exception as exc:  # the harness turns this into its failure too
        failures.append(("parse", f"{name}: parse_file raised {type(exc).__name__}: {exc}"))
    else:
        try:
            harness.check_well_formed(name, article, harness.read_text(path))
        except AssertionError as exc:
            failures.append(("well-formed", str(exc)))
        failures += [(failure_key(f), f) for f in harness.expected_field_failures(article, expect)]
    keys = list(dict.fromkeys(key for key, _ in failures))
    return {"pass": not failures, "keys": keys, "failures": [message for _, message in failures]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("staging", type=Path, help="folder of NAME.txt + NAME.expect.json")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="check these articles only")
    parser.add_argument("--details", action="store_true", help="print each failure under its article")
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON here ('-': stdout)")
    args = parser.parse_args(argv)
    if not args.staging.is_dir():
        print(f"choose: no such folder: {args.staging}", file=sys.stderr)
        return 2
    names = sorted(p.name[: -len(".expect.json")] for p in args.staging.glob("*.expect.json"))
    lonely = sorted(p.stem for p in args.staging.glob("*.txt") if p.stem not in names)
    if args.only:
        unknown = sorted(set(args.only) - set(names))
        if unknown:
            print(f"choose: not staged: {', '.join(unknown)}", file=sys.stderr)
            return 2
        names = sorted(set(args.only))
    if not names:
        print(f"choose: no NAME.expect.json in {args.staging}", file=sys.stderr)
        return 2
    results: dict[str, dict[str, Any]] = {}
    quiet = args.json == "-"
    for name in names:
        path = args.staging / f"{name}.txt"
        if not path.is_file():
            results[name] = {"pass": False, "keys": ["corpus"], "failures": [f"{name}: no {name}.txt"]}
        else:
            expect = json.loads((args.staging / f"{name}.expect.json").read_text(encoding="utf-8"))
            results[name] = check_article(name, path.read_bytes(), expect, path)
        if quiet:
            continue
        result = results[name]
        print(f"PASS {name}" if result["pass"] else f"FAIL {name}  keys: {', '.join(result['keys'])}")
        if args.details:
            for failure in result["failures"]:
                print("    " + failure.replace("\n", "\n    "))
    passed = sum(r["pass"] for r in results.values())
    summary = {"passed": passed, "total": len(results), "articles": results}
    if not quiet:
        for name in lonely if not args.only else []:
            print(f"(no expectation: {name}.txt)")
        print(f"{passed} of {len(results)} pass")
    if args.json:
        text = json.dumps(summary, ensure_ascii=False, indent=2) + "\n"
        if quiet:
            sys.stdout.write(text)
        else:
            Path(args.json).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
