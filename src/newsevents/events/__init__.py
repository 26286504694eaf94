"""Events: who did what to whom, coded in CAMEO and PLOVER, with modality and evidence.

For each sentence: predicates that match the verb-pattern dictionary (``patterns``), their source and
targets (``arguments``), the modality of their clause (``modality``), their date and place (``timex``,
``geo``), coded from the codebook (``codes``). Noise control: no event without a coded source, one event
per predicate and target, no default code for a verb the dictionary does not know, and a predicate that
completes another coded one ("refused to negotiate", "threatened to strike") is not an event of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents import geo, settings, timex
from newsevents.document import Document, Event, Mention, Span
from newsevents.events import anchors, arguments, codes, confidence, evidence, modality, patterns
from newsevents.events.modality import of_clause
from newsevents.events.patterns import Match

__all__ = ["candidates", "extract"]
# "Putin and Zelensky met", "Thailand and Cambodia agreed to a truce": with no target, coordinated sources
# of these codes (intent to cooperate economically or diplomatically, to meet or to settle; consult, sign
# agreements, cooperate, de-escalate) act on each other, and of any code when they act on "each other";
# "France and Germany backed the plan" praises no one. Of an intent or a cooperation they act on each
# other when they act "together" ("agreed to work together").
RECIPROCAL = ("031", "032", "036", "037", "04", "050", "057", "06", "087")
TOGETHER = {"together", "jointly", "mutually"}
# consult, by phone, at a third place, negotiate: what members of one body do together (not visit or host)
MEMBERS_MEET = ("040", "041", "044", "046")
TOGETHER_ROOTS = ("03", "05", "06")
GOVERNED_DEPS = set("xcomp dobj pcomp pobj ccomp acomp nsubjpass attr oprd prep acl".split())
PROPOSALS = set(
    "idea proposal possibility prospect plan hope call offer demand push bid effort promise talk chance "
    "threat risk fear likelihood option notion suggestion request appeal invitation pledge danger".split()
)
FORESEEING = set("fear expect anticipate predict foresee forecast dread await envisage envision".split())
DEFINITE = {"the", "this", "that", "these", "those"}
CEASE = {"stop", "cease", "halt", "end", "suspend", "quit", "refrain", "abandon", "drop"}
CASUALTY_VERBS = {"kill", "wound", "injure", "leave"}
PEACEKEEPING_FROM = ("042", "154")  # arriving, deploying


def extract(doc: Document) -> Document:
    """Find and code every event of the parsed, actor-resolved document: the candidates whose confidence
    reaches the setting ``min_event_confidence``."""
    floor = settings.get("min_event_confidence")
    events = [event for event, _ in candidates(doc) if event.confidence >= floor]
    for number, event in enumerate(events, 1):
        event.id = f"E{number}"
    doc.events = events
    return doc


def candidates(doc: Document) -> list[tuple[Event, dict[str, float]]]:
    """Every candidate event with the features its confidence was computed from. The PETRARCH2 patterns
    (setting ``petrarch_patterns``) are tried on a word that no pattern of the project's files matches,
    and never keep a project match from being coded."""
    dictionary = patterns.load()
    extra = patterns.load_candidates() if settings.get("petrarch_patterns") else None
    out: list[tuple[Event, dict[str, float]]] = []
    for index, sentence in enumerate(doc.spacy.sents):
        own = [m for t in sentence if (m := dictionary.match(t)) is not None]
        kept = _outermost(own)
        if extra is not None:
            taken = {m.predicate.i for m in own}
            more = [m for t in sentence if t.i not in taken and (m := extra.match(t)) is not None]
            kept += [m for m in _outermost(own + more) if m.pattern.origin == "petrarch2"]
            kept.sort(key=lambda m: m.predicate.i)
        for match in kept:
            if match.pattern.code != patterns.NO_EVENT:
                out.extend(_code(doc, match, index, sentence))
    return out


def _outermost(matches: list[Match]) -> list[Match]:
    """Drop matches used by, or completing, another match ("ruled out sending troops": only "ruled out")."""
    used = {t.i for m in matches for t in m.used}
    predicates = {m.predicate.i: m for m in matches if m.pattern.code != patterns.NO_EVENT}
    kept = []
    for match in matches:
        token = match.predicate
        if token.i in used or _governed(token, predicates) or _ceased(token) or _only_proposed(token):
            continue
        if patterns.for_to(token) or modality.asked(token):  # wished ("the only hope is for Washington to
            continue  # oppose it") or asked ("Will Sudan attack Chad?"), not done
        if _casualties(token, predicates):
            continue
        if not _purpose_of_same_kind(match, predicates) and not _named_by(match, matches):
            kept.append(match)
    return kept


def _governed(token: Token, predicates: dict[int, Match]) -> bool:
    """The predicate completes a coded one, up a chain of complements: "accused Washington of plotting to
    overthrow", "vetoed a resolution condemning the annexation"."""
    if token.dep_ == "advcl" and token.tag_ == "VBG" and token.doc[token.i - 1].dep_ == "prt":
        return token.head.i in predicates  # "ruled out sending troops": a gerund misparsed as adverbial
    if patterns.infinitive(token):  # "issued a plea to the Taliban to talk": what an appeal object asks for
        asked = [predicates[c.i] for c in token.head.children if c.dep_ == "dobj" and c.i in predicates]
        return any(m.pattern.code.startswith(arguments.APPEAL_ROOTS) for m in asked)
    current = token
    for _ in range(4):
        if current.dep_ not in GOVERNED_DEPS or current.head.i == current.i:
            return False
        if current.dep_ == "prep" and current.lower_ in arguments.CIRCUMSTANCE - {"on"}:  # "during talks"
            return False
        current = current.head
        if current.i in predicates:
            return True
    return False


def _casualties(token: Token, predicates: dict[int, Match]) -> bool:
    """ "warplanes attacked the city, killing dozens": the casualties of a coded attack are no event of
    their own."""
    attack = predicates.get(token.head.i) if token.dep_ == "advcl" and token.tag_ == "VBG" else None
    return (
        attack is not None
        and token.lemma_.lower() in CASUALTY_VERBS
        and attack.pattern.code.startswith(arguments.FORCE_ROOTS)
    )


def _only_proposed(token: Token) -> bool:
    """ "the idea of a summit", "his promise of a ceasefire", "the threat of war", "residents fear an
    offensive", "analysts expect a blockade", "the idea that the U.S. is training them": what a proposal,
    hope, fear or forecast is about has not happened."""
    head = token.head
    if token.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and head.lemma_.lower() in PROPOSALS:
        return patterns.that_clause(token)
    proposed = token.dep_ == "pobj" and head.lower_ in ("of", "for") and head.head.lemma_.lower() in PROPOSALS
    foreseen = token.dep_ == "dobj" and head.lemma_.lower() in FORESEEING and not _known(token)
    return token.pos_ in ("NOUN", "PROPN") and (proposed or foreseen)


def _known(noun: Token) -> bool:
    """ "feared the offensive that began on Monday", "nobody anticipated the attack": a definite or owned
    event noun names an event that is known, not one foreseen ("fear a new offensive")."""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in noun.children)


def _ceased(token: Token) -> bool:
    """ "agreed to stop targeting each other", "refrained from attacking", "ended its mediation effort",
    "dropped an investigation": what stops is no event."""
    head = token.head
    stopped = ("xcomp", "pcomp", "pobj", "dobj") if token.pos_ == "NOUN" else ("xcomp", "pcomp", "pobj")
    return token.dep_ in stopped and (
        head.lemma_ in CEASE or (head.dep_ == "prep" and head.head.lemma_ in CEASE)
    )


def _named_by(noun: Match, matches: list[Match]) -> bool:
    """ "a drone attack struck the port": the event noun is the subject of a verb coding the same kind of
    event, which is the one event to keep."""
    token = noun.predicate
    return token.pos_ in ("NOUN", "PROPN") and any(
        m.predicate.pos_ == "VERB"
        and getattr(arguments.subject_of(m.predicate), "i", None) == token.i
        and codes.lookup(m.pattern.code).quad_class == codes.lookup(noun.pattern.code).quad_class
        for m in matches
        if m.pattern.code != patterns.NO_EVENT and noun.pattern.code != patterns.NO_EVENT
    )


def _purpose_of_same_kind(match: Match, predicates: dict[int, Match]) -> bool:
    """ "met Zelensky to discuss the plan": the purpose of a meeting is that meeting, not a second event."""
    token = match.predicate
    head = predicates.get(token.head.i)
    return (
        head is not None
        and head is not match
        and token.dep_ in ("advcl", "xcomp")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        and head.pattern.code[:2] == match.pattern.code[:2]
    )


def _code(doc: Document, match: Match, index: int, sentence) -> list[tuple[Event, dict[str, float]]]:
    if match.pattern.origin == patterns.EVALUATION:
        demanded = None
        spoken = arguments.evaluation_parties(doc, match)
        if spoken is None:
            return []  # an evaluation nobody says of another: the writer's, or the speaker's of itself
    else:
        demanded = codes.demand(match.pattern.code)
        spoken = arguments.demand_parties(doc, match) if demanded else None
    found_sources = spoken[0] if spoken else arguments.sources(doc, match)
    found_sources = [m for m in found_sources if arguments.fits_source(match, m)]
    if not found_sources or arguments.figurative(doc, match):
        return []
    token = match.predicate
    stance = demanded if spoken and demanded else _stance(match)
    code = codes.lookup(stance or _peacekeeping(match) or match.pattern.code)
    trigger = _trigger(match)
    mood = "asserted" if stance else of_clause(token, match.used)
    date, date_source = timex.date_for(doc, token)
    place = geo.place_for(doc, token)
    out = []
    seen: set[tuple[str, str]] = set()
    found_sources = _unique(found_sources)
    mutual = len(found_sources) > 1 and (
        code.code.startswith(RECIPROCAL) or _each_other(match) or _together(match, code.code)
    )
    for source in found_sources:
        found_targets = spoken[1] if spoken else arguments.targets(doc, match, [source], found_sources)
        if mutual and all(t.how == "place" for t in found_targets):  # "Putin and Zelensky met in Paris"
            found_targets = [m for m in found_sources if m is not source]
        elif not found_targets and code.code.startswith(MEMBERS_MEET) and _members(source):
            found_targets = [source]  # "NATO ministers held a virtual meeting": its members meet each other
        found_targets = found_targets or [None]
        for target in _unique(found_targets):
            key = (source.actor.id, target.actor.id if target else "")
            if key in seen or not arguments.fits_pair(source, target, code.code):
                continue
            seen.add(key)
            features = evidence.features(doc, match, source, target, mood)
            event = Event(
                id="",
                sentence=(index, sentence.start_char, sentence.end_char),
                source=anchors.named(doc, source, sentence.start),
                target=anchors.named(doc, target, sentence.start),
                trigger=trigger,
                cameo=code.code,
                goldstein=code.goldstein,
                quad_class=code.quad_class,
                plover_type=code.plover_type,
                plover_mode=code.plover_mode,
                modality=mood,
                date=date,
                date_source=date_source,
                location=place,
                confidence=confidence.score(match, source, target, features),
            )
            out.append((event, features))
    return out


def _stance(match: Match) -> str | None:
    """The code of the source's stance on the act, when that is what the sentence reports: "will not
    release them" is a refusal (1243), "is ready to release them" an intent (0353); else None."""
    if modality.refused(match.predicate):
        return codes.refusal(match.pattern.code)
    if modality.offered(match.predicate):
        return codes.intent(match.pattern.code)
    return None


def _peacekeeping(match: Match) -> str | None:
    """ "Chinese peacekeepers arrived in South Sudan", "is deploying 300 troops to the UN peacekeeping
    mission": forces that arrive or are deployed to keep the peace provide peacekeeping (074), no visit or
    mobilisation."""
    token = match.predicate
    if not match.pattern.code.startswith(PEACEKEEPING_FROM):
        return None
    return "074" if any(t.lower_.startswith("peacekeep") for t in token.subtree) else None


def _members(source: Mention) -> bool:
    """An international organisation's body or its members ("NATO military leaders"), not one official."""
    return arguments.igo(source.actor) and source.actor.kind != "person"


def _together(match: Match, code: str) -> bool:
    """ "agreed to work together": an intent or cooperation done together (not "together condemned")."""
    verbs = arguments.with_complements(match.predicate)
    return code.startswith(TOGETHER_ROOTS) and any(
        c.dep_ == "advmod" and c.lower_ in TOGETHER for v in verbs for c in v.children
    )


def _each_other(match: Match) -> bool:
    """ "Ukraine and Russia blamed each other"."""
    token = match.predicate
    return any(
        t.lower_ in ("other", "another")
        and t.head.i == token.i
        or t.lower_ == "other"
        and t.head.head.i == token.i
        for t in token.subtree
    )


def _unique(mentions: list[Mention | None]) -> list[Mention | None]:
    seen, out = set(), []
    for mention in mentions:
        key = id(mention.actor) if mention else None
        if key not in seen:
            seen.add(key)
            out.append(mention)
    return out


def _trigger(match: Match) -> Span:
    """The predicate and the particles and words of its pattern, as one span of the text."""
    tokens: list[Token] = [match.predicate, *(t for t in match.used if t.dep_ == "prt")]
    if match.pattern.lemma == patterns.unhyphenated(match.predicate):  # "cease-fire", not "fire"
        tokens.append(match.predicate.doc[match.predicate.i - 2])
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    text = match.predicate.doc[min(t.i for t in tokens) : max(t.i for t in tokens) + 1].text  # not doc.text
    if len(tokens) > 1 and end - start > 40:
        token = match.predicate
        return Span(token.text, token.idx, token.idx + len(token.text))
    return Span(text, start, end)
