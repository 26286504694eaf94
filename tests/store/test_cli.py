import json

import pytest
from typer.testing import CliRunner

import newsevents.cli.store  # noqa: F401 - registers the commands
from newsevents.cli import app
from newsevents.store import rows
from newsevents.store.writer import Writer
from tests.store.conftest import Ev, make_doc

runner = CliRunner()


@pytest.fixture
def store(db):
    writer = Writer(db)
    writer.add(
        rows(
            [make_doc("a1", [Ev("RUSGOV", "UKRGOV", "042")]), make_doc("a2", [Ev("FRAGOV", "RUSGOV", "111")])]
        )
    )
    writer.flush()
    return str(db)


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_query_formats(store):
    sql = "SELECT id, title FROM articles ORDER BY id"
    as_json = invoke("query", sql, "--db", store, "--format", "json")
    assert [json.loads(line)["id"] for line in as_json.stdout.splitlines()] == ["a1", "a2"]
    assert invoke("query", sql, "--db", store, "--format", "csv").stdout.splitlines()[0] == '"id","title"'
    assert "Title a1" in invoke("query", sql, "--db", store).stdout
    failed = invoke("query", "SELEC nothing", "--db", store)
    assert failed.exit_code == 1 and "query failed" in failed.stderr


@pytest.mark.parametrize(
    ("args", "lines"),
    [
        (["events", "--actor", "RUS", "--root", "4"], 1),
        (["events", "--clusters"], 2),
        (["dyads", "--by", "month"], 2),
        (["quotes", "--speaker", "FRA"], 1),
    ],
)
def test_named_queries(store, args, lines):
    result = invoke(*args, "--db", store, "--format", "json")
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == lines


def test_export(store, tmp_path):
    result = invoke("export", "--format", "gdelt", "--out", tmp_path / "out", "--db", store)
    events, mentions = result.stdout.split()
    assert result.exit_code == 0 and events.startswith(str(tmp_path / "out"))
    assert events.endswith(".export.CSV") and mentions == events.replace(".export.", ".mentions.")
    assert invoke("export", "--format", "xml", "--out", tmp_path, "--db", store).exit_code == 1


def test_errors(tmp_path):
    assert invoke("ingest", "--db", tmp_path / "x.duckdb").exit_code == 2
    missing = invoke("events", "--db", tmp_path / "missing.duckdb")
    assert missing.exit_code == 1 and "no such store" in missing.stderr
