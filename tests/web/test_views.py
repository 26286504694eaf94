"""The dashboard's hint for an empty store, its warning about undated events, its map of event places and
the real time axis of its timelines, in a real browser (skipped without chromium, see conftest)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.web.test_dashboard import show

pytest.importorskip("playwright.sync_api")


def test_an_empty_store_says_how_to_fill_it(empty_page, artifacts):
    show(empty_page, "overview")
    hint = empty_page.inner_text("#empty-hint")
    assert "This store is empty" in hint and "newsevents ingest" in hint and "empty.duckdb" in hint
    assert empty_page.locator(".view-overview canvas").count() == 0
    empty_page.screenshot(path=artifacts / "overview-empty.png", full_page=True)


def test_undated_events_are_named_on_the_overview(page, corpus):
    undated = corpus.query("SELECT count(*) AS n FROM events WHERE date IS NULL").to_pylist()[0]["n"]
    show(page, "overview")
    if undated:
        assert page.inner_text("#undated").startswith(f"{undated} event report")
    else:
        assert page.locator("#undated").count() == 0


def test_the_map_shows_every_located_place_where_it_lies(page, corpus, artifacts):
    places = corpus.query(
        "SELECT location AS name, min(location_lat) AS lat, min(location_lon) AS lon FROM event_clusters "
        "WHERE location_lat IS NOT NULL GROUP BY 1"
    ).to_pylist()
    show(page, "map")
    assert page.locator("#map .place-dot").count() == len(places) > 0
    for place in places:
        dot = page.locator(f"#map .place-dot[data-place='{place['name']}'] circle")
        x, y = float(dot.get_attribute("cx")), float(dot.get_attribute("cy"))
        assert (
            abs(x - (place["lon"] + 180) / 360 * 1000) < 0.1
            and abs(y - (90 - place["lat"]) / 180 * 500) < 0.1
        )
    assert page.locator("table.places tbody tr").count() == len(places)
    page.screenshot(path=artifacts / "map.png", full_page=True)


def test_the_timeline_axis_skips_no_period(page):
    show(page, "overview")
    labels = page.evaluate("Chart.getChart(document.querySelector('.view-overview canvas')).data.labels")
    spans = page.evaluate(
        """async () => {
          const { periods } = await import("/static/app.js");
          return [periods(["2019-05-03", "2023-02-01"]), periods(["2025-08-30", "2025-09-02"])];
        }"""
    )
    years, days = spans
    assert years["grain"] == "month" and len(years["labels"]) == 46
    assert years["labels"][:2] == ["2019-05", "2019-06"] and "2021-07" in years["labels"]
    assert days == {"grain": "day", "labels": ["2025-08-30", "2025-08-31", "2025-09-01", "2025-09-02"]}
    assert labels and all(_next(a) == b for a, b in zip(labels, labels[1:], strict=False)), labels


def _next(label: str) -> str:
    """The period after a day (YYYY-MM-DD), month (YYYY-MM) or year (YYYY)."""
    if len(label) == 4:
        return str(int(label) + 1)
    if len(label) == 7:
        year, month = map(int, label.split("-"))
        return f"{year + month // 12}-{month % 12 + 1:02d}"
    return (date.fromisoformat(label) + timedelta(days=1)).isoformat()
