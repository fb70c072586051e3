"""The one process pool: chunks of inputs cleaned in workers, results in input order.

Both the CLI (`batch`) and the streaming core (`stream.clean_records`, behind the datatrove
step and the datasets helper) clean through it, so both get the same guarantees: at most
`jobs * 4` chunks in flight (memory stays flat on any corpus), order independent of `jobs`,
workers stopped at once on Ctrl-C or when the consumer stops reading, and a worker that dies
(killed, out of memory) failing only the inputs that kill it.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Generic, TypeVar

__all__ = ["available_cpus", "chunks", "map_chunks"]

T = TypeVar("T")
A = TypeVar("A")
R = TypeVar("R")
CHUNKS_IN_FLIGHT_PER_JOB = 4
PR_SET_PDEATHSIG = 1  # linux/prctl.h


def available_cpus() -> int:
    """CPUs this process may run on (its affinity mask, not the machine's count)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of `size` items (the last one shorter), read lazily."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def map_chunks(
    work: Callable[[list[T], A], list[R]],
    items: Iterable[T],
    arg: A,
    *,
    jobs: int,
    chunk_size: int,
    died: Callable[[T], R],
) -> Iterator[R]:
    """`work(chunk, arg)` over chunks of `items`, one result per item, in input order, lazily.

    `work` runs in `jobs` processes (in this one when `jobs <= 1`); it, `arg`, the items and
    the results must then be picklable. `died(item)` is the result of an item whose worker
    died even when it was cleaned alone.
    """
    if jobs <= 1:  # one item at a time: nothing is read before it is asked for
        for item in items:
            yield from work([item], arg)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    pool = _Pool(work, arg, died, jobs, context)
    try:
        pending: deque[tuple[Future[list[R]], list[T]]] = deque()
        for chunk in chunks(items, chunk_size):
            pending.append((pool.submit(chunk), chunk))
            if len(pending) >= jobs * CHUNKS_IN_FLIGHT_PER_JOB:
                yield from pool.results(pending)
        while pending:
            yield from pool.results(pending)
    except BaseException:  # Ctrl-C, SIGTERM, a consumer that stops: stop the workers now
        pool.kill()
        raise
    pool.close()


def _worker_init() -> None:
    """Workers leave Ctrl-C to the parent, which stops them, die quietly on SIGTERM, and on
    Linux die with the parent even when it is killed by SIGKILL."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a forked worker inherits the CLI's handler
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


class _Pool(Generic[T, A, R]):
    """Worker processes. When one dies, every chunk in flight fails with it: the chunk being
    waited for is cleaned again alone, then item by item, so only the items that kill a
    worker fail; the pool restarts for the others."""

    def __init__(
        self,
        work: Callable[[list[T], A], list[R]],
        arg: A,
        died: Callable[[T], R],
        jobs: int,
        context: multiprocessing.context.BaseContext,
    ) -> None:
        self.work, self.arg, self.died = work, arg, died
        self.jobs = jobs
        self.context = context
        self.executor = self._start(jobs)

    def _start(self, jobs: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(jobs, mp_context=self.context, initializer=_worker_init)

    def submit(self, chunk: list[T]) -> Future[list[R]]:
        """The chunk's future; when a worker has died since the last result was read, the
        executor refuses new work, and the chunk waits, failed, for `results` to redo it."""
        try:
            return self.executor.submit(self.work, chunk, self.arg)
        except BrokenProcessPool as broken:
            failed: Future[list[R]] = Future()
            failed.set_exception(broken)
            return failed

    def results(self, pending: deque[tuple[Future[list[R]], list[T]]]) -> list[R]:
        future, chunk = pending.popleft()
        try:
            return future.result()
        except BrokenProcessPool:
            self.kill()
        found = self._alone(chunk)
        if found is None:
            found = []
            for item in chunk:
                one = self._alone([item]) if len(chunk) > 1 else None
                found.extend(one if one is not None else [self.died(item)])
        self.executor = self._start(self.jobs)
        for n, (_, waiting) in enumerate(pending):
            pending[n] = (self.submit(waiting), waiting)
        return found

    def _alone(self, chunk: list[T]) -> list[R] | None:
        """The chunk cleaned in a worker of its own; None when that worker dies too."""
        with self._start(1) as single:
            try:
                return single.submit(self.work, chunk, self.arg).result()
            except BrokenProcessPool:
                return None

    def close(self) -> None:
        self.executor.shutdown()

    def kill(self) -> None:
        # `_processes` is private, but there is no public way to stop running workers before
        # Python 3.14; waiting for them could take as long as a chunk does.
        processes = list((getattr(self.executor, "_processes", None) or {}).values())
        self.executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            with contextlib.suppress(OSError, ValueError, AttributeError):
                process.kill()
        for process in processes:
            with contextlib.suppress(OSError, ValueError, AttributeError, AssertionError):
                process.join(5)
