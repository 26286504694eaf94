"""The library's front door as the ecosystem's users expect it: code_many takes texts, dicts and Records;
a Document has a short repr and a table of its events."""

from datetime import date

import pyarrow as pa

import newsevents
from newsevents.ingest import Record

TEXT = "France condemned Russia on Monday."


def test_code_many_takes_strings_dicts_and_records_in_order():
    items = [
        TEXT,
        {"text": TEXT, "published": date(2025, 3, 5), "url": "https://a.example/1", "id": "d1"},
        Record("r", text=TEXT, published="2025-03-06"),
        42,
        {"url": "https://no.text/"},
    ]
    docs = list(newsevents.code_many(items))
    assert len(docs) == 5
    assert docs[0].article.published is None and docs[0].events
    assert (docs[1].article.id, docs[1].article.published, docs[1].article.url) == (
        "d1",
        "2025-03-05",
        "https://a.example/1",
    )
    assert docs[1].events[0].date == "2025-03-03"  # the Monday before
    assert docs[2].article.published == "2025-03-06"
    assert "int" in docs[3].errors[0].message and "'text'" in docs[4].errors[0].message


def test_code_takes_a_date():
    assert newsevents.code(TEXT, published=date(2025, 3, 5)).article.published == "2025-03-05"


def test_a_document_repr_is_one_short_line():
    doc = newsevents.code(TEXT, published="2025-03-05", title="Paris speaks")
    shown = repr(doc)
    assert shown.startswith("<Document 'Paris speaks' (2025-03-05): 1 events, ")
    assert "\n" not in shown and len(shown) < 120


def test_events_as_a_table_and_a_frame():
    doc = newsevents.code(TEXT, published="2025-03-05")
    table = doc.events_table()
    assert isinstance(table, pa.Table) and table.num_rows == 1
    row = table.to_pylist()[0]
    assert row["source_code"].startswith("FRA") and row["target_code"].startswith("RUS")
    assert row["trigger"] == "condemned"
    assert row["cameo_name"] and row["sentence"] == TEXT and row["date_source"] == "text"
    assert list(doc.events_frame().columns) == table.column_names
