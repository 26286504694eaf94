"""Fixtures for the ingest tests: the small saved inputs and builders for large or broken ones."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"

BODY = (
    "Negotiators from both governments met in Geneva on Thursday to discuss a prisoner exchange, the foreign "
    "ministry said in a statement. The talks lasted four hours and will resume next week, officials said."
)


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


def page(body: str = BODY, title: str = "Geneva talks", extra: str = "") -> str:
    """A small but complete news page around ``body``."""
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n"))
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>{title}</h1>{paragraphs}"
        f"</article>{extra}<footer>Contact us</footer></body></html>"
    )
