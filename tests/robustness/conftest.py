"""Helpers for the robustness tests: the example budget, a hang guard, memory meters, the contract check.

The CI run is fast (a few examples per property, inputs sized to be refused by the limits) but for one
slow input, a 1 MB single line coded end to end. Set ``NEWSEVENTS_LONG=1`` for the long run: many more
examples and random seeds. docs/performance.md gives the whole long-run command.
"""

from __future__ import annotations

import os
import signal
import threading
import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, settings

from newsevents import settings as ne_settings
from newsevents.document import Document
from newsevents.schema import problems

LONG = os.environ.get("NEWSEVENTS_LONG", "") not in ("", "0")

# A hang guard, not a timing: each input is sized so that linear work takes well under a second and the
# quadratic or unbounded behaviour the test looks for takes minutes. It counts CPU seconds of this process,
# so a busy machine does not trip it.
HANG_SECONDS = 20


def examples(ci: int, long: int | None = None) -> settings:
    """Hypothesis settings: ``ci`` examples with a fixed seed in CI, ``long`` (20 x ci) random ones in the
    long run. No deadline: the first example loads the model."""
    return settings(
        max_examples=(long or 20 * ci) if LONG else ci,
        deadline=None,
        derandomize=not LONG,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.function_scoped_fixture,
        ],
    )


class Hang(BaseException):
    """An input ran past the hang guard (a BaseException, so that no stage records it and goes on)."""


@contextmanager
def time_limit(seconds: float = HANG_SECONDS) -> Iterator[None]:
    """Raise ``Hang`` in this (main) thread when the block uses more than ``seconds`` of CPU time."""

    def alarm(signum, frame):
        raise Hang(f"still running after {seconds} CPU seconds")

    previous = signal.signal(signal.SIGPROF, alarm)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


@pytest.fixture(scope="session", autouse=True)
def warm_up() -> None:
    """Load the model and every data table before any hang guard runs (that takes seconds)."""
    import newsevents

    newsevents.code(
        'President Joe Biden met Vladimir Putin in Geneva on Monday. "We will talk," Biden said.',
        published="2024-03-04",
    )


@dataclass
class Memory:
    peak: int = 0  # bytes, Python allocations (bytes and str buffers included)


@contextmanager
def peak_memory() -> Iterator[Memory]:
    """The peak of Python allocations inside the block, by tracemalloc."""
    meter = Memory()
    tracemalloc.start()
    try:
        yield meter
    finally:
        meter.peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()


@contextmanager
def peak_rss() -> Iterator[Memory]:
    """The peak resident memory of this process inside the block, in bytes, sampled ten times a second
    (what the operating system gives the process: the model and the C allocations included)."""
    from newsevents.store.guard import rss_mb

    meter, done = Memory(), threading.Event()

    def sample() -> None:
        while not done.wait(0.1):
            meter.peak = max(meter.peak, int(rss_mb() * 1e6))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        yield meter
    finally:
        done.set()
        sampler.join()
        meter.peak = max(meter.peak, int(rss_mb() * 1e6))


@pytest.fixture
def limits(monkeypatch):
    """``settings.override`` for this test only."""
    monkeypatch.setattr(ne_settings, "_overrides", dict(ne_settings._overrides))
    return ne_settings.override


def check(doc: Document) -> None:
    """A coded Document is contract-valid, every offset slices ``article.text``, the parse covers the text
    exactly, and no stage crashed (a refusal is an InputError or an "ingest" error, never a stage's)."""
    found = problems(doc.to_dict())
    assert not found, "\n".join(found[:10])
    text = doc.text
    for actor in doc.actors:
        for mention in actor.mentions:
            assert text[mention.start : mention.end] == mention.text, (mention, actor.name)
    if doc.spacy is not None:
        assert doc.spacy.text == text
    crashed = [e for e in doc.errors if e.stage != "ingest"]
    assert not crashed, crashed
