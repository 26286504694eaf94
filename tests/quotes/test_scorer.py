"""The cue-frame model: its features, the frames it adds to the table's, and training it."""

from __future__ import annotations

import json

import pytest

from newsevents.eval.quotes import Attribution, GoldArticle
from newsevents.quotes import cues, scorer, train
from tests.parses import parse

SAID = parse("""
Putin Putin PROPN NNP nsubj 1
said say VERB VBD ROOT 1
much much ADV RB advmod 1
about about ADP IN prep 1
talks talk NOUN NNS pobj 3
. . PUNCT . punct 1
Lavrov Lavrov PROPN NNP nsubj 7
said say VERB VBD ROOT 7
nothing nothing PRON NN dobj 7
. . PUNCT . punct 7
""")
CONFIG = {"min_cue_count": 1, "l1_ratio": 0.0, "C": 1.0, "threshold": 0.5, "digits": 3}


def _model(weights: dict[str, float]) -> scorer.Model:
    return scorer.Model(weights, 0.0, frozenset({"say"}), 0.5)


def test_features_name_the_word_its_frame_and_subject():
    said = SAID[1]
    parts = scorer.candidates(said)["prep:about"]
    names = scorer.features(said, {"prep:about": parts}, True, [])["prep:about"]
    assert {"lemma_frame=say|prep:about", "subject=PROPN", "listed=True", "quoted=False"} <= set(names)
    assert scorer.span_of(parts) == (SAID[4].idx, SAID[4].idx + len("talks"))


def test_model_adds_frames_to_the_table(monkeypatch):
    listed = cues.table()[("say", "VERB")]
    assert "prep:about" not in listed
    monkeypatch.setattr(scorer, "load", lambda: _model({"lemma_frame=say|prep:about": 3.0}))
    assert cues.frames_of(SAID[1]) == listed | {"prep:about"}
    monkeypatch.setattr(scorer, "load", lambda: _model({"lemma_frame=say|prep:about": -3.0}))
    assert cues.frames_of(SAID[1]) == listed
    monkeypatch.setattr(scorer, "load", lambda: None)
    assert cues.frames_of(SAID[1]) == listed and not cues.frames_of(SAID[0])


def test_fit_learns_from_gold_and_writes_no_text():
    text = SAID.text
    said, talks = text.index("said"), text.index("talks")
    gold = GoldArticle("a", text, None, [Attribution([(talks, talks + 5)], [(0, 5)], [(said, said + 4)])])
    model = train.fit([(gold, SAID), (gold, SAID)], CONFIG)
    assert model["lemmas"] == ["say"] and model["trained_on"] == {"articles": 2, "candidates": 4, "right": 2}
    assert model["weights"]["lemma_frame=say|prep:about"] > 0 > model["weights"]["lemma_frame=say|dobj"]
    assert "talks" not in json.dumps(model) and "Lavrov" not in json.dumps(model)


def test_the_setting_names_the_model_a_user_built(tmp_path):
    from newsevents import settings

    assert scorer.load() is None  # nothing trained on unlicensed data ships
    text = SAID.text
    said, talks = text.index("said"), text.index("talks")
    gold = GoldArticle("a", text, None, [Attribution([(talks, talks + 5)], [(0, 5)], [(said, said + 4)])])
    path = tmp_path / "quote-model.json"
    path.write_text(json.dumps(train.fit([(gold, SAID)], CONFIG)), encoding="utf-8")
    with settings.overridden(quote_model=str(path)):
        model = scorer.load()
        assert model is not None and model.lemmas == {"say"} and model.threshold == 0.5
        assert "prep:about" in cues.frames_of(SAID[1])


def test_a_broken_or_missing_model_file_names_itself(tmp_path):
    from newsevents import settings
    from newsevents.errors import DataFileError

    broken = tmp_path / "model.json"
    broken.write_text('{"weights": {}}', encoding="utf-8")
    with (
        settings.overridden(quote_model=str(broken)),
        pytest.raises(DataFileError, match="model.json.*not a quote model"),
    ):
        scorer.load()
    with (
        settings.overridden(quote_model=str(tmp_path / "none.json")),
        pytest.raises(DataFileError, match="none.json.*cannot read"),
    ):
        scorer.load()
