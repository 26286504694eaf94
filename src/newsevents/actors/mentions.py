"""Find actor mentions in a parse: names from the tables, unknown people with titles, role phrases.

Each candidate says what it names (code parts) and how it was found; ``coref`` links the ones that
only point back (pronouns, "the Russian leader", "the two leaders", surnames).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from newsevents.actors import identity, people
from newsevents.actors.lexicon import Entity, Lexicon, Person, RoleTerm

PERSON_LABELS = {"PERSON"}
PLACE_KINDS = {"country", "metonym", "region"}
ORGANISATION_NOUNS = {"alliance", "bloc", "organisation", "organization", "group", "movement", "union"}
LOCATIVE_PREPS = {"in", "inside", "near", "across", "within", "outside", "throughout", "around"}
MULTI_WORDS = {"two", "both", "three", "all"}
FORMER_WORDS = {"former", "ex", "ex-", "onetime", "one-time"}
OFFICE_SECTORS = {"GOV", "LEG"}  # a former office-holder is an elite (ELI), as people.tsv codes them
DESTINATION_PREPS = {"to", "on", "in", "at", "with"}  # "envoy to Ukraine" is not Ukraine's envoy
SPEAKER_TERMS = {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople"}
IMMIGRANT_NATIONS = {"USA", "CAN", "AUS", "NZL"}  # "Cuban-American", "Indo-Canadian"
HEAD_TITLES = {  # a title of the head of a body: "the company's chairman", "the head of the union"
    "president",
    "chairman",
    "chairwoman",
    "chair",
    "chairperson",
    "director",
    "head",
    "chief",
    "executive",
    "editor",
    "founder",
    "secretary",
    "treasurer",
    "boss",
    "ceo",
}
POPULATIONS = {"CVL", "REF"}  # "the villagers' chief" heads no body
STATE_BODIES = {"GOV", "MIL", "COP", "SPY"}  # a state's own: no heritage of its people
MEMBER_TERMS = {"leader", "leaders", "official", "officials", "member", "members"}  # of the body they name


@dataclass
class Candidate:
    """A span that names (or points to) an actor."""

    span: Span
    how: str  # name | title | surname | country | igo | metonym | group | role | description | pronoun
    kind: str  # person | organization | country | group
    key: str  # identity of the actor within the document
    name: str
    country: str | None = None
    sector: str | None = None
    code_base: str | None = None  # the code without a sector: RUS, IGOWSTNAT, PSEREBHMS ...
    anchors: set[int] = field(default_factory=set)  # token indices that stand for this mention
    notes: list[str] = field(default_factory=list)
    person: Person | None = None
    plural: bool = False
    multi: int = 0  # "the two leaders": refers to this many earlier actors
    definite: bool = False
    owner: Token | None = None  # "its forces": the possessive pronoun that gives the country

    @property
    def code(self) -> str | None:
        if self.code_base is None:
            return self.sector
        if self.code_base.startswith("IGO") and self.sector == "GOV":
            return self.code_base  # "EU officials", "a NATO official": the organisation itself
        if (
            self.sector
            and self.sector not in (self.code_base[3:6], self.code_base[:3])
            and not self.code_base.endswith(self.sector)
        ):
            return self.code_base + self.sector
        return self.code_base


def listed_names(
    doc: Doc, lex: Lexicon, found_roles: list[tuple[Span, RoleTerm]] | None = None
) -> list[tuple[Span, Entity]]:
    """The table names in the parse that are what they look like (not part of another name);
    ``found_roles``: the parse's ``lex.find_roles``, when the caller has them."""
    if found_roles is None:
        found_roles = lex.find_roles(doc)
    role_at = {i: r for r in found_roles for i in range(r[0].start, r[0].end)}
    return _without_misreadings(lex.find_names(doc), doc, role_at)


def find(
    doc: Doc,
    lex: Lexicon,
    day: date | None,
    names: list[tuple[Span, Entity]] | None = None,
    found_roles: list[tuple[Span, RoleTerm]] | None = None,
) -> list[Candidate]:
    """Every actor candidate in the parse, in text order, at most one per token (``names``: the
    ``listed_names`` of the parse, ``found_roles``: its ``lex.find_roles``, when the caller has them)."""
    if found_roles is None:
        found_roles = lex.find_roles(doc)
    roles = {span.start: (span, role) for span, role in found_roles}
    role_at = {i: item for item in roles.values() for i in range(item[0].start, item[0].end)}
    if names is None:
        names = _without_misreadings(lex.find_names(doc), doc, role_at)
    names = [(span, entity.on(day)) for span, entity in names]  # the Taliban before 2021-08-15: AFGREBTAL
    name_at = {i: (span, entity) for span, entity in names for i in range(span.start, span.end)}
    evidence = identity.Evidence()
    for span, entity in names:
        if entity.kind in ("country", "adjective", "metonym") and entity.country:
            evidence.countries.setdefault(span.sent.start, set()).add(entity.country[:3])
    taken: set[int] = set()
    found: list[Candidate] = []

    def keep(candidate: Candidate, used: range | set[int]) -> None:
        found.append(candidate)
        taken.update(used)

    persons = [(span, entity) for span, entity in names if entity.kind == "person"]
    persons += people.unknown_people(doc, name_at, lex)
    persons += people.later_surnames(doc, persons, name_at)
    persons.sort(key=lambda item: item[0].start)
    for span, entity in persons:
        context = _title_context(span)
        title_role = _best_role(role_at, context)
        title_country = _context_code(name_at, context)
        person = lex.people.get(entity.name) or people.seen_in_full(span, lex, evidence, title_role)
        if person is not None and not identity.is_listed_person(
            span, person, title_role, title_country, evidence, name_at, role_at
        ):
            person = None
        elif person is not None and (identity.words(span) >= 2 or span.text.lower() in person.bare_aliases):
            evidence.full.add(person.name)
        name = person.name if person is not None else span.text
        candidate = Candidate(span, "name", "person", f"person:{name}", name, anchors={span.root.i})
        if span.root.dep_ == "appos":
            candidate.anchors.add(span.root.head.i)
        candidate.anchors.update(t.i for t in span.root.children if t.dep_ == "appos")
        if person is not None:
            _code_known(candidate, person, day, title_role, context)
        else:
            candidate.how = "title" if title_role or title_country else "name"
            candidate.key = f"person:{span[-1].text}"
            candidate.country = title_country[1] if title_country and title_country[0] != "igo" else None
            candidate.code_base = title_country[1] if title_country else None
            candidate.sector = (title_country[2] if title_country else None) or (
                _held_in(title_role, role_at, context) if title_role else None
            )  # "CNN President Jeff Zucker": the named body's own sector, as for role phrases
            if candidate.sector in OFFICE_SECTORS and _former(span.doc, context):
                candidate.sector = "ELI"
            candidate.person = None
        keep(candidate, set(range(span.start, span.end)) | {i for i in context if i <= _partner_end(span)})

    for span, entity in names:
        if entity.kind == "person" or span.start in taken:
            continue
        if entity.kind in PLACE_KINDS and located_in(span):
            continue  # "met in Helsinki", "the war in Ukraine": a place, not an actor
        head = span.root.head
        if (
            head.i in role_at
            and span.root.dep_ in ("amod", "compound", "poss", "nmod")
            and head.i not in taken
        ):
            continue  # a modifier of a role noun: coded with the role phrase below
        modifier = span.root.dep_ in ("amod", "compound", "nmod") or (
            span.root.dep_ == "conj" and span.root.head.dep_ in ("amod", "compound", "nmod")
        )  # "Egyptian and Jordanian aircraft"
        if entity.kind == "adjective" and _in_a_name(span):
            continue  # "American Airlines", "Chinese Communist Party" is a name of its own
        if entity.kind == "adjective" and not modifier:
            if _the_nation(span):  # "the British said": the nation, coded as its country
                keep(_named(span, replace(entity, kind="country")), range(span.start, span.end))
            elif span.root.tag_ in ("NNS", "NNPS"):  # "Thousands of Georgians protested": the people
                keep(_people_of(span, entity), range(span.start, span.end))
            continue  # a predicative "Russian" names no actor; "Russian drones" points to Russia
        candidate = _named(span, entity)
        owner = _owner_country(span, name_at) if entity.kind == "metonym" and candidate.sector else None
        if owner and owner != candidate.country:  # "Peru's Congress" is not the U.S. Congress
            candidate.country, candidate.code_base, candidate.name = owner, owner, span.text
            candidate.key = f"code:{candidate.code}"
        if _chamber(span, entity, role_at, name_at):  # "Senate Republicans", "House Democrats"
            if span.start - 1 not in taken:  # "U.S. Senate" kept as a name of its own keeps its word
                candidate.span = doc[span.start - 1 : span.end]
            candidate.sector, candidate.code_base, candidate.name = (
                "LEG",
                candidate.country,
                candidate.span.text,
            )
            candidate.key = f"group:{candidate.code}:{entity.name}"  # the two parties' members stay apart
        keep(candidate, range(candidate.span.start, candidate.span.end))

    people_at = {  # "the Assad regime", "the Obama administration", "a spokesman for Mr. Clinton"
        i: c
        for c in found
        if c.kind == "person" and c.country and len(c.code_base or "") >= 3
        for i in range(c.span.start, c.span.end)
    }
    for start in sorted(roles):
        span, role = roles[start]
        if any(i in taken for i in range(span.start, span.end)):
            continue
        if span.root.dep_ == "pobj" and span.root.head.lower_ == "as":
            continue  # "brought back Cameron as foreign secretary": the role of an actor named elsewhere
        if _modifies_role(span, role_at):
            continue  # "Islamic State fighters": "Islamic" is read with the phrase of "fighters"
        candidate = _role_phrase(doc, span, role, name_at, role_at, people_at)
        if candidate is not None:
            keep(candidate, range(candidate.span.start, candidate.span.end))
            found.extend(_coordinated_owners(candidate, name_at))

    for token in doc:
        lower = token.lower_
        if lower in ORGANISATION_NOUNS and token.i not in taken and _definite_singular(token):
            span = doc[token.i - 1 : token.i + 1]  # "the alliance", "the bloc": an organisation named before
            found.append(Candidate(span, "description", "organization", "", span.text, anchors={token.i}))
            continue
        if lower not in PRONOUNS or token.i in taken or token.pos_ != "PRON":
            continue
        if lower == "it" and (token.dep_ != "nsubj" or token.head.lemma_ == "be"):
            continue  # an expletive "it"
        kind, plural = PRONOUNS[lower]
        found.append(
            Candidate(
                doc[token.i : token.i + 1], "pronoun", kind, "", token.text, anchors={token.i}, plural=plural
            )
        )
    return sorted(found, key=lambda c: c.span.start)


PRONOUNS = {
    "he": ("person", False),
    "him": ("person", False),
    "his": ("person", False),
    "himself": ("person", False),
    "she": ("person", False),
    "her": ("person", False),
    "hers": ("person", False),
    "herself": ("person", False),
    "they": ("group", True),
    "them": ("group", True),
    "their": ("group", True),
    "themselves": ("group", True),
    "it": ("organization", False),
    "its": ("organization", False),
}


def _without_misreadings(
    names: list[tuple[Span, Entity]], doc: Doc, role_at: dict
) -> list[tuple[Span, Entity]]:
    """The listed names that are not part of another name (each check indexes the document once)."""
    ent_at = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
    person_at = {i: ent for i, ent in ent_at.items() if ent.label_ in PERSON_LABELS and len(ent) > 1}
    names = [(span, e) for span, e in names if not _someone_else(span, e, person_at)]
    name_at = {i: item for item in names for i in range(item[0].start, item[0].end)}
    kept = [
        (span, e)
        for span, e in names
        if not _other_acronym(span, name_at)
        and not _heritage(span, e, name_at, role_at)
        and not _based(span)
        and not _a_number(span, ent_at)
        and not identity.part_of_other_name(span, e, ent_at, name_at, role_at)
        and not identity.unsupported_acronym(span, e, names)
    ]
    return _us_states(kept)


def _based(span: Span) -> bool:
    """ "a London-based think tank", "the US-based preacher": where its noun works, no actor of its own."""
    doc, end = span.doc, span.end
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ == "based"


NUMBER_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}


def _a_number(span: Span, ent_at: dict[int, Span]) -> bool:
    """A name the model reads as a date or number is that: "on May 15" is no group called "May 15"."""
    ent = ent_at.get(span.start)
    return ent is not None and ent.label_ in NUMBER_LABELS and ent.start <= span.start and span.end <= ent.end


def _heritage(span: Span, entity: Entity, name_at: dict, role_at: dict) -> bool:
    """ "Cuban-American senator", "Asian American voters", "Mexican-Americans": the first of two demonyms
    is a heritage and the second the nationality, where the second is of a country of immigrants and the
    pair names a person or people who are no state's body. "Russian-American talks" and "Russian-American
    negotiators" name both countries."""
    doc, end = span.doc, span.end
    hyphen = end < len(doc) and doc[end].text == "-" and not doc[end].whitespace_
    second, nationality = name_at.get(end + 1 if hyphen else end, (None, None))
    if entity.kind != "adjective" or nationality is None or nationality.kind != "adjective":
        return False
    if (not hyphen and not span[-1].whitespace_) or nationality.country not in IMMIGRANT_NATIONS:
        return False  # "Cuban-American" or "Cuban American", not "CubanAmerican"
    head = second.root
    while head.dep_ in ("amod", "compound", "nmod") and head.head.i > head.i:
        head = head.head
    role = role_at[head.i][1] if head.i in role_at else None
    if role is not None:  # "Russian-American negotiators", "Iraqi American forces": two states' own
        return role.kind == "person" or role.sector not in STATE_BODIES
    return head == second.root or head.ent_type_ in PERSON_LABELS


def _us_states(names: list[tuple[Span, Entity]]) -> list[tuple[Span, Entity]]:
    """A country named like a US state ("Georgia") is the state, coded as the US state government
    (USAGOV), where the text names the United States more often than that country by its other names."""
    from newsevents.geo.gazetteer import load

    states = load().states
    shared = [(s, e) for s, e in names if e.kind == "country" and s.text.lower() in states]
    if not shared:
        return names
    counts = Counter(e.country for s, e in names if s.text.lower() not in states)
    out = []
    for span, entity in names:
        if (span, entity) in shared and counts["USA"] > counts[entity.country]:
            entity = Entity("metonym", span.text, "USAGOV", "USA", "GOV")  # "Georgia sued the firm"
        out.append((span, entity))
    return out


def _definite_singular(token: Token) -> bool:
    """A singular noun right after "the", with no modifier of its own: "the bloc", not "the rebel group"."""
    before = token.doc[token.i - 1] if token.i else None
    return (
        token.tag_ in ("NN", "NNP")
        and token.is_lower
        and before is not None
        and before.lower_ == "the"
        and before.head.i == token.i
        and not any(c.dep_ in ("amod", "compound", "poss") for c in token.children)
    )


def located_in(span: Span) -> bool:
    """The object of a locative preposition: "in Moscow", "across Iran"."""
    return span.root.dep_ == "pobj" and span.root.head.lower_ in LOCATIVE_PREPS


def _someone_else(span: Span, entity: Entity, person_at: dict[int, Span]) -> bool:
    """ "Betssy Chavez" is not Hugo Chavez: a listed surname alone inside a longer PERSON name whose other
    names are not the listed person's."""
    ent = person_at.get(span.start)
    if entity.kind != "person" or len(span) > 1 or ent is None:
        return False
    known = {word.lower() for word in entity.name.split()}
    extra = [t for t in ent if not span.start <= t.i < span.end and t.is_alpha and t.is_title]
    return any(t.lower_ not in known for t in extra)


def _other_acronym(span: Span, named: dict) -> bool:
    """ "Roth IRA" is no Irish Republican Army: a listed acronym under a proper-noun modifier that is no
    listed name is something else's initials."""
    if len(span) > 1 or not span.text.isupper():
        return False
    return any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_title and c.i not in named and c.i < span.start
        for c in span.root.children
    )


def _title_context(span: Span) -> set[int]:
    """Tokens that may carry the title of a name: its left modifiers and an apposition beside it, or what
    a relative clause says it is ("Jane Roe, who is the French foreign minister")."""
    root = span.root
    context = set(range(root.left_edge.i, span.start))
    partner = (
        root.head if root.dep_ == "appos" else next((t for t in root.children if t.dep_ == "appos"), None)
    )
    partner = partner if partner is not None else _described_as(root)
    if partner is not None and partner.pos_ in ("NOUN", "PROPN"):
        context.update(range(partner.left_edge.i, partner.i + 1))
        context.update(
            t.i for t in partner.subtree if t.i > partner.i and t.head.i == partner.i and t.dep_ == "prep"
        )
        context.update(t.i for prep in partner.children if prep.dep_ == "prep" for t in prep.subtree)
    return context - set(range(span.start, span.end))


def _described_as(root: Token) -> Token | None:
    """The noun a relative clause of "be" says the name is: "Roe, who is the French foreign minister"."""
    for clause in root.children:
        if clause.dep_ == "relcl" and clause.lemma_ == "be":
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ == "who":
                return next((c for c in clause.children if c.dep_ == "attr"), None)
    return None


def _partner_end(span: Span) -> int:
    """The last token of a name's title that belongs to the mention (not "to the UN" after it)."""
    root = span.root
    partner = (
        root.head if root.dep_ == "appos" else next((t for t in root.children if t.dep_ == "appos"), None)
    )
    return max(span.end, partner.i if partner is not None else 0)


def _best_role(role_at: dict, context: set[int]) -> RoleTerm | None:
    """The most senior role of a title; between equals the last one, the head of the compound
    ("activist investor Jane Roe" is an investor)."""
    roles = {id(role_at[i][1]): role_at[i] for i in context if i in role_at}
    if not roles:
        return None
    return max(
        roles.values(), key=lambda item: (item[1].rank, len(item[0]), item[1].sector != "GOV", item[0].start)
    )[1]


def _held_in(role: RoleTerm, role_at: dict, context: set[int]) -> str | None:
    """The sector of a title: that of the body it heads where its phrase names one ("the company's
    chairman", "the president of the university"), else the title's own ("the minister of refugees" is
    a minister, "the rebels' lawyer" a lawyer)."""
    if role.kind != "person" or role.term.split()[-1] not in HEAD_TITLES:
        return role.sector
    bodies = [role_at[i][1] for i in sorted(context) if i in role_at and role_at[i][1].kind == "group"]
    if bodies and bodies[0].sector not in (None, *POPULATIONS):
        return bodies[0].sector
    return role.sector


def _chamber(span: Span, entity: Entity, role_at: dict, name_at: dict) -> bool:
    """A legislature named right before a party's name: "Senate Republicans", "House Democrats" are its
    members (LEG), not the party."""
    before = span.start - 1
    if entity.sector != "PTY" or before < 0 or not entity.country:
        return False
    word = span.doc[before]
    named = name_at.get(before, (None, None))[1]
    sector = role_at[before][1].sector if before in role_at else named.sector if named else None
    legislature = sector == "LEG" or (word.lower_ in identity.CHAMBER_WORDS and word.text[0].isupper())
    return legislature and word.head.i in range(span.start, span.end)


def _context_code(name_at: dict, context: set[int]) -> tuple[str, str, str | None] | None:
    """(kind, code, sector) of the country, region or organization named in a title context."""
    hits = {}
    for i in sorted(context):
        if i in name_at:
            span, entity = name_at[i]
            if entity.kind != "person" and entity.code and not _destination(span, entity):
                hits.setdefault(span.start, (span, entity))
    if not hits:
        return None
    span, entity = min(
        hits.values(), key=lambda h: (h[1].kind == "igo" and h[0].root.dep_ == "pobj", h[0].start)
    )
    sector = entity.sector if entity.kind in ("group", "metonym") else None
    return entity.kind, entity.code, sector


def _destination(span: Span, entity: Entity) -> bool:
    """A country a title points to, not its holder's: "the special envoy to Ukraine", "ambassador in
    Moscow" (an organisation keeps its lower rank instead: "the ambassador to the UN")."""
    root = span.root
    return entity.kind != "igo" and root.dep_ == "pobj" and root.head.lower_ in DESTINATION_PREPS


def _former(doc: Doc, context: set[int] | range) -> bool:
    """ "former", "ex-", "onetime" among a title's words."""
    return any(doc[i].lower_ in FORMER_WORDS for i in context)


def _code_known(
    candidate: Candidate, person: Person, day: date | None, title: RoleTerm | None, context: set[int]
) -> None:
    role, past = person.role_at(day)
    candidate.person = person
    candidate.key = f"person:{person.name}"
    if role is None:
        return
    country, sector = role.country, role.sector
    former = _former(candidate.span.doc, context)
    if past and person.history and title is not None and title.sector != "ELI" and not former:
        sector = title.sector  # the dictionary ends before the article: "Turkish Prime Minister" is newer
    elif past and sector not in ("ELI", None):
        sector = "ELI"
    candidate.country = None if country.startswith("IGO") else country
    candidate.code_base = country
    candidate.sector = sector
    when = day.isoformat() if day else "the latest date"
    if former and not past:
        candidate.notes.append(
            f"the text calls {person.name} 'former', but the roles table has {role.role} "
            f"({country}{sector or ''}) on {when}; the table wins"
        )
    elif past and title is not None and not former and title.sector == "GOV":
        candidate.notes.append(
            f"the text gives {person.name} the title '{title.term}', but the roles table has no such role "
            f"on {when}; coded from the table"
        )


def _coordinated_owners(candidate: Candidate, name_at: dict) -> list[Candidate]:
    """ "Russian and Ukrainian delegations": one more candidate for each further country of the phrase."""
    if candidate.country is None:
        return []
    out = []
    for token in candidate.span:
        entity = name_at.get(token.i, (None, None))[1]
        if token.dep_ == "conj" and entity is not None and entity.kind in ("country", "adjective"):
            country = entity.country
            if country and country != candidate.country and all(c.country != country for c in out):
                key = candidate.key.replace(candidate.country, country, 1)
                out.append(replace(candidate, country=country, code_base=country, key=key))
    return out


def _in_a_name(span: Span) -> bool:
    """An adjective written as the first word of a proper name ("American Airlines")."""
    head = span.root.head
    return span.root.tag_ == "NNP" and span.root.dep_ == "compound" and head.tag_ in ("NNP", "NNPS")


COLLECTIVE_ENDINGS = ("ish", "ch", "ese", "ss")  # British, Dutch, Chinese, Swiss: no plural of their own


def _the_nation(span: Span) -> bool:
    """ "The British said", "the Dutch refused": "the" and a demonym with no plural of its own, as the
    subject, name the nation."""
    before = span.doc[span.start - 1] if span.start else None
    return (
        before is not None
        and before.lower_ == "the"
        and span.root.dep_ in ("nsubj", "nsubjpass")
        and span.text.lower().endswith(COLLECTIVE_ENDINGS)
    )


def _people_of(span: Span, entity: Entity) -> Candidate:
    """A plural demonym used as a noun names the country's civilians: "Iranians" is IRNCVL."""
    candidate = _named(span, entity)
    candidate.kind, candidate.how, candidate.sector = "group", "group", "CVL"
    candidate.code_base = entity.country
    candidate.key = f"code:{candidate.code}"
    return candidate


def _owner_country(span: Span, name_at: dict) -> str | None:
    """The country a possessive or adjective gives a name: "Peru's Congress", "the Peruvian Congress"."""
    for child in span.root.children:
        if child.dep_ in ("poss", "amod", "compound") and child.i in name_at and child.i < span.start:
            entity = name_at[child.i][1]
            if entity.kind in ("country", "adjective") and entity.country:
                return entity.country
    return None


def _named(span: Span, entity: Entity) -> Candidate:
    kind = {
        "country": "country",
        "region": "country",
        "igo": "organization",
        "group": "organization",
        "metonym": "organization",
        "adjective": "country",
    }[entity.kind]
    sector = entity.sector
    if (
        entity.kind in ("country", "adjective")
        and len(entity.code or "") == 3
        and entity.code == entity.country
    ):
        sector = "GOV"
    how = {
        "country": "country",
        "region": "country",
        "igo": "igo",
        "group": "group",
        "metonym": "metonym",
        "adjective": "adjective",
    }[entity.kind]
    code_base = entity.code
    if (
        entity.kind in ("group", "metonym")
        and entity.code
        and entity.sector
        and entity.code.endswith(entity.sector)
    ):
        code_base = entity.code[: -len(entity.sector)] or None
    candidate = Candidate(
        span,
        how,
        kind,
        f"code:{entity.code}",
        entity.name,
        country=entity.country,
        sector=sector,
        code_base=code_base,
        anchors={span.root.i},
    )
    if entity.kind == "igo":
        candidate.country = None
    candidate.key = f"code:{candidate.code}"
    return candidate


def _modifies_role(span: Span, role_at: dict) -> bool:
    """The span modifies, through a chain of modifiers, the head of another role phrase."""
    token = span.root
    while token.dep_ in ("amod", "compound", "nmod") and token.head.i != token.i:
        token = token.head
        if token.i in role_at and not span.start <= token.i < span.end:
            return True
    return False


def _any_one(head: Token) -> bool:
    """ "free to support either candidate", "any government that expels": no one actor in particular ("any
    Western troops" are troops all the same)."""
    quantified = any(c.dep_ == "det" and c.lower_ in ("any", "either", "every") for c in head.children)
    return quantified and head.tag_ not in ("NNS", "NNPS")


def _stance(head: Token) -> bool:
    """ "denied his opposition to the deal": a person's opposition is a stance, not a group."""
    owners = {c.lower_ for c in head.children if c.dep_ == "poss"}
    return head.lower_ == "opposition" and bool(owners & {"his", "her"})


def _spoken_for(
    head: Token, people_at: dict[int, Candidate], sector: str | None
) -> tuple[tuple | None, str | None]:
    """ "a spokesman for Mr. Clinton": the speaker takes the code of the coded person they speak for, and
    no sector of their own for a name the tables do not know ("a spokeswoman for Neumann"); only the
    object of "for" or "of" counts, not a clause on it ("for the judges who questioned Mr. Sarkozy")."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "of"):
            continue
        for spoken in (o for o in prep.children if o.dep_ == "pobj"):
            if spoken.i in people_at:
                person = people_at[spoken.i]
                return ("country", person.code_base[:3], person.sector), sector
            if spoken.pos_ == "PROPN":
                return None, None
    return None, sector


def _role_phrase(
    doc: Doc, span: Span, role: RoleTerm, name_at: dict, role_at: dict, people_at: dict[int, Candidate]
) -> Candidate | None:
    """A role noun phrase: "Ukrainian troops", "Russia's deputy representative", "the two leaders", "the
    Assad regime" (``people_at``: token -> the coded person named there)."""
    head = span.root
    if head.pos_ not in ("NOUN", "PROPN") or _stance(head) or _any_one(head):
        return None
    start = head.left_edge.i
    context = set(range(start, span.start))
    owner_preps = ("of", "from", "for") if role.term in SPEAKER_TERMS else ("of", "from")  # "troops from X"
    context.update(
        t.i
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in owner_preps
        for t in prep.subtree
    )
    where = _context_code(name_at, context)
    sector = role.sector
    if where is None:
        owner = next((people_at[i] for i in sorted(context) if i < span.start and i in people_at), None)
        where = ("country", owner.code_base[:3], None) if owner else None
    if role.term in SPEAKER_TERMS and where is None:
        where, sector = _spoken_for(head, people_at, sector)
    modifiers = {doc[i].lower_ for i in context}
    others = [role_at[i][1] for i in sorted(context) if i in role_at]
    if role.term not in SPEAKER_TERMS | MEMBER_TERMS:
        sector = _held_in(role, role_at, context)
    elif others:
        sector = others[0].sector  # "a spokeswoman for the company", "leaders of the opposition"
    if any(o.sector == "MIL" for o in others):
        sector = "MIL"
    if any(o.sector == "COP" for o in others):
        sector = "COP"  # "the Inspector-General of Police", "Commissioner of Police", "police chief"
    plural = head.tag_ in ("NNS", "NNPS")
    end = max(span.end, max(context) + 1 if context and max(context) > span.end else span.end)
    phrase = doc[start:end]
    multi = next(
        (2 if w in ("two", "both") else 3 if w == "three" else 0 for w in modifiers if w in MULTI_WORDS), 0
    )
    definite = any(doc[i].lower_ in ("the", "this", "that") for i in range(start, span.start))
    if not definite and "both" not in modifiers:
        multi = 0  # "two Indian fighter jets" are new actors; "the two leaders", "both sides" point back
    kind = "group" if plural or role.kind == "group" else "person"
    if where is not None:
        sector = where[2] or sector  # "Pentagon officials", "Hamas fighters": the named body's own sector
    if sector in OFFICE_SECTORS and modifiers & FORMER_WORDS:
        sector = "ELI"  # "the former secretary of state"
    if where is None:
        code_base, country = None, None
        key = f"role:{role.term}:{start}"
    else:
        code_base = where[1]
        country = None if where[0] == "igo" else where[1][:3]
        key = f"{'group' if kind == 'group' else 'role'}:{code_base}{sector}" + (
            "" if kind == "group" else f":{start}"
        )
    how = "description" if definite and kind == "person" or multi else "role"
    owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in PRONOUNS), None)
    return Candidate(
        phrase,
        how,
        kind,
        key,
        phrase.text,
        country=country,
        sector=sector,
        code_base=code_base,
        anchors={head.i},
        plural=plural,
        multi=multi,
        definite=definite,
        owner=owner,
    )
