"""Ingest: inputs -> batches -> workers that code them (``process_batch``) -> the single writer.

Workers are spawned processes that each load the model once and end when their parent dies;
batches go out and come back in input order, a few in flight per worker, so memory stays bounded however
large the input. ``workers=1`` codes in this process.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from newsevents import ingest, settings
from newsevents.errors import InputError
from newsevents.ingest import Record
from newsevents.store.rows import Rows, process_batch, rows
from newsevents.store.schema import connect
from newsevents.store.writer import Writer

Progress = Callable[[int], None]
_NUMBERED = re.compile(r"(.+)[:#]\d+$")


@dataclass
class Summary:
    """What an ingest did: inputs read and skipped (ingested before), rows committed, failures by reason."""

    inputs: int = 0
    skipped: int = 0
    articles: int = 0
    duplicates: int = 0
    events: int = 0
    quotes: int = 0
    failures: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        """Inputs coded per second."""
        return (self.inputs - self.skipped) / self.seconds if self.seconds else 0.0


def run(
    db: str | Path,
    paths: list[str],
    workers: int | None = None,
    include: list[str] | None = None,
    exclude: list[str] | None = None,
    retry_failures: bool = False,
    progress: Progress | None = None,
) -> Summary:
    """Ingest every input under ``paths`` (or, with ``retry_failures``, the inputs that failed before) into
    the store at ``db``; ``progress`` is called with the number of inputs done after each batch."""
    started = time.monotonic()
    writer = Writer(db, replace=retry_failures)
    records = failed_records(db) if retry_failures else ingest.read(paths, include, exclude)
    summary = Summary()
    tick = progress or (lambda done: None)

    def todo() -> Iterator[list[Record]]:
        for batch in _chunks(records, settings.get("batch_size")):
            fresh = writer.fresh(batch)
            summary.inputs += len(batch)
            summary.skipped += len(batch) - len(fresh)
            if len(fresh) < len(batch):
                tick(len(batch) - len(fresh))
            if fresh:
                yield fresh

    for coded in _code(todo(), workers or os.cpu_count() or 1):
        writer.add(coded)
        tick(len(coded["inputs"]))
    writer.flush()
    return _summary(summary, writer, started)


def load(db: str | Path, paths: list[str], progress: Progress | None = None) -> Summary:
    """Store coded articles from contract JSON Lines files (``newsevents code`` output), not coding again."""
    started = time.monotonic()
    writer = Writer(db)
    summary = Summary()
    for path in paths:
        with open(path, encoding="utf-8") as lines:
            for batch in _chunks(enumerate(lines, 1), settings.get("batch_size")):
                objs = [
                    (f"{path}:{number}", _contract(line, f"{path}:{number}"))
                    for number, line in batch
                    if line.strip()
                ]
                coded = rows(obj for _, obj in objs)
                sources = {obj["article"]["id"]: source for source, obj in objs}
                for failure in coded["failures"]:
                    failure["source"] = sources.get(failure["article_id"], path)
                summary.inputs += len(objs)
                writer.add(coded)
                if progress:
                    progress(len(objs))
    writer.flush()
    return _summary(summary, writer, started)


def _contract(line: str, source: str) -> dict:
    try:
        obj = json.loads(line)
    except ValueError as exc:
        raise InputError(source, f"not a contract JSON line: {exc}") from exc
    if not isinstance(obj, dict) or not isinstance(obj.get("article"), dict):
        raise InputError(source, "not a contract JSON line: no 'article' object")
    return obj


def count_inputs(paths: list[str], include: list[str] | None = None, exclude: list[str] | None = None) -> int:
    """How many records the inputs hold (they are read once more for it; the coding dwarfs this)."""
    return sum(1 for _ in ingest.read(paths, include, exclude))


def failed_records(db: str | Path) -> Iterator[Record]:
    """The records of the inputs in the ``failures`` table, read again from their files; an input that
    cannot be found again (stdin, a moved file) stays in the table."""
    with connect(db) as con:
        sources = {
            source for (source,) in con.execute("SELECT DISTINCT source FROM failures").fetchall() if source
        }
    by_file: dict[str, set[str]] = {}
    for source in sources:
        numbered = _NUMBERED.match(source)
        path = source if Path(source).is_file() else numbered[1] if numbered else None
        if path and Path(path).is_file():
            by_file.setdefault(path, set()).add(source)
    for path, wanted in sorted(by_file.items()):
        yield from (record for record in ingest.read([path]) if record.source in wanted)


def _code(batches: Iterator[list[Record]], workers: int) -> Iterator[Rows]:
    """The rows of each batch, in order: here, or in a pool of ``workers`` processes."""
    if workers <= 1:
        yield from map(process_batch, batches)
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_warm, initargs=(os.getpid(),)) as pool:
        flying: deque[Future[Rows]] = deque()
        for batch in batches:
            flying.append(pool.submit(process_batch, batch))
            if len(flying) >= 2 * workers:
                yield flying.popleft().result()
        while flying:
            yield flying.popleft().result()


def _warm(parent: int) -> None:
    """Start a new worker: watch for the parent's death, and load the model once, before the first batch."""
    from newsevents import nlp

    threading.Thread(target=_exit_when_orphaned, args=(parent,), daemon=True).start()
    nlp.load()


def _exit_when_orphaned(parent: int) -> None:
    """End this worker once its parent is gone (a killed parent cannot shut its pool down)."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    items = iter(items)
    while chunk := list(islice(items, size)):
        yield chunk


def _summary(summary: Summary, writer: Writer, started: float) -> Summary:
    written = writer.written
    summary.articles, summary.duplicates = written["articles"], written["duplicates"]
    summary.events, summary.quotes = written["events"], written["quotes"]
    summary.failures = writer.failures
    summary.seconds = time.monotonic() - started
    return summary
