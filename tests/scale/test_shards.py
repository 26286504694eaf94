"""The dataset layout: shard schemas, inputs listed and read as the local engine does, and the per-input
limits around coding. No Ray."""

import json
import time
from concurrent.futures import ThreadPoolExecutor

import duckdb
import pyarrow as pa
import pytest

from newsevents import settings
from newsevents.errors import InputError, StoreError
from newsevents.ingest import readers
from newsevents.scale import shards
from newsevents.store import runner
from newsevents.store.rows import ROW_TABLES, empty
from newsevents.store.schema import migrate


def test_shard_schemas_follow_the_store():
    con = duckdb.connect()
    migrate(con)
    for table in ROW_TABLES:
        store = [c for (c,) in con.execute(f"SELECT column_name FROM (DESCRIBE {table})").fetchall()]
        stamped = {"seq", "ingested_at", "failed_at"}
        assert shards.schemas()[table].names == ["input_seq", *(c for c in store if c not in stamped)]


def test_a_column_the_store_lacks_is_refused():
    with pytest.raises(StoreError, match="no such columns"):
        shards.typed("times", [{"article_id": "a", "idx": 0, "surprise": 1}])


def test_inputs_listed_and_read_as_the_local_engine_does(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("One article. " * 5)
    (tmp_path / ".hidden.txt").write_text("skipped")
    (tmp_path / "notes.md").write_text("skipped")
    (tmp_path / "sub" / "b.jsonl").write_text('{"text": "First."}\n{"text": "Second."}\n')
    local = shards.list_inputs([str(tmp_path)])
    assert local == [str(p) for p in readers.walk(tmp_path, None, None)]
    assert local == [str(tmp_path / "a.txt"), str(tmp_path / "sub" / "b.jsonl")]
    assert shards.list_inputs([f"file://{tmp_path}"]) == [f"file://{p}" for p in local]
    assert shards.list_inputs([str(tmp_path)], exclude=["*.jsonl"]) == local[:1]
    for paths in (local, [f"file://{p}" for p in local]):
        files = pa.table({"file": list(range(len(paths))), "path": paths})
        found = [row for block in shards.read_records(files) for row in block.to_pylist()]
        assert [r["source"] for r in found] == [paths[0], f"{paths[1]}:1", f"{paths[1]}:2"]
        assert [r["input_seq"] for r in found] == [0, 1 << 32, (1 << 32) + 1]
        assert found[0]["data"] == (tmp_path / "a.txt").read_bytes()
    with pytest.raises(InputError, match="stdin"):
        shards.list_inputs(["-"])


def test_a_used_directory_is_refused(tmp_path):
    out = str(tmp_path / "dataset")
    shards.prepare(out)
    assert not shards.is_dataset(out)
    (tmp_path / "dataset" / "stray.txt").write_text("x")
    with pytest.raises(StoreError, match="not an empty directory"):
        shards.prepare(out)


def test_an_input_past_a_limit_is_a_failure_and_its_batch_goes_on(monkeypatch):
    def hostile(records, done):
        out = empty()
        for index, record in enumerate(records):
            if record.text == "slow":
                end = time.monotonic() + 30
                while time.monotonic() < end:
                    pass
            if record.text == "greedy":  # up to 2 GB, 20 MB at a time (no sleep: it would hold off the stop)
                held = [b"x" * 20_000_000 for _ in range(100)]
                held.clear()
            out["inputs"].append({"digest": record.source, "source": record.source, "article_id": None})
            done(index)
        return out

    monkeypatch.setattr(runner, "process_batch", hostile)
    overrides = {"input_seconds": 3.0, "input_memory_mb": 200.0, "task_inputs": 3}
    monkeypatch.setattr(settings, "_overrides", {**settings._overrides, **overrides})
    texts = ["quick", "slow", "quick", "greedy", "quick"]
    batch = [{"input_seq": n, "source": f"in{n}", "text": text} for n, text in enumerate(texts)]
    started = time.monotonic()
    with ThreadPoolExecutor(1) as pool:  # a Ray actor codes outside the main thread
        tagged = pool.submit(shards.code_batch, pa.Table.from_pylist(batch, schema=shards.RECORDS)).result()
    assert time.monotonic() - started < 20
    rows = list(zip(*(tagged[c].to_pylist() for c in ("input_seq", "table", "row")), strict=True))
    assert sorted(seq for seq, table, _ in rows if table == "inputs") == [0, 1, 2, 3, 4]
    failures = [(seq, json.loads(row)) for seq, table, row in rows if table == "failures"]
    assert [(seq, f["stage"]) for seq, f in failures] == [(1, "limits"), (3, "limits")]
    assert "input_seconds" in failures[0][1]["reason"] and "input_memory_mb" in failures[1][1]["reason"]
