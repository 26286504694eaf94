"""A learned judge of cue frames: does this word, through this dependent, report what someone said?

The rules come first; the model adds. A candidate is a word of the cue table or whose lemma the model knows
as a cue, and one of its dependents that could carry the content (``FRAMES``) through a frame the table does
not list for it ("said much about" -> prep:about, "urged voters" -> dobj).
``features`` describes it as a few named indicators; a logistic regression trained on brat attributions
such as PolNeAR train (``newsevents train-quotes``, see ``quotes/train.py``) gives each a weight, written as
readable JSON. No model ships: PolNeAR states no licence. The setting ``quote_model`` names a model a user
built; it is loaded once per process.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from newsevents import settings
from newsevents.errors import DataFileError

FRAMES = ("ccomp", "xcomp", "dobj", "acl", "advcl", "nsubjpass", "prep")
SUBJECT_DEPS = ("nsubj", "csubj", "nsubjpass")
ENTITY_KINDS = ("PERSON", "ORG", "NORP", "GPE")


@dataclass(frozen=True)
class Model:
    """Feature weights of a logistic regression, the lemmas it proposes, and the acceptance threshold."""

    weights: dict[str, float]
    intercept: float
    lemmas: frozenset[str]
    threshold: float

    def probability(self, names: list[str]) -> float:
        total = self.intercept + sum(self.weights.get(name, 0.0) for name in names)
        return 1.0 / (1.0 + math.exp(-total))


def load() -> Model | None:
    """The model the setting ``quote_model`` names, or None when it names none (the rules work alone)."""
    return read(settings.get("quote_model"))


@lru_cache(maxsize=2)
def read(name: str) -> Model | None:
    """The model written at path ``name`` (None for an empty name)."""
    if not name:
        return None
    path = Path(name)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return Model(
            {str(k): float(v) for k, v in raw["weights"].items()},
            float(raw["intercept"]),
            frozenset(raw["lemmas"]),
            float(raw["threshold"]),
        )
    except OSError as error:
        raise DataFileError(name, 0, f"cannot read the quote model: {error.strerror}") from error
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise DataFileError(name, 0, f"not a quote model: {error}") from error


def frame(child: Token) -> str:
    """The frame a dependent fills: its relation, with the preposition for ``prep`` ("prep:for")."""
    return f"prep:{child.lower_}" if child.dep_ == "prep" else child.dep_


def candidates(token: Token) -> dict[str, list[Token]]:
    """frame -> the dependents of ``token`` that fill it, for every frame the model may judge."""
    out: dict[str, list[Token]] = {}
    for child in token.children:
        if child.dep_ in FRAMES or child.dep_ == "oprd":
            out.setdefault("dobj" if child.dep_ == "oprd" else frame(child), []).append(child)
    return out


def span_of(parts: list[Token]) -> tuple[int, int]:
    """Character span of what the dependents carry (a preposition's objects, not the preposition)."""
    starts, ends = [], []
    for part in parts:
        inner = [c for c in part.children] if part.dep_ == "prep" else None
        first = min(c.left_edge for c in inner) if inner else part.left_edge
        last = max(c.right_edge for c in inner) if inner else part.right_edge
        starts.append(first.idx)
        ends.append(last.idx + len(last))
    return min(starts), max(ends)


def features(
    token: Token, frames: dict[str, list[Token]], listed: bool, quoted: list[tuple[int, int]]
) -> dict[str, list[str]]:
    """frame -> the named indicators of that (cue word, frame) candidate. ``frames``: the candidates of
    ``token`` to describe; ``listed``: the cue table has the word with other frames; ``quoted``: the quote
    marks' stretches (does the content hold one)."""
    lemma, pos = token.lemma_.lower(), token.pos_
    children = list(token.children)
    subjects = [c for c in children if c.dep_ in SUBJECT_DEPS]
    shared = [f"lemma={lemma}", f"tag={token.tag_}", f"dep={token.dep_}", f"listed={listed}"]
    if any(c.dep_ == "neg" for c in children):
        shared.append("negated")
    out = {}
    for name, parts in frames.items():
        head = parts[0]
        start, end = span_of(parts)
        subject = next((c for c in subjects if c.dep_ != name), None)
        found = shared + [
            f"lemma_frame={lemma}|{name}",
            f"frame={name}",
            f"pos_frame={pos}|{name}",
            f"part={head.pos_}",
            f"quoted={any(a < end and start < b for a, b in quoted)}",
            f"size={min((head.right_edge.i - head.left_edge.i + 1) // 4, 5)}",
        ]
        if subject is None:
            found.append("subject=none")
        else:
            kind = subject.ent_type_ if subject.ent_type_ in ENTITY_KINDS else subject.pos_
            found += [f"subject={kind}", f"lemma_subject={lemma}|{kind}"]
        if name == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in head.children):
            found.append("that")
        out[name] = found
    return out
