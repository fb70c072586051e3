"""Bounds on work per document: a wall-clock limit for code we do not control (trafilatura),
and the garbage collector kept from turning long pages quadratic.

The limit is a `SIGALRM` timer, so it only works in the main thread of a process whose
alarm is free; elsewhere `time_limit` bounds nothing and callers rely on their size limits.
"""

from __future__ import annotations

import gc
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

__all__ = ["TimeLimitExceeded", "collector_paused", "time_limit"]


class TimeLimitExceeded(BaseException):
    # the bounded code must not swallow it)
    """The bounded code ran longer than its limit."""


def _expired(_signum: int, _frame: FrameType | None) -> None:
    raise TimeLimitExceeded


def _alarm_free() -> bool:
    if (
        not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        return False
    if signal.getsignal(signal.SIGALRM) not in (signal.SIG_DFL, None):
        return False  # the application uses the alarm: leave it alone
    return signal.getitimer(signal.ITIMER_REAL)[0] == 0


@contextmanager
def time_limit(seconds: float | None) -> Iterator[bool]:
    """Raise `TimeLimitExceeded` in the block after `seconds`; yields whether it is bounded."""
    if seconds is None or not _alarm_free():
        yield False
        return
    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield True
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


PAUSE_GC_CHARS = 200_000  # longer inputs are cleaned with the cyclic collector paused


@contextmanager
def collector_paused(chars: int) -> Iterator[None]:
    """Pause Python's cyclic garbage collector while an input of `chars` characters (a long
    one) is cleaned.

    Each full collection walks every tracked object, and as a page's lines, claims and
    articles pile up the collector runs them more often: measured, cleaning time grew 18x
    for 10x the lines with it on, 10x with it off. The pipeline makes no reference cycles
    it needs freed mid-page; what it leaves is collected once the collector is back on.
    """
    if chars < PAUSE_GC_CHARS or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
