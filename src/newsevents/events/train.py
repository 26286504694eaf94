"""Train the confidence model (``confidence``) on gold sentences: ``newsevents train --gold FILE...``.

Every candidate event the coder proposes for a gold sentence (``events.candidates``: no confidence floor,
the PETRARCH2 patterns when the setting ``petrarch_patterns`` is on) is an example; it is right when its
source country, target country and CAMEO root match an event of its sentence's gold (each gold event once).
A logistic regression (scikit-learn, L2) is fitted on the candidates' features; its score is recalibrated
by Platt scaling on out-of-fold scores (folds by sentence), and the threshold that maximizes F0.5
(precision weighted twice recall, gold events no candidate finds counted as missed) on those out-of-fold
probabilities is reported. scikit-learn is needed here only (``pip install ".[train]"``); coding reads
the JSON with plain Python.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from newsevents.eval.gold import GoldSentence, country_of
from newsevents.eval.split import Part, part_of
from newsevents.events.confidence import Model

FOLDS = 5
C_GRID = (0.1, 0.3, 1.0, 3.0)  # inverse L2 strengths tried, by out-of-fold log-loss
MIN_COUNT = 2  # a feature seen on fewer candidates is left out


@dataclass
class Examples:
    """Candidates with features, labels and the sentence they came from."""

    features: list[dict[str, float]] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    gold_events: int = 0  # gold events of the sentences, found or not
    sentences: int = 0
    sources: Counter = field(default_factory=Counter)  # gold file -> candidates


@dataclass
class Report:
    model: Model
    threshold: float
    c: float
    candidates: int
    right: int
    sentences: int
    gold_events: int
    oof_brier: float
    oof_auc: float
    oof_at_threshold: tuple[float, float, float]  # precision, recall, F1 of triples at the threshold
    sources: dict[str, int]
    oof_by_source: dict[str, tuple[float, float]] = field(default_factory=dict)  # (AUC, Brier)

    def summary(self) -> str:
        p, r, f = self.oof_at_threshold
        by_source = "".join(
            f"\n  {name}: AUC {a:.3f}, Brier {b:.3f}" for name, (a, b) in self.oof_by_source.items()
        )
        return (
            f"{self.candidates} candidates ({self.right} right) from {self.sentences} sentences with "
            f"{self.gold_events} gold events; C={self.c}\n"
            f"out of fold: AUC {self.oof_auc:.3f}, Brier {self.oof_brier:.3f}; at threshold "
            f"{self.threshold:.2f}: triple P {p:.3f} R {r:.3f} F1 {f:.3f}{by_source}"
        )


def collect(golds: Iterable[tuple[Path, str | None]], part: Part | None) -> Examples:
    """The candidates of every sentence of ``part`` of each gold file (path, format or None)."""
    from newsevents.eval.events import coded

    examples = Examples()
    for path, fmt in golds:
        for gold, doc in coded(path, fmt, part=part):
            found = label(gold, doc)
            examples.sentences += 1
            examples.gold_events += len(gold.events)
            examples.sources[str(path)] += len(found)
            for features, right in found:
                examples.features.append(features)
                examples.labels.append(int(right))
                examples.groups.append(f"{path.name}:{gold.id}")
    return examples


def add_judged(examples: Examples, directory: Path, part: Part | None) -> list[str]:
    """Add the candidates of the judged political pages of ``part`` (``data/gold/judged``, pages of the
    benchmark in ``directory``) whose trigger a judge has seen: right when they agree with the judged event
    or with the codes the judge gave as correct (countries and root), wrong otherwise. Returns the pages
    that could not be coded, with their reason."""
    from newsevents import events
    from newsevents.eval import judged

    pages = judged.load_pages(judged.GOLD_DIR / "pages.jsonl")
    pages = {page: political for page, political in pages.items() if part is None or part_of(page) == part}
    verdicts: dict[tuple[str, int, int], list[tuple[str | None, str | None, str]]] = {}
    for row in judged.load_judgments(judged.GOLD_DIR / "events.jsonl").values():
        right = verdicts.setdefault((row["page"], *row["trigger"]), [])
        codes = row if row["verdict"] == "right" else row.get("correct")
        if isinstance(codes, dict):
            right.append(
                (judged.country(codes.get("source")), judged.country(codes.get("target")), codes["cameo"][:2])
            )
    judged_events = Counter(page for (page, *_), right in verdicts.items() if right)
    benchmark = json.loads((directory / "ground-truth.json").read_text(encoding="utf-8"))
    urls = {page: item.get("url") for page, item in benchmark.items()}
    docs, failed = judged.code_pages(directory, urls, pages)
    for page, doc in docs:
        examples.sentences += 1
        examples.gold_events += judged_events[page]
        for event, features in events.candidates(doc):
            right = verdicts.get((page, event.trigger.start, event.trigger.end))
            if right is None:
                continue
            key = (
                judged.country(judged.actor_code(event.source)),
                judged.country(judged.actor_code(event.target)),
                event.cameo[:2],
            )
            examples.features.append(features)
            examples.labels.append(int(key in right))
            examples.groups.append(f"judged:{page}")
            examples.sources["judged pages"] += 1
    return failed


def label(gold: GoldSentence, doc) -> list[tuple[dict[str, float], bool]]:
    """The sentence's candidates in the coder's order, each marked right while an unmatched gold event of
    the same source country, target country and root remains."""
    from newsevents import events

    if doc.spacy is None:
        return []
    left = Counter((e.source, e.target, e.cameo[:2]) for e in gold.events)
    out = []
    for event, features in events.candidates(doc):
        key = (_country(event.source), _country(event.target), event.cameo[:2])
        out.append((features, left[key] > 0))
        left[key] -= 1
    return out


def _country(mention) -> str | None:
    actor = mention.actor if mention is not None else None
    return country_of(actor.code, actor.country) if actor is not None else None


def fit(examples: Examples) -> Report:
    """Fit, calibrate and choose the threshold (see the module docstring)."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import log_loss, roc_auc_score
    from sklearn.model_selection import GroupKFold

    if len(set(examples.labels)) < 2:
        raise ValueError("training needs right and wrong candidates; the gold files gave only one kind")
    counts = Counter(name for features in examples.features for name in features)
    rows = [{k: v for k, v in f.items() if counts[k] >= MIN_COUNT} for f in examples.features]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(rows)
    y = np.array(examples.labels)
    groups = np.array(examples.groups)
    folds = list(GroupKFold(n_splits=min(FOLDS, len(set(examples.groups)))).split(x, y, groups))

    def out_of_fold(c: float) -> np.ndarray:
        scores = np.zeros(len(y))
        for train, test in folds:
            model = LogisticRegression(C=c, max_iter=2000).fit(x[train], y[train])
            scores[test] = model.decision_function(x[test])
        return scores

    trials = {c: out_of_fold(c) for c in C_GRID}
    best = min(C_GRID, key=lambda c: log_loss(y, 1 / (1 + np.exp(-trials[c]))))
    platt = LogisticRegression(C=1e6).fit(trials[best].reshape(-1, 1), y)
    a, b = float(platt.coef_[0][0]), float(platt.intercept_[0])
    oof = 1 / (1 + np.exp(-(a * trials[best] + b)))
    final = LogisticRegression(C=best, max_iter=2000).fit(x, y)
    names = vectorizer.get_feature_names_out()
    weights = {
        str(n): round(float(w), 5) for n, w in zip(names, final.coef_[0], strict=True) if abs(w) > 1e-5
    }
    threshold, at = _threshold(oof, y, examples.gold_events)
    by_source = {}
    for name in sorted({g.split(":")[0] for g in examples.groups}):
        rows_of = np.array([g.split(":")[0] == name for g in examples.groups])
        if len(set(y[rows_of])) == 2:
            by_source[name] = (
                float(roc_auc_score(y[rows_of], oof[rows_of])),
                float(np.mean((oof - y)[rows_of] ** 2)),
            )
    return Report(
        Model(
            dict(sorted(weights.items())), round(float(final.intercept_[0]), 5), (round(a, 5), round(b, 5))
        ),
        threshold,
        best,
        len(y),
        int(y.sum()),
        examples.sentences,
        examples.gold_events,
        float(np.mean((oof - y) ** 2)),
        float(roc_auc_score(y, oof)),
        at,
        dict(examples.sources),
        by_source,
    )


def _threshold(probabilities, labels, gold_events: int) -> tuple[float, tuple[float, float, float]]:
    """The threshold (steps of 0.05) with the best F0.5 of triples, and P, R, F1 there."""
    best, best_f, best_at = 0.0, -1.0, (0.0, 0.0, 0.0)
    for step in range(1, 19):
        threshold = step / 20
        kept = probabilities >= threshold
        tp, emitted = int(labels[kept].sum()), int(kept.sum())
        p = tp / emitted if emitted else 0.0
        r = tp / gold_events if gold_events else 0.0
        f_half = 1.25 * p * r / (0.25 * p + r) if p + r else 0.0
        if f_half > best_f:
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            best, best_f, best_at = threshold, f_half, (p, r, f1)
    return best, best_at


def write(report: Report, path: Path, command: str) -> None:
    """The model as readable JSON, with what it was trained on and how well it did out of fold."""
    path.parent.mkdir(parents=True, exist_ok=True)
    p, r, f = report.oof_at_threshold
    data = {
        "about": "Confidence model of newsevents events: see README.md in this folder (the model card).",
        "command": command,
        "trained_on": report.sources,
        "candidates": report.candidates,
        "right": report.right,
        "C": report.c,
        "threshold": report.threshold,
        "out_of_fold": {
            "auc": round(report.oof_auc, 4),
            "brier": round(report.oof_brier, 4),
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
        },
        **report.model.to_dict(),
    }
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
