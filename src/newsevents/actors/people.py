"""People the tables do not list by the name the text uses: spaCy PERSON entities, full names of the history
table, close spellings of a listed surname, and later surnames of someone named in full earlier."""

from __future__ import annotations

import difflib

from spacy.tokens import Doc, Span

from newsevents import settings
from newsevents.actors import identity
from newsevents.actors.lexicon import Entity, Lexicon, Person, RoleTerm, fold

PERSON_LABELS = {"PERSON"}
LOCATIVE = {"in", "at", "near", "toward", "towards", "into", "outside", "around", "across", "on"}


def later_surnames(doc: Doc, persons: list[tuple[Span, Entity]], name_at: dict) -> list[tuple[Span, Entity]]:
    """ "Cameron said" after "David Cameron", where the model reads the surname as no person."""
    covered = {i for span, _ in persons for i in range(span.start, span.end)}
    first: dict[str, tuple[int, Entity]] = {}
    for span, entity in sorted(persons, key=lambda item: item[0].start):
        if len(span) > 1 and span[-1].is_title:
            first.setdefault(span[-1].lower_, (span.start, entity))
    return [
        (doc[t.i : t.i + 1], first[t.lower_][1])
        for t in doc
        if t.lower_ in first
        and t.i > first[t.lower_][0]
        and t.i not in covered
        and t.i not in name_at
        and t.pos_ == "PROPN"
        and t.is_title
        and t.ent_type_ not in ("DATE", "TIME", "GPE", "LOC")
    ]


def seen_in_full(
    span: Span, lex: Lexicon, evidence: identity.Evidence, title: RoleTerm | None = None
) -> Person | None:
    """ "Stubb, who took office": a single name that is the surname of a person named in full earlier;
    of several, the one whose roles the title names ("President Clinton" after Bill and Hillary Clinton)."""
    if len(span) != 1:
        return None
    word = span.text.lower()
    people = [name for name in evidence.full if name.split()[-1].lower() == word]
    if len(people) > 1 and title is not None:
        people = [name for name in people if any(title.term in r.role for r in lex.people[name].roles)]
    return lex.people[people[0]] if len(people) == 1 else None


def unknown_people(doc: Doc, name_at: dict, lex: Lexicon) -> list[tuple[Span, Entity]]:
    """PERSON entities the tables do not list; a close spelling of a listed surname counts as that person."""
    out = []
    ratio = settings.get("fuzzy_name_ratio")
    for ent in doc.ents:
        if not (ent.label_ in PERSON_LABELS or _titled(ent, lex)) or not name_at.keys().isdisjoint(
            range(ent.start, ent.end)
        ):
            continue
        ent = _trim(ent)
        if ent is None or _a_place(ent, lex):
            continue
        if len(ent) > 1 and (listed := lex.history.get(fold(ent.text))):
            out.append((ent, Entity("person", listed, None, None, None)))
            continue
        last = ent[-1].text.lower()
        match = (
            fuzzy_person(last, lex, ratio)
            if len(ent) == 1 or ent[0].text.lower() in _first_names(lex, last)
            else None
        )
        out.append((ent, Entity("person", match.name if match else ent.text, None, None, None)))
    return out


def _titled(ent: Span, lex: Lexicon) -> bool:
    """ "President Kassym-Jomart Tokayev": names after a capitalized title of a person, which the model
    read as an organisation, are a person's."""
    before = ent.doc[ent.start - 1] if ent.start else None
    role = lex.roles.get(before.lower_) if before is not None and before.is_title else None
    return (
        ent.label_ == "ORG"
        and role is not None
        and role.kind == "person"
        and all(t.is_title for t in ent if t.is_alpha)
    )


def _a_place(ent: Span, lex: Lexicon) -> bool:
    """ "advanced on Goma": one word after a preposition of place, which the gazetteer knows and no listed
    person bears as a surname, is a place the model mislabelled as a person."""
    from newsevents.geo.gazetteer import load

    head = ent.root.head
    if len(ent) != 1 or ent.root.dep_ != "pobj" or head.lower_ not in LOCATIVE:
        return False
    return ent.text.lower() not in lex.surnames and bool(load().lookup(ent.text))


def _first_names(lex: Lexicon, surname: str) -> set[str]:
    return {p.name.split()[0].lower() for p in lex.surnames.get(surname, [])}


def fuzzy_person(word: str, lex: Lexicon, ratio: float) -> Person | None:
    exact = lex.surnames.get(word, [])
    if len(exact) == 1:
        return exact[0]
    matcher = difflib.SequenceMatcher(None, "", word)
    close = [s for s in lex.initials.get(word[:1], ()) if _similar(matcher, s, ratio)]
    people = [p for s in close for p in lex.surnames[s]]
    return people[0] if len(people) == 1 else None


def _similar(matcher: difflib.SequenceMatcher, text: str, ratio: float) -> bool:
    """The matcher's ratio against ``text`` reaches ``ratio``; its cheap upper bounds are tried first."""
    matcher.set_seq1(text)
    return matcher.real_quick_ratio() >= ratio and matcher.quick_ratio() >= ratio and matcher.ratio() >= ratio


def _trim(ent: Span) -> Span | None:
    tokens = [t for t in ent if t.pos_ == "PROPN" or t.is_title]
    if not tokens or ent[-1].text in ("'s", "’s"):
        ent = ent[:-1] if len(ent) > 1 else ent
    while len(ent) > 1 and not ent[0].is_alpha:
        ent = ent[1:]
    return ent if ent and ent[-1].is_alpha else None
