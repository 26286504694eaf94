"""``Corpus.query`` and ``newsevents query`` only read the store's own tables: one statement, no files, no
other databases, no extensions, no writes; each refusal says why. ``Corpus.connection`` is the way out for
trusted code."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

import newsevents.cli.store  # noqa: F401 - registers the commands
from newsevents import Corpus
from newsevents.cli import app
from newsevents.errors import StoreError
from newsevents.store import rows
from newsevents.store.writer import Writer
from tests.store.conftest import Ev, make_doc


@pytest.fixture
def corpus(tmp_path) -> Corpus:
    writer = Writer(tmp_path / "store.duckdb")
    writer.add(rows([make_doc("a1", [Ev("RUSGOV", "UKRGOV", "042")])]))
    writer.flush()
    return Corpus(tmp_path / "store.duckdb")


@pytest.fixture
def other(tmp_path) -> Corpus:
    writer = Writer(tmp_path / "other.duckdb")
    writer.add(rows([make_doc("b1", [Ev("FRAGOV", "RUSGOV", "111")])]))
    writer.flush()
    return Corpus(tmp_path / "other.duckdb")


@pytest.mark.parametrize(
    ("sql", "reason"),
    [
        ("SELECT 1; DELETE FROM articles", "one SQL statement, not 2"),
        ("DELETE FROM articles", "DELETE is refused"),
        ("CREATE TABLE t AS SELECT 1", "CREATE is refused"),
        ("SET enable_external_access = true", "SET is refused"),
        ("INSTALL httpfs", "is refused"),
        ("PRAGMA database_list", "PRAGMA is refused"),
        ("SELECT * FROM read_text('/etc/hostname')", "reads only the store's tables"),
        ("SELECT * FROM '/etc/passwd'", "query failed"),
        ("SELECT * FROM glob('/*')", "reads only the store's tables"),
    ],
)
def test_query_refuses_what_is_not_a_read_of_the_store(corpus, sql, reason):
    with pytest.raises(StoreError, match=reason):
        corpus.query(sql)
    assert corpus.counts()["articles"] == 1


def test_query_cannot_attach_or_write_another_store(corpus, other, tmp_path):
    for sql in (
        f"ATTACH '{other.path}' AS w",
        f"ATTACH '{other.path}' AS w; DELETE FROM w.articles",
        f"COPY articles TO '{tmp_path / 'out.csv'}'",
        f"EXPORT DATABASE '{tmp_path / 'dump'}'",
    ):
        with pytest.raises(StoreError, match="refused|one SQL statement"):
            corpus.query(sql)
    assert other.counts()["articles"] == 1
    assert not (tmp_path / "out.csv").exists() and not (tmp_path / "dump").exists()


def test_query_reads(corpus):
    assert corpus.query("WITH a AS (SELECT id FROM articles) SELECT * FROM a").column(0).to_pylist() == ["a1"]
    assert corpus.query("DESCRIBE articles").num_rows > 5
    assert corpus.query("SELECT count(*) AS n FROM events WHERE cameo = ?", ["042"]).to_pylist() == [{"n": 1}]


def test_the_cli_says_why_a_query_was_refused(corpus):
    result = CliRunner().invoke(app, ["query", "DROP TABLE articles", "--db", str(corpus.path)])
    assert result.exit_code == 1 and "DROP is refused" in result.stderr
    assert corpus.counts()["articles"] == 1


def test_trusted_code_has_a_plain_connection(corpus, tmp_path):
    out = tmp_path / "articles.csv"
    with corpus.connection() as con:
        con.execute(f"COPY articles (id) TO '{out}'")
    assert out.read_text().split() == ["id", "a1"]
    with pytest.raises(StoreError, match="read-only"), Corpus(corpus.path, read_only=True).connection(False):
        pass
