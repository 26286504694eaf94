"""Hostile values at the store's doors: a damaged file is a StoreError that names it (503 from the API,
never a traceback or a 500), filter values are taken literally (``_`` and ``%`` are no wildcards), and a
day is YYYY-MM-DD, never a Unix timestamp."""

from __future__ import annotations

import os
import warnings

import pytest

from newsevents.errors import StoreError
from newsevents.store import Corpus, rows
from newsevents.store.writer import Writer
from tests.store.conftest import Ev, make_doc


@pytest.fixture
def db(tmp_path):
    writer = Writer(tmp_path / "store.duckdb")
    docs = [make_doc(f"a{n}", [Ev("RUSGOV", "UKRGOV", "042")]) for n in range(40)]
    writer.add(rows(docs))
    writer.flush()
    return tmp_path / "store.duckdb"


def client(db, **options):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    from newsevents.api import Options, create_app

    return TestClient(create_app(Options(db=db, **options)))


def damage(db) -> None:
    size = db.stat().st_size
    with open(db, "r+b") as out:
        out.seek(size // 2)
        out.write(os.urandom(size // 4))


def test_a_damaged_store_is_a_store_error_everywhere(db, tmp_path):
    damage(db)
    corpus = Corpus(db, read_only=True)
    for call in (lambda: corpus.article("a3"), lambda: corpus.export("csv", tmp_path / "out")):
        with pytest.raises(StoreError, match="store.duckdb: cannot read or write the store.*damaged"):
            call()
    answer = client(db).get("/api/articles/a3")
    assert answer.status_code == 503 and str(tmp_path) not in answer.text


@pytest.mark.parametrize("value", ["_", "%", "R_S", "%GOV"])
def test_filters_have_no_wildcards(db, value):
    corpus = Corpus(db, read_only=True)
    assert corpus.events().num_rows == 40
    assert corpus.events(actor=value).num_rows == 0
    assert corpus.clusters(actor=value).num_rows == 0
    assert corpus.quotes(speaker=value).num_rows == 0
    assert corpus.events(actor="rus").num_rows == 40  # a code prefix, any case


@pytest.mark.parametrize("value", ["1700000000", "1699920000", "0", "2024-3-4"])
def test_a_day_is_never_a_timestamp(db, value):
    api = client(db)
    assert api.get("/api/events", params={"since": value}).status_code == 422
    published = int(value) if value.isdigit() else value
    assert api.post("/api/code", json={"text": "x" * 30, "published": published}).status_code == 422
    assert api.get("/api/events", params={"since": "2024-03-04"}).status_code == 200


def test_saving_one_article_at_a_time_reads_only_what_is_new(db, monkeypatch):
    """``POST /api/articles`` kept its time as the store grows: the dedup reads each stored text once."""
    from newsevents.api import queries
    from newsevents.ingest import Deduper
    from newsevents.store.writer import Originals

    seen: list[str] = []
    check = Deduper.check
    monkeypatch.setattr(Deduper, "check", lambda self, doc: seen.append(doc.article.id) or check(self, doc))
    corpus, originals = Corpus(db), Originals()
    for n in range(5):
        queries.save(corpus, make_doc(f"new{n}", [Ev("FRAGOV", "RUSGOV", "111")]), originals)
    assert len(seen) == 40 + 5 + 4  # the store once, each new article, each saved one read back once
    assert corpus.counts()["articles"] == 45
