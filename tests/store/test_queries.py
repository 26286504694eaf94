import json

import pytest

from newsevents.errors import StoreError
from newsevents.store import Corpus, rows
from newsevents.store.writer import Writer
from tests.store.conftest import Ev, failed_stage, make_doc

DOCS = [
    failed_stage(
        make_doc(
            "a1",
            [Ev("RUSGOV", "UKRGOV", "042", place="Kyiv"), Ev("FRAGOV", "RUSGOV", "111")],
            url="https://one.example/1",
            published="2025-08-02",
        )
    ),
    make_doc(
        "a2", [Ev("FRAGOV", "RUSGOV", "111", date="2025-07-30", modality="negated")], published="2025-07-31"
    ),
]


@pytest.fixture
def corpus(db):
    writer = Writer(db)
    writer.add(rows(DOCS))
    writer.flush()
    return Corpus(db, read_only=True)


def test_article_is_the_contract_rebuilt(corpus):
    for doc in DOCS:
        assert json.loads(json.dumps(corpus.article(doc.article.id))) == json.loads(json.dumps(doc.to_dict()))
    assert corpus.article("nope") is None


def test_events_filters(corpus):
    assert corpus.events().num_rows == 3
    assert corpus.events(actor="RUS").num_rows == 3 and corpus.events(actor="fra").num_rows == 2
    assert corpus.events(actor="Name of FRA", root=11, since="2025-08-01").num_rows == 1
    assert (
        corpus.events(modality="negated", until="2025-07-30").column("date").to_pylist()[0].isoformat()
        == "2025-07-30"
    )
    assert corpus.events(limit=2, offset=1).column("article_id").to_pylist() == ["a1", "a1"]  # oldest first


def test_clusters_dyads_quotes_actors_articles(corpus):
    assert corpus.clusters(actor="UKR").num_rows == 1 and corpus.clusters(root="11").num_rows == 1
    dyads = corpus.dyads().to_pylist()
    assert {(d["source_country"], d["target_country"], d["events"]) for d in dyads} == {
        ("RUS", "UKR", 1),
        ("FRA", "RUS", 1),
    }
    assert corpus.dyads(by="month").num_rows == 2
    with pytest.raises(ValueError):
        corpus.dyads(by="hour")
    assert corpus.quotes(speaker="FRA").num_rows == 2 and corpus.quotes(speaker="Name of RUS").num_rows == 0
    assert corpus.actors().num_rows == 3
    page = corpus.articles(page=1, per_page=1).to_pylist()
    assert [(a["id"], a["events"]) for a in page] == [("a1", 2)] and corpus.articles(
        page=2, per_page=1
    ).num_rows == 1


def test_counts_and_query(corpus):
    counts = corpus.counts()
    assert (counts["articles"], counts["events"], counts["failures"], counts["event_clusters"]) == (
        2,
        3,
        1,
        2,
    )
    assert corpus.query("SELECT count(*) AS n FROM events WHERE cameo = ?", ["111"]).to_pylist() == [{"n": 2}]


def test_read_only_means_read_only(corpus, tmp_path):
    with pytest.raises(StoreError, match="DELETE is refused"):
        corpus.query("DELETE FROM articles")
    with pytest.raises(StoreError, match="read-only"):
        corpus.ingest([str(tmp_path)])
    with pytest.raises(StoreError, match="no such store"):
        Corpus(tmp_path / "missing.duckdb", read_only=True)
