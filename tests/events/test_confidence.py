"""The confidence model: features of a candidate, the JSON model and its probability, the rule score,
training on labelled candidates, and the candidate patterns beside the project's."""

from __future__ import annotations

import json
import math
from collections import Counter

import pytest

from newsevents import settings
from newsevents.document import Actor, Article, Document, Mention
from newsevents.errors import DataFileError
from newsevents.eval.events import reliability_table
from newsevents.events import confidence, evidence, patterns
from newsevents.events.patterns import Dictionary
from tests.parses import document, match_at, parse

REPORTED = """
Officials official NOUN NNS nsubj 1
said say VERB VBD ROOT 1
Freedonia Freedonia PROPN NNP nsubj 4
must must AUX MD aux 4
sanction sanction VERB VB ccomp 1
Sylvania Sylvania PROPN NNP dobj 4
. . PUNCT . punct 1
"""

WITH_PREPOSITION = """
Freedonia Freedonia PROPN NNP nsubj 1
negotiated negotiate VERB VBD ROOT 1
with with ADP IN prep 1
Sylvania Sylvania PROPN NNP pobj 2
"""


def test_features_name_the_evidence_the_coder_saw():
    doc = document(REPORTED, {2: ("FRDGOV", "FRD", "name"), 5: ("SYLGOV", "SYL", "pronoun")})
    match = match_at(doc, "163", "sanction", 4)
    source, target = doc.anchors[2][0], doc.anchors[5][0]
    found = evidence.features(doc, match, source, target, "asserted")
    for name in (
        "pattern=project:sanction",
        "root=16",
        "predicate=sanction/VERB",
        "object_actor=True",
        "source_how=name",
        "target_how=pronoun",
        "source_dep=nsubj",
        "source_steps=0",
        "target_dep=dobj",
        "source_class=state",
        "dyad=state>state",
        "state_mentions=2",
        "speech_depth=1",
        "cue=modal:must",
        "mood_cue=obligation",
        "same_country=False",
        "headline=False",
    ):
        assert found[name] == 1.0, name


def test_a_missing_target_and_a_shared_country_are_features():
    doc = document(REPORTED, {2: ("FRDGOV", "FRD", "name"), 5: ("FRDOPP", "FRD", "name")})
    match = match_at(doc, "163", "sanction", 4)
    source, target = doc.anchors[2][0], doc.anchors[5][0]
    assert evidence.features(doc, match, source, target, "asserted")["same_country=True"] == 1.0
    alone = evidence.features(doc, match, source, None, "asserted")
    assert alone["target=none"] == 1.0 and alone["root=16|target=none"] == 1.0


def test_actors_of_politics_and_of_society_make_the_dyad():
    doc = document(REPORTED, {2: ("FRDGOV", "FRD", "name"), 5: ("SYLBUS", "SYL", "name")})
    match = match_at(doc, "163", "sanction", 4)
    source, target = doc.anchors[2][0], doc.anchors[5][0]
    assert [evidence.actor_class(m) for m in (source, target, None)] == ["state", "society", "none"]
    found = evidence.features(doc, match, source, target, "asserted")
    assert found["dyad=state>society"] == 1.0 and found["root=16|dyad=state>society"] == 1.0
    alone = evidence.features(doc, match, source, None, "asserted")
    assert alone["dyad=state>none|specificity=0"] == 1.0 and alone["state_mentions=1"] == 1.0


def test_path_climbs_to_the_common_ancestor_and_down_to_the_predicate():
    doc = document(WITH_PREPOSITION, {0: ("FRDGOV", "FRD", "name"), 3: ("SYLGOV", "SYL", "name")})
    predicate = doc.spacy[1]
    assert evidence.path(doc, predicate, doc.anchors[3][0]) == "pobj<prep"
    reported = document(REPORTED, {0: ("FRDGOV", "FRD", "name")})
    assert evidence.path(reported, reported.spacy[4], reported.anchors[0][0]) == "nsubj>ccomp"
    assert evidence.link("nsubj>ccomp") == ("nsubj", "1")
    assert evidence.link("pobj<prep<dobj") == ("pobj", "2")
    assert evidence.link(">relcl") == ("clause", "1")
    assert evidence.link("other-sentence") == ("other-sentence", "far")


def test_model_probability_is_the_calibrated_logistic_of_the_weighted_sum():
    model = confidence.Model({"a": 2.0, "b": -1.0}, 0.5, (0.5, 0.25))
    z = 0.5 * (0.5 + 2.0 * 1.0 - 1.0 * 3.0) + 0.25
    assert model.probability({"a": 1.0, "b": 3.0, "unknown": 1.0}) == pytest.approx(1 / (1 + math.exp(-z)))
    assert model.probability({"a": 1e9}) == pytest.approx(1.0)


def test_model_file_reads_back_and_a_bad_file_is_named(tmp_path):
    model = confidence.Model({"root=19": -0.5}, 0.1, (1.2, -0.1))
    path = tmp_path / "model.json"
    path.write_text(json.dumps(model.to_dict()), encoding="utf-8")
    assert confidence.read(path) == model
    path.write_text('{"weights": {}}', encoding="utf-8")
    with pytest.raises(DataFileError, match="model.json.*not a confidence model"):
        confidence.read(path)


def test_the_setting_none_gives_the_rule_score(monkeypatch):
    doc = document(WITH_PREPOSITION, {0: ("FRDGOV", "FRD", "name"), 3: ("SYLGOV", "SYL", "pronoun")})
    match = match_at(doc, "046", "negotiate with", 1)
    monkeypatch.setitem(settings._overrides, "event_model", "none")
    source, target = doc.anchors[0][0], doc.anchors[3][0]
    rule = confidence.rule_score(match, source, target)
    assert rule == pytest.approx(0.55 + 0.08 - 0.08)
    assert confidence.score(match, source, target, {"bias": 1.0}) == rule


def test_the_packaged_model_is_read_and_scores_between_zero_and_one(monkeypatch):
    monkeypatch.setitem(settings._overrides, "event_model", "")
    model = confidence.model()
    assert model is not None and model.weights
    assert 0.0 < model.probability({"bias": 1.0, "target=none": 1.0}) < 1.0


def test_training_separates_right_from_wrong_candidates():
    pytest.importorskip("sklearn")
    from newsevents.events.train import Examples, fit

    examples = Examples(gold_events=Counter(gold=60), sentences=120)
    for n in range(120):
        right = n % 2 == 0
        target = "target=name" if right else "target=none"
        examples.features.append({"bias": 1.0, target: 1.0, f"n{n % 3}": 1.0})
        examples.labels.append(int(right))
        examples.groups.append(f"gold:{n}")
    report = fit(examples)
    assert report.by_set["gold"][0] > 0.95 and report.calibrated_on == "all" and not report.offsets
    assert report.model.probability({"bias": 1.0, "target=name": 1.0}) > 0.8
    assert report.model.probability({"bias": 1.0, "target=none": 1.0}) < 0.2


def test_each_set_has_its_own_offset_in_training_and_coding_uses_the_real_pages_one():
    pytest.importorskip("sklearn")
    from newsevents.events.train import JUDGED, Examples, fit

    examples = Examples(gold_events=Counter({"gold": 80, JUDGED: 20}), sentences=200)
    for n in range(200):
        real = n % 2 == 0
        named = n % 4 < 2
        right = named and n % 20 < (6 if real else 16)  # of the named: gold 4 in 5, pages 2 in 5
        examples.features.append({"bias": 1.0, "target=name" if named else "target=none": 1.0})
        examples.labels.append(int(right))
        examples.groups.append(f"{JUDGED if real else 'gold'}:{n // 4}")
    report = fit(examples)
    assert set(report.offsets) == {"gold"} and report.offsets["gold"] > 1.0
    assert not any(name.startswith("set=") for name in report.model.weights)
    assert report.calibrated_on == JUDGED
    assert report.model.probability({"bias": 1.0, "target=name": 1.0}) == pytest.approx(0.4, abs=0.1)


def test_training_refuses_labels_of_one_kind():
    pytest.importorskip("sklearn")
    from newsevents.events.train import Examples, fit

    with pytest.raises(ValueError, match="right and wrong"):
        fit(Examples(features=[{"bias": 1.0}] * 4, labels=[1] * 4, groups=list("abcd")))


def test_reliability_table_bands_and_brier():
    table = reliability_table([(0.85, True), (0.82, False), (0.15, False)])
    assert table.splitlines()[0].startswith("calibration    Brier 0.239 over 3 events")
    assert "0.8-0.9    2  0.835  0.500" in table
    assert "0.1-0.2    1  0.150  0.000" in table


NEGOTIATE = """
Freedonia Freedonia PROPN NNP nsubj 1
parleyed parley VERB VBD ROOT 1
with with ADP IN prep 1
Sylvania Sylvania PROPN NNP pobj 2
and and CCONJ CC cc 1
criticized criticize VERB VBD conj 1
it it PRON PRP dobj 5
"""


def test_candidate_patterns_fill_in_where_the_project_has_none(monkeypatch):
    from newsevents import events

    doc = document(NEGOTIATE, {0: ("FRDGOV", "FRD", "name"), 3: ("SYLGOV", "SYL", "name")})
    doc.spacy[3].ent_type_ = ""
    monkeypatch.setattr(patterns, "load", lambda: Dictionary([("111", "criticize")]))
    candidates = Dictionary([("046", "parley with"), ("190", "criticize")], "petrarch2")
    monkeypatch.setattr(patterns, "load_candidates", lambda: candidates)
    monkeypatch.setitem(settings._overrides, "event_model", "none")
    monkeypatch.setitem(settings._overrides, "petrarch_patterns", 1)
    found = {(e.trigger.text, e.cameo): f for e, f in events.candidates(doc)}
    assert ("parleyed with", "046") in found or ("parleyed", "046") in found
    assert ("criticized", "111") in found and not any(code == "190" for _, code in found)
    assert found[("criticized", "111")]["origin=project"] == 1.0
    monkeypatch.setitem(settings._overrides, "petrarch_patterns", 0)
    assert [e.cameo for e, _ in events.candidates(doc)] == ["111"]


def test_min_confidence_option_trades_events_for_confidence(monkeypatch):
    import json as json_module

    from typer.testing import CliRunner

    from newsevents.cli import app, code  # noqa: F401 - registers the command

    monkeypatch.setenv("NEWSEVENTS_MIN_EVENT_CONFIDENCE", "0.3")  # restored after the test
    text = "Russia attacked Ukraine. Ukraine condemned the attack and France criticized Russia."

    def confidences(floor: str) -> list[float]:
        result = CliRunner().invoke(app, ["code", "-", "--min-confidence", floor], input=text)
        assert result.exit_code == 0, result.output
        return [e["confidence"] for e in json_module.loads(result.stdout)["events"]]

    everything = confidences("0")
    assert everything
    cut = sorted(everything)[len(everything) // 2]
    kept = confidences(str(cut))
    assert kept and all(c >= cut for c in kept) and len(kept) <= len(everything)
    result = CliRunner().invoke(app, ["code", "-", "--min-confidence", "1.5"], input=text)
    assert result.exit_code != 0 and "--min-confidence" in result.output


def test_each_gold_event_makes_one_candidate_right_in_the_coders_order(monkeypatch):
    from newsevents import events
    from newsevents.document import Event, Span
    from newsevents.eval.gold import GoldEvent, GoldSentence
    from newsevents.events.train import label

    def mention(code: str, country: str) -> Mention:
        return Mention(0, 1, code, "name", Actor(code, code, code, country, code[3:], "country"))

    def event(cameo: str, target: Mention | None, confidence: float) -> Event:
        source = mention("RUSGOV", "RUS")
        return Event(
            "", (0, 0, 1), source, target, Span("x", 0, 1), cameo, 0.0, 4, None, None, confidence=confidence
        )

    proposed = [
        (event("190", None, 0.9), {"n": 3.0}),
        (event("193", mention("UKRMIL", "UKR"), 0.4), {"n": 2.0}),
        (event("190", mention("UKRGOV", "UKR"), 0.7), {"n": 1.0}),
    ]
    monkeypatch.setattr(events, "candidates", lambda doc: proposed)
    gold = GoldSentence("g1", "x", None, [GoldEvent("RUS", "UKR", "190")])
    found = label(gold, Document(Article("t", "x"), spacy=parse("x x NOUN NN ROOT 0")))
    assert found == [({"n": 3.0}, False), ({"n": 2.0}, True), ({"n": 1.0}, False)]


def test_converter_command_writes_the_file_and_counts_what_it_skipped(tmp_path, capsys):
    from newsevents.events import petrarch

    source = tmp_path / "verbs.txt"
    source.write_text(
        "####### VERB PATTERNS #######\n---  ACCUSE   [112]  ---\nACCUSE\n- WILL * [030]\n", encoding="utf-8"
    )
    assert petrarch.main([str(source)]) == 0
    out, err = capsys.readouterr()
    assert "112\taccuse\t" in out and "kept 1 patterns" in err and "words before the verb" in err
    assert petrarch.main([]) == 2


def test_train_command_refuses_the_check_part_and_no_data():
    import re

    from typer.testing import CliRunner

    from newsevents.cli import app, train  # noqa: F401 - registers the command

    def error(*args: str) -> str:
        result = CliRunner().invoke(app, ["train", *args])
        assert result.exit_code != 0
        return " ".join(re.sub(r"[│╭╮╰╯─]", " ", result.output).split())  # the message without its box

    assert "check part is never trained on" in error("--part", "check")
    assert "--gold FILE or --pages DIR" in error()


def test_judged_candidates_of_the_tune_pages_are_labelled_by_their_verdicts(tmp_path, monkeypatch):
    import gzip

    from newsevents.eval import judged
    from newsevents.eval.split import part_of
    from newsevents.events.train import Examples, add_judged

    page = next(f"{n:064d}" for n in range(100) if part_of(f"{n:064d}") == "tune")
    html = "<html><body><article><p>The Russian army attacked Ukraine on Monday near the border.</p>" * 3
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / f"{page}.html.gz").write_bytes(gzip.compress(html.encode() + b"</article></html>"))
    (tmp_path / "ground-truth.json").write_text(
        json.dumps({page: {"url": "https://example.com/2020/01/02/a"}})
    )
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "pages.jsonl").write_text(
        json.dumps({"page": page, "political": False}) + "\n"
    )  # used all the same
    monkeypatch.setitem(settings._overrides, "min_event_confidence", 0.0)  # every candidate is emitted
    docs, failed = judged.code_pages(tmp_path, {page: None}, {page: True})
    rows = [judged.export_row(page, doc, event) for _, doc in docs for event in doc.events]
    assert rows and not failed
    (gold / "events.jsonl").write_text(json.dumps({**rows[0], "verdict": "right"}) + "\n")
    monkeypatch.setattr(judged, "GOLD_DIR", gold)
    examples = Examples()
    assert add_judged(examples, tmp_path, "tune") == []
    assert examples.labels[0] == 1 and set(examples.groups) == {f"judged:{page}"}
    assert examples.sources["judged pages"] == len(examples.labels) and examples.gold_events == Counter(
        judged=1
    )
    check = Examples()
    assert add_judged(check, tmp_path, "check") == [] and check.labels == [] and check.sentences == 0


def test_a_judged_trigger_labels_its_candidates_exactly_else_by_the_judges_codes(monkeypatch):
    from newsevents import events
    from newsevents.document import Event, Span
    from newsevents.events.train import labelled, right_by_trigger

    def mention(code: str) -> Mention:
        return Mention(0, 1, code, "name", Actor(code, code, code, code[:3], code[3:], "country"))

    def event(start: int, cameo: str, target: str | None) -> Event:
        source, aim = mention("FRDGOV"), mention(target) if target else None
        return Event("", (0, 0, 9), source, aim, Span("x", start, start + 1), cameo, 0.0, 4, None, None)

    proposed = [
        event(2, "111", "SYLGOV"),
        event(2, "111", "SYLGOV"),
        event(5, "042", "SYLMIL"),
        event(7, "190", None),
    ]
    monkeypatch.setattr(
        events, "candidates", lambda doc: [(e, {"n": float(n)}) for n, e in enumerate(proposed)]
    )
    judged_rows = [
        {
            "page": "p",
            "trigger": [2, 3],
            "source": "FRDGOV",
            "target": "SYLGOV",
            "cameo": "111",
            "modality": "asserted",
            "verdict": "right",
        },
        {
            "page": "p",
            "trigger": [5, 6],
            "source": "FRDGOV",
            "target": None,
            "cameo": "042",
            "modality": "asserted",
            "verdict": "partial",
            "correct": {"source": "FRDGOV", "target": "SYLGOV", "cameo": "043", "modality": "asserted"},
        },
    ]
    rows = {
        ("p", r["trigger"][0], r["trigger"][1], r["source"], r["target"], r["cameo"], r["modality"]): r
        for r in judged_rows
    }
    found = labelled("p", None, rows, right_by_trigger(judged_rows))
    # judged right; its copy wrong; codes changed since, agreeing with the judge's; never judged: left out
    assert found == [({"n": 0.0}, True), ({"n": 1.0}, False), ({"n": 2.0}, True)]
