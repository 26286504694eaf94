"""Offline language identification."""

from __future__ import annotations

from newsevents.ingest.language import detect, foreign_language


def test_languages():
    assert detect("The foreign minister said on Monday that talks would resume in Geneva.")[0] == "en"
    assert (
        foreign_language(
            "Le ministre des Affaires étrangères a déclaré lundi que les négociations "
            "reprendraient la semaine prochaine à Genève."
        )
        == "fr"
    )
    assert foreign_language("Министр иностранных дел заявил, что переговоры возобновятся.") == "ru"


def test_short_english_headlines_are_not_refused():
    for text in ("Zelensky: Kyiv ready for talks", "Putin met Xi in Moscow.", "The minister resigned."):
        assert foreign_language(text) is None, text
