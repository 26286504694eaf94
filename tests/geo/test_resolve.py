"""Place resolution with the article's context, and the place of a clause."""

from __future__ import annotations

import pytest

from newsevents import actors, geo, nlp
from newsevents.document import Article, Document


def _run(text: str) -> Document:
    doc = nlp.parse(Document(Article("t", text, published="2025-08-20")))
    return geo.resolve(actors.resolve(doc))


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(p.text, p.country) for p in _run(text).places]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Macron returned to Paris on Monday.", ("Paris", "FRA")),
        ("Trump held a rally in Paris, Texas, on Monday.", ("Paris", "USA")),
        ("Officials met in Georgia near Tbilisi.", ("Georgia", "GEO")),
        ("Voters in Georgia lined up in Atlanta, as they did in Ohio.", ("Georgia", "USA")),
        ("He is traveling to Washington to meet Biden.", ("Washington", "USA")),
    ],
)
def test_ambiguous_names_follow_the_context(text, expected):
    assert expected in _places(text)


def test_dateline_counts_and_names_a_place():
    places = _run("MOSCOW (Reuters) - Officials said on Monday that talks would go on.").places
    assert places[0].text == "MOSCOW" and places[0].country == "RUS"


def test_landmark_is_a_place_in_its_capital():
    place = next(p for p in _run("Leaders met at the White House.").places if p.text == "White House")
    assert place.country == "USA" and abs(place.lat - 38.9) < 0.1


def test_place_of_a_clause():
    doc = _run(
        "Trump met Putin in Alaska. Radakin is traveling to Washington. NATO leaders are holding a meeting."
    )
    by_word = {t.text: t for t in doc.spacy}
    assert geo.place_for(doc, by_word["met"]).text == "Alaska"
    assert geo.place_for(doc, by_word["traveling"]).text == "Washington"
    assert geo.place_for(doc, by_word["holding"]) is None


def test_a_continent_beats_a_town_of_its_name() -> None:
    assert ("Asia", None) in _places("Investors in Asia sold their shares.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She spoke in Palm Beach, Fla., on Sunday.",
            ("Palm Beach", "USA"),
        ),  # geonames: only a Palm Beach in Australia
        ("The caucus met in Concord, N.H., at noon.", ("Concord", "USA")),
    ],
)
def test_an_abbreviated_state_qualifies_a_place(text, expected):
    assert expected in _places(text)


def test_a_qualifier_names_the_area_of_a_town_the_gazetteer_lacks() -> None:
    from collections import Counter

    from newsevents.geo.gazetteer import load
    from newsevents.geo.mentions import Found

    gaz = load()
    assert gaz.area("Fla.").name == "Florida" and gaz.area("W. Va.").admin == "WV"
    assert gaz.area("Ukraine").country == "UKR" and gaz.area("Moscow") is None
    entry = geo.best(gaz, Found(0, 12, "Millbrook Falls", "Iowa"), Counter())
    assert (entry.kind, entry.admin) == ("state", "IA")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry in Valdoria said Kyiv had agreed.", ("Kyiv", "UKR")),  # a capital read as a whole ORG
        ("Rebels marched through Goma at dawn.", ("Goma", "COD")),  # a town read as a PERSON after "through"
        ("Government troops entered Kherson on Friday.", ("Kherson", "UKR")),  # the object of "entered"
        ("Rebel columns swept into Aleppo overnight.", ("Aleppo", "SYR")),  # a city of millions, no entity
    ],
)
def test_places_the_model_misreads_or_misses_are_found(text, expected):
    assert expected in _places(text)


def test_a_person_named_like_a_town_is_no_place() -> None:
    assert _places("Georgia Smith met the mayor.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Bernie Sanders sent a letter to Hillary Clinton. Sanders later spoke to Clinton.",
        "The senator wrote to Barack Obama. He then wrote to Obama again.",  # Obama is also a town in Japan
    ],
)
def test_a_known_person_written_to_is_no_place(text) -> None:
    assert _places(text) == []


def test_a_town_named_like_a_person_is_still_a_place_where_the_text_says_so() -> None:
    assert ("Clinton", "USA") in _places("Hillary Clinton flew to Clinton, Iowa, on Friday.")


def test_each_us_state_counts_the_other_states_named_once() -> None:
    from types import SimpleNamespace

    from newsevents.geo.gazetteer import load
    from newsevents.geo.mentions import Found

    found = [Found(0, 4, "Iowa"), Found(5, 9, "Utah"), Found(10, 16, "Nevada")]
    context = geo.context_of(SimpleNamespace(actors=[]), load(), found)
    assert [context[f"US-{s}:local"] for s in ("IA", "UT", "NV")] == [2, 2, 2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen attacked a village in Benue State on Sunday.", ("Benue State", "NGA")),
        ("Fighting spread across Helmand on Monday.", ("Helmand", "AFG")),
    ],
)
def test_a_province_is_a_place_of_its_country(text, expected):
    assert expected in _places(text)


def test_a_city_outweighs_a_province_of_its_name_and_directions_are_no_provinces():
    from newsevents.geo.gazetteer import load

    assert ("Lagos", "NGA") in _places("Traffic stopped in Lagos on Friday.")
    assert [e.kind for e in load().lookup("Benue")] == ["province"]
    assert not [e for e in load().lookup("Central") if e.kind == "province"]
