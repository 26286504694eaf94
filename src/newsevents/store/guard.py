"""A deadline and a memory ceiling around the coding of one input (settings ``input_seconds`` and
``input_memory_mb``).

A watchdog thread looks at the clock and at the process's resident memory ten times a second; when the
block runs past either limit it interrupts the block's thread: the main thread with a signal, whose handler
raises ``Overrun`` there (a sleep or a wait is cut short too), another thread (a Ray actor's) with an
asynchronous exception. Python code stops at its next bytecode; a long call into C (one spaCy chunk)
finishes first, which the chunked parse keeps short.
"""

from __future__ import annotations

import ctypes
import resource
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from newsevents import settings

_POLL = 0.1
_PAGE = resource.getpagesize()
_STATM = Path("/proc/self/statm")


class Overrun(BaseException):
    """An input ran past its deadline or memory ceiling (a BaseException, so that no stage records it and
    goes on); the message says which."""


def rss_mb() -> float:
    """The resident memory of this process now, in MB (its peak where /proc is missing)."""
    try:
        return int(_STATM.read_text().split()[1]) * _PAGE / 1e6
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


@contextmanager
def limits(seconds: float | None = None, megabytes: float | None = None) -> Iterator[None]:
    """Raise ``Overrun`` in the block when it runs longer than ``seconds`` or grows this process by more
    than ``megabytes`` (defaults: the settings)."""
    seconds = settings.get("input_seconds") if seconds is None else seconds
    megabytes = settings.get("input_memory_mb") if megabytes is None else megabytes
    main = threading.current_thread() is threading.main_thread()
    done, lock = threading.Event(), threading.Lock()
    reasons: list[str] = []

    def interrupt(signum, frame) -> None:
        if not done.is_set():
            raise Overrun(reasons[0])

    def watch(block: int, start: float, base: float) -> None:
        while not done.wait(_POLL):
            if time.monotonic() - start > seconds:
                reason = f"coding took longer than {seconds:g} s (setting input_seconds)"
            elif rss_mb() - base > megabytes:
                reason = f"coding needed more than {megabytes:g} MB (setting input_memory_mb)"
            else:
                continue
            with lock:
                if not done.is_set():
                    reasons.append(reason)
                    if main:
                        signal.pthread_kill(block, signal.SIGUSR1)
                    else:
                        _raise_in(block, reason)
            return

    previous = signal.signal(signal.SIGUSR1, interrupt) if main else None
    watcher = threading.Thread(
        target=watch, args=(threading.get_ident(), time.monotonic(), rss_mb()), daemon=True
    )
    watcher.start()
    try:
        yield
    finally:
        with lock:
            done.set()
        watcher.join()
        if main:
            signal.signal(signal.SIGUSR1, previous)
        elif reasons:
            _raise_in(threading.get_ident(), None)  # an exception not yet raised is dropped: the block ended


def _raise_in(thread: int, reason: str | None) -> None:
    """Make the thread raise ``Overrun(reason)`` at its next bytecode; ``None`` takes back one not yet
    raised."""
    kind = type(Overrun.__name__, (Overrun,), {"__init__": lambda self: Overrun.__init__(self, reason)})
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread), ctypes.py_object(kind) if reason else None
    )
