"""Helpers for the scale tests: every table of a store as sorted rows, without the columns stamped at
write time."""

from newsevents.store.schema import connect

STAMPS = {
    "articles": "seq, ingested_at",
    "failures": "failed_at",
    "inputs": "ingested_at",
    "event_clusters": "first_seen, last_seen",
}


def table_rows(db, table: str) -> list[tuple]:
    """The rows of one table, sorted, without write-time stamps."""
    exclude = f"EXCLUDE ({STAMPS[table]})" if table in STAMPS else ""
    with connect(db, read_only=True) as con:
        return con.sql(f"SELECT * {exclude} FROM {table} ORDER BY ALL").fetchall()
