"""Shared fixtures: the project's examples, ../shared (skipped cleanly when absent), contract checks."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


@contextmanager
def every_candidate() -> Iterator[None]:
    """Code with no confidence floor, so that tests of the store and the API hold what the rules propose,
    not the confidence model's threshold (that is tested in tests/events/test_confidence.py)."""
    name = "NEWSEVENTS_MIN_EVENT_CONFIDENCE"
    before = os.environ.get(name)
    os.environ[name] = "0"
    try:
        yield
    finally:
        if before is None:
            del os.environ[name]
        else:
            os.environ[name] = before


@pytest.fixture
def shared() -> Path:
    """The read-only development data beside the repository; the test skips when it is absent."""
    if not (SHARED / "data").is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def seed_doc():
    """The canonical seed article, coded once per session."""
    path = SHARED / "seed" / "article.txt"
    if not path.exists():
        pytest.skip("../shared/seed/article.txt is not present")
    import newsevents

    return newsevents.code(path.read_text(encoding="utf-8"), published="2025-08-20")


def assert_valid(obj: dict) -> None:
    """The object follows the JSON Schema and every offset slices article.text."""
    from newsevents.schema import problems

    found = problems(obj)
    assert not found, "\n".join(found[:10])
