"""Peak memory and CPU of a command's whole process tree, sampled with psutil every 20 ms.

A ``--jobs`` pool's workers are children of its fork server, not of the command, so ``RUSAGE_CHILDREN``
misses their CPU; sampling the tree sees them (and misses only the last < 20 ms of each process).
Shared by the benchmarks that run archivist as a command (bench_batch.py, goals.py).
"""

from __future__ import annotations

import threading
import time

import psutil


class TreeSampler:
    """Samples the tree under ``pid`` on a thread until ``stop()``: peak summed RSS, CPU per process."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak_rss = 0
        self.cpu_by_pid: dict[int, float] = {}
        self.sys_by_pid: dict[int, float] = {}  # the kernel's share of cpu_by_pid
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    @property
    def cpu_seconds(self) -> float:
        return sum(self.cpu_by_pid.values())

    @property
    def sys_seconds(self) -> float:
        return sum(self.sys_by_pid.values())

    def stop(self) -> TreeSampler:
        self._done.set()
        self._thread.join()
        return self

    def _sample(self) -> None:
        while not self._done.is_set():
            try:
                root = psutil.Process(self.pid)
                procs = [root, *root.children(recursive=True)]
            except psutil.NoSuchProcess:
                return  # the command has ended (and been reaped)
            rss = 0
            for process in procs:
                try:
                    with process.oneshot():
                        rss += process.memory_info().rss
                        times = process.cpu_times()
                        self.cpu_by_pid[process.pid] = times.user + times.system
                        self.sys_by_pid[process.pid] = times.system
                except psutil.NoSuchProcess:
                    continue
            self.peak_rss = max(self.peak_rss, rss)
            time.sleep(0.02)
