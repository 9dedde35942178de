"""Concurrency (issue 7): two ingests of the same collection into the same directory at once.

Every article's bag exists exactly once under its final name, each bag validates, no staging directory
or partial file is left, and each run ends with exit 0 (every article ingested by it or found present).

Two timings: both `archivist ingest` processes started together, and the second one started the moment
the first one's first staging directory appears (the second run's start-up clean-up of "leftovers from a
killed run" then meets the first run's live work). A third test races `ingest_article` on one article in
two `multiprocessing` processes, many times.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# The installed command; without it, the same entry point through this interpreter.
ARCHIVIST = (
    [str(ROOT / ".venv" / "bin" / "archivist")]
    if (ROOT / ".venv" / "bin" / "archivist").exists()
    else [sys.executable, "-c", "import sys; from archivist.cli import main; sys.exit(main())"]
)
ARTICLES = sorted((ROOT / "tests" / "articles").glob("*.txt")) + sorted((ROOT / "examples").glob("*.txt"))
LEFTOVER_SUFFIXES = (".staging", ".part", ".deleting")

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]


def collection(tmp_path: Path) -> Path:
    folder = tmp_path / "collection"
    folder.mkdir()
    for path in ARTICLES:
        shutil.copyfile(path, folder / path.name)
    return folder


def env() -> dict[str, str]:
    return {**os.environ, "ARCHIVIST_FSYNC": "0", "PYTHONPATH": str(ROOT / "src")}


def start(folder: Path, out: Path, jobs: int = 1, tar: bool = False) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            *ARCHIVIST,
            "ingest",
            str(folder),
            "-o",
            str(out),
            "-j",
            str(jobs),
            "--json",
            *(["--tar"] if tar else []),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env(),
    )


def finish(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    stdout, stderr = process.communicate(timeout=240)
    return process.returncode, stdout, stderr


def check_output_dir(out: Path, expected: int, tar: bool = False) -> None:
    names = sorted(os.listdir(out))
    leftovers = [n for n in names if n.endswith(LEFTOVER_SUFFIXES)]
    assert not leftovers, f"staging left behind: {leftovers}"
    bags = [out / n for n in names if (out / n).is_dir()]
    assert len(bags) == expected, f"{len(bags)} bags for {expected} articles: {names}"
    tars = [out / n for n in names if n.endswith(".tar")]
    assert sorted(t.name for t in tars) == (sorted(f"{b.name}.tar" for b in bags) if tar else []), names
    bags += tars
    validate = subprocess.run(
        [*ARCHIVIST, "validate", "--quiet", *map(str, bags)],
        capture_output=True,
        text=True,
        env=env(),
        timeout=240,
    )
    assert validate.returncode == 0, validate.stdout + validate.stderr


@pytest.mark.parametrize("tar", [False, True], ids=["bags", "bags-and-tars"])
def test_two_ingests_started_together(tmp_path: Path, tar: bool) -> None:
    folder = collection(tmp_path)
    out = tmp_path / "bags"
    first, second = start(folder, out, jobs=2, tar=tar), start(folder, out, jobs=2, tar=tar)
    results = [finish(first), finish(second)]
    for code, _stdout, stderr in results:
        assert code == 0, f"exit {code}: {stderr}"
        assert "Traceback" not in stderr
    check_output_dir(out, len(ARTICLES), tar)


def test_second_ingest_starts_while_the_first_is_staging(tmp_path: Path) -> None:
    folder = collection(tmp_path)
    out = tmp_path / "bags"
    first = start(folder, out)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and first.poll() is None:
        if out.is_dir() and any(n.endswith(".staging") for n in os.listdir(out)):
            break
        time.sleep(0.005)
    else:
        pytest.fail("the first ingest never showed a staging directory")
    second = start(folder, out)
    results = [finish(first), finish(second)]
    for which, (code, _stdout, stderr) in zip(("first", "second"), results, strict=True):
        assert code == 0, f"{which} run: exit {code}: {stderr}"
    check_output_dir(out, len(ARTICLES))


def _ingest(args: tuple[str, str]) -> str:
    from archivist.ingest import ingest_article

    outcome = ingest_article(*args)
    return f"{outcome.status}: {outcome.error or ''}"


def test_ingest_article_races_on_one_article(tmp_path: Path) -> None:
    """Both processes build the same bag; one rename wins, the other reports it present."""
    context = multiprocessing.get_context("forkserver" if sys.platform.startswith("linux") else "spawn")
    rounds = 6
    with context.Pool(2) as pool:
        for index in range(rounds):
            out = tmp_path / f"round{index}"
            article = str(ARTICLES[index % len(ARTICLES)])
            statuses = sorted(pool.map(_ingest, [(article, str(out))] * 2))
            assert statuses == ["ingested: ", "present: "], statuses
            check_output_dir(out, 1)


def test_a_second_run_starting_meanwhile_leaves_live_staging_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Deterministic version of the staggered race: run A has a complete bag staged (being validated
    before its rename) when run B starts and clears "leftovers of killed runs". A's live staging
    directory is not a leftover: A must still end with its bag ingested (or present), not failed."""
    import threading

    import archivist.ingest.article as article_module
    from archivist.batch import ingest_collection
    from archivist.ingest import FAILED, ingest_article

    article = ARTICLES[-1]
    out = tmp_path / "bags"
    staged, release = threading.Event(), threading.Event()
    real_validate = article_module._validate_staged

    def held_validate(stage: Path) -> None:
        if threading.current_thread().name == "run-A":
            staged.set()
            assert release.wait(60)
        real_validate(stage)

    monkeypatch.setattr(article_module, "_validate_staged", held_validate)
    outcomes = []
    run_a = threading.Thread(target=lambda: outcomes.append(ingest_article(article, out)), name="run-A")
    run_a.start()
    try:
        assert staged.wait(60), "run A never staged its bag"
        time.sleep(0.05)  # run B starts strictly after A's staging directory was last touched
        summary = ingest_collection([str(article)], str(out), jobs=1)
    finally:
        release.set()
        run_a.join(60)
    assert summary.exit_code == 0
    assert outcomes and outcomes[0].status != FAILED, f"run A lost its staged bag: {outcomes[0].error}"
    check_output_dir(out, 1)


def test_two_ingests_race_on_the_tar(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run A has its bag and is about to write the tar when run B (finding the bag present) writes it:
    A must not fail an article whose bag and tar both exist and are complete."""
    import threading

    import archivist.bag.tarball as tarball
    from archivist.ingest import FAILED, ingest_article

    article = ARTICLES[-1]
    out = tmp_path / "bags"
    waiting, b_done = threading.Event(), threading.Event()
    real_write_tar = tarball.write_tar

    def held_write_tar(bag: Path, tar_path: Path, **kwargs: object) -> Path:
        if threading.current_thread().name == "run-A":
            waiting.set()
            assert b_done.wait(60)
        return real_write_tar(bag, tar_path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(tarball, "write_tar", held_write_tar)
    outcomes = []
    run_a = threading.Thread(
        target=lambda: outcomes.append(ingest_article(article, out, tar=True)), name="run-A"
    )
    run_a.start()
    try:
        assert waiting.wait(60), "run A never reached its tar"
        other = ingest_article(article, out, tar=True)
    finally:
        b_done.set()
        run_a.join(60)
    assert other.status != FAILED, other.error
    assert outcomes and outcomes[0].status != FAILED, f"run A failed: {outcomes[0].error}"
    check_output_dir(out, 1, tar=True)
