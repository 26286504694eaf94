"""The CAMEO verb-pattern dictionary (``data/verbs/patterns.tsv``) and its matcher on the parse.

The pattern language is documented in ``data/verbs/README.md``. In short: ``call for talk|negotiation``
is the verb "call" with a "for" phrase whose object is "talk" or "negotiation"; a pattern that ends with
a preposition (``impose sanction on|against``) takes its target from that preposition's object.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from newsevents.data import DATA_DIR, read_tsv, user_files

PATTERNS_PATH = DATA_DIR / "verbs" / "patterns.tsv"
CANDIDATES_PATH = DATA_DIR / "verbs" / "petrarch2.tsv"  # converted by newsevents.events.petrarch
EVALUATIONS_PATH = DATA_DIR / "verbs" / "evaluations.tsv"
EVALUATION = "evaluation"  # the origin of a word of EVALUATIONS_PATH: coded only as what a speaker says
PATTERNS_ENV = "NEWSEVENTS_PATTERNS"
NO_EVENT = "none"  # the code of a reading that is no event: "struck a cautious tone"
PREPOSITIONS = frozenset(
    "about against at between by for from in into of off on onto out over to toward towards up down with "
    "away back across through under upon within without after along around behind as".split()
)
# A final particle ("rule out", "back down", "call off") belongs to the verb; it introduces no target.
PARTICLES = frozenset({"out", "up", "down", "off", "away", "back"})
PHRASAL_PARTICLES = frozenset({"up", "in", "out"})  # that make another verb of a bare one
OBJECT_DEPS = {"dobj", "xcomp", "attr", "oprd", "nsubjpass", "ccomp", "acomp", "pcomp"}
MODIFIER_DEPS = {"compound", "amod", "nmod", "poss"}  # an event noun's modifier: "campaign rally"
# Word classes an object may be written as ("attack @person"): a test on the token, not a lemma.
PERSON_PRONOUNS = frozenset({"him", "her", "he", "she"})
CLASSES = {
    "@person": lambda t: t.ent_type_ == "PERSON" or t.lower_ in PERSON_PRONOUNS,
    "@clause": lambda t: t.pos_ in ("VERB", "AUX") and (t.dep_ in ("xcomp", "ccomp") or infinitive(t)),
    "@that": lambda t: t.dep_ == "ccomp" and t.pos_ in ("VERB", "AUX"),  # "recognized that it was late"
    "@forto": lambda t: for_to(t),  # "called for Russia to withdraw"
    "@thing": lambda t: t.pos_ == "NOUN" and t.ent_type_ != "PERSON",  # "returned the monkeys (to Congo)"
    "@evaluation": lambda t: _evaluation(t),  # "called him a liar", "called the plan reckless"
}
POS_OF = {"VERB": {"VERB"}, "NOUN": {"NOUN", "PROPN"}, "ADJ": {"ADJ"}}
KINDS = frozenset({"form", "kind", "type", "sort", "round", "series"})
MEASURES = frozenset(  # lemmas: "13 tons of medicine", "3.5 million euros in funding"
    "ton tonne shipment consignment batch package worth dollar euro pound yuan yen rupee ruble rouble franc "
    "shekel krone kroner dinar peso lira".split()
)

RELATIVE_TAGS = ("WDT", "WP")
MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)


@dataclass(frozen=True)
class Step:
    """One word after the predicate: a particle/preposition, or the lemma(s) of an object."""

    words: frozenset[str]
    is_prep: bool
    classes: tuple[str, ...] = ()  # the word classes among the words ("@person")


@dataclass(frozen=True)
class Pattern:
    code: str
    text: str
    lemma: str
    pos: str
    steps: tuple[Step, ...]
    target_preps: frozenset[str]
    origin: str = "project"  # the file it came from: project, user, evaluation or petrarch2

    @property
    def specificity(self) -> int:
        return len(self.steps) + (1 if self.target_preps else 0)

    @property
    def rank(self) -> tuple[int, int]:
        """Sort key, most specific first; a word class (``@person``) is less specific than listed words."""
        classes = sum(1 for step in self.steps if step.classes)
        return (-self.specificity, classes)


@dataclass
class Match:
    """A pattern matched at a predicate: the tokens it used, and where its target must come from."""

    pattern: Pattern
    predicate: Token
    used: list[Token]
    target_heads: list[Token]  # preposition tokens that introduce the target


def parse_pattern(code: str, text: str, origin: str = "project") -> Pattern:
    """Read one pattern line of the dictionary."""
    words = text.split()
    lemma, _, pos = words[0].partition("/")
    pos = pos.upper() or "VERB"
    if pos not in POS_OF:
        raise ValueError(f"pattern {text!r}: unknown part of speech {pos!r}")
    steps = [_step(text, frozenset(w.split("|"))) for w in words[1:]]
    target: frozenset[str] = frozenset()
    if steps and steps[-1].is_prep and not steps[-1].words <= PARTICLES:
        target = steps.pop().words
    return Pattern(code, text, lemma, pos, tuple(steps), target, origin)


def _step(text: str, words: frozenset[str]) -> Step:
    unknown = sorted(w for w in words if w.startswith("@") and w not in CLASSES)
    if unknown:
        raise ValueError(f"pattern {text!r}: unknown word class {unknown[0]!r}")
    return Step(words, words <= PREPOSITIONS, tuple(w for w in words if w in CLASSES))


class Dictionary:
    """Patterns indexed by (lemma, part of speech), most specific first."""

    def __init__(
        self, rows: list[tuple[str, str]] | list[tuple[str, str, str]], origin: str = "project"
    ) -> None:
        """Rows are (code, pattern) or (code, pattern, origin); ``origin`` is the default origin."""
        by_text: dict[str, Pattern] = {}
        for code, text, *named in rows:
            text = " ".join(text.lower().split())
            if code == "-":
                by_text.pop(text, None)
                continue
            by_text[text] = parse_pattern(code, text, named[0] if named else origin)
        self.index: dict[tuple[str, str], list[Pattern]] = {}
        for pattern in by_text.values():
            self.index.setdefault((pattern.lemma, pattern.pos), []).append(pattern)
        for patterns in self.index.values():
            patterns.sort(key=lambda p: p.rank)

    def __len__(self) -> int:
        return sum(len(p) for p in self.index.values())

    def candidates(self, token: Token) -> list[Pattern]:
        """The patterns of the token's lemma and part of speech; none for a verb used as an adjective
        ("the defending champion", "the occupied territories")."""
        if token.pos_ == "VERB" and token.dep_ == "amod":
            return []
        for pos, tags in POS_OF.items():
            if token.pos_ in tags:
                found = self.index.get((token.lemma_.lower(), pos), [])
                return found or self.index.get((unhyphenated(token), pos), [])
        return []

    def match(self, token: Token) -> Match | None:
        """The most specific pattern that fits the predicate token and its dependents."""
        for pattern in self.candidates(token):
            found = _fit(pattern, token)
            if found is not None:
                return found
        return None


def _fit(pattern: Pattern, token: Token) -> Match | None:
    used: list[Token] = []
    anchor = token  # the token whose dependents the next step is looked for in
    for step in pattern.steps:
        if step.is_prep:
            hit = _child(token, step.words, ("prt", "prep", "agent", "advmod", "dative")) or _child(
                anchor, step.words, ("prep",)
            )
            if hit is None:
                return None
            used.append(hit)
            anchor = hit
        else:
            deps = ("pobj", "pcomp") if anchor.i != token.i else OBJECT_DEPS
            if anchor.i == token.i and pattern.pos == "NOUN":
                deps = OBJECT_DEPS | MODIFIER_DEPS
            if {"@forto", "@clause"} & set(step.classes):  # "called for Russia to withdraw", "asked X to
                deps = (*deps, "advcl")  # leave": the parser's adverbial clause
            hit = _object(anchor, step, deps)
            if hit is None and anchor.i == token.i:
                hit = _relative_object(token, step) or _shared_object(token, step)
            if hit is None:
                return None
            used.append(hit)
            anchor = hit
    if all(step.is_prep for step in pattern.steps) and _phrasal(token, used):
        return None
    if pattern.specificity and _naming(token, used):
        return None
    heads: list[Token] = []
    if pattern.target_preps:
        for base in [token, *used]:
            heads.extend(
                c
                for c in base.children
                if c.dep_ in ("prep", "dative", "agent")
                and c.lower_ in pattern.target_preps
                and not _of_date(c)
            )
        if not heads:
            return None
    return Match(pattern, token, used, heads)


def _phrasal(token: Token, used: list[Token]) -> bool:
    """ "signed up", "weighed in", "sold out", "backed up his claim": a particle the pattern does not name
    makes another verb, and a pattern without objects names no verb but its own ("sign", "back")."""
    return any(
        c.lower_ in PHRASAL_PARTICLES and c not in used and (c.dep_ in ("prt", "advmod") or c.lower_ == "out")
        for c in token.children
    )  # the parser reads "weighed in" as an adverb, "backed out of" as a preposition


def _naming(token: Token, used: list[Token]) -> bool:
    """ "called the governor a liar on Monday": a verb that names its object, so a pattern that does not use
    the name ("call on", an appeal; "call @person", a phone call) is another sense. A pattern of the verb
    alone ("brand", "designate") keeps it."""
    objects = [c for c in token.children if _an_object(c)]
    names = [n for n in (*token.children, *(a for o in objects for a in o.children)) if names_object(n)]
    return any(name not in used for name in names)


def names_object(word: Token) -> bool:
    """ "called his rival *a war criminal*", "was called *a dictator*": what the verb's object is called.
    An object predicate after the object (alone, it may be the parser's misreading of the object: "called
    Lavrov"); or what the parser hangs on the object after it: a common noun in apposition with no comma
    before it ("called the envoy *a liar*", not "the activist Ahmed Maher") or a bare adjective that ends
    the phrase ("called the plan *reckless*", not "troops loyal to Assad")."""
    head = word.head
    if word.dep_ == "oprd":
        return any(c.dep_ in ("dobj", "dative", "oprd", "nsubjpass") and c.i < word.i for c in head.children)
    if not _an_object(head) or word.i < head.i:
        return False
    if word.dep_ == "appos":
        return word.pos_ != "PROPN" and not _after_comma(word)
    return (
        word.dep_ == "amod"
        and word.right_edge.i == head.right_edge.i
        and all(c.dep_ in ("advmod", "cc", "conj") for c in word.children)
    )


def _an_object(word: Token) -> bool:
    """The verb's object, or an object predicate alone, which is the parser's misreading of it."""
    return word.dep_ in ("dobj", "dative") or (word.dep_ == "oprd" and not names_object(word))


def _after_comma(word: Token) -> bool:
    """A comma between the word's head and the word: "called his counterpart, Michel Aoun," is a call, and
    in "called on Kyiv's leaders (...), the late president" the parser's object predicate names nothing."""
    return any(t.text == "," for t in word.doc[word.head.i + 1 : word.left_edge.i])


def _child(token: Token, words: frozenset[str], deps: tuple[str, ...]) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps and c.lower_ in words and not _dated(c)), None)


def _dated(prep: Token) -> bool:
    """ "On Nov. 2, Lima called ...": a preposition before the predicate that heads a date is no pattern's."""
    return prep.i < prep.head.i and _of_date(prep)


def _of_date(prep: Token) -> bool:
    """ "on Monday", "in March": a date, which is never an event's target. "On May" with no day is a
    person: the parser tags Theresa May a date, and a month alone takes "in"."""
    return any(
        o.ent_type_ in ("DATE", "TIME")
        and not (prep.lower_ == "on" and o.lower_ in MONTHS and not any(o.children))
        for o in prep.children
    )


def _object(token: Token, step: Step, deps) -> Token | None:
    for child in token.children:
        if child.dep_ in deps and not (
            child.dep_ == "oprd" and _after_comma(child) and not names_object(child)
        ):
            for candidate in (child, *[c for c in child.children if c.dep_ == "conj"], *kind_of(child)):
                if _is(candidate, step):
                    return candidate
            for name in child.children:  # "called the envoy a liar", the name misread as apposition
                if name.dep_ in ("appos", "amod") and _is(name, step) and names_object(name):
                    return name
    return None


def _relative_object(verb: Token, step: Step) -> Token | None:
    head = relative_object(verb)
    return head if head is not None and _is(head, step) else None


def relative_object(verb: Token) -> Token | None:
    """ "the agreement she had struck", "the preacher whom Erdogan accuses", "the sanctions that were
    imposed": a relative clause's object is the noun it describes, when the clause has no object of its own
    but the relative word and its subject is not the relative word."""
    if verb.dep_ != "relcl" or any(c.dep_ == "dobj" and c.tag_ not in RELATIVE_TAGS for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or (subject.dep_ == "nsubj" and subject.tag_ in RELATIVE_TAGS):
        return None
    return verb.head


def _shared_object(verb: Token, step: Step) -> Token | None:
    """ "killed and ate a rabbit": a verb with no object shares the object of the verb coordinated next."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return None
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"):
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            return next((c for c in conj.children if c.dep_ == "dobj" and _is(c, step)), None)
    return None


def _is(token: Token, step: Step) -> bool:
    """The token's lemma or form is one of the step's words, or it is of one of its classes (``@person``)."""
    if token.lemma_.lower() in step.words or token.lower_ in step.words or unhyphenated(token) in step.words:
        return True
    return any(CLASSES[name](token) for name in step.classes)


def _evaluation(token: Token) -> bool:
    """A word of ``evaluations.tsv`` that names the object: "called him *a liar*", "called the plan
    *reckless*", "called it *a corrupt deal*"; never the object itself ("called the liar" calls someone up),
    unless the parser read the object as its modifier ("called the Europeans *hypocrites*")."""
    words = evaluation_words()
    if token.lemma_.lower() in words:
        return token.dep_ != "dobj" or any(c.dep_ == "compound" for c in token.children)
    named = token.dep_ == "oprd" or names_object(token)
    return named and any(c.dep_ == "amod" and c.lemma_.lower() in words for c in token.children)


@lru_cache(maxsize=1)
def evaluation_words() -> frozenset[str]:
    """The evaluating words of ``evaluations.tsv``, loaded once per process."""
    return frozenset(r["pattern"].split("/")[0] for r in read_tsv(EVALUATIONS_PATH) if r["code"] != NO_EVENT)


def for_to(token: Token) -> bool:
    """A for-to clause: "(called) for Russia to withdraw", "the hope is for Kyiv to negotiate", and "a
    petition for Lima to resign", which the parser reads as an infinitive on the noun after a for-phrase."""
    marks = {c.lower_ for c in token.children if c.dep_ in ("mark", "aux")}
    if token.pos_ != "VERB" or "to" not in marks:
        return False
    return "for" in marks or (
        token.dep_ in ("relcl", "acl")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        and any(c.dep_ == "prep" and c.lower_ == "for" and c.i < token.i for c in token.head.children)
    )


def that_clause(token: Token) -> bool:
    """A clause introduced by "that": "demanded that Belarus release", "the idea that the U.S. is"."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)


def infinitive(token: Token) -> bool:
    """An adverbial to-infinitive, which a parser may make of a verb's complement: "asked a coalition of
    groups, the Cotton Campaign, to end its boycott"."""
    return token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def unhyphenated(token: Token) -> str | None:
    """ "cease-fire" read as one word ("ceasefire"): the parser splits it and heads it by its last part."""
    if token.i < 2 or token.doc[token.i - 1].text != "-":
        return None
    first, hyphen = token.doc[token.i - 2], token.doc[token.i - 1]
    if first.whitespace_ or hyphen.whitespace_:
        return None
    return first.lower_ + token.lower_


def kind_of(noun: Token) -> list[Token]:
    """ "any form of talks", "a new round of negotiations": the noun a kind or a round is of; "$2 million
    in aid", "13 tons of medicine": what an amount is counted in."""
    if noun.lemma_.lower() in KINDS:
        preps = ("of",)
    elif noun.tag_ == "CD" or noun.lemma_.lower() in MEASURES:
        preps = ("of", "in")
    else:
        return []
    return [
        o
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in preps
        for o in p.children
        if o.dep_ == "pobj"
    ]


@lru_cache(maxsize=1)
def load() -> Dictionary:
    """The packaged dictionary and evaluations plus user files (``$NEWSEVENTS_PATTERNS``), loaded once per
    process."""
    rows = [(r["code"], r["pattern"], "project") for r in read_tsv(PATTERNS_PATH)]
    rows.extend((r["code"], r["pattern"], EVALUATION) for r in read_tsv(EVALUATIONS_PATH))
    for path in user_files(PATTERNS_ENV, "*.tsv"):
        rows.extend((r["code"], r["pattern"], "user") for r in read_tsv(path))
    return Dictionary(rows)


@lru_cache(maxsize=1)
def load_candidates() -> Dictionary:
    """The candidate patterns converted from PETRARCH2 (``data/verbs/petrarch2.tsv``), loaded once per
    process. The coder tries them only on a word that no pattern of ``load()`` matches."""
    return Dictionary([(r["code"], r["pattern"]) for r in read_tsv(CANDIDATES_PATH)], "petrarch2")
