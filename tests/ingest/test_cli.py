"""Every input kind through ``newsevents code``; bad input gives one line and exit 2, or, in a batch, an
error in that article's object while the rest goes on. Parsing is stubbed out: these test ingest."""

from __future__ import annotations

import gzip
import json

import pytest
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.cli import code as _code  # noqa: F401 - registers the command
from tests.ingest.conftest import BODY, page
from tests.ingest.test_readers import _warc


@pytest.fixture(autouse=True)
def no_parse(monkeypatch):
    from newsevents import nlp

    monkeypatch.setattr(nlp, "parse_many", lambda texts, batch_size=None: (None for _ in texts))


def _run(*args: str, stdin: bytes | None = None) -> tuple[int, list[dict], str]:
    result = CliRunner().invoke(app, ["code", *args], input=stdin)
    lines = result.stdout.strip()
    if lines.startswith("{\n"):
        return result.exit_code, [json.loads(lines)], result.stderr
    objects = [json.loads(line) for line in lines.splitlines() if line]
    return result.exit_code, objects, result.stderr


def test_one_html_file_prints_one_indented_object(fixtures):
    code, objects, _ = _run(str(fixtures / "article.html"), "--published", "2024-03-20")
    article = objects[0]["article"]
    assert code == 0 and len(objects) == 1
    assert article["published"] == "2024-03-20" and article["dateline"]["agency"] == "AP"


@pytest.mark.parametrize(
    ("name", "count"), [("article.txt", 1), ("records.jsonl", 4), ("feed.rss", 2), ("feed.atom", 1)]
)
def test_files_of_each_kind(fixtures, name, count):
    code, objects, _ = _run(str(fixtures / name))
    assert code == 0 and len(objects) == count


def test_gz_warc_directory_and_stdin(fixtures, tmp_path):
    (tmp_path / "a.html.gz").write_bytes(gzip.compress(page().encode()))
    _warc(tmp_path / "crawl.warc.gz", [("https://a.example/1", page().encode(), "text/html")])
    code, objects, _ = _run(str(tmp_path))
    assert code == 0 and [o["article"]["url"] for o in objects] == [None, "https://a.example/1"]
    assert objects[1]["article"]["duplicate_of"] == objects[0]["article"]["id"]
    code, objects, _ = _run("-", stdin=(fixtures / "article.txt").read_bytes())
    assert code == 0 and objects[0]["article"]["text"].startswith("Ceasefire monitors")


def test_bad_single_input_exits_2_with_one_line(tmp_path):
    (tmp_path / "photo.html").write_bytes(b"\x00\x01binary" * 100)
    for path in (str(tmp_path / "photo.html"), str(tmp_path / "missing.txt")):
        result = CliRunner().invoke(app, ["code", path])
        assert result.exit_code == 2 and result.stdout == ""
        assert result.stderr.count("\n") == 1 and result.stderr.startswith(f"newsevents: {path}: ")


def test_batch_goes_on_past_bad_input(tmp_path):
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "b.html").write_bytes(b"")
    (tmp_path / "c.txt").write_text(BODY.replace("Geneva", "Oslo"))
    code, objects, stderr = _run(str(tmp_path))
    assert code == 0 and len(objects) == 3
    assert objects[1]["errors"][0]["stage"] == "ingest" and "empty" in objects[1]["errors"][0]["message"]
    assert "b.html: empty input" in stderr and "Oslo" in objects[2]["article"]["text"]


def test_explicit_options_win_over_the_record(fixtures):
    _, objects, _ = _run(str(fixtures / "records.jsonl"), "--jsonl", "--published", "2020-01-01")
    assert [o["article"]["published"] for o in objects[:2]] == ["2020-01-01", "2020-01-01"]
