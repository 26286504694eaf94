"""Train the cue-frame model (``quotes/scorer.py``) from brat attributions: ``newsevents train-quotes``.

Every candidate (a cue word and a frame the cue table does not list for it) of a training article is
labelled by the gold: right when the word lies in a gold cue and the dependents of the frame overlap that
attribution's content. A logistic regression over ``scorer.features`` learns the weights. The settings
(``data/quotes/train.json``) say which lemmas the model proposes (those heading a gold cue at least
``min_cue_count`` times), the regularization (``l1_ratio`` 1, the lasso, leaves most indicators without a
weight and the file small; ``C``), the acceptance ``threshold`` (chosen on the tune part of PolNeAR dev)
and the rounding of the weights. Only weights, lemmas and counts are written, never the corpus text.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Token

from newsevents.data import DATA_DIR
from newsevents.eval.quotes import Attribution, GoldArticle, load
from newsevents.quotes import cues, marks, scorer

SETTINGS_PATH = DATA_DIR / "quotes" / "train.json"


@dataclass
class Example:
    names: list[str]
    right: bool


def settings() -> dict:
    """The training settings of ``data/quotes/train.json``."""
    return json.loads(SETTINGS_PATH.read_text(encoding="utf-8"))


def cue_lemmas(pairs: Iterable[tuple[GoldArticle, Doc]], min_count: int) -> frozenset[str]:
    """Lemmas of the words heading gold cues at least ``min_count`` times."""
    counts: Counter[str] = Counter()
    for article, parse in pairs:
        for attribution in article.attributions:
            for start, end in attribution.cue:
                span = parse.char_span(start, end, alignment_mode="expand")
                if span is not None and span.root.pos_ in cues.CUE_POS:
                    counts[span.root.lemma_.lower()] += 1
    return frozenset(lemma for lemma, n in counts.items() if n >= min_count)


def proposed(token: Token, lemmas: frozenset[str]) -> bool:
    """A word the model is asked about: a cue table word, a verb with a "that" clause, or a cue lemma."""
    if token.pos_ not in cues.CUE_POS:
        return False
    lemma = token.lemma_.lower()
    return lemma in lemmas or (lemma, token.pos_) in cues.table() or cues.that_clause(token)


def examples(article: GoldArticle, parse: Doc, lemmas: frozenset[str]) -> list[Example]:
    """The labelled candidates of one parsed article."""
    quoted = marks.quoted(article.text)
    out = []
    for token in parse:
        if not proposed(token, lemmas):
            continue
        listed = cues.listed_frames(token)
        # the table's frames are taken as they are; the model judges the others
        frames = {name: parts for name, parts in scorer.candidates(token).items() if name not in listed}
        for name, names in scorer.features(token, frames, bool(listed), quoted).items():
            start, end = scorer.span_of(frames[name])
            out.append(Example(names, _right(token, start, end, article.attributions)))
    return out


def _right(token: Token, start: int, end: int, attributions: list[Attribution]) -> bool:
    at = token.idx
    return any(
        any(a <= at < b for a, b in g.cue) and any(a < end and start < b for a, b in g.content)
        for g in attributions
    )


def fit(pairs: list[tuple[GoldArticle, Doc]], config: dict) -> dict:
    """The model as a JSON-ready dict: weights, intercept, lemmas, threshold and training figures."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    lemmas = cue_lemmas(pairs, config["min_cue_count"])
    data = [e for article, parse in pairs for e in examples(article, parse, lemmas)]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([dict.fromkeys(e.names, 1) for e in data]).tocsr()
    x.indices, x.indptr = x.indices.astype("int32"), x.indptr.astype("int32")  # liblinear's index type
    y = [e.right for e in data]
    model = LogisticRegression(
        C=config["C"], l1_ratio=config["l1_ratio"], solver="liblinear", max_iter=2000, random_state=0
    ).fit(x, y)
    digits = config["digits"]
    weights = {
        name: round(float(w), digits)
        for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0], strict=True)
        if abs(w) >= 10**-digits
    }
    return {
        "about": "Cue-frame weights learned from brat attributions (weights only; data/quotes/README.md).",
        "threshold": config["threshold"],
        "intercept": round(float(model.intercept_[0]), digits),
        "lemmas": sorted(lemmas),
        "weights": dict(sorted(weights.items())),
        "trained_on": {"articles": len(pairs), "candidates": len(data), "right": int(sum(y))},
        "settings": config,
    }


def train(folder: Path, out: Path) -> dict:
    """Parse the annotated articles of ``folder``, fit the model and write it to ``out``."""
    from newsevents import nlp

    gold = load(folder)
    if not gold:
        raise ValueError("no brat .ann files with their texts")
    pairs = list(zip(gold, nlp.parse_many(a.text for a in gold), strict=True))
    model = fit(pairs, settings())
    out.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return model
