"""Helpers shared by the quote tests that parse small texts with the installed model."""

from __future__ import annotations

from newsevents import actors, nlp, quotes
from newsevents.document import Article, Document


def quotes_of(text: str) -> list:
    """The quotes of ``text`` as an article of 2025-08-20, its actors resolved."""
    doc = nlp.parse(Document(Article("t", text, published="2025-08-20")))
    return quotes.extract(actors.resolve(doc)).quotes


def find(found, start: str):
    """The first quote whose text, without its quote marks, starts with ``start``."""
    return next(q for q in found if q.text.strip("“”\"' ").startswith(start))
