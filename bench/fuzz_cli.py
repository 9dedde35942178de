"""A longer fuzzing run of `archivist parse` and `archivist validate` (generator: tests/test_fuzz_cli.py).

    .venv/bin/python bench/fuzz_cli.py --count 5000             # 5,000 inputs, seed 20261127
    .venv/bin/python bench/fuzz_cli.py --seed 7 --count 20000
    .venv/bin/python bench/fuzz_cli.py --start 270 --count 1 --keep /tmp/fuzz   # reproduce input 270

Prints counts per input kind and per exit code, then every failing input (number, kind, reasons).
With ``--keep DIR`` the failing inputs are left under DIR/<number>/ to be run by hand.
Exit status: 0 when every input got a clean answer, 1 otherwise.

The parser property tests can also be run longer:
    ARCHIVIST_FUZZ_EXAMPLES=5000 .venv/bin/python -m pytest tests/test_property_parse.py
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import test_fuzz_cli as fuzz  # noqa: E402  (the generator and the judge live with the test)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=fuzz.SEED)
    parser.add_argument("--start", type=int, default=0, help="number of the first input")
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--keep", type=Path, help="leave failing inputs under this directory")
    parser.add_argument("--show", type=int, default=50, help="failures to print in full")
    args = parser.parse_args(argv)

    began = time.monotonic()
    kinds: Counter[str] = Counter()
    exits: Counter[str] = Counter()
    failures: list[tuple[int, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="archivist-fuzz-bench-") as tmp:
        seeds = fuzz.make_seeds(Path(tmp) / "seeds")
        for note in seeds.notes:
            print(f"note: {note}")
        for index, item in fuzz.inputs(args.seed, args.count, seeds, start=args.start):
            kind = item.label.split(" ")[0].rstrip(":")
            kinds[kind] += 1
            where = Path(tmp) / str(index)
            try:
                codes = fuzz.check_input(item, seeds, where)
            except (AssertionError, fuzz.Hang) as exc:
                failures.append((index, item.label, str(exc)))
                if args.keep is not None:
                    shutil.copytree(where, args.keep / str(index), symlinks=True, dirs_exist_ok=True)
            else:
                for command, code in codes.items():
                    exits[f"{command}={code}"] += 1
            shutil.rmtree(where, ignore_errors=True)
            done = index - args.start + 1
            if done % 500 == 0:
                print(
                    f"... {done} inputs, {len(failures)} failing, {time.monotonic() - began:.0f} s",
                    flush=True,
                )

    elapsed = time.monotonic() - began
    print(
        f"seed {args.seed}, inputs {args.start}..{args.start + args.count - 1}: {args.count} inputs "
        f"in {elapsed:.1f} s ({2 * args.count} or more CLI runs)"
    )
    print("inputs by kind: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    print("exit codes:     " + ", ".join(f"{k} {n}" for k, n in sorted(exits.items())))
    print(f"failing inputs: {len(failures)}")
    by_reason: Counter[str] = Counter(
        reason.split(":")[0] + ": " + reason.split(":")[1][:80] for _, _, reason in failures
    )
    for reason, count in by_reason.most_common():
        print(f"  {count:5d}  {reason}")
    for index, label, reason in failures[: args.show]:
        print(f"input {index} ({label}): {reason[:600]}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
