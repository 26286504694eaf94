"""Identity needs evidence: when a listed name in the text is the actor the tables list, and when it is
someone or something else of that name.

A person is the listed one on a full name; on a single name (a surname, a given name, a close spelling)
only when the table lists that single name as the person's alias and nothing contradicts it, or when the
context agrees: an earlier full mention, a title or role of that person, or their country in the sentence.
A title or country that is not the person's, or a first name that is not theirs, says it is someone else.
A country, capital or organisation name that spaCy reads inside a longer name ("Real Madrid", "New Mexico",
"National Security Council", "Sofia Boutella") is part of that other name.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from newsevents.actors.lexicon import LOWER_WORDS, Entity, Person, RoleTerm

NAME_LABELS = {"PERSON", "ORG", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "GPE", "LOC", "NORP"}
PLACE_LABELS = {"GPE", "LOC", "NORP"}  # a place's name may follow another word ("Mexico City"), not lead it
SHORT_ACRONYM = 2  # an all-capital name this short needs its group's country or full name in the article


@dataclass
class Evidence:
    """What the article has said so far: the people named in full, and the countries of each sentence."""

    full: set[str] = field(default_factory=set)
    countries: dict[int, set[str]] = field(default_factory=dict)  # sentence start -> countries named in it


CHAMBER_WORDS = {
    "house",
    "senate",
    "congressional",
    "parliamentary",
}  # "House Democrats", "Senate Republicans"


def words(span: Span) -> int:
    """The words of a name, those with an apostrophe or hyphen too ("Martin O’Malley": two)."""
    return sum(any(ch.isalpha() for ch in t.text) for t in span)


def is_listed_person(
    span: Span,
    person: Person,
    title: RoleTerm | None,
    title_country: tuple[str, str, str | None] | None,
    evidence: Evidence,
    name_at: dict[int, tuple[Span, Entity]],
    role_at: dict,
) -> bool:
    """Whether a name in the text is the listed ``person`` (a full name always is)."""
    if words(span) >= 2:
        return True
    countries = {role.country[:3] for role in person.roles}
    if title is not None and not _title_agrees(title, person):
        return False  # "Mayor Morrison" is no former prime minister
    if title_country is not None and title_country[1][:3] not in countries:
        return False
    before = span.doc[span.start - 1] if span.start > span.sent.start else None
    if before is not None and _foreign_word(before, name_at, role_at):
        if before.lower_ not in person.name.lower().split():
            return False  # "Kathy Sanchez" is not Pedro Sánchez
    if span.text.lower() in person.bare_aliases or person.name in evidence.full:
        return True
    return (
        title is not None
        or title_country is not None
        or bool(countries & evidence.countries.get(span.sent.start, set()))
    )


def _title_agrees(title: RoleTerm, person: Person) -> bool:
    """The title is one of the person's roles: a word of it in a role's name, or a head's title of the
    same sector ("leader" for a president)."""
    words = {w for role in person.roles for w in role.role.lower().replace("-", " ").split()}
    if any(w in words for w in title.term.replace("-", " ").split()):
        return True
    return title.rank >= 3 and any(role.sector == title.sector for role in person.roles)


def part_of_other_name(
    span: Span, entity: Entity, ent_at: dict[int, Span], name_at: dict, role_at: dict
) -> bool:
    """A listed country, capital or organisation under a proper-noun modifier, or inside a longer named
    entity beside a word the tables do not list: "Real Madrid", "New Mexico", "National Security Council",
    "Sofia Boutella"."""
    if entity.kind in ("person", "adjective"):
        return False
    # a role term that takes in the name ("national security council") is that other name, no role beside it
    # (only the words looked at below: the root's children and the words either side)
    looked_at = [c.i for c in span.root.children] + [span.start - 1, span.end]
    role_at = {
        i: role_at[i]
        for i in looked_at
        if i in role_at and (role_at[i][0].end <= span.start or role_at[i][0].start >= span.end)
    }
    modifiers = [c for c in span.root.children if c.dep_ == "compound" and c.i < span.start]
    if any(_foreign_word(c, name_at, role_at) for c in modifiers):
        return True  # "Real Madrid", "Dynamo Kyiv": a proper name the parse reads as one
    ent = ent_at.get(span.start)
    if ent is None or ent.label_ not in NAME_LABELS or ent.end < span.end:
        return False
    sides = [span.start - 1] if ent.label_ in PLACE_LABELS else [span.start - 1, span.end]
    return any(
        ent.start <= i < ent.end and _foreign_word(span.doc[i], name_at, role_at, any_pos=True) for i in sides
    )


def _foreign_word(token: Token, name_at: dict, role_at: dict, any_pos: bool = False) -> bool:
    """A capitalized word (a proper noun, unless ``any_pos``) that is no listed name, no role, no
    legislature ("House Democrats") and no connecting word."""
    return (
        token.is_alpha
        and token.lower_ not in CHAMBER_WORDS
        and token.text[0].isupper()
        and (any_pos or token.pos_ == "PROPN")
        and token.lower_ not in LOWER_WORDS
        and token.i not in name_at
        and token.i not in role_at
    )


def unsupported_acronym(span: Span, entity: Entity, names: list[tuple[Span, Entity]]) -> bool:
    """ "won by KO": a short all-capital group name whose country and full name the article never
    mentions names no listed group."""
    text = span.text
    if entity.kind != "group" or len(span) > 1 or not text.isupper() or len(text) > SHORT_ACRONYM:
        return False
    return not any(
        (other.code == entity.code and len(s.text) > len(text))
        or (entity.country is not None and other.country == entity.country)
        for s, other in names
        if s.start != span.start
    )
