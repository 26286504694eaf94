"""A folder given to ingest is read inside itself: a symbolic link out of it is a failure row that says so
(read with ``--follow-links``); an unlisted sub-folder, a broken link or a FIFO is a failure, never a hang
or a silent skip."""

from __future__ import annotations

import os
import sys

import pytest
from typer.testing import CliRunner

import newsevents.cli.store  # noqa: F401 - registers the commands
from newsevents import Corpus, ingest
from newsevents.cli import app

TEXT = "Russian forces shelled Kharkiv on Monday, Ukraine's defence ministry said in a statement."


@pytest.fixture
def folder(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("The minister met the envoy in Geneva on Tuesday, officials said.")
    inputs = tmp_path / "in"
    (inputs / "sub").mkdir(parents=True)
    (inputs / "sub" / "good.txt").write_text(TEXT)
    (inputs / "secret.txt").symlink_to(outside / "secret.txt")
    (inputs / "elsewhere").symlink_to(outside)
    (inputs / "again.txt").symlink_to(inputs / "sub" / "good.txt")  # inside: read
    (inputs / "inner").symlink_to(inputs / "sub")  # inside, walked already: left out
    return inputs


def errors(folder) -> dict[str, str | None]:
    return {os.path.relpath(r.source, folder): r.error for r in ingest.read([str(folder)])}


def test_links_out_of_the_folder_are_not_followed(folder):
    found = errors(folder)
    assert found["sub/good.txt"] is None and found["again.txt"] is None
    for name in ("secret.txt", "elsewhere"):
        assert "symbolic link out of the folder" in found[name] and "--follow-links" in found[name]
    assert "inner" not in found and not any("outside" in name for name in found)


def test_follow_links_reads_them(folder, limits):
    limits(follow_links=1)
    found = errors(folder)
    assert found["secret.txt"] is None and found["elsewhere/secret.txt"] is None


def test_the_cli_refuses_then_follows(folder, tmp_path):
    db = str(tmp_path / "store.duckdb")
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", db, "--workers", "1"])
    assert result.exit_code == 0, result.output
    failures = Corpus(db).query("SELECT source, reason FROM failures ORDER BY source").to_pylist()
    assert [os.path.basename(f["source"]) for f in failures] == ["elsewhere", "secret.txt"]
    assert Corpus(db).counts()["articles"] == 1  # good.txt (again.txt is the same text)


def test_broken_links_and_fifos_are_failures_not_hangs(tmp_path):
    (tmp_path / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    found = errors(tmp_path)
    assert found == {
        "broken.txt": "cannot read: a broken link",
        "pipe.txt": "cannot read: not a regular file",
    }


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root lists any directory")
def test_an_unreadable_sub_folder_is_a_failure(tmp_path):
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.txt").write_text(TEXT)
    (tmp_path / "locked").chmod(0)
    try:
        found = errors(tmp_path)
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert found["locked"].startswith("cannot list the directory")
