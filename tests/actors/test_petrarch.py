"""The PETRARCH2 converter: the project's people win from their first date; open roles close at the
dictionary's end; the packaged history table is read as people looked up by full name."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from newsevents.actors import petrarch, tables
from newsevents.actors.lexicon import ACTORS_DIR

ACTORS = """OLGA_VANTERPOOL_  # written for this test
+PRIME_MINISTER_OLGA_VANTERPOOL_
\t[NZLGOV 050101-090101]
\t[NZLGOV >120101]
TOMAS_ELDERWICK_
\t[NZLGOV 130101-140601]
"""
PROJECT = (
    "name\taliases\tcountry\tsector\trole\tstart\tend\nOlga Vanterpool\t\tNZL\tGOV\tprime minister\t2011\t\n"
)


def _rows(tmp_path: Path) -> list[dict[str, str]]:
    source = tmp_path / "source.txt"
    source.write_text(ACTORS)
    return petrarch.people_rows(petrarch.read_entries(source))


def test_the_project_wins_from_its_first_date(tmp_path: Path) -> None:
    project = tmp_path / "people.tsv"
    project.write_text(PROJECT)
    rows = petrarch._merge_people(_rows(tmp_path), project)
    assert [(r["name"], r["start"], r["end"]) for r in rows if r["name"] == "Olga Vanterpool"] == [
        ("Olga Vanterpool", "2005-01-01", "2009-01-01")
    ]


def test_open_roles_close_at_the_dictionary_end(tmp_path: Path) -> None:
    rows = _rows(tmp_path)
    olga = [r for r in rows if r["name"] == "Olga Vanterpool"]
    assert (olga[-1]["start"], olga[-1]["end"]) == ("2012-01-01", "2014-06-01")
    assert olga[0]["aliases"] == "Prime Minister Olga Vanterpool"


def test_the_packaged_history_table_reads_as_people_by_full_name() -> None:
    [(kind, rows, history)] = tables.read(ACTORS_DIR / "people-history.tsv", "people")
    assert (kind, history) == ("people", True) and len(rows) > 10_000


INTERNATIONAL = """THE_UNITED_NATIONS_ [IGOUNO]  # written for this test
HARBOUR_SEALS_TRUST_
+SEAL_TRUST
+HST
\t[NGOENV]
GLOBEX_HOLDINGS_ [MNCUSA]
"""


def test_organisations_without_the_project_names_or_single_words(tmp_path: Path) -> None:
    source = tmp_path / "international.txt"
    source.write_text(INTERNATIONAL)
    project = tmp_path / "igos.tsv"
    project.write_text("code\tname\taliases\tsector\nIGOUNO\tUnited Nations\tUN\tIGO\n")
    rows = petrarch._merge_igos(petrarch.igo_rows(petrarch.read_entries(source)), project)
    expected = {"code": "NGOENV", "name": "Harbour Seals Trust", "aliases": "Seal Trust", "sector": "NGO"}
    assert rows == [expected]


def test_the_packaged_tables_equal_a_fresh_conversion(tmp_path: Path) -> None:
    source = ACTORS_DIR.parents[4] / "shared" / "data" / "dictionaries" / "petrarch2"
    if not source.is_dir():
        pytest.skip(f"{source} is absent")
    for name in ("people.tsv", "igos.tsv", "roles.tsv", petrarch.PLACES_FILE):
        shutil.copy(ACTORS_DIR / name, tmp_path / name)
    petrarch.convert(source, tmp_path)
    for name in petrarch.FILES.values():
        assert (tmp_path / name).read_text() == (ACTORS_DIR / name).read_text(), name


def test_agent_nouns_of_places_are_left_out(tmp_path: Path) -> None:
    places = tmp_path / "places.txt"
    places.write_text("# scenes\nvillage\nbase\n")
    rows = [{"term": t} for t in ("village", "villages", "naval base", "village elder", "base commander")]
    assert [r["term"] for r in petrarch._not_places(rows, places)] == ["village elder", "base commander"]
