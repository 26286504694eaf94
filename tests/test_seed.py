"""Acceptance on the canonical seed article (published 2025-08-20): the events, actors, quotes, times and
places a careful human coder would record. Skipped when ../shared is absent."""

from __future__ import annotations

import os

import pytest

from tests.conftest import assert_valid


def _events(doc, root, source_country, target_country=None):
    found = []
    for event in doc.to_dict()["events"]:
        source, target = event["source"] or {}, event["target"] or {}
        if (
            event["cameo_root"] == root
            and source.get("country") == source_country
            and (
                target_country is None
                or target.get("country") == target_country
                or target.get("code") == target_country
            )
        ):
            found.append(event)
    return found


def _sliced(doc, event):
    text = doc.text
    for part in ("source", "target", "trigger"):
        if event[part]:
            assert text[event[part]["start"] : event[part]["end"]] == event[part]["text"]


def test_contract_and_clean_text(seed_doc):
    obj = seed_doc.to_dict()
    assert_valid(obj)
    assert "Â" not in obj["article"]["text"] and "Post a Comment" not in obj["article"]["text"]
    assert not obj["errors"]


def test_trump_appeals_for_talks_between_putin_and_zelensky(seed_doc):
    to_russia = _events(seed_doc, "02", "USA", "RUS")
    to_ukraine = _events(seed_doc, "02", "USA", "UKR")
    assert to_russia and to_ukraine
    for event in to_russia + to_ukraine:
        _sliced(seed_doc, event)
        assert event["source"]["text"].endswith("Trump")


def test_putin_open_to_talks_with_ukraine(seed_doc):
    events = _events(seed_doc, "03", "RUS", "UKR")
    assert events and all(e["modality"] == "asserted" for e in events)
    assert any(e["date"] == "2025-08-18" for e in events)


def test_macron_criticizes_putin(seed_doc):
    events = _events(seed_doc, "11", "FRA", "RUS")
    assert events
    assert events[0]["source"]["text"].endswith("Macron")


def test_radakin_visits_washington(seed_doc):
    events = _events(seed_doc, "04", "GBR", "USA")
    assert events
    assert events[0]["source"]["code"] == "GBRMIL"
    assert events[0]["source"]["text"].endswith("Radakin")


def test_speculative_sentences_assert_nothing(seed_doc):
    text = seed_doc.text
    for phrase in ("unlikely to accept", "unlikely to agree", "goal is likely to pressure"):
        start = text.index(phrase)
        for event in seed_doc.to_dict()["events"]:
            sentence = event["sentence"]
            if sentence["start"] <= start < sentence["end"]:
                assert event["modality"] != "asserted", (phrase, event["trigger"], event["cameo"])


def test_conditional_air_support_is_not_asserted(seed_doc):
    """What the default output keeps of the conditional offer is hypothetical (the proposals test below
    holds that the rules find it; the model may leave it under the threshold)."""
    start = seed_doc.text.index("providing air support")
    events = [
        e for e in seed_doc.to_dict()["events"] if e["sentence"]["start"] <= start < e["sentence"]["end"]
    ]
    support = [e for e in events if e["cameo_root"] in ("03", "05", "06", "07", "08")]
    assert all(e["modality"] == "hypothetical" for e in support)
    assert not any(e["cameo_root"] in ("15", "18", "19") and e["modality"] == "asserted" for e in events)


def test_seed_actors_for_the_date(seed_doc):
    actors = seed_doc.to_dict()["actors"]
    text = seed_doc.text

    def actor_of(surface):
        for actor in actors:
            if any(text[s:e] == surface for s, e in actor["mentions"]):
                return actor
        raise AssertionError(f"no actor mention {surface!r}")

    expected = {
        "Putin": "RUSGOV",
        "Zelensky": "UKRGOV",
        "Trump": "USAGOV",
        "Sergei Lavrov": "RUSGOV",
        "Dmitry Polyanskiy": "RUSGOV",
        "Emmanuel Macron": "FRAGOV",
        "Alexander Stubb": "FINGOV",
        "Tony Radakin": "GBRMIL",
        "Kremlin": "RUSGOV",
        "White House": "USAGOV",
        "UN": "IGOUNO",
        "the Russian leader": "RUSGOV",
    }
    for surface, code in expected.items():
        assert actor_of(surface)["code"] == code, surface
    assert actor_of("the Russian leader")["id"] == actor_of("Putin")["id"]
    assert actor_of("NATO military leaders")["code"].startswith("IGOWSTNAT")
    trump = actor_of("Trump")
    assert any("former" in note for note in trump.get("notes", []))
    assert len(trump["mentions"]) >= 10  # names, surnames and pronouns


def test_seed_quotes_times_places(seed_doc):
    obj = seed_doc.to_dict()
    quotes = {q["text"].strip("“”\"' "): q for q in obj["quotes"]}

    def quote(start):
        found = [q for text, q in quotes.items() if text.startswith(start)]
        assert found, f"no quote starting {start!r}: {list(quotes)}"
        return found[0]

    assert quote("We’ll find out soon")["speaker"]["code"] == "USAGOV"
    assert quote("a predator")["speaker"]["code"] == "FRAGOV"
    assert quote("rarely to be trusted")["speaker"]["code"] == "FINGOV"
    values = {t["text"]: t["value"] for t in obj["times"]}
    assert values.get("Monday") == "2025-08-18" or values.get("On Monday") == "2025-08-18"
    assert values.get("the next day") == "2025-08-19"
    places = {p["text"]: p for p in obj["places"]}
    assert places["Alaska"]["country"] == "USA"
    for name, country in (("Moscow", "RUS"), ("Kyiv", "UKR"), ("Washington", "USA")):
        assert places[name]["country"] == country
    alaska = [e for e in obj["events"] if e["location"] and e["location"]["text"] == "Alaska"]
    assert alaska


@pytest.fixture(scope="module")
def seed_proposals(seed_doc):
    """The seed with every event the rules propose (no confidence floor): the candidates the trained
    confidence model decides among, so these tests hold the rules, not the model's threshold."""
    import newsevents

    name, before = "NEWSEVENTS_MIN_EVENT_CONFIDENCE", os.environ.get("NEWSEVENTS_MIN_EVENT_CONFIDENCE")
    os.environ[name] = "0"
    try:
        return newsevents.code(seed_doc.text, published="2025-08-20")
    finally:
        if before is None:
            del os.environ[name]
        else:
            os.environ[name] = before


def test_kremlin_downplays_a_summit_with_zelensky(seed_proposals):
    events = _events(seed_proposals, "12", "RUS", "UKR")
    assert events and all(e["modality"] == "asserted" for e in events)
    assert any(e["trigger"]["text"] == "downplayed" for e in events)


def test_us_offers_air_support_if_a_deal_is_reached_but_no_troops(seed_proposals):
    support = [e for e in _events(seed_proposals, "07", "USA", "EUR") if e["trigger"]["text"] == "providing"]
    assert support and all(e["modality"] == "hypothetical" for e in support)
    refusal = [e for e in _events(seed_proposals, "12", "USA") if e["trigger"]["text"] == "ruled out"]
    assert refusal and all(e["modality"] == "asserted" for e in refusal)
    assert not any((e["target"] or {}).get("country") == "USA" for e in refusal)  # the troops are sent


def test_europe_plans_a_reassurance_force_for_ukraine(seed_proposals):
    events = _events(seed_proposals, "03", "EUR", "UKR")
    assert any(e["cameo"] == "0334" and e["modality"] == "asserted" for e in events)


def test_europe_and_zelensky_support_a_meeting_with_putin(seed_proposals):
    for source in ("EUR", "UKR"):
        events = [
            e for e in _events(seed_proposals, "03", source, "RUS") if e["trigger"]["text"] == "expressed"
        ]
        assert events and events[0]["cameo"] == "036"
    assert not _events(seed_proposals, "05", "EUR", "UKR") and not _events(seed_proposals, "05", "UKR", "EUR")


def test_stubb_voices_skepticism_of_putin(seed_proposals):
    events = _events(seed_proposals, "11", "FIN", "RUS")  # skepticism about a leader is disapproval
    assert events and events[0]["source"]["text"].endswith("Stubb")
    assert not _events(seed_proposals, "01", "FIN", "RUS")


def test_nato_holds_a_virtual_meeting(seed_proposals):
    events = [e for e in seed_proposals.to_dict()["events"] if e["cameo_root"] == "04"]
    nato = [e for e in events if e["source"]["code"].startswith("IGOWSTNAT")]
    assert nato and nato[0]["modality"] == "asserted"


def test_figurative_and_misattributed_readings_are_gone(seed_proposals):
    events = seed_proposals.to_dict()["events"]
    assert not any(e["trigger"]["text"] == "recognized" for e in events)  # "recognized the animosity"
    refused = [e for e in events if e["trigger"]["text"] == "refused"]
    assert refused and all(e["source"]["country"] == "RUS" for e in refused)  # "if he refused": the Russian
    talks = [e for e in events if e["trigger"]["text"] == "talks" and e["source"]["country"] == "USA"]
    assert talks and all(e["modality"] == "asserted" for e in talks)  # "after his talks with": they happened
