"""The speed goals of issue 14, each measured side by side with its alternative in one run, as a table.

    python bench/goals.py [--quick | --full] [--json goals.json]

Each row: the goal, archivist's figure and the alternative's (wall seconds and CPU seconds), the ratio,
and whether the goal is met. Wall time is what the goals speak of, and is only meaningful on an idle
machine: the load average before each measurement is printed, and a CPU-based ratio is given beside the
wall one (CPU seconds barely move with other people's load; fsync waits are not CPU, so they show in
wall time only). CPU seconds of a command are those of its whole process tree: ``RUSAGE_CHILDREN`` for
what it waited for, plus the ``--jobs`` pool's workers sampled with psutil (they are children of the
fork server, which nobody waits for).

Sizes (``--quick`` / default / ``--full``): articles for the per-article ingest 100 / 300 / 600,
for ``--jobs`` 200 / 600 / 600; memory 100 vs 1,000 / 300 vs 3,000 / 1,000 vs 10,000 articles; the bag
goals always use 256 MiB (one file; 64 × 4 MiB); repeats 1 / 3 / 3 (median kept).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_batch import bagit_run, prepare_payloads
from make_collection import make_collection
from proctree import TreeSampler

BIN = Path(sys.executable).parent
ARCHIVIST = str(BIN / "archivist")
MIB = 2**20


@dataclass(frozen=True)
class Run:
    wall: float
    cpu: float
    peak_rss_mb: float = 0.0
    sys: float = 0.0  # the kernel's share of ``cpu``
    others: float = 0.0  # CPU seconds the rest of the machine used meanwhile (other people's load)


def _children_cpu() -> tuple[float, float]:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime, usage.ru_stime


def _machine_busy() -> float:
    """CPU seconds every core of the machine has been busy since boot (``/proc/stat``; 0 elsewhere)."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    except OSError:
        return 0.0
    ticks = [int(value) for value in fields]
    idle = ticks[3] + (ticks[4] if len(ticks) > 4 else 0)  # idle + iowait
    return (sum(ticks[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def measure(cmd: list[str], *, env: dict[str, str] | None = None, ok: tuple[int, ...] = (0,)) -> Run:
    """Wall and CPU seconds and peak summed RSS of ``cmd`` and every process it starts."""
    before, before_sys = _children_cpu()
    busy_before = _machine_busy()
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    sampler = TreeSampler(proc.pid)
    _, err = proc.communicate()
    wall = time.perf_counter() - start
    sampler.stop()
    if proc.returncode not in ok:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {err.decode()[-1500:]}")
    # RUSAGE_CHILDREN is exact for what the command waits for (cp in a shell, bagit's pool) but misses the
    # --jobs pool, whose fork server nobody waits for; the sampled sum sees the pool but misses the last
    # 20 ms of each process (all of a short one). The larger of the two is the closer.
    busy = _machine_busy() - busy_before
    after, after_sys = _children_cpu()
    waited, waited_sys = after - before, after_sys - before_sys
    cpu, sys_cpu = max((waited, waited_sys), (sampler.cpu_seconds, sampler.sys_seconds))
    return Run(wall, cpu, sampler.peak_rss / MIB, sys_cpu, max(0.0, busy - cpu))


def median_run(runs: list[Run]) -> Run:
    return Run(
        statistics.median(r.wall for r in runs),
        statistics.median(r.cpu for r in runs),
        max(r.peak_rss_mb for r in runs),
        statistics.median(r.sys for r in runs),
        statistics.median(r.others for r in runs),
    )


def fresh_output(work: Path) -> Path:
    """A directory name never used before, for one run's output; nothing is deleted until the end.

    Deleting the previous run's output before each run made the runs that came later slower: on this
    machine's ext4 (no journal) a new inode is never one deleted in the last 60-300 s, and finding one
    scans past every such inode (``recently_deleted`` in the kernel's profile); with 10,000 inodes
    deleted per run it cost the later runs seconds of system time, whatever they were."""
    (work / "outputs").mkdir(exist_ok=True)
    return Path(tempfile.mkdtemp(prefix="out-", dir=work / "outputs")) / "out"


def load() -> float:
    return os.getloadavg()[0]


# --- the goals ----------------------------------------------------------------------------------------


@dataclass
class Row:
    goal: str
    limit: float
    ours: Run
    theirs: Run | None
    note: str = ""
    wall_ratio: float = 0.0
    cpu_ratio: float = 0.0

    def __post_init__(self) -> None:
        if self.theirs is not None:
            self.wall_ratio = self.ours.wall / self.theirs.wall
            self.cpu_ratio = self.ours.cpu / self.theirs.cpu if self.theirs.cpu else 0.0

    @property
    def met(self) -> str:
        value = self.wall_ratio if self.theirs is not None else self.ours.wall
        by_cpu = self.cpu_ratio if self.theirs is not None else self.ours.cpu
        if value <= self.limit:
            return "yes"
        return "by CPU only" if by_cpu <= self.limit else "no"


def ingest_rows(work: Path, count: int, repeat: int) -> list[Row]:
    paths = make_collection(count, work / "coll")
    one = work / "one"
    one.mkdir()
    shutil.copy(paths[0], one / paths[0].name)

    def ingest(inputs: Path, jobs: int) -> Run:
        os.sync()
        return measure(
            [ARCHIVIST, "ingest", str(inputs), "-o", str(fresh_output(work)), "--jobs", str(jobs), "--json"]
        )

    # Per article: a run of N minus a run of 1 (the start-up: imports, schemas), over N - 1.
    startup = median_run([ingest(one, 1) for _ in range(repeat)])
    full = median_run([ingest(work / "coll", 1) for _ in range(repeat)])
    ours = Run((full.wall - startup.wall) / (count - 1), (full.cpu - startup.cpu) / (count - 1))
    payloads = work / "payloads"
    prepare_payloads(paths, payloads)
    bagit = [bagit_run(payloads, work, 1, False) for _ in range(repeat)]
    theirs = Run(
        statistics.median(b["seconds"] for b in bagit) / count,
        statistics.median(b["cpu_seconds"] for b in bagit) / count,
    )
    rows = [
        Row(
            f"ingest per article ({count}; fsync on) vs bagit make_bag on the same payloads",
            2.0,
            ours,
            theirs,
            f"start-up {startup.wall:.2f} s wall, {startup.cpu:.2f} s CPU, not counted; "
            f"{count} articles: {full.cpu - full.sys:.2f} s user + {full.sys:.2f} s system CPU; other "
            f"processes used {full.others:.1f} s of CPU meanwhile",
        )
    ]
    return rows


def jobs_row(work: Path, count: int, repeat: int) -> Row:
    coll = work / "coll-jobs"
    if not coll.exists():
        make_collection(count, coll)

    def ingest(jobs: int) -> Run:
        os.sync()
        return measure(
            [ARCHIVIST, "ingest", str(coll), "-o", str(fresh_output(work)), "--jobs", str(jobs), "--json"]
        )

    load_before = load()
    # Interleaved (1, 2, 1, 2, …) so that neither side always runs on a busier or fuller disk.
    runs: dict[int, list[Run]] = {1: [], 2: []}
    for _ in range(repeat):
        for jobs in (1, 2):
            runs[jobs].append(ingest(jobs))
    one, two = median_run(runs[1]), median_run(runs[2])
    row = Row(
        f"--jobs 2 vs --jobs 1 ({count} articles, fsync on)",
        0.6,
        two,
        one,
        f"load {load_before:.1f}; CPU-based: (CPU of --jobs 2)/2 ÷ CPU of --jobs 1 = "
        f"{two.cpu / 2 / one.cpu:.2f} (what two idle cores would give, fsync waits aside); "
        f"system CPU {two.sys:.2f} s vs {one.sys:.2f} s; other processes used {two.others:.1f} s vs "
        f"{one.others:.1f} s of CPU meanwhile",
    )
    row.cpu_ratio = two.cpu / 2 / one.cpu
    return row


def bag_rows(work: Path, repeat: int) -> list[Row]:
    data = work / "bagdata"
    (data / "many").mkdir(parents=True)
    with open(data / "one.bin", "wb") as handle:
        for _ in range(256):
            handle.write(os.urandom(MIB))
    for i in range(64):
        (data / "many" / f"f{i:02d}.bin").write_bytes(os.urandom(4 * MIB))
    rows = []
    for name, limit, label in (("one.bin", 0.8, "one 256 MiB file"), ("many", 1.0, "64 × 4 MiB")):
        source = data / name
        files = [source] if source.is_file() else sorted(source.iterdir())
        subprocess.run(
            ["cat", *map(str, files)], stdout=subprocess.DEVNULL, check=True
        )  # warm the page cache for both sides

        # Each run writes to a fresh output (fresh_output): deleting the previous 256 MiB bag just before
        # each run slowed the runs that wait for the disk (archivist with fsync: 0.86 of bagit with the
        # deletions, 0.56 without, interleaved on the loaded machine; likely the disk discarding the freed
        # blocks, as / is mounted with `discard`), so the side that syncs paid for the bench's deletions.
        def ours(fsync: str, source: Path = source) -> Run:
            out = fresh_output(work)
            os.sync()
            return measure([ARCHIVIST, "bag", str(source), "-o", str(out)], env={"ARCHIVIST_FSYNC": fsync})

        def theirs(source: Path = source) -> Run:
            copy = fresh_output(work)
            os.sync()
            make_bag = f"import bagit; bagit.make_bag('{copy}', checksums=['sha256', 'sha512'], processes=2)"
            script = f'mkdir -p {copy} && cp -r {source} {copy}/ && {sys.executable} -c "{make_bag}"'
            return measure(["sh", "-c", script])

        # Interleaved, a round of each at a time: on a shared machine the load moves within a minute, and
        # three runs of one side followed by three of the other measured the load as much as the tools.
        runs: dict[str, list[Run]] = {"theirs": [], "1": [], "0": []}
        for _ in range(repeat):
            runs["theirs"].append(theirs())
            runs["1"].append(ours("1"))
            runs["0"].append(ours("0"))
        alternative = median_run(runs["theirs"])
        rows.append(
            Row(
                f"archivist bag, {label} (fsync on) vs cp + bagit make_bag(processes=2)",
                limit,
                median_run(runs["1"]),
                alternative,
            )
        )
        rows.append(
            Row(
                "  same, archivist with fsync off (as bagit-python)",
                limit,
                median_run(runs["0"]),
                alternative,
            )
        )
    return rows


def validate_rows(work: Path, repeat: int) -> list[Row]:
    from archivist.ingest import ingest_article

    root = Path(__file__).resolve().parents[1]
    outcome = ingest_article(root / "examples" / "rferl-2005-11-30-washington-iraq-iran.txt", work / "vbags")
    record = Path(outcome.bag) / "data" / "metadata" / "record.json"  # type: ignore[arg-type]
    bare = work / "bare_jsonschema.py"
    bare.write_text(
        "import json, sys\nimport jsonschema\n"
        f"schema = json.load(open({str(root / 'schemas' / 'record.schema.json')!r}))\n"
        "cls = jsonschema.validators.validator_for(schema)\n"
        "validator = cls(schema, format_checker=cls.FORMAT_CHECKER)\n"
        "errors = list(validator.iter_errors(json.load(open(sys.argv[1]))))\n"
        "print(len(errors)); sys.exit(1 if errors else 0)\n"
    )
    repeat = max(repeat, 5)
    rows = [
        Row(
            "archivist validate record.json vs a bare jsonschema script",
            1.0,
            median_run([measure([ARCHIVIST, "validate", str(record)]) for _ in range(repeat)]),
            median_run([measure([sys.executable, str(bare), str(record)]) for _ in range(repeat)]),
        )
    ]
    bag = work / "bag-for-validate"
    data = work / "vdata"
    data.mkdir()
    for i in range(64):
        (data / f"f{i:02d}.bin").write_bytes(os.urandom(4 * MIB))
    measure([ARCHIVIST, "bag", str(data), "-o", str(bag)], env={"ARCHIVIST_FSYNC": "0"})
    rows.append(
        Row(
            "archivist validate BAG (64 × 4 MiB) vs bagit.py --validate",
            1.0,
            median_run([measure([ARCHIVIST, "validate", str(bag)]) for _ in range(repeat)]),
            median_run(
                [
                    measure([sys.executable, str(BIN / "bagit.py"), "--validate", str(bag)])
                    for _ in range(repeat)
                ]
            ),
        )
    )
    return rows


def help_row(repeat: int) -> Row:
    runs = [measure([ARCHIVIST, "--help"]) for _ in range(max(10, repeat))]
    return Row(
        "archivist --help, seconds (limit 0.080)",
        0.080,
        median_run(runs),
        None,
        "python -X importtime -c 'import archivist.cli' shows where start-up goes",
    )


def memory_row(work: Path, small: int, large: int) -> Row:
    coll = work / "coll-mem"
    make_collection(large, coll)
    first = sorted(coll.iterdir())[0]

    def run(inputs: list[Path]) -> Run:
        out = work / "out-mem"
        shutil.rmtree(out, ignore_errors=True)
        return measure(
            [ARCHIVIST, "ingest", *map(str, inputs), "-o", str(out), "--jobs", "2", "--json"],
            env={"ARCHIVIST_FSYNC": "0"},
        )

    few = sorted(first.iterdir())[:small]
    small_run, large_run = run(few), run([coll])
    row = Row(
        f"peak RSS, {large:,} articles ÷ {small:,} (--jobs 2)",
        1.10,
        Run(large_run.peak_rss_mb, large_run.cpu, large_run.peak_rss_mb),
        Run(small_run.peak_rss_mb, small_run.cpu, small_run.peak_rss_mb),
        f"{small_run.peak_rss_mb:.0f} MB → {large_run.peak_rss_mb:.0f} MB",
    )
    row.cpu_ratio = row.wall_ratio  # a memory ratio: no CPU reading of it
    return row


# --- the table ----------------------------------------------------------------------------------------


def table(rows: list[Row]) -> str:
    lines = [
        "| goal | limit | archivist wall / CPU s | alternative wall / CPU s | ratio wall | ratio CPU "
        "| met? |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        theirs = f"{row.theirs.wall:.4g} / {row.theirs.cpu:.4g}" if row.theirs else "—"
        ratio = f"{row.wall_ratio:.2f}" if row.theirs else "—"
        cpu = f"{row.cpu_ratio:.2f}" if row.theirs else "—"
        lines.append(
            f"| {row.goal} | ≤ {row.limit:g} | {row.ours.wall:.4g} / {row.ours.cpu:.4g} | {theirs} "
            f"| {ratio} | {cpu} | {row.met} |"
        )
        if row.note:
            lines.append(f"|   ↳ {row.note} | | | | | | |")
    return "\n".join(lines)


SIZES = {  # ingest articles, jobs articles, memory small, memory large, repeats
    "quick": (100, 200, 100, 1000, 1),
    "default": (300, 600, 300, 3000, 3),
    "full": (600, 600, 1000, 10000, 3),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_true")
    size.add_argument("--full", action="store_true")
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument(
        "--only", action="append", default=[], help="ingest, jobs, bag, validate, help, memory (default: all)"
    )
    args = parser.parse_args()
    ingest_n, jobs_n, mem_small, mem_large, repeat = SIZES[
        "quick" if args.quick else "full" if args.full else "default"
    ]
    wanted = set(args.only) or {"ingest", "jobs", "bag", "validate", "help", "memory"}
    work = Path(tempfile.mkdtemp(prefix="archivist-goals-", dir="/tmp"))
    rows: list[Row] = []
    started = time.perf_counter()
    print(f"machine: {os.cpu_count()} CPUs, load average {load():.1f} at the start", flush=True)
    # bagit and every library come with their bytecode from pip; an editable archivist has it only once
    # imported with bytecode writing on. Compile first so that neither side pays for compiling.
    compileall.compile_dir(str(Path(__file__).resolve().parent.parent / "src"), quiet=1)
    try:
        steps = [
            ("help", lambda: [help_row(repeat)]),
            ("validate", lambda: validate_rows(work, repeat)),
            ("ingest", lambda: ingest_rows(work, ingest_n, repeat)),
            ("jobs", lambda: [jobs_row(work, jobs_n, repeat)]),
            ("bag", lambda: bag_rows(work, repeat)),
            ("memory", lambda: [memory_row(work, mem_small, mem_large)]),
        ]
        for name, step in steps:
            if name in wanted:
                print(f"... {name} (load {load():.1f})", flush=True)
                rows.extend(step())
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"\nload average {load():.1f} at the end; {time.perf_counter() - started:.0f} s in all\n")
    print(table(rows))
    if args.json:
        args.json.write_text(
            json.dumps(
                [
                    {
                        **row.__dict__,
                        "ours": row.ours.__dict__,
                        "theirs": row.theirs.__dict__ if row.theirs else None,
                        "met": row.met,
                    }
                    for row in rows
                ],
                indent=2,
            )
            + "\n"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
