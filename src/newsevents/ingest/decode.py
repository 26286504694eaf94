"""Bytes of unknown encoding to text."""

from __future__ import annotations

import re

from charset_normalizer import from_bytes

from newsevents.errors import InputError

_HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<meta|<article|<div|<p[ >])", re.I)


def looks_like_html(text: str) -> bool:
    """True when the text starts like an HTML page or fragment."""
    return bool(_HTML_START.match(text[:2000]))


def decode_bytes(data: bytes, source: str) -> str:
    """Decode bytes (BOM, UTF-8, else detection); refuse binary data."""
    if not data.strip():
        raise InputError(source, "empty input")
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec)
    head = data[:4096]
    if b"\x00" in head:
        raise InputError(source, "binary data (NUL bytes), not text or HTML", "binary")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise InputError(source, "undecodable bytes: no text encoding fits", "undecodable")
    return str(best)
