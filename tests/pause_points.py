"""Named points inside a deposit where a test stops it (to kill it or pull the repository away), by
wrapping the step that follows or precedes the point; the library itself has no test hook.

  ocfl.before-rename   the object or new version is complete in the staging workspace, not yet moved in
  s3.after-upload      the tar is uploaded to the staging key, not yet verified or published
  s3.before-publish    the staging key is verified, not yet copied to the final key
  audit.after-first-check  an audit has checked one object in one copy, not yet logged nor journaled it
  audit.after-first-object an audit has finished one object in every copy and written its report lines
  ingest.before-sync   a batch's first group of bags is staged and checked, not yet synced or renamed
  ingest.before-dir-sync   the group's bags are renamed into place, their directory not yet synced
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

# point → (module, function, whether the point is after the function rather than before it)
POINTS: dict[str, list[tuple[str, str, bool]]] = {
    "ocfl.before-rename": [
        ("archivist.deposit.ocfl", "_move_in", False),
        ("archivist.deposit.ocfl", "_exchange", False),
    ],
    "s3.after-upload": [("archivist.deposit.s3", "_upload_staging", True)],
    "s3.before-publish": [("archivist.deposit.s3", "_publish", False)],
    "audit.after-first-check": [("archivist.audit.run", "log_check", False)],
    "audit.after-first-object": [("archivist.audit.run", "_finish_object", True)],
    "ingest.before-sync": [("archivist.fsutil", "sync_trees", False)],
    "ingest.before-dir-sync": [("archivist.fsutil", "fsync_dir", False)],
}


def install(point: str, action: Callable[[str], None], setattr: Callable[..., Any] | None = None) -> None:
    """Call ``action(point)`` when a deposit reaches ``point``. ``setattr`` may be a pytest
    ``monkeypatch.setattr`` (undone after the test); by default the module is patched for good (a
    subprocess)."""
    import importlib

    for module_name, name, after in POINTS[point]:
        module = importlib.import_module(module_name)
        real = getattr(module, name)

        def wrapped(*args: Any, _real: Callable[..., Any] = real, _after: bool = after, **kwargs: Any) -> Any:
            if not _after:
                action(point)
            result = _real(*args, **kwargs)
            if _after:
                action(point)
            return result

        (setattr or _setattr)(module, name, wrapped)


def _setattr(module: object, name: str, value: object) -> None:
    setattr(module, name, value)


def pause_forever(point: str) -> None:
    """Say where we stopped (and in which process) and sleep until a signal ends or stops the process
    (for kill tests)."""
    sys.stderr.write(f"archivist: paused at {point} (pid {os.getpid()})\n")
    sys.stderr.flush()
    while True:
        time.sleep(60)


def main(point: str, args: list[str]) -> None:
    """``archivist ARGS``, paused forever at ``point``: what a crash test runs in a subprocess. Run as the
    ``archivist`` command runs (``archivist.cli.run``: its signal handling included)."""
    install(point, pause_forever)
    from archivist.cli import run

    sys.argv[1:] = args
    run()


def kill_when_paused(
    point: str, args: list[str], *, env: dict[str, str], stdout: int | None = subprocess.DEVNULL
) -> subprocess.Popen[bytes]:
    """Run ``archivist ARGS`` in a subprocess until it says it paused at ``point``, then SIGKILL it.

    ``env``: the child's environment, the fixture ``killed_child_env`` (a ``TMPDIR`` of its own, removed
    after the test: the killed child cannot remove what it put there). Fails the test (with what the
    process said) if it ended without reaching the point."""
    tests = str(Path(__file__).parent)
    script = (
        f"import sys; sys.path.insert(0, {tests!r}); import pause_points; "
        f"pause_points.main({point!r}, sys.argv[1:])"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", script, *args], stdout=stdout, stderr=subprocess.PIPE, env=env
    )
    seen: list[str] = []
    try:
        assert process.stderr is not None
        for raw in process.stderr:  # ends at EOF if the command exits without reaching the point
            seen.append(raw.decode())
            if f"paused at {point}" in seen[-1]:
                break
        assert seen and f"paused at {point}" in seen[-1], "".join(seen)
    finally:
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=60)
    return process


PAUSE_SITE = str(Path(__file__).parent / "pause_site")


def stop_when_paused(
    point: str,
    args: list[str],
    *,
    env: dict[str, str],
    signal_number: int,
    pauses: int = 1,
    everywhere: bool = False,
    group: bool = False,
) -> tuple[subprocess.Popen[bytes], list[str], list[int]]:
    """Run ``archivist ARGS`` until ``pauses`` processes say they paused at ``point``, then send it
    ``signal_number`` and wait for it to end (at most 120 s).

    ``everywhere``: the point is installed in every process of the run, worker processes included
    (``tests/pause_site``), not only in the command's own. ``group``: the signal goes to the whole
    process group, as systemd, Slurm or a closed terminal send it, rather than to the command alone,
    as ``kill PID`` does. Returns the ended process, the lines it wrote on stderr other than the pause
    lines, and the ids of the processes that paused. Fails the test if it ended before pausing."""
    if everywhere:
        env = {**env, "ARCHIVIST_TEST_PAUSE": point, "PYTHONPATH": PAUSE_SITE}
        command = [sys.executable, "-m", "archivist", *args]
    else:
        tests = str(Path(__file__).parent)
        script = (
            f"import sys; sys.path.insert(0, {tests!r}); import pause_points; "
            f"pause_points.main({point!r}, sys.argv[1:])"
        )
        command = [sys.executable, "-c", script, *args]
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, start_new_session=True
    )
    assert process.stderr is not None
    seen: list[str] = []
    paused: list[int] = []
    try:
        for raw in process.stderr:  # ends at EOF if the command exits without reaching the point
            seen.append(raw.decode())
            if f"paused at {point}" in seen[-1]:
                paused.append(int(seen[-1].rsplit("pid ", 1)[1].rstrip(")\n")))
                if len(paused) == pauses:
                    break
        assert len(paused) == pauses, "".join(seen)
        if group:
            os.killpg(process.pid, signal_number)
        else:
            process.send_signal(signal_number)
        # Until every process of the run has closed its stderr: the command, its fork server, its workers.
        _, rest = process.communicate(timeout=120)
    except BaseException:
        with _suppress_lookup():
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=60)
        raise
    lines = [line for line in [*seen, *rest.decode().splitlines(keepends=True)] if "paused at" not in line]
    return process, [line.rstrip("\n") for line in lines], paused


def _suppress_lookup() -> Any:
    import contextlib

    return contextlib.suppress(ProcessLookupError)
