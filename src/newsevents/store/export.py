"""Exports in the formats the field reads, each into a directory.

- ``parquet``: ``<table>.parquet`` for every table; ``csv``: ``<table>.csv`` with a header. The events and
  event clusters carry ``cameo_name`` beside ``cameo`` (from the codebook).
- ``gdelt``: the GDELT 2.0 event and mentions tables (``store.gdelt``).
- ``plover``: ``events.jsonl``, one PLOVER/POLECAT-style record per asserted event report with a PLOVER type
  (the fields of the PLOVER gold-standard records: id, date, source, target, event, mode, context,
  eventText, text, language, publication; plus the url, the CAMEO code and name, the geolocation and the
  cluster id). ``context`` is the CAMEO-to-PLOVER table's context of the code (``data/cameo/codes.tsv``).

A directory that cannot be written raises StoreError naming it and the reason.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from newsevents.errors import StoreError
from newsevents.events.codes import codebook
from newsevents.store import gdelt
from newsevents.store.schema import TABLES

FORMATS = ("parquet", "csv", "gdelt", "plover")

_PLOVER = """
SELECT e.*, a.published, a.language, coalesce(a.site, a.domain) AS publication, a.url,
    substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence
FROM events e JOIN articles a ON a.id = e.article_id
WHERE e.modality = 'asserted' AND e.plover_type IS NOT NULL ORDER BY a.seq, e.idx
"""


def export(con: duckdb.DuckDBPyConnection, fmt: str, out: str | Path) -> list[Path]:
    """Write the store in format ``fmt`` into the directory ``out`` (created); the files written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    out = Path(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
        if fmt == "gdelt":
            return gdelt.write(con, out)
        if fmt == "plover":
            return [_plover(con, out / "events.jsonl")]
        return _tables(con, fmt, out)
    except (OSError, duckdb.IOException) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc).splitlines()[0]
        raise StoreError(f"{out}: cannot write the export there: {reason}") from exc


def _tables(con: duckdb.DuckDBPyConnection, fmt: str, out: Path) -> list[Path]:
    written = []
    names = {code: entry.name for code, entry in codebook().items()}
    con.register("_cameo_names", pa.table({"cameo": list(names), "cameo_name": list(names.values())}))
    try:
        for table in TABLES:
            path = out / f"{table}.{fmt}"
            options = "FORMAT parquet" if fmt == "parquet" else "FORMAT csv, HEADER true"
            con.execute(f"COPY ({_named(con, table)}) TO '{_quoted(path)}' ({options})")
            written.append(path)
    finally:
        con.unregister("_cameo_names")
    return written


def _named(con: duckdb.DuckDBPyConnection, table: str) -> str:
    """The table's rows, with ``cameo_name`` right after ``cameo`` where it has one."""
    columns = [row[0] for row in con.execute(f"DESCRIBE {table}").fetchall()]
    if "cameo" not in columns:
        return f"SELECT * FROM {table}"
    at = columns.index("cameo") + 1
    listed = [f"t.{c}" for c in columns[:at]] + ["n.cameo_name"] + [f"t.{c}" for c in columns[at:]]
    return f"SELECT {', '.join(listed)} FROM {table} t LEFT JOIN _cameo_names n USING (cameo)"


def plover_record(e: dict[str, Any]) -> dict[str, Any]:
    """One event report as a PLOVER/POLECAT-style record."""
    day = e["date"] or e["published"]
    known = codebook().get(e["cameo"])
    return {
        "id": f"{e['article_id']}-{e['id']}",
        "date": day.isoformat() if isinstance(day, date) else (day or "")[:10],
        "source": _actors(e, "source"),
        "target": _actors(e, "target"),
        "event": e["plover_type"],
        "mode": e["plover_mode"] or "",
        "context": known.plover_context if known else "",
        "eventText": e["trigger_text"],
        "text": e["sentence"],
        "language": e["language"],
        "publication": e["publication"],
        "url": e["url"],
        "cameo": e["cameo"],
        "cameoName": known.name if known else None,
        "goldstein": e["goldstein"],
        "confidence": e["confidence"],
        "geolocation": {
            "placeName": e["location_name"],
            "countryCode": e["location_country"],
            "lat": e["location_lat"],
            "lon": e["location_lon"],
        }
        if e["location_name"]
        else None,
        "cluster": e["cluster_id"],
        "coder": "newsevents",
    }


def _plover(con: duckdb.DuckDBPyConnection, path: Path) -> Path:
    cursor = con.execute(_PLOVER)
    names = [d[0] for d in cursor.description]
    with path.open("w", encoding="utf-8") as handle:
        while chunk := cursor.fetchmany(10_000):
            for row in chunk:
                handle.write(
                    json.dumps(plover_record(dict(zip(names, row, strict=True))), ensure_ascii=False) + "\n"
                )
    return path


def _actors(e: dict[str, Any], role: str) -> list[dict[str, Any]]:
    if e[f"{role}_actor"] is None:
        return []
    return [
        {
            "actorText": e[f"{role}_text"],
            "code": e[f"{role}_code"],
            "country": e[f"{role}_country"],
            "sector": e[f"{role}_sector"],
            "name": e[f"{role}_name"],
        }
    ]


def _quoted(path: Path) -> str:
    return str(path).replace("'", "''")
