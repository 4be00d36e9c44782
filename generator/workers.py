"""Forked worker processes: black formatters and the background spec validator.

Forked, not spawned: a worker starts in milliseconds with the generator already imported and
sees the parent's data (the loaded spec) without pickling it. Workers freeze the GC they
inherit, so they do not copy the pages they share with the parent. No threads: each process
talks over one pipe, so the parent may fork again safely. Where fork is unsafe or missing
(macOS, Windows) the callers run the same functions in-process.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:  # multiprocessing costs ~20 ms to import: only when a worker starts
    from multiprocessing.connection import Connection

T = TypeVar("T")
R = TypeVar("R")


def can_fork() -> bool:
    """Forking is safe and cheap on Linux; elsewhere (macOS' frameworks, Windows) it is not."""
    return sys.platform == "linux" and hasattr(os, "fork")


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class _Worker:
    """One forked process: runs `job` once, or else serves (index, func, arg) tasks."""

    def __init__(self, warm: Callable[[], object] | None, job: tuple[Any, ...] | None) -> None:
        import multiprocessing

        context = multiprocessing.get_context("fork")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, warm, job), daemon=True)
        self.process.start()
        child.close()

    def close(self) -> None:
        """Stop it now, busy or not: a worker writes nothing and holds nothing the parent needs
        (and on a failed run it may still be importing black)."""
        self.conn.close()
        self.process.kill()
        self.process.join()


def _serve(
    conn: Connection, warm: Callable[[], object] | None, job: tuple[Any, ...] | None
) -> None:
    gc.freeze()  # the child's GC never touches what it shares with the parent: no page copies
    if job is not None:
        func, arg = job
        conn.send(_call(func, arg))
        return
    if warm is not None:
        warm()  # e.g. import black while the parent is still loading the spec
    while (task := conn.recv()) is not None:
        index, func, arg = task
        conn.send((index, *_call(func, arg)))


def _call(func: Callable[[Any], Any], arg: Any) -> tuple[bool, Any]:
    try:
        return True, func(arg)
    except BaseException as exc:  # the parent redoes the work in-process to raise it there
        return False, repr(exc)


class Pool:
    """A few forked workers mapping a function over items, the biggest items first."""

    def __init__(self, count: int, warm: Callable[[], object] | None = None) -> None:
        self.warm = warm
        self.workers = [_Worker(warm, None) for _ in range(count)]

    def grow(self, count: int) -> None:
        """At least `count` workers."""
        self.workers += [_Worker(self.warm, None) for _ in range(count - len(self.workers))]

    def map(
        self,
        func: Callable[[T], R],
        items: Sequence[T],
        cost: Callable[[T], int],
        big: int = 0,
        grow: tuple[int, Callable[[], bool]] | None = None,
    ) -> list[R]:
        """func(item) for each item, in order. Items go out one at a time to whichever worker is
        free, costliest first, so one big item does not finish last alone; but only one item
        costing more than `big` (if set) at a time: black's memory grows with the file, and two
        of the largest at once would double the peak. `grow` = (count, busy): the pool grows to
        `count` workers once `busy()` turns false (another process holds a core, and memory,
        until then: no big item goes out before).
        An item whose worker failed or died is redone in-process (where a real exception
        surfaces normally)."""
        costs = [cost(item) for item in items]
        plan = _Plan(sorted(range(len(items)), key=lambda i: -costs[i]))
        results: dict[int, R] = {}
        from multiprocessing.connection import Connection, wait

        idle = [w.conn for w in self.workers]
        busy: dict[Connection, int] = {}
        while True:
            waiting = grow is not None and len(self.workers) < grow[0]
            if grow is not None and waiting and not grow[1]():
                started, waiting = len(self.workers), False
                self.grow(grow[0])
                idle += [w.conn for w in self.workers[started:]]
            # no big item while waiting: its memory would add to the other process's
            is_big = lambda i: 0 < big < costs[i]  # noqa: E731
            while idle and (index := plan.next(is_big, allow_big=not waiting)) is not None:
                conn = idle.pop()
                try:
                    conn.send((index, func, items[index]))
                    busy[conn] = index
                except OSError:  # the worker died
                    plan.failed(index)
            if not busy:
                if waiting and idle and plan.pending():  # only big items left: wait
                    time.sleep(0.05)
                    continue
                break
            for ready in wait(list(busy), timeout=0.05 if waiting else None):
                assert isinstance(ready, Connection)  # wait() returns what it was given
                index = busy.pop(ready)
                conn = ready
                try:
                    _, ok, value = conn.recv()
                except (EOFError, OSError):  # the worker died: no more tasks for it
                    plan.failed(index)
                    continue
                if ok:
                    results[index] = value
                    plan.finished(index)
                else:
                    plan.failed(index)
                idle.append(conn)
        for index in plan.left():  # failed, or left over when every worker died
            results[index] = func(items[index])
        return [results[i] for i in range(len(items))]

    def close(self) -> None:
        for worker in self.workers:
            worker.close()


class _Plan:
    """What to send next: the costliest item, unless a big one is already out (then the
    costliest small one, or nothing until the big one is back)."""

    def __init__(self, order: list[int]) -> None:
        self.order, self.out_big, self.redo = order, -1, list[int]()

    def next(self, is_big: Callable[[int], bool], allow_big: bool = True) -> int | None:
        for position, index in enumerate(self.order):
            if is_big(index):
                if self.out_big >= 0 or not allow_big:
                    continue
                self.out_big = index
            return self.order.pop(position)
        return None

    def finished(self, index: int) -> None:
        if index == self.out_big:
            self.out_big = -1

    def failed(self, index: int) -> None:
        self.finished(index)
        self.redo.append(index)

    def pending(self) -> bool:
        return bool(self.order)

    def left(self) -> list[int]:
        return self.redo + self.order


class Background(Generic[T, R]):
    """`func(arg)` in a forked process while the parent goes on; the child sees `arg` through
    fork, without pickling it. `result()` redoes the call in-process if the child failed."""

    def __init__(self, func: Callable[[T], R], arg: T) -> None:
        self.func, self.arg = func, arg
        self.worker = _Worker(None, (func, arg))

    def done(self) -> bool:
        """Its result is ready (or it died): `result()` will not wait."""
        try:
            return self.worker.conn.poll()
        except (EOFError, OSError):
            return True

    def result(self) -> R:
        try:
            ok, value = self.worker.conn.recv()
        except (EOFError, OSError):
            ok, value = False, None
        finally:
            self.worker.close()
        return value if ok else self.func(self.arg)
