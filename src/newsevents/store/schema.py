"""The store's tables, created and changed by numbered migrations, and the lock-aware connection.

DuckDB lets one process hold a database file for writing, and no other process may open it then, not even
read-only; readers share the file when no writer holds it. ``connect`` waits for the lock and retries, so
a reader and an ingest that hold the file briefly take turns (see docs/store.md).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from newsevents.errors import StoreBusy, StoreError

LOCK_TIMEOUT = 60.0  # seconds to wait for another process to let go of the file
_RETRY_SECONDS = 0.02

# Every table that holds rows of one article, in the order rows are written.
ARTICLE_TABLES = ("articles", "actors", "mentions", "events", "quotes", "times", "places")
TABLES = (*ARTICLE_TABLES, "event_clusters", "failures", "inputs")

_SPAN = "{0}_text VARCHAR, {0}_start INTEGER, {0}_end INTEGER"
_REF = (
    "{0}_actor VARCHAR, {0}_name VARCHAR, "
    + _SPAN
    + ", {0}_code VARCHAR, {0}_country VARCHAR, {0}_sector VARCHAR"
)

# Numbered migrations; a new one is appended, never edited once released.
MIGRATIONS: tuple[str, ...] = (
    f"""
    CREATE SEQUENCE article_seq;
    CREATE TABLE articles (
        id VARCHAR PRIMARY KEY, seq BIGINT DEFAULT nextval('article_seq'), url VARCHAR, site VARCHAR,
        domain VARCHAR, title VARCHAR, published VARCHAR, language VARCHAR, text VARCHAR, author VARCHAR,
        duplicate_of VARCHAR, meta JSON, ingested_at TIMESTAMP);
    CREATE TABLE actors (
        article_id VARCHAR, idx INTEGER, id VARCHAR, name VARCHAR, code VARCHAR, country VARCHAR,
        sector VARCHAR, kind VARCHAR, notes VARCHAR[]);
    CREATE TABLE mentions (
        article_id VARCHAR, actor_id VARCHAR, text VARCHAR, start_char INTEGER, end_char INTEGER);
    CREATE TABLE events (
        article_id VARCHAR, idx INTEGER, id VARCHAR,
        sentence_index INTEGER, sentence_start INTEGER, sentence_end INTEGER,
        {_REF.format("source")}, {_REF.format("target")}, {_SPAN.format("trigger")},
        cameo VARCHAR, cameo_root VARCHAR, quad_class INTEGER, goldstein DOUBLE,
        plover_type VARCHAR, plover_mode VARCHAR, modality VARCHAR, date DATE,
        {_SPAN.format("location")}, location_name VARCHAR, location_country VARCHAR,
        location_lat DOUBLE, location_lon DOUBLE, confidence DOUBLE, cluster_id BIGINT);
    CREATE TABLE event_clusters (
        id BIGINT PRIMARY KEY, date DATE, source_code VARCHAR, target_code VARCHAR, cameo VARCHAR,
        location VARCHAR, cameo_root VARCHAR, quad_class INTEGER, goldstein DOUBLE,
        source_name VARCHAR, source_country VARCHAR, target_name VARCHAR, target_country VARCHAR,
        location_country VARCHAR, location_lat DOUBLE, location_lon DOUBLE, is_root BOOLEAN,
        num_mentions INTEGER, num_articles INTEGER, num_sources INTEGER,
        first_seen TIMESTAMP, last_seen TIMESTAMP, mean_confidence DOUBLE, url VARCHAR);
    CREATE TABLE quotes (
        article_id VARCHAR, idx INTEGER, text VARCHAR, start_char INTEGER, end_char INTEGER, kind VARCHAR,
        {_REF.format("speaker")}, {_SPAN.format("cue")});
    CREATE TABLE times (
        article_id VARCHAR, idx INTEGER, text VARCHAR, start_char INTEGER, end_char INTEGER, value VARCHAR);
    CREATE TABLE places (
        article_id VARCHAR, idx INTEGER, text VARCHAR, start_char INTEGER, end_char INTEGER, name VARCHAR,
        country VARCHAR, lat DOUBLE, lon DOUBLE);
    CREATE TABLE failures (
        source VARCHAR, article_id VARCHAR, stage VARCHAR, reason VARCHAR, failed_at TIMESTAMP);
    CREATE TABLE inputs (
        digest VARCHAR PRIMARY KEY, source VARCHAR, article_id VARCHAR, ingested_at TIMESTAMP);
    """,
    # 2: where an event's date comes from (text, sentence or published); older rows stay NULL.
    "ALTER TABLE events ADD COLUMN date_source VARCHAR;",
    # 3: why a quote's speaker is no actor, and the source words instead; older rows stay NULL.
    "ALTER TABLE quotes ADD COLUMN unresolved VARCHAR; ALTER TABLE quotes ADD COLUMN source_text VARCHAR; "
    "ALTER TABLE quotes ADD COLUMN source_start INTEGER; ALTER TABLE quotes ADD COLUMN source_end INTEGER;",
)


@contextmanager
def connect(
    path: str | Path,
    read_only: bool = False,
    migrated: bool = False,
    config: dict | None = None,
    timeout: float = LOCK_TIMEOUT,
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to the store, waiting up to ``timeout`` seconds for a writer or readers in other
    processes to let go (then StoreBusy); a writable one is migrated to the latest schema unless the caller
    has ``migrated`` it already. ``config`` goes to DuckDB (``enable_external_access`` and so on). Closed on
    exit."""
    path = Path(path)
    if read_only and not path.exists():
        raise StoreError(f"{path}: no such store (run `newsevents ingest` to create it)")
    con = _open(path, read_only, config or {}, timeout)
    try:
        if read_only:
            _check_version(con, path)
        elif not migrated:
            migrate(con)
        yield con
    except duckdb.Error as exc:  # a damaged file, a full disk: the store's fault, said as a StoreError
        hint = " (the file is damaged: restore a copy)" if "corrupt" in str(exc).lower() else ""
        raise StoreError(f"{path}: cannot read or write the store: {exc}{hint}") from exc
    finally:
        con.close()


def _open(path: Path, read_only: bool, config: dict, timeout: float) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + timeout
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only, config=config)
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower():
                raise StoreError(f"{path}: cannot open the store: {exc}") from exc
            if time.monotonic() >= deadline:
                raise StoreBusy(
                    f"{path}: busy: another process holds the store (waited {timeout:g} s)"
                ) from exc
            time.sleep(_RETRY_SECONDS)
        except duckdb.Error as exc:
            raise StoreError(f"{path}: cannot open the store: {exc}") from exc


def utcnow() -> datetime:
    """Now, in UTC, as the naive timestamp the tables hold."""
    return datetime.now(UTC).replace(tzinfo=None)


def version(con: duckdb.DuckDBPyConnection) -> int:
    """The number of migrations applied to this database (0 for a new file)."""
    found = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
    ).fetchall()[0][0]
    if not found:
        return 0
    return con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchall()[0][0]


def migrate(con: duckdb.DuckDBPyConnection) -> None:
    """Apply the migrations this database lacks, each in its own transaction."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMP)"
    )
    current = version(con)
    if current > len(MIGRATIONS):
        raise StoreError(f"store schema version {current} is newer than this newsevents ({len(MIGRATIONS)})")
    for number, sql in enumerate(MIGRATIONS[current:], current + 1):
        con.execute("BEGIN")
        con.execute(sql)
        con.execute("INSERT INTO schema_migrations VALUES (?, ?)", [number, utcnow()])
        con.execute("COMMIT")


def _check_version(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    current = version(con)
    if current != len(MIGRATIONS):
        raise StoreError(
            f"{path}: store schema version {current}, this newsevents reads {len(MIGRATIONS)} "
            "(open it once for writing, e.g. `newsevents ingest`, to migrate)"
        )
