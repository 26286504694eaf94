"""Coreference: an organisation named by a plain noun, and "it" for a body named by a singular role noun."""

from __future__ import annotations

from newsevents import code


def _mentions(text: str, published: str = "2024-05-01") -> dict[str, str | None]:
    return {m.text: a.code for a in code(text, published=published).actors for m in a.mentions}


def _words_for(name: str, text: str, published: str) -> list[str]:
    """The words of every mention of the actor called ``name``."""
    return [m.text for a in code(text, published=published).actors if a.name == name for m in a.mentions]


def test_the_group_is_the_organisation_named_before() -> None:
    found = _mentions("Al-Shabaab attacked a base near Mogadishu. The group said it had killed ten soldiers.")
    assert found["The group"] == found["Al-Shabaab"]


def test_the_alliance_is_nato() -> None:
    found = _mentions("NATO warned Moscow on Monday. Diplomats said the alliance would meet again in June.")
    assert found["the alliance"] == "IGOWSTNAT"


def test_the_group_is_no_seat_of_government() -> None:
    found = _mentions("The Kremlin rejected the offer. The group of envoys left on Friday.")
    assert found.get("The group") is None


def test_it_is_the_military_named_before() -> None:
    found = _mentions("The Polish army said it had shot down two drones.")
    assert found["it"] == "POLMIL"


def test_the_bloc_is_the_organisation_its_official_speaks_for() -> None:
    found = _mentions(
        "EU trade commissioner Maros Sefcovic said the bloc would answer the tariffs.", "2025-04-01"
    )
    assert found["the bloc"] == "IGOEUREEC"


def test_an_object_pronoun_is_not_its_clause_s_subject_under_any_name() -> None:
    # "she" is the president named before; "him" cannot be her, by her name or by "she"
    text = "President Dina Boluarte spoke in Lima on Tuesday. She blamed him for the crisis, aides said."
    boluarte = _words_for("Dina Boluarte", text, "2023-03-01")
    assert "She" in boluarte and "him" not in boluarte


def test_they_may_be_a_body_named_in_the_plural() -> None:
    found = _mentions("The Lebanese Armed Forces entered the camp on Friday. Residents welcomed them.")
    assert found["them"] == "LBNMIL"


def test_they_is_no_one_person() -> None:
    found = _mentions(
        "Senator Chris Coons met union leaders in Ohio, and they criticized Canada.", "2019-05-01"
    )
    assert found["they"] == found["union leaders"]


def test_a_pronoun_after_a_clause_with_its_own_subject_may_be_that_subject() -> None:
    # "She" is the subject of "arrived", not of "attacked": "her" can be her
    text = "Nikki Haley spoke in Iowa on Monday. She arrived late and Ron DeSantis attacked her."
    assert "her" in _words_for("Nikki Haley", text, "2023-09-01")


def test_an_unnamed_person_of_another_role_is_someone_else() -> None:
    doc = code("The mayor thanked the governor, and the governor praised the mayor.", published="2024-05-01")
    by_text: dict[str, set[str]] = {}
    for actor in doc.actors:
        for mention in actor.mentions:
            by_text.setdefault(mention.text.lower(), set()).add(actor.id)
    assert by_text["the mayor"].isdisjoint(by_text["the governor"])
    assert len(by_text["the governor"]) == 1  # the same role twice is one person
