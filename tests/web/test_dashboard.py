"""The dashboard in a real browser: each view shows what the store holds. Screenshots go to the artifacts
directory (see conftest)."""

from __future__ import annotations

import pytest

from tests.conftest import EXAMPLES

expect = pytest.importorskip("playwright.sync_api").expect


def show(page, view: str) -> None:
    """Open a view (``network``, ``article/ID/E1``, ...) and wait until it has drawn."""
    page.goto(f"/#/{view}")
    page.wait_for_selector(f"body[data-ready='{view.split('/')[0].split('?')[0]}']")


def test_overview_shows_the_counts(page, corpus, artifacts):
    show(page, "overview")
    counts = corpus.counts()
    for key in ("articles", "events", "event_clusters", "quotes", "places", "failures"):
        assert page.inner_text(f"[data-count={key}] b") == str(counts[key]), key
    assert page.locator("table.top-actors tbody tr").count() == min(10, corpus.actors().num_rows)
    assert page.locator("table.top-dyads tbody tr").count() > 0
    assert page.locator(".view-overview canvas").count() == 1
    page.screenshot(path=artifacts / "overview.png", full_page=True)


def test_network_has_a_node_per_country_of_a_dyad(page, corpus, artifacts):
    dyads = corpus.dyads("year").to_pylist()
    show(page, "network")
    nodes = page.evaluate("window.cy.nodes().map((n) => n.id())")
    assert sorted(nodes) == sorted({d[k] for d in dyads for k in ("source_country", "target_country")})
    pairs = {(d["source_country"], d["target_country"]) for d in dyads}
    assert page.evaluate("window.cy.edges().length") == len(pairs)
    page.screenshot(path=artifacts / "network.png", full_page=True)


def test_clicking_a_node_filters_the_events_table(page, corpus, artifacts):
    show(page, "events")
    assert f"{corpus.events().num_rows} event reports" in page.inner_text("#total")
    show(page, "network")
    box = page.locator("#graph").bounding_box()
    spot = page.evaluate("window.cy.getElementById('RUS').renderedPosition()")
    page.mouse.click(box["x"] + spot["x"], box["y"] + spot["y"])
    page.wait_for_selector("body[data-ready='network'] .view-network table.events")
    assert page.inner_text("#filter-actor") == "RUS"
    page.screenshot(path=artifacts / "network-rus.png", full_page=True)
    page.click("nav a[href='#/events']")
    page.wait_for_selector("body[data-ready='events']")
    expected = corpus.events(actor="RUS").to_pylist()
    assert page.input_value("input[name=actor]") == "RUS"
    assert f"{len(expected)} event reports" in page.inner_text("#total")
    assert page.locator("#events-table tbody tr").count() == min(50, len(expected))
    assert "actor=RUS" in page.get_attribute("#csv", "href")
    page.screenshot(path=artifacts / "events-rus.png", full_page=True)
    page.click("#filter-clear")
    expect(page.locator("#total")).to_contain_text(f"{corpus.events().num_rows} event reports")
    assert page.input_value("input[name=actor]") == "" and page.is_hidden("#filter")


def test_article_view_highlights_the_evidence_of_an_event(page, corpus, artifacts):
    row = next(e for e in corpus.events(actor="RUS").to_pylist() if e["target_code"])
    event = next(e for e in corpus.article(row["article_id"])["events"] if e["id"] == row["id"])
    show(page, f"article/{row['article_id']}/{row['id']}")
    marked = f".doc-text .focus[data-events~='{event['id']}']"
    for role in ("trigger", "source", "target"):
        assert "".join(page.locator(f"{marked}.{role}").all_inner_texts()) == event[role]["text"], role
    assert event["cameo"] in page.get_attribute(f"{marked}.trigger", "title")
    assert event["trigger"]["text"] in "".join(page.locator(".doc-text .in-sentence").all_inner_texts())
    assert page.get_attribute(".event-item.selected", "data-event") == event["id"]
    page.screenshot(path=artifacts / "article.png")


def test_code_a_text_shows_its_events(page, artifacts):
    import newsevents

    text = (EXAMPLES / "ceasefire-talks.txt").read_text(encoding="utf-8")
    expected = newsevents.code(text, published="2025-09-03")
    show(page, "code")
    page.fill("#code-text", text)
    page.fill("#code-published", "2025-09-03")
    page.click("#code-run")
    page.wait_for_selector("#code-result .event-item", timeout=60_000)
    assert page.locator("#code-result .event-item").count() == len(expected.events) > 0
    assert page.locator("#code-result .doc-text .trigger").count() > 0
    assert page.locator("#code-result .doc-text .quote").count() > 0
    page.screenshot(path=artifacts / "code.png", full_page=True)


def test_dyad_timeline_draws(page, artifacts):
    show(page, "dyads?source=USA&target=UKR")
    assert page.locator(".view-dyads canvas").count() == 1
    assert page.input_value("#pair") == "USA-UKR"
    page.screenshot(path=artifacts / "dyads.png")
