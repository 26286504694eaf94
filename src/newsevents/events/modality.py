"""How sure the report is of an event: asserted, negated, hypothetical, future or speculative.

Read from the predicate's own clause and the chain of verbs and adjectives that govern it through
open complements ("is unlikely to accept", "plans to visit", "would provide ... if"): a saying verb's
clause ("X said Y attacked Z") keeps its own modality, but a wish's or a belief's does not ("hoped the
swap would pave the way", "thought voters would repudiate him").

Not asserted: wishes ("want", "hope", "would like": hypothetical), what is asked, urged or allowed
("pressed Sylvania to withdraw": hypothetical), purposes ("sent troops to restore order", "in a bid to"),
counterfactuals ("would have objected"), conditions, obligations, opinion polls ("51 percent say he
should resign": speculative), beliefs and possibilities ("could", "may", "thought that"); "would" is
future unless a word of frequency makes it a habit ("would often meet": asserted); failed, avoided
or declined acts and acts by nobody ("no country has recognized it", "instead of denying"): negated. A
direct question reports no act at all ("Will Freedonia retaliate?", ``asked``): the coder codes no event
in it.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

WOULD = ("would", "'d", "’d")
FUTURE_AUX = {"will", "shall", "'ll", "’ll", "wo", *WOULD}
# "would often meet", "at times would meet": "would" of what used to happen, not of what will
HABIT_WORDS = {"often", "sometimes", "frequently", "occasionally"}  # not "always": "would always defend"
SPECULATIVE_WORDS = {
    "likely",
    "unlikely",
    "possibly",
    "perhaps",
    "probably",
    "maybe",
    "possible",
    "seemingly",
}
SPECULATIVE_HEADS = {
    "seem",
    "appear",
    "likely",
    "unlikely",
    "possible",
    "consider",
    "mull",
    "weigh",
    "may",
    "indicate",
    "suggest",
}
EVIDENTIAL = {"indicate", "suggest"}  # "reports indicated that Putin suggested ...": a hedged report
FUTURE_HEADS = {
    "plan",
    "intend",
    "expect",
    "aim",
    "prepare",
    "set",
    "due",
    "schedule",
    "go",
    "seek",
    "vow",
    "pledge",
    "promise",
    "agree",
    "offer",
    "propose",
    "decide",
    "be",
}
WISH_HEADS = {"want", "wish", "hope", "desire", "prefer", "like", "love"}  # "like", "love": with "would"
BELIEF_HEADS = {"think", "believe", "assume", "suspect", "guess", "imagine", "reckon", "doubt"}
# What is asked, urged, allowed or trained for has not happened: "pressed Sylvania to withdraw".
DIRECTIVE_HEADS = set(
    "ask urge call press pressure push persuade encourage allow permit invite tell order instruct direct "
    "advise beg implore request require authorize enable train challenge dare remind".split()
)
NEGATIVE_HEADS = {"fail", "neglect", "decline", "avoid", "refrain", "prevent", "stop", "avert", "thwart"}
PURPOSE_NOUNS = {"order", "bid", "effort", "attempt", "drive", "push", "campaign", "quest", "move"}
POLL_SUBJECTS = {"poll", "survey", "polling", "pollster", "respondent", "percent", "%", "percentage"}
NOBODY = {"no", "neither", "not", "none", "nobody", "nothing", "nor"}
CONDITION_MARKS = {"if", "unless", "provided", "should"}
# "the aim is to isolate Lima", "the only hope is for Quito to object": what a goal or hope names.
GOAL_NOUNS = set(
    "hope wish goal aim plan idea dream objective intention purpose priority task mission option solution "
    "ambition target".split()
)
PROPOSITION_NOUNS = set(
    "claim allegation accusation rumor rumour idea notion suggestion speculation theory assertion "
    "contention impression belief perception narrative hypothesis".split()
)
DROPPED_E = {"hope", "believe", "imagine", "assume", "guess", "desire", "encourage", "persuade"}
DEONTIC_AUX = {"must", "should", "ought"}
SAYING = {"say", "tell", "add", "claim", "state", "announce", "report", "warn", "insist", "argue", "write"}
PURPOSE_HEADS = {"aim", "design", "forestall"}
# "took to Twitter to criticize", "went on television to condemn": what was said there was said
MEDIA = set(
    "twitter facebook instagram tiktok youtube telegram media television tv radio airwaves podcast "
    "floor podium microphone stage social".split()
)
PAST_PREPS = {"after", "during", "following", "since", "amid"}
NEGATORS = {"not", "n't", "n’t", "never", "no"}
REFUSING_AUX = {"will", "wo", "would"}  # "wo" of "won't"
READY = {"willing", "ready", "prepared", "open", "eager", "keen"}
PROMISING = {"agree", "pledge", "promise", "offer"}  # "agreed to resign": an intent (gold conventions)


# The cue that decides an event's modality (``cue``), and the modality it gives; "" is none.
MODALITY_OF = {
    "": "asserted",
    "past": "asserted",
    "alternative": "negated",
    "condition": "hypothetical",
    "obligation": "hypothetical",
    "complement": "hypothetical",
    "wish": "hypothetical",
    "counterfactual": "hypothetical",
    "possibility": "speculative",
    "belief": "speculative",
    "claim": "speculative",
    "poll": "speculative",
    "habit": "asserted",
    "future": "future",
    "negation": "negated",
    "failure": "negated",
}


def modality(predicate: Token) -> str:
    """The modality of the event named by ``predicate``."""
    return MODALITY_OF[cue(predicate)]


def cue(predicate: Token) -> str:
    """Which cue decides the modality of the event named by ``predicate`` (a key of ``MODALITY_OF``): the
    first that holds of past circumstance, alternative not taken, condition, obligation or purpose word,
    asked-for or purpose complement, wish, counterfactual, possibility, belief, claim, poll, habit ("would
    often meet"), future, negation, failure."""
    if _past_circumstance(predicate):  # "after his talks with Putin, Trump seems ...": the talks happened
        return "past"
    clause = _clause_head(predicate)
    chain = list(_chain(clause))
    above = chain if clause is not predicate else chain[1:]  # "wants talks": the noun's verb is above it
    tests = (
        ("alternative", lambda: any(_negative_alternative(t) for t in chain)),
        ("condition", lambda: any(_conditional(t) for t in chain) or _would_if(chain)),
        ("obligation", lambda: any(_required_or_intended(t) for t in chain)),
        ("complement", lambda: any(_unasserted_complement(t) for t in chain)),
        ("wish", lambda: any(_wished(t) or _goal(t) for t in above)),
        ("counterfactual", lambda: any(_counterfactual(t) for t in chain)),
        ("possibility", lambda: any(_speculative(t) for t in chain)),
        ("belief", lambda: any(_lemma(t) in EVIDENTIAL or _lemma(t) in BELIEF_HEADS for t in above)),
        ("claim", lambda: any(_claimed(t) for t in chain)),
        ("poll", lambda: _polled(clause)),
        ("habit", lambda: _habitual(clause)),
        ("future", lambda: any(_future(t, above=t.i != clause.i) for t in chain)),
        ("negation", lambda: (_negated(clause) and not _held_apart(predicate)) or _negated(predicate)),
        ("failure", lambda: any(_lemma(t) in NEGATIVE_HEADS for t in above)),
    )
    return next((name for name, holds in tests if holds()), "")


def _margin(word: Token) -> bool:
    """ "57 percent to 22 percent": a poll's margin."""
    return word.lemma_ in POLL_SUBJECTS and any(
        p.lower_ == "to" and any(o.lemma_ in POLL_SUBJECTS for o in p.children) for p in word.children
    )


def _would_if(chain: list[Token]) -> bool:
    """ "would order a truce and begin talks if ...": a condition on the clause or a coordinated verb."""
    shared = [c for t in chain for c in t.children if c.dep_ == "conj" and _shares_auxiliaries(c)]
    return _would(chain) and any(_has_condition(t) for t in (*chain, *shared))


def _shares_auxiliaries(verb: Token) -> bool:
    """A coordinated verb of the same form and without a subject of its own shares the first verb's
    auxiliaries ("would order a truce and begin talks"); "would support ... but ruled out" does not."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ == verb.head.tag_
        and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "aux") for c in verb.children)
    )


def _lemma(token: Token) -> str:
    """The lemma, with the final "e" the English model drops from a few verbs ("hoped" -> "hop")."""
    lemma = token.lemma_
    return lemma + "e" if lemma + "e" in DROPPED_E and token.lower_.startswith(lemma + "e") else lemma


def _clause_head(token: Token) -> Token:
    """A noun predicate's clause is its governing verb ("launched an attack"); a verb is its own."""
    while token.pos_ in ("NOUN", "PROPN", "ADP") and token.dep_ not in ("ROOT",) and token.head.i != token.i:
        token = token.head
    if token.pos_ == "ADJ" and token.dep_ == "acomp":
        token = token.head
    if token.dep_ == "advcl" and _on_air(token.head):  # "will go on television to condemn": as "will go"
        token = token.head
    return token


def _chain(token: Token):
    """The clause head and the heads that govern it through complements (not through saying verbs) and
    through the verb it is coordinated with when it shares its subject and auxiliaries."""
    yield token
    while token.head.i != token.i and (
        token.dep_ in ("xcomp", "acomp", "pcomp", "prep", "pobj", "dobj", "auxpass")
        or (token.dep_ == "ccomp" and _lemma(token.head) in SPECULATIVE_HEADS | WISH_HEADS | BELIEF_HEADS)
        or _shares_auxiliaries(token)  # "would order a truce and begin talks"
    ):
        token = token.head
        yield token


def _conditional(token: Token) -> bool:
    """An if-clause, a generic when-clause ("whenever Lima protests", "when Quito objects"), or a verb
    with "would" and an if-clause."""
    if token.dep_ == "advcl" and any(_condition_mark(c, token) for c in token.children):
        return True
    has_would = _has_aux(token, (*WOULD, "could"))
    return has_would and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
        for c in token.children
    )


def _condition_mark(word: Token, verb: Token) -> bool:
    if word.dep_ == "mark" and word.lower_ in CONDITION_MARKS:
        return True
    generic = word.lower_ == "whenever" or (word.lower_ == "when" and _present(verb))
    return generic and word.dep_ in ("mark", "advmod")


def _present(verb: Token) -> bool:
    """A present-tense verb, or one with a present-tense auxiliary."""
    return verb.tag_ in ("VBZ", "VBP") or any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children
    )


def _claimed(clause: Token) -> bool:
    """ "the claim that Quito trains rebels", "the idea that Lima attacked": a proposition named by a noun is
    reported, not asserted."""
    return clause.dep_ in ("acl", "ccomp") and _lemma(clause.head) in PROPOSITION_NOUNS


def _past_circumstance(token: Token) -> bool:
    """An event noun in a phrase of past circumstance ("after talks", "during his visit") keeps its own
    modality, not that of the clause it circumstances."""
    return token.pos_ in ("NOUN", "PROPN") and token.dep_ == "pobj" and token.head.lower_ in PAST_PREPS


def _required_or_intended(token: Token) -> bool:
    """ "Hamas must agree", "has to withdraw": an obligation; "aimed at avoiding a veto": a purpose. Neither
    reports the event."""
    if _has_aux(token, DEONTIC_AUX):
        return True
    if _lemma(token) in ("have", "need") and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in token.children
    ):
        return True
    return _lemma(token) in PURPOSE_HEADS


def _unasserted_complement(token: Token) -> bool:
    """ "pressed Sylvania to withdraw", "sent troops to restore order", "in a bid to restore order": what
    is asked, urged, allowed or aimed at is not reported as done."""
    infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)
    if token.dep_ == "xcomp" and _lemma(token.head) in DIRECTIVE_HEADS:
        return True
    if token.dep_ == "advcl" and infinitive and not any(c.dep_ in ("nsubj", "mark") for c in token.children):
        return True
    return token.dep_ == "acl" and infinitive and _lemma(token.head) in PURPOSE_NOUNS


def _on_air(verb: Token) -> bool:
    """ "took to Twitter", "went on television", "used the Senate floor": a medium, on which the act the
    purpose clause names is done, not aimed at; the act is as sure as the going ("will go on television to
    condemn" is future, ``_clause_head``)."""
    if _lemma(verb) not in ("take", "go", "appear", "turn", "use", "come"):
        return False
    used = [c for c in verb.children if c.dep_ == "dobj"]
    used += [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "on", "onto") for o in p.children
    ]
    return any(o.lower_ in MEDIA for o in used)


def _wished(token: Token) -> bool:
    """ "wants to meet", "hoped the swap would lead to talks", "would like to visit": a wish."""
    if _lemma(token) in ("like", "love"):
        return _has_aux(token, WOULD)
    return _lemma(token) in WISH_HEADS and token.pos_ in ("VERB", "AUX")


def _goal(token: Token) -> bool:
    """A copula whose subject is a goal or a hope: "the aim is to isolate Lima"."""
    return _lemma(token) == "be" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in GOAL_NOUNS for c in token.children
    )


def _counterfactual(token: Token) -> bool:
    """ "would have objected", "could have stopped": what did not happen."""
    auxes = {c.lower_ for c in token.children if c.dep_ == "aux"}
    return token.tag_ == "VBN" and "have" in auxes and bool(auxes & {"would", "could", "might", "should"})


def _negative_alternative(token: Token) -> bool:
    """ "instead of denying", "rather than attacking": the alternative not taken."""
    head = token.head
    if token.dep_ == "pcomp" and head.lower_ == "of":
        return head.head.lower_ == "instead"
    return token.dep_ in ("pcomp", "advcl", "conj") and any(
        c.lower_ == "than" and token.doc[max(c.i - 1, 0)].lower_ == "rather" for c in token.children
    )


def asked(predicate: Token) -> bool:
    """A question mark ends the predicate's clause, or a clause above it that the predicate comes first in:
    a direct question ('"Where is the ceasefire?" he asked', not the strike reported after it)."""
    clause = _clause_head(predicate)
    for token in (clause, *clause.ancestors):
        if any(c.dep_ == "punct" and c.text == "?" and c.i > predicate.i for c in token.children):
            return True
    return False


def _polled(clause: Token) -> bool:
    """ "51 percent say he should resign", "a poll shows most voters want an inquiry", "troops backed
    Okafor, 57 percent to 22 percent": an opinion poll's answer reports no act."""
    if any(_margin(w) for c in clause.children for w in (c, *c.children)):
        return True
    for token in (clause, *clause.ancestors):
        for subject in (c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subject.lemma_.lower() in POLL_SUBJECTS or any(
                c.lemma_.lower() in POLL_SUBJECTS for c in subject.children if c.dep_ == "compound"
            ):
                return True
    return False


def _would(chain: list[Token]) -> bool:
    return any(_has_aux(t, (*WOULD, "could")) for t in chain)


def _has_condition(token: Token) -> bool:
    """An if-clause on the verb, or on the means it names ("would support Europe by providing air cover if
    a deal is reached")."""
    means = [c for p in token.children if p.dep_ == "prep" and p.lower_ == "by" for c in p.children]
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
        for t in (token, *means)
        for c in t.children
    )


def of_clause(predicate: Token, used: list[Token]) -> str:
    """The modality of an event whose pattern takes a clause as its object ("stated that it would
    support ..."): an asserted saying reports that clause with the clause's own modality."""
    own = modality(predicate)
    said = next((t for t in used if t.dep_ == "ccomp" and t.head.i == predicate.i), None)
    return modality(said) if said is not None and own == "asserted" else own


def _speculative(token: Token) -> bool:
    """ "may", "likely", "seems", and the open question of "(asked) whether it violated the rules"."""
    for child in token.children:
        if child.dep_ == "mark" and (
            child.lower_ == "whether" or (child.lower_ == "if" and token.dep_ == "ccomp")
        ):
            return True
        if child.dep_ == "aux" and child.lower_ in ("may", "might", "could"):
            return True
        if child.dep_ in ("advmod", "acomp") and child.lower_ in SPECULATIVE_WORDS:
            return True
    return (
        _lemma(token) in SPECULATIVE_HEADS
        and token.pos_ in ("ADJ", "VERB")
        and _lemma(token) not in ("may",)
        and (_lemma(token) in ("seem", "appear", "likely", "unlikely", "possible"))
    )


def _future(token: Token, above: bool) -> bool:
    """ "will meet"; "plans to meet" for the meeting, but "agreed to meet" is itself an asserted agreement."""
    if _has_aux(token, FUTURE_AUX):
        return True
    if (
        above
        and _lemma(token) in FUTURE_HEADS
        and _lemma(token) != "be"
        and any(c.dep_ == "xcomp" for c in token.children)
    ):
        return True
    return _lemma(token) == "be" and any(c.dep_ == "xcomp" and c.lemma_ == "go" for c in token.children)


def _habitual(token: Token) -> bool:
    """ "the generals would often meet the rebels", "at times he would call her": "would" with a word of
    frequency tells what used to happen; reported ("said he would often meet them"), it is a promise."""
    if token.dep_ == "ccomp" or not _has_aux(token, WOULD):
        return False
    often = any(c.dep_ == "advmod" and c.lower_ in HABIT_WORDS for c in token.children)
    at_times = any(
        c.dep_ == "prep" and c.lower_ == "at" and any(o.lower_ == "times" for o in c.children)
        for c in token.children
    )
    return often or at_times


def refused(predicate: Token) -> bool:
    """ "will not lift the ban", "won't release them", "would never accept", "is not willing to meet": its
    source's own negated future act is a refusal, an asserted rejection (CAMEO 12), not a negated event."""
    if offered(predicate):
        return _denied(predicate.head) or _denied(predicate.head.head)
    if predicate.pos_ != "VERB":
        return False
    return _has_aux(predicate, REFUSING_AUX) and _denied(predicate)


def _denied(token: Token) -> bool:
    """ "did not", "never": the token itself is negated."""
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in token.children)


def demanded(predicate: Token) -> tuple[Token, Token] | None:
    """ "Lima said Quito must withdraw its troops", "... must be ready to mediate": an obligation a
    speaker puts on another, which is the speaker's demand (CAMEO 10): the saying verb and the verb of the
    obliged clause; None for any other clause."""
    clause = predicate
    while clause.dep_ in ("xcomp", "acomp") and clause.head.i != clause.i:  # "be ready to mediate"
        clause = clause.head
    saying = _said(clause)
    return (saying, clause) if saying is not None and _has_aux(clause, DEONTIC_AUX) else None


def evaluated(word: Token) -> tuple[Token, Token] | None:
    """ "Lima said Quito's plan was reckless": the saying verb and the clause with "be" that an evaluating
    word completes; None for any other use of the word."""
    clause = word.head
    saying = _said(clause) if word.dep_ in ("acomp", "attr") and clause.lemma_ == "be" else None
    return (saying, clause) if saying is not None else None


def _said(clause: Token) -> Token | None:
    """The saying verb whose content ``clause`` is ("Lima *said* Quito must go"), else None."""
    return clause.head if clause.dep_ == "ccomp" and _lemma(clause.head) in SAYING else None


def offered(predicate: Token) -> bool:
    """ "is ready to withdraw", "willing to provide a loan", "agreed to resign": the act its source says it
    is ready for or agrees to, an asserted intent (CAMEO 03)."""
    head, lemma = predicate.head, predicate.head.lemma_.lower()
    if predicate.dep_ != "xcomp":
        return False
    return (head.pos_ == "ADJ" and lemma in READY) or (head.pos_ == "VERB" and lemma in PROMISING)


def _negated(token: Token) -> bool:
    """ "did not attack", "never met", and an act by nobody: "no country has recognized it", "neither
    the House nor the Senate provided the money"."""
    return _denied(token) or any(
        child.dep_ in ("nsubj", "nsubjpass")
        and (
            child.lower_ in NOBODY
            or any(c.dep_ in ("det", "neg", "preconj") and c.lower_ in NOBODY for c in child.children)
        )
        for child in token.children
    )


def _held_apart(noun: Token) -> bool:
    """ "was not on the call between Kyiv and Quito": an event noun in a phrase of a negated clause that
    names its own parties with "between" is not what the clause denies ("did not confirm reports of
    Russia's attack" still denies the attack)."""
    return noun.dep_ == "pobj" and any(c.dep_ == "prep" and c.lower_ == "between" for c in noun.children)


def _has_aux(token: Token, words: Collection[str]) -> bool:
    """The verb has one of ``words`` as its auxiliary: "would meet", "must agree"."""
    return any(c.dep_ == "aux" and c.lower_ in words for c in token.children)
