"""Repair and tidy clean text: mojibake, Unicode normal form, spaces, debris at the start and end."""

from __future__ import annotations

import re
import unicodedata

import ftfy

# "Â" left over from a UTF-8 no-break space read as Latin-1, where ftfy cannot be sure and leaves it.
_STRAY_A = re.compile(r"(?<=[^\sA-Za-z])Â(?=\s|$)|(?<=\s)Â(?=\s)")
_DEBRIS = re.compile(
    r"^\s*(post a comment|leave a (reply|comment)|comments?( \(\d+\))?|share (this|on \w+)|"
    r"(follow|like) us on .*|read more.*|more from .*|related( articles| stories| news)?:?|"
    r"sign up for .*newsletter.*|subscribe( to .*)?|advertisement|photo:.*|image:.*|"
    r"(tweet|email|print|facebook|twitter|whatsapp|linkedin)( \| .*)?)\s*$",
    re.I,
)


def clean_text(text: str) -> str:
    """Fix mojibake (ftfy, curly quotes kept), NFC, spaces; drop debris lines at the start and end."""
    text = ftfy.fix_text(text, uncurl_quotes=False, fix_character_width=False)
    text = _STRAY_A.sub("", text)
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    while lines and (not lines[-1].strip() or _DEBRIS.match(lines[-1])):
        lines.pop()
    while lines and (not lines[0].strip() or _DEBRIS.match(lines[0])):
        lines.pop(0)
    text = "\n".join(re.sub(r"[ \t]+", " ", line).strip() for line in lines)
    return re.sub(r"\n{3,}", "\n\n", text)
