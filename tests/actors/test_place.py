"""A country for every actor: the actors stage places actors that have a sector but no country."""

from __future__ import annotations

import pytest

from newsevents import code


def _codes(text: str, url: str | None = None) -> dict[str, str | None]:
    doc = code(text, published="2025-04-02", url=url)
    return {m.text.lower(): a.code for a in doc.actors for m in a.mentions}


def test_domestic_actors_of_a_uk_story_are_british() -> None:
    codes = _codes(
        "LONDON (Reuters) - The government announced new border rules on Monday. "
        "The prime minister told lawmakers that police and the Home Office would enforce them."
    )
    assert codes["the government"] == "GBRGOV"
    assert codes["the prime minister"] == "GBRGOV"
    assert codes["lawmakers"] == "GBRLEG"
    assert codes["police"] == "GBRCOP"
    assert codes["home office"] == "GBRGOV"


def test_the_site_domain_gives_the_country_without_a_dateline() -> None:
    codes = _codes(
        "Police said two men had been arrested after the march.", url="https://news.example.co.uk/a"
    )
    assert codes["police"] == "GBRCOP"


def test_the_place_in_the_phrase_wins() -> None:
    codes = _codes("The Los Angeles County Sheriff's Department arrested two men on Friday.")
    assert codes["the los angeles county sheriff's department"].startswith("USA")


def test_an_actor_placed_by_its_own_phrase_places_later_ones_of_its_sector() -> None:
    codes = _codes("The mayor of Kisumu opened a clinic. Weeks later, the governor closed it.")
    assert codes["the governor"] == "KENGOV"


def test_the_one_country_of_the_sentence() -> None:
    codes = _codes("Gunmen killed five farmers in a village in northern Nigeria.")
    assert codes["gunmen"] == "NGAUAF"


def test_the_country_the_article_names_most() -> None:
    codes = _codes(
        "Kenya's parliament passed the budget. Kenyan unions had opposed it. "
        "On Thursday, police dispersed crowds outside the building."
    )
    assert codes["police"] == "KENCOP"


def test_soldiers_sent_by_a_country_are_its_own() -> None:
    codes = _codes("Minsk has sent 2,000 soldiers to the border with Poland, officials in Vilnius said.")
    assert codes["2,000 soldiers"] == "BLRMIL"


def test_officials_of_an_organisation_are_the_organisation() -> None:
    codes = _codes("EU officials said the sanctions would stay in place.")
    assert codes["eu officials"] == "IGOEUREEC"


def test_companies_and_fleets_have_their_country() -> None:
    for text, expected in [
        ("Gazprom said it would cut gas deliveries.", "RUSBUS"),
        ("The Northern Fleet held drills in the Barents Sea.", "RUSMIL"),
    ]:
        doc = code(text, published="2024-05-01")
        assert min(doc.actors, key=lambda a: a.mentions[0].start).code == expected


def test_a_town_the_model_reads_as_a_person_is_no_actor() -> None:
    doc = code("The militia advanced on Bukavu on Friday.", published="2025-03-01")  # spaCy: PERSON
    assert [a.name for a in doc.actors] == ["The militia"]


@pytest.mark.parametrize("continent", ["Asia", "Africa", "Europe"])
def test_a_continent_gives_no_country_to_the_actors_of_its_sentence(continent: str) -> None:
    doc = code(f"The navy sent two frigates to {continent} last spring.", published="2025-03-01")
    assert {a.name: a.country for a in doc.actors}.get("The navy") is None
