"""Audit cost in counts that do not move with the machine's load: instructions (``valgrind --tool=callgrind``,
user space) and system calls (``strace -f -c``) per audit of small intact objects.

Usage: ``.venv/bin/python bench/bench_audit_counts.py [--objects 100] [--files 2] [--mib 8] [--audits 4]
[--no-valgrind] [--no-strace]``

Builds a fresh OCFL root as ``bench_audit.py`` does, then runs, under each tool, a child that copies it
and audits it once (``--audits 0``) and one that audits it 1 + N times; the difference divided by N is
the cost of one audit (the 2nd to the N+1th of a fresh root: imports, the copy and the first audit cancel
out). Callgrind emulates the CPU without SHA extensions, so its hashing counts are higher than a real
run's: compare instruction counts between versions, not with OpenSSL.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_audit import _build


def _child(template: Path, work: Path, audits: int) -> None:
    from archivist.audit import audit_copies

    shutil.copytree(template, work, symlinks=True)
    for _ in range(1 + audits):
        summary = audit_copies([str(work / "ocfl")], again=True, state_file=work / "state.json")
        assert summary.exit_code == 0, summary.problem_lines()


def _run(tool: list[str], template: Path, scratch: Path, audits: int, out: Path) -> str:
    work = scratch / f"work-{out.name}"
    command = [*tool, sys.executable, __file__, "--child", str(template), str(work), str(audits)]
    subprocess.run(command, check=True, capture_output=True)
    shutil.rmtree(work, ignore_errors=True)
    return out.read_text()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--objects", type=int, default=100)
    parser.add_argument("--files", type=int, default=2)
    parser.add_argument("--mib", type=int, default=8)
    parser.add_argument("--audits", type=int, default=4)
    parser.add_argument("--no-valgrind", action="store_true")
    parser.add_argument("--no-strace", action="store_true")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="bench-audit-counts-"))
    try:
        _build(scratch / "template", args.mib, args.objects, args.files)
        shutil.rmtree(scratch / "template" / "bags", ignore_errors=True)
        per = args.audits * args.objects
        if not args.no_valgrind:
            counts = []
            for audits in (0, args.audits):
                out = scratch / f"callgrind-{audits}.out"
                tool = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"]
                work = scratch / f"work-cg-{audits}"
                command = [*tool, sys.executable, __file__, "--child", str(scratch / "template"), str(work)]
                done = subprocess.run([*command, str(audits)], check=True, capture_output=True, text=True)
                counts.append(int(re.search(r"Collected : (\d+)", done.stderr).group(1)))  # type: ignore[union-attr]
                shutil.rmtree(work, ignore_errors=True)
            print(
                f"instructions per audit: {(counts[1] - counts[0]) / args.audits / 1e6:.1f} M "
                f"({(counts[1] - counts[0]) / per / 1e6:.2f} M per object)"
            )
        if not args.no_strace:
            calls = []
            for audits in (0, args.audits):
                out = scratch / f"strace-{audits}.txt"
                _run(["strace", "-f", "-c", "-o", str(out)], scratch / "template", scratch, audits, out)
                table = {}
                for line in out.read_text().splitlines():
                    fields = line.split()
                    if len(fields) >= 5 and fields[0][0].isdigit() and fields[-1] != "total":
                        table[fields[-1]] = int(fields[3])
                calls.append(table)
            names = sorted(
                set(calls[0]) | set(calls[1]), key=lambda n: calls[0].get(n, 0) - calls[1].get(n, 0)
            )
            rows = [(n, (calls[1].get(n, 0) - calls[0].get(n, 0)) / per) for n in names]
            print(
                f"system calls per object per audit: {sum(r for _, r in rows):.1f} ("
                + ", ".join(f"{n} {r:.1f}" for n, r in rows if r >= 0.05)
                + ")"
            )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        _child(Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]))
    else:
        main()
