import json
import re
from datetime import date

import pyarrow.parquet as pq
import pytest

from newsevents.errors import StoreError
from newsevents.store import Corpus, gdelt, rows
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


def _cluster(**given):
    base = dict(
        id=7,
        date=date(2025, 9, 3),
        source_code="PSEREBHMS",
        source_name="- Hamas militants",
        source_country="PSE",
        target_code="ISRMIL",
        target_name="Israeli military officials —",
        target_country="ISR",
        is_root=True,
        cameo="190",
        cameo_root="19",
        quad_class=4,
        goldstein=-10.0,
        num_mentions=1,
        num_sources=1,
        num_articles=1,
        location=None,
        location_country=None,
        location_lat=None,
        location_lon=None,
        first_seen=None,
        url="https://x.example/1",
    )
    return gdelt.event_row(base | given)


def test_gdelt_names_groups_tone_and_geography():
    row = _cluster()
    assert row[5:9] == ["PSEREBHMS", "HAMAS MILITANTS", "PSE", "HMS"]
    assert row[15:19] == ["ISRMIL", "ISRAELI MILITARY OFFICIALS", "ISR", ""]
    assert row[34] == ""  # AvgTone: no tone is measured, and an empty field is not a neutral 0
    assert row[35:38] == [1, "Palestinian Territory", "WE"]  # Actor1Geo: its country
    assert row[43:46] == [1, "Israel", "IS"] and row[48] is not None  # Actor2Geo: its country, its centre
    assert row[51] == 0  # ActionGeo: actors of two countries and no place
    at_home = _cluster(
        source_code="IGOWSTNAT",
        source_country=None,
        location="Gaza",
        location_country="ISR",
        location_lat=31.5,
        location_lon=34.47,
    )
    assert at_home[8] == "NAT" and at_home[51:54] == [4, "Gaza", "IS"]
    assert at_home[43:46] == [4, "Gaza", "IS"]  # Actor2Geo: the action place, in the actor's country
    one_country = _cluster(target_code="PSEGOV", target_country="PSE", target_name="Gaza officials")
    assert one_country[51:53] == [1, "Palestinian Territory"]  # ActionGeo: the one country of both


def test_gdelt_file_names_are_gdelts(corpus, tmp_path):
    events_path, mentions_path = corpus.export("gdelt", tmp_path / "out")
    assert re.fullmatch(r"\d{14}\.export\.CSV", events_path.name)
    assert mentions_path.name == events_path.name.replace(".export.", ".mentions.")
    assert events_path.name[10:12] in ("00", "15", "30", "45") and events_path.name[12:] == "00.export.CSV"
