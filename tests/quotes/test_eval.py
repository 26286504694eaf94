"""The quote scorer on brat annotations, and a run over two PolNeAR dev articles (skipped without
../shared)."""

from __future__ import annotations

import shutil

from newsevents.document import Mention, Quote
from newsevents.eval import quotes as scorer

TEXT = 'Putin said that talks would start. "We are ready," Lavrov said.'
ANN = """T1\tSource 0 5\tPutin
T2\tCue 6 10\tsaid
T3\tContent 11 33\tthat talks would start
E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1
T4\tContent 35 50\t"We are ready,"
T5\tSource 51 57\tLavrov
T6\tCue 58 62\tsaid
E2\tAttribution:T6 Content:T4 Cue:T6 Source:T5
"""


def test_load_and_score(tmp_path):
    (tmp_path / "a_2016-01-02_x.ann").write_text(ANN, encoding="utf-8")
    (tmp_path / "a_2016-01-02_x.txt").write_text(TEXT, encoding="utf-8")
    [gold] = scorer.load(tmp_path)
    assert gold.published == "2016-01-02" and len(gold.attributions) == 2
    putin = Mention(0, 5, "Putin")
    predicted = [
        Quote("that talks would start.", 11, 34, "indirect", putin),
        Quote("We are ready", 36, 48, "partial", Mention(51, 57, "Lavrov")),
        Quote("ready", 43, 48, "partial", putin),
    ]  # inside another quote: not scored
    scores = scorer.QuoteScores()
    scorer.score_article(scores, gold, predicted)
    assert scores.exact.tp == 2 and scores.overlap.f1 == 1.0 and scores.source.f1 == 1.0
    assert (scores.matched, scores.speaker_right) == (2, 2)


def test_polnear_dev_sample(shared, tmp_path):
    dev = shared / "data" / "quotes" / "polnear" / "dev"
    for ann in sorted((dev / "attributions").glob("*.ann"))[:2]:
        (tmp_path / "attributions").mkdir(exist_ok=True)
        (tmp_path / "text").mkdir(exist_ok=True)
        shutil.copy(ann, tmp_path / "attributions" / ann.name)
        text = ann.stem.rsplit("_", 1)[0] + ".txt"
        shutil.copy(dev / "text" / text, tmp_path / "text" / text)
    scores = scorer.evaluate(tmp_path)
    assert scores.articles == 2 and scores.overlap.f1 > 0.4


def test_cli_eval_quotes(tmp_path):
    from typer.testing import CliRunner

    from newsevents.cli import app
    from newsevents.cli import eval as _  # noqa: F401 - registers the eval commands

    (tmp_path / "a.ann").write_text(ANN, encoding="utf-8")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "quotes", str(tmp_path)])
    assert result.exit_code == 0 and "content overlap" in result.output and "source" in result.output
