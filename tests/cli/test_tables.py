"""What the terminal shows: ``code --table`` and ``events`` with their sentence, trigger and confidence."""

import json
import re

from typer.testing import CliRunner

from newsevents.cli import app, code, store  # noqa: F401 - each module registers its commands
from newsevents.store import Corpus

TEXT = (
    "France condemned Russia on Monday after a long meeting of ministers in the capital, where the "
    "delegations discussed the grain corridor and the fate of prisoners held since the winter."
)


def _run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(app, list(args), input=stdin, terminal_width=200)


def test_code_table_shows_sentence_trigger_and_confidence():
    result = _run("code", "--table", "--published", "2025-03-05", stdin=TEXT)
    assert result.exit_code == 0, result.output
    head = next(line for line in result.output.splitlines() if "trigger" in line)
    assert "conf." in head and "sentence" in head
    row = next(line for line in result.output.splitlines() if "condemned" in line)
    assert re.search(r"│ (0\.\d\d|1\.00) +│", row)  # the confidence
    assert "ministers" in result.output  # a word found only in the sentence
    assert "Criticism or" in result.output  # the CAMEO name beside the code


def test_events_shows_compact_columns_and_takes_columns(tmp_path):
    db = tmp_path / "s.duckdb"
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    Corpus(db).ingest(str(tmp_path / "a.txt"), workers=1, published="2025-03-05")
    table = _run("events", "--db", str(db))
    head = next(line for line in table.output.splitlines() if "source" in line)
    assert [w for w in head.replace("┃", " ").split()] == [
        "date",
        "source",
        "event",
        "target",
        "modality",
        "confidence",
        "sentence",
    ]
    assert "111 Criticism" in table.output and "ministers" in table.output
    picked = _run(
        "events", "--db", str(db), "--format", "json", "--columns", "date,cameo,cameo_name,sentence"
    )
    rows = [json.loads(line) for line in picked.output.splitlines()]
    assert list(rows[0]) == ["date", "cameo", "cameo_name", "sentence"] and rows[0]["sentence"] == TEXT
    wrong = _run("events", "--db", str(db), "--columns", "nope")
    assert wrong.exit_code == 1 and "no column nope: choose from date, date_source" in wrong.output


def test_the_progress_rate_is_over_the_run_not_zero_between_batches():
    from types import SimpleNamespace

    rate = store._rate_column()
    assert rate.render(SimpleNamespace(completed=16, elapsed=4.0)).plain == "4.0 articles/s"
    assert rate.render(SimpleNamespace(completed=0, elapsed=None)).plain == "0.0 articles/s"
