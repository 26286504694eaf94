"""Incremental event clustering: the many reports of one real-world event become one ``event_clusters`` row.

A report joins a cluster by its key: (date, source code, target code, CAMEO code, location name), where the
date is the event's own, else the article's publication day. Only asserted events are clustered (a denied,
hypothetical or future event did not happen), and only from articles that are not copies of an earlier
one (a syndicated copy is not a second witness). ``rows.cluster_id`` hashes the key when the events are
coded; ``update`` then recomputes, inside the writer's transaction, exactly the clusters that a write
touched, from all of their reports. Counts therefore stay true as articles arrive, where GDELT freezes an
event's counts after its first 15 minutes.
"""

from __future__ import annotations

from collections.abc import Iterable

import duckdb
import pyarrow as pa

_SEEN = "coalesce(try_cast(left(a.published, 19) AS TIMESTAMP), a.ingested_at)"

_RECOMPUTE = f"""
INSERT INTO event_clusters BY NAME
SELECT e.cluster_id AS id,
    min(coalesce(e.date, try_cast(left(a.published, 10) AS DATE))) AS date,
    min(e.source_code) AS source_code, min(e.target_code) AS target_code, min(e.cameo) AS cameo,
    min(e.location_name) AS location, min(e.cameo_root) AS cameo_root, min(e.quad_class) AS quad_class,
    avg(e.goldstein) AS goldstein,
    min(e.source_name) AS source_name, min(e.source_country) AS source_country,
    min(e.target_name) AS target_name, min(e.target_country) AS target_country,
    min(e.location_country) AS location_country, min(e.location_lat) AS location_lat,
    min(e.location_lon) AS location_lon, bool_or(e.sentence_index = 0) AS is_root,
    count(*) AS num_mentions, count(DISTINCT e.article_id) AS num_articles,
    count(DISTINCT coalesce(a.domain, a.site, a.id)) AS num_sources,
    min({_SEEN}) AS first_seen, max({_SEEN}) AS last_seen, avg(e.confidence) AS mean_confidence,
    arg_min(a.url, ({_SEEN}, a.seq)) AS url
FROM events e JOIN articles a ON a.id = e.article_id
WHERE e.cluster_id IN (SELECT id FROM _touched) AND a.duplicate_of IS NULL
GROUP BY e.cluster_id
"""


def update(con: duckdb.DuckDBPyConnection, touched: Iterable[int]) -> int:
    """Recompute the clusters with these ids from their reports (in the caller's transaction); a cluster
    left with no report is removed. Returns how many clusters were recomputed."""
    ids = sorted({i for i in touched if i is not None})
    if not ids:
        return 0
    con.register("_touched", pa.table({"id": pa.array(ids, pa.int64())}))
    try:
        con.execute("DELETE FROM event_clusters WHERE id IN (SELECT id FROM _touched)")
        con.execute(_RECOMPUTE)
    finally:
        con.unregister("_touched")
    return len(ids)
