"""The single writer: coded rows in, committed transactions out, each article whole or not at all.

The writer marks copies of earlier articles (``ingest.Deduper``, rebuilt from the store on first use),
buffers rows and commits them every ``store_commit_seconds`` (a setting) in one transaction that also
recomputes the event clusters it touched. It holds the database file only while it commits, so readers in
other processes get their turn; while a reader holds the file, coded rows wait in memory for the next
commit, and the last commit waits as long as it takes, saying so. Writing is idempotent: an article id
already stored is skipped (or replaced, when retrying failures) and an input whose digest is in the
``inputs`` ledger is not coded again. One process writes a store at a time: a second writer is refused
(a lock on ``<store>.writer`` beside the file, released when the writer is done or its process dies).
"""

from __future__ import annotations

import fcntl
import logging
import os
import time
import weakref
from collections import Counter
from pathlib import Path

import duckdb
import pyarrow as pa

from newsevents import settings
from newsevents.document import Article, Document
from newsevents.errors import StoreBusy, StoreError
from newsevents.ingest import Deduper, Record
from newsevents.store import clusters
from newsevents.store.rows import ROW_TABLES, Rows, empty, input_digest
from newsevents.store.schema import ARTICLE_TABLES, connect, utcnow

log = logging.getLogger(__name__)
_WAIT_SAY_SECONDS = 10.0  # how often a waiting commit says so
_claims: dict[Path, list] = {}  # store -> [lock file descriptor, writers of this process]


class Writer:
    """Writes coded batches into the store at ``path``. ``replace`` re-writes articles already stored (the
    retry of failures); otherwise they are skipped. Call ``flush`` at the end."""

    def __init__(
        self,
        path: str | Path,
        replace: bool = False,
        commit_seconds: float | None = None,
        originals: Originals | None = None,
    ) -> None:
        self.path = Path(path)
        self._originals = originals
        self.replace = replace
        self.commit_seconds = (
            commit_seconds if commit_seconds is not None else settings.get("store_commit_seconds")
        )
        _claim(self.path)
        weakref.finalize(self, _release, self.path.resolve())
        with connect(self.path) as con:
            self._digests = {digest for (digest,) in con.execute("SELECT digest FROM inputs").fetchall()}
        self._deduper: Deduper | None = None
        self._ids: set[str] = set()
        self._pending = empty()
        self._last = time.monotonic()
        self.written: Counter[str] = Counter()  # committed rows per table, and "duplicates"
        self.failures: Counter[str] = Counter()  # committed failures by "stage: reason"

    def fresh(self, records: list[Record]) -> list[Record]:
        """The records not ingested before (by digest of reference and content); all when replacing."""
        out = []
        for record in records:
            digest = input_digest(record)
            if self.replace or digest not in self._digests:
                self._digests.add(digest)
                out.append(record)
        return out

    def add(self, batch: Rows) -> None:
        """Take the rows of a coded batch, in input order: mark copies, drop articles already stored, and
        commit when the pending rows are due."""
        keep: set[str] = set()
        for article in batch["articles"]:
            aid = article["id"]
            if aid in self._ids:
                continue
            original = self._dedup().check(Document(Article(aid, article["text"])))
            if original == aid and not self.replace:  # the same text is stored already
                continue
            self._ids.add(aid)
            article["duplicate_of"] = None if original == aid else original
            keep.add(aid)
        for table, found in batch.items():
            key = "id" if table == "articles" else "article_id"
            self._pending[table].extend(
                row
                for row in found
                if table == "inputs" or row[key] in keep or (table == "failures" and row[key] is None)
            )
        if time.monotonic() - self._last >= self.commit_seconds:
            self._commit(wait=False)

    def flush(self) -> None:
        """Commit every pending row in one transaction, waiting for as long as other processes hold the
        file (and saying so every few seconds): coded rows are never dropped for a reader's lock."""
        started = time.monotonic()
        while not self._commit(wait=True):
            log.warning(
                "%s: waiting for other processes to let go of the store (%.0f s); coded rows are kept",
                self.path.name,
                time.monotonic() - started,
            )

    def _commit(self, wait: bool) -> bool:
        """Commit the pending rows; False when the file stayed busy (the rows stay pending for the next
        try). Without ``wait`` it tries once."""
        self._last = time.monotonic()
        if not any(self._pending.values()):
            return True
        pending = {table: list(rows) for table, rows in self._pending.items()}  # _write filters it
        try:
            with connect(self.path, migrated=True, timeout=_WAIT_SAY_SECONDS if wait else 0.0) as con:
                con.execute("BEGIN")
                try:
                    written = self._write(con, pending)
                except BaseException:
                    con.execute("ROLLBACK")
                    raise
                con.execute("COMMIT")
        except StoreBusy:
            return False
        self._pending = empty()
        self.written.update(written)
        self.failures.update(f"{row['stage']}: {reason_kind(row['reason'])}" for row in pending["failures"])
        return True

    def _write(self, con: duckdb.DuckDBPyConnection, pending: Rows) -> Counter[str]:
        ids = [article["id"] for article in pending["articles"]]
        stored = _stored(con, ids)
        touched: set[int] = set()
        if self.replace:
            touched |= _delete(con, stored, {row["source"] for row in pending["inputs"]})
            stored = set()
        if stored:  # written by a run that did not know this input (another source, the same text)
            for table in ROW_TABLES:
                key = "id" if table == "articles" else "article_id"
                pending[table] = [
                    row for row in pending[table] if table == "inputs" or row[key] not in stored
                ]
        now = utcnow()
        for table, stamp in (
            ("articles", "ingested_at"),
            ("inputs", "ingested_at"),
            ("failures", "failed_at"),
        ):
            for row in pending[table]:
                row[stamp] = now
        written: Counter[str] = Counter()
        for table in ROW_TABLES:
            _insert(con, table, pending[table], "INSERT OR REPLACE" if table == "inputs" else "INSERT")
            written[table] += len(pending[table])
        touched |= {event["cluster_id"] for event in pending["events"]}
        written["event_clusters"] = clusters.update(con, touched)
        written["duplicates"] = sum(1 for article in pending["articles"] if article["duplicate_of"])
        return written

    def _dedup(self) -> Deduper:
        """The deduper, first shown every original article in the store, in the order they were stored."""
        if self._deduper is None:
            self._deduper = (self._originals or Originals()).update(self.path)
        return self._deduper


class Originals:
    """A deduper shown a store's original articles, kept by a process that writes one article at a time
    (the API's saves): each ``update`` reads only the articles stored since the last one. ``reset`` it when
    a write fails, as the deduper has then seen articles that were not stored."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.deduper = Deduper()
        self.seq = -1

    def update(self, path: Path) -> Deduper:
        with connect(path, read_only=True) as con:  # shared with readers: no wait on them
            cursor = con.execute(
                "SELECT id, text, seq FROM articles WHERE duplicate_of IS NULL AND seq > ? ORDER BY seq",
                [self.seq],
            )
            while chunk := cursor.fetchmany(1000):
                for aid, text, seq in chunk:
                    self.deduper.check(Document(Article(aid, text)))
                    self.seq = seq
        return self.deduper


def _claim(path: Path) -> None:
    """Take the store's writer lock for this process, or raise StoreError when another process has it."""
    key = path.resolve()
    if key in _claims:
        _claims[key][1] += 1
        return
    fd = os.open(f"{key}.writer", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise StoreError(
            f"{path}: another process is writing this store (an ingest, or a server with writes on); "
            "run one writer at a time"
        ) from None
    _claims[key] = [fd, 1]


def _release(key: Path) -> None:
    claim = _claims.get(key)
    if claim is not None:
        claim[1] -= 1
        if not claim[1]:
            os.close(claim[0])
            del _claims[key]


def reason_kind(reason: str) -> str:
    """The kind of a failure reason, without its details: 'text too short after cleaning (12 characters)'
    -> 'text too short after cleaning'; 'KeyError: x' -> 'KeyError'."""
    return reason.split(":")[0].split("(")[0].strip()


def _stored(con: duckdb.DuckDBPyConnection, ids: list[str]) -> set[str]:
    if not ids:
        return set()
    return {
        aid
        for (aid,) in con.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [ids]).fetchall()
    }


def _delete(con: duckdb.DuckDBPyConnection, ids: set[str], sources: set[str]) -> set[int]:
    """Remove stored articles (every table) and the failures of retried sources; the clusters they were in."""
    found = list(ids)
    touched: set[int] = set()
    if found:
        sql = "SELECT DISTINCT cluster_id FROM events WHERE article_id IN (SELECT unnest(?))"
        touched = {cid for (cid,) in con.execute(sql, [found]).fetchall()}
        for table in (*ARTICLE_TABLES, "failures"):
            key = "id" if table == "articles" else "article_id"
            con.execute(f"DELETE FROM {table} WHERE {key} IN (SELECT unnest(?))", [found])
    if sources:
        con.execute("DELETE FROM failures WHERE source IN (SELECT unnest(?))", [list(sources)])
    return touched


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict], verb: str) -> None:
    if not rows:
        return
    con.register("_rows", pa.Table.from_pylist(rows))
    try:
        con.execute(f"{verb} INTO {table} BY NAME SELECT * FROM _rows")
    finally:
        con.unregister("_rows")
