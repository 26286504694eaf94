"""A generated corpus of short wire stories, and ``newsevents ingest`` as a subprocess, for the store's
crash and concurrency tests."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

LEADERS = [
    ("Vladimir Putin", "Russia"),
    ("Volodymyr Zelensky", "Ukraine"),
    ("Emmanuel Macron", "France"),
    ("Xi Jinping", "China"),
    ("Recep Tayyip Erdogan", "Turkey"),
    ("Narendra Modi", "India"),
]
CITIES = ["Geneva", "Istanbul", "Paris", "Beijing", "Ankara", "New Delhi"]
SENTENCES = [
    "{a} met {b} in {city} on Monday to discuss a ceasefire, officials said.",
    "{ac} accused {bc} of violating the agreement.",
    "{a} criticized {bc} over the attack on {city}.",
    "{ac} agreed to provide humanitarian aid to {bc}.",
    "{a} said {bc} must withdraw its troops from the border.",
    "{ac} rejected a proposal from {bc} for new talks.",
]


def make_corpus(path: Path, count: int, seed: int = 1) -> Path:
    """JSON Lines of short generated wire stories; some report the same events, two are copies."""
    rng, texts = random.Random(seed), []
    for n in range(count):
        lines = []
        for _ in range(5):
            (a, ac), (b, bc) = rng.sample(LEADERS, 2)
            lines.append(rng.choice(SENTENCES).format(a=a, b=b, ac=ac, bc=bc, city=rng.choice(CITIES)))
        texts.append(" ".join(lines) if n % 17 != 16 else texts[n - 3])
    with open(path, "w", encoding="utf-8") as out:
        for n, text in enumerate(texts):
            day, url = f"2025-08-{1 + n % 5:02d}", f"https://site{n % 4}.example/{n}"
            out.write(json.dumps({"id": f"story-{n}", "text": text, "published": day, "url": url}) + "\n")
        out.write(json.dumps({"id": "broken", "text": ""}) + "\n")
    return path


def ingest(db: Path, corpus: Path, workers: int = 1, commit_seconds: float = 2.0) -> subprocess.Popen:
    """``newsevents ingest CORPUS --db DB --workers N``, started."""
    command = [sys.executable, "-c", "from newsevents.cli import main; main()", "ingest", str(corpus)]
    command += ["--db", str(db), "--workers", str(workers)]
    env = {**os.environ, "NEWSEVENTS_STORE_COMMIT_SECONDS": str(commit_seconds)}
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
