"""The exception tree. Every message names the input and the reason."""

from __future__ import annotations


class NewsEventsError(Exception):
    """Base class of every error newsevents raises on purpose."""


class InputError(NewsEventsError):
    """An input that cannot become an article (missing, empty, binary, undecodable, not English)."""

    def __init__(self, source: str, reason: str, code: str = "bad_input") -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
        self.code = code


class DataFileError(NewsEventsError):
    """A dictionary or table file that cannot be read."""

    def __init__(self, path: str, line: int, reason: str) -> None:
        super().__init__(f"{path}:{line}: {reason}")


class StoreError(NewsEventsError):
    """A problem with the DuckDB store (wrong schema version, read-only, ...)."""


class StoreBusy(StoreError):
    """The store is held by another process for longer than the caller would wait."""
