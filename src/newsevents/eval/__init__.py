"""Evaluation: gold formats, scorers and pinned floors, one module per stage."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class PRF:
    """Counts of true positives, predictions and gold items, with precision, recall and F1."""

    tp: float = 0
    predicted: float = 0
    gold: float = 0

    def add(self, tp: float, predicted: float, gold: float) -> None:
        self.tp += tp
        self.predicted += predicted
        self.gold += gold

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self, name: str) -> str:
        counts = f"(tp {self.tp:g}, pred {self.predicted:g}, gold {self.gold:g})"
        return f"{name:<14} P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  {counts}"
