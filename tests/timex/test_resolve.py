"""The times stage and date_for on small texts parsed by the installed model."""

from __future__ import annotations

from newsevents import nlp, timex
from newsevents.document import Article, Document


def _run(text: str, published: str | None = "2025-08-20") -> Document:
    doc = nlp.parse(Document(Article("t", text, published=published)))
    return timex.resolve(doc)


def _token(doc: Document, word: str):
    return next(t for t in doc.spacy if t.text == word)


def test_the_next_day_chains_from_monday_and_dates_its_clause():
    doc = _run(
        "On Monday, Putin told Trump that he was open to talks, but the next day, Lavrov downplayed that "
        "openness."
    )
    values = {t.text: t.value for t in doc.times}
    assert values["Monday"] == "2025-08-18"
    assert values["the next day"] == "2025-08-19"
    assert timex.date_for(doc, _token(doc, "told")) == ("2025-08-18", "text")
    assert timex.date_for(doc, _token(doc, "open")) == ("2025-08-18", "text")
    assert timex.date_for(doc, _token(doc, "downplayed")) == ("2025-08-19", "text")


def test_chain_runs_across_sentences():
    doc = _run("The summit was held on March 5, 2019. A week later the talks collapsed.")
    assert [t.value for t in doc.times] == ["2019-03-05", "2019-03-12"]


def test_future_weekday_and_publication_fallback():
    doc = _run("Trump will meet Putin on Friday. Zelensky criticized the plan.")
    assert timex.date_for(doc, _token(doc, "meet")) == ("2025-08-22", "text")
    assert timex.date_for(doc, _token(doc, "criticized")) == ("2025-08-20", "published")


def test_unknown_publication_date_gives_none():
    doc = _run("Zelensky criticized the plan.", published=None)
    assert timex.date_for(doc, _token(doc, "criticized")) == (None, None)


def test_year_and_month_of_the_clause_date_the_event():
    doc = _run("Russia annexed Crimea in 2014, and last March the two leaders signed a trade deal.")
    assert timex.date_for(doc, _token(doc, "annexed")) == ("2014-01-01", "text")
    assert timex.date_for(doc, _token(doc, "signed")) == ("2025-03-01", "text")


def test_the_sentence_dates_an_event_its_clause_leaves_undated():
    doc = _run("The last time they met was in 2019.")
    assert timex.date_for(doc, _token(doc, "met")) == ("2019-01-01", "sentence")


def test_a_date_in_another_sentence_does_not_date_the_event():
    doc = _run("Protesters marched through the capital. The rally was held on Tuesday.")
    assert timex.date_for(doc, _token(doc, "marched")) == ("2025-08-20", "published")


def test_ages_durations_and_quantities_are_no_dates():
    doc = _run(
        "Charlie Sheen, 58, criticized the network. The siege lasted 65 days before the army withdrew. "
        "The minister, who has led the party for two years, attacked 1,200 protesters."
    )
    assert [t.value for t in doc.times if t.value] == []
    for word in ("criticized", "withdrew", "attacked"):
        assert timex.date_for(doc, _token(doc, word)) == ("2025-08-20", "published")


def test_undated_article_takes_only_what_the_text_gives():
    doc = _run("Iran seized a British tanker in July 2019. Officials criticized the move.", published=None)
    assert timex.date_for(doc, _token(doc, "seized")) == ("2019-07-01", "text")
    assert timex.date_for(doc, _token(doc, "criticized")) == (None, None)
