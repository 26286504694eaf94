"""Score place resolution against the project's gold set (``data/gold/places.jsonl``).

Each gold line: ``{"id", "text", "published", "places": [{"text", "start", "end", "name", "country", "lat",
"lon"}]}``. A gold mention is resolved right when a predicted place overlaps it, has the same country, and
has the same name or lies within ``NEAR_KM`` of it. Accuracy is over gold mentions (a missed one is wrong);
detection precision and recall are over spans.
"""

from __future__ import annotations

import json
import math
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from newsevents.data import DATA_DIR
from newsevents.document import Place
from newsevents.eval import PRF

GOLD_PATH = DATA_DIR / "gold" / "places.jsonl"
NEAR_KM = 100.0


@dataclass
class PlaceScores:
    mentions: int = 0
    right: int = 0
    detection: PRF = field(default_factory=PRF)
    wrong: list[str] = field(default_factory=list)  # "text: predicted -> gold" for the report

    @property
    def accuracy(self) -> float:
        return self.right / self.mentions if self.mentions else 0.0

    def report(self, show: int = 0) -> str:
        lines = [
            f"places         accuracy {self.accuracy:.3f}  ({self.right} of {self.mentions} gold mentions)",
            self.detection.row("detection"),
        ]
        lines += [f"  wrong: {w}" for w in self.wrong[:show]]
        return "\n".join(lines)


def load(path: Path = GOLD_PATH) -> list[dict]:
    """The gold articles of a JSON Lines file."""
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def same_place(predicted: Place, gold: dict) -> bool:
    """Same country, and the same name or near each other."""
    if (predicted.country or None) != (gold.get("country") or None):
        return False
    if _plain(predicted.name) == _plain(gold.get("name", "")):
        return True
    if None in (predicted.lat, predicted.lon, gold.get("lat"), gold.get("lon")):
        return False
    return distance_km(predicted.lat, predicted.lon, gold["lat"], gold["lon"]) <= NEAR_KM


def _plain(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if c.isalnum())


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def score_article(scores: PlaceScores, gold: dict, predicted: list[Place]) -> None:
    """Add one article's comparison to the running scores."""
    golds = gold.get("places", [])
    matched = set()
    for item in golds:
        scores.mentions += 1
        hits = [p for p in predicted if p.start < item["end"] and item["start"] < p.end]
        matched.update(id(p) for p in hits)
        if any(same_place(p, item) for p in hits):
            scores.right += 1
        else:
            got = f"{hits[0].name} ({hits[0].country})" if hits else "nothing"
            scores.wrong.append(
                f"{item['text']!r} in {gold.get('id')}: {got} -> {item.get('name')} ({item.get('country')})"
            )
    scores.detection.add(len(matched), len(predicted), len(golds))


def evaluate(path: Path = GOLD_PATH) -> PlaceScores:
    """Code every gold article (parse, actors, places) and score its places."""
    from newsevents import pipeline
    from newsevents.document import Article, Document

    stages = [s for s in pipeline.default_stages() if s.name in ("parse", "actors", "places")]
    scores = PlaceScores()
    for gold in load(path):
        article = Article(str(gold.get("id", "")), gold["text"], published=gold.get("published"))
        score_article(scores, gold, pipeline.run(Document(article), stages).places)
    return scores
