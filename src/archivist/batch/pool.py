"""The ``--jobs N`` worker pool: how its processes start, what their signals do, how they are stopped.

Start method: forkserver where there is one (the parent has threads, and forking a threaded process can
copy a held lock into the child), with ``archivist.batch.warm`` preloaded in the fork server so that every
worker starts with the schemas compiled; spawn elsewhere.

The fork server listens on a UNIX socket that multiprocessing names
``<temporary directory>/pymp-XXXXXXXX/listener-XXXXXXXX``, and a UNIX socket's path may not exceed 107
bytes (``sun_path`` is 108 with its NUL, on Linux). A ``TMPDIR`` longer than 75 bytes (deep CI
workspaces, a job scheduler's per-job directories) made every ``--jobs N`` run fail outright with
"AF_UNIX path too long". The pool's directory then goes under a short base instead (``$XDG_RUNTIME_DIR``,
``/tmp``, ``/var/tmp``, ``/dev/shm``): made by ``mkdtemp`` (mode 0700, a fresh name, so nobody else's
directory is ever used), removed at exit as multiprocessing removes its own. When no short base can be
written, the pool falls back to spawn, which needs no socket (its workers start cold: ≈ 0.8 s of CPU each).

Signals: a worker ignores SIGINT (Ctrl-C reaches the whole process group; the parent decides what stops,
and each worker finishes what it has). SIGTERM and SIGHUP stop a worker's running task by unwinding it
(``archivist.termination.stop_in_tasks``): its staged bags and temporary files are removed. The parent,
when it is stopped by one of them, sends the same signal to its workers before it shuts the pool down
(``shut_down``), so that they stop now rather than after their current group.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import shutil
import signal
import tempfile
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import util as multiprocessing_util

from archivist.termination import stop_in_tasks, stop_requested

SOCKET_PATH_MAX = 107
# What multiprocessing adds to the temporary directory for the fork server's socket (8 random characters each)
_SOCKET_TAIL = os.path.join("pymp-XXXXXXXX", "listener-XXXXXXXX")
SHORT_BASES = ("/tmp", "/var/tmp", "/dev/shm")


def make_pool(jobs: int) -> ProcessPoolExecutor:
    _start_resource_tracker()
    method = start_method()
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        # The fork server imports archivist and compiles every schema once (archivist.batch.warm);
        # each worker forked from it starts warm instead of spending ≈ 0.8 s of CPU on its own.
        context.set_forkserver_preload(["archivist.batch.warm"])
    return ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_init_worker)


def start_method() -> str:
    """forkserver when this system has it and its socket can be given a path that fits, else spawn."""
    if "forkserver" in multiprocessing.get_all_start_methods() and fork_server_socket_fits():
        return "forkserver"
    return "spawn"


def fork_server_socket_fits() -> bool:
    """Make sure multiprocessing's temporary directory leaves room for the fork server's socket path
    (see the module docstring): keep it when it does, else make a private one under a short base.
    False when no short base could be used."""
    config = multiprocessing.current_process()._config  # where multiprocessing.util.get_temp_dir keeps it
    made = config.get("tempdir")
    probe = (
        os.path.join(made, "listener-XXXXXXXX") if made else os.path.join(tempfile.gettempdir(), _SOCKET_TAIL)
    )
    if _fits(probe):
        return True
    for base in short_bases():
        try:
            folder = tempfile.mkdtemp(prefix="pymp-", dir=base)
        except OSError:
            continue
        # Removed at exit, after the pool and its fork server are gone, as multiprocessing's own is.
        multiprocessing_util.Finalize(None, _remove, args=(folder,), exitpriority=-100)
        config["tempdir"] = folder
        return True
    return False


def short_bases() -> list[str]:
    """Where a private directory for the socket may go: ``$XDG_RUNTIME_DIR`` (the user's own, 0700),
    then the system's usual temporary directories; only those short enough."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    bases = ([runtime] if os.path.isabs(runtime) else []) + list(SHORT_BASES)
    usable = (base for base in dict.fromkeys(bases) if os.path.isdir(base))
    return [base for base in usable if _fits(os.path.join(base, _SOCKET_TAIL))]


def _fits(path: str) -> bool:
    return len(os.fsencode(path)) <= SOCKET_PATH_MAX


def _remove(folder: str) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def shut_down(pool: ProcessPoolExecutor, stopped_by: int | None = None) -> None:
    """Shut ``pool`` down: articles not started are cancelled, those being worked on finished; when
    this process is being stopped (SIGTERM, SIGHUP: ``stopped_by`` or the signal it received), the
    workers are sent the same signal first, so that they unwind what they are doing instead."""
    signal_number = stopped_by or stop_requested()
    if signal_number is not None:
        # ProcessPoolExecutor has no public list of its processes; _processes maps pid → process.
        for pid in list(getattr(pool, "_processes", None) or {}):
            with contextlib.suppress(ProcessLookupError, PermissionError):  # it has ended already
                os.kill(pid, signal_number)
    pool.shutdown(wait=True, cancel_futures=True)


def _start_resource_tracker() -> None:
    """multiprocessing's resource tracker (a process of its own, which removes the pool's semaphores
    should the parent die) ignores SIGINT and SIGTERM but not SIGHUP: a SIGHUP sent to the whole process
    group killed it, and at exit the parent printed a warning and a traceback per semaphore. Started here
    with SIGHUP blocked, it keeps it blocked (a signal mask survives fork and exec) and never receives it;
    here it is only held back for the moment of the start."""
    if not hasattr(signal, "pthread_sigmask"):
        return
    from multiprocessing import resource_tracker

    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGHUP})
    try:
        resource_tracker.ensure_running()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _init_worker() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    stop_in_tasks()
