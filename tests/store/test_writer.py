import pytest

from newsevents.ingest import Record
from newsevents.store import Corpus, rows
from newsevents.store.rows import input_digest
from newsevents.store.writer import Writer, reason_kind
from tests.store.conftest import Ev, failed_stage, make_doc

DOCS = [make_doc(f"a{n}", [Ev("RUSGOV", "UKRGOV", "042")]) for n in range(3)]


def write(db, docs, replace=False):
    writer = Writer(db, replace=replace)
    writer.add(rows(docs))
    writer.flush()
    return writer


def test_writing_twice_changes_nothing(db):
    write(db, DOCS)
    before = Corpus(db).counts()
    again = write(db, DOCS)
    assert Corpus(db).counts() == before and again.written["articles"] == 0
    assert write(db, [make_doc("a0", [])]).written["articles"] == 0  # the same id, whatever its rows


def test_a_failed_commit_leaves_nothing(db, monkeypatch):
    from newsevents.store import clusters

    def broken(con, touched):
        raise RuntimeError("disk full")

    monkeypatch.setattr(clusters, "update", broken)
    with pytest.raises(RuntimeError):
        write(db, DOCS)
    assert set(Corpus(db).counts().values()) == {0}


def test_commits_when_due(db):
    writer = Writer(db, commit_seconds=0)
    writer.add(rows(DOCS[:1]))
    assert Corpus(db).counts()["articles"] == 1


def test_ledger_skips_inputs_seen_before(db):
    record = Record("x.txt", data=b"text")
    writer = Writer(db)
    batch = rows([])
    batch["inputs"].append({"digest": input_digest(record), "source": "x.txt", "article_id": None})
    writer.add(batch)
    writer.flush()
    assert Writer(db).fresh([record, Record("y.txt", data=b"text")]) == [Record("y.txt", data=b"text")]
    assert Writer(db, replace=True).fresh([record]) == [record]


def test_replace_rewrites_an_article_and_its_failures(db):
    broken = failed_stage(make_doc("a1", [Ev("RUSGOV", "UKRGOV", "042")]))
    first = rows([broken])
    first["failures"][0]["source"] = "a.txt"
    writer = Writer(db)
    writer.add(first)
    writer.flush()
    fixed = rows([make_doc("a1", [Ev("RUSGOV", "UKRGOV", "042"), Ev("RUSGOV", None, "190")])])
    fixed["inputs"].append({"digest": "d", "source": "a.txt", "article_id": "a1"})
    writer = Writer(db, replace=True)
    writer.add(fixed)
    writer.flush()
    counts = Corpus(db).counts()
    assert (counts["articles"], counts["events"], counts["failures"], counts["event_clusters"]) == (
        1,
        2,
        0,
        2,
    )


def test_reason_kind():
    assert reason_kind("text too short after cleaning (12 characters)") == "text too short after cleaning"
    assert reason_kind("KeyError: 'x'") == "KeyError"
