"""The ``--jobs N`` worker pool: how its processes start, what their signals do, how they are stopped.

Start method: forkserver where there is one (the parent has threads, and forking a threaded process can
copy a held lock into the child), with ``archivist.batch.warm`` preloaded in the fork server so that every
worker starts with the schemas compiled; spawn elsewhere.

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
import signal
from concurrent.futures import ProcessPoolExecutor

from archivist.termination import stop_in_tasks, stop_requested


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
    """forkserver when this system has it, else spawn."""
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


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
