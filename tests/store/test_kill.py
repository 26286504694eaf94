"""Kill ``newsevents ingest`` (SIGKILL) at random points, run it again, and find every article stored exactly
once, with the row counts and clusters of a clean run. NEWSEVENTS_KILL_POINTS sets the number of kills
(default 3; 10 or more for a longer run, which also kills runs with two workers), NEWSEVENTS_KILL_SEED the
random seed (printed on failure)."""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

import duckdb

from tests.store.generated import ingest, make_corpus

POINTS = int(os.environ.get("NEWSEVENTS_KILL_POINTS", "3"))
SEED = int(os.environ.get("NEWSEVENTS_KILL_SEED", str(random.randrange(10**6))))


def snapshot(db: Path) -> dict:
    """Everything but timestamps and sequence numbers."""
    con = duckdb.connect(str(db), read_only=True)
    try:

        def rows(sql: str) -> list:
            return sorted(con.execute(sql).fetchall(), key=repr)

        return {
            "counts": {
                t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
                for t in (
                    "articles",
                    "actors",
                    "mentions",
                    "events",
                    "quotes",
                    "times",
                    "places",
                    "event_clusters",
                    "failures",
                    "inputs",
                )
            },
            "articles": rows("SELECT id, duplicate_of FROM articles"),
            "doubled": rows("SELECT id FROM articles GROUP BY id HAVING count(*) > 1"),
            "clusters": rows("SELECT id, num_mentions, num_articles, num_sources FROM event_clusters"),
            "failures": rows("SELECT source, article_id, stage, reason FROM failures"),
        }
    finally:
        con.close()


def children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return False


def test_kill_and_rerun(tmp_path):
    corpus = make_corpus(tmp_path / "corpus.jsonl", 36 if POINTS <= 3 else 80)
    started = time.monotonic()
    clean = ingest(tmp_path / "clean.duckdb", corpus)
    assert clean.wait() == 0, clean.stderr.read()
    duration = time.monotonic() - started
    expected = snapshot(tmp_path / "clean.duckdb")
    assert expected["counts"]["event_clusters"] and not expected["doubled"]
    assert any(d for _, d in expected["articles"]), "the corpus should hold a copy"

    rng, db, orphans = random.Random(SEED), tmp_path / "killed.duckdb", []
    for point in range(POINTS):
        workers = 2 if POINTS > 3 and point % 2 else 1
        run = ingest(db, corpus, workers)
        time.sleep(rng.uniform(0.1, 1.0) * duration)
        orphans += children(run.pid)
        run.send_signal(signal.SIGKILL)
        run.wait()
    final = ingest(db, corpus)
    assert final.wait() == 0, final.stderr.read()
    assert snapshot(db) == expected, f"seed {SEED}"
    time.sleep(1)
    assert not [pid for pid in orphans if alive(pid)], "a killed ingest left workers behind"
