"""The judged set of plain-text articles (data/gold/judged-polnear): its listing, main events, and scoring
through the same path as the benchmark pages."""

import json

import pytest

from newsevents.errors import DataFileError, InputError
from newsevents.eval import judged
from newsevents.eval.judged import POLNEAR_DIR, add_main, gold_for, load_articles, load_main
from newsevents.eval.split import part_of

TUNE = next(f"paper_2016-03-0{i}_story" for i in range(10) if part_of(f"paper_2016-03-0{i}_story") == "tune")
CHECK = next(
    f"paper_2016-03-0{i}_story" for i in range(10) if part_of(f"paper_2016-03-0{i}_story") == "check"
)
TEXT = (
    "The Freedonian foreign ministry on Monday accused Sylvania of shelling a border village, "
    "and the government in Freedonia said it would respond.\n\n"
    "Sylvania's army denied the claim and said its forces had not fired across the border.\n\n"
)


def _gold(tmp_path, *pages):
    gold = tmp_path / "gold"
    gold.mkdir()
    rows = [{"page": page, "part": part_of(page), "published": page.split("_")[1]} for page in pages]
    (gold / "articles.jsonl").write_text("".join(json.dumps(row) + "\n" for row in rows))
    return gold


def test_the_listing_gives_each_article_its_day_and_must_agree_with_the_split(tmp_path):
    gold = _gold(tmp_path, TUNE, CHECK)
    assert load_articles(gold / "articles.jsonl") == {TUNE: TUNE.split("_")[1], CHECK: CHECK.split("_")[1]}
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"page": TUNE, "part": "check", "published": "2016-03-01"}) + "\n")
    with pytest.raises(DataFileError, match="part"):
        load_articles(bad)
    bad.write_text(json.dumps({"page": TUNE, "part": "tune", "published": "March 2016"}) + "\n")
    with pytest.raises(DataFileError, match="YYYY-MM-DD"):
        load_articles(bad)


def test_a_page_without_a_main_event_has_a_none_row_and_no_main_event(tmp_path):
    path = tmp_path / "main.jsonl"
    rows = [
        {"page": TUNE, "none": True},
        {"page": CHECK, "sentence": [0, 40], "source": "FRDGOV", "target": "SYLMIL", "cameo": "112"},
    ]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    assert load_main(path) == [judged.Main(CHECK, 0, 40, "FRDGOV", "SYLMIL", "112")]
    path.write_text(json.dumps({"page": TUNE, "sentence": [0, 40], "target": "SYLMIL"}) + "\n")
    with pytest.raises(DataFileError, match="needs page, sentence, source and cameo"):
        load_main(path)


def test_adding_main_events_replaces_a_pages_rows_and_keeps_standoff_only(tmp_path):
    gold = _gold(tmp_path, TUNE, CHECK)
    first = {"page": TUNE, "sentence": [0, 40], "source": "FRDGOV", "target": "SYLGOV", "cameo": "111"}
    other = {"page": CHECK, "none": True}
    (gold / "main.jsonl").write_text(json.dumps(first) + "\n" + json.dumps(other) + "\n")
    update = tmp_path / "update.jsonl"
    second = first | {"cameo": "112", "sentence_text": "The ministry accused its neighbour."}
    update.write_text(json.dumps(second) + "\n" + json.dumps(first | {"sentence": [50, 90]}) + "\n")
    assert add_main(update, gold) == 2
    rows = [json.loads(line) for line in (gold / "main.jsonl").read_text().splitlines()]
    assert rows == [other, first | {"cameo": "112"}, first | {"sentence": [50, 90]}]
    update.write_text(json.dumps(first | {"page": "paper_2016-04-01_other"}) + "\n")
    with pytest.raises(InputError, match="not one of"):
        add_main(update, gold)


def test_a_text_folder_is_scored_through_the_same_path_as_the_benchmark(tmp_path):
    texts = tmp_path / "text"
    texts.mkdir()
    (texts / f"{TUNE}.txt").write_text(TEXT * 2, encoding="utf-8")
    gold = _gold(tmp_path, TUNE, CHECK)  # CHECK has no text file: it fails
    export = tmp_path / "events.jsonl"
    result = judged.evaluate(texts, gold, export)
    rows = [json.loads(line) for line in export.read_text().splitlines()]
    model, rules = result.parts["tune"], result.rules["tune"]
    assert model.pages == rules.pages == 1 and model.emitted == len(rows) and rules.emitted > 0
    assert model.emitted <= rules.emitted and model.judged == rules.judged == 0
    assert result.failed == [f"{CHECK} (missing)"]
    for row in rows:
        assert row["page"] == TUNE and row["date"].startswith("2016-")  # from the listed day
        assert row["sentence_text"][row["trigger"][0] - row["sentence"][0] :].startswith(row["trigger_text"])
    judged.evaluate(texts, gold, export, every=True)
    assert sum(1 for _ in export.open()) == rules.emitted


def test_a_page_on_which_a_stage_failed_is_reported_and_not_scored(tmp_path, monkeypatch):
    from newsevents import events

    def broken(doc):
        raise AttributeError("no code")

    texts = tmp_path / "text"
    texts.mkdir()
    (texts / f"{TUNE}.txt").write_text(TEXT, encoding="utf-8")
    monkeypatch.setattr(events, "extract", broken)
    result = judged.evaluate(texts, _gold(tmp_path, TUNE))
    assert result.failed == [f"{TUNE} (events: AttributeError: no code)"]
    assert result.parts["tune"].pages == result.rules["tune"].pages == 0


def test_a_folder_without_a_benchmark_or_a_listing_is_refused(tmp_path):
    assert gold_for(tmp_path) == POLNEAR_DIR
    (tmp_path / "gold").mkdir()
    with pytest.raises(InputError, match="lists no articles"):
        judged.evaluate(tmp_path, tmp_path / "gold")


def test_the_command_refuses_main_events_of_an_unlisted_article(tmp_path):
    from typer.testing import CliRunner

    from newsevents.cli import app
    from newsevents.cli import eval as _  # noqa: F401

    update = tmp_path / "main.jsonl"
    update.write_text(json.dumps({"page": "paper_1999-01-01_not-listed", "none": True}) + "\n")
    before = (POLNEAR_DIR / "main.jsonl").read_text()
    result = CliRunner().invoke(app, ["eval", "judged", str(tmp_path), "--add-main", str(update)])
    assert result.exit_code == 2 and "not one of judged-polnear's pages" in result.output
    assert (POLNEAR_DIR / "main.jsonl").read_text() == before


def test_the_packaged_polnear_judgments_are_standoff_on_listed_articles():
    articles = load_articles(POLNEAR_DIR / "articles.jsonl")
    assert len(articles) == 165 and sum(part_of(page) == "check" for page in articles) == 65
    judgments = judged.load_judgments(POLNEAR_DIR / "events.jsonl")
    for row in judgments.values():
        assert row["page"] in articles and row["reason"]
        assert row["sentence"][0] <= row["trigger"][0] < row["trigger"][1] <= row["sentence"][1]
        assert not any(name.endswith("_text") for name in row)
    for item in load_main(POLNEAR_DIR / "main.jsonl"):
        assert item.page in articles and item.start < item.end


def test_every_listed_article_is_in_polnear_train(shared):
    directory = shared / "data" / "quotes" / "polnear" / "train" / "text"
    for page in load_articles(POLNEAR_DIR / "articles.jsonl"):
        assert (directory / f"{page}.txt").is_file()
