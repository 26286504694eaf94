"""The deadline and memory ceiling of one input: an input past them becomes a failure row that names the
limit, its neighbours in the batch are stored, and coded work is committed as it goes."""

from __future__ import annotations

import threading
import time

import pytest

from newsevents import Corpus, quotes
from newsevents.store import guard

GOOD = [
    "Russian forces shelled Kharkiv on Monday, Ukraine's defence ministry said in a statement.",
    "President Joe Biden met Chinese President Xi Jinping in Geneva on Tuesday to discuss trade.",
    "Israel and Hamas agreed to a ceasefire brokered by Egypt and Qatar on Wednesday, officials said.",
    "The United Nations condemned the attack on the aid convoy in Gaza on Thursday.",
]


def _busy(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_the_guard_stops_a_block_past_its_deadline():
    started = time.monotonic()
    with pytest.raises(guard.Overrun, match="longer than 0.3 s"), guard.limits(seconds=0.3, megabytes=1e6):
        _busy(10)
    assert time.monotonic() - started < 2


def test_the_guard_stops_a_block_past_its_memory_ceiling():
    held = []
    with pytest.raises(guard.Overrun, match="more than 100 MB"), guard.limits(seconds=60, megabytes=100):
        for _ in range(100):  # up to 2 GB, 20 MB at a time, touched so that it is resident
            held.append(b"x" * 20_000_000)
            time.sleep(0.02)
    assert len(held) < 20
    held.clear()


def test_the_guard_stops_a_block_in_another_thread():
    """Ray actors code outside the main thread."""
    caught: list[BaseException] = []

    def block() -> None:
        try:
            with guard.limits(seconds=0.3, megabytes=1e6):
                _busy(10)
        except guard.Overrun as exc:
            caught.append(exc)

    started = time.monotonic()
    thread = threading.Thread(target=block)
    thread.start()
    thread.join()
    assert time.monotonic() - started < 2
    assert [str(exc) for exc in caught] == ["coding took longer than 0.3 s (setting input_seconds)"]


def test_a_quick_block_is_left_alone():
    with guard.limits(seconds=0.2, megabytes=1e6):
        pass
    time.sleep(0.4)  # no late interrupt once the block is over


@pytest.fixture
def folder(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for number, text in enumerate(GOOD):
        (inputs / f"good{number}.txt").write_text(text)
    (inputs / "slow.txt").write_text("The minister said the talks went slowly on Friday. " * 3)
    (inputs / "greedy.txt").write_text("The envoy said the greedy demands were refused on Friday. " * 3)
    return inputs


def test_an_input_past_a_limit_fails_and_its_batch_goes_on(folder, tmp_path, limits, monkeypatch):
    extract = quotes.extract

    def hostile(doc):
        if "slowly" in doc.text:
            _busy(60)
        if "greedy" in doc.text:
            held = []
            for _ in range(100):
                held.append(b"x" * 20_000_000)
                time.sleep(0.02)
        return extract(doc)

    monkeypatch.setattr(quotes, "extract", hostile)
    limits(input_seconds=3.0, input_memory_mb=200.0, task_inputs=8)
    corpus = Corpus(tmp_path / "store.duckdb")
    started = time.monotonic()
    summary = corpus.ingest([str(folder)], workers=1)
    assert time.monotonic() - started < 40
    assert summary.articles == len(GOOD)
    failures = corpus.query("SELECT source, stage, reason FROM failures ORDER BY source").to_pylist()
    assert [(f["source"].rsplit("/", 1)[1], f["stage"]) for f in failures] == [
        ("greedy.txt", "limits"),
        ("slow.txt", "limits"),
    ]
    assert "input_memory_mb" in failures[0]["reason"] and "input_seconds" in failures[1]["reason"]


def test_coded_work_is_committed_as_it_goes(folder, tmp_path, limits):
    for extra in ("slow.txt", "greedy.txt"):
        (folder / extra).unlink()
    limits(task_inputs=1, store_commit_seconds=0.0)
    corpus = Corpus(tmp_path / "store.duckdb")
    stored: list[int] = []
    corpus.ingest([str(folder)], workers=1, progress=lambda done: stored.append(corpus.counts()["articles"]))
    assert stored == list(range(len(GOOD)))  # as each input is coded, the ones before it are stored
