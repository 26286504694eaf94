"""Datelines: kept in the text, parsed into place and agency."""

from __future__ import annotations

import pytest

from newsevents.ingest.dateline import parse_dateline


@pytest.mark.parametrize(
    ("text", "place", "agency"),
    [
        ("KYIV, Ukraine (AP) -- Russia said", "KYIV, Ukraine", "AP"),
        ("SANTA FE, N.M. (AP) — A cat", "SANTA FE, N.M.", "AP"),
        ("LONDON, Nov 19 (Reuters) - Oil fell", "LONDON", "Reuters"),
        ("NEW YORK — Stocks rose", "NEW YORK", None),
        ("BAAR, SWITZERLAND\n\nBased on", "BAAR, SWITZERLAND", None),
        ("Ceasefire monitors arrive\n\nGOMA, Congo (Reuters) - A team", "GOMA, Congo", "Reuters"),
    ],
)
def test_parsed(text, place, agency):
    assert parse_dateline(text) == {"place": place, "agency": agency}


@pytest.mark.parametrize("text", ["The Kremlin said - no", "NATO: allies agree", "BREAKING NEWS\nTalks"])
def test_none(text):
    assert parse_dateline(text) is None
