"""The event scorer's tune/check parts: a gold id, or a ConfliBERT line index, picks the part."""

from __future__ import annotations

import json

from newsevents.eval import events, gold
from newsevents.eval.split import part_of


def test_conflibert_sentences_are_keyed_by_line_index(tmp_path):
    path = tmp_path / "classes.tsv"
    path.write_text("Russia attacked Ukraine.\t4\nFrance praised Germany.\t1\n", encoding="utf-8")
    loaded = gold.load(path)
    assert [s.split_key for s in loaded] == [0, 1]
    assert gold.load(tmp_path / "classes.tsv")[0].id == "classes:1"


def test_evaluate_scores_only_the_named_part(tmp_path):
    ids = [f"t-{n}" for n in range(8)]
    path = tmp_path / "gold.jsonl"
    item = {"text": "Russia attacked Ukraine.", "published": "2024-01-01"}
    item["events"] = [{"source": "RUS", "target": "UKR", "cameo": "190"}]
    path.write_text("\n".join(json.dumps({"id": i, **item}) for i in ids) + "\n", encoding="utf-8")
    for part in ("tune", "check"):
        assert events.evaluate(path, part=part).sentences == sum(part_of(i) == part for i in ids)
    assert events.evaluate(path).sentences == len(ids)


def _gold_event(cameo: str) -> gold.GoldEvent:
    return gold.GoldEvent("RUS", "UKR", cameo, "asserted")


def test_five_class_takes_the_best_candidate_whatever_its_confidence_and_reports_the_threshold_beside():
    scores = events.EventScores(threshold=0.5)
    sentence = gold.GoldSentence("s", "Russia attacked Ukraine.", None, label=4)
    events.score_sentence(scores, sentence, [(_gold_event("190"), 0.2), (_gold_event("010"), 0.1)])
    events.score_sentence(scores, sentence, [(_gold_event("190"), 0.9)])
    assert scores.five == {(4, 4): 2}
    assert scores.five_at == {(4, -1): 1, (4, 4): 1}
    assert scores.five_class_macro_f1() == 1.0
    assert round(scores.five_class_macro_f1(at_threshold=True), 3) == 0.667
    report = scores.report()
    assert "whatever its confidence" in report and "at 0.50" in report and "(no event: 1)" in report


def test_triples_count_only_events_at_the_threshold():
    scores = events.EventScores(threshold=0.5)
    sentence = gold.GoldSentence("s", "Russia attacked Ukraine.", None, [_gold_event("190")])
    events.score_sentence(scores, sentence, [(_gold_event("190"), 0.4)])
    assert (scores.triple.tp, scores.triple.predicted, scores.triple.gold) == (0, 0, 1)
    events.score_sentence(scores, sentence, [(_gold_event("190"), 0.6), (_gold_event("040"), 0.3)])
    assert (scores.triple.tp, scores.triple.predicted, scores.triple.gold) == (1, 1, 2)
