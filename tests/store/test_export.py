import json

import pyarrow.parquet as pq
import pytest

from newsevents.errors import StoreError
from newsevents.store import Corpus, rows
from newsevents.store.gdelt import EVENT_COLUMNS, MENTION_COLUMNS
from newsevents.store.schema import TABLES
from newsevents.store.writer import Writer
from tests.store.conftest import Ev, make_doc

TALKS = Ev("RUSGOV", "UKRGOV", "042", place="Kyiv")


@pytest.fixture
def corpus(db):
    writer = Writer(db)
    writer.add(
        rows(
            [
                make_doc(
                    "a1", [TALKS, Ev("FRA", None, "0871", place="Ukraine")], url="https://one.example/1"
                ),
                make_doc(
                    "a2",
                    [TALKS, Ev("USAGOV", "RUSGOV", "111", modality="future")],
                    url="https://two.example/2",
                ),
                make_doc("a3", [], url="https://three.example/3"),
            ]
        )
    )
    writer.flush()
    return Corpus(db, read_only=True)


def lines(path):
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]


def test_gdelt_tables(corpus, tmp_path):
    events_path, mentions_path = corpus.export("gdelt", tmp_path / "out")
    events, mentions = lines(events_path), lines(mentions_path)
    assert len(events) == 2 and {len(row) for row in events} == {EVENT_COLUMNS} == {61}
    assert len(mentions) == 3 and {len(row) for row in mentions} == {MENTION_COLUMNS} == {16}
    talks = next(row for row in events if row[26] == "042")
    assert talks[1:5] == ["20250903", "202509", "2025", "2025.6712"]
    assert talks[5:8] == ["RUSGOV", "NAME OF RUSGOV", "RUS"] and talks[12] == "GOV"
    assert talks[27:30] == ["042", "04", "1"] and talks[31:34] == ["2", "2", "2"]
    assert talks[51:54] == ["4", "Kyiv", "UP"] and talks[60] in (
        "https://one.example/1",
        "https://two.example/2",
    )
    assert next(row for row in events if row[26] == "0871")[51:54] == ["1", "Ukraine", "UP"]
    assert {row[0] for row in mentions} == {row[0] for row in events}
    assert all(row[3] == "1" and row[11] == "80" for row in mentions)


def test_plover_records(corpus, tmp_path):
    (path,) = corpus.export("plover", tmp_path / "out")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 3  # the future event is not one
    first = records[0]
    assert first["id"] == "a1-E1" and first["event"] == "CONSULT" and first["date"] == "2025-09-03"
    assert first["source"][0]["code"] == "RUSGOV" and first["target"][0]["code"] == "UKRGOV"
    assert first["geolocation"]["placeName"] == "Kyiv" and first["cameo"] == "042"


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_every_table(corpus, tmp_path, fmt):
    paths = corpus.export(fmt, tmp_path / fmt)
    assert [p.name for p in paths] == [f"{t}.{fmt}" for t in TABLES]
    if fmt == "parquet":
        assert pq.read_table(paths[0]).num_rows == 3


def test_unknown_format(corpus, tmp_path):
    with pytest.raises(ValueError, match="unknown export format"):
        corpus.export("xml", tmp_path)


def test_names_and_plover_context_beside_the_codes(corpus, tmp_path):
    (path,) = corpus.export("plover", tmp_path / "plover")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    truce = next(r for r in records if r["cameo"] == "0871")
    assert truce["context"] == "military" and truce["cameoName"] == "Declare a truce or ceasefire"
    paths = corpus.export("parquet", tmp_path / "parquet")
    events = pq.read_table(next(p for p in paths if p.name == "events.parquet"))
    names = events.column_names
    assert names[names.index("cameo") + 1] == "cameo_name"
    assert "Visit" in events.column("cameo_name").to_pylist()


def test_a_directory_that_cannot_be_written_is_one_clear_error(corpus, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    for fmt in ("parquet", "gdelt", "plover"):
        with pytest.raises(StoreError, match="a-file/out: cannot write the export there: Not a directory"):
            corpus.export(fmt, blocker / "out")
