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
