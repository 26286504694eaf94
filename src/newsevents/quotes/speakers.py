"""Speakers: the source words of a quote resolved to the document's actors, or the reason they are not.

The actors stage has already read names, titles, pronouns and descriptions, and resolved pronouns and
descriptions through its coreference (``actors/coref.py``), leaving each resolved token in ``doc.anchors``.
A source is, in order: the mention anchored at its head word; for "who" in "Weaver, who said", the
relative's antecedent; a mention inside the source phrase ("the spokesman, Dmitry Peskov", "a spokesman for
the Kremlin"); for a bare role noun ("the spokesman", "the minister"), the latest earlier person whose title
holds that noun; else the actor of a mention over the head word (``actors.actor_at``). Anything else is kept
as an actor-less mention, and ``reason`` says why it has no actor.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.actors import actor_at, lexicon
from newsevents.document import Document, Mention
from newsevents.quotes import cues

INSIDE = ("appos", "compound", "flat", "prep", "pobj", "poss", "nmod")  # where a named speaker may sit
TITLE_REACH = 4  # words before a name that may hold its title ("Kremlin spokesman Dmitry Peskov")
TITLE_WINDOW = 3000  # tokens back a title may look for its person: bounds the work on long texts
NO_SOURCE = "no source words found for this quote"
NO_ANTECEDENT = "a pronoun with no antecedent among the document's actors"
NOT_AN_ACTOR = "the source words name no actor of the document"


def resolve(doc: Document, token: Token | None) -> Mention | None:
    """The actor mention the source token stands for, else an actor-less mention of the source phrase."""
    if token is None:
        return None
    anchored = doc.anchors.get(token.i)
    if anchored:
        return next((m for m in anchored if m.tokens[0] <= token.i < m.tokens[1]), anchored[0])
    if token.lower_ in cues.RELATIVE and token.head.dep_ == "relcl":
        antecedent = resolve(doc, token.head.head)  # "Weaver, who endorsed Clinton": "who" is Weaver
        actor = antecedent.actor if antecedent else None
        return Mention(
            token.idx, token.idx + len(token), token.text, "relative", actor, (token.i, token.i + 1)
        )
    start, end = token.left_edge.i, token.i + 1
    for child in token.rights:
        if child.dep_ in ("compound", "flat", "appos") or (child.dep_ == "prep" and child.lower_ == "of"):
            end = child.right_edge.i + 1
    phrase = token.doc[start:end]
    found = _inside(doc, token) or _titled(doc, token)
    actor = found.actor if found else None
    if actor is None and token.pos_ != "PRON":
        actor = actor_at(doc, token.idx, token.idx + len(token))  # a mention over the head word
    how = "source" if token.pos_ != "PRON" else "pronoun"
    return Mention(phrase.start_char, phrase.end_char, phrase.text, how, actor, (start, end))


def reason(speaker: Mention | None) -> str | None:
    """Why a quote's speaker has no actor (None when it has one)."""
    if speaker is None:
        return NO_SOURCE
    if speaker.actor is not None:
        return None
    return NO_ANTECEDENT if speaker.how in ("pronoun", "relative") else NOT_AN_ACTOR


def _inside(doc: Document, token: Token) -> Mention | None:
    """An actor mention within the source phrase, nearest its head: an apposition, a compound name, or the
    organization a person's role speaks for ("a spokesman for the Kremlin", not "supporters of Trump")."""
    found = []
    for word in token.subtree:
        if word.i == token.i or not doc.anchors.get(word.i):
            continue
        path, up = [], word
        while up.i != token.i and len(path) < 4:
            path.append(up.dep_)
            up = up.head
        through_prep = "prep" in path and not _role(token)  # "supporters of Trump" are not Trump
        if up.i == token.i and all(dep in INSIDE for dep in path) and not through_prep:
            found.append((len(path), abs(word.i - token.i), doc.anchors[word.i][0]))
    found = [f for f in found if f[2].actor is not None]
    return min(found, key=lambda f: f[:2])[2] if found else None


def _role(token: Token) -> bool:
    """A title that speaks for an organization: the actor lexicon's person roles ("spokesman", "minister")."""
    term = lexicon.load().roles.get(token.lemma_.lower()) or lexicon.load().roles.get(token.lower_)
    return term is not None and term.kind == "person"


def _titled(doc: Document, token: Token) -> Mention | None:
    """ "the spokesman" -> the latest earlier person named with that title ("spokesman Dmitry Peskov",
    "Dmitry Peskov, the Kremlin spokesman")."""
    if token.pos_ != "NOUN" or not _role(token) or not any(c.lower_ == "the" for c in token.children):
        return None
    parse, role = token.doc, token.lemma_.lower()
    best: Mention | None = None
    for actor in doc.actors:
        if actor.kind != "person":
            continue
        for mention in actor.mentions:
            first, last = mention.tokens
            if not token.i - TITLE_WINDOW <= first < token.i or (
                best is not None and mention.start <= best.start
            ):
                continue
            near = parse[max(first - TITLE_REACH, 0) : min(last + TITLE_REACH, len(parse))]
            if any(t.lemma_.lower() == role and t.i != token.i for t in near):
                best = mention
    return best
