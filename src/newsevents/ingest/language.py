"""Offline language identification (py3langid): only English articles are coded."""

from __future__ import annotations

from functools import cache
from typing import Any

_SAMPLE = 1000  # characters read from the start of the text
_SURE = 0.5  # below this confidence a non-English guess (short or mixed text) is not trusted


def detect(text: str) -> tuple[str, float]:
    """The ISO 639-1 code of the text's language and the model's confidence in it (0 to 1)."""
    label, confidence = _identifier().classify(text[:_SAMPLE])
    return label, confidence


def foreign_language(text: str) -> str | None:
    """The text's language when it is confidently not English, else None."""
    label, confidence = detect(text)
    return label if label != "en" and confidence >= _SURE else None


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
