"""The corpus store: coded articles in an embedded DuckDB file, clustered into real-world events, exported
to Parquet, GDELT and PLOVER. The front door is ``Corpus``; ``process_batch`` is the one function from raw
records to rows of every table that each ingest engine runs."""

from __future__ import annotations

from newsevents.store.corpus import Corpus
from newsevents.store.rows import process_batch, rows
from newsevents.store.runner import Summary

__all__ = ["Corpus", "Summary", "process_batch", "rows"]
