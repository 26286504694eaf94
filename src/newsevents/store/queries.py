"""The named read queries of the store as (SQL, parameters), and an article's contract rebuilt from its rows.

Filters are optional and combine with AND. An actor filter matches a CAMEO code prefix ("RUS" matches
"RUSGOV"), a country code, or part of a name ("Macron"). Dates are ISO strings, inclusive.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import duckdb

Query = tuple[str, list[Any]]
_DAY = "coalesce(e.date, try_cast(left(a.published, 10) AS DATE))"
_DYAD_PERIODS = ("day", "week", "month", "year")


def events(
    actor: str | None = None,
    since: str | None = None,
    until: str | None = None,
    root: str | int | None = None,
    modality: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> Query:
    """Event reports (one row per event in an article), oldest first; ``date`` is the event's, else the
    article's publication day."""
    where, params = [], []
    if actor:
        where.append(_actor_match("e.source") + " OR " + _actor_match("e.target"))
        params += _actor_params(actor) * 2
    _dates(where, params, _DAY, since, until)
    if root is not None:
        where.append("e.cameo_root = ?")
        params.append(_root(root))
    if modality:
        where.append("e.modality = ?")
        params.append(modality)
    sql = (
        f"SELECT {_DAY} AS date, e.date_source, e.source_code, e.source_name, e.cameo, e.target_code, "
        "e.target_name, e.goldstein, e.quad_class, e.plover_type, e.modality, e.location_name AS location, "
        "e.confidence, e.trigger_text AS trigger, "
        "substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence, "
        "e.cluster_id, e.article_id, e.id, a.url, a.title "
        f"FROM events e JOIN articles a ON a.id = e.article_id{_where(where)} ORDER BY date, a.seq, e.idx"
    )
    return _page(sql, params, limit, offset)


def clusters(
    actor: str | None = None,
    since: str | None = None,
    until: str | None = None,
    root: str | int | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> Query:
    """Real-world events (``event_clusters``), newest and most reported first."""
    where, params = [], []
    if actor:
        where.append(_actor_match("source") + " OR " + _actor_match("target"))
        params += _actor_params(actor) * 2
    _dates(where, params, "date", since, until)
    if root is not None:
        where.append("cameo_root = ?")
        params.append(_root(root))
    sql = f"SELECT * FROM event_clusters{_where(where)} ORDER BY date DESC, num_articles DESC, id"
    return _page(sql, params, limit, offset)


def dyads(by: str = "day", since: str | None = None, until: str | None = None) -> Query:
    """Country pairs per period (day, week, month or year): real-world events, their reports, and the mean
    Goldstein score, from the clusters."""
    if by not in _DYAD_PERIODS:
        raise ValueError(f"dyads by {by!r}: use one of {', '.join(_DYAD_PERIODS)}")
    where, params = ["source_country IS NOT NULL", "target_country IS NOT NULL"], [by]
    _dates(where, params, "date", since, until)
    sql = (
        "SELECT CAST(date_trunc(?, date) AS DATE) AS period, source_country, target_country, "
        "count(*) AS events, CAST(sum(num_mentions) AS BIGINT) AS reports, "
        "round(avg(goldstein), 2) AS mean_goldstein "
        f"FROM event_clusters{_where(where)} GROUP BY ALL "
        "ORDER BY period, events DESC, source_country, target_country"
    )
    return sql, params


def quotes(
    speaker: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> Query:
    """Quotes with their speaker and article, in the order they were stored."""
    where, params = [], []
    if speaker:
        where.append(
            "(contains(lower(q.speaker_name), ?) OR contains(lower(q.speaker_text), ?) "
            "OR starts_with(q.speaker_code, ?))"
        )
        params += [speaker.lower(), speaker.lower(), speaker.upper()]
    _dates(where, params, "try_cast(left(a.published, 10) AS DATE)", since, until)
    sql = (
        "SELECT a.published, q.speaker_name AS speaker, q.speaker_code, q.kind, q.text, q.cue_text AS cue, "
        f"q.article_id, a.title, a.url FROM quotes q JOIN articles a ON a.id = q.article_id{_where(where)} "
        "ORDER BY a.seq, q.idx"
    )
    return _page(sql, params, limit, offset)


def actors(limit: int | None = None, offset: int = 0) -> Query:
    """Actors across the corpus: how many articles name each and how often."""
    sql = (
        "SELECT x.name, x.code, x.country, x.sector, x.kind, count(DISTINCT x.article_id) AS articles, "
        "count(m.actor_id) AS mentions FROM actors x LEFT JOIN mentions m "
        "ON m.article_id = x.article_id AND m.actor_id = x.id "
        "GROUP BY ALL ORDER BY articles DESC, mentions DESC, name"
    )
    return _page(sql, [], limit, offset)


def articles(page: int = 1, per_page: int = 50) -> Query:
    """One page of articles in the order they were stored, with their event and quote counts."""
    sql = (
        "SELECT a.id, a.url, a.site, a.title, a.published, a.language, a.duplicate_of, a.ingested_at, "
        "(SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events, "
        "(SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes FROM articles a ORDER BY a.seq"
    )
    return _page(sql, [], per_page, (max(page, 1) - 1) * per_page)


def article(con: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, Any] | None:
    """The contract dict (``Document.to_dict()``) of a stored article rebuilt from its rows, else None."""

    def fetch(table: str, order: str = "idx") -> list[dict[str, Any]]:
        key = "id" if table == "articles" else "article_id"
        sql = f"SELECT * FROM {table} WHERE {key} = ? ORDER BY {order}"
        return con.sql(sql, params=[article_id]).to_arrow_table().to_pylist()

    found = fetch("articles", "id")
    if not found:
        return None
    row = found[0]
    head = {k: row[k] for k in ("id", "url", "title", "published", "language", "text")}
    extra = {k: row[k] for k in ("author", "site", "duplicate_of") if row[k] is not None}
    spans: dict[str, list[list[int]]] = {}
    for mention in fetch("mentions", "rowid"):
        spans.setdefault(mention["actor_id"], []).append([mention["start_char"], mention["end_char"]])
    return {
        "article": {**head, **extra, **json.loads(row["meta"] or "{}")},
        "actors": [_actor(a, spans.get(a["id"], [])) for a in fetch("actors")],
        "events": [_event(e) for e in fetch("events")],
        "quotes": [
            {
                "speaker": _ref(q, "speaker"),
                "text": q["text"],
                "start": q["start_char"],
                "end": q["end_char"],
                "kind": q["kind"],
                "cue": _span(q, "cue"),
                **_unresolved(q),
            }
            for q in fetch("quotes")
        ],
        "times": [
            {"text": t["text"], "start": t["start_char"], "end": t["end_char"], "value": t["value"]}
            for t in fetch("times")
        ],
        "places": [_place(p, p["text"], p["start_char"], p["end_char"]) for p in fetch("places")],
        "errors": [{"stage": f["stage"], "message": f["reason"]} for f in fetch("failures", "rowid")],
    }


def counts(con: duckdb.DuckDBPyConnection, tables: tuple[str, ...]) -> dict[str, int]:
    """Rows per table."""
    sql = " UNION ALL ".join(f"SELECT '{t}', count(*) FROM {t}" for t in tables)
    return dict(con.execute(sql).fetchall())


def _actor(row: dict[str, Any], mentions: list[list[int]]) -> dict[str, Any]:
    out = {k: row[k] for k in ("id", "name", "code", "country", "sector", "kind")} | {"mentions": mentions}
    return out | {"notes": row["notes"]} if row["notes"] else out


def _event(e: dict[str, Any]) -> dict[str, Any]:
    from newsevents.events.codes import codebook

    known = codebook().get(e["cameo"])
    return {
        "id": e["id"],
        "sentence": {"index": e["sentence_index"], "start": e["sentence_start"], "end": e["sentence_end"]},
        "source": _ref(e, "source"),
        "target": _ref(e, "target"),
        "trigger": _span(e, "trigger"),
        "cameo": e["cameo"],
        "cameo_name": known.name if known else None,
        "cameo_root": e["cameo_root"],
        "quad_class": e["quad_class"],
        "goldstein": e["goldstein"],
        "plover": {"type": e["plover_type"], "mode": e["plover_mode"]},
        "modality": e["modality"],
        "date": e["date"].isoformat() if isinstance(e["date"], date) else None,
        "date_source": e["date_source"],
        "location": _place(e, e["location_text"], e["location_start"], e["location_end"], "location_")
        if e["location_name"] is not None
        else None,
        "confidence": e["confidence"],
    }


def _ref(row: dict[str, Any], prefix: str) -> dict[str, Any] | None:
    if row[f"{prefix}_actor"] is None:
        return None
    return {"actor": row[f"{prefix}_actor"], **_span(row, prefix)} | {
        k: row[f"{prefix}_{k}"] for k in ("code", "country", "sector")
    }


def _unresolved(quote: dict[str, Any]) -> dict[str, Any]:
    """A quote whose speaker is no actor: the source words and the reason (Quote.to_dict's keys)."""
    if quote["unresolved"] is None:
        return {}
    return {"source": _span(quote, "source"), "unresolved": quote["unresolved"]}


def _span(row: dict[str, Any], prefix: str) -> dict[str, Any] | None:
    if row[f"{prefix}_text"] is None:
        return None
    return {"text": row[f"{prefix}_text"], "start": row[f"{prefix}_start"], "end": row[f"{prefix}_end"]}


def _place(row: dict[str, Any], text: str, start: int, end: int, prefix: str = "") -> dict[str, Any]:
    return {"text": text, "start": start, "end": end} | {
        k: row[prefix + k] for k in ("name", "country", "lat", "lon")
    }


def _actor_match(column: str) -> str:
    """A code prefix, a country code or part of a name; the value is taken literally (no wildcards)."""
    return f"(starts_with({column}_code, ?) OR {column}_country = ? OR contains(lower({column}_name), ?))"


def _actor_params(actor: str) -> list[str]:
    return [actor.upper(), actor.upper(), actor.lower()]


def _root(root: str | int) -> str:
    """A CAMEO root as the store writes it ("04"); ValueError for anything but 1 to 20."""
    number = int(root) if str(root).strip().isdigit() else 0
    if not 1 <= number <= 20:
        raise ValueError(f"root {root!r}: a CAMEO root code is 1 to 20")
    return f"{number:02d}"


def _dates(where: list[str], params: list[Any], column: str, since: str | None, until: str | None) -> None:
    from newsevents.timex.normalize import user_day

    for value, op, name in ((since, ">=", "since"), (until, "<=", "until")):
        if value:
            where.append(f"{column} {op} CAST(? AS DATE)")
            params.append(user_day(value, name))


def _where(where: list[str]) -> str:
    return " WHERE " + " AND ".join(f"({w})" for w in where) if where else ""


def _page(sql: str, params: list[Any], limit: int | None, offset: int) -> Query:
    if limit is not None:
        return f"{sql} LIMIT {int(limit)} OFFSET {int(offset)}", params
    return (f"{sql} OFFSET {int(offset)}", params) if offset else (sql, params)
