"""Repair and tidy extracted text: mojibake, Unicode normal form, spaces, the repeated headline, and page
furniture at the start and end (``debris``)."""

from __future__ import annotations

import re
import unicodedata

import ftfy

from newsevents.ingest.debris import BYLINE, TRAILER, is_debris

# "Â" left over from a UTF-8 no-break space read as Latin-1, where ftfy cannot be sure and leaves it.
_STRAY_A = re.compile(r"(?<=[^\sA-Za-z])Â(?=\s|$)|(?<=\s)Â(?=\s)")
# "â€" + space: a closing quote (UTF-8 E2 80 9D) read as Windows-1252, whose undefined 0x9D was dropped;
# ftfy would take the space for a no-break space and make a dagger of it.
_LOST_QUOTE = re.compile(r"â€(?=[\s.,;:!?)]|$)")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\ufffd]")
_HEADLINE = re.compile(r".{1,200}(?<![.。])")  # a headline: short, no full stop at the end


def clean_text(text: str, title: str | None = None) -> str:
    """Fix mojibake (ftfy, curly quotes kept), NFC, spaces; drop the headline and debris at both ends."""
    text = ftfy.fix_text(_LOST_QUOTE.sub("\u201d", text), uncurl_quotes=False, fix_character_width=False)
    text = unicodedata.normalize("NFC", _STRAY_A.sub("", text))
    text = _ZERO_WIDTH.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    lines = _drop_trailer(_trim(_drop_title(_trim(lines), title)))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(_trim(lines)))


def _trim(lines: list[str]) -> list[str]:
    """Drop blank and debris lines from both ends (and a byline at the start)."""
    start, end = 0, len(lines)
    while start < end and (not lines[start] or is_debris(lines[start]) or BYLINE.fullmatch(lines[start])):
        start += 1
    while end > start and (not lines[end - 1] or is_debris(lines[end - 1])):
        end -= 1
    return lines[start:end]


def _drop_title(lines: list[str], title: str | None) -> list[str]:
    """Drop a first line that repeats the headline (kept in ``article.title``, not in the body)."""
    if not lines or not title:
        return lines
    first, head = _norm(lines[0]), _norm(title)
    if first and (first == head or (len(first) >= 20 and head.startswith(first))):
        return lines[1:]
    return lines


def _drop_trailer(lines: list[str]) -> list[str]:
    """Cut a related-headlines block: a marker line ("More from ...") in the second half of the text,
    followed only by headlines."""
    total, seen = sum(len(line) for line in lines), 0
    for index, line in enumerate(lines):
        seen += len(line)
        if (
            seen > total / 2
            and TRAILER.fullmatch(line.strip(" -–—•|"))
            and all(not rest or _HEADLINE.fullmatch(rest) for rest in lines[index + 1 :])
        ):
            return lines[:index]
    return lines


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))
