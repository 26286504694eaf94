"""Who did it and to whom: the source and target actor mentions of a matched predicate.

Source: the subject (inherited through open complements and coordinated verbs), the passive agent, or
the possessor / modifier of an event noun, or the subject of the light verb that governs it ("launched
an attack"). Targets: the pattern's preposition, else the object (or the noun an object relative clause
describes), dative, or a with/to/against/on/between phrase of the predicate or of the words the pattern
used, else such a phrase the parser hung inside the object; coordinations are expanded. What a token
stands for is ``anchors.mentions_at``"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Token

from newsevents.data import DATA_DIR, read_tsv
from newsevents.document import Actor, Document, Mention
from newsevents.events import modality
from newsevents.events.anchors import (
    OWNER_DEPS,
    SUBJECT_DEPS,
    actor_key,
    geocoded,
    mentions_at,
    objects_of,
    place_mention,
    stray_subject,
)
from newsevents.events.patterns import (
    KINDS,
    Match,
    for_to,
    kind_of,
    names_object,
    relative_object,
    that_clause,
)

TARGET_PREPS = (
    "with",
    "against",
    "to",
    "on",
    "between",
    "toward",
    "towards",
    "at",
    "from",
    "over",
    "for",
    "into",
)
INHERIT_DEPS = {"xcomp", "conj", "advcl", "pcomp", "acomp"}  # "is ready to talk": acomp
POSSESSIVES = {"his", "her", "its", "their", "our"}
PERSONAL = {"he", "him", "his", "she", "her", "hers"}
UNDERGOING = {"face", "receive", "draw", "attract", "suffer", "endure", "weather", "undergo", "incur"}
SENDING = {"send", "deploy", "dispatch", "station", "commit", "provide", "supply", "deliver", "use"}
SENDING |= {"withdraw", "pull", "mobilize", "mobilise", "evacuate", "redeploy", "move"}  # and moving forces
SENDING |= {"strengthen", "reinforce", "boost"}  # or adding to them
HELPING = {"help", "assist", "aid", "support", "protect", "defend", "reinforce", "train"}  # a purpose served
SAYING = {"say", "add", "warn", "insist", "argue", "claim", "note", "stress", "suggest"}
MILITARY_CODES = ("087", "15", "17", "18", "19", "20")
TYPED_CODES = ("054", "17", "18", "19", "20")  # recognition and force act on a party or a thing
NAMED_KINDS = {"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC"}
STATE_SECTORS = {"GOV", "LEG", "JUD", "MIL", "COP"}
POLITICIANS = {"GOV", "ELI", "LEG", "PTY"}  # a country's politicians and parties, who fight with words
CAMPAIGNERS = {"ELI", "LEG", "PTY", "MED"}  # those with no forces to command, and the media
APPEAL_ROOTS = ("02", "10")  # appeals and demands: their object is asked to act
VERBAL_ROOTS = ("01", "02", "10", "11", "12")  # said to someone: no town or region hears it
HOME_VOICES = POLITICIANS | CAMPAIGNERS
OBJECTS_PATH = DATA_DIR / "verbs" / "objects.tsv"
OBJECT_DEPS = ("dobj", "dative", "iobj", "oprd")  # "called Lavrov to discuss": an object misread as oprd


def sources(doc: Document, match: Match) -> list[Mention]:
    """The source mentions of a matched predicate."""
    token = match.predicate
    if token.pos_ in ("NOUN", "PROPN"):
        return _noun_source(doc, match)
    if token.pos_ == "ADJ":
        token = token.head if token.dep_ in ("acomp", "amod") else token
    if _bare_participle(token):  # "Forced to choose, Xi ...": Xi is the one forced
        agents = [o for c in token.children if c.dep_ == "agent" for o in objects_of(c)]
        return [m for o in agents for m in mentions_at(doc, o)]
    stray = stray_subject(token) if token.pos_ == "VERB" else None
    if stray is not None:
        return mentions_at(doc, stray)
    for current in _governors(token):
        agent = next((c for c in current.children if c.dep_ == "agent"), None)
        if agent is not None and current is token:
            objects = [c for c in agent.children if c.dep_ == "pobj"]
            return [m for o in objects for m in mentions_at(doc, o)]
        deps = SUBJECT_DEPS if current is token else SUBJECT_DEPS | {"nsubjpass"}  # "is expected to travel"
        subject = next((c for c in current.children if c.dep_ in deps), None)
        if subject is not None and subject.tag_ in ("WDT", "WP") and current.dep_ == "relcl":
            return [] if _generic(current.head) else mentions_at(doc, current.head)  # "Russia, which"
        if subject is not None:
            return mentions_at(doc, subject)
        if _passive_or_where(current):  # "states where the drug was legalized": no source
            return []
        active = current.tag_ == "VBG" or _has_object(current)  # "forces carried out strikes", misparsed
        if current.dep_ == "relcl" or (current.dep_ == "acl" and active):
            return mentions_at(doc, current.head) or _author(doc, current.head)
    return []


def _generic(noun: Token) -> bool:
    """ "any country that invades", "a party that rejects her is one that ...": a kind, not an actor."""
    det = next((c.lower_ for c in noun.children if c.dep_ == "det"), "")
    return det in ("any", "every", "no") or (
        det in ("a", "an") and noun.dep_ == "nsubj" and noun.head.lemma_ == "be"
    )


def demand_parties(doc: Document, match: Match) -> tuple[list[Mention], list[Mention]] | None:
    """ "Lima said Quito must withdraw": the speaker who demands (source) and the actor who must act
    (target), when both are named and differ; else None."""
    clauses = modality.demanded(match.predicate)
    if clauses is None:
        return None
    obliged = subject_of(clauses[1])
    return _spoken(doc, clauses[0], mentions_at(doc, obliged) if obliged is not None else [])


def evaluation_parties(doc: Document, match: Match) -> tuple[list[Mention], list[Mention]] | None:
    """ "Lima said Quito's plan was reckless", "'He is a liar,' the senator said": the speaker (source) and
    the actor the evaluating word judges (target), when both are named and differ; else None."""
    clauses = modality.evaluated(match.predicate)
    if clauses is None:
        return None
    judged = subject_of(clauses[1])
    return _spoken(doc, clauses[0], _judged(doc, judged) if judged is not None else [])


def _judged(doc: Document, subject: Token) -> list[Mention]:
    """Whom an evaluation judges: the actor its subject names, else the subject's possessor ("Quito's
    plan", "his remarks"), never a country the subject is only about ("the Iraq war was a mistake")."""
    if subject.i in doc.anchors:
        return mentions_at(doc, subject)
    return [m for c in subject.children if c.dep_ == "poss" for m in mentions_at(doc, c)]


def _spoken(
    doc: Document, saying: Token, targets: list[Mention]
) -> tuple[list[Mention], list[Mention]] | None:
    """The speaker of the saying verb (source) and ``targets``, when both are named and differ."""
    said_by = subject_of(saying)
    sources = mentions_at(doc, said_by) if said_by is not None else []
    if not sources or not targets or {actor_key(m) for m in sources} & {actor_key(m) for m in targets}:
        return None
    return sources, targets


def _author(doc: Document, noun: Token) -> list[Mention]:
    """ "issued a statement urging", "released a report that accused": who issued the statement."""
    if noun.lemma_.lower() not in DOCUMENTS or noun.dep_ != "dobj":
        return []
    subject = subject_of(noun.head)
    return mentions_at(doc, subject) if subject is not None else []


def _passive_or_where(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") or c.tag_ == "WRB" for c in verb.children)


def _bare_participle(verb: Token) -> bool:
    """A past participle heading a clause of its own without auxiliary is passive: its subject (in a
    headline), or the main clause's, is the patient."""
    if verb.tag_ != "VBN" or _has_object(verb) or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False  # "The air force carried out strikes": a participle with an object is active
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    words = [t for t in verb.sent if not t.is_space]
    headline = verb.dep_ == "ROOT" and not words[-1].is_punct  # "More than 100 protesters killed"
    return headline or (verb.dep_ in ("advcl", "acl") and not subject)


def _has_object(verb: Token) -> bool:
    return any(c.dep_ == "dobj" for c in verb.children)


def subject_of(verb: Token) -> Token | None:
    """The verb's own subject, or the noun phrase a misparsed coordination left before it."""
    own = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return own if own is not None else stray_subject(verb)


def _governors(token: Token):
    """The predicate, then the verbs whose subject it shares (open complements, coordinated verbs)."""
    yield token
    while token.dep_ in INHERIT_DEPS and token.head.i != token.i:
        if token.dep_ == "advcl" and any(c.dep_ == "mark" for c in token.children):
            return
        token = token.head
        if token.pos_ == "ADP" and token.dep_ == "prep":  # "would support ... by providing"
            token = token.head
        yield token


def _noun_source(doc: Document, match: Match) -> list[Mention]:
    """ "Russia's attack", "an attack by Russia", "demands from ECOWAS", "a summit between Trump and Kim"
    (each a source), "launched an attack", and "vowed ... during talks in Moscow" (the subject of the clause
    the noun circumstances); but who "faced criticism" or "came under attack" is its target."""
    noun = match.predicate
    code = match.pattern.code
    sourcing = () if code.startswith(MEDIATION_CODES) else ("between",)  # "mediation between": its targets
    sourcing += ("from",) if not code.startswith(FROM_PLACE_CODES) else ()
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in sourcing:
            found = [m for o in objects_of(child) for m in mentions_at(doc, o)]
            if found:
                return found
        if child.dep_ in ("poss", "compound", "amod", "nmod") and mentions_at(doc, child):
            return mentions_at(doc, child)
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            return [m for o in child.children if o.dep_ == "pobj" for m in mentions_at(doc, o)]
    verb = _undergone(noun)
    if verb is not None:  # "faced criticism from rivals" (its "from" phrase read above)
        return [
            m
            for c in verb.children
            if c.lower_ in ("from", "by")
            for o in objects_of(c)
            for m in mentions_at(doc, o)
        ]
    held = noun  # "began a new round of joint exercises": the round is what the verb takes
    if held.dep_ == "pobj" and held.head.lower_ == "of" and held.head.head.lemma_.lower() in KINDS:
        held = held.head.head
    verb = held.head if held.dep_ in ("dobj", "nsubjpass") else None
    if noun.dep_ == "pobj" and noun.head.lower_ in CIRCUMSTANCE and match.pattern.code[:2] not in FORCE_ROOTS:
        verb = noun.head.head  # not "died after torture", "fled during the shelling": who suffers it
    if verb is not None and verb.pos_ in ("VERB", "AUX"):
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return mentions_at(doc, subject)
        if verb.dep_ == "acl" and _has_object(verb):  # "The air force carried out strikes" misparsed
            return mentions_at(doc, verb.head)
    return []


def _undergone(noun: Token) -> Token | None:
    """The verb by which its subject undergoes the event noun: "faced criticism", "drew condemnation",
    "came under attack"."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_ in UNDERGOING:
        return head
    if noun.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_ in ("come", "fall"):
        return head.head
    return None


def targets(
    doc: Document, match: Match, exclude: list[Mention], together: list[Mention] = ()
) -> list[Mention]:
    """The target mentions of a matched predicate (several: one event each). ``together`` are the sources
    acting with the excluded one: a possessive that names one of them is theirs ("European leaders and
    Zelensky expressed their support"), no target."""
    actors = {actor_key(m) for m in exclude if m.actor}
    joint = actors | {actor_key(m) for m in together if m.actor}
    countries = {m.actor.country for m in exclude if m.actor}
    codes = {m.actor.code for m in exclude if m.actor}
    own: list[Mention] = []  # "ruled out sending U.S. troops to Ukraine": another country comes first
    addressed = [m for m in _addressees(doc, match) if actor_key(m) not in actors]
    if addressed:  # "urged Senate Democrats to reject the deal on Puerto Rico": those urged
        return addressed
    force = match.pattern.code.startswith(FORCE_ROOTS)
    verbal = match.pattern.code[:2] in VERBAL_ROOTS
    for found in _candidates(doc, match):
        found = [_other_side(doc, match, m, joint) if force else m for m in found]
        if verbal:  # "rebuffed a heckler at a rally in Derry": a town hears nothing
            found = [m for m in found if m.how != "place"]
        found = [m for m in found if actor_key(m) not in (joint if _possessive(doc, m) else actors)]
        if any(m.actor.country not in countries for m in found):  # "the Kremlin downplayed a summit
            return [m for m in found if m.actor.code not in codes]  # between Putin and Zelensky": Zelensky
        own = own or [m for m in found if not _sent(match, m)]
    return own or [m for m in _spoken_of(doc, match) if m.actor.country not in countries]


def _addressees(doc: Document, match: Match) -> list[Mention]:
    """Who an appeal or demand asks to act: the object of "urged X to ...", "called on X to ..."."""
    verb = match.predicate
    if match.pattern.code[:2] not in APPEAL_ROOTS or verb.pos_ != "VERB":
        return []
    clauses = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB"]
    if not clauses:
        return []
    asked = [c for c in verb.children if c.dep_ == "dobj"]
    asked += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for o in objects_of(c)]
    asked += [s for c in clauses if for_to(c) for s in c.children if s.dep_ == "nsubj"]  # "for Russia to go"
    return [m for o in asked for m in mentions_at(doc, o)]


def _other_side(doc: Document, match: Match, mention: Mention, sources: set[object]) -> Mention:
    """ "jihadists attacked their base": force is not used on its own source, so a pronoun that the actor
    stage gave to a source stands for the nearest other actor named before it in the sentence, of the
    pronoun's kind (a person for he, him, his, her)."""
    if mention.how != "pronoun" or actor_key(mention) not in sources:
        return mention
    person = doc.text[mention.start : mention.end].lower() in PERSONAL
    for i in range(mention.tokens[0] - 1, match.predicate.sent.start - 1, -1):
        for other in doc.anchors.get(i, []):
            actor = other.actor
            if actor is None or other.how == "pronoun" or actor_key(other) in sources:
                continue
            if (actor.kind == "person") == person and actor.code:
                return other
    return mention


def figurative(doc: Document, match: Match) -> bool:
    """ "hit a milestone", "fighting dirty air", "recognized the animosity", "a battle against inflation":
    a verb of force or recognition whose object names no actor, place, people or thing that can be struck
    (``data/verbs/objects.tsv``) is used figuratively."""
    code = match.pattern.code
    if not code.startswith(TYPED_CODES):
        return False
    token = match.predicate
    used = set(match.used)
    if token.pos_ == "VERB":  # "launched air and artillery strikes": an object used by the pattern counts
        objects = [c for c in token.children if c.dep_ == "dobj" and not used & {c, *c.conjuncts}]
    else:
        preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in ("against", "on")]
        objects = [o for p in preps for o in objects_of(p)]
    return bool(objects) and not any(_concrete(doc, o) for o in objects)


def fits_source(match: Match, mention: Mention) -> bool:
    """A company does not retreat, mobilize or fight: military de-escalation (087) and force (15, 17-20)
    need a source that is no business ("the company's retreat from Russia" is no event); nor do
    candidates, lawmakers, parties or the media show military power (15: "the senator's show of force in
    the primaries" is a figure of speech)."""
    code, sector = match.pattern.code, mention.actor.sector
    if code.startswith("15") and sector in CAMPAIGNERS:
        return False
    return not (code.startswith(MILITARY_CODES) and sector == "BUS")


def fits_pair(source: Mention, target: Mention | None, code: str) -> bool:
    """Whether the pair can carry an event of CAMEO ``code``. A company's deals, denials, promises and
    complaints are business, not politics: a business source codes an event only when it acts on the state
    (a government, legislature, court, army, police or international organisation: "the company sued the
    ministry"). Force between a country's own politicians, candidates, parties and media is a figure of
    speech ("Trump attacked Cruz", "the senator fought the bill", "the campaign clashed with the party").
    A meeting or visit needs a counterpart or a host: with none named it is a campaign stop, a show or an
    errand ("the candidate toured Iowa's towns", "discussed it on his radio show"; an international
    organisation that meets among its members is its own counterpart: ``events._code``); a campaigner's
    visit to a town at home is an errand too."""
    if code.startswith(FORCE_ROOTS) and _home_politics(source, target):
        return False
    if code.startswith("04") and target is None:
        return False
    if code.startswith("04") and _errand(source, target):
        return False
    if source.actor.sector != "BUS":
        return True
    actor = target.actor if target is not None else None
    return actor is not None and (actor.sector in STATE_SECTORS or igo(actor))


def _errand(source: Mention, target: Mention | None) -> bool:
    """A campaigner's or lawmaker's visit to a town of their own country ("the congressman visited a border
    town")."""
    return target is not None and source.actor.sector in CAMPAIGNERS and _home_place(source, target)


def _home_place(source: Mention, target: Mention) -> bool:
    """The target is a place (not an actor) in the source's own country."""
    return target.how == "place" and target.actor.country == source.actor.country


def igo(actor: Actor) -> bool:
    """An international organisation (an IGO code)."""
    return (actor.code or "").startswith("IGO")


def _home_politics(source: Mention, target: Mention | None) -> bool:
    """A campaigner acting on nobody named, or a politician, party or outlet acting on a politician or
    party of its own country (a government may use force at home on others: police, protesters, rebels,
    the press)."""
    if target is None or _home_place(source, target):
        return source.actor.sector in CAMPAIGNERS  # "the candidates clashed on the stage in Miami"
    own, other = source.actor, target.actor
    return (
        own.sector in HOME_VOICES
        and other.sector in POLITICIANS
        and own.country is not None
        and own.country == other.country
    )


def _concrete(doc: Document, token: Token) -> bool:
    """The noun, its owner or the noun its "of"/"in" phrase names is an actor, a place, a number of
    people, or a thing that can be struck."""
    inner = [
        o for p in token.children if p.dep_ == "prep" and p.lower_ in ("of", "in") for o in objects_of(p)
    ]
    for word in (token, *inner, *(c for c in token.children if c.dep_ in OWNER_DEPS)):
        if doc.anchors.get(word.i) or word.lemma_.lower() in _object_words() or word.like_num:
            return True
        if word.ent_type_ in NAMED_KINDS or word.pos_ in ("PRON", "NUM") or _counted(word):
            return True
        if any(p.start <= word.idx < p.end for p in doc.places):
            return True
    return False


def _counted(word: Token) -> bool:
    return any(c.dep_ == "nummod" for c in word.children)  # "killed 1,200 people"


@lru_cache(maxsize=1)
def _object_words() -> frozenset[str]:
    return frozenset(row["term"].lower() for row in read_tsv(OBJECTS_PATH))


def _possessive(doc: Document, mention: Mention) -> bool:
    return mention.how == "pronoun" and doc.text[mention.start : mention.end].lower() in POSSESSIVES


def _candidates(doc: Document, match: Match) -> Iterator[list[Mention]]:
    """Target mentions in order of preference; the first that is not the source wins."""
    token = match.predicate
    if token.lemma_ == "blame" and token.pos_ == "VERB":  # "blamed the attack on the rebels", "blamed Kyiv
        blamed = [c for c in token.children if c.dep_ in (*OBJECT_DEPS, "nsubjpass")]  # for the deaths"
        named = [t for o in blamed for t in (o, *o.conjuncts)]  # a name, else its owner ("the court's
        owners = [c for t in named for c in t.children if c.dep_ == "poss"]  # justices"); not "the failure
        for words in (named, owners):  # of the U.S."
            yield [m for t in words for m in doc.anchors.get(t.i, []) if m.actor is not None]
        yield from _prep_targets(doc, match, [token, *blamed], ("on",))  # where the parser hangs "on"
        return  # what is blamed, and what for, is no target ("blamed the failure of the U.S. on the fog")
    if match.target_heads:  # "accused the U.S. of the deaths": the pattern's preposition names no actor
        heads = [o for h in match.target_heads if h.lower_ not in _not_targets(match) for o in objects_of(h)]
        yield [m for o in heads for m in mentions_at(doc, o)]
        yield [m for o in heads if (m := place_mention(doc, o)) is not None][:1]  # "arrived in Nepal"
        # "called for sanctions against Turkey": the target of what the preposition takes
        yield from _prep_targets(doc, match, heads, _allowed(match, DESTINATION_PREPS))
        # "dismissed @person as": an object of a word class is no word of the pattern's own
        named = [t for t, step in zip(match.used, match.pattern.steps, strict=True) if step.classes]
        objects = [c for c in token.children if c.dep_ in OBJECT_DEPS and (c not in match.used or c in named)]
        yield [m for o in objects for m in mentions_at(doc, o)]
        yield from _other_targets(doc, match)
        return
    undergoer = _undergone(token) if token.pos_ == "NOUN" else None
    if undergoer is not None:  # "the minister faced criticism"
        yield [m for c in undergoer.children if c.dep_ in SUBJECT_DEPS for m in mentions_at(doc, c)]
    if token.pos_ == "NOUN" and token.dep_ == "dobj":  # "gave Kyiv its endorsement": the verb's dative
        yield [m for c in token.head.children if c.dep_ in ("dative", "iobj") for m in mentions_at(doc, c)]
    if token.pos_ == "VERB":
        deps = ("nsubjpass", "nsubj") if _bare_participle(token) else ("nsubjpass",)
        passive = next((c for c in token.children if c.dep_ in deps), None)
        if passive is not None:
            yield mentions_at(doc, passive)
    withdrawn = match.pattern.code.startswith(OWN_FORCES_CODES)  # "withdrew its peacekeepers": its own
    for child in token.children:  # a word the pattern used stands for its owner: "shot down Indian jets"
        if child.dep_ in OBJECT_DEPS and not names_object(child) and not (withdrawn and child in match.used):
            yield mentions_at(doc, child)
            yield [
                m
                for p in child.children
                if p.lower_ == "of"
                for o in objects_of(p)
                for m in mentions_at(doc, o)
            ]
    described = [  # "calling Trump's charge 'pathetic'": the subject of the pattern's predicative word
        c for u in match.used if u.dep_ in ("oprd", "acomp") for c in u.children if c.dep_ in SMALL_SUBJECTS
    ]
    yield [m for c in described for m in mentions_at(doc, c)]
    if any(
        c.dep_ in OBJECT_DEPS and c.tag_ == "PRP" and not doc.anchors.get(c.i) and not _expletive(c)
        for c in token.children
    ):
        return  # "accused it of stealing American jobs": an unresolved object pronoun hides the target
    yield _relative_object(doc, token)
    preps = _target_preps(match)
    yield from _prep_targets(doc, match, [token, *match.used], preps)  # before a noun a clause further down
    below = _below(match)
    for child in below:
        if child.dep_ == "dobj" and child.head.i != token.i:
            yield mentions_at(doc, child)
    yield from _prep_targets(doc, match, below, preps)  # the predicate's own phrases were tried above
    if match.pattern.code[:2] in HOSTILE_ROOTS:  # "mobilized troops for the war against Iraq"
        fors = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "for"]
        purposes = [o for c in fors for o in objects_of(c)]
        yield from _prep_targets(doc, match, purposes, ("against",))
        yield _place_target(doc, purposes, ("against",))
    bases = [token, *match.used, *below]
    if token.pos_ == "NOUN" and match.pattern.code.startswith(OF_CODES):  # "criticism of teachers"
        yield from _prep_targets(doc, match, [token], ("of",))
        yield _place_target(doc, [token], ("of",))  # "the occupation of Crimea"
    yield _place_target(doc, bases, _place_preps(match))
    inside = _inside_object(token)
    yield from _prep_targets(doc, match, inside, _allowed(match, DESTINATION_PREPS))
    in_force = [a for n in inside for a in n.children if a.dep_ == "amod" and a.lemma_ in IN_FORCE]
    yield _place_target(doc, inside + in_force, _place_preps(match))  # "a ceasefire effective in Yemen"
    yield from _other_targets(doc, match)


def with_complements(verb: Token) -> list[Token]:
    """The verb and the verbs of its open complements: "agreed to work", "threatened to shell"."""
    return [verb, *(c for c in verb.children if c.dep_ == "xcomp")]


def _expletive(pronoun: Token) -> bool:
    """ "called it outrageous that Obama had not acted": "it" stands for the that-clause."""
    return pronoun.lower_ == "it" and any(c.dep_ == "ccomp" and that_clause(c) for c in pronoun.head.children)


def _other_targets(doc: Document, match: Match) -> Iterator[list[Mention]]:
    """The last resorts: a place struck or a border closed, the subject of a demanded clause, whom an offer
    helps, the object a means serves."""
    token = match.predicate
    verbs = with_complements(token)  # "threatened to shell Haifa"
    if match.pattern.code[:2] in FORCE_ROOTS + ("13", "16"):  # "shelled the city of Kharkiv", "struck Odesa",
        for verb in verbs:  # "closed its borders with Kurdistan"
            for child in (c for c in verb.children if c.dep_ == "dobj" and c not in match.used):
                phrases = [*child.children, *(p for p in verb.children if p.lower_ == "with")]
                inner = [o for p in phrases if _locates(p, child) for o in objects_of(p)]
                words = [w for p in [child, *inner] for w in _place_words(p)]
                yield [m for w in words if (m := place_mention(doc, w)) is not None][:1]
    if match.pattern.code[:2] not in CONTENT_ROOTS:  # "demanded that Belarus release ...", not "agreed that"
        for child in token.children:  # "its demand that the US ease sanctions": a noun's content clause
            if child.dep_ == "ccomp" or (child.dep_ == "acl" and that_clause(child)):
                subject = next((c for c in child.children if c.dep_ in SUBJECT_DEPS), None)
                if subject is not None:
                    yield mentions_at(doc, subject)
    if match.pattern.code[:2] in COOPERATION_ROOTS:  # "offered to send troops to help Kyiv": whom it helps
        for verb in verbs:
            helped = [c for c in verb.children if c.dep_ == "advcl" and c.lemma_ in HELPING]
            yield [m for h in helped for c in h.children if c.dep_ == "dobj" for m in mentions_at(doc, c)]
    if token.dep_ == "pcomp" and token.head.lower_ == "by":  # "would support Europe by providing air cover"
        means_of = token.head.head
        yield [m for c in means_of.children if c.dep_ == "dobj" for m in mentions_at(doc, c)]


def _target_preps(match: Match) -> tuple[str, ...]:
    """The prepositions that may name a target, in order of preference: a comment, disapproval, rejection
    or threat is also about its "about" phrase ("doubts about his willingness")."""
    preps = _allowed(match, TARGET_PREPS)
    return (*preps, "about") if match.pattern.code[:2] in COMMENT_ROOTS else preps


def _place_preps(match: Match) -> tuple[str, ...]:
    """The prepositions whose place stands for the target: a visit's, a ceasefire's or a curfew's "in"
    ("arrived in Nepal", "imposed a curfew in the north"), a withdrawal's "from"."""
    code = match.pattern.code
    extra = ("in", "near") if code.startswith(IN_PLACE_CODES) else ()
    extra += ("from",) if code.startswith(WITHDRAWAL_CODES) else ()
    return _allowed(match, PLACE_PREPS + extra)


def _allowed(match: Match, preps: tuple[str, ...]) -> tuple[str, ...]:
    """``preps`` without those that name no target of this event."""
    excluded = _not_targets(match)
    return tuple(p for p in preps if p not in excluded)


def _not_targets(match: Match) -> tuple[str, ...]:
    """The prepositions that name no target of this event: a comment, disapproval, rejection or threat that
    reports a clause names its hearer in a "to" phrase ("complained to the interviewer that ..."); "at"
    names a venue but for force, threats, criticism and arrivals ("signed a deal at the State Department",
    "fired at the convoy"); "on" names the topic of an agreement, a meeting or cooperation ("talks on the
    border")."""
    token, root = match.predicate, match.pattern.code[:2]
    hearer = root in COMMENT_ROOTS and any(c.dep_ == "ccomp" for c in token.children)
    venue = root not in AT_TARGET_ROOTS and not match.pattern.code.startswith(VISIT_CODES)
    return ("to",) * hearer + ("at",) * venue + ("on",) * (root in TOPIC_ROOTS)


def _prep_targets(
    doc: Document, match: Match, bases: list[Token], preps: tuple[str, ...]
) -> Iterator[list[Mention]]:
    """The actors named by the prepositional phrases of the bases, preposition by preposition."""
    for prep in preps:
        for base in bases:
            for child in base.children:
                if child.dep_ in ("prep", "dative") and child.lower_ == prep and child not in match.used:
                    objects = [o for o in objects_of(child) if o.lemma_ not in VENUES]
                    yield [m for o in objects for m in mentions_at(doc, o)]


def _relative_object(doc: Document, verb: Token) -> list[Mention]:
    """ "the preacher whom Erdogan accuses", "the country the envoy visited": the noun a relative clause
    describes is its verb's object (``patterns.relative_object``)."""
    head = relative_object(verb) if verb.pos_ == "VERB" else None
    return mentions_at(doc, head) if head is not None else []


def _inside_object(token: Token) -> list[Token]:
    """Where the parser hangs a target phrase away from the predicate: on the object or a noun inside it
    ("suspended food supplies to the rebels", "sent vehicles and a team of engineers to Libya": a later
    conjunct, a name in apposition, the object of its "of", "as" or "including" phrase), or, for an event
    noun that is an object, on its verb after it ("dropped an investigation into the envoy")."""
    if token.pos_ == "NOUN" and token.dep_ == "dobj":
        return [token.head] if any(c.i > token.i and c.dep_ == "prep" for c in token.head.children) else []
    heads = [c for c in token.children if c.dep_ == "dobj"]
    nouns = [*heads, *(n for h in heads for n in h.conjuncts if n.i > h.i)]
    nouns += [a for n in nouns for a in n.children if a.dep_ == "appos"]  # "an offensive, Zarb, against"
    after = heads[0].i if heads else len(token.doc)  # the name again, where the parser hangs it on the verb
    nouns += [c for c in token.children if c.dep_ == "npadvmod" and c.i > after and _set_off(c)]
    inner = [o for n in nouns for p in n.children if p.lower_ in INSIDE_PREPS for o in objects_of(p)]
    return nouns + inner + [o for n in nouns for o in kind_of(n) if o not in inner]  # "$5 million in aid"


def _spoken_of(doc: Document, match: Match) -> list[Mention]:
    """ "voiced skepticism, saying Putin is rarely to be trusted": with no other target, the actor named as
    the subject of what the source goes on to say."""
    for child in match.predicate.children:
        if child.dep_ in ("advcl", "xcomp") and child.tag_ == "VBG" and child.lemma_ in SAYING:
            for clause in (c for c in child.children if c.dep_ == "ccomp"):
                heads = [clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass"))]
                subject = next((c for h in heads for c in h.children if c.dep_ in SUBJECT_DEPS), None)
                if subject is not None:
                    return [m for t in (subject, *subject.conjuncts) for m in doc.anchors.get(t.i, [])]
    return []


def _below(match: Match) -> list[Token]:
    """ "proposed resuming talks with North Korea", "applied to join NATO": the words one clause down."""
    token = match.predicate
    below = [c for u in (token, *match.used) for c in u.children if c.dep_ in ("xcomp", "dobj", "pcomp")]
    below += [c for b in below for c in b.children if c.dep_ == "acl"]  # "signed deals normalising ties with"
    below += [  # "plans for a force that could be deployed to Ukraine"
        c for u in match.used for c in u.children if c.dep_ == "relcl" and c.lemma_ in SENDING
    ]
    below += [c for b in below for c in b.children if c.dep_ == "dobj"]
    below += [
        o for b in below if b.dep_ == "dobj" for p in b.children if p.lower_ == "of" for o in objects_of(p)
    ]
    return below


def _sent(match: Match, mention: Mention) -> bool:
    """The mention names what a verb of sending sends, not a target: "ruled out sending American troops",
    "Turkey sent troops and a team of engineers" (up to the head noun of each; "to Libya" is no part)."""
    token = match.predicate
    heads = [c for c in _below(match) if c.dep_ == "dobj" and c.head.lemma_ in SENDING and c.head != token]
    if token.lemma_ in SENDING:
        heads += [c for c in token.children if c.dep_ == "dobj"]
    nouns = [n for h in heads for n in (h, *h.conjuncts)]
    nouns += [o for n in nouns for p in n.children if p.lower_ == "of" for o in objects_of(p)]
    return any(n.left_edge.idx <= mention.start <= n.idx for n in nouns)


VENUES = {"sideline", "sidelines", "margin", "margins"}  # "met on the sidelines of the summit": no target
DOCUMENTS = set(  # "issued a statement urging": what its issuer urges
    "statement report letter resolution declaration communique message note motion petition ad "
    "advertisement video tweet post article editorial memo bill".split()
)
CIRCUMSTANCE = {"during", "at", "after", "before", "amid", "ahead", "following", "since", "despite", "on"}
PLACE_PREPS = ("to", "into", "against", "on", "at", "toward", "towards", "inside", "across")
COMMENT_ROOTS = ("01", "11", "12", "13")  # comments, disapproval, rejection, threats: said about someone
CONTENT_ROOTS = ("01", "03")  # statements and intents: their that-clause is what is said or agreed
OF_CODES = ("05", "09", "10", "11", "12", "13", "16", "17", "18", "19", "20", "084")  # "criticism of"
AT_TARGET_ROOTS = ("01", "11", "12", "13", "15", "17", "18", "19", "20")  # "lashed out at", "fired at"
TOPIC_ROOTS = ("03", "04", "05", "06")  # "agreed on", "talks on", "a deal on", "cooperation on"
VISIT_CODES = ("042",)  # "arrived at the palace"
# a place "in" which the act is done stands for its target: visits, yielding (ceasefires, lifted curfews,
# surrenders), reduced relations (aid suspended in Borno State), alerts, coercion and force
IN_PLACE_CODES = ("042", "08", "15", "16", "17", "18", "19", "20")
WITHDRAWAL_CODES = ("087", "1661")  # de-escalation and peacekeepers withdrawn: from where
OWN_FORCES_CODES = ("0874", "1661")  # troops and peacekeepers withdrawn: the source's own, no target
MEDIATION_CODES = ("039", "045")
FROM_PLACE_CODES = ("08", "16")  # "withdrawal from Syria", "expulsion from the bloc": a place left, no source
DESTINATION_PREPS = (
    "to",
    "against",
    "on",
    "toward",
    "towards",
    "into",
    "with",
)  # where a parser may misplace
SMALL_SUBJECTS = ("nsubj", "npadvmod", "compound", "poss")  # where a parser hangs X in "called X rude"
INSIDE_PREPS = ("of", "as", "including")  # "supplies such as doctors to Nepal"
COOPERATION_ROOTS = ("03", "05", "06", "07", "08")  # intents, cooperation, aid and yielding
FORCE_ROOTS = ("17", "18", "19", "20")  # the object of coercion or force may be a place
HOSTILE_ROOTS = ("13", "15", *FORCE_ROOTS)  # threats, military posture, coercion and force
IN_FORCE = {"effective", "valid", "applicable"}  # "a truce effective from Monday in Yemen"


def _place_target(doc: Document, bases: list[Token], preps: tuple[str, ...]) -> list[Mention]:
    """ "sent troops to Gaza", "withdrew from the territory of Kashmir", "from the West Bank cities": a named
    place, the place or of-phrase of the noun, stands for its country."""
    for base in bases:
        for child in base.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                for obj in objects_of(child):
                    # "parts of the city of Ahmedabad": beyond the first phrase, only a geocoded place
                    inner = _of_or_in(obj)
                    further = [w for o in inner for n in _located(o) for w in _place_words(n)]
                    named = [w for w in further if geocoded(doc, w) is not None]
                    for word in (*_place_words(obj), *inner, *named):
                        if (mention := place_mention(doc, word)) is not None:
                            return [mention]
    return []


def _of_or_in(noun: Token) -> list[Token]:
    """The objects of the noun's "of" and "in" phrases: "the city of Ahmedabad"."""
    return [o for c in noun.children if c.lower_ in ("of", "in") for o in objects_of(c)]


def _located(noun: Token) -> list[Token]:
    """The nouns two phrases down the noun's chain of "of" and "in" phrases."""
    return [n for o in _of_or_in(noun) for n in (o, *_of_or_in(o))]


def _set_off(name: Token) -> bool:
    """A proper name set off by a comma, not a date: ", Operation Linda Nchi," (not "Monday")."""
    before = name.doc[name.left_edge.i - 1] if name.left_edge.i else None
    return name.pos_ == "PROPN" and name.ent_type_ != "DATE" and before is not None and before.text == ","


def _place_words(noun: Token) -> list[Token]:
    """The noun and the words that may name its place: "the Gaza Strip's eastern border regions"."""
    names = [c for c in noun.children if c.dep_ == "compound" or c.dep_ == "poss" and c.pos_ == "PROPN"]
    return [noun, *names]


def _locates(prep: Token, noun: Token) -> bool:
    """The phrase says where the struck or closed thing is: "positions in Gaza", "the border with Syria" (the
    "with" may hang on the verb: "closed its borders with Syria")."""
    return prep.lower_ in ("of", "in", "near") or (prep.lower_ == "with" and noun.lemma_ == "border")
