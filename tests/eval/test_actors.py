"""The actor scorer compares codes at the gold's level."""

from __future__ import annotations

from newsevents.eval.actors import _at_gold_level


def test_a_group_suffix_scores_as_the_national_gold_code() -> None:
    assert _at_gold_level("PSEREBHMS", {"PSEREB"}) == "PSEREB"
    assert _at_gold_level("AFGGOVTAL", {"AFGREB"}) == "AFGGOVTAL"
    assert _at_gold_level("IGOUNOKID", {"IGOUNO"}) == "IGOUNOKID"
    assert _at_gold_level(None, {"RUSGOV"}) is None
