"""Place mentions in a parse: spaCy's GPE, LOC and FAC entities the gazetteer knows, capitalized names of
countries, states, capitals, landmarks and regions the model missed or read as something else (a whole
ORG, PERSON or NORP entity: "Kyiv", "Moldova"), a town the model misread after a locative preposition
("fighting in Goma", "entered Kherson"), cities of a million people or more by name, and the dateline.

Plain cities count only when the model calls them places, so "March", "Split" or "Mobile" in running text
are not taken for towns.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from newsevents.geo.gazetteer import Gazetteer, load

PLACE_LABELS = {"GPE", "LOC", "FAC"}
MISREAD_LABELS = {"ORG", "PERSON", "NORP", "PRODUCT", "LANGUAGE"}  # labels the model gives places by mistake
LOCATIVE_PREPS = {
    "in",
    "at",
    "near",
    "into",
    "outside",
    "inside",
    "across",
    "from",
    "to",
    "toward",
    "towards",
    "through",
    "throughout",
    "around",
}
PLACE_VERBS = {  # verbs whose object is a place: "troops entered Kherson"
    "enter",
    "leave",
    "reach",
    "capture",
    "seize",
    "retake",
    "liberate",
    "storm",
    "besiege",
    "occupy",
    "shell",
    "bomb",
    "evacuate",
    "visit",
}
QUALIFIER = re.compile(r"^,\s*([A-Z][A-Za-z. ]+?)\b(?=[,.;:)\s]|$)")
ABBREVIATED = re.compile(r"^,\s*([A-Z][a-z]{0,4}\.(?:\s?[A-Z][a-z]?\.)?)")  # "Fla.", "N.H.", "W. Va."


@dataclass
class Found:
    """A place name in the text: its span, the name to look up, and a qualifier ("Paris, Texas")."""

    start: int
    end: int
    text: str
    qualifier: str = ""
    dateline: bool = False


def find(doc: Doc, text: str, people: Collection[tuple[int, int]] = ()) -> list[Found]:
    """Place mentions in text order, without overlaps (the longest wins); ``text`` is the parse's text
    (cheaper than ``Doc.text``, which joins every token). ``people`` are the character spans of known
    people's mentions: a name the model reads as theirs is no place unless the text qualifies it ("a letter
    to Clinton" is to the person; "Clinton, Iowa" is the town)."""
    gaz = load()
    spans = [_trim(e) for e in doc.ents if e.label_ in PLACE_LABELS]
    misread = [
        e
        for e in doc.ents
        if e.label_ in MISREAD_LABELS
        and not (
            e.label_ == "PERSON"
            and (e.start_char, e.end_char) in people
            and not qualifier_of(text, e.end_char, gaz)
        )
    ]
    whole = {(e.start, e.end) for e in misread}  # "Kyiv" read as an ORG, "Sevastopol" as a NORP
    spans += [e for e in misread if _located(e) and gaz.lookup(e.text)]  # "fighting in Goma" (a PERSON)
    other = {i for e in doc.ents if e.label_ not in PLACE_LABELS for i in range(e.start, e.end)}
    spans += [
        doc[s:e]
        for _, s, e in _matcher(doc.vocab)(doc)
        if _capitalized(doc[s:e]) and (other.isdisjoint(range(s, e)) or (s, e) in whole)
    ]
    spans = [s for s in spans if len(s)]
    spans.sort(key=lambda s: (-(s.end - s.start), s.start))
    taken: set[int] = set()
    found: list[Found] = []
    for span in spans:
        if taken.isdisjoint(range(span.start, span.end)):
            qualifier = qualifier_of(text, span.end_char, gaz)
            if gaz.lookup(span.text) or (qualifier and gaz.area(qualifier)):  # "Coralville, Iowa"
                taken.update(range(span.start, span.end))
                found.append(Found(span.start_char, span.end_char, span.text, qualifier))
    dateline = _dateline(text, gaz)
    if dateline is not None:
        found = [f for f in found if f.end <= dateline.start or f.start >= dateline.end] + [dateline]
    return sorted(found, key=lambda f: f.start)


def qualifier_of(text: str, end: int, gaz: Gazetteer) -> str:
    """The state or country written after a place name that ends at character ``end`` ("Paris, Texas",
    "Concord, N.H.")."""
    after = text[end : end + 40]
    short = ABBREVIATED.match(after)
    if short and short[1].lower().rstrip(".") in gaz.abbreviations:
        return short[1]
    found = QUALIFIER.match(after)
    return found[1] if found else ""


def _located(span: Span) -> bool:
    """The object of a locative preposition or of a verb of place: "in Goma", "entered Kherson"."""
    root = span.root
    if root.dep_ == "dobj":
        return root.head.lemma_ in PLACE_VERBS
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS


def _trim(span: Span) -> Span:
    """Without a leading article or a trailing possessive: "the White House" -> "White House"."""
    while len(span) and (span[0].lower_ in ("the", "a") or span[-1].tag_ == "POS"):
        span = span[1:] if span[0].lower_ in ("the", "a") else span[:-1]
    return span


def _capitalized(span: Span) -> bool:
    return all(t.text[:1].isupper() or not t.is_alpha or t.lower_ in ("of", "the", "and") for t in span)


def _dateline(text: str, gaz: Gazetteer) -> Found | None:
    """ "MOSCOW (Reuters) -", "KYIV, Ukraine —": the city that opens the article (``ingest.dateline``)."""
    from newsevents.ingest.dateline import parse_dateline

    parsed = parse_dateline(text)
    if parsed is None or not text.startswith(parsed["place"]):
        return None
    name, _, qualifier = parsed["place"].partition(",")
    if not gaz.lookup(name.title()):
        return None
    return Found(0, len(name), name, qualifier.strip(), dateline=True)


@lru_cache(maxsize=2)
def _matcher(vocab) -> PhraseMatcher:
    from newsevents.nlp import load as load_model

    tokenizer = load_model().tokenizer
    matcher = PhraseMatcher(vocab)
    matcher.add("place", [tokenizer(name) for name in sorted(load().forms)])
    return matcher
