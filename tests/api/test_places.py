"""What the dashboard's map and warnings read: /api/places and /api/about's count of undated events."""

from __future__ import annotations


def test_places_are_the_located_real_world_events(client, corpus):
    places = client.get("/api/places").json()
    located = corpus.query(
        "SELECT location, count(*) AS n FROM event_clusters WHERE location_lat IS NOT NULL GROUP BY 1"
    ).to_pylist()
    assert places and {p["name"]: p["events"] for p in places} == {r["location"]: r["n"] for r in located}
    assert all(-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 for p in places)


def test_about_counts_the_events_without_a_date(client, corpus):
    undated = corpus.query("SELECT count(*) AS n FROM events WHERE date IS NULL").to_pylist()[0]["n"]
    assert client.get("/api/about").json()["undated_events"] == undated
