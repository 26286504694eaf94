"""In-document coreference on the parse: pronouns, definite descriptions and "the two leaders".

Rules, in the order a reader applies them: a pronoun takes the nearest subject before it in its sentence,
else the subject of the nearest earlier sentence with a fitting actor; "the Russian leader" takes the
latest person of that country; "the two leaders" the latest coordinated pair, else the two latest people.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from functools import cached_property

from newsevents.actors.mentions import Candidate
from newsevents.document import Actor

SUBJECTS = {"nsubj", "nsubjpass"}
PRONOUN_WINDOW = 3  # sentences back a pronoun may reach
DESCRIPTION_WINDOW = 12
STATE_NOUNS = {
    "country",
    "nation",
    "state",
    "government",
    "side",
    "capital",
    "neighbour",
    "neighbor",
    "ally",
    "power",
}
GENERIC_TITLES = {"leader", "official", "head", "chief", "premier", "politician"}  # may name any office
SEEN_WINDOW = 200  # resolved mentions back any pronoun or description may look: bounds the work per mention


@dataclass
class Seen:
    """A resolved candidate: where it was and which actors it stands for."""

    candidate: Candidate
    actors: list[Actor]

    @cached_property
    def sent(self) -> int:
        """The first token of its sentence (cached: ``span.sent`` walks the sentence)."""
        return self.candidate.span.sent.start

    @property
    def is_subject(self) -> bool:
        return self.candidate.span.root.dep_ in SUBJECTS


def pronoun(candidate: Candidate, seen: list[Seen]) -> list[Actor]:
    """The actors a pronoun points back to, or [] when none fits."""
    token = candidate.span.root
    sentence = token.sent
    earlier = [s for s in _recent(seen, token.i) if _fits(s, candidate)]
    bound = {id(a) for s in earlier if _same_clause_object(s, token) for a in s.actors}  # ids come later
    earlier = [s for s in earlier if bound.isdisjoint(id(a) for a in s.actors)]  # nor to what it names
    same = [s for s in earlier if s.sent == sentence.start]
    if same:
        parallel = [
            s for s in same if s.candidate.how == "pronoun" and s.candidate.span.root.lower_ == token.lower_
        ]
        subjects = [s for s in same if s.is_subject]
        return (parallel or subjects or same)[-1].actors
    starts = sorted({s.sent for s in earlier}, reverse=True)[:PRONOUN_WINDOW]
    for start in starts:
        inside = [s for s in earlier if s.sent == start]
        subjects = [s for s in inside if s.is_subject]
        return (subjects or inside)[0].actors if subjects else inside[-1].actors
    return []


def _recent(seen: list[Seen], start: int) -> list[Seen]:
    """The latest ``SEEN_WINDOW`` resolved mentions, those before token ``start``."""
    return [s for s in seen[-SEEN_WINDOW:] if s.candidate.span.start < start]


def _fits(seen: Seen, candidate: Candidate) -> bool:
    kinds = {a.kind for a in seen.actors}
    if candidate.kind == "person":
        return kinds == {"person"} and len(seen.actors) == 1
    if candidate.plural:  # "the Lebanese Armed Forces ... them": a body named in the plural
        plural = seen.candidate.plural or seen.candidate.span.root.tag_ in ("NNS", "NNPS")
        return len(seen.actors) > 1 or bool(kinds & {"group"}) or plural and not kinds & {"country", "person"}
    if kinds == {"group"} and not seen.candidate.plural and seen.actors[0].code:
        return len(seen.actors) == 1  # "The Israeli military said it": a body named by a singular role noun
    return bool(kinds & {"organization", "country"}) and len(seen.actors) == 1


def _same_clause_object(seen: Seen, token) -> bool:
    """ "Putin blames him": a non-reflexive object pronoun does not point to its own clause's subject."""
    if (
        token.dep_ not in ("dobj", "dative")
        or token.lower_.endswith("self")
        or token.lower_.endswith("selves")
    ):
        return False
    verb = token.head
    verbs = {verb}
    if not any(c.dep_ in SUBJECTS for c in verb.children):  # "she arrived late and Trump attacked her"
        verbs.update(verb.conjuncts)
        while verb.dep_ in ("xcomp", "conj") and verb.head is not verb:
            verb = verb.head
            verbs.add(verb)
    root = seen.candidate.span.root
    return root.dep_ in SUBJECTS and root.head in verbs


def description(candidate: Candidate, seen: list[Seen]) -> list[Actor]:
    """ "The Russian leader" -> the latest person of that country; "the two leaders" -> a pair."""
    start = candidate.span.start
    earlier = _recent(seen, start)
    if candidate.multi:
        return _group_of(candidate.multi, earlier, candidate)
    if candidate.kind == "organization":  # "the alliance" -> NATO, "the group" -> the Houthis
        back = _back(seen, candidate.span.sent.start)
        bodies = [
            s
            for s in earlier
            if len(s.actors) == 1 and s.candidate.how in ("igo", "group") and s.sent >= back
        ]  # not a capital or seat of government ("Moscow", "the Kremlin")
        return bodies[-1].actors if bodies else []
    role = candidate.span.root.lemma_.lower()
    people = [
        s for s in earlier if len(s.actors) == 1 and s.actors[0].kind == "person" and not _other_role(s, role)
    ]
    titled = [s for s in people if _titled(s, role)]
    if titled and not candidate.country:  # "the envoy" -> "U.S. special envoy Keith Kellogg"
        return titled[-1].actors
    if candidate.country:
        people = [s for s in people if s.actors[0].country == candidate.country]
    elif candidate.code_base:
        people = [s for s in people if (s.actors[0].code or "").startswith(candidate.code_base)]
    else:
        back = _back(seen[-SEEN_WINDOW:], candidate.span.sent.start)
        people = [s for s in people if s.actors[0].sector == candidate.sector and s.sent >= back]
    return people[-1].actors if people else []


def represented(candidate: Candidate, seen: list[Seen]) -> str | None:
    """ "EU foreign policy chief Kaja Kallas said the bloc": the organisation code of the latest person in
    the description window who speaks for one (an IGO code)."""
    back = _back(seen, candidate.span.sent.start)
    people = [
        s.actors[0]
        for s in seen
        if s.candidate.span.start < candidate.span.start
        and s.sent >= back
        and len(s.actors) == 1
        and s.actors[0].kind == "person"
        and (s.actors[0].code or "").startswith("IGO")
    ]
    return people[-1].code if people else None


def _other_role(seen: Seen, role: str) -> bool:
    """An earlier unnamed person of another role ("the mayor ... the governor") is someone else; a generic
    title may name any ("the Russian president ... the Russian leader")."""
    earlier = seen.candidate
    other = earlier.span.root.lemma_.lower()
    return earlier.how in ("description", "role") and other != role and not {other, role} & GENERIC_TITLES


def _titled(seen: Seen, role: str) -> bool:
    """The earlier mention carries the description's role noun as its title ("envoy Keith Kellogg")."""
    span = seen.candidate.span
    doc = span.doc
    before = doc[max(span.start - 4, span.sent.start) : span.end]
    return seen.candidate.how != "description" and any(t.lemma_.lower() == role for t in before)


def _back(seen: list[Seen], sent_start: int) -> int:
    """The start of the earliest of the DESCRIPTION_WINDOW latest sentences with a mention, up to this one."""
    starts = heapq.nlargest(DESCRIPTION_WINDOW, {s.sent for s in seen if s.sent <= sent_start})
    return starts[-1] if starts else 0


def _group_of(count: int, earlier: list[Seen], candidate: Candidate) -> list[Actor]:
    kind = "person" if candidate.sector in ("GOV", None) and candidate.kind != "group" else None
    states = candidate.span.root.lemma_.lower() in STATE_NOUNS  # "the three hostages" are no countries
    people = [
        s
        for s in earlier
        if len(s.actors) == 1
        and (kind is None or s.actors[0].kind in ("person", kind))
        and (states or s.actors[0].kind != "country")
    ]
    if candidate.span.root.lower_ in ("leaders", "presidents", "men", "women", "sides"):
        people = [s for s in earlier if len(s.actors) == 1 and s.actors[0].kind == "person"]
    for later in reversed(people):
        root = later.candidate.span.root
        if root.dep_ != "conj":
            continue
        first = next((s for s in people if s.candidate.span.root == root.head), None)
        if first is not None and first.actors[0] is not later.actors[0]:
            return [first.actors[0], later.actors[0]]
    distinct: list[Actor] = []
    for seen in reversed(people):
        if seen.actors[0] not in distinct:
            distinct.append(seen.actors[0])
        if len(distinct) == count:
            return list(reversed(distinct))
    return []
