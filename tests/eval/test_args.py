"""The source/target span scorer: overlap matching, the main event, the tune/check parts, the command."""

from __future__ import annotations

from typer.testing import CliRunner

from newsevents import settings
from newsevents.cli import app
from newsevents.cli import eval as _  # noqa: F401 - registers the eval commands
from newsevents.eval import args
from newsevents.eval.split import part_of


def _event(source, target, trigger_start, confidence):
    def arg(span):
        return {"start": span[0], "end": span[1]} if span else None

    return {
        "source": arg(source),
        "target": arg(target),
        "trigger": {"start": trigger_start},
        "confidence": confidence,
    }


def test_overlap_is_one_shared_word_matched_once():
    assert args.overlap_matches([(0, 5)], [(4, 10)]) == 1  # share a word
    assert args.overlap_matches([(0, 5)], [(6, 10)]) == 0  # touch, share nothing
    assert args.overlap_matches([(0, 20)], [(0, 5), (10, 15)]) == 1  # one predicted span, one match
    assert args.overlap_matches([(0, 3), (2, 6)], [(0, 6)]) == 1


def test_main_event_is_the_most_confident_predicate_with_its_coordinated_arguments():
    events = [
        _event((0, 6), (20, 26), 8, 0.5),
        _event((0, 6), (30, 36), 8, 0.5),  # same predicate, coordinated target
        _event((40, 45), (50, 55), 46, 0.7),
        _event((60, 65), None, 66, 0.7),  # as confident, later: not taken
    ]
    assert args.main_event_spans({"events": events}) == {"S": [(40, 45)], "T": [(50, 55)]}
    events[2]["confidence"] = 0.4
    events[3]["confidence"] = 0.4
    assert args.main_event_spans({"events": events}) == {"S": [(0, 6)], "T": [(20, 26), (30, 36)]}
    assert args.main_event_spans({"events": []}) == {"S": [], "T": []}


def test_main_event_at_a_threshold_is_chosen_among_the_events_that_reach_it():
    events = [_event((0, 6), (20, 26), 8, 0.3), _event((40, 45), None, 46, 0.2)]
    assert args.main_event_spans({"events": events}) == {"S": [(0, 6)], "T": [(20, 26)]}
    assert args.main_event_spans({"events": events}, 0.25) == {"S": [(0, 6)], "T": [(20, 26)]}
    assert args.main_event_spans({"events": events}, 0.5) == {"S": [], "T": []}


def test_the_sources_of_a_reciprocal_event_are_not_also_its_targets():
    events = [_event((0, 6), (11, 16), 20, 0.5), _event((11, 16), (0, 6), 20, 0.5)]  # "Canada and Chile"
    assert args.main_event_spans({"events": events}) == {"S": [(0, 6), (11, 16)], "T": []}


def test_scores_by_role_and_all():
    scores = args.ArgScores()
    gold = [(0, 5, "S"), (10, 15, "T"), (20, 25, "R")]  # other roles are not scored
    args.score_sentence(scores, gold, {"S": [(0, 3)], "T": [(16, 19)]})
    args.score_sentence(scores, [(0, 5, "S")], {"S": [], "T": []})
    assert (scores.roles["S"].tp, scores.roles["S"].predicted, scores.roles["S"].gold) == (1, 1, 2)
    assert (scores.roles["T"].tp, scores.roles["T"].predicted, scores.roles["T"].gold) == (0, 1, 1)
    assert (scores.all.tp, scores.all.predicted, scores.all.gold) == (1, 2, 3)
    assert scores.no_event == 1 and scores.sentences == 2
    assert "sources" in scores.report() and "all" in scores.report()


def test_eval_args_command_scores_one_part(tmp_path):
    sentences = [
        ["Russia B-S", "attacked O", "Ukraine B-T", ". O"],
        ["France B-S", "criticized O", "Iran B-T", ". O"],
        ["Germany B-S", "praised O", "Poland B-T", ". O"],
    ]
    path = tmp_path / "ner.txt"
    path.write_text("\n\n".join("\n".join(s) for s in sentences) + "\n", encoding="utf-8")
    tune = sum(part_of(n) == "tune" for n in range(3))
    result = CliRunner().invoke(app, ["eval", "args", str(path), "--part", "tune"])
    assert result.exit_code == 0, result.output
    assert f"sentences      {tune} " in result.output
    assert (
        "whatever its confidence" in result.output
        and f"among events at {settings.get('min_event_confidence'):.2f}" in result.output
    )
    whole = CliRunner().invoke(app, ["eval", "args", str(path)])
    rows = {line.split()[0]: line for line in whole.output.splitlines() if line}
    assert "sentences      3 " in whole.output  # the coder's output is not what this test holds
    assert rows["sources"].endswith("gold 3)") and rows["all"].endswith("gold 6)")
    assert CliRunner().invoke(app, ["eval", "args", str(path), "--part", "other"]).exit_code == 2
