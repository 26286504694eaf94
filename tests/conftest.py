"""Shared fixtures: the project's examples, ../shared (skipped cleanly when absent), contract checks."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


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
