"""How sure the report is of an event: asserted, negated, hypothetical, future or speculative.

Read from the predicate's own clause and the chain of verbs and adjectives that govern it through
open complements ("is unlikely to accept", "plans to visit", "would provide ... if"): a saying verb's
clause ("X said Y attacked Z") keeps its own modality.
"""

from __future__ import annotations

from spacy.tokens import Token

SPECULATIVE_AUX = {"may", "might", "could", "can"}  # "can" only with a negation counts (see below)
FUTURE_AUX = {"will", "shall", "'ll", "’ll", "wo", "would", "'d", "’d"}
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
    "hope",
    "seek",
    "want",
    "vow",
    "pledge",
    "promise",
    "agree",
    "offer",
    "propose",
    "decide",
    "be",
}
CONDITION_MARKS = {"if", "unless", "provided", "should"}
DEONTIC_AUX = {"must", "should", "ought"}
PURPOSE_HEADS = {"aim", "design", "avoid", "prevent", "avert", "forestall", "thwart"}
PAST_PREPS = {"after", "during", "following", "since", "amid"}
NEGATORS = {"not", "n't", "n’t", "never", "no"}
CHAIN_DEPS = {"xcomp", "acomp", "ccomp", "pcomp", "advcl", "relcl", "acl", "conj", "dobj", "pobj", "prep"}


def modality(predicate: Token) -> str:
    """The modality of the event named by ``predicate``."""
    if _past_circumstance(predicate):  # "after his talks with Putin, Trump seems ...": the talks happened
        return "asserted"
    clause = _clause_head(predicate)
    chain = list(_chain(clause))
    if any(_conditional(t) or _required_or_intended(t) for t in chain) or (
        _would(chain) and any(_has_condition(t) for t in chain)
    ):
        return "hypothetical"
    if any(_speculative(t) or (t is not clause and t.lemma_ in EVIDENTIAL) for t in chain):
        return "speculative"
    if any(_future(t, above=t.i != clause.i) for t in chain):
        return "future"
    if _negated(clause) or _negated(predicate):
        return "negated"
    return "asserted"


def _clause_head(token: Token) -> Token:
    """A noun predicate's clause is its governing verb ("launched an attack"); a verb is its own."""
    while token.pos_ in ("NOUN", "PROPN", "ADP") and token.dep_ not in ("ROOT",) and token.head.i != token.i:
        token = token.head
    if token.pos_ == "ADJ" and token.dep_ == "acomp":
        token = token.head
    return token


def _chain(token: Token):
    """The clause head and the heads that govern it through complements (not through saying verbs)."""
    yield token
    while token.dep_ in ("xcomp", "acomp", "pcomp", "prep", "pobj", "dobj", "auxpass") or (
        token.dep_ == "ccomp" and token.head.lemma_ in SPECULATIVE_HEADS
    ):
        token = token.head
        yield token


def _conditional(token: Token) -> bool:
    if (
        any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in token.children)
        and token.dep_ == "advcl"
    ):
        return True
    has_would = any(c.dep_ == "aux" and c.lower_ in ("would", "'d", "’d", "could") for c in token.children)
    return has_would and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
        for c in token.children
    )


def _past_circumstance(token: Token) -> bool:
    """An event noun in a phrase of past circumstance ("after talks", "during his visit") keeps its own
    modality, not that of the clause it circumstances."""
    return token.pos_ in ("NOUN", "PROPN") and token.dep_ == "pobj" and token.head.lower_ in PAST_PREPS


def _required_or_intended(token: Token) -> bool:
    """ "Hamas must agree", "has to withdraw": an obligation; "aimed at avoiding a veto", "to prevent an
    attack": a purpose, or what is averted. Neither reports the event."""
    if any(c.dep_ == "aux" and c.lower_ in DEONTIC_AUX for c in token.children):
        return True
    if token.lemma_ in ("have", "need") and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in token.children
    ):
        return True
    return token.lemma_ in PURPOSE_HEADS


def _would(chain: list[Token]) -> bool:
    return any(
        c.dep_ == "aux" and c.lower_ in ("would", "'d", "’d", "could") for t in chain for c in t.children
    )


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
        token.lemma_ in SPECULATIVE_HEADS
        and token.pos_ in ("ADJ", "VERB")
        and token.lemma_ not in ("may",)
        and (token.lemma_ in ("seem", "appear", "likely", "unlikely", "possible"))
    )


def _future(token: Token, above: bool) -> bool:
    """ "will meet"; "plans to meet" for the meeting, but "agreed to meet" is itself an asserted agreement."""
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in token.children):
        return True
    if (
        above
        and token.lemma_ in FUTURE_HEADS
        and token.lemma_ != "be"
        and any(c.dep_ == "xcomp" for c in token.children)
    ):
        return True
    return token.lemma_ == "be" and any(c.dep_ == "xcomp" and c.lemma_ == "go" for c in token.children)


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in token.children)
