"""Coding for the API in worker processes, so that no request to code holds up the server.

``Coder`` keeps ``api_workers`` spawned processes (started on the first request, each loading the model
once) and admits at most ``api_queue`` more requests waiting for one; beyond that ``Busy`` (the API answers
503 with Retry-After). A worker codes one text within the input limits (``store.guard``: deadline and
memory ceiling). The request side waits without holding a thread, and cancels the job when its client
leaves (``Gone``): the worker is interrupted by a signal and serves the next job. A worker that does not
answer in time (stuck in C code), or whose request ended otherwise, is killed and replaced. ``close`` ends
them all; they also end with their parent.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from newsevents import settings
from newsevents.errors import InputError, NewsEventsError

_POLL = 0.05  # seconds between looks at the worker's answer and the client
_WARM = 'President Joe Biden met Vladimir Putin in Geneva on Monday. "We will talk," Biden said.'
_GRACE = 60.0  # beyond the deadline: a worker's start (the model loads), or its way out of a call into C


class Busy(NewsEventsError):
    """Every worker is coding and the queue is full; ``retry_after`` is a hint in seconds."""

    def __init__(self, retry_after: int) -> None:
        super().__init__("busy: the server is coding as many texts as it can; try again shortly")
        self.retry_after = retry_after


class OverLimit(NewsEventsError):
    """The text went past a limit of one input (deadline or memory)."""


class Gone(NewsEventsError):
    """The client left before its text was coded; the job was cancelled."""


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection


class Coder:
    """The API's coding workers and their queue."""

    def __init__(self, workers: int | None = None, queue: int | None = None) -> None:
        self.size = workers or settings.get("api_workers")
        self.queue = settings.get("api_queue") if queue is None else queue
        self._idle: list[_Worker] = []
        self._all: list[_Worker] = []
        self._started = 0
        self._admitted = 0
        self._lock = threading.Lock()
        self._closed = False

    async def code(self, job: dict[str, Any], gone: Callable[[], Awaitable[bool]]) -> dict[str, Any]:
        """The contract dict of ``newsevents.code(**job)``; raises InputError, OverLimit, Busy, or Gone
        when ``gone()`` says the client left."""
        with self._lock:
            if self._closed or self._admitted >= self.size + self.queue:
                raise Busy(retry_after=max(1, int(settings.get("input_seconds") // 10)))
            self._admitted += 1
        try:
            worker = await self._take(gone)
            try:
                return await _run(worker, job, gone)
            finally:
                self._give_back(worker)
        finally:
            with self._lock:
                self._admitted -= 1

    def close(self) -> None:
        """End every worker, idle or busy (their requests end with OverLimit or Gone)."""
        with self._lock:
            self._closed = True
            workers, self._idle = self._all, []
        for worker in workers:
            _end(worker)

    async def _take(self, gone: Callable[[], Awaitable[bool]]) -> _Worker:
        while True:
            with self._lock:
                if self._idle:
                    return self._idle.pop()
                if self._started < self.size:
                    self._started += 1
                    break
            if await gone():
                raise Gone("the client left")
            await asyncio.sleep(_POLL)
        try:
            worker = _start()
        except BaseException:
            with self._lock:
                self._started -= 1
            raise
        with self._lock:
            self._all.append(worker)
        return worker

    def _give_back(self, worker: _Worker) -> None:
        with self._lock:
            if worker.process.is_alive() and not self._closed:
                self._idle.append(worker)
                return
            self._started -= 1
            self._all.remove(worker)
        _end(worker)


async def _run(worker: _Worker, job: dict[str, Any], gone: Callable[[], Awaitable[bool]]) -> dict[str, Any]:
    """Send the job and wait for its answer; a worker left without one (its state unknown) is ended."""
    seconds = float(settings.get("input_seconds"))
    worker.conn.send({**job, "_seconds": seconds, "_megabytes": settings.get("input_memory_mb")})
    deadline = time.monotonic() + seconds + _GRACE
    answer = None
    try:
        while answer is None:
            if await gone():
                os.kill(worker.process.pid, signal.SIGUSR2)  # it stops, answers, and serves on
                answer = await _answer(worker, time.monotonic() + _GRACE)
                raise Gone("the client left")
            if time.monotonic() > deadline:
                raise OverLimit(f"coding took longer than {seconds:g} s (setting input_seconds)")
            answer = await _answer(worker, time.monotonic() + _POLL)
            if answer is None and not worker.process.is_alive():
                raise OverLimit("the process coding this text ended (out of memory?)")
    finally:
        if answer is None:
            _end(worker)
    kind, payload = answer
    if kind == "ok":
        return payload
    if kind == "input":
        raise InputError(*payload)
    raise OverLimit(payload)


async def _answer(worker: _Worker, until: float) -> tuple[str, Any] | None:
    """The worker's answer, or None when it has none by ``until`` (or died)."""
    while True:
        try:
            if worker.conn.poll():
                return worker.conn.recv()
        except (EOFError, OSError):
            return None
        if time.monotonic() >= until or not worker.process.is_alive():
            return None
        await asyncio.sleep(min(_POLL, max(0.0, until - time.monotonic())))


def _start() -> _Worker:
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    process = context.Process(target=_serve, args=(theirs, os.getpid()), daemon=True)
    process.start()
    theirs.close()
    return _Worker(process, ours)


def _end(worker: _Worker) -> None:
    if worker.process.is_alive():
        worker.process.kill()
    worker.process.join(5)
    worker.conn.close()


class _Cancelled(BaseException):
    """The request that this job serves was cancelled (its client left)."""


def _serve(conn: Connection, parent: int) -> None:
    """A worker: load the model, then code one job at a time until the pipe closes."""
    import newsevents
    from newsevents.store.guard import Overrun, limits
    from newsevents.store.runner import exit_when_orphaned

    threading.Thread(target=exit_when_orphaned, args=(parent,), daemon=True).start()
    busy = threading.Event()

    def cancel(signum, frame) -> None:
        if busy.is_set():
            raise _Cancelled

    signal.signal(signal.SIGUSR2, cancel)
    newsevents.code(_WARM, published="2024-03-04")  # the model and every table, before any deadline runs
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        seconds, megabytes = job.pop("_seconds"), job.pop("_megabytes")
        try:
            busy.set()
            with limits(seconds, megabytes):
                answer: tuple[str, Any] = ("ok", newsevents.code(**job).to_dict())
        except InputError as exc:
            answer = ("input", (exc.source, exc.reason, exc.code))
        except Overrun as exc:
            answer = ("limit", str(exc))
        except _Cancelled:
            answer = ("cancelled", None)
        finally:
            busy.clear()
        conn.send(answer)
