"""Ingest progress moves once per input as it is coded, in this process and from worker processes, and
counts an input once however often the input limits make it coded again."""

from __future__ import annotations

from newsevents import Corpus, settings
from newsevents.ingest import Record
from newsevents.store import runner
from newsevents.store.guard import Overrun
from newsevents.store.rows import empty


def test_progress_moves_per_input_from_the_workers(tmp_path, monkeypatch):
    monkeypatch.setattr(settings, "_overrides", {**settings._overrides, "task_inputs": 8})
    lines = [
        f'{{"id": "a{n}", "text": "The envoy of Norway met the minister {n} times."}}' for n in range(10)
    ]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n")
    ticks: list[int] = []
    summary = Corpus(tmp_path / "s.duckdb").ingest(
        [str(tmp_path / "in.jsonl")], workers=2, progress=ticks.append
    )
    assert summary.inputs == 10 and ticks == [1] * 10


def test_an_input_coded_again_after_an_overrun_counts_once(monkeypatch):
    def batch(records, done):
        out = empty()
        for index, record in enumerate(records):
            if record.text == "slow":
                raise Overrun("coding took longer than 1 s (setting input_seconds)")
            out["inputs"].append({"digest": record.source, "source": record.source, "article_id": None})
            done(index)
        return out

    monkeypatch.setattr(runner, "process_batch", batch)
    records = [Record(f"in{n}", text="slow" if n == 2 else "quick") for n in range(4)]
    ticks: list[int] = []
    coded = runner.code_batch(records, ticks.append)
    assert ticks == [1, 1, 1, 1]
    assert [row["source"] for row in coded["inputs"]] == ["in0", "in1", "in2", "in3"]
    assert [(row["source"], row["stage"]) for row in coded["failures"]] == [("in2", "limits")]
