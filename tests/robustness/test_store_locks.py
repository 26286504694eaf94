"""The writer and other processes on one store: a long read delays commits but loses no coded row (the
writer says that it waits), a second writer is refused with a clear message, and a busy store's message
names no process id."""

from __future__ import annotations

import logging
import subprocess
import sys

import pytest

from newsevents.errors import StoreBusy, StoreError
from newsevents.store import Corpus, rows, writer
from newsevents.store.schema import connect
from newsevents.store.writer import Writer
from tests.store.conftest import Ev, make_doc

READER = "import duckdb, sys, time; c = duckdb.connect(sys.argv[1], read_only=True)"
WRITER = "import sys, time; from newsevents.store.writer import Writer; w = Writer(sys.argv[1])"


def hold(script: str, db, seconds: float) -> subprocess.Popen:
    """Another process that opens the store as ``script`` does, then holds it for ``seconds``."""
    code = f"{script}; print(flush=True); time.sleep({seconds})"
    process = subprocess.Popen([sys.executable, "-c", code, str(db)], stdout=subprocess.PIPE, text=True)
    process.stdout.readline()
    return process


def test_a_long_read_delays_commits_and_loses_nothing(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(writer, "_WAIT_SAY_SECONDS", 0.3)
    db = tmp_path / "store.duckdb"
    store = Writer(db, commit_seconds=0.0)
    reader = hold(READER, db, 2.0)
    store.add(rows([make_doc("a1", [Ev("RUSGOV", "UKRGOV", "042")])]))  # due: busy, so kept for later
    store.add(rows([make_doc("a2", [Ev("FRAGOV", "RUSGOV", "111")])]))
    with caplog.at_level(logging.WARNING, logger="newsevents.store.writer"):
        store.flush()
    assert reader.wait() == 0
    assert "waiting for other processes to let go of the store" in caplog.text
    assert Corpus(db, read_only=True).counts()["articles"] == 2
    assert store.written["articles"] == 2


def test_a_second_writer_is_refused(tmp_path):
    db = tmp_path / "store.duckdb"
    Corpus(db)
    other = hold(WRITER, db, 30)
    try:
        with pytest.raises(StoreError, match="another process is writing this store"):
            Writer(db)
    finally:
        other.kill()
        other.wait()
    Writer(db).flush()  # the lock went with the process


def test_a_busy_store_names_no_process(tmp_path):
    db = tmp_path / "store.duckdb"
    Corpus(db)
    other = hold("import duckdb, sys, time; c = duckdb.connect(sys.argv[1])", db, 30)
    try:
        with pytest.raises(StoreBusy) as caught, connect(db, read_only=True, timeout=0.2):
            pass
    finally:
        other.kill()
        other.wait()
    assert "busy" in str(caught.value) and "PID" not in str(caught.value)
    assert str(other.pid) not in str(caught.value)
