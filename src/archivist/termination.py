"""Stopping on SIGTERM and SIGHUP the way Ctrl-C stops: by unwinding, so that nothing is left behind.

SIGTERM is what ``kill``, systemd, Slurm, Kubernetes and CI timeouts send; SIGHUP what a closed terminal or
SSH session sends. Python's default for both ends the process on the spot: no ``finally`` runs and no
``with`` exits, so an S3 deposit's private tar of the bag, the OCFL deposit's copy, a ``--jobs`` pool's
``pymp-*`` directory and its workers' staged bags all stay where they were. Ctrl-C does not have that
problem: Python raises ``KeyboardInterrupt`` and every block unwinds.

``stop_on_signals()`` (``archivist.cli.run``, the ``archivist`` command's entry point) gives SIGTERM
and SIGHUP the same treatment: the first of them raises ``Terminated`` in the main thread, wherever it
is, and every block unwinds as for Ctrl-C. ``Terminated`` is a ``BaseException``, as
``KeyboardInterrupt`` is, so that the ``except Exception`` with which a batch survives one bad article
never swallows it. Later signals, while the process unwinds, are noted and otherwise ignored: a second
``kill`` (or the same signal sent to the whole process group and forwarded to a worker as well) must
not interrupt the clean-up the first one started. SIGKILL still ends the process at once; what it
leaves is what a power cut leaves, which every writer already survives (staging directories, cleared
by the next run).

The process then exits with 128 + the signal's number (143 for SIGTERM, 129 for SIGHUP), the shell's
convention, as Ctrl-C exits with 130.

Worker processes (``archivist.batch``'s ``--jobs`` pool) call ``stop_in_tasks()`` once: a signal raises
``Terminated`` only while a task runs (``run_task``), unwinding that task; an idle worker ignores it and
ends when its pool is shut down, and a stopped worker takes no further task.
"""

from __future__ import annotations

import signal
from collections.abc import Callable
from types import FrameType
from typing import Any, TypeVar

STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP)
T = TypeVar("T")


class Terminated(BaseException):
    """The process was asked to stop by ``signal_number`` (SIGTERM or SIGHUP)."""

    def __init__(self, signal_number: int) -> None:
        super().__init__(signal_number)  # the one argument: pickled back from a worker as it is
        self.signal_number = signal_number

    @property
    def exit_code(self) -> int:
        return 128 + self.signal_number

    @property
    def signal_name(self) -> str:
        try:
            return signal.Signals(self.signal_number).name
        except ValueError:
            return f"signal {self.signal_number}"

    def line(self) -> str:
        return f"terminated ({self.signal_name})"


class _Stopping:
    """The process's stop state: the first stop signal received, if any."""

    received: int | None = None
    in_task = False  # in a worker: a task is running (``run_task``)
    worker = False


def _raise_once(signal_number: int, frame: FrameType | None) -> None:
    if _Stopping.received is not None:
        return  # already unwinding: let the clean-up finish
    if _Stopping.worker and not _Stopping.in_task:
        _Stopping.received = signal_number  # an idle worker: take no further task
        return
    _Stopping.received = signal_number
    raise Terminated(signal_number)


def stop_on_signals() -> None:
    """From now on, in this process, SIGTERM and SIGHUP raise ``Terminated`` in the main thread (once).

    For a process's entry point (``archivist.cli.run``): the handlers stay for the rest of the process's
    life, so that a second signal cannot cut short the clean-up that runs at exit (multiprocessing's
    finalizers remove the pool's directory then). Must be called from the main thread."""
    _Stopping.received = None
    for number in STOP_SIGNALS:
        signal.signal(number, _raise_once)


def stop_in_tasks() -> None:
    """In a worker process: SIGTERM and SIGHUP stop the running task (``run_task``), never an idle
    worker, and the worker takes no task after that."""
    _Stopping.worker = True
    _Stopping.received = None
    for number in STOP_SIGNALS:
        signal.signal(number, _raise_once)


def run_task(function: Callable[..., T], *args: Any) -> T:
    """``function(*args)`` in a worker, stoppable by SIGTERM/SIGHUP (``stop_in_tasks``); refused with
    ``Terminated`` when the worker was already asked to stop."""
    _Stopping.in_task = True  # before the check: a signal from here on raises, none is missed
    try:
        if _Stopping.received is not None:
            raise Terminated(_Stopping.received)
        return function(*args)
    finally:
        _Stopping.in_task = False


def stop_requested() -> int | None:
    """The stop signal this process received, if any."""
    return _Stopping.received
