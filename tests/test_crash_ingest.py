"""Crashes (issue 7): `archivist ingest` killed with SIGKILL at many points, then run again.

The ingest modules have no named pause points (``tests/pause_points.py`` names points of a deposit only,
whose crash tests are ``tests/test_deposit_crash.py``), so the kill points are found two ways:

* random: the whole process group is killed after a delay drawn uniformly between 0 and the duration
  of a complete run (measured first) — or, for half the runs, since start-up is most of a short run,
  between 0 and the length of the working part, counted from the first staging directory — across
  ``ARCHIVIST_CRASH_RUNS`` runs (default 20; seeded by ``ARCHIVIST_CRASH_SEED`` so a failure can be
  replayed); kills come in pairs (a crash, then a crash of the run that recovers from it), every other
  pair with ``--tar``;
* targeted: the moment the first staging directory appears, the moment a second one appears (a bag
  renamed into place, the next one started), the moment the first bag stands under its final name, and
  (with ``--tar``) the moment the first partial tar appears.

After every kill: every directory under a final (non-hidden) name is a bag that validates (RFC 8493 with
every checksum), nothing else non-hidden exists; then the same command run again exits 0 and leaves
exactly one valid bag per article and no staging directory.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from conftest import child_temp_dir

ROOT = Path(__file__).resolve().parents[1]
ARCHIVIST = str(ROOT / ".venv" / "bin" / "archivist")
ARTICLES = sorted((ROOT / "tests" / "articles").glob("*.txt"))[:5] + sorted((ROOT / "examples").glob("*.txt"))
RUNS = int(os.environ.get("ARCHIVIST_CRASH_RUNS", "20"))
SEED = int(os.environ.get("ARCHIVIST_CRASH_SEED", "7"))
LEFTOVER_SUFFIXES = (".staging", ".part", ".deleting")

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]


def command(folder: Path, out: Path, jobs: int, tar: bool = False) -> list[str]:
    exe = (
        [ARCHIVIST]
        if Path(ARCHIVIST).exists()
        else [sys.executable, "-c", "import sys; from archivist.cli import main; sys.exit(main())"]
    )
    return [*exe, "ingest", str(folder), "-o", str(out), "-j", str(jobs), *(["--tar"] if tar else [])]


def env() -> dict[str, str]:
    # fsync guards against power loss; a SIGKILLed process loses nothing the kernel already has, so the
    # kills are tested without it (and twice as many fit in the time). TMPDIR: the module's own
    # (``child_tmp``), which a killed run cannot clean.
    return {**os.environ, "PYTHONPATH": str(ROOT / "src"), "ARCHIVIST_FSYNC": "0"}


@pytest.fixture(scope="module", autouse=True)
def child_tmp() -> Iterator[None]:
    """Every ingest this module runs (and kills) keeps its temporary files in a directory of its own,
    removed at the end (conftest.child_temp_dir)."""
    with child_temp_dir() as folder, pytest.MonkeyPatch.context() as patch:
        patch.setenv("TMPDIR", folder)
        yield


def launch(folder: Path, out: Path, jobs: int, tar: bool = False) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        command(folder, out, jobs, tar),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env(),
        start_new_session=True,
    )


def kill(process: subprocess.Popen[bytes]) -> bool:
    """SIGKILL the whole group (the command and its workers, as a power cut would). True if it was alive."""
    alive = process.poll() is None
    if alive:
        os.killpg(process.pid, signal.SIGKILL)
    process.communicate(timeout=60)
    return alive


def final_state_problems(out: Path) -> list[str]:
    """What under a final name is not a valid bag (a directory, or a ``.tar`` written by ``--tar``)."""
    from archivist.validate.bag import bag_problems

    problems = []
    if not out.exists():
        return problems
    for name in sorted(os.listdir(out)):
        if name.startswith("."):
            continue
        path = out / name
        if not path.is_dir() and not name.endswith(".tar"):
            problems.append(f"{name}: a non-hidden file under the output directory")
            continue
        errors = [p.line() for p in bag_problems(path) if p.severity == "error"]
        if errors:
            problems.append(f"{name}: {errors[0]} (+{len(errors) - 1} more)")
    return problems


def bags(out: Path) -> list[str]:
    if not out.exists():
        return []
    return sorted(n for n in os.listdir(out) if not n.startswith(".") and not n.endswith(".tar"))


def complete_and_check(folder: Path, out: Path, tar: bool = False) -> None:
    done = subprocess.run(
        command(folder, out, 1, tar), capture_output=True, text=True, env=env(), timeout=300
    )
    assert done.returncode == 0, f"re-run after the kill failed ({done.returncode}): {done.stderr}"
    assert "Traceback" not in done.stderr
    assert len(bags(out)) == len(ARTICLES), f"{len(bags(out))} bags for {len(ARTICLES)} articles: {bags(out)}"
    left = [n for n in os.listdir(out) if n.endswith(LEFTOVER_SUFFIXES)]
    assert not left, f"the re-run left staging behind: {left}"
    if tar:
        tars = sorted(n for n in os.listdir(out) if n.endswith(".tar"))
        assert tars == [f"{name}.tar" for name in bags(out)], tars
    assert final_state_problems(out) == []


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("collection")
    for path in ARTICLES:
        shutil.copyfile(path, folder / path.name)
    return folder


@pytest.fixture(scope="module")
def timing(folder: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[float, float]:
    """(seconds a complete run takes, seconds from its first staging directory to its last bag), here.

    Start-up (imports, schemas) is most of a short run, so half the kills are drawn over the whole run
    from its launch, and half over the working part, counted from the moment the first staging
    directory appears (so a loaded machine's slower start does not push them past the work)."""
    out = tmp_path_factory.mktemp("measure") / "bags"
    began = time.monotonic()
    process = launch(folder, out, 1)
    assert _wait_for(lambda: bool(_staging(out)), process, 120)
    staged = time.monotonic()
    _wait_for(lambda: len(bags(out)) == len(ARTICLES), process, 120)
    working = time.monotonic() - staged
    assert process.wait(timeout=300) == 0, process.stderr.read() if process.stderr else ""
    total = time.monotonic() - began
    complete_and_check(folder, out)
    return total, max(working, 0.05)


def test_random_kills(folder: Path, timing: tuple[float, float], tmp_path: Path) -> None:
    """Kills come in pairs on one output directory (a crash, then a crash of the recovering run), then
    the command is run to completion: both the first run and a resumed run are killed at random points."""
    rng = random.Random(SEED)
    originals = {p.name: p.read_bytes() for p in folder.iterdir()}
    total, working = timing
    killed_alive = 0
    report = []
    for run in range(RUNS):
        out = tmp_path / f"chain{run // 2}"
        jobs = rng.choice([1, 1, 2])
        tar = (run // 2) % 2 == 1  # every other chain also writes tars
        in_work = rng.random() < 0.5
        delay = rng.uniform(0, working if in_work else total)
        process = launch(folder, out, jobs, tar)
        if in_work:
            _wait_for(lambda out=out: bool(_staging(out)), process, 120)
        time.sleep(delay)
        killed_alive += kill(process)
        when = f"{delay:.2f} s after {'the first staging directory' if in_work else 'launch'}"
        report.append(f"run {run}: -j {jobs}, tar {tar}, killed {when}, {len(bags(out))} bags")
        problems = final_state_problems(out)
        assert not problems, f"seed {SEED} run {run} (-j {jobs}, {when}): {problems}"
        if run % 2 == 1 or run == RUNS - 1:
            complete_and_check(folder, out, tar)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == originals, "an original was changed"
    print(f"{killed_alive} of {RUNS} kills hit a running ingest:", *report, sep="\n")  # shown with -s
    # Most kills must land while ingest is working, or the test proves little.
    assert killed_alive >= RUNS // 2, (
        f"only {killed_alive} of {RUNS} kills hit a running ingest:\n" + "\n".join(report)
    )


def _wait_for(predicate: Callable[[], bool], process: subprocess.Popen[bytes], seconds: float = 60) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        if process.poll() is not None:
            return False
        time.sleep(0.001)
    return False


def _staging(out: Path) -> list[str]:
    return [n for n in os.listdir(out) if n.endswith(".staging")] if out.exists() else []


@pytest.mark.parametrize("point", ["first-staging", "second-staging", "first-bag", "first-tar-part"])
def test_targeted_kills(folder: Path, tmp_path: Path, point: str) -> None:
    out = tmp_path / "bags"
    tar = point == "first-tar-part"
    process = launch(folder, out, 1, tar)
    seen: set[str] = set()

    def second_staging() -> bool:
        seen.update(_staging(out))
        return len(seen) >= 2

    def tar_part() -> bool:
        return out.exists() and any(n.endswith(".tar.part") or ".tar." in n for n in os.listdir(out))

    predicate = {
        "first-staging": lambda: bool(_staging(out)),
        "second-staging": second_staging,
        "first-bag": lambda: bool(bags(out)),
        "first-tar-part": tar_part,
    }[point]
    reached = _wait_for(predicate, process)
    alive = kill(process)
    assert reached and alive, f"the run ended before the kill point {point!r} was seen"
    assert final_state_problems(out) == []
    complete_and_check(folder, out, tar)
