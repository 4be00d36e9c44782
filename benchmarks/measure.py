"""Whole-process timing: wall time, and peak memory of the process tree (pool workers too)."""

from __future__ import annotations

import os
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Run:
    seconds: float
    max_rss_mib: float  # largest single process (getrusage of the waited-for tree)
    tree_pss_mib: float  # sampled peak of the summed PSS of the process and its descendants
    stdout: str


def run(
    cmd: list[str],
    *,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    sample_memory: bool = False,
) -> Run:
    """Run CMD to completion; raise with its output if it fails."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=out, stderr=err, text=True)
        sampler = _Sampler(proc.pid) if sample_memory else None
        _, status, usage = os.wait4(proc.pid, 0)  # rusage of this child and its reaped tree
        elapsed = time.perf_counter() - start
        proc.returncode = code = os.waitstatus_to_exitcode(status)
        peak_pss = sampler.stop() if sampler else 0.0
        out.seek(0), err.seek(0)
        stdout, stderr = out.read(), err.read()
    if code:
        raise RuntimeError(
            f"{' '.join(map(str, cmd))} exited {code}:\n{stdout[-2000:]}{stderr[-4000:]}"
        )
    return Run(elapsed, usage.ru_maxrss / 1024, peak_pss, stdout)


class _Sampler:
    """Polls /proc every 20 ms: the sum of PSS (shared pages split fairly between the forked
    black workers) over the process and all its descendants."""

    def __init__(self, pid: int) -> None:
        self.pid, self.peak, self._stop = pid, 0.0, threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, sum(map(_pss_kib, _tree(self.pid))) / 1024)
            self._stop.wait(0.02)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak


def _tree(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                todo += map(int, Path(f"/proc/{p}/task/{task}/children").read_text().split())
        except OSError:
            pass
    return found


def _pss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0
