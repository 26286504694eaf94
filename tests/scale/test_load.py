"""Loading a dataset equals writing the same batches with the store's writer, on hand-built rows."""

import pytest

from newsevents.document import StageError
from newsevents.errors import StoreError
from newsevents.ingest import Record
from newsevents.scale import load, shards
from newsevents.store.rows import rows
from newsevents.store.schema import TABLES, connect
from newsevents.store.writer import Writer
from tests.scale.conftest import table_rows
from tests.store.conftest import Ev, make_doc


def batch(docs, start):
    """Records and coded rows of hand-built docs, with the ledger and failure sources process_batch adds."""
    coded = rows(docs)
    records = [Record(f"in{start + n}") for n in range(len(docs))]
    ids = [doc.article.id for doc in docs]
    for failure in coded["failures"]:
        failure["source"] = records[ids.index(failure["article_id"])].source
    coded["inputs"] = [
        {"digest": f"d{start + n}", "source": record.source, "article_id": aid}
        for n, (record, aid) in enumerate(zip(records, ids, strict=True))
    ]
    return records, coded


def test_load_equals_the_writer_in_input_order(tmp_path):
    text = "The envoy met the minister at the border talks. " * 8
    first = [
        make_doc("a1", [Ev("RUSGOV", "UKRGOV", "042")], text=text),
        make_doc("a2", [Ev("FRAGOV", None, "111")]),
    ]
    copy = make_doc("a3", [Ev("RUSGOV", "UKRGOV", "042")], text=text, url="https://b.example/x")
    copy.errors.append(StageError("quotes", "KeyError: 'x'"))
    direct, out = Writer(tmp_path / "direct.duckdb"), str(tmp_path / "dataset")
    shards.prepare(out)
    tagged = []
    for start, docs in ((0, first), (2, [copy])):
        records, coded = batch(docs, start)
        tagged.append(shards.tag([n << 32 for n in range(start, start + len(docs))], records, coded))
        direct.add(batch(docs, start)[1])
    direct.flush()
    for part in reversed(tagged):  # shards land in any order; input_seq restores it
        shards.write_shard(part, out)
    shards.finish(out, {})
    summary = load(tmp_path / "loaded.duckdb", out)
    assert (summary.inputs, summary.articles, summary.duplicates, summary.events) == (3, 3, 1, 3)
    for table in TABLES:
        assert table_rows(tmp_path / "loaded.duckdb", table) == table_rows(tmp_path / "direct.duckdb", table)
    with connect(tmp_path / "loaded.duckdb", read_only=True) as con:
        assert con.sql("SELECT duplicate_of FROM articles WHERE id = 'a3'").fetchall() == [("a1",)]
    again = load(tmp_path / "loaded.duckdb", out)
    assert (again.skipped, again.articles) == (3, 0)


def test_an_unfinished_dataset_is_refused(tmp_path):
    out = str(tmp_path / "dataset")
    shards.prepare(out)
    with pytest.raises(StoreError, match="not a complete newsevents dataset"):
        load(tmp_path / "store.duckdb", out)
    assert not (tmp_path / "store.duckdb").exists()
