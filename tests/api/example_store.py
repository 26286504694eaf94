"""The example corpus (examples/) ingested once per test session with the store's own ingest."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, every_candidate


def example_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The path of a store built from examples/ (in this process, so the model stays loaded)."""
    from newsevents.store import Corpus

    path = tmp_path_factory.getbasetemp() / "example-store" / "examples.duckdb"
    if not path.exists():
        path.parent.mkdir(exist_ok=True)
        building = path.with_suffix(".building")
        with every_candidate():
            Corpus(building).ingest([str(EXAMPLES)], workers=1)
        building.rename(path)
    return path
