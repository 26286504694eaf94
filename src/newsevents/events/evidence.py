"""The evidence behind a candidate event, as named features for the confidence model (``confidence``).

Each candidate (a matched pattern with one source and one target, or none) is described by what the coder
saw, in terms that carry over from one text to another: the pattern, its file, code and specificity, the
predicate lemma and part of speech, whether the object names an actor, each actor's kind, sector and class
(an actor of politics or of society, ``actor_class``), how its mention was found, how far it is and its
dependency link to the predicate (the mention's own relation and the number of steps), the dyad of classes
(crossed with the root and with the pattern's specificity: a targetless event of a government on a
specific pattern is not a targetless event of a company on a bare verb), the number of actors of politics
in the sentence, the depth of reported speech, the modality, the rule that decided it (``modality.cue``:
poll, wish, condition, ...), the cues near the predicate, and whether the sentence is a headline.
Features are strings with the value 1.0 (one-hot); ``confidence.Model`` weighs them.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.document import Document, Mention
from newsevents.events import modality
from newsevents.events.patterns import Match

MODALS = {"must", "should", "could", "may", "might", "can", "will", "would", "shall", "ought", "need"}
NEGATORS = {"not", "n't", "never", "no"}
PURPOSE_HEADS = {"aim", "seek", "try", "attempt", "intend", "design", "want", "hope", "plan", "push"}
SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", "'")  # a sentence without one is a headline
MAX_PATH = 4
# Sectors of actors that take part in politics (CAMEO sector codes, data/actors/README.md); a country or an
# IGO code without a sector counts too. Business, media, civilians, health, education ... are society.
STATE = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "IGO", "OPP", "PTY", "REB", "INS", "UAF", "ELI"}


def features(
    doc: Document, match: Match, source: Mention, target: Mention | None, mood: str
) -> dict[str, float]:
    """The features of one candidate event."""
    token = match.predicate
    pattern = match.pattern
    root = pattern.code[:2]
    sentence = token.sent.text.rstrip()
    obj = next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "attr")), None)
    dyad = f"{actor_class(source)}>{actor_class(target)}"
    out = {
        "bias": 1.0,
        f"origin={pattern.origin}": 1.0,
        f"pattern={pattern.origin}:{pattern.text}": 1.0,
        f"code={pattern.code}": 1.0,
        f"root={root}": 1.0,
        f"specificity={min(pattern.specificity, 3)}": 1.0,
        f"predicate={token.lemma_.lower()}/{token.pos_}": 1.0,
        f"object_actor={_is_actor(doc, obj)}": 1.0,
        f"mood={mood}": 1.0,
        f"mood_cue={modality.cue(token) or '-'}": 1.0,
        f"root={root}|mood={mood}": 1.0,
        f"speech_depth={min(_speech_depth(token), 2)}": 1.0,
        f"headline={not sentence.endswith(SENTENCE_ENDS)}": 1.0,
        f"trigger_pos={token.pos_}": 1.0,
        f"state_mentions={min(_state_mentions(doc, token.sent), 3)}": 1.0,
        f"dyad={dyad}": 1.0,
        f"root={root}|dyad={dyad}": 1.0,
        f"dyad={dyad}|specificity={min(pattern.specificity, 1)}": 1.0,
    }
    for cue in _cues(token):
        out[f"cue={cue}"] = 1.0
    for role, mention in (("source", source), ("target", target)):
        out.update(_actor_features(doc, token, role, mention, root))
    if target is not None and source.actor and target.actor:
        same = source.actor.country is not None and source.actor.country == target.actor.country
        out[f"same_country={same}"] = 1.0
        out[f"root={root}|same_country={same}"] = 1.0
    return out


def _actor_features(
    doc: Document, predicate: Token, role: str, mention: Mention | None, root: str
) -> dict[str, float]:
    if mention is None:
        return {f"{role}=none": 1.0, f"root={root}|{role}=none": 1.0}
    actor = mention.actor
    kind = actor.kind if actor is not None else "-"
    sector = (actor.sector or "-") if actor is not None else "-"
    start, end = mention.tokens
    distance = min(abs(start - predicate.i), abs(end - 1 - predicate.i))
    dep, steps = link(path(doc, predicate, mention))
    return {
        f"{role}_distance={_bucket(distance, (1, 3, 8))}": 1.0,
        f"{role}_how={mention.how}": 1.0,
        f"{role}_kind={kind}": 1.0,
        f"{role}_sector={sector}": 1.0,
        f"{role}_class={actor_class(mention)}": 1.0,
        f"{role}_dep={dep}": 1.0,
        f"{role}_steps={steps}": 1.0,
        f"root={root}|{role}_how={mention.how}": 1.0,
    }


def actor_class(mention: Mention | None) -> str:
    """``state`` for an actor of politics (``STATE`` sectors, countries, IGOs), ``society`` for the others
    (business, media, civilians, ...), ``none`` without an actor."""
    actor = mention.actor if mention is not None else None
    if actor is None:
        return "none"
    sector = (actor.sector or "")[:3]
    return "state" if sector in STATE or not sector and actor.kind == "country" else "society"


def _state_mentions(doc: Document, sentence) -> int:
    """How many actor mentions of the sentence are actors of politics."""
    return len({id(m) for t in sentence for m in doc.anchors.get(t.i, []) if actor_class(m) == "state"})


def link(labels: str) -> tuple[str, str]:
    """A ``path`` in two coarse parts: the mention's own relation (``nsubj``, ``pobj``; ``clause`` when it
    governs the predicate) and the steps between them (0, 1, 2 or more, ``far``)."""
    if labels in ("far", "other-sentence", "unknown"):
        return labels, "far"
    steps = labels.count("<") + labels.count(">")
    return labels.split(">")[0].split("<")[0] or "clause", str(min(steps, 2))


def path(doc: Document, predicate: Token, mention: Mention) -> str:
    """The dependency labels from the mention's head up to the common ancestor (``<``) and down to the
    predicate (``>``): ``nsubj`` for a subject, ``pobj<prep`` for "with Sylvania", ``far`` when longer than
    four steps, ``other-sentence`` across sentences."""
    start, end = mention.tokens
    if end <= start or doc.spacy is None:
        return "unknown"
    head = doc.spacy[start:end].root
    if head.sent.start != predicate.sent.start:
        return "other-sentence"
    up = [head, *head.ancestors]
    down = [predicate, *predicate.ancestors]
    down_index = {t.i: n for n, t in enumerate(down)}
    common = next((n for n, t in enumerate(up) if t.i in down_index), None)
    if common is None:
        return "far"
    rising = [t.dep_ for t in up[:common]]
    falling = [t.dep_ for t in reversed(down[: down_index[up[common].i]])]
    if len(rising) + len(falling) > MAX_PATH:
        return "far"
    return "<".join(rising) + (">" + ">".join(falling) if falling else "") or "self"


def _bucket(value: int, edges: tuple[int, ...]) -> str:
    """ "<=1", "<=3", ... or ">8": a count in a few bins."""
    return next((f"<={edge}" for edge in edges if value <= edge), f">{edges[-1]}")


def _is_actor(doc: Document, token: Token | None) -> bool:
    return token is not None and any(m.actor is not None for m in doc.anchors.get(token.i, []))


def _speech_depth(token: Token) -> int:
    """How many saying verbs the predicate's clause is reported under: "X said Y told Z that ..." is 2."""
    depth, current = 0, token
    while current.head.i != current.i:
        if current.dep_ == "ccomp" and current.head.lemma_.lower() in modality.SAYING:
            depth += 1
        current = current.head
    return depth


def _cues(token: Token) -> set[str]:
    """Modality cues of the predicate's clause and the clause governing it: modal verbs, negation, purpose
    ("aimed at avoiding"), a condition ("if")."""
    cues: set[str] = set()
    for current in (token, token.head):
        for child in current.children:
            lower = child.lower_
            if child.dep_ in ("aux", "auxpass") and lower in MODALS:
                cues.add(f"modal:{lower}")
            elif child.dep_ == "neg" or lower in NEGATORS and child.dep_ == "det":
                cues.add("negation")
            elif child.dep_ == "mark" and lower in ("if", "unless", "whether"):
                cues.add(f"mark:{lower}")
    head = token.head
    if token.dep_ in ("xcomp", "pcomp", "advcl") and (
        head.lemma_.lower() in PURPOSE_HEADS or head.head.lemma_.lower() in PURPOSE_HEADS
    ):
        cues.add("purpose")
    return cues
