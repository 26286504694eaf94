"""Coding time against text length: one document of 25k, 100k, 200k and 1M characters of ordinary news.

    python bench/long_text.py [--sizes 25000 100000 200000 1000000] [--profile]

The text is the example articles (and ../shared/seed/article.txt when present) joined again and again, each
round with its weekdays moved on by one and the articles in another order, so that later rounds are not
copies of the first. Each size is coded once with ``newsevents.code`` after the model is loaded; the table
gives CPU seconds (steadier than wall time on a shared machine), wall seconds, peak RSS and microseconds
per character: flat means linear. ``--profile`` prints the top functions of the largest size.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import re
import resource
import time
from pathlib import Path

import newsevents

ROOT = Path(__file__).resolve().parents[1]
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = re.compile("|".join(WEEKDAYS))


def news(chars: int) -> str:
    """At least ``chars`` characters of news, cut after the last paragraph that fits."""
    paths = sorted((ROOT / "examples").glob("*.txt"))
    seed = ROOT.parent / "shared" / "seed" / "article.txt"
    texts = [p.read_text(encoding="utf-8").strip() for p in [*paths, *([seed] if seed.exists() else [])]]
    rounds: list[str] = []
    size = 0
    while size < chars:
        shift = len(rounds)
        order = texts[shift % len(texts) :] + texts[: shift % len(texts)]
        text = _WEEKDAY.sub(lambda m, k=shift: WEEKDAYS[(WEEKDAYS.index(m[0]) + k) % 7], "\n\n".join(order))
        rounds.append(text)
        size += len(text) + 2
    return "\n\n".join(rounds)[:chars].rsplit("\n\n", 1)[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[25_000, 100_000, 200_000, 1_000_000])
    parser.add_argument("--profile", action="store_true", help="profile the largest size")
    args = parser.parse_args()
    newsevents.code("President Joe Biden met Vladimir Putin in Geneva on Monday.", published="2024-03-04")
    print(f"{'chars':>10} {'cpu s':>8} {'wall s':>8} {'us/char':>8} {'events':>7} {'peak RSS MB':>12}")
    for size in sorted(args.sizes):
        text = news(size)
        profile = cProfile.Profile() if args.profile and size == max(args.sizes) else None
        cpu, wall = time.process_time(), time.perf_counter()
        if profile:
            profile.enable()
        doc = newsevents.code(text, published="2025-09-03")
        if profile:
            profile.disable()
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"{len(text):>10} {cpu:>8.1f} {wall:>8.1f} {1e6 * cpu / len(text):>8.0f} {len(doc.events):>7} "
            f"{peak:>12.0f}",
            flush=True,
        )
        if profile:
            pstats.Stats(profile).sort_stats("cumulative").print_stats(40)


if __name__ == "__main__":
    main()
