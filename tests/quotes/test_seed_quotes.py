"""The seed article's speakers (published 2025-08-20): each quote carries its speaker's actor and code.
Skipped when ../shared is absent. The article names no Peskov: the Kremlin's own statements are its quotes."""

from __future__ import annotations

import pytest

SPEAKERS = {
    "Lavrov": ("RUSGOV",),
    "Polyanskiy": ("RUSGOV", "IGOUNO"),  # Russia's deputy envoy to the UN: coded as his government
    "Macron": ("FRAGOV",),
    "Stubb": ("FINGOV",),
}


@pytest.mark.parametrize("name", sorted(SPEAKERS))
def test_seed_speaker_codes(seed_doc, name):
    quotes = [q for q in seed_doc.quotes if q.speaker and q.speaker.actor and name in q.speaker.actor.name]
    assert quotes, f"no quote by {name}"
    for quote in quotes:
        ref = quote.to_dict()["speaker"]
        assert ref["code"] in SPEAKERS[name] and ref["actor"] == quote.speaker.actor.id
    assert any(q.kind in ("direct", "indirect") for q in quotes)


def test_seed_speakers_are_actors_or_say_why(seed_doc):
    for quote in seed_doc.quotes:
        out = quote.to_dict()
        assert (out["speaker"] is None) == ("unresolved" in out)
