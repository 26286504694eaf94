"""``newsevents ingest`` and ``Corpus.ingest`` as a new user meets them: paths, dates, what is undated."""

import json

from typer.testing import CliRunner

from newsevents.cli import app, code, serve, store  # noqa: F401 - each module registers its commands
from newsevents.store import Corpus

UNDATED = "Russia attacked Ukraine on Monday. France condemned Russia."
DATED_IN_TEXT = "Russia invaded Ukraine in 2014."


def _run(*args: str):
    return CliRunner().invoke(app, list(args))


def test_a_missing_path_is_named_and_no_store_is_created(tmp_path):
    db = tmp_path / "x.duckdb"
    result = _run("ingest", str(tmp_path / "nope"), "--db", str(db))
    assert result.exit_code == 1
    assert f"{tmp_path / 'nope'}: no such file or directory" in result.output
    assert not db.exists()


def test_published_dates_undated_records_and_a_records_own_date_wins(tmp_path):
    (tmp_path / "a.txt").write_text(UNDATED, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"id": "b", "text": UNDATED.replace("Monday", "Tuesday"), "published": "2024-01-10"})
        + "\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "s.duckdb")
    result = _run("ingest", str(tmp_path), "--db", db, "--workers", "1", "--published", "9 March 2025")
    assert result.exit_code == 0, result.output
    assert "undated" not in result.output
    stored = Corpus(db, read_only=True).query("SELECT id, published FROM articles").to_pylist()
    days = {row["id"]: row["published"] for row in stored}
    assert days["b"] == "2024-01-10" and "2025-03-09" in days.values()


def test_undated_events_are_named_in_the_summary(tmp_path):
    (tmp_path / "undated.txt").write_text(UNDATED, encoding="utf-8")
    (tmp_path / "old.txt").write_text(DATED_IN_TEXT, encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    result = _run("ingest", str(tmp_path), "--db", db, "--workers", "1")
    assert result.exit_code == 0, result.output
    undated = next(line for line in result.output.splitlines() if line.startswith("undated:"))
    assert "undated.txt (" in undated and "old.txt" not in undated and "--published" in undated
    rows = Corpus(db, read_only=True).query("SELECT date, date_source FROM events WHERE date IS NOT NULL")
    assert [str(d) for d in rows.column("date").to_pylist()] == ["2014-01-01"]
    assert rows.column("date_source").to_pylist() == ["text"]


def test_a_bad_published_date_is_refused(tmp_path):
    (tmp_path / "a.txt").write_text(UNDATED, encoding="utf-8")
    result = _run("ingest", str(tmp_path), "--db", str(tmp_path / "s.duckdb"), "--published", "03/09/2025")
    assert result.exit_code != 0 and "is not a date: use YYYY-MM-DD" in result.output


def test_corpus_ingest_takes_one_path_as_a_path(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text(UNDATED, encoding="utf-8")
    (tmp_path / "other.txt").write_text(DATED_IN_TEXT, encoding="utf-8")
    corpus = Corpus(tmp_path / "s.duckdb")
    summary = corpus.ingest(str(path), workers=1, published="2025-09-03")
    assert summary.inputs == 1 and summary.articles == 1 and not summary.undated
    assert corpus.ingest(path, workers=1, published="2025-09-03").skipped == 1


def test_version():
    result = _run("--version")
    assert result.exit_code == 0 and result.output.startswith("newsevents ")


def test_a_long_list_of_undated_inputs_is_cut_with_a_count(capsys):
    from collections import Counter

    from newsevents.store.runner import Summary

    store._print_summary(Summary(inputs=30, undated=Counter({f"f{i}.txt": i + 1 for i in range(25)})))
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("undated:"))
    assert line.startswith("undated: 325 events have no date") and "f24.txt (25)" in line
    assert "f4.txt" not in line and "and 5 more inputs" in line
