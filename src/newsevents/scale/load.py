"""A dataset of shards into a store: ``newsevents load DATASET_DIR --db FILE``.

The rows go to the single writer (``store.writer.Writer``) a window of inputs at a time, in input order,
as the local engine hands it coded batches: the writer marks copies of earlier articles, skips articles
stored before, and recomputes in DuckDB the event clusters and their counts over every stored report.
Inputs whose digest the store holds already are skipped, as the local engine skips them, so loading the
same dataset again changes nothing. The shards are first sorted by input position in a staging DuckDB file
(on disk, so a dataset larger than memory loads too).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import duckdb

from newsevents.scale import shards
from newsevents.scale.shards import SEQ
from newsevents.store.rows import ROW_TABLES, Rows
from newsevents.store.runner import Progress, Summary
from newsevents.store.schema import connect
from newsevents.store.writer import Writer

WINDOW = 1000  # inputs handed to the writer at a time


def load(db: str | Path, out: str, progress: Progress | None = None) -> Summary:
    """Store the dataset at ``out`` (a directory or URI that ``ingest --engine ray`` wrote) in ``db``."""
    started = time.monotonic()
    shards.manifest(out)  # refuses an incomplete dataset before the store is touched
    tick = progress or (lambda done: None)
    writer = Writer(db)
    with connect(db) as con:
        known = {digest for (digest,) in con.execute("SELECT digest FROM inputs").fetchall()}
    summary = Summary()
    with tempfile.TemporaryDirectory(prefix="newsevents-load-") as tmp:
        staging = duckdb.connect(f"{tmp}/staging.duckdb")
        try:
            _stage(staging, out)
            fresh = []
            for seq, digest in staging.execute(f"SELECT {SEQ}, digest FROM inputs ORDER BY {SEQ}").fetchall():
                summary.inputs += 1
                if digest in known:
                    summary.skipped += 1
                else:
                    known.add(digest)
                    fresh.append(seq)
            tick(summary.skipped)
            for start in range(0, len(fresh), WINDOW):
                window = fresh[start : start + WINDOW]
                writer.add(_window(staging, window))
                tick(len(window))
        finally:
            staging.close()
    writer.flush()
    summary.articles, summary.duplicates = writer.written["articles"], writer.written["duplicates"]
    summary.events, summary.quotes = writer.written["events"], writer.written["quotes"]
    summary.failures = writer.failures
    summary.seconds = time.monotonic() - started
    return summary


def _stage(con: duckdb.DuckDBPyConnection, out: str) -> None:
    """Copy every table of the dataset into the staging database, sorted by input position."""
    for table in ROW_TABLES:
        con.register("_shards", shards.dataset(out, table))
        try:
            con.execute(f"CREATE TABLE {table} AS SELECT * FROM _shards ORDER BY {SEQ}")
        finally:
            con.unregister("_shards")


def _window(con: duckdb.DuckDBPyConnection, seqs: list[int]) -> Rows:
    """The rows of these inputs, each table in input order, without the input position."""
    sql = "SELECT * EXCLUDE ({seq}) FROM {table} WHERE {seq} BETWEEN ? AND ? AND {seq} IN (SELECT unnest(?)) "
    params = [seqs[0], seqs[-1], seqs]
    return {
        table: con.sql(sql.format(seq=SEQ, table=table) + f"ORDER BY {SEQ}", params=params)
        .to_arrow_table()
        .to_pylist()
        for table in ROW_TABLES
    }
