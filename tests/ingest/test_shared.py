"""Acceptance on ../shared (skipped when absent): the seed article and the extraction benchmark floor."""

from __future__ import annotations

import re

from newsevents.ingest import read, to_document

F1_FLOOR = 0.965  # trafilatura alone: 0.962 in the fast mode used here, 0.960 in its default mode


def test_seed_article_is_clean_and_whole(shared):
    path = shared / "seed" / "article.txt"
    doc = to_document(next(read([str(path)])))
    assert "Â" not in doc.text and "Post a Comment" not in doc.text
    raw = path.read_text(encoding="utf-8").replace("Â", "")
    sentences = [s for s in re.split(r"(?<=[.!?\"”])\s+", raw) if s.strip() and "Post a Comment" not in s]
    assert len(sentences) > 20
    for sentence in sentences:
        assert sentence.strip() in doc.text, sentence


def test_extraction_benchmark_floor(shared):
    from newsevents.eval.extract import evaluate, prf

    score = evaluate(shared / "data" / "html" / "scrapinghub-aeb")
    precision, recall, f1 = prf(score.clean)
    assert score.pages == 181 and not score.failed
    assert f1 >= F1_FLOOR, score.report()
    assert recall >= prf(score.raw)[1] - 0.002  # cleaning removes debris, not body
    assert score.title["found"] == score.title["present"]
