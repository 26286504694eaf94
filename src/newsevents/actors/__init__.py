"""Actors: every mention resolved to a coded actor, correct for the article's date.

``resolve(doc)`` finds candidates (``mentions``), links pronouns and descriptions (``coref``), and groups
mentions into actors: one per person, organization or coded group in the article; ``place`` gives the
actors with a sector but no country the country of their context.
"""

from __future__ import annotations

from datetime import date

from newsevents.actors import coref, lexicon, mentions, place
from newsevents.actors.lexicon import parse_date
from newsevents.document import Actor, Document, Mention

__all__ = ["resolve", "actor_at"]


def resolve(doc: Document) -> Document:
    """Find and code every actor mention of the parsed document."""
    lex = lexicon.load()
    day = _day(doc.article.published)
    actors: dict[str, Actor] = {}
    seen: list[coref.Seen] = []
    found_roles = lex.find_roles(doc.spacy)  # read once: the listed names and the candidates both need them
    names = mentions.listed_names(doc.spacy, lex, found_roles)
    for candidate in mentions.find(doc.spacy, lex, day, names, found_roles):
        if candidate.how == "pronoun":
            targets = coref.pronoun(candidate, seen)
        elif candidate.how == "description":
            targets = coref.description(candidate, seen)
            if not targets and candidate.kind == "organization":
                _represented(candidate, seen)
            if not targets and not candidate.multi and (candidate.code_base or candidate.sector):
                targets = [_actor(actors, candidate)]
        else:
            if candidate.owner is not None and candidate.code_base is None:
                _own(candidate, seen)
            targets = [_actor(actors, candidate)]
        if not targets:
            continue
        for actor in targets:
            _attach(doc, actor, candidate)
        seen.append(coref.Seen(candidate, targets))
    doc.actors = sorted(actors.values(), key=lambda a: min(m.start for m in a.mentions))
    place.place(doc, names)
    for number, actor in enumerate(doc.actors, 1):
        actor.id = f"A{number}"
    return doc


def actor_at(doc: Document, start: int, end: int) -> Actor | None:
    """The document actor that the text ``[start, end)`` names: the actor of the mention overlapping it most
    (a quote's speaker "Foreign Minister Lavrov" -> Lavrov's actor), else the person actor whose full name or
    surname the text is; None when it names no actor of the document."""
    overlaps = [
        (min(end, m.end) - max(start, m.start), m.how != "pronoun", actor)
        for actor in doc.actors
        for m in actor.mentions
        if m.start < end and start < m.end
    ]
    if overlaps:
        return max(overlaps, key=lambda item: item[:2])[2]
    text = doc.text[start:end].strip().lower()
    people = [
        a for a in doc.actors if a.kind == "person" and text in (a.name.lower(), a.name.split()[-1].lower())
    ]
    return people[0] if len(people) == 1 else None


def _represented(candidate: mentions.Candidate, seen: list[coref.Seen]) -> None:
    """ "the bloc" after "EU foreign policy chief Kaja Kallas": the organisation the person speaks for."""
    code = coref.represented(candidate, seen)
    if code is not None:
        candidate.code_base, candidate.sector, candidate.key = code, None, f"code:{code}"


def _own(candidate: mentions.Candidate, seen: list[coref.Seen]) -> None:
    """ "its forces", "their troops": the country of the possessive pronoun's antecedent."""
    owner = candidate.owner
    kind, plural = mentions.PRONOUNS[owner.lower_]
    probe = mentions.Candidate(
        owner.doc[owner.i : owner.i + 1], "pronoun", kind, "", owner.text, plural=plural
    )
    found = coref.pronoun(probe, seen)
    if len(found) == 1 and found[0].code and (found[0].country or found[0].code.startswith("IGO")):
        actor = found[0]  # an antecedent with only a sector ("the governors") gives no country
        candidate.code_base = actor.country or actor.code
        candidate.country = actor.country
        candidate.key = f"group:{candidate.code_base}{candidate.sector or ''}"


def _day(published: str | None) -> date | None:
    try:
        return parse_date((published or "")[:10])
    except ValueError:
        return None


def _actor(actors: dict[str, Actor], candidate: mentions.Candidate) -> Actor:
    actor = actors.get(candidate.key)
    if actor is not None and candidate.how == "country" and actor.kind != "country":
        actor.name, actor.kind = candidate.name, "country"  # "Russia" names the actor better than "Kremlin"
    if actor is None:
        actor = Actor("", candidate.name, candidate.code, candidate.country, candidate.sector, candidate.kind)
        actors[candidate.key] = actor
    for note in candidate.notes:
        if note not in actor.notes:
            actor.notes.append(note)
    if actor.code is None and candidate.code:
        actor.code, actor.country, actor.sector = candidate.code, candidate.country, candidate.sector
    return actor


def _attach(doc: Document, actor: Actor, candidate: mentions.Candidate) -> None:
    span = candidate.span
    mention = Mention(span.start_char, span.end_char, span.text, candidate.how, actor, (span.start, span.end))
    actor.mentions.append(mention)
    for i in candidate.anchors:
        doc.anchors.setdefault(i, []).append(mention)
