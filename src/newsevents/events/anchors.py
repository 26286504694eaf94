"""The actor mentions a token stands for: its own and its conjuncts', else those of the noun's owner,
of the place it is in or of the agent of the act it names ("Ukraine's energy grid", "a request by
Hungary"), unless it names people by their relation to someone ("Senegal's critics",
``data/arguments/relational.tsv``). Shared by the source and target rules of ``arguments``."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from newsevents.data import DATA_DIR, read_tsv
from newsevents.document import Actor, Document, Mention, Place

SUBJECT_DEPS = {"nsubj", "csubj"}
OWNER_DEPS = ("poss", "compound", "amod", "nmod")
NAMING_PREPS = ("of", "in", "for", "by", "from", "like", "including")  # "partners like Chile": Chile
RELATIONAL_PATH = DATA_DIR / "arguments" / "relational.tsv"
OPPOSING = set("oppose reject criticize criticise condemn denounce dispute challenge resist".split())


def mentions_at(doc: Document, token: Token) -> list[Mention]:
    """The actor mentions a token stands for, with its coordinated tokens ("France and the UK"); a noun
    that names no actor stands for the actor that owns or locates it ("Ukraine's energy grid",
    "Houthi targets in Yemen")."""
    _resolve_to_governing_subject(doc, token)
    found = _anchored(doc, token)
    for conj in token.conjuncts:
        if conj.i > token.i and not _subject_of_next_verb(conj):
            found.extend(m for m in _anchored(doc, conj) if m not in found)
    return found


def _resolve_to_governing_subject(doc: Document, pronoun: Token) -> None:
    """ "the Russian leader would face a tough situation if he refused", "Hamas launched an attack in which
    it killed 1,200 people": the subject pronoun of a subordinate clause is the named subject of the clause
    it depends on when that is one actor of the pronoun's kind (a person for he/she, none for it); its
    mention moves to that actor."""
    person = {"he": True, "she": True, "it": False}.get(pronoun.lower_)
    if person is None or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return
    clause = pronoun.head
    if clause.dep_ not in ("advcl", "relcl", "ccomp") or clause.head.i == clause.i:
        return
    subject, current = None, clause.head
    for _ in range(4):
        subject = next((c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or current.head.i == current.i:
            break
        current = current.head
    if subject is None or subject.pos_ == "PRON" or subject.i > pronoun.i:
        return
    named = [m.actor for m in doc.anchors.get(subject.i, []) if m.actor is not None and m.how != "pronoun"]
    if len(named) != 1 or (named[0].kind == "person") != person:
        return
    for mention in doc.anchors.get(pronoun.i, []):
        if mention.how == "pronoun" and mention.actor is not None and mention.actor is not named[0]:
            if mention in mention.actor.mentions:
                mention.actor.mentions.remove(mention)
            mention.actor = named[0]
            named[0].mentions.append(mention)


def _subject_of_next_verb(noun: Token) -> bool:
    """ "rejected the plan and a drone attack struck": the second "object" is the next verb's subject."""
    after = noun.right_edge.i + 1
    return after < len(noun.doc) and getattr(stray_subject(noun.doc[after]), "i", None) == noun.i


def _anchored(doc: Document, token: Token, depth: int = 2) -> list[Mention]:
    found = [
        m
        for m in doc.anchors.get(token.i, [])
        if m.actor is not None and m.actor.code  # a bare sector counts, as PETRARCH's ---OPP
    ]
    if found or depth == 0 or token.pos_ not in ("NOUN", "PROPN"):
        return found
    appositions = [c for c in token.children if c.dep_ == "appos"]
    named = [m for c in appositions for m in _anchored(doc, c, depth - 1)]
    if named:  # "its NATO ally Turkey": the name in apposition, not the owner
        only_described = not any(_anchored(doc, c, 0) for c in appositions)  # "Haifa, Israel's third
        place = place_mention(doc, token) if only_described else None  # largest city" is Haifa, not Israel
        return [place] if place is not None else named
    owners = ("amod", "nmod") if token.lemma_.lower() in relational() else OWNER_DEPS  # "their Thai peers"
    for child in token.children:
        if _opposed(child):  # "the anti-EU movement" is not the EU's
            continue
        if child.dep_ in owners:  # "Jordanian and U.S. aircraft": each coordinated owner
            found = [m for c in (child, *child.conjuncts) for m in _anchored(doc, c, depth - 1)]
        elif child.dep_ == "prep" and child.lower_ in NAMING_PREPS:  # "a request by Hungary"
            found = [m for o in objects_of(child) for m in _anchored(doc, o, depth - 1)]
        elif child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_ not in OPPOSING:
            # "the decision announced by Argentina"; not "the law, opposed by Democrats"
            agents = [o for a in child.children if a.dep_ == "agent" for o in objects_of(a)]
            found = [m for o in agents for m in _anchored(doc, o, depth - 1)]
        if found:
            return found
    return []


def _opposed(word: Token) -> bool:
    """ "anti-EU": the word names what its phrase opposes."""
    doc = word.doc
    return word.i >= 2 and doc[word.i - 1].text == "-" and doc[word.i - 2].lower_ == "anti"


def stray_subject(verb: Token) -> Token | None:
    """ "rejected the plan and a Russian drone attack struck Odesa": the parser takes "attack" for a second
    object and "struck" for a second verb of the first subject; a coordinated verb that follows a noun
    phrase, not "and", has that noun phrase as its subject."""
    if verb.dep_ != "conj" or verb.i == 0 or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    while before.dep_ in ("advmod", "aux", "auxpass", "neg") and before.head.i == verb.i and before.i > 0:
        before = verb.doc[before.i - 1]
    if before.pos_ in ("NOUN", "PROPN") and before.dep_ == "conj" and before.head.i != verb.head.i:
        return before
    return None


@lru_cache(maxsize=1)
def relational() -> frozenset[str]:
    """Nouns for people defined by a relation ("critics", "supporters"): not their owner (data file)."""
    return frozenset(row["term"].lower() for row in read_tsv(RELATIONAL_PATH))


def actor_key(mention: Mention) -> object:
    return mention.actor.id if mention.actor.id else id(mention.actor)


def objects_of(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]


def named(doc: Document, mention: Mention | None, sentence_start: int) -> Mention | None:
    """A pronoun as the last name of its actor before it in its sentence, from token ``sentence_start``
    ("Russia said it would withdraw": Russia), as gold sets mark it; else the mention itself."""
    if mention is None or mention.how != "pronoun" or mention.actor is None:
        return mention
    for i in range(mention.tokens[0] - 1, sentence_start - 1, -1):
        for other in doc.anchors.get(i, []):
            if other.actor is mention.actor and other.how != "pronoun":
                return other
    return mention


def place_mention(doc: Document, token: Token) -> Mention | None:
    """The actor mention over a place ("Asia", a region the actor stage coded), else the country of a
    geocoded place as an actor."""
    known = next((m for a in doc.actors for m in a.mentions if m.start <= token.idx < m.end), None)
    if known is not None:
        return known
    place = geocoded(doc, token)
    if place is None:
        return None
    actor = next((a for a in doc.actors if a.code == place.country and a.kind == "country"), None)
    if actor is None:
        actor = Actor(f"A{len(doc.actors) + 1}", place.name, place.country, place.country, None, "country")
        doc.actors.append(actor)
    mention = next((m for m in actor.mentions if m.start == place.start), None)
    if mention is None:
        mention = Mention(place.start, place.end, place.text, "place", actor)
        actor.mentions.append(mention)
    return mention


def geocoded(doc: Document, token: Token) -> Place | None:
    """The place over the token that the geocoder put in a country."""
    return next((p for p in doc.places if p.country and p.start <= token.idx < p.end), None)
