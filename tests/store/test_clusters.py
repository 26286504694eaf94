"""Clusters on hand-built reports: the right counts, kept true as articles arrive."""

from newsevents.store import Corpus, rows
from newsevents.store.writer import Writer
from tests.store.conftest import Ev, make_doc

TALKS = Ev("RUSGOV", "UKRGOV", "042", place="Kyiv")


def write(db, *docs):
    writer = Writer(db)
    writer.add(rows(docs))
    writer.flush()
    return writer


def clusters(db):
    return {(c["source_code"], c["cameo"]): c for c in Corpus(db, read_only=True).clusters().to_pylist()}


def test_reports_of_one_event_form_one_cluster(db):
    write(
        db,
        make_doc(
            "a1",
            [TALKS, TALKS, Ev("USAGOV", None, "040")],
            url="https://one.example/1",
            published="2025-09-03",
        ),
        make_doc("a2", [TALKS], url="https://www.one.example/2", published="2025-09-04"),
        make_doc(
            "a3", [TALKS, Ev("RUSGOV", "UKRGOV", "042", modality="future")], url="https://two.example/3"
        ),
    )
    talks = clusters(db)[("RUSGOV", "042")]
    assert (talks["num_mentions"], talks["num_articles"], talks["num_sources"]) == (4, 3, 2)
    assert (
        talks["location"] == "Kyiv" and talks["target_code"] == "UKRGOV" and talks["mean_confidence"] == 0.8
    )
    assert (
        str(talks["first_seen"]) == "2025-09-03 00:00:00" and str(talks["last_seen"]) == "2025-09-04 00:00:00"
    )
    assert talks["url"] == "https://one.example/1" and talks["is_root"]
    assert len(clusters(db)) == 2


def test_a_different_key_is_a_different_event(db):
    write(
        db,
        make_doc("a1", [TALKS]),
        make_doc("a2", [Ev("RUSGOV", "UKRGOV", "042", place="Moscow")]),
        make_doc("a3", [Ev("RUSGOV", "UKRGOV", "042", date="2025-09-02", place="Kyiv")]),
    )
    assert Corpus(db, read_only=True).counts()["event_clusters"] == 3


def test_counts_stay_true_as_articles_arrive(db):
    write(db, make_doc("a1", [TALKS], url="https://one.example/1"))
    assert clusters(db)[("RUSGOV", "042")]["num_articles"] == 1
    write(
        db,
        make_doc("a2", [TALKS], url="https://two.example/2"),
        make_doc("a3", [TALKS], url="https://three.example/3"),
    )
    talks = clusters(db)[("RUSGOV", "042")]
    assert (talks["num_mentions"], talks["num_articles"], talks["num_sources"]) == (3, 3, 3)


def test_a_copy_is_stored_but_not_counted(db):
    original = make_doc("a1", [TALKS], url="https://one.example/1", seed=7)
    copy = make_doc("a2", [TALKS], url="https://two.example/2", seed=7)
    writer = write(db, original, copy)
    assert writer.written["duplicates"] == 1
    corpus = Corpus(db, read_only=True)
    assert corpus.article("a2")["article"]["duplicate_of"] == "a1"
    assert clusters(db)[("RUSGOV", "042")]["num_articles"] == 1


def test_source_less_articles_each_count_as_a_source(db):
    write(db, make_doc("a1", [TALKS]), make_doc("a2", [TALKS]))
    assert clusters(db)[("RUSGOV", "042")]["num_sources"] == 2
