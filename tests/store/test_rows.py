from newsevents.document import Article, Document
from newsevents.ingest import Record
from newsevents.store.rows import ROW_TABLES, cluster_id, domain, input_digest, iso_day, rows
from tests.store.conftest import Ev, failed_stage, make_doc


def test_every_table_and_field():
    doc = make_doc("a1", [Ev("RUSGOV", "UKRGOV", "042", place="Kyiv")], url="https://www.example.org/x")
    out = rows([doc])
    assert set(out) == set(ROW_TABLES) and out["inputs"] == []
    (article,) = out["articles"]
    assert article["domain"] == "example.org" and article["author"] == "A. Writer"
    assert article["meta"] == '{"dateline": {"place": "KYIV"}}'
    assert [a["code"] for a in out["actors"]] == ["RUSGOV", "UKRGOV"]
    assert [m["text"] for m in out["mentions"]] == ["RUSGOV", "UKRGOV"]
    (event,) = out["events"]
    assert event["source_name"] == "Name of RUSGOV" and event["target_code"] == "UKRGOV"
    assert event["location_name"] == "Kyiv" and event["sentence_index"] == 0
    assert event["cluster_id"] == cluster_id("2025-09-03", "RUSGOV", "UKRGOV", "042", "Kyiv")
    assert out["quotes"][0]["speaker_code"] == "RUSGOV" and out["times"][0]["value"] == "2025-09-03"
    assert out["places"][0]["name"] == "Kyiv"


def test_only_asserted_events_with_a_day_are_clustered():
    doc = make_doc(
        "a1",
        [Ev("RUSGOV", None, "042", modality="negated"), Ev("RUSGOV", None, "042", date=None)],
        published=None,
    )
    assert [e["cluster_id"] for e in rows([doc])["events"]] == [None, None]


def test_event_without_date_takes_the_publication_day():
    doc = make_doc("a1", [Ev("RUSGOV", None, "042", date=None)], published="2025-09-04T10:00:00")
    assert rows([doc])["events"][0]["cluster_id"] == cluster_id("2025-09-04", "RUSGOV", None, "042", None)


def test_failures_and_repeated_ids():
    doc = failed_stage(make_doc("a1", [Ev("RUSGOV", None, "042")]))
    failed = Document(Article("bad", ""))
    failed.fail("ingest", "x.txt: empty text")
    out = rows([doc, doc.to_dict(), failed])
    assert len(out["articles"]) == 1 and len(out["events"]) == 1
    assert [(f["article_id"], f["stage"]) for f in out["failures"]] == [("a1", "quotes"), (None, "ingest")]


def test_helpers():
    assert domain("https://www.news.example.org/a?b") == "news.example.org" and domain(None) is None
    assert (
        iso_day("2025-09-03T10:00") == "2025-09-03"
        and iso_day("2025-13-01") is None
        and iso_day("Sept 3") is None
    )
    assert cluster_id("2025-09-03", "A", "B", "042", None) == cluster_id("2025-09-03", "A", "B", "042", "")
    assert 0 < cluster_id("2025-09-03", "A", "B", "042", None) < 2**63
    one, two = Record("a.txt", data=b"x"), Record("a.txt", data=b"y")
    assert input_digest(one) != input_digest(two) and input_digest(one) == input_digest(
        Record("a.txt", data=b"x")
    )
