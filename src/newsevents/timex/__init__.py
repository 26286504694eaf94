"""Times: every time expression with a value relative to publication, and the date of a clause.

``resolve(doc)`` fills ``doc.times`` in text order; chained phrases ("the next day", "a week later") count
from the last resolved date. ``date_for(doc, token)`` is the date the events stage stamps on a predicate.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from newsevents.document import Document, Timex
from newsevents.timex import find
from newsevents.timex.normalize import When, value

__all__ = ["resolve", "date_for"]
CLAUSE_LINKS = {"ccomp", "xcomp", "conj", "advcl", "acomp", "relcl", "pcomp", "pobj", "prep", "dobj", "acl"}


def resolve(doc: Document) -> Document:
    """Find and normalize every time expression of the parsed document."""
    published = published_day(doc)
    anchor: When | None = None
    times = []
    for span in find.candidates(doc.spacy, doc.text):
        when = value(span.text, find.tense(span), anchor, published)
        anchor = when or anchor
        times.append(Timex(span.text, span.start_char, span.end_char, str(when) if when else None))
    doc.times = times
    return doc


def published_day(doc: Document) -> date | None:
    """The publication date of the article, or None when it is missing or unreadable."""
    try:
        return date.fromisoformat((doc.article.published or "")[:10])
    except ValueError:
        return None


def date_for(doc: Document, token: Token) -> tuple[str | None, str | None]:
    """The YYYY-MM-DD date of ``token``'s event and where it comes from: ``text`` (a time expression of
    its clause), ``sentence`` (one elsewhere in its sentence), ``published`` (the publication day), or
    ``(None, None)``. A year or month ("in 2019", "last March") gives its first day.

    The expressions attached to the token itself win; then those of the clauses above it ("said on Monday
    that he was open": "open" takes Monday). Among several at one level, the nearest before the token. In
    the sentence, the one of its main clause, else the nearest ("The last time they met was in 2019").
    """
    by_head: dict[int, list[tuple[Span, str]]] = {}
    sentence = token.sent
    for timex in doc.times:
        if timex.value and sentence.start_char <= timex.start < sentence.end_char:
            span = doc.spacy.char_span(timex.start, timex.end)
            if span is not None:
                by_head.setdefault(find.governor(span).i, []).append((span, _first_day(timex.value)))
    if found := _in_clause(token, by_head):
        return found, "text"
    if found := _in_clause(sentence.root, by_head) if sentence.root.i != token.i else None:
        return found, "sentence"
    if by_head:
        spans = [item for items in by_head.values() for item in items]
        return min(spans, key=lambda item: abs(item[0].start - token.i))[1], "sentence"
    published = published_day(doc)
    return (published.isoformat(), "published") if published else (None, None)


def _in_clause(token: Token, by_head: dict[int, list[tuple[Span, str]]]) -> str | None:
    current = token
    while True:
        found = by_head.get(current.i)
        if found:
            before = [item for item in found if item[0].start < token.i]
            return (before[-1] if before else found[0])[1]
        if current.dep_ not in CLAUSE_LINKS or current.head.i == current.i:
            return None
        current = current.head


def _first_day(value: str) -> str:
    """``2019`` -> ``2019-01-01``, ``2019-03`` -> ``2019-03-01``, a day as it is."""
    return (value + "-01-01")[:10] if len(value) == 4 else (value + "-01")[:10]
