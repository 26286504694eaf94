"""Options a user types wrong get one line naming the option and what it accepts, and a non-zero exit."""

import pytest
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.store import Corpus
from newsevents.timex.normalize import user_day


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "s.duckdb"
    Corpus(path)
    return str(path)


def _run(*args: str):
    from newsevents.cli import code, eval, serve, store  # noqa: F401

    return CliRunner().invoke(app, list(args))


@pytest.mark.parametrize("value", ["yesterday", "03/09/2025", "2025-02-30"])
def test_a_date_that_is_not_one_is_refused_with_the_accepted_forms(db, value):
    result = _run("events", "--since", value, "--db", db)
    assert result.exit_code != 0
    assert "is not a date: use YYYY-MM-DD" in result.output and "SELECT" not in result.output


def test_a_root_outside_cameo_is_refused(db):
    result = _run("events", "--root", "99", "--db", db)
    assert result.exit_code != 0 and "a CAMEO root code is 1 to 20" in result.output


@pytest.mark.parametrize(
    ("text", "day"),
    [("2025-03-09", "2025-03-09"), ("9 March 2025", "2025-03-09"), ("Sept. 3, 2025", "2025-09-03")],
)
def test_iso_and_written_dates_are_accepted(text, day):
    assert user_day(text) == day


def test_code_refuses_a_published_date_that_reads_either_way():
    result = _run("code", "--published", "03/09/2025", "-")
    assert result.exit_code == 2 and "'03/09/2025' is not a date: use YYYY-MM-DD" in result.output
