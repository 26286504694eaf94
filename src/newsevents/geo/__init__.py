"""Places: every place name resolved offline with the article's context, and the place of a clause.

``resolve(doc)`` finds place mentions (``mentions``) and picks, for each, the gazetteer entry with the best
score: its population, its kind (countries and capitals first), a qualifier ("Paris, Texas"), and the
article's context: the countries and US states of the names that are not ambiguous, the dateline, and the
countries of the coded people and organizations. ``place_for(doc, token)`` is the place of an event.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from newsevents.document import Document, Place
from newsevents.geo import mentions
from newsevents.geo.gazetteer import Entry, Gazetteer, load

__all__ = ["resolve", "place_for"]
KIND_PRIOR = {
    "country": 2.5,
    "capital": 3.0,
    "landmark": 3.0,
    "region": 2.0,
    "continent": 7.0,  # "Asia" is the continent, not the Philippine town of that name
    "state": 1.0,
    "province": 1.0,  # no population: a city of the name outweighs it unless the context names its country
    "city": 0.0,
}
COUNTRY_CONTEXT, NEIGHBOUR_CONTEXT, STATE_CONTEXT, QUALIFIED, ALTERNATE = 2.0, 1.0, 1.0, 4.0, -3.0
LOCATIVE = {"in", "at", "to", "into", "near", "outside", "inside", "toward", "towards", "across", "within"}
CLAUSE_LINKS = {"xcomp", "conj", "advcl", "acomp", "pcomp", "pobj", "prep", "dobj", "acl", "relcl"}
_indexed: tuple[list[Place] | None, dict[int, Place]] = (None, {})  # the last document's places, by token


def resolve(doc: Document) -> Document:
    """Find and resolve every place mention of the parsed document."""
    gaz = load()
    people = {(m.start, m.end) for a in doc.actors if a.kind == "person" and a.code for m in a.mentions}
    found = mentions.find(doc.spacy, doc.text, people)
    context = context_of(doc, gaz, found)
    places = []
    for mention in found:
        entry = best(gaz, mention, context)
        if entry is not None:
            places.append(
                Place(
                    mention.text, mention.start, mention.end, entry.name, entry.country, entry.lat, entry.lon
                )
            )
    doc.places = places
    return doc


def best(gaz: Gazetteer, mention: mentions.Found, context: Counter) -> Entry | None:
    """The most likely entry for a mention in the article's context; a qualifier that no entry of the name
    fits wins on its own: "Palm Beach, Fla." is in Florida even when the gazetteer knows only a Palm Beach
    in Australia (or none)."""
    entries = gaz.lookup(mention.text) or gaz.lookup(mention.text.title())
    primary = [e for e in entries if not e.alternate]
    if mention.qualifier and not any(_qualifies(gaz, e, mention.qualifier) for e in entries):
        area = gaz.area(mention.qualifier)
        if area is not None:
            return area
    if not entries:
        return None
    return max(primary or entries, key=lambda e: score(gaz, e, mention.qualifier, context))


def score(gaz: Gazetteer, entry: Entry, qualifier: str, context: Counter) -> float:
    """Population (log10), kind, qualifier and context: the higher the likelier."""
    total = entry.weight + KIND_PRIOR[entry.kind] + (ALTERNATE if entry.alternate else 0.0)
    if qualifier and _qualifies(gaz, entry, qualifier):
        total += QUALIFIED
    if entry.country and context[entry.country]:
        total += COUNTRY_CONTEXT
    elif entry.country and any(context[n] for n in gaz.neighbours.get(entry.country, ())):
        total += NEIGHBOUR_CONTEXT
    if entry.kind == "state":
        total += STATE_CONTEXT * min(3, context[f"US-{entry.admin}:local"])
    if entry.admin and entry.country == "USA":
        total += STATE_CONTEXT * 2 * bool(context[f"US-{entry.admin}"])
    return total


def _qualifies(gaz: Gazetteer, entry: Entry, qualifier: str) -> bool:
    q = qualifier.lower().rstrip(".")
    states = {e.admin for e in gaz.lookup(qualifier) if e.kind == "state"}
    if q in gaz.abbreviations:  # AP style: "Palm Beach, Fla."
        states.add(gaz.abbreviations[q])
    countries = {e.country for e in gaz.lookup(qualifier) if e.kind == "country"}
    return entry.admin in states or entry.country in countries or q == (entry.admin or "").lower()


def context_of(doc: Document, gaz: Gazetteer, found: list[mentions.Found]) -> Counter:
    """Counts of countries ("RUS") and US states ("US-TX", "US-TX:local" from other states and cities)."""
    context: Counter = Counter()
    for mention in found:
        entries = [e for e in gaz.lookup(mention.text) if not e.alternate]
        countries = {e.country for e in entries}
        if len(countries) == 1 and None not in countries:
            context[countries.pop()] += 3 if mention.dateline else 1
        if len(entries) == 1 and entries[0].country == "USA" and entries[0].admin:
            context[f"US-{entries[0].admin}"] += 1
    states = [k for k in context if k.startswith("US-")]
    for state in states:
        context[f"{state}:local"] += sum(context[other] for other in states if other != state)
    for actor in doc.actors:  # people and organizations: a country actor is a place name read above
        if actor.kind != "country" and actor.country and len(actor.country) == 3:
            context[actor.country] += 1
    return context


def place_for(doc: Document, token: Token) -> Place | None:
    """The place of ``token``'s clause: a locative phrase on it ("met in Alaska", "talks in Moscow",
    "traveling to Washington"), on its objects ("discussions with Putin in Alaska"), or on the clause
    above."""
    at = _by_token(doc)
    if not at:
        return None
    current = token
    for _ in range(8):
        found = _locative(current, at)
        if found is not None:
            return found
        if current.dep_ not in CLAUSE_LINKS or current.head.i == current.i or _own_subject(current):
            return None
        current = current.head
    return None


def _by_token(doc: Document) -> dict[int, Place]:
    """Token index -> the place covering it, built once per document (``place_for`` runs per event)."""
    global _indexed
    places, at = _indexed
    if places is doc.places:
        return at
    at = {}
    for place in doc.places:
        span = doc.spacy.char_span(place.start, place.end, alignment_mode="expand")
        if span is not None:
            at.update({i: place for i in range(span.start, span.end)})
    _indexed = (doc.places, at)
    return at


def _own_subject(token: Token) -> bool:
    """A coordinated clause with a subject of its own has a place of its own."""
    return token.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _locative(token: Token, at: dict[int, Place]) -> Place | None:
    preps = [c for c in token.children if c.dep_ == "prep"]
    for prep in list(preps):
        preps += [g for o in prep.children if o.dep_ == "pobj" for g in o.children if g.dep_ == "prep"]
    preps += [g for o in token.children if o.dep_ == "dobj" for g in o.children if g.dep_ == "prep"]
    for prep in preps:
        if prep.lower_ not in LOCATIVE:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.i in at:
                return at[obj.i]
    return None
