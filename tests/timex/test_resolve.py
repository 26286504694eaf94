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
    assert timex.date_for(doc, _token(doc, "told")) == "2025-08-18"
    assert timex.date_for(doc, _token(doc, "open")) == "2025-08-18"
    assert timex.date_for(doc, _token(doc, "downplayed")) == "2025-08-19"


def test_chain_runs_across_sentences():
    doc = _run("The summit was held on March 5, 2019. A week later the talks collapsed.")
    assert [t.value for t in doc.times] == ["2019-03-05", "2019-03-12"]


def test_future_weekday_and_publication_fallback():
    doc = _run("Trump will meet Putin on Friday. Zelensky criticized the plan.")
    assert timex.date_for(doc, _token(doc, "meet")) == "2025-08-22"
    assert timex.date_for(doc, _token(doc, "criticized")) == "2025-08-20"


def test_unknown_publication_date_gives_none():
    doc = _run("Zelensky criticized the plan.", published=None)
    assert timex.date_for(doc, _token(doc, "criticized")) is None
