"""Readers in other processes while an ingest writes: DuckDB lets one process hold the file for writing and
then no other may open it, even read-only; so the writer holds it only while it commits, and both sides
wait for the lock and retry (docs/store.md)."""

from __future__ import annotations

import subprocess
import sys
import time

from newsevents.errors import StoreError
from newsevents.store import Corpus, rows
from newsevents.store.writer import Writer
from tests.store.conftest import Ev, make_doc
from tests.store.generated import ingest, make_corpus


def test_readers_read_while_an_ingest_writes(tmp_path):
    db = tmp_path / "store.duckdb"
    run = ingest(db, make_corpus(tmp_path / "corpus.jsonl", 60), commit_seconds=0.1)
    seen, waits = [], []
    while run.poll() is None:
        started = time.monotonic()
        try:
            seen.append(Corpus(db, read_only=True).counts()["articles"])
        except StoreError as exc:
            assert "no such store" in str(exc) or "schema version" in str(exc), exc  # not created yet
            continue
        waits.append(time.monotonic() - started)
        time.sleep(0.05)
    assert run.returncode == 0, run.stderr.read()
    final = Corpus(db, read_only=True).counts()["articles"]
    assert seen == sorted(seen) and 0 < final
    assert [n for n in seen if 0 < n < final], f"no read saw a partial store: {seen}"
    assert max(waits) < 10


def test_the_writer_waits_for_a_reader(tmp_path):
    db = tmp_path / "store.duckdb"
    Corpus(db)
    hold = "import duckdb, sys, time; c = duckdb.connect(sys.argv[1], read_only=True); print(flush=True)\n"
    hold += "time.sleep(1.5)"
    reader = subprocess.Popen([sys.executable, "-c", hold, str(db)], stdout=subprocess.PIPE, text=True)
    reader.stdout.readline()
    started = time.monotonic()
    writer = Writer(db)
    writer.add(rows([make_doc("a1", [Ev("RUSGOV", "UKRGOV", "042")])]))
    writer.flush()
    assert time.monotonic() - started > 0.5 and reader.wait() == 0
    assert Corpus(db, read_only=True).counts()["articles"] == 1
