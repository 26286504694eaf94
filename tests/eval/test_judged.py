import json

import pytest

from newsevents.errors import DataFileError, InputError
from newsevents.eval import judged
from newsevents.eval.judged import (
    GOLD_DIR,
    Main,
    add_judgments,
    add_main,
    country,
    judgment_key,
    load_judgments,
    load_pages,
    score,
    standoff,
    url_date,
)
from newsevents.eval.split import part_of

TUNE = next(f"page-{i}" for i in range(100) if part_of(f"page-{i}") == "tune")
CHECK = next(f"page-{i}" for i in range(100) if part_of(f"page-{i}") == "check")


def _row(page=TUNE, trigger=(10, 16), source="USAGOV", target="CHNGOV", cameo="112", **extra):
    row = {
        "page": page,
        "sentence": [0, 40],
        "sentence_text": "The United States accused China of lying.",
        "trigger": list(trigger),
        "trigger_text": "accused",
        "source": source,
        "target": target,
        "cameo": cameo,
        "modality": "asserted",
        "confidence": 0.5,
    }
    return row | extra


def _judgment(verdict="right", **fields):
    row = standoff(_row(**fields) | {"verdict": verdict, "reason": "test", "correct": "no event"})
    return {judgment_key(row): row}


def test_an_event_matches_its_judgment_only_while_its_codes_stay():
    judgments = _judgment()
    assert judgment_key(_row()) in judgments
    assert judgment_key(_row(cameo="111")) not in judgments
    assert judgment_key(_row(target=None)) not in judgments
    assert judgment_key(_row(trigger=(11, 16))) not in judgments
    assert judgment_key(_row(modality="speculative")) not in judgments


def test_strict_and_lenient_precision_count_right_and_partial():
    judgments = {
        **_judgment("right", trigger=(1, 2)),
        **_judgment("partial", trigger=(3, 4)),
        **_judgment("wrong", trigger=(5, 6)),
    }
    rows = [_row(trigger=(1, 2)), _row(trigger=(3, 4)), _row(trigger=(5, 6)), _row(trigger=(7, 8))]
    part = score(rows, [TUNE], judgments, []).parts["tune"]
    assert (part.emitted, part.judged) == (4, 3)
    assert part.verdicts == {"right": 1, "partial": 1, "wrong": 1}
    report = score(rows, [TUNE], judgments, []).report()
    assert "strict precision  0.333 (1/3)" in report and "lenient precision 0.667 (2/3)" in report


def test_a_repeated_event_counts_wrong_and_stale_judgments_are_counted():
    judgments = {**_judgment("right"), **_judgment("right", trigger=(30, 35))}
    result = score([_row(), _row()], [TUNE], judgments, [])
    part = result.parts["tune"]
    assert part.verdicts == {"right": 1, "wrong": 1} and part.duplicates == 1
    assert result.stale == 1


def test_a_judged_candidate_below_the_threshold_is_not_stale():
    judgments = {
        **_judgment("right"),
        **_judgment("wrong", trigger=(20, 25)),  # proposed, not emitted
        **_judgment("wrong", trigger=(30, 35)),  # no longer proposed
        **_judgment("right", page=CHECK),  # a page not coded
    }
    candidates = [_row(confidence=0.4), _row(trigger=(20, 25), confidence=0.7), _row(trigger=(40, 45))]
    result = score([_row(confidence=0.9)], [TUNE], judgments, [], candidates)
    assert (result.below, result.stale, result.elsewhere) == (1, 1, 1)
    assert "below the threshold): 1; stale (no longer proposed at all): 1" in result.report()


def test_the_rules_alone_are_scored_on_every_candidate_with_their_own_confidence():
    judgments = {**_judgment("right"), **_judgment("wrong", trigger=(20, 25))}
    main = [Main(TUNE, 0, 18, "USAGOV", "CHNGOV", "112")]  # holds the trigger at 10, not the one at 20
    candidates = [_row(confidence=0.3), _row(trigger=(20, 25), confidence=0.9), _row(trigger=(40, 45))]
    result = score([_row(trigger=(20, 25))], [TUNE], judgments, main, candidates)
    model, rules = result.parts["tune"], result.rules["tune"]
    assert (model.emitted, model.verdicts, model.found) == (1, {"wrong": 1}, 0)
    assert (rules.emitted, rules.verdicts, rules.found) == (3, {"right": 1, "wrong": 1}, 1)
    assert rules.bands[0.2] == {"right": 1} and rules.bands[0.8] == {"wrong": 1}
    report = result.report()
    assert "tune: 1 pages, 1 emitted events, 1 judged, 0 unjudged" in report
    assert "tune: 1 pages, 3 candidates, 2 judged, 1 unjudged" in report


def test_parts_are_scored_apart():
    rows = [_row(), _row(page=CHECK)]
    result = score(rows, [TUNE, CHECK], {**_judgment(), **_judgment("wrong", page=CHECK)}, [])
    assert result.parts["tune"].verdicts == {"right": 1}
    assert result.parts["check"].verdicts == {"wrong": 1}


def test_confidence_bands_hold_the_verdicts_of_their_events():
    rows = [_row(confidence=0.85), _row(trigger=(20, 25), confidence=0.1)]
    judgments = {**_judgment("right"), **_judgment("wrong", trigger=(20, 25))}
    bands = score(rows, [TUNE], judgments, []).parts["tune"].bands
    assert bands[0.8] == {"right": 1} and bands[0.0] == {"wrong": 1}


def test_a_main_event_is_found_by_countries_and_root_in_its_sentence():
    main = [
        Main(TUNE, 0, 40, "USAGOV", "CHNGOV", "1123"),  # same countries and root 11: found
        Main(TUNE, 0, 40, "USAGOV", "RUSGOV", "112"),  # other target country
        Main(TUNE, 50, 90, "USAGOV", "CHNGOV", "112"),  # other sentence
        Main(TUNE, 0, 40, "USAMIL", "CHNMIL", "190"),  # other root
    ]
    part = score([_row()], [TUNE], {}, main).parts["tune"]
    assert (part.found, part.main) == (1, 4)


def test_country_of_an_igo_code_is_the_whole_code():
    assert country("IGOUNO") == "IGOUNO"
    assert country("RUSMIL") == "RUS"
    assert country(None) is None


def test_standoff_keeps_no_text_and_needs_a_correction_unless_right(tmp_path):
    row = standoff(_row() | {"verdict": "partial", "correct": {"target": "RUSGOV"}, "reason": "r"})
    assert not any(key.endswith("_text") for key in row)
    assert row["correct"] == {"target": "RUSGOV"}
    bad = tmp_path / "events.jsonl"
    bad.write_text(json.dumps(standoff(_row() | {"verdict": "right"}) | {"verdict": "wrong"}) + "\n")
    with pytest.raises(DataFileError, match="needs 'correct'"):
        load_judgments(bad)
    bad.write_text(json.dumps(standoff(_row() | {"verdict": "right"}) | {"verdict": "maybe"}) + "\n")
    with pytest.raises(DataFileError, match="verdict must be"):
        load_judgments(bad)


def test_adding_judgments_replaces_earlier_ones_of_the_same_event(tmp_path):
    (tmp_path / "pages.jsonl").write_text(json.dumps({"page": TUNE, "political": True}) + "\n")
    export = tmp_path / "export.jsonl"
    export.write_text(json.dumps(_row() | {"verdict": "wrong", "correct": "no event", "reason": "first"}))
    assert add_judgments(export, tmp_path) == 1
    export.write_text(
        "\n".join(
            json.dumps(row)
            for row in (
                _row() | {"verdict": "right", "reason": "second look"},
                _row() | {"verdict": "wrong", "correct": "no event", "reason": "the copy"},
                _row(trigger=(20, 25)) | {"verdict": None},
            )
        )
    )
    assert add_judgments(export, tmp_path) == 1
    judgments = load_judgments(tmp_path / "events.jsonl")
    assert [row["reason"] for row in judgments.values()] == ["second look"]
    assert "accused" not in (tmp_path / "events.jsonl").read_text()


def test_adding_a_judgment_of_a_page_the_set_does_not_list_fails(tmp_path):
    (tmp_path / "pages.jsonl").write_text(json.dumps({"page": CHECK, "political": True}) + "\n")
    export = tmp_path / "export.jsonl"
    export.write_text(json.dumps(_row() | {"verdict": "right", "reason": "r"}) + "\n")
    with pytest.raises(InputError, match="not one of"):
        add_judgments(export, tmp_path)
    assert not (tmp_path / "events.jsonl").exists()


def test_a_bad_main_event_row_leaves_the_gold_file_as_it_was(tmp_path):
    (tmp_path / "pages.jsonl").write_text(json.dumps({"page": TUNE, "political": True}) + "\n")
    main = tmp_path / "main.jsonl"
    main.write_text(json.dumps({"page": TUNE, "none": True}) + "\n")
    export = tmp_path / "main-export.jsonl"
    export.write_text(json.dumps({"page": TUNE, "sentence": [0, 10], "source": "USAGOV"}) + "\n")  # no cameo
    with pytest.raises(DataFileError):
        add_main(export, tmp_path)
    assert json.loads(main.read_text()) == {"page": TUNE, "none": True}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["main-export.jsonl", "main.jsonl", "pages.jsonl"]


def test_the_export_may_not_go_into_the_package():
    with pytest.raises(InputError, match="outside the package"):
        judged._check_outside_package(GOLD_DIR / "export.jsonl")


def test_url_date():
    assert url_date("https://example.com/2019/11/19/story.html") == "2019-11-19"
    assert url_date("https://example.com/news/2019-11-20-story") == "2019-11-20"
    assert url_date("https://example.com/story-2019") is None


def test_packaged_judgments_and_main_events_are_consistent():
    pages = load_pages(GOLD_DIR / "pages.jsonl")
    judgments = load_judgments(GOLD_DIR / "events.jsonl")
    for page, start, end, *_ in judgments:
        assert pages[page] or part_of(page) == "tune"  # other pages: judged for training, tune only
        assert start < end
    for row in judgments.values():
        assert row["sentence"][0] <= row["trigger"][0] < row["sentence"][1]
        assert "sentence_text" not in row and row["reason"]
    for item in judged.load_main(GOLD_DIR / "main.jsonl"):
        assert pages[item.page] and item.start < item.end


def test_every_benchmark_page_has_a_decision(shared):
    directory = shared / "data" / "html" / "scrapinghub-aeb"
    gold = json.loads((directory / "ground-truth.json").read_text(encoding="utf-8"))
    assert set(load_pages(GOLD_DIR / "pages.jsonl")) == set(gold)


def test_the_command_refuses_an_export_into_the_package(tmp_path):
    from typer.testing import CliRunner

    from newsevents.cli import app
    from newsevents.cli import eval as _  # noqa: F401

    (tmp_path / "ground-truth.json").write_text("{}")
    result = CliRunner().invoke(
        app, ["eval", "judged", str(tmp_path), "--export", str(GOLD_DIR / "export.jsonl")]
    )
    assert result.exit_code == 2 and "outside the package" in result.output
    assert not (GOLD_DIR / "export.jsonl").exists()


def test_auc_is_the_share_of_right_over_wrong_pairs_ranked_higher():
    assert judged.auc([(0.9, True), (0.1, False)]) == "1.000"
    assert judged.auc([(0.1, True), (0.9, False)]) == "0.000"
    assert judged.auc([(0.5, True), (0.5, False), (0.9, True), (0.2, False)]) == "0.875"
    assert judged.auc([(0.5, True)]).strip() == "-"


def test_evaluate_codes_the_political_pages_and_exports_their_events(tmp_path):
    import gzip

    page, other = "a" * 64, "b" * 64
    body = (
        "<p>The Russian foreign ministry on Monday accused Ukraine of shelling a border village, "
        "and Moscow said it would respond.</p>"
        "<p>Ukraine's army denied the claim and said its forces had not fired across the border.</p>"
    )
    html = f"<html><head><title>Border row</title></head><body><article>{body * 3}</article></body></html>"
    (tmp_path / "html").mkdir()
    for key in (page, other):
        (tmp_path / "html" / f"{key}.html.gz").write_bytes(gzip.compress(html.encode()))
    urls = {page: {"url": "https://example.com/2019/11/18/a"}, other: {"url": "https://example.com/b"}}
    (tmp_path / "ground-truth.json").write_text(json.dumps(urls))
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "pages.jsonl").write_text(json.dumps({"page": page, "political": True, "about": "a row"}) + "\n")
    export = tmp_path / "events.jsonl"
    result = judged.evaluate(tmp_path, gold, export)
    rows = [json.loads(line) for line in export.read_text().splitlines()]
    part = result.parts[part_of(page)]
    assert part.pages == 1 and part.emitted == len(rows) > 0 and part.judged == 0
    assert result.undecided == [other]
    for row in rows:
        assert row["page"] == page and row["verdict"] is None
        assert row["sentence_text"][row["trigger"][0] - row["sentence"][0] :].startswith(row["trigger_text"])


def test_the_rules_alone_rerun_keeps_one_discard_record_and_survives_a_failing_stage(monkeypatch):
    import dataclasses

    import newsevents
    from newsevents import pipeline

    text = "Putin met Macron in Paris on Monday. Read more: Trump criticized Biden on Tuesday."
    doc = newsevents.code(text, published="2025-01-01")
    assert len(doc.article.meta["discarded"]) == 1
    assert judged._rule_candidates([("p", doc)]) and len(doc.article.meta["discarded"]) == 1

    def fail(_doc):
        raise RuntimeError("broken events stage")

    stages = [
        dataclasses.replace(s, func=fail) if s.name == "events" else s for s in pipeline.default_stages()
    ]
    monkeypatch.setattr(pipeline, "default_stages", lambda: stages)
    assert judged._rule_candidates([("p", doc)]) == []
    assert doc.errors[-1].stage == "events" and "broken" in doc.errors[-1].message
