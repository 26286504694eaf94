"""The benchmark in one command: newsevents end to end against bare spaCy, as a table and as JSON.

    python bench/run.py                      # examples/ + scrapinghub-aeb (when present), 1 and 2 processes
    python bench/run.py --rounds 3           # best of three, interleaved (for a machine other jobs share)
    python bench/run.py --limit 40 --json /tmp/quick.json
    python bench/run.py some/dir file.html   # other inputs

What is measured and how: bench/README.md and the docstring of bench/pipeline.py.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pipeline  # noqa: E402 - bench/pipeline.py, beside this file

DEFAULT_JSON = Path(__file__).resolve().parent / "results" / "pipeline.json"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="default: examples/, scrapinghub-aeb")
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--rounds", type=int, default=1, help="runs of each contender; the best counts")
    parser.add_argument("--limit", type=int, default=None, help="read at most this many inputs")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help=f"default: {DEFAULT_JSON}")
    args = parser.parse_args(argv)
    paths = args.paths or pipeline.default_paths()
    report = pipeline.bench(
        paths,
        args.processes,
        args.rounds,
        args.limit,
        say=lambda line: print(line, file=sys.stderr, flush=True),
    )
    print(pipeline.table(report))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
