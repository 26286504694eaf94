"""The /api routes against the example store: each answers what the store (or newsevents.code) says."""

from __future__ import annotations

import csv
import io
import shutil

import pytest

from tests.conftest import EXAMPLES, assert_valid


def test_about_counts_every_table(client, corpus):
    about = client.get("/api/about").json()
    assert about["counts"] == corpus.counts() and about["allow_writes"] is False


def test_articles_page_through_the_store(client, corpus):
    first = client.get("/api/articles", params={"per_page": 5}).json()
    second = client.get("/api/articles", params={"per_page": 5, "page": 2}).json()
    assert first["total"] == corpus.counts()["articles"]
    assert [a["id"] for a in first["items"]] == [a["id"] for a in corpus.articles(1, 5).to_pylist()]
    assert not {a["id"] for a in first["items"]} & {a["id"] for a in second["items"]}


def test_an_article_is_its_contract(client, corpus):
    aid = corpus.articles(1, 1).to_pylist()[0]["id"]
    doc = client.get(f"/api/articles/{aid}").json()
    assert doc == corpus.article(aid)
    assert_valid(doc)
    assert client.get("/api/articles/no-such-article").status_code == 404


@pytest.mark.parametrize(
    ("params", "check"),
    [
        ({"quad_class": 4}, lambda e: e["quad_class"] == 4),
        ({"cameo": "04"}, lambda e: e["cameo"].startswith("04")),
        ({"root": 12}, lambda e: e["cameo"].startswith("12")),
        ({"modality": "future"}, lambda e: e["modality"] == "future"),
        ({"since": "2025-01-01", "until": "2025-06-30"}, lambda e: "2025-01-01" <= e["date"] <= "2025-06-30"),
        ({"q": "drone"}, lambda e: "drone" in (e["sentence"] + (e["title"] or "")).lower()),
        ({"actor": "RUS"}, lambda e: "RUS" in f"{e['source_code']}{e['target_code']}"),
    ],
)
def test_events_filters(client, params, check):
    found = client.get("/api/events", params={**params, "per_page": 500}).json()
    assert 0 < found["total"] == len(found["items"]) < client.get("/api/events").json()["total"]
    assert all(check(e) for e in found["items"]), params


def test_events_match_the_store_and_page(client, corpus):
    expected = corpus.events(actor="RUS").to_pylist()
    found = client.get("/api/events", params={"actor": "RUS", "per_page": 5, "page": 2}).json()
    assert found["total"] == len(expected)
    assert [(e["article_id"], e["id"]) for e in found["items"]] == [
        (e["article_id"], e["id"]) for e in expected[5:10]
    ]
    assert all(isinstance(e["cluster_id"], str | None) for e in found["items"])


def test_text_search_is_literal(client):
    assert client.get("/api/events", params={"q": "%"}).json()["total"] == 0


def test_events_csv_has_every_matching_row(client):
    found = client.get("/api/events", params={"actor": "USA"}).json()
    response = client.get("/api/events.csv", params={"actor": "USA"})
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == found["total"] and {"date", "cameo", "sentence", "article_id"} <= set(rows[0])


def test_clusters_dyads_quotes_actors(client, corpus):
    clusters = client.get("/api/clusters", params={"per_page": 500}).json()
    assert clusters["total"] == corpus.counts()["event_clusters"]
    assert all(isinstance(c["id"], str) for c in clusters["items"])
    dyads = client.get("/api/dyads", params={"by": "month"}).json()
    assert dyads["total"] == corpus.dyads("month").num_rows
    quotes = client.get("/api/quotes", params={"speaker": "Peskov"}).json()
    assert quotes["total"] == corpus.quotes(speaker="Peskov").num_rows > 0
    actors = client.get("/api/actors", params={"per_page": 3}).json()
    assert actors["items"] == corpus.actors(3).to_pylist()


def test_network_and_timeline_agree_with_the_dyads(client, corpus):
    net = client.get("/api/network").json()
    dyads = corpus.dyads("year").to_pylist()
    countries = {d[k] for d in dyads for k in ("source_country", "target_country")}
    assert {n["id"] for n in net["nodes"]} == countries
    assert sum(e["events"] for e in net["edges"]) == sum(d["events"] for d in dyads)
    edge = net["edges"][0]
    timeline = client.get("/api/timeline", params={"source": edge["source"], "target": edge["target"]}).json()
    assert sum(r["events"] for r in timeline) == edge["events"]
    dated = [c for c in corpus.clusters().to_pylist() if c["date"] is not None]
    assert sum(r["events"] for r in client.get("/api/timeline").json()) == len(dated)


def test_code_runs_the_library(client):
    import newsevents

    text = (EXAMPLES / "ceasefire-talks.txt").read_text(encoding="utf-8")
    doc = client.post("/api/code", json={"text": text, "published": "2025-09-03"}).json()
    assert doc == newsevents.code(text, published="2025-09-03").to_dict()
    assert doc["events"]
    assert_valid(doc)


def test_code_refuses_what_it_cannot_code(client, app):
    assert client.post("/api/code", json={"text": "   "}).status_code == 422
    plain = {"content-type": "text/plain"}  # not JSON: a cross-site form cannot post it
    assert client.post("/api/code", content=b'{"text": "x"}', headers=plain).status_code == 422
    big = {"text": "x" * (app.state.options.max_body_bytes + 1)}
    assert client.post("/api/code", json=big).status_code == 413


def test_no_write_endpoint_unless_enabled(client, make_client, corpus, store_path, tmp_path):
    text = (EXAMPLES / "gaza-aid.txt").read_text(encoding="utf-8") + "\nA new closing line."
    assert client.post("/api/articles", json={"text": text}).status_code == 405
    assert client.get("/api/about").json()["counts"] == corpus.counts()
    copy = tmp_path / "store.duckdb"
    shutil.copy(store_path, copy)
    writable = make_client(db=copy, allow_writes=True)
    made = writable.post("/api/articles", json={"text": text, "published": "2024-11-12"})
    assert made.status_code == 201
    stored = writable.get(f"/api/articles/{made.json()['article']['id']}").json()
    assert stored["events"] == made.json()["events"]
    assert writable.get("/api/about").json()["counts"]["articles"] == corpus.counts()["articles"] + 1


def test_security_headers_cors_and_hosts(client, make_client):
    from newsevents.api import LOOPBACK_HOSTS

    page = client.get("/")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"
    preflight = {"origin": "https://evil.example", "access-control-request-method": "GET"}
    assert "access-control-allow-origin" not in client.options("/api/events", headers=preflight).headers
    cors = make_client(cors_origins=["https://ok.example"])
    answer = cors.get("/api/about", headers={"origin": "https://ok.example"})
    assert answer.headers["access-control-allow-origin"] == "https://ok.example"
    local = make_client("http://127.0.0.1", allowed_hosts=LOOPBACK_HOSTS)
    assert local.get("/api/about").status_code == 200
    assert local.get("/api/about", headers={"host": "rebound.example"}).status_code == 400


def test_openapi_documents_the_contract_and_docs_are_local(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/articles/{article_id}", "/api/code", "/api/dyads"} <= set(spec["paths"])
    assert "/api/articles" in spec["paths"] and "post" not in spec["paths"]["/api/articles"]
    assert spec["components"]["schemas"]["Document"]["required"][0] == "article"
    docs = client.get("/docs").text
    assert "/static/vendor/swagger-ui-bundle.js" in docs and "cdn." not in docs
    assert client.get("/static/vendor/cytoscape.min.js").status_code == 200
