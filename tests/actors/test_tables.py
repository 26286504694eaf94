"""User actor files under any name: TSVs known by their header, PETRARCH2 actor and agent dictionaries;
each says what it gave, and a file that cannot be read is refused with its name and the reason."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsevents.actors import lexicon, tables
from newsevents.errors import DataFileError

PETRARCH_ACTORS = """# a small dictionary in PETRARCH2's format
JANE_QUILLFEATHER_  # written for this test
+JANE_Q._QUILLFEATHER_
+QUILLFEATHER_
\t[NORGOV 050101-101231]
\t[NORELI]
NORTHERN_OTTER_FRONT_ [NORREB]
+OTTER_FRONT_
"""
PETRARCH_AGENTS = """!PERSON! = MAN, WOMAN
LIGHTHOUSE_KEEPER [~GOV]
FERRY!PERSON! [~BUS]
"""


def test_a_tsv_under_any_name_is_known_by_its_header(tmp_path: Path) -> None:
    path = tmp_path / "my-local-officials.tsv"
    path.write_text(
        "name\taliases\tcountry\tsector\trole\tstart\tend\nAda Brightwater\t\tNZL\tGOV\tmayor\t2020\t\n"
    )
    [(kind, rows, history)] = tables.read(path)
    assert (kind, len(rows), history) == ("people", 1, False)


def test_a_petrarch_actor_file_gives_people_with_dated_roles_and_groups(tmp_path: Path) -> None:
    path = tmp_path / "extra.actors"
    path.write_text(PETRARCH_ACTORS)
    found = {kind: rows for kind, rows, _ in tables.read(path)}
    assert [r["name"] for r in found["groups"]] == ["Northern Otter Front"]
    [role] = found["people"]
    assert (role["name"], role["country"], role["sector"], role["start"]) == (
        "Jane Quillfeather",
        "NOR",
        "GOV",
        "2005-01-01",
    )
    assert role["aliases"] == "Jane Q. Quillfeather"  # the single-word synonym is left to the surname rule


def test_a_petrarch_agent_file_gives_roles_with_macros_expanded(tmp_path: Path) -> None:
    path = tmp_path / "agents.txt"
    path.write_text(PETRARCH_AGENTS)
    [(kind, rows, _)] = tables.read(path)
    assert kind == "roles"
    assert {(r["term"], r["sector"]) for r in rows} == {
        ("lighthouse keeper", "GOV"),
        ("ferryman", "BUS"),
        ("ferrywoman", "BUS"),
        ("lighthouse keepers", "GOV"),  # PETRARCH leaves regular plurals to the coder
        ("ferrymen", "BUS"),
        ("ferrywomen", "BUS"),
    }


def test_the_user_files_are_loaded_and_counted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    actors = tmp_path / "actors.txt"
    actors.write_text(PETRARCH_ACTORS)
    assert lexicon.describe([tmp_path]) == [f"actors: {actors}: 1 groups rows, 1 people rows"]
    monkeypatch.setenv(lexicon.ACTORS_ENV, str(tmp_path))
    lexicon.load.cache_clear()
    try:
        lex = lexicon.load()
        role, past = lex.people["Jane Quillfeather"].role_at(date(2007, 6, 1))
        assert (role.country, role.sector, past) == ("NOR", "GOV", False)
        assert lex.history["jane quillfeather"] == "Jane Quillfeather"
    finally:
        lexicon.load.cache_clear()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\xff\xfe\x00binary", "cannot be read"),
        (b"just some words\nwith no table in them\n", "neither an actor TSV"),
        (b"colour\tflavour\nred\tsweet\n", "fits no actor table"),
    ],
)
def test_an_unreadable_file_is_refused_with_its_name(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.tsv"
    path.write_bytes(content)
    with pytest.raises(DataFileError, match=reason) as error:
        lexicon.describe([path])
    assert str(path) in str(error.value)


def test_history_names_are_looked_up_without_accents_hyphens_or_case() -> None:
    assert lexicon.fold("Jüri  Al-Sabah") == lexicon.fold("JURI_AL_SABAH") == "juri al sabah"


def test_the_command_line_says_what_each_file_gave_and_refuses_a_bad_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from newsevents.cli import app, code  # noqa: F401 - registers the code command

    monkeypatch.setenv(lexicon.ACTORS_ENV, "")  # restored after the test: the command line extends it
    good = tmp_path / "seats.tsv"
    good.write_text("name\tcode\tcountry\tsector\nZorbania Hall\tBELGOV\tBEL\tGOV\n")
    bad = tmp_path / "notes.txt"
    bad.write_text("nothing here\n")
    said = CliRunner().invoke(app, ["--actors", str(good), "code", "--help"])
    assert said.exit_code == 0 and f"actors: {good}: 1 metonyms rows" in said.output
    refused = CliRunner().invoke(app, ["--actors", str(bad), "code", "--help"])
    assert refused.exit_code == 2 and "notes.txt" in refused.output
