"""Reads the API needs beyond ``Corpus``'s named ones: totals for paging, events with every dashboard
filter, per-day timelines and the country network; and storing one coded article.

Each builds on the store's own SQL (``newsevents.store.queries``), wrapping it as a subquery, so a filter
means the same here as on the command line. Every value is a bound parameter.
TODO(store): these belong in ``newsevents.store`` (``Corpus.events(quad_class=, cameo=, q=)``,
``Corpus.timeline``, totals, ``Corpus.add(docs)``); move them there and keep this module a thin shim.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pyarrow as pa
import pyarrow.csv

from newsevents.api.models import EventFilters, Filters, Period, QuoteFilters
from newsevents.document import Document
from newsevents.store import Corpus
from newsevents.store import queries as store_queries
from newsevents.store.writer import Originals

Query = tuple[str, list[Any]]


def page(corpus: Corpus, build: Callable[..., Query], number: int, per_page: int, **filters: Any) -> dict:
    """Rows ``number`` (from 1) of a store query, ``per_page`` to a page, with the total matching."""
    sql, params = build(**filters)
    rows = corpus.query(*build(**filters, limit=per_page, offset=(number - 1) * per_page)).to_pylist()
    return {"total": total(corpus, (sql, params)), "page": number, "per_page": per_page, "items": rows}


def total(corpus: Corpus, query: Query) -> int:
    """How many rows a query returns."""
    sql, params = query
    return corpus.query(f"SELECT count(*) AS n FROM ({sql}) t", params).column("n")[0].as_py()


def events(f: EventFilters, limit: int | None = None, offset: int = 0) -> Query:
    """Event reports matching every filter, oldest first, with the sentence that is their evidence."""
    sql, params = store_queries.events(f.actor, _day(f.since), _day(f.until), f.root, f.modality)
    where: list[str] = []
    if f.cameo:
        where.append("x.cameo LIKE ?")
        params.append(f"{f.cameo}%")
    if f.quad_class is not None:
        where.append("x.quad_class = ?")
        params.append(f.quad_class)
    if f.q:
        columns = ("x.trigger", "x.source_name", "x.target_name", "x.title", "x.sentence")
        where.append("(" + " OR ".join(f"{c} ILIKE ? ESCAPE '\\'" for c in columns) + ")")
        params += [f"%{_escape(f.q)}%"] * len(columns)
    sql = (
        "SELECT x.* REPLACE (CAST(x.cluster_id AS VARCHAR) AS cluster_id) "
        f"FROM ({sql}) x JOIN events e ON e.article_id = x.article_id AND e.id = x.id "
        f"JOIN articles a ON a.id = x.article_id{_where(where)} ORDER BY x.date, a.seq, e.idx"
    )
    return _limit(sql, params, limit, offset)


def events_csv(corpus: Corpus, f: EventFilters) -> bytes:
    """Every event report matching the filters as CSV with a header."""
    sink = pa.BufferOutputStream()
    pyarrow.csv.write_csv(corpus.query(*events(f)), sink)
    return sink.getvalue().to_pybytes()


def clusters(f: Filters, limit: int | None = None, offset: int = 0) -> Query:
    """Real-world events, newest first, ids as strings."""
    sql, params = store_queries.clusters(f.actor, _day(f.since), _day(f.until), f.root)
    sql = f"SELECT * REPLACE (CAST(id AS VARCHAR) AS id) FROM ({sql}) c"
    return _limit(sql + " ORDER BY date DESC, num_articles DESC, id", params, limit, offset)


def dyads(by: str, f: Period, limit: int | None = None, offset: int = 0) -> Query:
    """Country pairs per period (the store's query, paged)."""
    return _limit(*store_queries.dyads(by, _day(f.since), _day(f.until)), limit, offset)


def quotes(f: QuoteFilters, limit: int | None = None, offset: int = 0) -> Query:
    """Quotes with their speaker and article (the store's query)."""
    return store_queries.quotes(f.speaker, _day(f.since), _day(f.until), limit, offset)


def timeline(
    corpus: Corpus, f: Filters, source: str | None = None, target: str | None = None
) -> list[dict[str, Any]]:
    """Real-world events per day and QuadClass with their mean Goldstein score; ``source`` and ``target``
    (country codes) pick one directed pair."""
    sql, params = store_queries.clusters(f.actor, _day(f.since), _day(f.until), f.root)
    where = []
    for column, value in (("source_country", source), ("target_country", target)):
        if value:
            where.append(f"{column} = ?")
            params.append(value.upper())
    sql = (
        "SELECT date, quad_class, count(*) AS events, round(avg(goldstein), 2) AS mean_goldstein "
        f"FROM ({sql}) c{_where(where + ['date IS NOT NULL'])} GROUP BY ALL ORDER BY date, "
        "quad_class"
    )
    return corpus.query(sql, params).to_pylist()


def places(corpus: Corpus, f: Filters) -> list[dict[str, Any]]:
    """The places of real-world events that have coordinates, with their events and mean Goldstein score."""
    sql, params = store_queries.clusters(f.actor, _day(f.since), _day(f.until), f.root)
    sql = (
        "SELECT location AS name, min(location_country) AS country, min(location_lat) AS lat, "
        "min(location_lon) AS lon, count(*) AS events, round(avg(goldstein), 2) AS mean_goldstein "
        f"FROM ({sql}) c WHERE location_lat IS NOT NULL AND location_lon IS NOT NULL "
        "GROUP BY location ORDER BY events DESC, name"
    )
    return corpus.query(sql, params).to_pylist()


def undated(corpus: Corpus) -> int:
    """How many event reports have no date at all."""
    return corpus.query("SELECT count(*) AS n FROM events WHERE date IS NULL").column("n")[0].as_py()


def network(corpus: Corpus, f: Filters, limit: int = 200) -> dict[str, list[dict[str, Any]]]:
    """Countries as nodes and directed country pairs as edges (real-world events, mean Goldstein), the
    ``limit`` pairs with most events."""
    sql, params = store_queries.clusters(f.actor, _day(f.since), _day(f.until), f.root)
    sql = (
        "SELECT source_country AS source, target_country AS target, count(*) AS events, "
        f"round(avg(goldstein), 2) AS mean_goldstein FROM ({sql}) c WHERE source_country IS NOT NULL "
        "AND target_country IS NOT NULL GROUP BY ALL ORDER BY events DESC, source, target LIMIT ?"
    )
    edges = corpus.query(sql, [*params, limit]).to_pylist()
    degree: dict[str, int] = {}
    for edge in edges:
        for end in {edge["source"], edge["target"]}:
            degree[end] = degree.get(end, 0) + edge["events"]
    nodes = [{"id": k, "events": v} for k, v in sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))]
    return {"nodes": nodes, "edges": edges}


def save(corpus: Corpus, doc: Document | dict[str, Any], originals: Originals | None = None) -> None:
    """Store one coded article (Document or contract dict; skipped when its text is stored already), in
    one transaction. ``originals``, kept between calls, spares reading every stored text each time."""
    from newsevents.store.rows import rows
    from newsevents.store.writer import Writer

    coded = rows([doc])
    for failure in coded["failures"]:
        failure["source"] = "api"
    writer = Writer(corpus.path, originals=originals)
    try:
        writer.add(coded)
        writer.flush()
    except BaseException:
        if originals is not None:
            originals.reset()  # it has seen an article that was not stored
        raise


def _where(where: list[str]) -> str:
    return " WHERE " + " AND ".join(f"({w})" for w in where) if where else ""


def _limit(sql: str, params: list[Any], limit: int | None, offset: int) -> Query:
    return (f"{sql} LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else sql), params


def _day(value: Any) -> str | None:
    return value.isoformat() if value else None


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
