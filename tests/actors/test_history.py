"""History: leaders code with the roles of the article's date (PETRARCH2's dated roles, the project's
tables for recent ones)."""

from __future__ import annotations

from newsevents import code

ARTICLE_2007 = (
    "JERUSALEM - Prime Minister Ehud Olmert met Russian President Vladimir Putin on Thursday to discuss "
    "Iran's nuclear program. Olmert said Israel would keep talking with Moscow."
)


def _codes(text: str, published: str) -> dict[str, str | None]:
    return {a.name: a.code for a in code(text, published=published).actors}


def test_a_historical_article_codes_its_leaders_with_the_roles_of_its_date() -> None:
    codes = _codes(ARTICLE_2007, "2007-03-15")
    assert codes["Ehud Olmert"] == "ISRGOV"
    assert codes["Vladimir Putin"] == "RUSGOV"


def test_the_same_leader_later_is_a_former_official() -> None:
    assert (
        _codes("Former prime minister Ehud Olmert spoke in Tel Aviv.", "2025-03-15")["Ehud Olmert"]
        == "ISRELI"
    )


def test_putin_codes_in_2005_and_in_2025() -> None:
    for day in ("2005-06-01", "2025-06-01"):
        assert _codes("Russian President Vladimir Putin spoke in Moscow.", day)["Vladimir Putin"] == "RUSGOV"


def test_a_later_surname_is_the_person_named_in_full() -> None:
    doc = code(ARTICLE_2007, published="2007-03-15")
    olmert = next(a for a in doc.actors if a.name == "Ehud Olmert")
    assert [m.text for m in olmert.mentions][:2] == ["Ehud Olmert", "Olmert"]


def test_a_title_newer_than_the_dictionary_wins_over_its_past_role() -> None:
    text = "Prime Minister Binali Yildirim opened a new bridge over the Bosphorus."
    assert _codes(text, "2017-03-01")["Binali Yildirim"] == "TURGOV"
    assert _codes("Binali Yildirim opened a new bridge.", "2025-03-01")["Binali Yildirim"] == "TURELI"
