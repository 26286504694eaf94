"""End to end with the installed model: the project's paired example articles, ingested into a store."""

import json

import pytest

from newsevents import code_many
from newsevents.ingest import read
from newsevents.store import Corpus
from tests.conftest import EXAMPLES, assert_valid, every_candidate

PAIRS = {  # from examples/README.md
    "ceasefire-talks.txt": (
        "2025-09-03",
        "https://news.example.org/europe/2025/09/03/us-envoy-ceasefire-plan",
    ),
    "ceasefire-talks-syndicated.html": (
        "2025-09-03",
        "https://www.continentalherald.example.com/2025/09/03/kremlin",
    ),
    "gaza-aid.txt": ("2024-11-12", "https://news.example.org/mideast/2024/11/12/gaza-school-strike"),
    "gaza-aid-wire.txt": ("2024-11-12", "https://globalwire.example.net/2024/11/12/hamas-cairo-truce-talks"),
}


@pytest.fixture(scope="module")
def pairs(tmp_path_factory):
    """The paired articles as JSON Lines with their dates and URLs, and a store holding them."""
    folder = tmp_path_factory.mktemp("pairs")
    with open(folder / "pairs.jsonl", "w", encoding="utf-8") as out:
        for name, (published, url) in PAIRS.items():
            body = (EXAMPLES / name).read_text(encoding="utf-8")
            kind = "html" if name.endswith(".html") else "text"
            out.write(json.dumps({kind: body, "published": published, "url": url}) + "\n")
    corpus = Corpus(folder / "store.duckdb")
    with every_candidate():
        summary = corpus.ingest([str(folder / "pairs.jsonl")], workers=1)
    return folder, corpus, summary


def test_reports_in_several_articles_form_one_cluster(pairs):
    _, corpus, summary = pairs
    assert (summary.articles, summary.duplicates, sum(summary.failures.values())) == (4, 0, 0)
    expected = corpus.query("""
        SELECT e.cluster_id, count(*) AS mentions, count(DISTINCT e.article_id) AS articles,
            count(DISTINCT a.domain) AS sources
        FROM events e JOIN articles a ON a.id = e.article_id WHERE e.cluster_id IS NOT NULL GROUP BY ALL""")
    found = {c["id"]: c for c in corpus.clusters().to_pylist()}
    assert len(found) == expected.num_rows
    for row in expected.to_pylist():
        cluster = found[row["cluster_id"]]
        assert (cluster["num_mentions"], cluster["num_articles"], cluster["num_sources"]) == (
            row["mentions"],
            row["articles"],
            row["sources"],
        )
    merged = [c for c in found.values() if c["num_articles"] == 2]
    assert merged, "no event reported in both articles of a pair was merged"
    assert all(c["num_sources"] == 2 for c in merged)


def test_ingesting_twice_changes_nothing(pairs):
    folder, corpus, _ = pairs
    before = corpus.counts()
    again = corpus.ingest([str(folder / "pairs.jsonl")], workers=1)
    assert (again.inputs, again.skipped, again.articles) == (4, 4, 0)
    assert corpus.counts() == before


def test_stored_article_is_the_coded_contract(pairs):
    folder, corpus, _ = pairs
    record = next(read([str(folder / "pairs.jsonl")]))
    with every_candidate():
        doc = next(code_many([record])).to_dict()
    stored = corpus.article(doc["article"]["id"])
    assert_valid(stored)
    assert json.loads(json.dumps(stored)) == json.loads(json.dumps(doc))


def test_failures_are_recorded_and_retried(tmp_path):
    source = tmp_path / "in" / "late.txt"
    source.parent.mkdir()
    source.write_text("", encoding="utf-8")
    corpus = Corpus(tmp_path / "store.duckdb")
    summary = corpus.ingest([str(source.parent)], workers=1)
    assert sum(summary.failures.values()) == 1 and list(summary.failures)[0].startswith("ingest: ")
    (failure,) = corpus.query("SELECT source, stage FROM failures").to_pylist()
    assert failure == {"source": str(source), "stage": "ingest"}
    assert (
        corpus.ingest([str(source.parent)], workers=1).skipped == 1
    )  # a failed input is not retried by default
    source.write_text((EXAMPLES / "gaza-aid.txt").read_text(encoding="utf-8"), encoding="utf-8")
    retried = corpus.retry(workers=1)
    assert (retried.inputs, retried.articles, sum(retried.failures.values())) == (1, 1, 0)
    counts = corpus.counts()
    assert (counts["articles"], counts["failures"]) == (1, 0)
    assert corpus.ingest([str(source.parent)], workers=1).skipped == 1


def test_load_stores_coded_articles_as_they_are(pairs, tmp_path):
    _, corpus, _ = pairs
    ids = corpus.query("SELECT id FROM articles ORDER BY seq").column("id").to_pylist()
    coded = tmp_path / "coded.jsonl"
    coded.write_text("".join(json.dumps(corpus.article(i)) + "\n" for i in ids), encoding="utf-8")
    copy = Corpus(tmp_path / "copy.duckdb")
    assert copy.load([str(coded)]).articles == len(ids)
    assert copy.load([str(coded)]).articles == 0
    assert {t: n for t, n in copy.counts().items() if t != "inputs"} == {
        t: n for t, n in corpus.counts().items() if t != "inputs"
    }
    assert copy.article(ids[0]) == corpus.article(ids[0])
