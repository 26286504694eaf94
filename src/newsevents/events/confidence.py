"""An event's ``confidence``: the calibrated probability that it is right, from a logistic model over the
candidate's features (``candidates``), or, with the setting ``event_model`` at ``none``, the rule score.

The model is a readable JSON file (``data/models/events.json``, built by ``newsevents train``; its README
is the model card): ``{"weights": {feature: weight}, "intercept": b, "platt": [a, c], ...}``. The
probability is ``1 / (1 + exp(-(a * (b + sum of weight * value) + c)))``: the logistic model's score,
recalibrated on held-out folds (Platt scaling). Pure Python: no scikit-learn at coding time.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newsevents import settings
from newsevents.data import DATA_DIR
from newsevents.document import Mention
from newsevents.errors import DataFileError
from newsevents.events.patterns import Match

MODEL_PATH = DATA_DIR / "models" / "events.json"
RULES = "none"  # the setting value that turns the model off


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    intercept: float
    platt: tuple[float, float] = (1.0, 0.0)

    def probability(self, features: dict[str, float]) -> float:
        """The calibrated probability that the candidate with these features is right."""
        weights = self.weights
        score = self.intercept + sum(weights.get(name, 0.0) * value for name, value in features.items())
        z = self.platt[0] * score + self.platt[1]
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    def to_dict(self) -> dict:
        return {"intercept": self.intercept, "platt": list(self.platt), "weights": self.weights}


def read(path: Path) -> Model:
    """A model file; a missing or malformed one raises DataFileError naming it."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Model(
            {str(k): float(v) for k, v in data["weights"].items()},
            float(data["intercept"]),
            (float(data["platt"][0]), float(data["platt"][1])),
        )
    except (OSError, ValueError, KeyError, TypeError, IndexError) as exc:
        raise DataFileError(str(path), 0, f"not a confidence model: {type(exc).__name__}: {exc}") from None


@lru_cache(maxsize=4)
def _load(name: str) -> Model | None:
    if name == RULES:
        return None
    return read(Path(name) if name else MODEL_PATH)


def model() -> Model | None:
    """The model the setting ``event_model`` names (empty: the packaged one; ``none``: no model)."""
    return _load(settings.get("event_model"))


def rule_score(match: Match, source: Mention, target: Mention | None) -> float:
    """The transparent score used without a model: pattern specificity and how directly the actors are
    named."""
    score = 0.55 + 0.08 * min(match.pattern.specificity, 3)
    for mention in (source, target):
        if mention is None:
            score -= 0.1
        elif mention.how in ("pronoun", "description"):
            score -= 0.08
    return max(0.0, min(1.0, score))


def score(match: Match, source: Mention, target: Mention | None, features: dict[str, float]) -> float:
    """The confidence of a candidate: the model's probability, or the rule score without a model."""
    current = model()
    return rule_score(match, source, target) if current is None else current.probability(features)
