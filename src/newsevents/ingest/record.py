"""The Record: one raw input as a reader found it, before decoding and extraction."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Record:
    """One raw input: exactly one of text, html or data (undecoded bytes), plus what is known of it.
    ``error`` set means the reader could not get the input; ``to_document`` reports it."""

    source: str
    id: str | None = None
    text: str | None = None
    html: str | None = None
    data: bytes | None = None
    published: str | None = None
    url: str | None = None
    title: str | None = None
    error: str | None = None
