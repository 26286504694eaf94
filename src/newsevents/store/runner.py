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
from newsevents.store.guard import Overrun, limits
from newsevents.store.rows import Rows, empty, input_digest, process_batch, rows
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
    undated: Counter[str] = field(default_factory=Counter)  # input -> events with no date at all

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
    published: str | None = None,
) -> Summary:
    """Ingest every input under ``paths`` (or, with ``retry_failures``, the inputs that failed before) into
    the store at ``db``; ``progress`` is called with the number of inputs done as each is coded (or skipped).
    ``published`` (YYYY-MM-DD) dates the records that carry no publication date of their own."""
    started = time.monotonic()
    writer = Writer(db, replace=retry_failures)
    records = failed_records(db) if retry_failures else ingest.read(paths, include, exclude)
    if published:
        records = _dated(records, published)
    summary = Summary()
    tick = progress or (lambda done: None)

    def todo() -> Iterator[list[Record]]:
        for batch in chunks(records, settings.get("task_inputs")):
            fresh = writer.fresh(batch)
            summary.inputs += len(batch)
            summary.skipped += len(batch) - len(fresh)
            if len(fresh) < len(batch):
                tick(len(batch) - len(fresh))
            if fresh:
                yield fresh

    for coded in _code(todo(), workers or os.cpu_count() or 1, tick):
        writer.add(coded)
    writer.flush()
    summary.undated = undated(db)
    return _summary(summary, writer, started)


def _dated(records: Iterable[Record], published: str) -> Iterator[Record]:
    """Records, the undated ones dated ``published`` (a record's own date wins)."""
    for record in records:
        record.published = record.published or published
        yield record


def undated(db: str | Path) -> Counter[str]:
    """Per input, the stored events that have no date: neither their text nor a publication day gives one,
    so they enter no series and no export."""
    sql = (
        "SELECT coalesce(i.source, e.article_id), count(*) FROM events e LEFT JOIN "
        "(SELECT article_id, min(source) AS source FROM inputs GROUP BY 1) i USING (article_id) "
        "WHERE e.date IS NULL GROUP BY 1 ORDER BY 2 DESC, 1"
    )
    with connect(db) as con:
        return Counter(dict(con.execute(sql).fetchall()))


def load(db: str | Path, paths: list[str], progress: Progress | None = None) -> Summary:
    """Store coded articles from contract JSON Lines files (``newsevents code`` output), not coding again."""
    started = time.monotonic()
    writer = Writer(db)
    summary = Summary()
    for path in paths:
        with open(path, encoding="utf-8") as lines:
            for batch in chunks(enumerate(lines, 1), settings.get("batch_size")):
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
    summary.undated = undated(db)
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


def _code(batches: Iterator[list[Record]], workers: int, tick: Progress) -> Iterator[Rows]:
    """The rows of each batch, in order: here, or in a pool of ``workers`` processes; ``tick`` hears of
    each input as it is coded (from the workers through a queue that a thread here reads)."""
    if workers <= 1:
        yield from (code_batch(batch, tick) for batch in batches)
        return
    context = multiprocessing.get_context("spawn")
    coded = context.Queue()
    listener = threading.Thread(target=_relay, args=(coded, tick), daemon=True)
    listener.start()
    try:
        with ProcessPoolExecutor(
            workers, mp_context=context, initializer=_warm, initargs=(os.getpid(), coded)
        ) as pool:
            flying: deque[Future[Rows]] = deque()
            for batch in batches:
                flying.append(pool.submit(_worker_batch, batch))
                if len(flying) >= 2 * workers:
                    yield flying.popleft().result()
            while flying:
                yield flying.popleft().result()
    finally:
        coded.put(None)
        listener.join()


def _relay(coded: multiprocessing.Queue, tick: Progress) -> None:
    """Pass the workers' per-input counts to ``tick`` until the ``None`` that ends the ingest."""
    while (done := coded.get()) is not None:
        tick(done)


def code_batch(records: list[Record], tick: Progress | None = None) -> Rows:
    """``process_batch`` within the input limits (``guard.limits``). When the batch runs past them, each of
    its inputs is coded alone, and an input past them alone becomes a failure row saying which limit.
    ``tick`` is called with 1 once per input as it is coded, however often the input is coded again."""
    told = 0

    def done(index: int) -> None:
        nonlocal told
        if index == told:
            told += 1
            if tick:
                tick(1)

    return _guarded(records, done, 0)


def _guarded(records: list[Record], done: Callable[[int], None], first: int) -> Rows:
    """``code_batch`` of ``records``, which start at position ``first`` of the task."""
    try:
        with limits():
            return process_batch(records, lambda index: done(first + index))
    except Overrun as overrun:
        if len(records) == 1:
            done(first)
            return _overrun(records[0], str(overrun))
    out = empty()
    for index, record in enumerate(records):
        for table, found in _guarded([record], done, first + index).items():
            out[table].extend(found)
    return out


def _overrun(record: Record, reason: str) -> Rows:
    out = empty()
    out["failures"].append({"source": record.source, "article_id": None, "stage": "limits", "reason": reason})
    out["inputs"].append({"digest": input_digest(record), "source": record.source, "article_id": None})
    return out


_coded: multiprocessing.Queue | None = None  # in a worker: where it reports each input coded


def _warm(parent: int, coded: multiprocessing.Queue) -> None:
    """Start a new worker: watch for the parent's death, keep the queue that hears of each input coded,
    and load the model once, before the first batch."""
    from newsevents import nlp

    global _coded
    _coded = coded
    threading.Thread(target=exit_when_orphaned, args=(parent,), daemon=True).start()
    nlp.load()


def _worker_batch(records: list[Record]) -> Rows:
    """``code_batch`` in a worker, each input coded told to the parent."""
    return code_batch(records, _coded.put if _coded else None)


def exit_when_orphaned(parent: int) -> None:
    """End this worker once its parent is gone (a killed parent cannot shut its pool down)."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def chunks(items: Iterable, size: int) -> Iterator[list]:
    """``items`` in lists of ``size`` (the last one shorter)."""
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
