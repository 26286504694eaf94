"""The extraction scorer and ``newsevents eval extract`` on a two-page benchmark made here."""

from __future__ import annotations

import gzip
import json

from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.cli import eval as _eval  # noqa: F401 - registers the command
from newsevents.eval.extract import evaluate, prf, shingle_match
from tests.ingest.conftest import BODY, page


def test_shingle_match_is_the_benchmarks_metric():
    assert shingle_match("a b c d e", "a b c d e") == (1.0, 0.0, 0.0)
    assert shingle_match("a b c d e", "a b c d x") == (1 / 3, 1 / 3, 1 / 3)
    assert shingle_match("", "") == (0.0, 0.0, 0.0)
    assert prf([(1.0, 0.0, 0.0), (0.5, 0.5, 0.0)]) == (0.75, 1.0, 2 * 0.75 / 1.75)


def test_eval_extract_command(tmp_path):
    (tmp_path / "html").mkdir()
    gold = {}
    for key, body in (("p1", BODY), ("p2", BODY.replace("Geneva", "Vienna"))):
        html = page(body, extra="<div>Share this article</div><p>Post a Comment</p>")
        (tmp_path / "html" / f"{key}.html.gz").write_bytes(gzip.compress(html.encode()))
        gold[key] = {"articleBody": body, "url": f"https://x.example/{key}"}
    (tmp_path / "ground-truth.json").write_text(json.dumps(gold))
    score = evaluate(tmp_path)
    assert score.pages == 2 and prf(score.clean)[2] == 1.0 and score.lost_shingles == 0
    result = CliRunner().invoke(app, ["eval", "extract", str(tmp_path)])
    assert result.exit_code == 0 and "F1 1.000" in result.stdout and "title found    2 of 2" in result.stdout
