"""The README's example end to end, as a new user runs it: ingest examples/, export GDELT, and account for
every asserted event of an article that is no copy: in the export, or named in the ingest summary."""

from __future__ import annotations

import re
from collections import Counter

from typer.testing import CliRunner

from newsevents.cli import app, store  # noqa: F401 - registers the commands
from newsevents.store import Corpus
from tests.conftest import EXAMPLES


def test_every_asserted_event_is_exported_or_named(tmp_path):
    db, out = str(tmp_path / "news.duckdb"), tmp_path / "gdelt"
    ingested = CliRunner().invoke(app, ["ingest", str(EXAMPLES), "--db", db, "--workers", "1"])
    assert ingested.exit_code == 0, ingested.output
    exported = CliRunner().invoke(app, ["export", "--format", "gdelt", "--out", str(out), "--db", db])
    assert exported.exit_code == 0, exported.output
    mentions = next(out.glob("*.mentions.CSV")).read_text(encoding="utf-8").splitlines()
    exported_reports = Counter(line.split("\t")[0] for line in mentions)
    named = dict(re.findall(r"(\S+) \((\d+)\)", _line(ingested.output, "undated:")))

    events = (
        Corpus(db, read_only=True)
        .query(
            "SELECT e.cluster_id, e.date, i.source FROM events e JOIN articles a ON a.id = e.article_id "
            "JOIN (SELECT article_id, min(source) AS source FROM inputs GROUP BY 1) i USING (article_id) "
            "WHERE e.modality = 'asserted' AND a.duplicate_of IS NULL"
        )
        .to_pylist()
    )
    assert events
    dated = Counter(str(e["cluster_id"]) for e in events if e["date"] is not None)
    undated = Counter(e["source"] for e in events if e["date"] is None)
    assert dated == exported_reports  # every dated report is a mention row of its real-world event
    for source, n in undated.items():  # every undated one is named, with its input
        assert int(named.get(source, 0)) >= n, (source, n, named)


def _line(output: str, start: str) -> str:
    return next((line for line in output.splitlines() if line.startswith(start)), "")
