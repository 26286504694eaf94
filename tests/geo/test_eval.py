"""The places scorer on a small gold file."""

from __future__ import annotations

import json

from newsevents.document import Place
from newsevents.eval import places


def test_scorer_counts_right_wrong_and_missed():
    gold = {
        "id": "g1",
        "text": "Paris and Moscow and Kyiv.",
        "places": [
            {
                "text": "Paris",
                "start": 0,
                "end": 5,
                "name": "Paris",
                "country": "FRA",
                "lat": 48.85,
                "lon": 2.35,
            },
            {
                "text": "Moscow",
                "start": 10,
                "end": 16,
                "name": "Moscow",
                "country": "RUS",
                "lat": 55.75,
                "lon": 37.6,
            },
            {
                "text": "Kyiv",
                "start": 21,
                "end": 25,
                "name": "Kyiv",
                "country": "UKR",
                "lat": 50.45,
                "lon": 30.52,
            },
        ],
    }
    predicted = [
        Place("Paris", 0, 5, "Paris", "USA", 33.66, -95.55),
        Place("Moscow", 10, 16, "Moskva", "RUS", 55.7, 37.5),
    ]
    scores = places.PlaceScores()
    places.score_article(scores, gold, predicted)
    assert (scores.right, scores.mentions) == (1, 3)
    assert "accuracy 0.333" in scores.report()


def test_evaluate_reads_a_gold_file(tmp_path):
    text = "Putin met Trump in Alaska."
    start = text.index("Alaska")
    line = {
        "id": "a",
        "text": text,
        "published": "2025-08-20",
        "places": [
            {
                "text": "Alaska",
                "start": start,
                "end": start + 6,
                "name": "Alaska",
                "country": "USA",
                "lat": 64.0,
                "lon": -150.0,
            }
        ],
    }
    path = tmp_path / "places.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    assert places.evaluate(path).accuracy == 1.0


def test_cli_eval_places(tmp_path):
    from typer.testing import CliRunner

    from newsevents.cli import app
    from newsevents.cli import eval as _  # noqa: F401 - registers the eval commands

    text = "Lavrov flew to Moscow."
    start = text.index("Moscow")
    place = {"text": "Moscow", "start": start, "end": start + 6, "name": "Moscow", "country": "RUS"}
    path = tmp_path / "places.jsonl"
    path.write_text(json.dumps({"id": "m", "text": text, "places": [place]}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "places", str(path)])
    assert result.exit_code == 0 and "accuracy 1.000" in result.output
    assert CliRunner().invoke(app, ["eval", "places", str(tmp_path / "missing.jsonl")]).exit_code == 2
