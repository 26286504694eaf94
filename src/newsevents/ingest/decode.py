"""Bytes of unknown encoding to text: BOM, UTF-8, the HTML's declared charset, else detection."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from newsevents.errors import InputError

_HTML_START = re.compile(
    rb"^\s*(<!doctype html|<html|<head|<body|<meta|<title|<article|<div|<p[ >]|<!--|"
    rb"<\?xml[^>]*>\s*<(!doctype )?html)",
    re.I,
)
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Signatures of common binary formats that carry no NUL byte near their start.
_BINARY = (b"%PDF-", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"BZh", b"7z\xbc\xaf")
_NOT_CONTROL = bytes(b for b in range(256) if b >= 32 or b in (9, 10, 12, 13))
# Browsers read a declared Latin-1 as Windows-1252; so do we.
_ALIASES = dict.fromkeys(("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"), "cp1252")


def looks_like_html(text: str | bytes) -> bool:
    """True when the text starts like an HTML page or fragment."""
    head = text[:2000]
    return bool(_HTML_START.match(head.encode("utf-8", "replace") if isinstance(head, str) else head))


def decode_bytes(data: bytes, source: str) -> str:
    """Decode bytes (BOM, UTF-8, declared charset, detection); refuse empty and binary data."""
    if not data.strip():
        raise InputError(source, "empty input", "empty")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    head = data[:4096]
    if codec := _utf16_without_bom(head):
        return data.decode(codec, errors="replace")
    if b"\x00" in head or head.startswith(_BINARY) or _control_ratio(head) > 0.1:
        raise InputError(source, "binary data, not text or HTML", "binary")
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if not bad:
        return text
    declared = _declared_charset(head)
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration (a cp1252 page "in UTF-8"): detect, as if there were none
    if sum(1 for c in text if c > "\x7f") > 2 * bad:  # mostly valid UTF-8 with a few broken bytes
        return text.replace("\ufffd", "")
    matches = list(from_bytes(data))
    if not matches:
        raise InputError(source, "undecodable bytes: no text encoding fits", "undecodable")
    # Among equally good guesses, Windows-1252 is the web's most common legacy encoding.
    tied = [m for m in matches if (m.chaos, m.coherence) == (matches[0].chaos, matches[0].coherence)]
    return str(next((m for m in tied if m.encoding == "cp1252"), matches[0]))


def _utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le`` or ``-be`` for text whose every other byte is NUL (Latin script in UTF-16, saved with
    no byte order mark) and whose other bytes are not; None for anything else, binary data included."""
    if len(head) < 16:
        return None
    even, odd = head[0::2], head[1::2]
    for nul, text, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if nul.count(0) > 0.9 * len(nul) and not text.count(0) and _control_ratio(text) < 0.05:
            return codec
    return None


def _declared_charset(head: bytes) -> str | None:
    match = _DECLARED.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore").lower()
    return _ALIASES.get(name, name)


def _control_ratio(head: bytes) -> float:
    """The share of control bytes other than whitespace: high for binary data."""
    return len(head.translate(None, _NOT_CONTROL)) / max(len(head), 1)
